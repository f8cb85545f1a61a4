/// How to write a text as a quoted YAML scalar, for messages and for `NotesWriter`.
public enum NotesQuoting {
    /// A double-quoted YAML scalar for any text: escapes quotes, backslashes and every
    /// character a YAML parser would not take literally; Chinese stays as it is.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x0A: result += "\\n"
            case 0x09: result += "\\t"
            case 0x0D: result += "\\r"
            case 0x00: result += "\\0"
            case 0x85: result += "\\N"
            case 0x2028: result += "\\L"
            case 0x2029: result += "\\P"
            case 0x01...0x1F, 0x7F...0x9F:
                result += "\\x" + hex(scalar.value, digits: 2)
            case 0xFEFF, 0xFFFE, 0xFFFF:
                result += "\\u" + hex(scalar.value, digits: 4)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The quoted form shown in a message: single quotes when the text has `"` or `\` but no `'`,
    /// else double quotes; long texts are shortened in the middle.
    static func suggestion(_ text: String) -> String {
        let quoted: String
        if (text.contains("\"") || text.contains("\\")) && !text.contains("'") && !text.contains("\t") {
            quoted = "'" + text + "'"
        } else {
            quoted = doubleQuoted(text)
        }
        return shortened(quoted)
    }

    /// A text for a message: long ones keep their start and end around a “…”, so a message
    /// about a huge value stays readable.
    static func shortened(_ text: String) -> String {
        guard text.unicodeScalars.count > 48 else { return text }
        let characters = Array(text)
        guard characters.count > 48 else { return text }
        return String(characters.prefix(30)) + "…" + String(characters.suffix(12))
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
