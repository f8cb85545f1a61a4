"""Checks a review copy written by `jianbao check --review` against its original, with python-docx.

Usage: python3 docx_review_check.py ORIGINAL.docx REVIEW.docx OUTPUT_FOLDER

- The copy opens in python-docx; every w:ins/w:del is by 简报检查, every new comment too.
- Rejecting every change of ours (drop w:ins, turn w:del back into text) gives the original's paragraph
  texts exactly (python-docx's reading, independent of jianbao's).
- Writes OUTPUT_FOLDER/accepted.docx and rejected.docx (all changes accepted / rejected) for the
  caller to check with jianbao, and prints the number of tracked changes and comments.
"""
import copy
import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn

AUTHOR = "简报检查"


def paragraph_texts(document):
    # Runs directly in paragraphs and in hyperlinks, as python-docx reads them, with w:ins
    # unwrapped by the caller where wanted.
    return [p.text for p in document.paragraphs] + [
        p.text for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]


def unwrap(element):
    parent = element.getparent()
    index = parent.index(element)
    for child in list(element):
        parent.insert(index, child)
        index += 1
    parent.remove(element)


def ours(body, tag):
    """Our marks only: changes others made before stay as they were."""
    return [e for e in body.iter(qn(tag)) if e.get(qn("w:author")) == AUTHOR and e.getparent().tag != qn("w:rPr")]


def deleted_mark(paragraph):
    """Our deletion of the paragraph's mark (w:pPr/w:rPr/w:del), if any."""
    properties = paragraph.find(qn("w:pPr"))
    marks = properties.find(qn("w:rPr")) if properties is not None else None
    if marks is None:
        return None
    for deletion in marks.findall(qn("w:del")):
        if deletion.get(qn("w:author")) == AUTHOR:
            return deletion
    return None


def accept(body):
    for deletion in ours(body, "w:del"):
        deletion.getparent().remove(deletion)
    for insertion in ours(body, "w:ins"):
        unwrap(insertion)
    # A deleted mark joins the paragraph with the next: its content moves up, its own mark stays.
    for paragraph in list(body.iter(qn("w:p"))):
        while paragraph.getparent() is not None and (mark := deleted_mark(paragraph)) is not None:
            following = paragraph.getnext()
            if following is None or following.tag != qn("w:p"):
                mark.getparent().remove(mark)
                break
            for child in list(following):
                if child.tag != qn("w:pPr"):
                    paragraph.append(child)
            mark.getparent().remove(mark)
            if (next_mark := deleted_mark(following)) is not None:
                paragraph.find(qn("w:pPr")).find(qn("w:rPr")).append(copy.deepcopy(next_mark))
            following.getparent().remove(following)


def reject(body):
    for paragraph in list(body.iter(qn("w:p"))):
        if (mark := deleted_mark(paragraph)) is not None:
            mark.getparent().remove(mark)
    for insertion in ours(body, "w:ins"):
        insertion.getparent().remove(insertion)
    for deletion in ours(body, "w:del"):
        for text in deletion.iter(qn("w:delText")):
            text.tag = qn("w:t")
        unwrap(deletion)


def main():
    original_path, review_path, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    folder.mkdir(parents=True, exist_ok=True)
    original = docx.Document(original_path)
    review = docx.Document(review_path)
    body = review.element.body

    ours = [e for e in body.iter(qn("w:ins"), qn("w:del")) if e.get(qn("w:author")) == AUTHOR]
    insertions = [e for e in ours if e.tag == qn("w:ins")]
    deletions = [e for e in ours if e.tag == qn("w:del")]
    marks = [p for p in body.iter(qn("w:p")) if deleted_mark(p) is not None]
    comments = [c for c in review.comments if c.author == AUTHOR] if hasattr(review, "comments") else []
    references = {e.get(qn("w:id")) for e in body.iter(qn("w:commentReference"))}
    starts = {e.get(qn("w:id")) for e in body.iter(qn("w:commentRangeStart"))}
    for comment in comments:
        identifier = str(comment.comment_id)
        assert identifier in references and identifier in starts, f"comment {identifier} not anchored in the text"
        assert comment.text.strip(), f"comment {identifier} is empty"

    rejected = docx.Document(review_path)
    reject(rejected.element.body)
    rejected.save(folder / "rejected.docx")
    accepted = docx.Document(review_path)
    accept(accepted.element.body)
    accepted.save(folder / "accepted.docx")

    before, after = paragraph_texts(original), paragraph_texts(docx.Document(folder / "rejected.docx"))
    if before != after:
        for index, (a, b) in enumerate(zip(before, after)):
            if a != b:
                print(f"paragraph {index + 1}: original {a!r}, rejected copy {b!r}", file=sys.stderr)
                break
        print(f"{len(before)} paragraphs in the original, {len(after)} in the rejected copy", file=sys.stderr)
        sys.exit(1)
    print(f"{len(deletions) + len(insertions) + len(marks)} tracked marks ({len(deletions)} deletions, {len(insertions)} insertions, {len(marks)} paragraph marks deleted), {len(comments)} comments")


if __name__ == "__main__":
    main()
