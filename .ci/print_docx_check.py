#!/usr/bin/env python3
"""Reads a drafted .docx back with python-docx and checks it against the notes it came from.

usage: print_docx_check.py NOTES.yaml ISSUE.docx

The expected paragraphs are computed here from the notes (PyYAML), independently of the
Swift code: kinds, order, style names and text. Values a house profile supplies (刊名,
编发单位, the 分送 preset) are checked for presence, not content.
"""
import re
import sys

import docx
import docx.text.paragraph
from docx.oxml.ns import qn
import yaml

from print_common import finish, texts

DIGITS = "零一二三四五六七八九"


def numeral(n):
    """Chinese numeral for 1…99, enough for point and 专辑 numbers."""
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")



def expected_body(notes):
    rows = []
    match = re.fullmatch(r"\s*(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日\s*", str(notes["日期"]))
    date = f"{int(match[1])} 年 {int(match[2])} 月 {int(match[3])} 日"
    rows.append(("刊名", None))
    rows.append(("期号", f"第 {notes['期号']} 期"))
    issuing = notes.get("编发单位")
    if issuing is not None:
        for index, line in enumerate(issuing):
            rows.append(("编发单位", line + ("\t" + date if index == len(issuing) - 1 else "")))
    rows.append(("刊头分隔线", ""))
    album = notes.get("专辑")
    if album:
        rows.append(("专辑", f"{album['名称']}（{numeral(int(album['序号']))}）"))
    articles = notes.get("文章") or []
    heading = lambda a: f"{a['地区']}：{a['标题']}" if a.get("地区") else a["标题"]
    for article in articles:
        rows.append(("目录", "★" + heading(article)))
    for article in articles:
        rows.append(("文章标题", heading(article)))
        rows += [("简报正文", p) for p in texts(article.get("导语"))]
        for index, point in enumerate(article.get("要点") or [], start=1):
            body = texts(point.get("正文"))
            rows.append(("要点", f"{numeral(index)}、{point['小标题']}" + (body[0] if body else "")))
            rows += [("简报正文", p) for p in body[1:]]
        rows += [("简报正文", p) for p in texts(article.get("结语"))]
        if article.get("供稿"):
            rows.append(("供稿", f"（{article['供稿']}供稿）"))
    return rows


def main():
    notes_path, docx_path = sys.argv[1:3]
    with open(notes_path, encoding="utf-8") as handle:
        notes = yaml.safe_load(handle)
    document = docx.Document(docx_path)
    actual = [(p.style.name, p.text) for p in document.paragraphs]
    # The body ends with the empty paragraph that anchors the footer's text box.
    if actual and actual[-1] == ("Normal", ""):
        actual.pop()
    expected = expected_body(notes)
    if notes.get("编发单位") is None:   # from the profile: take the document's lines
        count = sum(1 for style, _ in actual if style == "编发单位")
        expected[2:2] = [("编发单位", None)] * count
    failures = []
    if len(actual) != len(expected):
        failures.append(f"{len(actual)} paragraphs, expected {len(expected)}")
    for index, ((style, text), (want_style, want_text)) in enumerate(zip(actual, expected)):
        if style != want_style or (want_text is not None and text != want_text):
            failures.append(f"paragraph {index + 1}: got {style!r} {text[:40]!r}, expected {want_style!r} {str(want_text)[:40]!r}")
            break
    if actual and not actual[0][1].strip():
        failures.append("刊名 is empty")

    # The distribution footer: a text box (anchored in the last paragraph) holding empty rule
    # paragraphs and the 送/发 lines, then the 印发 line.
    if notes.get("分送") is not None:
        boxes = list(document.element.body.iter(qn("w:txbxContent")))
        if len(document.tables) != 0 or len(boxes) != 1:
            failures.append(f"{len(document.tables)} tables and {len(boxes)} text boxes, expected the footer's text box")
            cells = []
        else:
            cells = [(p.style.name, p.text) for p in (docx.text.paragraph.Paragraph(e, document.part) for e in boxes[0].iter(qn("w:p")))]
            cells = [(style, text) for style, text in cells if text]   # the rules are empty paragraphs
        if cells:
            styles = [style for style, _ in cells]
            if not styles or styles[-1] != "印发" or any(s != "分送" for s in styles[:-1]):
                failures.append(f"footer styles {styles}")
            elif not (cells[-1][1].split("\t")[0].endswith("印发")
                      or re.match(r"^[^\t]+\t\d{4}年\d{1,2}月\d{1,2}日印发", cells[-1][1])):   # GB/T 9704's 印发日期
                failures.append(f"印发 line {cells[-1][1]!r}")
            for style, text in cells[:-1]:
                if not re.match(r"^[送发]：.+", text):
                    failures.append(f"footer line {text!r}")
            copies = notes.get("份数")
            if copies is not None and not cells[-1][1].endswith(f"共印 {copies} 份"):
                failures.append(f"共印 {copies} 份 missing from {cells[-1][1]!r}")

    section = document.sections[0]
    for name, value, millimetres in [("page width", section.page_width, 210), ("page height", section.page_height, 297),
                                     ("top margin", section.top_margin, 37), ("left margin", section.left_margin, 28),
                                     ("right margin", section.right_margin, 26), ("bottom margin", section.bottom_margin, 35)]:
        if abs(value.mm - millimetres) > 0.2:
            failures.append(f"{name} {value.mm:.1f} mm, expected {millimetres} mm")
    if not section.even_page_footer.paragraphs or "PAGE" not in section.even_page_footer._element.xml:
        failures.append("even-page footer without a PAGE field")
    if "PAGE" not in section.footer._element.xml:
        failures.append("odd-page footer without a PAGE field")

    finish(docx_path, failures, f"{len(actual)} paragraphs in order with their styles, footer text box, A4 margins, page fields")


if __name__ == "__main__":
    main()
