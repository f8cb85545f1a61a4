/// P7: a paragraph number in the wrong form: `1、` (Arabic takes `.`), `一.` (Chinese takes `、`).
enum PointNumberForm {
    static let rule = Rule(
        code: "P7", slug: "point-number-form", severity: .error, scope: .text,
        title: "序号后的标点不对",
        message: "序号后的标点不对：汉字序号用“一、”，阿拉伯数字序号用“1.”",
        explanation: "GB/T 15834-2011：汉字序号后用顿号（一、），阿拉伯数字序号后用下脚点（1.），括号序号后不再加标点。只看段首的序号。",
        wrongExample: "1、加强组织领导。\n\n二.健全工作机制。",
        rightExample: "1.加强组织领导。\n\n二、健全工作机制。")

    static func check(_ scanner: TypographyScanner, at start: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        var k = start
        while k < values.count, ScalarClass.isSpace(values[k]) { k += 1 }
        let numberStart = k
        var arabic = 0, chinese = ""
        while k < values.count, ScalarClass.isDigit(values[k]) { arabic += 1; k += 1 }
        if arabic == 0 {
            while k < values.count, ScalarClass.isNumeralCharacter(values[k]), chinese.unicodeScalars.count < 3, let scalar = Unicode.Scalar(values[k]) {
                chinese.unicodeScalars.append(scalar)
                k += 1
            }
        }
        guard k < values.count, k > numberStart else { return }
        let mark = values[k]
        let message: String
        if arabic > 0, arabic <= 2, mark == 0x3001 || mark == 0xFF0E || mark == 0xFF0C {
            message = "阿拉伯数字序号后应用下脚点“.”，如“1.”"
        } else if !chinese.isEmpty, ChineseNumeral.value(chinese) != nil, mark == 0x2E || mark == 0xFF0E || mark == 0x2C || mark == 0xFF0C {
            message = "汉字序号后应用顿号“、”，如“一、”"
        } else {
            return
        }
        sink.report(rule, scanner.offset(numberStart), scanner.offset(k) + (mark < 0x80 ? 1 : 3), message: message)
    }
}
