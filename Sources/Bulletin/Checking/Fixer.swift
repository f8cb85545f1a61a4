import SourceText

/// Applies the safe fixes of a check, and shows them as a unified diff.
public enum Fixer {
    /// The text with every fix applied; overlapping edits after the first are left for the next pass.
    /// Repeats until no fix remains (at most `passes` times), since a join can expose a new finding.
    public static func fixed(bytes: [UInt8], options: CheckOptions = .init(), passes: Int = 4) -> (bytes: [UInt8], applied: Int) {
        var current = bytes
        var applied = 0
        for _ in 0..<passes {
            let result = Checker.check(bytes: current, options: options)
            let edits = result.findings.compactMap(\.finding.fix).flatMap(\.edits)
            guard !edits.isEmpty else { break }
            let (next, count) = apply(edits, to: current)
            guard count > 0 else { break }
            current = next
            applied += count
        }
        return (current, applied)
    }

    /// Applies non-overlapping edits in order of position.
    static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> ([UInt8], Int) {
        let sorted = edits.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        var count = 0
        for edit in sorted where edit.start >= position && edit.end <= bytes.count {
            result.append(contentsOf: bytes[position..<edit.start])
            result.append(contentsOf: Array(edit.replacement.utf8))
            position = edit.end
            count += 1
        }
        result.append(contentsOf: bytes[position...])
        return (result, count)
    }

    /// A unified diff (`--- path` / `+++ path`, hunks with 2 lines of context) from `old` to `new`.
    /// Lines are compared with a linear common-prefix/suffix walk per change, which is exact for
    /// fixes (they never move text) and keeps the cost linear.
    public static func unifiedDiff(old: String, new: String, path: String) -> String {
        let oldLines = lines(of: old)
        let newLines = lines(of: new)
        var hunks: [String] = []
        var i = 0, j = 0
        let context = 2
        while i < oldLines.count || j < newLines.count {
            if i < oldLines.count, j < newLines.count, oldLines[i] == newLines[j] { i += 1; j += 1; continue }
            // Find where the two sides meet again: the smallest (a, b) with equal runs after it.
            let (endOld, endNew) = resynchronise(oldLines, newLines, i, j)
            let startOld = max(0, i - context), startNew = max(0, j - context)
            let tailOld = min(oldLines.count, endOld + context), tailNew = min(newLines.count, endNew + context)
            var hunk = "@@ -\(startOld + 1),\(tailOld - startOld) +\(startNew + 1),\(tailNew - startNew) @@\n"
            for line in oldLines[startOld..<i] { hunk += " \(line)\n" }
            for line in oldLines[i..<endOld] { hunk += "-\(line)\n" }
            for line in newLines[j..<endNew] { hunk += "+\(line)\n" }
            for line in oldLines[endOld..<tailOld] { hunk += " \(line)\n" }
            hunks.append(hunk)
            i = tailOld
            j = tailNew
        }
        guard !hunks.isEmpty else { return "" }
        return "--- \(path)\n+++ \(path)（修正后）\n" + hunks.joined()
    }

    /// Lines without their breaks; a final line break does not start another line.
    private static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func resynchronise(_ old: [String], _ new: [String], _ i: Int, _ j: Int) -> (Int, Int) {
        // Fixes change lines in place or remove blank lines; look a short way ahead for a match.
        let window = 12
        for distance in 1...(2 * window) {
            for a in 0...distance {
                let b = distance - a
                let x = i + a, y = j + b
                if x <= old.count, y <= new.count, matchesAhead(old, new, x, y) { return (x, y) }
            }
        }
        return (old.count, new.count)
    }

    private static func matchesAhead(_ old: [String], _ new: [String], _ x: Int, _ y: Int) -> Bool {
        if x == old.count || y == new.count { return x == old.count && y == new.count }
        var k = 0
        while k < 3, x + k < old.count, y + k < new.count {
            if old[x + k] != new[y + k] { return false }
            k += 1
        }
        return true
    }
}
