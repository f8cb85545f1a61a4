#!/usr/bin/env bash
# The CLI answers help and rejects unknown commands with exit status 2.
set -euo pipefail
"$JIANBAO" help >/dev/null
status=0; "$JIANBAO" no-such-command 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "unknown command should exit 2, got $status"; exit 1; }
echo "cli basics ok"
