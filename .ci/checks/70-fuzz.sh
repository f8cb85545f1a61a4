#!/usr/bin/env bash
# Fuzzing (issue 13): replays the inputs kept in Fuzz/regressions/, Fuzz/known/ and Fuzz/corpus/,
# then runs each libFuzzer target on a fixed number of new inputs from a fixed seed (about 40 s
# each, 4 minutes for the six). Any crash, hang, memory blow-up or broken property fails CI.
# The run is reproducible (`Fuzz/run --ci` makes the same inputs here and on a developer's
# machine), so CI cannot turn red on inputs nobody could have tried before landing; open-ended
# fuzzing is done by long runs (Fuzz/README.md). JIANBAO_FUZZ_SECONDS=N fuzzes N s a target instead.
set -euo pipefail

# The toolchain ships libFuzzer and AddressSanitizer (lib/clang/*/lib/linux/libclang_rt.fuzzer*);
# a toolchain without them cannot build the targets: say so instead of passing.
toolchain="$(dirname "$(dirname "$(command -v swiftc)")")"
if ! ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "fuzz: the Swift toolchain at $toolchain has no libFuzzer runtime (libclang_rt.fuzzer)" >&2
    exit 1
fi

Fuzz/run --replay
if [ -n "${JIANBAO_FUZZ_SECONDS:-}" ]; then
    Fuzz/run --time "$JIANBAO_FUZZ_SECONDS"
else
    Fuzz/run --ci
fi
