/// P5: `-`, `－` or `~` between the numbers of a range of time or count (5-6次, 2025年-2026年,
/// 5:00-6:00); GB/T 15834 marks ranges with the 一字线 “—” or the 浪纹线 “～”.
enum DateRangeDash {
    static let rule = Rule(
        code: "P5", slug: "date-range-dash", severity: .error, scope: .text,
        title: "时间、数值范围用了连接号",
        message: "时间或数值范围用了“-”“－”或“~”：改用一字线“—”或浪纹线“～”，如“5—6月”",
        explanation: "GB/T 15834-2011 规定标示时间、数值范围用一字线“—”或浪纹线“～”。两个数之间的“-”“－”或半角“~”，当后一个数带时间或数量单位（年、月、日、号、时、季度、周、天、次、个、人、项、万、% 等）、前一个数也可带单位（2025年-2026年），或两边都是时刻（5:00-6:00）时会被指出。日期写法 2026-06-04、电话号码 0371-65501234、G4-1 之类的编号、1-2-3 这样的连写和网址中的连接号不受影响。",
        wrongExample: "拟于５－６月份分批次组织市级人大代表学习培训，2025年-2026年共开展5-6次，时间为9:00-11:30。",
        rightExample: "拟于5—6月份分批次组织市级人大代表学习培训，2025—2026年共开展5～6次，时间为9:00—11:30，联系电话0371-12345678。")

    /// What may follow the second number: units of time and of count (the first scalar of the unit).
    private static let units = GenrePatterns.unitsAfterNumber
    /// Second scalars that belong to the unit and are quoted with it (季度, 小时, 月份, 年度, 分钟, 个月).
    private static let unitTails: Set<UInt32> = Set("度时份钟月".unicodeScalars.map(\.value))

    private static func isDash(_ value: UInt32) -> Bool { value == 0x2D || value == 0xFF0D || value == 0x7E }

    /// A number ending before `end` (digits, with one `.` or `:` inside): its first index and whether it is a time.
    private static func number(endingBefore end: Int, in values: [UInt32]) -> (start: Int, isTime: Bool)? {
        var k = end - 1, separator: UInt32 = 0
        while k >= 0 {
            let value = values[k]
            if ScalarClass.isDigit(value) { k -= 1; continue }
            if separator == 0, value == 0x2E || value == 0x3A, k > 0, ScalarClass.isDigit(values[k - 1]), k + 1 < end { separator = value; k -= 1; continue }
            break
        }
        guard k + 1 < end, ScalarClass.isDigit(values[k + 1]) else { return nil }
        return (k + 1, separator == 0x3A)
    }

    /// A number starting at `start`: the index after it and whether it is a time.
    private static func number(startingAt start: Int, in values: [UInt32]) -> (end: Int, isTime: Bool)? {
        var k = start, separator: UInt32 = 0
        while k < values.count {
            let value = values[k]
            if ScalarClass.isDigit(value) { k += 1; continue }
            if separator == 0, value == 0x2E || value == 0x3A, k > start, k + 1 < values.count, ScalarClass.isDigit(values[k + 1]) { separator = value; k += 1; continue }
            break
        }
        guard k > start else { return nil }
        return (k, separator == 0x3A)
    }

    /// The scalar after the unit starting at `index` (one scalar, two for 季度, 小时, 月份 …).
    private static func unitEnd(_ index: Int, in values: [UInt32]) -> Int? {
        guard index < values.count, units.contains(values[index]) || values[index] == 0x5C0F /* 小时 */ else { return nil }
        if index + 1 < values.count, unitTails.contains(values[index + 1]) { return index + 2 }
        return values[index] == 0x5C0F ? nil : index + 1
    }

    /// Part of a code, an address or a longer chain when the number is set against these.
    private static func isCodeNeighbour(_ value: UInt32) -> Bool {
        ScalarClass.isASCIIAlphanumeric(value) || (value >= 0xFF21 && value <= 0xFF5A) || isDash(value)
            || "/\\_.#=&?@".unicodeScalars.contains { $0.value == value }
    }

    static func check(_ scanner: TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        guard index > 0, index + 1 < values.count, let right = number(startingAt: index + 1, in: values) else { return }
        // The left side: a number, or a number with its unit (2025年-, 5月份-, 25%-).
        var leftEnd = index
        var leftHasUnit = false
        if !ScalarClass.isDigit(values[index - 1]) {
            var k = index - 1
            if k > 0, unitTails.contains(values[k]), units.contains(values[k - 1]) || values[k - 1] == 0x5C0F { k -= 1 }
            guard units.contains(values[k]) || values[k] == 0x5C0F, k > 0, ScalarClass.isDigit(values[k - 1]) else { return }
            leftEnd = k
            leftHasUnit = true
        }
        guard let left = number(endingBefore: leftEnd, in: values) else { return }
        if left.start > 0, isCodeNeighbour(values[left.start - 1]) { return }
        // The unit may stand after a line or page break (４－６|月份).
        var unitStart = right.end
        while unitStart < values.count, values[unitStart] == TypographyScanner.lineBreak || values[unitStart] == TypographyScanner.pageBreak || ScalarClass.isSpace(values[unitStart]) { unitStart += 1 }
        let unit = unitEnd(unitStart, in: values)
        let isTimeRange = left.isTime && right.isTime && !leftHasUnit
        guard unit != nil || isTimeRange else { return }
        // (`11:30.` ending the sentence, a half-width full stop P1 reports, is no code: the fourteenth audit.)
        let endsSentence = right.end < values.count && values[right.end] == 0x2E
            && (right.end + 1 == values.count || !ScalarClass.isASCIIAlphanumeric(values[right.end + 1]))
        if unit == nil, right.end < values.count, !endsSentence, isCodeNeighbour(values[right.end]) { return }
        if leftHasUnit, unit == nil { return }
        // 2024-06-04: a dash after the second number makes a date or a code, not a range.
        if right.end < values.count, isDash(values[right.end]) { return }
        let end = unit ?? right.end
        let written = scanner.text(left.start..<end)
        let dash = scanner.text(index..<(index + 1))
        let corrected = scanner.text(left.start..<index) + "—" + scanner.text((index + 1)..<end).filter { $0 != " " && $0 != "\u{3000}" }
        let offset = scanner.offset(index)
        sink.report(rule, offset, offset + (values[index] < 0x80 ? 1 : 3),
                    message: "范围“\(written)”用了连接号“\(dash)”：改用一字线，写作“\(corrected)”")
    }
}
