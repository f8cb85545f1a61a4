/// Maps UTF-8 byte offsets to lines and editor columns in one text.
///
/// Built once in a single pass over the bytes (O(n)); each lookup is a binary search
/// over line starts plus a scan of one line, so locating many findings stays linear.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; the first line starts after a byte order mark,
    /// which no editor shows or counts as a column.
    public let lineStarts: [Int]
    /// For each line longer than `checkpointSpacing` bytes: the scalars from its start to every
    /// multiple of the spacing, so a column costs at most one spacing's scan even on a 16 MB line
    /// with a finding every few characters.
    private let longLineCheckpoints: [Int: [Int]]
    public static let checkpointSpacing = 4096

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var starts = [hasByteOrderMark ? 3 : 0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
        self.longLineCheckpoints = Self.longLineCheckpoints(bytes, lineStarts: starts)
    }

    /// Checkpoints for the lines longer than the spacing: a look at each line's length, and a
    /// count only over the long ones.
    private static func longLineCheckpoints(_ bytes: [UInt8], lineStarts starts: [Int]) -> [Int: [Int]] {
        var checkpoints: [Int: [Int]] = [:]
        for line in starts.indices {
            let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            if end - starts[line] > checkpointSpacing { checkpoints[line] = Self.checkpoints(bytes, from: starts[line], to: end) }
        }
        return checkpoints
    }

    private static func checkpoints(_ bytes: [UInt8], from start: Int, to end: Int) -> [Int] {
        var counts = [0]
        var position = start
        while position + checkpointSpacing <= end {
            counts.append(counts[counts.count - 1] + scalarCount(bytes, from: position, to: position + checkpointSpacing))
            position += checkpointSpacing
        }
        return counts
    }

    /// With the line starts a caller already found (the reader splits the text into lines
    /// itself): the first after a byte order mark, then one after every line feed.
    public init(bytes: [UInt8], lineStarts: [Int]) {
        self.bytes = bytes
        self.lineStarts = lineStarts.isEmpty ? [0] : lineStarts
        self.longLineCheckpoints = Self.longLineCheckpoints(bytes, lineStarts: self.lineStarts)
    }

    public var lineCount: Int { lineStarts.count }

    /// The position of a byte offset (clamped to the text).
    public func position(ofByteOffset rawOffset: Int) -> SourcePosition {
        let offset = min(max(rawOffset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var scanStart = lineStarts[low], scalarsBefore = 0
        if let checkpoints = longLineCheckpoints[low] {
            let step = min((offset - scanStart) / Self.checkpointSpacing, checkpoints.count - 1)
            scalarsBefore = checkpoints[step]
            scanStart += step * Self.checkpointSpacing
        }
        return SourcePosition(line: low + 1, column: scalarsBefore + Self.scalarCount(bytes, from: scanStart, to: offset) + 1, offset: offset)
    }

    /// The position of `offset`, walking forward from `base` (a position in this text): offsets
    /// asked in increasing order then cost one walk over the text in all. An offset behind `base`
    /// is looked up.
    @inlinable
    public func position(ofByteOffset rawOffset: Int, after base: SourcePosition) -> SourcePosition {
        let offset = min(max(rawOffset, 0), bytes.count)
        guard offset >= base.offset, base.offset >= lineStarts[0] else { return position(ofByteOffset: offset) }
        var position = base
        var index = base.offset
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A {
                position.line += 1
                position.column = 1
            } else if byte & 0xC0 != 0x80 {
                position.column += 1
            }
            index += 1
        }
        position.offset = offset
        return position
    }

    /// The 0-based index of the line holding `offset`, trying the line at `guess` and the next few
    /// first (offsets asked in source order then cost no search); `guess` is updated.
    public func lineIndex(ofByteOffset offset: Int, near guess: inout Int) -> Int {
        var found = -1
        if guess >= 0 {
            var probe = guess
            while probe < lineStarts.count, probe < guess + 4 {
                if lineStarts[probe] <= offset, probe + 1 == lineStarts.count || lineStarts[probe + 1] > offset { found = probe; break }
                probe += 1
            }
        }
        if found < 0 {
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            found = low
        }
        guess = found
        return found
    }

    /// The range covering the bytes `[start, end)`.
    public func range(ofByteOffsets start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(ofByteOffset: start), end: position(ofByteOffset: end))
    }

    /// The byte offset of a 1-based line and column (clamped to the line's end).
    public func byteOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        var offset = lineStarts[line - 1]
        let lineEnd = endOfLine(line)
        var remaining = column - 1
        while remaining > 0, offset < lineEnd {
            offset += 1
            while offset < lineEnd, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The text of a 1-based line without its line break (and without a trailing CR).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[line - 1]..<endOfLine(line)], as: UTF8.self)
    }

    /// Byte offset just past the last character of a line, before `\r\n` or `\n`.
    public func endOfLine(_ line: Int) -> Int {
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > lineStarts[line - 1], end - 1 < bytes.count, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return max(end, lineStarts[line - 1])
    }

    /// Number of Unicode scalars in `bytes[from..<to]`: every byte that does not continue a sequence.
    @inlinable
    public static func scalarCount(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        var index = from
        while index < to {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}

/// Line and page breaks other than LF: a lone CR (old Mac editors, some exports), a form feed or a
/// vertical tab (pdftotext). Every reader here splits lines at LF, so such a file read as one line;
/// with each read as LF it reads line by line, and byte offsets stay those of the file (one byte each).
public enum LineEnds {
    /// `bytes` with every line or page break that is not LF made LF, byte for byte (offsets stay
    /// the file's): a CR that no LF follows, a form feed (pdftotext's page break) and a vertical
    /// tab. Nil when there is none (no copy).
    public static func breaksAsLineFeeds(_ bytes: [UInt8]) -> [UInt8]? {
        // Every input of every job passes here, nearly always without such a break: one range
        // test per byte through a buffer (a bounds-checked closure per byte cost 14 % of `parse`).
        func firstBreak(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            var index = start
            let count = buffer.count
            while index < count {
                // Eight bytes with none below 0x0E hold no break: one test for the eight
                // (the "has a byte less than n" word trick, exact for n ≤ 128).
                if index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte &- 0x0B < 3, byte != 0x0D || index + 1 == count || buffer[index + 1] != 0x0A { return index }
                index += 1
            }
            return nil
        }
        guard let first = bytes.withUnsafeBufferPointer({ firstBreak($0, from: 0) }) else { return nil }
        var result = bytes
        result.withUnsafeMutableBufferPointer { buffer in
            var next: Int? = first
            while let index = next {
                buffer[index] = 0x0A
                next = firstBreak(UnsafeBufferPointer(buffer), from: index + 1)
            }
        }
        return result
    }

    /// The lines an editor shows, for line:column: LF, CRLF and a lone CR end a line (as in VS Code,
    /// Sublime Text and the Language Server Protocol); a form feed or a vertical tab does not (vim,
    /// Emacs and VS Code show it on its line, as one column). The reading splits lines at those too
    /// (`breaksAsLineFeeds`), so after one of them its line numbers run ahead of the editor's: this
    /// index, built from the file's bytes, locates what the reading found. Nil when the file has no
    /// form feed or vertical tab: the reading's lines are the editor's (ask only when
    /// `breaksAsLineFeeds` changed the file, so a file without breaks is not scanned again).
    public static func editorLineIndex(_ original: [UInt8]) -> LineIndex? {
        guard original.contains(where: { $0 == 0x0B || $0 == 0x0C }) else { return nil }
        var editorBytes = breaksAsLineFeeds(original) ?? original
        for index in editorBytes.indices where original[index] == 0x0B || original[index] == 0x0C {
            editorBytes[index] = original[index]
        }
        return LineIndex(bytes: editorBytes)
    }
}
