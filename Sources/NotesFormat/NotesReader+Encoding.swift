import SourceText

/// Character checks, done while finding each line's end (so the bytes are read once):
/// well-formed UTF-8, no characters that YAML parsers reject or read as line breaks, CR only
/// before LF; and no whitespace-only last line.
extension NotesReader {
    /// The offset of the line feed ending the line that starts at `start` (or the end of the
    /// input), after checking every character on the way.
    func validatedLineFeed(from start: Int) throws(NotesError) -> Int {
        var index = start
        while index < count {
            let byte = bytes[index]
            // Fast path for well-formed three-byte characters (all of CJK and its punctuation).
            if byte & 0xF0 == 0xE0, index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
               isPlainThreeByteCharacter(byte, bytes[index + 1], bytes[index + 2]) {
                index += 3
                continue
            }
            // Eight printable ASCII bytes at once.
            if index + 8 <= count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & high
                let isDelete = ((word ^ 0x7F7F_7F7F_7F7F_7F7F) &- 0x0101_0101_0101_0101) & ~(word ^ 0x7F7F_7F7F_7F7F_7F7F) & high
                if word & high == 0, belowSpace == 0, isDelete == 0 {
                    index += 8
                    continue
                }
            }
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F {
                    if byte == Byte.lineFeed { return index }
                    if byte == Byte.tab {
                        index += 1
                        continue
                    }
                    if byte == Byte.carriageReturn {
                        guard index + 1 < count, bytes[index + 1] == Byte.lineFeed else {
                            throw characterError(NotesMessage.loneCarriageReturn, at: index)
                        }
                        return index + 1
                    }
                    throw characterError(NotesMessage.controlCharacter(UInt32(byte)), at: index)
                }
                index += 1
                continue
            }
            guard let (scalar, length) = UTF8Scalar.decode(bytes, at: index, end: count) else {
                throw characterError(NotesMessage.invalidUTF8, at: index)
            }
            switch scalar {
            case 0x80...0x9F where scalar != 0x85:
                throw characterError(NotesMessage.controlCharacter(scalar), at: index)
            case 0x85, 0x2028, 0x2029:
                throw characterError(NotesMessage.lineSeparator(scalar), at: index)
            case 0xFEFF:
                throw characterError(NotesMessage.byteOrderMarkInside, at: index)
            case 0xFFFE, 0xFFFF:
                throw characterError(NotesMessage.nonCharacter(scalar), at: index)
            default:
                break
            }
            index += length
        }
        return count
    }

    /// A last line of only whitespace without a line break: parsers disagree on it.
    func checkLastLine() throws(NotesError) {
        var lastLineStart = count
        while lastLineStart > contentStart, bytes[lastLineStart - 1] != Byte.lineFeed { lastLineStart -= 1 }
        if lastLineStart < count, bytes[lastLineStart..<count].allSatisfy({ $0 == Byte.space || $0 == Byte.tab }) {
            throw characterError(NotesMessage.whitespaceOnlyLastLine, at: lastLineStart)
        }
    }

    /// A well-formed three-byte sequence that is neither overlong, a surrogate, U+2028/U+2029,
    /// a BOM nor U+FFFE/U+FFFF (those go through the slow path, which names them).
    @inline(__always)
    private func isPlainThreeByteCharacter(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch lead {
        case 0xE0: return second >= 0xA0
        case 0xE2: return !(second == 0x80 && (third == 0xA8 || third == 0xA9))
        case 0xED: return second < 0xA0
        case 0xEF: return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && third >= 0xBE)
        default: return true
        }
    }

    /// An error at any offset (the reader has not reached that line yet).
    private func characterError(_ message: String, at offset: Int) -> NotesError {
        var lineNumber = 1
        var lineStart = contentStart
        for index in contentStart..<offset where bytes[index] == Byte.lineFeed {
            lineNumber += 1
            lineStart = index + 1
        }
        var lineEnd = offset
        while lineEnd < count, bytes[lineEnd] != Byte.lineFeed, bytes[lineEnd] != Byte.carriageReturn { lineEnd += 1 }
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        let position = SourcePosition(line: lineNumber, column: column, offset: offset)
        // The line may hold the bad bytes themselves; show it with replacement characters.
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return NotesError(diagnostic: Diagnostic(range: SourceRange(at: position), message: message, sourceLine: line), kind: .encoding)
    }
}
