import SourceText

/// One pass over the bytes before parsing: well-formed UTF-8, no characters that YAML
/// parsers reject or read as line breaks, CR only before LF, no whitespace-only last line.
extension NotesReader {
    func validateCharacters() throws(NotesError) {
        var index = contentStart
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte < 0x20 || byte == 0x7F {
                    if byte == Byte.lineFeed || byte == Byte.tab {
                        index += 1
                        continue
                    }
                    if byte == Byte.carriageReturn {
                        guard index + 1 < count, bytes[index + 1] == Byte.lineFeed else {
                            throw characterError(NotesMessage.loneCarriageReturn, at: index)
                        }
                        index += 2
                        continue
                    }
                    throw characterError(NotesMessage.controlCharacter(UInt32(byte)), at: index)
                }
                index += 1
                continue
            }
            guard let (scalar, length) = decodeScalar(at: index) else {
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
        // A last line of only whitespace without a line break: parsers disagree on it.
        var lastLineStart = count
        while lastLineStart > contentStart, bytes[lastLineStart - 1] != Byte.lineFeed { lastLineStart -= 1 }
        if lastLineStart < count, bytes[lastLineStart..<count].allSatisfy({ $0 == Byte.space || $0 == Byte.tab }) {
            throw characterError(NotesMessage.whitespaceOnlyLastLine, at: lastLineStart)
        }
    }

    /// The scalar value and byte length of a multi-byte UTF-8 sequence, or nil if malformed.
    private func decodeScalar(at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF.
        switch length {
        case 3 where value < 0x800 || (0xD800...0xDFFF).contains(value): return nil
        case 4 where value < 0x10000 || value > 0x10FFFF: return nil
        default: return (value, length)
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
