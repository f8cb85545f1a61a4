/// P7: a paragraph number in the wrong form: `1、` (Arabic takes `.`), `一.` (Chinese takes `、`),
/// `（一）、` (a bracketed number takes no mark).
enum PointNumberForm {
    static let rule = Rule(
        code: "P7", slug: "point-number-form", severity: .error, scope: .text,
        title: "序号后的标点不对",
        message: "序号后的标点不对：汉字序号用“一、”，阿拉伯数字序号用“1.”，括号序号后不加标点",
        explanation: "GB/T 15834-2011：汉字序号后用顿号（一、），阿拉伯数字序号后用下脚点（1.），括号序号后不再加标点（（一）、（1））。只看段首的序号；序号后用错的标点由本规则指出，不再按半角标点（P1）改成句号或逗号，“二.”仍算作第二个要点（S6 不因此报跳号）。",
        wrongExample: "1、加强组织领导。\n\n二.健全工作机制。\n\n（一）、压实工作责任。",
        rightExample: "1.加强组织领导。\n\n二、健全工作机制。\n\n（一）压实工作责任。")

    /// A wrong mark after the number opening the paragraph: the number's first index, the
    /// mark's index and the message; nil when the paragraph opens otherwise or rightly.
    static func defect(in values: [UInt32]) -> (numberStart: Int, mark: Int, message: String)? {
        var k = 0
        while k < values.count, ScalarClass.isSpace(values[k]) { k += 1 }
        let numberStart = k
        let bracketed = k < values.count && (values[k] == 0xFF08 || values[k] == 0x28)
        if bracketed { k += 1 }
        var arabic = 0
        var chinese = String.UnicodeScalarView()
        while k < values.count, ScalarClass.isDigit(values[k]), arabic <= 2 { arabic += 1; k += 1 }
        if arabic == 0 {
            while k < values.count, ScalarClass.isNumeralCharacter(values[k]), chinese.count < 3, let scalar = Unicode.Scalar(values[k]) {
                chinese.append(scalar)
                k += 1
            }
        }
        guard arabic <= 2, arabic > 0 || ChineseNumeral.value(String(chinese)) != nil else { return nil }
        if bracketed {
            guard k < values.count, values[k] == 0xFF09 || values[k] == 0x29 else { return nil }
            k += 1
        }
        guard k < values.count else { return nil }
        let mark = values[k]
        let isComma = mark == 0x2C || mark == 0xFF0C
        let isDot = mark == 0x2E || mark == 0xFF0E
        if bracketed {
            guard mark == 0x3001 || isComma || isDot else { return nil }
            return (numberStart, k, "括号序号后不再加标点：删去序号后的“\(scalarText(mark))”")
        }
        if arabic > 0 {
            // `1,000` is a number, not a point: the mark must not stand between digits.
            let nextIsDigit = k + 1 < values.count && ScalarClass.isDigit(values[k + 1])
            guard mark == 0x3001 || mark == 0xFF0E || isComma, !(mark == 0x2C && nextIsDigit) else { return nil }
            return (numberStart, k, "阿拉伯数字序号后应用下脚点“.”，如“1.”")
        }
        guard isDot || isComma else { return nil }
        return (numberStart, k, "汉字序号后应用顿号“、”，如“一、”")
    }

    static func check(_ scanner: TypographyScanner, at start: Int, _ sink: inout FindingSink) {
        guard start == 0, let (numberStart, mark, message) = defect(in: scanner.values) else { return }
        sink.report(rule, scanner.offset(numberStart), scanner.offset(mark) + (scanner.values[mark] < 0x80 ? 1 : 3), message: message)
    }

    private static func scalarText(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String($0) } ?? ""
    }
}
