/// Character classes on Unicode scalar values, shared by the reader's normaliser and the
/// checker's typography scan (so both agree on what "Chinese text" is); no `Character` in hot paths.
enum ScalarClass {
    /// Chinese text: CJK ideographs and symbols, full-width punctuation, curly quotes, dashes,
    /// ellipsis, middle dot — the text around which half-width marks and spaces are wrong.
    /// The ideographic space is a space, not text.
    @inline(__always)
    static func isChinese(_ value: UInt32) -> Bool {
        switch value {
        case 0x3000:
            return false
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
             0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x2018...0x201F, 0x2014, 0x2026, 0x00B7, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// A CJK ideograph (or 〇).
    @inline(__always)
    static func isIdeograph(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x20000 && value <= 0x2FFFF) || value == 0x3007
    }

    /// The full-width form GB/T 15834 wants in Chinese text for a half-width mark, or nil.
    @inline(__always)
    static func fullWidth(of value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x2C: "，"
        case 0x2E: "。"
        case 0x3A: "："
        case 0x3B: "；"
        case 0x28: "（"
        case 0x29: "）"
        case 0x21: "！"
        case 0x3F: "？"
        default: nil
        }
    }

    @inline(__always)
    static func isDigit(_ value: UInt32) -> Bool { (value >= 0x30 && value <= 0x39) || (value >= 0xFF10 && value <= 0xFF19) }

    @inline(__always)
    static func isASCIILetter(_ value: UInt32) -> Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

    @inline(__always)
    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Full-width digit or Latin letter (U+FF10…), which GB/T 15835 wants half-width.
    @inline(__always)
    static func isFullWidthAlphanumeric(_ value: UInt32) -> Bool {
        (value >= 0xFF10 && value <= 0xFF19) || (value >= 0xFF21 && value <= 0xFF3A) || (value >= 0xFF41 && value <= 0xFF5A)
    }

    @inline(__always)
    /// A control character no bulletin may carry: C0 but tab and line feed, DEL, C1
    /// (U+0080–U+009F), and the line and paragraph separators U+2028/U+2029 (YAML parsers
    /// disagree on them). The reader drops them; the notes decoder refuses them (XML forbids
    /// most, and a text file with NUL or ESC misprints).
    static func isForbiddenControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// What the reader drops from a text so that its notes are readable: the forbidden controls,
    /// and U+FEFF inside a text (a byte order mark pasted in) and the noncharacters U+FFFE and
    /// U+FFFF, which the notes format refuses as written (found by fuzzing).
    static func isDroppedByReader(_ value: UInt32) -> Bool {
        isForbiddenControl(value) || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
    }

    static func isSpace(_ value: UInt32) -> Bool { value == 0x20 || value == 0x3000 || value == 0xA0 || value == 0x09 }

    /// Chinese numeral characters, to tell 十 in 三十 from 十 read for +.
    @inline(__always)
    static func isNumeralCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x96F6, 0x3007, 0x4E24, 0x51E0, 0x591A, 0x4F59:
            return true // 一二三四五六七八九十百千万亿零〇两几多余
        default:
            return false
        }
    }
}
