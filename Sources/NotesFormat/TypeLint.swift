/// The type lint: plain scalars that some YAML parser (YAML 1.1 like PyYAML, or the 1.2 core
/// schema) would read as something other than text. The notes format keeps every scalar as
/// text, so such a value must be quoted to mean the same thing everywhere.
///
/// Deliberately a little stricter than any one resolver (e.g. `1a` is flagged with the hex
/// digits): a false alarm costs two quote marks, a miss costs a silently different tree.
public enum NotesTypeLint {
    /// What a parser might read the scalar as.
    public enum Reading: Sendable, Hashable {
        case boolean, null, number, dateTime, special
        /// The Chinese noun used in messages.
        public var name: String {
            switch self {
            case .boolean: return "布尔值（真/假）"
            case .null: return "空值"
            case .number: return "数字"
            case .dateTime: return "日期或时间"
            case .special: return "特殊值"
            }
        }
    }

    /// The non-text reading of a plain scalar, or nil if every parser reads it as text.
    /// A canonical decimal integer (`0`, `16`, `2026`, at most 15 digits) is reported as `.number` here;
    /// `isCanonicalInteger` tells the caller, which allows it as a value but not as a key.
    public static func reading(of text: String) -> Reading? {
        var text = text
        return text.withUTF8 { reading(of: $0) }
    }

    public static func isCanonicalInteger(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isCanonicalInteger($0) }
    }

    /// True if the plain scalar must be quoted in this position.
    public static func needsQuoting(_ text: String, asKey: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard reading(of: bytes) != nil else { return false }
            return asKey || !isCanonicalInteger(bytes)
        }
    }

    // MARK: Byte-level classification

    /// Longest integer allowed unquoted: 15 digits are below 2^53, so a JavaScript YAML parser
    /// reads them exactly, and far below Python's 4300-digit limit on int().
    static let maximumIntegerDigits = 15

    static func isCanonicalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maximumIntegerDigits, let first = bytes.first, isDigit(first) else { return false }
        if first == UInt8(ascii: "0") { return bytes.count == 1 }
        return bytes.allSatisfy(isDigit)
    }

    static func reading(of bytes: UnsafeBufferPointer<UInt8>) -> Reading? {
        let count = bytes.count
        guard count > 0 else { return .null }
        if count <= 5, let word = reservedWord(bytes) { return word }
        var index = 0
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") { index = 1 }
        guard index < count else { return nil }
        // `.inf`, `-.inf`, `.nan` and friends.
        if bytes[index] == UInt8(ascii: "."), count - index == 4 {
            let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)...]), as: UTF8.self)
            if ["inf", "Inf", "INF"].contains(rest) || (index == 0 && ["nan", "NaN", "NAN"].contains(rest)) {
                return .number
            }
        }
        let first = bytes[index]
        let startsNumeric = isDigit(first)
            || (first == UInt8(ascii: ".") && index + 1 < count && isDigit(bytes[index + 1]))
        guard startsNumeric else { return nil }
        let dateLength = datePrefixLength(bytes)
        if dateLength > 0 {
            // A date, or a date and time separated by `T` or spaces: only timestamp characters follow.
            for byte in bytes[dateLength...] where !(isDigit(byte) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || timestampPunctuation(byte)) {
                return nil
            }
            return .dateTime
        }
        var sawColon = false
        for byte in bytes[index...] {
            guard isNumberCharacter(byte) else { return nil }
            if byte == UInt8(ascii: ":") { sawColon = true }
        }
        return sawColon ? .dateTime : .number
    }

    /// YAML 1.1 booleans (including `y`/`n`), nulls, and the value and merge indicators.
    private static func reservedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        switch String(decoding: bytes, as: UTF8.self) {
        case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
             "true", "True", "TRUE", "false", "False", "FALSE",
             "on", "On", "ON", "off", "Off", "OFF":
            return .boolean
        case "~", "null", "Null", "NULL":
            return .null
        case "=", "<<":
            return .special
        default:
            return nil
        }
    }

    /// Length of a leading `dddd-d?d-d?d`, or 0.
    private static func datePrefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        func digits(_ minimum: Int, _ maximum: Int) -> Bool {
            var seen = 0
            while index < bytes.count, seen < maximum, isDigit(bytes[index]) { index += 1; seen += 1 }
            return seen >= minimum
        }
        guard digits(4, 4), index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return 0 }
        index += 1
        guard digits(1, 2), index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return 0 }
        index += 1
        guard digits(1, 2) else { return 0 }
        return index
    }

    private static func timestampPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return true
        default:
            return false
        }
    }

    /// Characters of any YAML 1.1/1.2 number: digits, hex digits, base prefixes, `_ . : + -`, exponents.
    private static func isNumberCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"),
             UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "o"), UInt8(ascii: "O"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
