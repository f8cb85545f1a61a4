"""Makes .docx fixtures with python-docx, each with the plain text a reader of the page sees.

Usage: python3 docx_fixtures.py OUTPUT_FOLDER SEED…

For every case NAME it writes NAME.docx and NAME.txt (one paragraph per line): `jianbao check`
must give the same findings on both, at the same line (= paragraph) numbers. Cases:
  numbering    automatic 一、 numbering (chineseCounting "%1、") and （一） sub-levels
  runin        bold run-in headings (一是……。 in bold, then the body)
  table        a table between paragraphs, read row by row
  tracked      a tracked deletion (left out) and insertion (kept)
  comment      a Word comment (its text is not body text)
  footnote     a footnote (its text is not body text)
  seed-N       each seed file, one paragraph per line, its 一、 headings as automatic numbering
"""
import copy
import re
import sys
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W = nsdecls("w")
HEADING = re.compile(r"^([一二三四五六七八九十]+)、")
SUB_HEADING = re.compile(r"^（([一二三四五六七八九十]+)）")
NUMERALS = {name: value for value, name in enumerate("一二三四五六七八九十", start=1)}


class Numbering:
    """One abstract list (一、 at level 0, （一） at level 1); each new instance restarts it."""

    def __init__(self, document):
        self.part = document.part.numbering_part
        root = self.part.element
        abstract = parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="90">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
            "</w:abstractNum>")
        root.insert(0, abstract)
        self.next_id = 90

    def new_list(self):
        self.next_id += 1
        self.part.element.append(parse_xml(
            f'<w:num {W} w:numId="{self.next_id}"><w:abstractNumId w:val="90"/>'
            # Word's "restart at 1": without the override the instance continues the last one.
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return self.next_id


def number(paragraph, num_id, level):
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def save(document, text_lines, folder, name):
    document.save(folder / f"{name}.docx")
    (folder / f"{name}.txt").write_text("\n".join(text_lines) + "\n", encoding="utf-8")


def numbering_case(folder):
    document = docx.Document()
    numbering = Numbering(document)
    lines = ["关于加强代表联络站建设的报告", ""]
    document.add_paragraph(lines[0])
    document.add_paragraph("")
    for article in range(2):
        list_id = numbering.new_list()
        for index, heading in enumerate(["深钻细研，当好宣传员。", "立足专业,当好辅导员。", "躬身力行，当好战斗员"]):
            paragraph = document.add_paragraph(heading)
            number(paragraph, list_id, 0)
            lines.append("一二三"[index] + "、" + heading)
            sub = document.add_paragraph("细化措施，落实责任。")
            number(sub, list_id, 1)
            lines.append("（一）细化措施，落实责任。")
            body = "代表们深入基层 开展调研，形成报告3份。"
            document.add_paragraph(body)
            lines.append(body)
    save(document, lines, folder, "numbering")


def runin_case(folder):
    document = docx.Document()
    lines = []
    for heading, body in [("一是注重系统化学习。", "把代表参与学习情况量化记入履职档案。"),
                          ("二是注重分层次培训。", "举办专题培训班,邀请专家讲解。"),
                          ("三是注重多形式宣传", "在官网开设专栏。")]:
        paragraph = document.add_paragraph()
        paragraph.add_run(heading).bold = True
        paragraph.add_run(body)
        lines.append(heading + body)
    save(document, lines, folder, "runin")


def table_case(folder):
    document = docx.Document()
    lines = ["各地建站情况如下：", "地区", "站点数", "南阳市", "29个", "襄城县", "12个", "以上数据截至5月底."]
    document.add_paragraph(lines[0])
    table = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate([("地区", "站点数"), ("南阳市", "29个"), ("襄城县", "12个")]):
        table.cell(row, 0).text = left
        table.cell(row, 1).text = right
    document.add_paragraph(lines[-1])
    save(document, lines, folder, "table")


def tracked_case(folder):
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("市人大常委会")
    deletion = parse_xml(
        f'<w:del {W} w:id="101" w:author="审稿人" w:date="2026-06-01T00:00:00Z">'
        '<w:r><w:delText>高度重视，</w:delText></w:r></w:del>')
    insertion = parse_xml(
        f'<w:ins {W} w:id="102" w:author="审稿人" w:date="2026-06-01T00:00:00Z">'
        '<w:r><w:t>精心组织，</w:t></w:r></w:ins>')
    paragraph._p.append(deletion)
    paragraph._p.append(insertion)
    paragraph.add_run("推动代表履职走深走实 。")
    document.add_paragraph("第二段没有修订.")
    save(document, ["市人大常委会精心组织，推动代表履职走深走实 。", "第二段没有修订."], folder, "tracked")


def comment_case(folder):
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("代表们积极参与,建言献策。")
    document.add_comment(run, text="这里的逗号应为全角，批注不是正文.", author="审稿人")
    document.add_paragraph("第二段。")
    save(document, ["代表们积极参与,建言献策。", "第二段。"], folder, "comment")


def footnote_case(folder):
    document = docx.Document()
    paragraph = document.add_paragraph("据统计，全市共建成代表联络站29个")
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {W} w:id="1"/>'))
    paragraph.add_run("。")
    document.add_paragraph("第二段 有多余空格。")
    footnotes = (f'<w:footnotes {W}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:id="1"><w:p><w:r><w:t>数据来源:市人大常委会办公室.</w:t></w:r></w:p></w:footnote>'
                 '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                footnotes.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    save(document, ["据统计，全市共建成代表联络站29个。", "第二段 有多余空格。"], folder, "footnote")


def seed_case(folder, seed, name):
    """The seed one paragraph per line; 一、 and （一） headings become automatic numbering."""
    document = docx.Document()
    numbering = Numbering(document)
    list_id, top, below = None, 0, 0
    lines = Path(seed).read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        heading, sub = HEADING.match(line), SUB_HEADING.match(line)
        # Only a number Word's list would show there becomes automatic: a skipped or repeated
        # number stays literal text, so the checker sees the same text either way.
        if heading and heading.group(1) == "一":
            list_id, top, below = numbering.new_list(), 0, 0
        if heading and list_id is not None and NUMERALS.get(heading.group(1)) == top + 1:
            top, below = top + 1, 0
            number(document.add_paragraph(line[heading.end():]), list_id, 0)
        elif sub and list_id is not None and top > 0 and NUMERALS.get(sub.group(1)) == below + 1:
            below += 1
            number(document.add_paragraph(line[sub.end():]), list_id, 1)
        else:
            document.add_paragraph(line)
    save(document, lines, folder, name)


def main():
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for case in (numbering_case, runin_case, table_case, tracked_case, comment_case, footnote_case):
        case(folder)
    for index, seed in enumerate(sys.argv[2:]):
        seed_case(folder, seed, f"seed-{index}")


if __name__ == "__main__":
    main()
