#!/usr/bin/env bash
# Drafting: every example in every format, plus `new` and `footer`; any error fails.
set -euo pipefail
: "${JIANBAO:?set JIANBAO to the jianbao binary}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

formats=(txt md html)

for notes in examples/*.yaml; do
    [ "$notes" = examples/profile.yaml ] && continue
    for format in "${formats[@]}"; do
        name="$(basename "$notes" .yaml).$format"
        "$JIANBAO" draft "$notes" --format "$format" --strict -o "$out/$name"
        [ -s "$out/$name" ] || { echo "empty output: $notes as $format"; exit 1; }
    done
    "$JIANBAO" draft "$notes" --profile examples/profile.yaml >/dev/null
    "$JIANBAO" draft "$notes" --profile 2024 >/dev/null
done

# The golden property, cheaply: the drafted issue 16 holds the sample's paragraphs verbatim.
grep -q '^一、深钻细研“学蓝图”，当好凝心聚力的“宣传员”。一是注重系统化学习。' "$out/issue-16.txt"
grep -q '以以种养全链条技术攻关' "$out/issue-16.txt"

# new: a skeleton numbered after the newest example (issue 17, 专辑 7). draft refuses it while
# placeholders remain (exit 1, located) and drafts it once they are replaced.
"$JIANBAO" new --from examples > "$out/next.yaml"
grep -q '^期号: 18$' "$out/next.yaml"
status=0
"$JIANBAO" draft "$out/next.yaml" > /dev/null 2> "$out/err.txt" || status=$?
[ "$status" -eq 1 ] || { echo "an unfilled skeleton should exit 1, got $status"; exit 1; }
grep -q 'next.yaml:11:9: error: “标题”还是 jianbao new 留下的占位文字' "$out/err.txt"
sed -e 's/某某市/新乡市/; s/在这里写标题/织密阵地网/; s/在这里写导语。/导语。/; s/第一个要点的小标题。/建强阵地。/' \
    -e 's/正文第一段接在小标题后面。一是……二是……照原样写。/正文。/; s/第二个要点的小标题。/完善机制。/' \
    -e 's/- 第一段。/- 甲。/; s/- 第二段。/- 乙。/; s/下一步，……/下一步，继续。/' "$out/next.yaml" > "$out/filled.yaml"
"$JIANBAO" draft "$out/filled.yaml" > "$out/next.txt"
grep -q '主题活动专辑（八）' "$out/next.txt"

# footer: every format, both built-in profiles.
for format in "${formats[@]}"; do
    "$JIANBAO" footer --format "$format" >/dev/null
done
"$JIANBAO" footer --profile 2024 | grep -q '共印 60 份'

# Broken notes are exit 1 with a located message, never a crash.
status=0
printf '期号: 十六\n' | "$JIANBAO" draft - 2> "$out/err.txt" >/dev/null || status=$?
[ "$status" -eq 1 ] || { echo "bad notes should exit 1, got $status"; exit 1; }
grep -q '<stdin>:1:5: error:' "$out/err.txt"
echo "draft ok"
