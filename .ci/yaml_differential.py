#!/usr/bin/env python3
"""Differential check of the notes reader against PyYAML (and libyaml through PyYAML's CSafeLoader).

For every notes file under examples/ and templates/ (profiles) and every fixture under Tests/NotesFormatTests/Fixtures/:
`$JIANBAO notes FILE` must print the same tree that PyYAML's safe loader builds (mappings in
order, sequences, strings, null). Our tree holds only strings and null, so any other scalar PyYAML
builds is a difference, with one designed exception: a canonical decimal integer as a value
(`期号: 16`), which PyYAML types as int, is the same as our string of its digits. A key that
PyYAML reads as anything but a string is always a difference. Files under Fixtures/invalid/
must be rejected by jianbao (PyYAML may accept them: the subset is stricter on purpose). Any
difference fails with the file and both trees.

Then MUTATIONS (default 600, env YAML_DIFFERENTIAL_MUTATIONS) mutated copies of the valid
fixtures (fixed seed, so reruns are identical): every mutant jianbao accepts must read the same.
"""
import glob
import json
import os
import random
import subprocess
import sys

try:
    import yaml
except ImportError:
    print("yaml_differential: PyYAML is not installed (pip install pyyaml)")
    sys.exit(2)

JIANBAO = os.environ.get("JIANBAO")
if not JIANBAO:
    print("yaml_differential: set JIANBAO to the jianbao binary")
    sys.exit(2)

FIXTURES = "Tests/NotesFormatTests/Fixtures"


def files():
    examples = sorted(set(glob.glob("examples/**/*.yaml", recursive=True) + glob.glob("examples/**/*.yml", recursive=True)
                          + glob.glob("templates/**/*.yaml", recursive=True)))
    valid = sorted(glob.glob(f"{FIXTURES}/valid/**/*.yaml", recursive=True))
    invalid = sorted(glob.glob(f"{FIXTURES}/invalid/**/*.yaml", recursive=True))
    return [(path, True) for path in examples + valid] + [(path, False) for path in invalid]


def canonical_theirs(value, is_key=False):
    """PyYAML's value in the shape of ours; other scalars are tagged so they never compare equal."""
    if isinstance(value, str):
        return value
    if value is None and not is_key:
        return None
    # bool is a subclass of int: test it first. Only a non-negative int can be the designed
    # exception, and str() of it is always canonical digits, so equal text means a canonical source.
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0 and not is_key:
        return str(value)
    if isinstance(value, list):
        return [canonical_theirs(item) for item in value]
    if isinstance(value, dict):
        return ("map", [[canonical_theirs(key, is_key=True), canonical_theirs(item)] for key, item in value.items()])
    return ("non-string key" if is_key else "non-string", type(value).__name__, repr(value))


def canonical_ours(value):
    if isinstance(value, list):
        return [canonical_ours(item) for item in value]
    if isinstance(value, tuple) and value and value[0] == "map":
        return ("map", [[key, canonical_ours(item)] for key, item in value[1]])
    return value


def ours(path):
    result = subprocess.run([JIANBAO, "notes", path], capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    if result.returncode == 0:
        tree = json.loads(result.stdout.decode("utf-8"), object_pairs_hook=lambda pairs: ("map", pairs))
        return canonical_ours(tree), None
    if result.returncode == 1:
        return None, result.stderr.decode("utf-8", "replace").strip()
    raise SystemExit(f"FAIL {path}: jianbao notes exited with status {result.returncode}\n{result.stderr.decode('utf-8', 'replace')}")


def loaders():
    found = [("PyYAML", yaml.SafeLoader)]
    if getattr(yaml, "CSafeLoader", None) is not None:
        found.append(("libyaml", yaml.CSafeLoader))
    return found


def main():
    failures = 0
    counts = {"same": 0, "rejected-invalid": 0}
    for path, should_parse in files():
        with open(path, "rb") as handle:
            data = handle.read()
        our_tree, our_error = ours(path)
        if our_tree is None:
            if should_parse:
                print(f"FAIL {path}: jianbao rejects a file that should be valid\n{our_error}")
                failures += 1
            else:
                accepted = []
                for name, loader in loaders():
                    try:
                        yaml.load(data, Loader=loader)
                        accepted.append(name)
                    except (yaml.YAMLError, ValueError):
                        pass
                note = f" (accepted by {', '.join(accepted)})" if accepted else ""
                print(f"ok   {path}: rejected{note}: {our_error.splitlines()[0]}")
                counts["rejected-invalid"] += 1
            continue
        if not should_parse:
            print(f"FAIL {path}: jianbao accepts a file the subset must reject")
            failures += 1
            continue
        differences = compare(path, data, our_tree)
        failures += differences
        if not differences:
            counts["same"] += 1
            print(f"ok   {path}: same tree in jianbao and {', '.join(name for name, _ in loaders())}")
    mutants_accepted, mutant_failures = mutations(int(os.environ.get("YAML_DIFFERENTIAL_MUTATIONS", "600")))
    failures += mutant_failures
    print(f"yaml differential: {counts['same']} files read identically, {counts['rejected-invalid']} invalid files rejected, "
          f"{mutants_accepted} accepted mutants read identically, {failures} failures")
    return 1 if failures else 0


MUTATION_PIECES = [b" ", b"\n", b"#", b":", b"- ", b'"', b"'", b"[", b"]", b"|", b">", b"\\", "\u3000".encode(),
                   "\uff1a".encode(), "\uff0c".encode(), b"  ", b"\n  ", b"-", b"?", b",", b"0", b".", b"~", b"\t",
                   b"\r\n", b"&", b"*", b"!", b"{", b"%", b"  - ", b": ", b" #", b"yes", b"1.0"]


def mutations(count):
    """Small random edits of the valid fixtures; returns (accepted and identical, failures)."""
    generator = random.Random(20260604)
    seeds = [open(path, "rb").read() for path in sorted(glob.glob(f"{FIXTURES}/valid/*.yaml"))]
    accepted = failures = 0
    for _ in range(count if seeds else 0):
        data = bytearray(generator.choice(seeds))
        for _ in range(generator.randint(1, 3)):
            if not data:
                break
            at = generator.randrange(len(data))
            roll = generator.random()
            if roll < 0.4:
                data[at:at] = generator.choice(MUTATION_PIECES)
            elif roll < 0.7:
                del data[at]
            else:
                del data[at:at + generator.randint(1, 8)]
        data = bytes(data)
        result = subprocess.run([JIANBAO, "notes", "-"], input=data, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
        if result.returncode not in (0, 1):
            print(f"FAIL mutant: jianbao notes exited with status {result.returncode} on {data!r}")
            failures += 1
            continue
        if result.returncode == 1:
            continue
        ours_tree = canonical_ours(json.loads(result.stdout.decode("utf-8"), object_pairs_hook=lambda pairs: ("map", pairs)))
        differences = compare(f"mutant {data!r}", data, ours_tree)
        failures += differences
        accepted += 0 if differences else 1
    return accepted, failures


def compare(label, data, our_tree):
    """Number of YAML loaders that reject `data` or read a tree other than `our_tree` (each printed)."""
    differences = 0
    for name, loader in loaders():
        try:
            their_tree = canonical_theirs(yaml.load(data, Loader=loader))
        except (yaml.YAMLError, ValueError) as error:
            # ValueError: a constructor gave up, e.g. Python's 4300-digit limit on int().
            print(f"FAIL {label}: jianbao accepts it but {name} rejects it: {(str(error).splitlines() or [''])[0]}")
            differences += 1
            continue
        if their_tree != our_tree:
            print(f"FAIL {label}: {name} reads a different tree\n  jianbao: {our_tree!r}\n  {name}: {their_tree!r}")
            differences += 1
    return differences


if __name__ == "__main__":
    sys.exit(main())
