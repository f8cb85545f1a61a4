#!/usr/bin/env bash
# jianbao render: renders a template with JSON and notes data, escapes by output type,
# reports located template errors with exit 1 and unreadable data with exit 2.
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/house/partials"
printf '{{刊名}}第{{期号}}期\n{{#文章}}\n  {{> partials/title}}\n{{/文章}}\n' > "$work/issue.txt.mustache"
printf '【{{标题}}】\n' > "$work/house/partials/title.mustache"
printf '<p>{{#文章}}{{标题}}{{/文章}}</p>\n' > "$work/issue.html.mustache"
printf '{"刊名": "代表工作", "期号": 16, "文章": [{"标题": "甲 & 乙"}]}' > "$work/data.json"
printf '刊名: 代表工作\n期号: 16\n文章:\n  - 标题: 甲 & 乙\n' > "$work/data.yaml"

expected="$(printf '代表工作第16期\n  【甲 & 乙】')"
for data in data.json data.yaml; do
    actual="$("$JIANBAO" render "$work/issue.txt.mustache" --data "$work/$data" --partials "$work/house")"
    [ "$actual" = "$expected" ] || { echo "render with $data: got «$actual»"; exit 1; }
done

actual="$("$JIANBAO" render "$work/issue.html.mustache" --data "$work/data.json")"
[ "$actual" = "<p>甲 &amp; 乙</p>" ] || { echo "html escaping: got «$actual»"; exit 1; }

printf '第一行\n{{#文章}}\n' > "$work/broken.txt.mustache"
status=0; err="$("$JIANBAO" render "$work/broken.txt.mustache" --data "$work/data.json" 2>&1)" || status=$?
[ "$status" -eq 1 ] || { echo "template error should exit 1, got $status"; exit 1; }
echo "$err" | grep -q "broken.txt.mustache:2:1: error: " || { echo "template error not located: $err"; exit 1; }

printf '{"刊名": }' > "$work/bad.json"
status=0; "$JIANBAO" render "$work/issue.html.mustache" --data "$work/bad.json" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "malformed data should exit 2, got $status"; exit 1; }

printf '{{题目}}\n' > "$work/typo.txt.mustache"
status=0; "$JIANBAO" render "$work/typo.txt.mustache" --data "$work/data.json" --strict 2>/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "strict mode should exit 1 on an unknown name, got $status"; exit 1; }
echo "render ok"
