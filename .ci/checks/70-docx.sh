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
