/// P7: a paragraph number in the wrong form: `1、` (Arabic takes `.`), `一.` (Chinese takes `、`),
/// `（一）、` (a bracketed number takes no mark).
enum PointNumberForm {
    static let rule = Rule(
        code: "P7", slug: "point-number-form", severity: .error, scope: .text,
        title: "序号后的标点不对",
        message: "序号后的标点不对：汉字序号用“一、”，阿拉伯数字序号用“1.”，括号序号后不加标点",
        explanation: "GB/T 15834-2011：汉字序号后用顿号（一、），阿拉伯数字序号后用下脚点（1.），括号序号后不再加标点（（一）、（1））。只看段首和行首的序号（Word 另存的纯文本一行一段，序号在行首；上一行没有写完的句子接到下一行时不算）；序号后用错的标点由本规则指出，不再按半角标点（P1）改成句号或逗号，“二.”仍算作第二个要点（S6 不因此报跳号）。漏了顿号、打了空格的（“一　强化组织领导。”：段首的一至十九后跟全角空格、制表符或两个以上空格，再跟一个汉字；一个半角空格多是词中误打的，“一 系列”仍由 P4 指出）同样是用错了标点，也算作要点；这个空格不由 P4 删去，否则序号就和小标题连在一起（“一强化组织领导”）。与数字成词的不算序号（“一 是”“十 分重视”“一 年来”“一 方面”“三 个”），其中多出的空格仍是 P4 的。",
        wrongExample: "1、加强组织领导。\n\n二.健全工作机制。\n\n（一）、压实工作责任。\n2、规范工作台账。\n\n三　强化督促检查。",
        rightExample: "1.加强组织领导。\n\n二、健全工作机制。\n\n（一）压实工作责任。\n2.规范工作台账。\n会议要求各地在\n1、2月份完成部署。\n\n三、强化督促检查。")

    /// A wrong mark after a point number: the message, or nil when the form is right.
    static func defect(in values: [UInt32], _ number: GenrePatterns.NumberedOpening) -> String? {
        guard let mark = number.mark else { return nil }
        let value = values[mark]
        let isComma = value == 0x2C || value == 0xFF0C
        let isDot = value == 0x2E || value == 0xFF0E
        if number.bracketed {
            return "括号序号后不再加标点：删去序号后的“\(scalarText(value))”"
        }
        if number.arabic {
            // Each wrong mark named: `１．` looked like `1.` to the clerk (audit 19).
            switch value {
            case 0xFF0E: return "阿拉伯数字序号后应用半角下脚点“.”，不用全角“．”，如“1.”"
            case 0x3001: return "阿拉伯数字序号后应用下脚点“.”，不用顿号“、”，如“1.”"
            case _ where isComma: return "阿拉伯数字序号后应用下脚点“.”，不用逗号，如“1.”"
            default: return nil
            }
        }
        // `一　强化组织领导。`: spaces typed for the 、 (`GenrePatterns.spacesStandForMark`).
        if ScalarClass.isSpace(value) { return "汉字序号后应用顿号“、”，不用空格，如“一、”" }
        guard isDot || isComma else { return nil }
        return "汉字序号后应用顿号“、”，如“一、”"
    }

    static func check(_ scanner: TypographyScanner, _ number: GenrePatterns.NumberedOpening, _ sink: inout FindingSink) {
        guard let mark = number.mark, let message = defect(in: scanner.values, number) else { return }
        // Spaces for the mark run up to the heading's first character, on the same line.
        let end = ScalarClass.isSpace(scanner.values[mark]) ? scanner.offset(number.end) : scanner.offset(mark) + (scanner.values[mark] < 0x80 ? 1 : 3)
        sink.report(rule, scanner.offset(number.numberStart), end, message: message)
    }

    private static func scalarText(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String($0) } ?? ""
    }
}
