/// P6: the same or two clashing sentence marks in a row (，， 。。 ，。).
enum RepeatedPunctuation {
    static let rule = Rule(
        code: "P6", slug: "repeated-punctuation", severity: .error, scope: .text,
        title: "标点重复",
        message: "标点重复：只保留一个",
        explanation: "两个点号（，。、；：）紧挨在一起，或同一个问号、叹号连用（中文里半角的“!!”“??”也算），通常是录入或合并时的残留。省略号“……”和破折号“——”是成对使用的标点，不受影响。",
        wrongExample: "推动问题在基层解决，，确保实效。。",
        rightExample: "推动问题在基层解决，确保实效……真正做到“事事有回音”——群众满意。")

    static func isRepeatable(_ value: UInt32) -> Bool {
        value == 0xFF0C || value == 0x3002 || value == 0x3001 || value == 0xFF1B || value == 0xFF1A || value == 0xFF01 || value == 0xFF1F
    }

    private static func isPause(_ value: UInt32) -> Bool {
        value == 0xFF0C || value == 0x3002 || value == 0x3001 || value == 0xFF1B || value == 0xFF1A
    }

    static func check(_ scanner: TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        guard index + 1 < values.count else { return }
        let value = values[index], next = values[index + 1]
        guard (isPause(value) && isPause(next)) || (value == next && isRepeatable(value)) else { return }
        if index > 0, isRepeatable(values[index - 1]) { return } // reported at the first of the run
        let offset = scanner.offset(index)
        let text = [value, next].compactMap { Unicode.Scalar($0) }.map { String($0) }.joined()
        // To the end of the second mark, which markup (`，**，`) may set apart from the first.
        sink.report(rule, offset, scanner.offset(index + 1) + 3, message: "标点重复“\(text)”：只保留一个")
    }

    /// `提升!!`: a half-width `!` or `?` doubled in Chinese text is the same slip, reported at
    /// once (P1 makes each full-width, and only then did this rule see them).
    static func checkHalfWidth(_ scanner: TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        guard index + 1 < values.count, values[index + 1] == values[index] else { return }
        if index > 0, values[index - 1] == values[index] { return } // reported at the first of the run
        let previous = scanner.previousSignificant(index, skippingSpaces: true), next = scanner.nextSignificant(index + 1, skippingSpaces: true)
        guard previous.map(ScalarClass.isChinese) == true || next.map(ScalarClass.isChinese) == true else { return }
        let offset = scanner.offset(index)
        let mark = Unicode.Scalar(values[index]).map { String($0) } ?? ""
        sink.report(rule, offset, scanner.offset(index + 1) + 1, message: "标点重复“\(mark)\(mark)”：只保留一个")
    }
}
