/// Chinese numerals 1…9999 as the genre writes them: 十一 (not 一十一), 二十, 一百零五,
/// 一千零一十 — and the forms built on them: 一、 for points, 一是 for sub-points,
/// （七） for the 专辑 number.
public enum ChineseNumeral {
    public static let range = 1...9999

    static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let units: [(Character, Int)] = [("千", 1000), ("百", 100), ("十", 10)]

    /// The numeral for `value`, or nil outside 1…9999.
    public static func string(_ value: Int) -> String? {
        guard range.contains(value) else { return nil }
        var text = ""
        var remainder = value
        var pendingZero = false
        for (unit, size) in units {
            let digit = remainder / size
            remainder %= size
            if digit == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { text.append("零"); pendingZero = false }
            // 十一…十九 drop the leading 一 only when 十 leads the whole numeral.
            if !(size == 10 && digit == 1 && text.isEmpty) { text.append(digits[digit]) }
            text.append(unit)
        }
        if remainder > 0 {
            if pendingZero { text.append("零") }
            text.append(digits[remainder])
        }
        return text
    }

    /// The value of a well-formed numeral (the exact form `string(_:)` produces), else nil.
    /// Accepting only the canonical form lets the checker flag 一十一 or 二十零.
    public static func value(_ text: some StringProtocol) -> Int? {
        guard let parsed = lenientValue(text), string(parsed) == String(text) else { return nil }
        return parsed
    }

    /// The value of a numeral written in any common way (一十一, 两百, 〇), else nil.
    public static func lenientValue(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var current: Int? = nil
        var lastUnit = 10_000
        // Scalar by scalar (the reader asks this of every point and 一是): a combining mark is
        // neither digit nor unit, so a numeral with one is refused as it was by Character.
        for scalar in text.unicodeScalars {
            if let digit = digitValue(scalar) {
                guard current == nil || current == 0 else { return nil }
                current = digit
            } else if let size = unitValue(scalar) {
                guard size < lastUnit else { return nil }
                total += (current ?? 1) * size
                current = nil
                lastUnit = size
            } else {
                return nil
            }
        }
        total += current ?? 0
        return range.contains(total) ? total : nil
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// A digit of a year written digit by digit (`二〇二六年`), else nil: 一…九, and 〇 with what
    /// is typed for it where it is hard to enter — 零, ○ (U+25CB), a Latin O or a 0 (either width).
    /// Not 两, which counts and is no digit.
    static func yearDigit(_ value: UInt32) -> Int? {
        switch value {
        case 0x3007, 0x96F6, 0x25CB, 0x4F, 0xFF2F, 0x30, 0xFF10: return 0
        case 0x4E24: return nil
        default: return Unicode.Scalar(value).flatMap(digitValue)
        }
    }

    static func unitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "千": 1000
        case "百": 100
        case "十": 10
        default: nil
        }
    }


    /// "一、", the numbering of a point.
    public static func pointLabel(_ index: Int) -> String? { string(index).map { $0 + "、" } }

    /// "一是", the opening of a sub-point.
    public static func subPointLabel(_ index: Int) -> String? { string(index).map { $0 + "是" } }

    /// "（六）", the 专辑 number in full-width brackets.
    public static func albumNumber(_ value: Int) -> String? { string(value).map { "（\($0)）" } }
}
