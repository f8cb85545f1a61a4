/// Text for XML and HTML (Word's document parts, the HTML report): one escaper, so both agree.
/// `& < > "` become references, so the result is safe in content and in double-quoted attributes;
/// the control characters XML 1.0 forbids even as references (and DEL) become U+FFFD.
public enum XMLString {
    public static func escaped(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
