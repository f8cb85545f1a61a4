#!/usr/bin/env bash
# Notes format: `jianbao notes` on the fixtures and examples reads the same tree as PyYAML and
# libyaml (differential check), and hostile input (deep nesting, huge lines) never crashes it.
set -euo pipefail

# Robustness: a clear error (status 1) or a result (status 0), never a crash or a hang.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if command -v python3 >/dev/null; then
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
open(f"{work}/deep-sequence.yaml", "w").write("- " * 10000 + "x\n")
open(f"{work}/deep-mapping.yaml", "w").write("".join(" " * i + f"k{i}:\n" for i in range(10000)))
open(f"{work}/deep-flow.yaml", "w").write("a: " + "[" * 10000 + "]" * 10000 + "\n")
open(f"{work}/long-line.yaml", "w").write("正文: " + "很长的一行" * 400000 + "\n")
open(f"{work}/long-key.yaml", "w").write("键" * 200000 + ": 值\n")
open(f"{work}/long-flow.yaml", "w").write("列表: [" + ", ".join(["项"] * 200000) + "]\n")
open(f"{work}/long-quoted.yaml", "w").write("正文: \"" + "引号\\n里" * 300000 + "\"\n")
open(f"{work}/many-keys.yaml", "w").write("".join(f"键{i}: 值{i}\n" for i in range(100000)))
PY
else
    echo "skip: robustness inputs need python3 to generate"
fi
for file in "$work"/*.yaml; do
    status=0
    timeout 60 "$JIANBAO" notes "$file" >/dev/null 2>"$work/stderr" || status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
        echo "jianbao notes $(basename "$file") exited with status $status"; cat "$work/stderr"; exit 1
    fi
    if [ "$status" -eq 1 ] && ! grep -q "error:" "$work/stderr"; then
        echo "jianbao notes $(basename "$file") failed without a located error"; exit 1
    fi
    echo "robustness ok: $(basename "$file") (status $status)"
done

# Unreadable input is a usage error (status 2).
status=0; "$JIANBAO" notes "$work/missing.yaml" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "missing file should exit 2, got $status"; exit 1; }

# Differential check against PyYAML; install it quietly if missing, skip if impossible.
if ! command -v python3 >/dev/null; then
    echo "skip: yaml differential check needs python3, which is not installed"; exit 0
fi
if ! python3 -c "import yaml" 2>/dev/null; then
    python3 -m pip install --quiet pyyaml 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages pyyaml 2>/dev/null \
        || { apt-get install -y -qq python3-yaml >/dev/null 2>&1 || true; }
fi
if ! python3 -c "import yaml" 2>/dev/null; then
    echo "skip: yaml differential check needs PyYAML, which could not be installed"; exit 0
fi
python3 .ci/yaml_differential.py
