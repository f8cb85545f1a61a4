/// One source line: its content without indentation, trailing spaces and line break.
struct SourceLine {
    /// 1-based line number.
    var number: Int
    /// Content byte range (trimmed).
    var start: Int
    var end: Int
    /// Unicode scalars in the content.
    var scalars: Int
    /// Blank lines directly before this one.
    var blanksBefore: Int

    var isBlank: Bool { start == end }
}

/// Splits bytes into trimmed lines and gathers the statistics that decide the format.
struct SourceLines {
    var lines: [SourceLine] = []
    /// Lines of Markdown syntax (`#` heading, `**`, `\*`, `---`).
    var markdownSignals = 0
    /// Half-width `,` `.` `:` `(` `)` right after a Chinese character, and full-width ones.
    var halfWidthPunctuation = 0
    var fullWidthPunctuation = 0
    /// Typical width of hard-wrapped lines; 0 when the text is not hard-wrapped.
    var wrapWidth = 0

    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        // A leading byte-order mark is not content.
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var number = 1
        var blanks = 0
        var lengthHistogram = [Int](repeating: 0, count: 61)
        var longLines = 0
        while index <= count {
            var lineEnd = index
            while lineEnd < count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var start = index
            var end = lineEnd
            while start < end, let width = Self.spaceWidth(bytes, start, end) { start += width }
            while end > start, let width = Self.trailingSpaceWidth(bytes, start, end) { end -= width }
            var scalars = 0
            var previousChinese = false
            var position = start
            while position < end {
                let (value, length) = decodeScalar(bytes, position, end)
                scalars += 1
                switch value {
                case 0x2C, 0x2E, 0x3A, 0x28, 0x29, 0x3B:
                    if previousChinese { halfWidthPunctuation += 1 }
                case 0xFF0C, 0x3002, 0xFF1A, 0xFF08, 0xFF09, 0xFF1B:
                    fullWidthPunctuation += 1
                default: break
                }
                previousChinese = ScalarClass.isChinese(value) && value < 0xFF00
                position += length
            }
            let line = SourceLine(number: number, start: start, end: end, scalars: scalars, blanksBefore: blanks)
            if line.isBlank {
                blanks += 1
            } else {
                blanks = 0
                if Self.isMarkdownSyntax(bytes, start, end) { markdownSignals += 1 }
                if scalars >= 8 {
                    if scalars <= 60 { lengthHistogram[scalars] += 1 } else { longLines += 1 }
                }
            }
            lines.append(line)
            number += 1
            index = lineEnd + 1
        }
        // Hard wraps: many lines of one width (the OCR page width), few long lines.
        var mode = 0
        for width in 15...40 where lengthHistogram[width] > lengthHistogram[mode] { mode = width }
        if mode > 0 {
            let full = lengthHistogram[(mode - 3)...min(60, mode + 1)].reduce(0, +)
            let measured = lengthHistogram[8...60].reduce(0, +) + longLines
            if full >= 10, full * 10 >= measured * 4, longLines * 3 < full { wrapWidth = mode }
        }
    }

    static func spaceWidth(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        let byte = bytes[start]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        if byte == 0xE3, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { return 3 }
        if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { return 2 }
        return nil
    }

    static func trailingSpaceWidth(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        let byte = bytes[end - 1]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        if byte == 0x80, end - 3 >= start, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80 { return 3 }
        if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { return 2 }
        return nil
    }

    static func isMarkdownSyntax(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let first = bytes[start]
        if first == UInt8(ascii: "#") {
            var index = start
            while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
            return index < end && bytes[index] == 0x20 && index - start <= 6
        }
        if first == UInt8(ascii: "*"), start + 1 < end, bytes[start + 1] == UInt8(ascii: "*") { return true }
        if first == UInt8(ascii: "\\"), start + 1 < end, bytes[start + 1] == UInt8(ascii: "*") { return true }
        if end - start >= 3, bytes[start..<end].allSatisfy({ $0 == UInt8(ascii: "-") }) { return true }
        return false
    }

    /// The level of a Markdown heading (`## x` → 2) and the offset of its text, else nil.
    static func markdownHeading(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (level: Int, textStart: Int)? {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6, index < end, bytes[index] == 0x20 else { return nil }
        while index < end, bytes[index] == 0x20 { index += 1 }
        var textEnd = end
        // A closing sequence of #s is not text.
        while textEnd > index, bytes[textEnd - 1] == UInt8(ascii: "#") { textEnd -= 1 }
        while textEnd > index, bytes[textEnd - 1] == 0x20 { textEnd -= 1 }
        return (level, index)
    }

    static func isRule(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        let first = bytes[start]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        return bytes[start..<end].allSatisfy { $0 == first || $0 == 0x20 }
    }
}
