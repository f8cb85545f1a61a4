/// A point number opening a line: 一、 二. （一） (1) （一）、 1. 1、 2) and, when asked, 一是 —
/// in the right form or a wrong one (P7 judges the form). Shared by the layout (a line that opens
/// with one starts a paragraph; a short one is a heading) and the typography scan (its mark is
/// never Chinese punctuation for P1).
struct PointNumberPrefix {
    /// Index of the number's first scalar (an opening bracket for `（一）`).
    var numberStart: Int
    /// Index of the mark after the number (`、` `.` `，` `)` …); nil after a bracketed number without one.
    var mark: Int?
    /// Index of the first scalar after the number and its mark.
    var end: Int
    var arabic: Bool
    var bracketed: Bool

    /// Reads from `start`, after spaces (ASCII, tab, U+3000, U+00A0). Not a point number: a
    /// decimal or a list of numbers (`1.5`, `1,200`, `1、2、3号`), three or more digits, a word
    /// that opens with a numeral (`十分`). With `subPoints`, `一是` counts (for headings).
    init?(_ values: [UInt32], from start: Int, subPoints: Bool = false) {
        let count = values.count
        var k = start
        while k < count, ScalarClass.isSpace(values[k]) { k += 1 }
        numberStart = k
        guard k < count else { return nil }
        bracketed = values[k] == 0xFF08 || values[k] == 0x28
        if bracketed { k += 1 }
        var digits = 0
        while k < count, ScalarClass.isDigit(values[k]), digits <= 2 { digits += 1; k += 1 }
        arabic = digits > 0
        if arabic {
            guard digits <= 2 else { return nil }
        } else {
            var numeral = String.UnicodeScalarView()
            while k < count, ScalarClass.isNumeralCharacter(values[k]), numeral.count < 3, let scalar = Unicode.Scalar(values[k]) {
                numeral.append(scalar)
                k += 1
            }
            guard !numeral.isEmpty, ChineseNumeral.value(String(numeral)) != nil else { return nil }
        }
        guard k < count else { return nil }
        if bracketed {
            guard values[k] == 0xFF09 || values[k] == 0x29 else { return nil }
            k += 1
            if k < count, Self.isMark(values[k], arabic: false) {
                mark = k
                k += 1
            }
            end = k
            return
        }
        if subPoints, !arabic, values[k] == 0x662F { // 是
            mark = nil
            end = k + 1
            return
        }
        guard Self.isMark(values[k], arabic: arabic) else { return nil }
        // `1.5`, `1,200`, `1、2、3号`: numbers, not a point.
        guard k + 1 >= count || !ScalarClass.isDigit(values[k + 1]) else { return nil }
        mark = k
        end = k + 1
    }

    /// True when `value` can open a point number (a bracket, a digit, a numeral): a cheap test
    /// before reading one, as most lines open otherwise.
    static func canOpen(_ value: UInt32) -> Bool {
        value == 0x28 || value == 0xFF08 || ScalarClass.isDigit(value) || ScalarClass.isNumeralCharacter(value)
    }

    /// 、 . ． , ， after any number; `)` `）` after an Arabic one (`2)`).
    static func isMark(_ value: UInt32, arabic: Bool) -> Bool {
        switch value {
        case 0x3001, 0x2E, 0xFF0E, 0x2C, 0xFF0C: true
        case 0x29, 0xFF09: arabic
        default: false
        }
    }
}
