#!/usr/bin/env bash
# Fuzzing (issue 13): replays the inputs kept in Fuzz/regressions/ and Fuzz/known/, then runs
# each libFuzzer target for a short fixed time (40 s each, 4 minutes for the six). Any crash,
# hang, memory blow-up or broken property fails CI. See Fuzz/README.md to run them longer.
set -euo pipefail
seconds="${JIANBAO_FUZZ_SECONDS:-40}"

# The toolchain ships libFuzzer and AddressSanitizer (lib/clang/*/lib/linux/libclang_rt.fuzzer*);
# a toolchain without them cannot build the targets: say so instead of passing.
toolchain="$(dirname "$(dirname "$(command -v swiftc)")")"
if ! ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz: the Swift toolchain at $toolchain has no libFuzzer runtime (libclang_rt.fuzzer)" >&2
    exit 1
fi

Fuzz/run --replay
Fuzz/run --time "$seconds"
