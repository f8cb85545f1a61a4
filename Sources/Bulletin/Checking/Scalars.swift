/// Character classes the checker needs, on Unicode scalar values (no `Character` in hot paths).
enum ScalarClass {
    @inline(__always)
    static func isIdeograph(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
            || (value >= 0xF900 && value <= 0xFAFF) || (value >= 0x20000 && value <= 0x2FFFF) || value == 0x3007
    }

    /// Chinese (full-width) punctuation of GB/T 15834-2011.
    @inline(__always)
    static func isChinesePunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x3001, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0x201C, 0x201D, 0x2018, 0x2019,
             0xFF08, 0xFF09, 0x300A, 0x300B, 0x3008, 0x3009, 0x3010, 0x3011, 0x2026, 0x2014, 0x00B7, 0x300C, 0x300D:
            return true
        default:
            return false
        }
    }

    /// Ideograph or Chinese punctuation: the text around which half-width marks are wrong.
    @inline(__always)
    static func isChinese(_ value: UInt32) -> Bool { isIdeograph(value) || isChinesePunctuation(value) }

    /// The half-width marks GB/T 15834 wants full-width in Chinese text, with their full-width form.
    @inline(__always)
    static func fullWidthForm(ofHalfWidth value: UInt32) -> String? {
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

    /// Full-width digit or Latin letter (U+FF10…), which GB/T 15835 wants half-width.
    @inline(__always)
    static func isFullWidthAlphanumeric(_ value: UInt32) -> Bool {
        (value >= 0xFF10 && value <= 0xFF19) || (value >= 0xFF21 && value <= 0xFF3A) || (value >= 0xFF41 && value <= 0xFF5A)
    }

    @inline(__always)
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

/// UTF-8 decoding over a byte array without allocation.
enum UTF8Bytes {
    /// The scalar at `index` and its length in bytes; invalid bytes decode as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead & 0xE0 == 0xC0, index + 1 < count {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count {
            return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12) | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}

/// Text normalisation for comparing headings with contents entries: no spaces, markup or
/// wraps; half-width punctuation and full-width alphanumerics folded; no final full stop.
enum HeadingText {
    static func compact(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if ScalarClass.isSpace(value) || value == 0x0A || value == 0x0D || value == 0x2A || value == 0x5C { continue }
            if let full = ScalarClass.fullWidthForm(ofHalfWidth: value) {
                result.append(contentsOf: full.unicodeScalars)
            } else if ScalarClass.isFullWidthAlphanumeric(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
                result.append(ascii)
            } else {
                result.append(scalar)
            }
        }
        while let last = result.last, last == "。" { result.removeLast() }
        return String(result)
    }
}
