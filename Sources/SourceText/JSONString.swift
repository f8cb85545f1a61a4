/// JSON string literals for every JSON the tool writes (notes trees, diagnostics, SARIF):
/// one escaper, so they all agree. Non-ASCII stays as UTF-8, so Chinese is readable.
public enum JSONString {
    public static func quoted(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    public static func append(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case 0x08: output += "\\b"
            case 0x0C: output += "\\f"
            case 0x00...0x1F:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
