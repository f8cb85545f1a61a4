#!/usr/bin/env python3
"""Checks a printed bulletin page by page from the PDF's coordinates (issue 16).

usage: print_pages.py ISSUE.pdf LABEL [--no-footer] [--no-fonts] [--html PAGE.html]

Reads text lines, their fonts and the drawn rules with PyMuPDF and checks, on every page of an
A4 issue with the GB/T 9704 text block (top 37 mm, foot 262 mm, left 28 mm, width 156 mm):
- no article title (22 pt) is the last line of a page, nor has fewer than two lines of text
  under it on its page;
- no paragraph leaves a single line at a page's foot (orphan) or head (widow);
- the page number's dash (found in a 600 dpi raster, since the dash is a glyph) lies 7 ± 1.5 mm
  under the text block;
- body lines (16 pt) follow one pitch (10.2 mm ± 0.3), and full lines hold 28 characters
  (a CJK character counts 1, a half-width one 1/2);
- the body font is not a sans face: at most a quarter of the 16 pt lines wholly in a sans
  (the album line and 黑体 point headings) (where the PDF keeps font names; Chromium's Type 3 fonts
  do not: with --html, the first installed family of the page's body font list is checked);
- on the last page the 版记's lowest rule ends within 4 mm of the text block's foot, and the
  版记's rules are 0.35 mm (outer) and 0.25 mm (inner) thick ± 0.03 mm.
"""
import re
import statistics
import subprocess
import sys
import unicodedata

import pymupdf

MM = 72 / 25.4
TOP, FOOT, LEFT, WIDTH = 37.0, 262.0, 28.0, 156.0


def units(text):
    """Width of a line in characters of the body size: wide characters 1, narrow ones 1/2."""
    return sum(1 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text if not c.isspace())


def page_lines(page):
    lines = []
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            spans = [s for s in line["spans"] if s["text"].strip()]
            if not spans:
                continue
            text = "".join(s["text"] for s in spans)
            x0, y0, x1, y1 = line["bbox"]
            size = max(s["size"] for s in spans)
            lines.append({"text": text, "x0": x0 / MM, "x1": x1 / MM, "top": y0 / MM, "bottom": y1 / MM,
                          "baseline": spans[0]["origin"][1] / MM, "size": size,
                          "fonts": {s["font"] for s in spans}})
    # Merge pieces of one printed line (same baseline), left to right.
    lines.sort(key=lambda l: (round(l["baseline"], 0), l["x0"]))
    merged = []
    for line in lines:
        if merged and abs(merged[-1]["baseline"] - line["baseline"]) < 1.0:
            last = merged[-1]
            last["text"] += line["text"]
            last["x1"] = max(last["x1"], line["x1"])
            last["x0"] = min(last["x0"], line["x0"])
            last["size"] = max(last["size"], line["size"])
            last["fonts"] |= line["fonts"]
        else:
            merged.append(line)
    return merged


def dash_top(page, dpi=600):
    """Top of the page number's dash in mm from the page's top: rows of the area under the
    text block with a dark run at least 60 % of a 14 pt em long."""
    clip = pymupdf.Rect(0, FOOT * MM, page.rect.width, 292 * MM)
    pix = page.get_pixmap(dpi=dpi, clip=clip, colorspace=pymupdf.csGRAY)
    need = int(0.6 * 14 / 72 * dpi)
    samples = pix.samples
    for y in range(pix.height):
        row = samples[y * pix.stride:y * pix.stride + pix.width]
        run = 0
        for value in row:
            run = run + 1 if value < 128 else 0
            if run >= need:
                return FOOT + y / dpi * 25.4
    return None


def full_width_rules(page, wanted):
    """(top, bottom) in mm of the full-width horizontal rules in a wanted colour: filled
    rectangles (Chromium) or stroked lines, their thickness the stroke's width (LibreOffice)."""
    rules = []
    for drawing in page.get_drawings():
        rect = drawing["rect"]
        if rect.width / MM < WIDTH - 2:
            continue
        if drawing.get("fill") is not None and "f" in drawing["type"] and wanted(drawing["fill"]) and rect.height / MM < 1:
            rules.append((rect.y0 / MM, rect.y1 / MM))
        elif drawing["type"] == "s" and drawing.get("color") is not None and wanted(drawing["color"]) and rect.height / MM < 0.05:
            half = (drawing.get("width") or 0) / MM / 2
            rules.append((rect.y0 / MM - half, rect.y0 / MM + half))
    return sorted(set((round(a, 3), round(b, 3)) for a, b in rules))


def html_body_font(html_path):
    """The family the browser uses for body text: the first of body's font-family list that
    fontconfig knows (CSS generic names stand for themselves)."""
    with open(html_path, encoding="utf-8") as handle:
        css = handle.read()
    block = re.search(r"\bbody\s*\{([^}]*)\}", css)
    families = re.search(r"font-family:\s*([^;]+);", block[1])[1] if block else ""
    for family in (f.strip().strip('"') for f in families.split(",")):
        if family in ("serif", "sans-serif"):
            return family
        installed = subprocess.run(["fc-list", f":family={family}", "family"], capture_output=True, text=True).stdout
        if installed.strip():
            return family
    return None


def kind(line):
    if "—" in line["text"] and line["top"] > FOOT:
        return "number"
    if line["size"] >= 20 and line["top"] > 60 and line["size"] < 30:
        return "title"
    if abs(line["size"] - 16) < 0.6:
        return "body"
    return "other"


def main():
    pdf_path, label = sys.argv[1:3]
    with_footer = "--no-footer" not in sys.argv[3:]
    check_fonts = "--no-fonts" not in sys.argv[3:]
    document = pymupdf.open(pdf_path)
    if "--html" in sys.argv:
        family = html_body_font(sys.argv[sys.argv.index("--html") + 1])
        if family is None or re.search(r"sans|hei|黑", family, re.I):
            failures_html = [f"the HTML's body text is set in {family}, a sans face or none"]
        else:
            failures_html = []
            print(f"{label}: body font {family}")
    else:
        failures_html = []
    failures, pitches, fulls, dashes, fonts_seen = failures_html, [], [], [], []
    pages = [page_lines(page) for page in document]
    em = 16 / MM   # 5.64 mm

    def is_full(line):
        return line["x1"] >= LEFT + WIDTH - em * 0.9

    def opens(line):
        return line["x0"] >= LEFT + 1.5 * em and line["x0"] <= LEFT + 2.5 * em

    for number, lines in enumerate(pages, start=1):
        text_lines = [l for l in lines if kind(l) != "number" and l["bottom"] <= FOOT + 2]
        text_lines.sort(key=lambda l: l["top"])
        if not text_lines:
            failures.append(f"page {number} is empty")
            continue
        last = text_lines[-1]
        if kind(last) == "title":
            failures.append(f"page {number} ends with a title line: {last['text'][:20]}")
        for index, line in enumerate(text_lines):
            if kind(line) != "title" or (index and kind(text_lines[index - 1]) == "title"):
                continue
            below = text_lines[index + 1:]
            title_lines = 0
            while title_lines < len(below) and kind(below[title_lines]) == "title":
                title_lines += 1
            # Fewer than two lines under it is wrong only where the article goes on overleaf.
            overleaf = [l for l in pages[number] if kind(l) != "number"] if number < len(pages) else []
            continues = bool(overleaf) and kind(min(overleaf, key=lambda l: l["top"])) == "body"
            if len([l for l in below[title_lines:] if kind(l) == "body"]) < 2 and continues:
                failures.append(f"page {number}: title {line['text'][:16]}… has fewer than 2 lines of text under it")
        body = [l for l in text_lines if kind(l) == "body"]
        # Orphan: a paragraph's first line alone at the foot.
        if body and body[-1] is last and opens(last) and is_full(last):
            failures.append(f"page {number}: a paragraph's first line alone at the foot: {last['text'][:16]}")
        # Widow: a paragraph's last line alone at the head, after a full line on the page before.
        if number > 1 and body and body[0] is text_lines[0] and not opens(body[0]) \
                and not is_full(body[0]) and "供稿" not in body[0]["text"]:
            before = [l for l in pages[number - 2] if kind(l) == "body" and l["bottom"] <= FOOT + 2]
            if before and is_full(max(before, key=lambda l: l["top"])):
                failures.append(f"page {number}: a paragraph's last line alone at the head: {body[0]['text'][:16]}")
        for upper, lower in zip(body, body[1:]):
            # Consecutive lines of one paragraph (a blank line apart means another block).
            if is_full(upper) and lower["x0"] < LEFT + 0.5 * em and lower["baseline"] - upper["baseline"] < 15:
                pitches.append(lower["baseline"] - upper["baseline"])
                if upper["x0"] < LEFT + 0.5 * em:
                    fulls.append(units(upper["text"]))
        if check_fonts:
            for line in body:
                fonts_seen.append(all(re.search(r"sans|hei|gothic", f, re.I) for f in line["fonts"]))
        dash = dash_top(document[number - 1])
        if dash is None:
            failures.append(f"page {number}: no page number dash under the text block")
        else:
            dashes.append(dash - FOOT)
            if not 5.5 <= dash - FOOT <= 8.5:
                failures.append(f"page {number}: the page number's dash is {dash - FOOT:.1f} mm under the text block, not 7")
    # Body lines set wholly in a sans face: the album line and 黑体 headings may be; the text not.
    if fonts_seen and sum(fonts_seen) > len(fonts_seen) / 4:
        failures.append(f"{sum(fonts_seen)} of {len(fonts_seen)} body lines in a sans font")
    if pitches:
        wrong = [p for p in pitches if abs(p - 10.2) > 0.3]
        if wrong:
            failures.append(f"{len(wrong)} of {len(pitches)} line pitches off 10.2 mm, e.g. {wrong[0]:.2f}")
    if fulls:
        middle = statistics.median(fulls)
        if middle != 28:
            failures.append(f"full lines hold {middle} characters (median), not 28")
    red = full_width_rules(document[0], lambda c: c[0] > 0.7 and c[1] < 0.3 and c[2] < 0.3) if with_footer else []
    if with_footer and (len(red) != 1 or abs(red[0][1] - red[0][0] - 0.75) > 0.03):
        failures.append(f"page 1: the masthead rule is {', '.join(f'{b - a:.2f}' for a, b in red) or 'missing'}, not one 0.75 mm red rule")
    rules = []
    if with_footer:
        page = document[-1]
        rules = full_width_rules(page, lambda colour: max(colour) < 0.2)
        if len(rules) < 2:
            failures.append(f"last page: {len(rules)} full-width black rules, expected the 版记's 3")
        else:
            rules.sort()
            foot = rules[-1][1]
            if abs(foot - FOOT) > 4:
                failures.append(f"last page: the 版记 ends {foot:.1f} mm down, not within 4 mm of {FOOT:.0f}")
            thick = [b - a for a, b in rules]
            expected = [0.35] + [0.25] * (len(rules) - 2) + [0.35]
            for got, want in zip(thick, expected):
                if abs(got - want) > 0.03:
                    failures.append(f"last page: a 版记 rule is {got:.2f} mm thick, not {want}")
    summary = (f"{len(pages)} pages; masthead rule {', '.join(f'{b - a:.2f}' for a, b in red)} mm; dash {min(dashes, default=0):.2f}–{max(dashes, default=0):.2f} mm under the text block; "
               f"pitch {statistics.mean(pitches) if pitches else 0:.2f} mm; {statistics.median(fulls) if fulls else 0} characters a full line"
               + (f"; 版记 rules {', '.join(f'{b - a:.2f}' for a, b in sorted(rules))} mm, ending {sorted(rules)[-1][1]:.1f} mm" if rules else ""))
    if failures:
        print(f"{label}: " + "; ".join(failures) + f" ({summary})")
        sys.exit(1)
    print(f"{label}: page by page ok — {summary}")


if __name__ == "__main__":
    main()
