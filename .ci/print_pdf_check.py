#!/usr/bin/env python3
"""Checks a printed PDF (from Chromium or LibreOffice) against the notes it came from.

usage: print_pdf_check.py NOTES.yaml ISSUE.pdf LABEL [--footer-at-foot]

Uses pdfinfo and pdftotext (poppler-utils): the page count lies in the range the text length
allows at 22 lines × 28 characters a page, every page carries its number as "— N —", the first
page has the masthead, every article heading and paragraph opening is there, and the
distribution footer's 印发 line is on the last page — with --footer-at-foot, at the foot of the
text block (GB/T 9704: the last rule is the bottom edge of the text block, 262 mm down).
"""
import re
import subprocess
import sys

import yaml

from print_common import finish, texts



def squeeze(text):
    return re.sub(r"\s+", "", text)


def main():
    notes_path, pdf_path, label = sys.argv[1:4]
    at_foot = "--footer-at-foot" in sys.argv[4:]
    with open(notes_path, encoding="utf-8") as handle:
        notes = yaml.safe_load(handle)
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])
    page_texts = [squeeze(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf_path, "-"],
                                         capture_output=True, text=True, check=True).stdout)
                  for n in range(1, pages + 1)]
    whole = "".join(page_texts)

    articles = notes.get("文章") or []
    paragraphs = []
    for article in articles:
        paragraphs += texts(article.get("导语"))
        for point in article.get("要点") or []:
            paragraphs += [str(point["小标题"])] + texts(point.get("正文"))
        paragraphs += texts(article.get("结语"))
    # A page holds 22 lines of 28 characters. At least the pure text length; at most every
    # paragraph's lines plus headings (4 lines each with their blank lines), the masthead and
    # contents (about 12) and the footer (6), and one page for a footer that moves on alone.
    characters = sum(len(p) for p in paragraphs)
    lines = sum(-(-len(p) // 27) for p in paragraphs) + 4 * len(articles) + 12 + 6
    low, high = max(1, -(-characters // (28 * 22))), -(-lines // 22) + 1
    failures = []
    if not low <= pages <= high:
        failures.append(f"{pages} pages, expected {low}…{high}")
    for number, text in enumerate(page_texts, start=1):
        if f"—{number}—" not in text:
            failures.append(f"page {number} lacks its number — {number} —")
    if f"第{notes['期号']}期" not in page_texts[0]:
        failures.append("first page lacks 第 N 期")
    for article in articles:
        heading = squeeze(f"{article['地区']}：{article['标题']}")
        if heading not in whole:
            failures.append(f"heading missing: {heading}")
    for paragraph in paragraphs:
        if squeeze(paragraph)[:12] not in whole:
            failures.append(f"paragraph missing: {paragraph[:12]}")
            break
    if notes.get("分送") is not None and "印发" not in page_texts[-1]:
        failures.append("the 印发 line is not on the last page")
    if at_foot and notes.get("分送") is not None:
        boxes = subprocess.run(["pdftotext", "-bbox", "-f", str(pages), "-l", str(pages), pdf_path, "-"],
                               capture_output=True, text=True, check=True).stdout
        bottoms = [float(m[1]) for m in re.finditer(r'yMax="([0-9.]+)">[^<]*印发</word>', boxes)]
        foot = (297 - 35) * 72 / 25.4   # the text block's lower edge in points
        if not bottoms or not foot - 12 * 72 / 25.4 <= max(bottoms) <= foot + 6 * 72 / 25.4:
            failures.append(f"the 印发 line ends at {max(bottoms, default=0) * 25.4 / 72:.0f} mm, not at the foot of the text block (262 mm)")
    finish(label, failures, f"{pages} pages ({low}…{high}), page numbers, masthead, {len(articles)} headings, paragraphs, footer on the last page" + (" at the foot" if at_foot else ""))


if __name__ == "__main__":
    main()
