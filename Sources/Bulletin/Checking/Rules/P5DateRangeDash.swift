/// P5: `－` or `-` between the numbers of a date range (5－6月); GB/T 15834 uses 一字线 “—” or “～”.
enum DateRangeDash {
    static let rule = Rule(
        code: "P5", slug: "date-range-dash", severity: .error, scope: .text,
        title: "时间范围用了连接号",
        message: "时间范围用了“-”或“－”：改用一字线“—”或浪纹线“～”，如“5—6月”",
        explanation: "GB/T 15834-2011 规定标示时间、数值范围用一字线“—”或浪纹线“～”。两个数字之间的“-”或“－”、后面跟着年、月、日、号、时时会被指出。",
        wrongExample: "拟于５－６月份分批次组织市级人大代表学习培训。",
        rightExample: "拟于5—6月份分批次组织市级人大代表学习培训，联系电话0371-12345678。")

    static func check(_ scanner: TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        guard index > 0, index + 1 < values.count, ScalarClass.isDigit(values[index - 1]), ScalarClass.isDigit(values[index + 1]) else { return }
        var k = index + 1
        while k < values.count, ScalarClass.isDigit(values[k]) { k += 1 }
        while k < values.count, ScalarClass.isSpace(values[k]) || values[k] == TypographyScanner.lineBreak || values[k] == TypographyScanner.pageBreak { k += 1 }
        guard k < values.count else { return }
        switch values[k] {
        case 0x5E74, 0x6708, 0x65E5, 0x53F7, 0x65F6: // 年 月 日 号 时
            let offset = scanner.offset(index)
            sink.report(rule, offset, offset + (values[index] < 0x80 ? 1 : 3))
        default:
            return
        }
    }
}
