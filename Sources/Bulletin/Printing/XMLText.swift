import SourceText

/// User text that cannot go into an XML 1.0 document: C0 controls other than tab, line feed
/// and carriage return, and U+FFFE/U+FFFF. Writing them would give a file Word refuses to
/// open, so the writer reports them instead, naming the field and the character.
public struct DocxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the text comes from, in the notes' own words, e.g. "文章 2 的标题".
    public var field: String
    /// The offending field text.
    public var text: String
    /// 1-based position of the character within `text`, counting Unicode scalars.
    public var characterIndex: Int
    public var scalar: Unicode.Scalar

    public var codePoint: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    public var message: String {
        "\(field)第 \(characterIndex) 个字符 \(codePoint) 是 XML 不允许的控制字符，无法写入 DOCX；请删除该字符"
    }

    public var description: String { message }

    /// A located diagnostic when the character appears literally in the notes `source`
    /// (the first occurrence; an escaped form such as "\x07" cannot be found this way).
    public func diagnostic(in source: String) -> Diagnostic? {
        var line = 1, column = 1, offset = 0
        var lineStart = source.unicodeScalars.startIndex
        var index = source.unicodeScalars.startIndex
        while index < source.unicodeScalars.endIndex {
            let current = source.unicodeScalars[index]
            if current == scalar {
                let lineEnd = source.unicodeScalars[index...].firstIndex(of: "\n") ?? source.unicodeScalars.endIndex
                let position = SourcePosition(line: line, column: column, offset: offset)
                let end = SourcePosition(line: line, column: column + 1, offset: offset + UTF8.width(current))
                return Diagnostic(severity: .error, range: SourceRange(start: position, end: end), message: message,
                                  rule: nil, sourceLine: String(source.unicodeScalars[lineStart..<lineEnd]))
            }
            offset += UTF8.width(current)
            index = source.unicodeScalars.index(after: index)
            if current == "\n" {
                line += 1
                column = 1
                lineStart = index
            } else {
                column += 1
            }
        }
        return nil
    }
}

enum XMLText {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` escaped for element content and attribute values, or the first disallowed character.
    static func escaped(_ text: String, field: @autoclosure () -> String) throws(DocxError) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var index = 0
        for scalar in text.unicodeScalars {
            index += 1
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                guard isAllowed(scalar) else {
                    throw DocxError(field: field(), text: text, characterIndex: index, scalar: scalar)
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
