#!/usr/bin/env bash
# Markdown output renders as intended under CommonMark (issue 16): every point heading bold,
# no stray asterisks. markdown-it-py from PyPI, with a time limit.
set -euo pipefail
: "${JIANBAO:?JIANBAO must point to the jianbao binary}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! python3 -c "import markdown_it, yaml" 2>/dev/null; then
    timeout 300 pip install -q --disable-pip-version-check markdown-it-py pyyaml >/dev/null 2>&1 \
        || timeout 300 pip install -q --disable-pip-version-check --break-system-packages markdown-it-py pyyaml >/dev/null 2>&1 \
        || true
fi
if ! python3 -c "import markdown_it, yaml" 2>/dev/null; then
    echo "markdown: skipped — pip could not install markdown-it-py (no PyPI?)"
    exit 0
fi
python3 .ci/print_common.py long-issue > "$tmp/long-issue.yaml"
for notes in examples/issue-11.yaml examples/issue-16.yaml examples/issue-17.yaml examples/article.yaml "$tmp/long-issue.yaml"; do
    name="$(basename "$notes" .yaml)"
    "$JIANBAO" draft "$notes" --format md -o "$tmp/$name.md"
    timeout 60 python3 .ci/markdown_check.py "$notes" "$tmp/$name.md"
done
echo "markdown ok"
