import SourceText

/// Applies the safe fixes of a check, and shows them as a unified diff.
public enum Fixer {
    /// The text with every fix applied; overlapping edits after the first are left for the next pass.
    /// Repeats until no fix remains (a fixed point; `passes` only guards against a fix that undoes another), since a join can expose a new finding.
    public static func fixed(bytes: [UInt8], options: CheckOptions = .init(), passes: Int = 10) -> (bytes: [UInt8], applied: Int) {
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
        // Copied from buffers: the reader applies P1's fixes to every text of a half-width
        // submission, and an array made of each replacement cost more than the copying.
        bytes.withUnsafeBufferPointer { source in
            for edit in sorted where edit.start >= position && edit.end <= bytes.count {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: source[position..<edit.start]))
                var replacement = edit.replacement
                replacement.withUTF8 { result.append(contentsOf: $0) }
                position = edit.end
                count += 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: source[position...]))
        }
        return (result, count)
    }

    /// A unified diff from `old` to `new` that `patch -p0` and `git apply -p0` accept: `--- path`
    /// and `+++ path` headers, hunks with 2 lines of context (nearby changes share a hunk), and
    /// `\ No newline at end of file` after a last line that lacks one. Lines are compared with a
    /// short look-ahead per change, which is exact for fixes (they never move text) and keeps the
    /// cost linear.
    public static func unifiedDiff(old: String, new: String, path: String) -> String {
        let oldLines = lines(of: old)
        let newLines = lines(of: new)
        // Each change replaces old[oldStart..<oldEnd] by new[newStart..<newEnd]; equal lines between.
        var changes: [(oldStart: Int, oldEnd: Int, newStart: Int, newEnd: Int)] = []
        var i = 0, j = 0
        while i < oldLines.count || j < newLines.count {
            if i < oldLines.count, j < newLines.count, oldLines[i] == newLines[j] { i += 1; j += 1; continue }
            let (endOld, endNew) = resynchronise(oldLines, newLines, i, j)
            changes.append((i, endOld, j, endNew))
            i = endOld
            j = endNew
        }
        guard !changes.isEmpty else { return "" }
        let context = 2
        var output = "--- \(path)\n+++ \(path)\n"
        var first = 0
        while first < changes.count {
            // Changes closer than twice the context share a hunk: hunks must not overlap.
            var last = first
            while last + 1 < changes.count, changes[last + 1].oldStart - changes[last].oldEnd <= 2 * context { last += 1 }
            let lead = min(context, changes[first].oldStart)
            let trail = min(context, oldLines.count - changes[last].oldEnd)
            let oldStart = changes[first].oldStart - lead, newStart = changes[first].newStart - lead
            let oldEnd = changes[last].oldEnd + trail, newEnd = changes[last].newEnd + trail
            output += "@@ -\(range(oldStart, oldEnd - oldStart)) +\(range(newStart, newEnd - newStart)) @@\n"
            var cursor = oldStart
            for change in changes[first...last] {
                for line in oldLines[cursor..<change.oldStart] { output += line.rendered(" ") }
                for line in oldLines[change.oldStart..<change.oldEnd] { output += line.rendered("-") }
                for line in newLines[change.newStart..<change.newEnd] { output += line.rendered("+") }
                cursor = change.oldEnd
            }
            for line in oldLines[cursor..<oldEnd] { output += line.rendered(" ") }
            first = last + 1
        }
        return output
    }

    /// `start,count` of a hunk header; an empty side names the line before it, as diff does.
    private static func range(_ start: Int, _ count: Int) -> String {
        "\(count == 0 ? start : start + 1),\(count)"
    }

    /// One line of a diff; a last line without a break differs from the same text with one.
    struct DiffLine: Equatable {
        var text: Substring
        var hasBreak: Bool

        func rendered(_ prefix: String) -> String {
            prefix + text + (hasBreak ? "\n" : "\n\\ No newline at end of file\n")
        }
    }

    private static func lines(of text: String) -> [DiffLine] {
        // Split on the LF byte: as Characters, "\r\n" is one grapheme and would never split.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            DiffLine(text: text[$0.startIndex..<$0.endIndex], hasBreak: true)
        }
        // A final break does not start another line; without one, the last line has no break.
        if lines.last?.text.isEmpty == true { lines.removeLast() } else if !lines.isEmpty { lines[lines.count - 1].hasBreak = false }
        return lines
    }

    private static func resynchronise(_ old: [DiffLine], _ new: [DiffLine], _ i: Int, _ j: Int) -> (Int, Int) {
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

    /// Three equal lines (or equal lines to the end) resynchronise; so does one equal line with
    /// text on it, so that a line left alone between two fixed ones shows as context, not as
    /// removed and added again. (A blank line alone is too common to be evidence.)
    private static func matchesAhead(_ old: [DiffLine], _ new: [DiffLine], _ x: Int, _ y: Int) -> Bool {
        if x == old.count || y == new.count { return x == old.count && y == new.count }
        guard old[x] == new[y] else { return false }
        if old[x].text.contains(where: { !$0.isWhitespace }) { return true }
        var k = 1
        while k < 3, x + k < old.count, y + k < new.count {
            if old[x + k] != new[y + k] { return false }
            k += 1
        }
        return true
    }
}
