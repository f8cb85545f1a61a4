#!/usr/bin/env python3
"""Renders drafted Markdown with a CommonMark implementation (markdown-it-py) and checks that
every bold run-in point heading renders bold: no `**` left in the text, one <strong> per point
(issue 16: `**一、…。**一是` does not close under CommonMark's flanking rules).

usage: markdown_check.py NOTES.yaml DRAFT.md
"""
import re
import sys

import yaml
from markdown_it import MarkdownIt


def main():
    notes_path, markdown_path = sys.argv[1:3]
    with open(notes_path, encoding="utf-8") as handle:
        notes = yaml.safe_load(handle)
    with open(markdown_path, encoding="utf-8") as handle:
        html = MarkdownIt("commonmark").render(handle.read())
    articles = notes.get("文章") if "文章" in notes else [notes]
    points = [point for article in articles or [] for point in article.get("要点") or []]
    strong = re.findall(r"<strong>(.*?)</strong>", html)
    failures = []
    if "**" in html:
        failures.append("asterisks left in the rendered text: " + html[max(0, html.index("**") - 30):html.index("**") + 10])
    if len(strong) != len(points):
        failures.append(f"{len(strong)} bold runs for {len(points)} points")
    for point, bold in zip(points, strong):
        heading = str(point["小标题"])
        if not heading.startswith(re.sub(r"^[一二三四五六七八九十]+、", "", bold)):
            failures.append(f"bold run {bold!r} is not the heading {heading!r}")
    if failures:
        print(f"{markdown_path}: " + "; ".join(failures))
        sys.exit(1)
    print(f"{markdown_path}: {len(points)} point headings bold in CommonMark (markdown-it-py)")


if __name__ == "__main__":
    main()
