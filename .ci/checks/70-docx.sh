#!/usr/bin/env bash
# Word documents in (issue 14): .docx fixtures made with python-docx — automatic 一、 numbering,
# bold run-in headings, a table, a tracked change, a comment, a footnote, and every seed — give
# the same `check` findings, at the same line (= paragraph) numbers and with the same exit status,
# as the same text in a .txt; parse reads them the same; binary .doc and broken archives exit 2.
set -euo pipefail
: "${JIANBAO:?JIANBAO must point to the jianbao binary}"
seeds="${JIANBAO_SEEDS_DIR:-seeds}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Inputs that are not Word documents, whatever their name: clear message, exit 2.
printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' > "$tmp/old.doc"
head -c 600 /dev/zero >> "$tmp/old.doc"
status=0; "$JIANBAO" check "$tmp/old.doc" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] && grep -q "另存为 .docx" "$tmp/err" || { echo "a .doc should exit 2 asking for .docx"; cat "$tmp/err"; exit 1; }
printf 'PK\x03\x04truncated' > "$tmp/cut.docx"
status=0; "$JIANBAO" parse "$tmp/cut.docx" 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] && grep -q "压缩包不完整" "$tmp/err" || { echo "a truncated .docx should exit 2"; cat "$tmp/err"; exit 1; }
echo "docx: binary and truncated documents refused with exit 2"

# Every seed exported to .docx by LibreOffice (deflated, LibreOffice's own markup) is checked
# exactly as the seed itself (where LibreOffice is installed).
if command -v soffice >/dev/null; then
    mkdir -p "$tmp/libreoffice"
    for seed in "$seeds"/*.txt; do
        cp "$seed" "$tmp/libreoffice/"
    done
    (cd "$tmp/libreoffice" && timeout 300 soffice --headless --infilter="Text (encoded):UTF8,LF,,," \
        --convert-to "docx:MS Word 2007 XML" ./*.txt >/dev/null 2>&1) || true
    exported=0
    for seed in "$tmp"/libreoffice/*.txt; do
        document="${seed%.txt}.docx"
        [ -f "$document" ] || { echo "docx: LibreOffice did not export $(basename "$seed")"; exit 1; }
        a=0; "$JIANBAO" check "$document" >"$tmp/lo-docx" 2>&1 || a=$?
        b=0; "$JIANBAO" check "$seed" >"$tmp/lo-text" 2>&1 || b=$?
        sed -i "s#$document#X#g" "$tmp/lo-docx"; sed -i "s#$seed#X#g" "$tmp/lo-text"
        [ "$a" -eq "$b" ] && cmp -s "$tmp/lo-docx" "$tmp/lo-text" \
            || { echo "docx: check differs on $(basename "$document") exported by LibreOffice"; diff "$tmp/lo-docx" "$tmp/lo-text" | head; exit 1; }
        exported=$((exported + 1))
    done
    echo "docx: $exported seeds exported by LibreOffice check as the seeds themselves"
else
    echo "docx: skipped LibreOffice-exported seeds — soffice not installed"
fi

if ! python3 -c "import docx" 2>/dev/null; then
    timeout 120 pip install -q --disable-pip-version-check python-docx >/dev/null 2>&1 \
        || timeout 120 pip install -q --disable-pip-version-check --break-system-packages python-docx >/dev/null 2>&1 \
        || true
fi
if ! python3 -c "import docx" 2>/dev/null; then
    echo "docx: skipped python-docx fixtures — pip could not install python-docx (no PyPI?)"
    exit 0
fi
python3 .ci/docx_fixtures.py "$tmp/fixtures" "$seeds"/*.txt

# Findings and exit status of one input, with its own path written as X.
findings() { # findings FILE [OPTIONS…]
    local file="$1"; shift
    local status=0
    "$JIANBAO" check "$file" "$@" >/dev/null 2>&1 || status=$?
    { echo "exit $status"; "$JIANBAO" check "$file" "$@" 2>&1 || true; } | sed "s#$file#X#g"
}

compared=0
for document in "$tmp"/fixtures/*.docx; do
    text="${document%.docx}.txt"
    case "$(basename "$document")" in seed-*) options=() ;; *) options=(--article) ;; esac
    findings "$document" "${options[@]}" >"$tmp/from-docx"
    findings "$text" "${options[@]}" >"$tmp/from-text"
    if ! cmp -s "$tmp/from-docx" "$tmp/from-text"; then
        echo "check differs between $(basename "$document") and its text:"
        diff "$tmp/from-docx" "$tmp/from-text" | head -20
        exit 1
    fi
    # JSON carries the same locations.
    "$JIANBAO" check "$document" "${options[@]}" --format json 2>/dev/null | sed "s#$document#X#g" >"$tmp/json-docx" || true
    "$JIANBAO" check "$text" "${options[@]}" --format json 2>/dev/null | sed "s#$text#X#g" >"$tmp/json-text" || true
    cmp -s "$tmp/json-docx" "$tmp/json-text" || { echo "JSON differs for $(basename "$document")"; exit 1; }
    compared=$((compared + 1))
done
# The cases must have findings to compare, or the comparison proves nothing.
for case in numbering runin table tracked comment footnote; do
    grep -qE ": (error|warning):" <(findings "$tmp/fixtures/$case.docx" --article) \
        || { echo "fixture $case has no findings to compare"; exit 1; }
done
grep -q "S6 point-sequence" <(findings "$tmp/fixtures/numbering.docx" --article) \
    || { echo "automatic numbering not read: no point-sequence finding in numbering.docx"; exit 1; }
echo "docx: check gives the same findings on $compared python-docx documents as on their text"

# parse reads a .docx issue as it reads the text.
for document in "$tmp"/fixtures/seed-*.docx; do
    text="${document%.docx}.txt"
    a=0; "$JIANBAO" parse "$document" >"$tmp/parse-docx" 2>/dev/null || a=$?
    b=0; "$JIANBAO" parse "$text" >"$tmp/parse-text" 2>/dev/null || b=$?
    [ "$a" -eq "$b" ] || { echo "parse exit differs for $(basename "$document"): $a vs $b"; exit 1; }
    sed "s#$document#X#g" "$tmp/parse-docx" > "$tmp/a"; sed "s#$text#X#g" "$tmp/parse-text" > "$tmp/b"
    cmp -s "$tmp/a" "$tmp/b" || { echo "parse differs for $(basename "$document")"; diff "$tmp/a" "$tmp/b" | head; exit 1; }
done
echo "docx: parse reads the seed documents as their text"

# Review copies (check --review): beside the original, which stays byte for byte; with every
# change accepted (paragraph joins too: deleted paragraph marks) no fixable finding is left but
# those whose fix no tracked change can carry (jianbao says how many: joins across table cells,
# edits across runs); with every change rejected the findings are the original's; one comment
# per unfixable finding and per untracked fix.
count_fixable() { python3 -c 'import json,sys; print(sum(1 for f in json.load(sys.stdin) if "fix" in f))'; }
count_unfixable() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(1 for f in d if "fix" not in f))'; }
reviewed=0
for document in "$tmp"/fixtures/*.docx; do
    case "$document" in *（审阅）.docx) continue ;; esac
    case "$(basename "$document")" in seed-*) options=() ;; *) options=(--article) ;; esac
    name="$(basename "$document" .docx)"
    before="$(sha256sum "$document")"
    "$JIANBAO" check "${options[@]}" --review "$document" >/dev/null 2>"$tmp/review-err" || true
    copy="$tmp/fixtures/$name（审阅）.docx"
    [ -f "$copy" ] || { echo "no review copy for $name"; cat "$tmp/review-err"; exit 1; }
    [ "$before" = "$(sha256sum "$document")" ] || { echo "the original $name changed"; exit 1; }
    summary="$(python3 .ci/docx_review_check.py "$document" "$copy" "$tmp/review-$name")"
    untracked="$(sed -n 's/.*其中 \([0-9]*\) 条是无法作为修订的修正.*/\1/p' "$tmp/review-err")"
    untracked="${untracked:-0}"
    left="$("$JIANBAO" check "${options[@]}" --format json "$tmp/review-$name/accepted.docx" 2>/dev/null | count_fixable || true)"
    [ "$left" -le "$untracked" ] || { echo "$name: $left fixable findings left after accepting the review copy ($untracked untracked)"; exit 1; }
    "$JIANBAO" check "${options[@]}" "$tmp/review-$name/rejected.docx" 2>/dev/null | sed "s#$tmp/review-$name/rejected.docx#X#" >"$tmp/rejected.out" || true
    "$JIANBAO" check "${options[@]}" "$document" 2>/dev/null | sed "s#$document#X#" >"$tmp/original.out" || true
    cmp -s "$tmp/rejected.out" "$tmp/original.out" || { echo "$name: rejecting the changes does not give the original's findings"; diff "$tmp/rejected.out" "$tmp/original.out" | head; exit 1; }
    unfixable="$("$JIANBAO" check "${options[@]}" --format json "$document" 2>/dev/null | count_unfixable || true)"
    comments="$(sed -n 's/.*, \([0-9]*\) comments$/\1/p' <<<"$summary")"
    [ "$comments" -eq $((unfixable + untracked)) ] || { echo "$name: $comments comments for $unfixable unfixable findings and $untracked untracked fixes"; exit 1; }
    reviewed=$((reviewed + 1))
done
echo "docx: $reviewed review copies — accepted: no fixable finding left but the untracked ones; rejected: the original's findings; a comment for each of the rest"

# LibreOffice opens a review copy and prints it with its changes and comments (where installed).
if command -v soffice >/dev/null && command -v pdftotext >/dev/null; then
    mkdir -p "$tmp/pdf"
    cp "$tmp/fixtures/numbering（审阅）.docx" "$tmp/pdf/review.docx"
    (cd "$tmp/pdf" && timeout 180 soffice --headless --convert-to pdf review.docx >/dev/null 2>&1) || true
    pdftotext "$tmp/pdf/review.pdf" - 2>/dev/null | grep -q "细化措施" \
        || { echo "docx: LibreOffice could not convert the review copy"; exit 1; }
    echo "docx: LibreOffice converts the review copy to PDF"
    # Automatic numbers as LibreOffice lays them out are the numbers this reader writes out.
    cp "$tmp/fixtures/numbering.docx" "$tmp/fixtures/seed-0.docx" "$tmp/pdf/"
    (cd "$tmp/pdf" && timeout 180 soffice --headless --convert-to pdf numbering.docx seed-0.docx >/dev/null 2>&1) || true
    for name in numbering seed-0; do
        numbers() { grep -oE '^ *([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)' | tr -d ' '; }
        pdftotext "$tmp/pdf/$name.pdf" - | numbers >"$tmp/pdf/$name.rendered"
        numbers <"$tmp/fixtures/$name.txt" >"$tmp/pdf/$name.read"
        [ -s "$tmp/pdf/$name.read" ] && cmp -s "$tmp/pdf/$name.rendered" "$tmp/pdf/$name.read" \
            || { echo "docx: LibreOffice numbers $name.docx differently:"; diff "$tmp/pdf/$name.rendered" "$tmp/pdf/$name.read" | head; exit 1; }
    done
    echo "docx: automatic numbering as LibreOffice renders it"
else
    echo "docx: skipped LibreOffice conversion — soffice or pdftotext not installed"
fi
