#!/usr/bin/env bash
# jianbao check on every seed and every drafted example, in every output format, with the
# expected exit codes; --diff and --fix on a temporary copy; jianbao rules equals docs/rules.md.
set -euo pipefail
seeds="${JIANBAO_SEEDS_DIR:-seeds}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

expect() { # expect STATUS COMMAND…
    local want="$1"; shift
    local got=0
    "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
    if [ "$got" -ne "$want" ]; then
        echo "expected exit $want, got $got: $*"; head -5 "$tmp/out" "$tmp/err"; exit 1
    fi
}

json_ok() {
    if command -v python3 >/dev/null; then python3 -m json.tool "$tmp/out" >/dev/null || { echo "invalid JSON from: $*"; exit 1; }; fi
}

# Seeds: 004 has warnings only (page-break splits); the others have errors; 002 is not a bulletin.
for seed in "$seeds"/*.txt; do
    case "$(basename "$seed")" in
        004_*) want=0 ;;
        *) want=1 ;;
    esac
    for format in text json sarif github; do
        expect "$want" "$JIANBAO" check --format "$format" "$seed"
        case "$format" in json|sarif) json_ok "$seed $format" ;; esac
    done
done
grep -q "S1 not-a-bulletin" <("$JIANBAO" check "$seeds"/002_*.txt 2>/dev/null || true) || { echo "002 should be reported as not a bulletin"; exit 1; }

# Drafted examples: the submission and issue 17 check clean; issue 11 has only a warning (exit 0).
"$JIANBAO" draft examples/article.yaml >"$tmp/article.txt"
expect 0 "$JIANBAO" check "$tmp/article.txt"
[ ! -s "$tmp/out" ] || { echo "drafted article should check clean:"; cat "$tmp/out"; exit 1; }
for format in txt md; do
    "$JIANBAO" draft examples/issue-11.yaml --format "$format" >"$tmp/issue-11.$format"
    for output in text json sarif github; do
        expect 0 "$JIANBAO" check --format "$output" "$tmp/issue-11.$format"
    done
done
for format in txt md; do
    "$JIANBAO" draft examples/issue-17.yaml --format "$format" >"$tmp/issue-17.$format"
    expect 0 "$JIANBAO" check --issue "$tmp/issue-17.$format"
    [ ! -s "$tmp/out" ] || { echo "drafted issue 17 ($format) should check clean:"; cat "$tmp/out"; exit 1; }
done

# stdin, usage errors, unreadable input.
expect 0 "$JIANBAO" check - <"$tmp/article.txt"
expect 2 "$JIANBAO" check
expect 2 "$JIANBAO" check "$tmp/no-such-file.txt"
expect 2 "$JIANBAO" check --format xml "$tmp/article.txt"
expect 2 "$JIANBAO" check --disable no-such-rule "$tmp/article.txt"

# --diff shows the safe fixes and writes nothing; --fix writes them; then nothing is left to fix.
cp "$seeds"/001_*.txt "$tmp/001.txt"
cp "$tmp/001.txt" "$tmp/001.orig"
expect 1 "$JIANBAO" check --diff "$tmp/001.txt"
grep -q '^+＊平顶山市：以“五个切实”为抓手，持续推动代表主题活动向' "$tmp/out" || { echo "--diff output unexpected"; exit 1; }
cmp -s "$tmp/001.txt" "$tmp/001.orig" || { echo "--diff must not write"; exit 1; }
expect 1 "$JIANBAO" check --fix "$tmp/001.txt"   # masthead, date ranges and a stray quote remain
! cmp -s "$tmp/001.txt" "$tmp/001.orig" || { echo "--fix did not write"; exit 1; }
expect 1 "$JIANBAO" check --diff "$tmp/001.txt"
[ ! -s "$tmp/out" ] || { echo "second --diff should be empty"; exit 1; }
# The diff is a standard one: patch -p0 applied to the original gives what --fix wrote.
if command -v patch >/dev/null; then
    cp "$tmp/001.orig" "$tmp/patched.txt"
    (cd "$tmp" && { "$JIANBAO" check --diff patched.txt >patched.diff 2>/dev/null || true; } && patch -p0 --quiet <patched.diff)
    cmp -s "$tmp/patched.txt" "$tmp/001.txt" || { echo "--diff applied with patch -p0 differs from --fix"; exit 1; }
else
    echo "skip: patch is not installed, --diff not applied"
fi
expect 0 "$JIANBAO" check --disable S2 --disable P5 --disable P3 "$tmp/001.txt"

# The rules document is generated.
"$JIANBAO" rules | cmp -s - docs/rules.md || { echo "docs/rules.md is stale: run jianbao rules > docs/rules.md"; exit 1; }
echo "check ok"
