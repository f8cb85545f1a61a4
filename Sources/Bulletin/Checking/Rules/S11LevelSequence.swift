/// S11: the lower levels' numbers (（一） 1. （1） 1）) with a gap, a repeat or in the wrong order.
enum LevelSequence {
    static let rule = Rule(
        code: "S11", slug: "level-sequence", severity: .warning, scope: .article,
        title: "（一）、1.、（1）层次序号跳号、重复或倒序",
        message: "层次序号跳号、重复或倒序：按（一）、（二）、（三）……或 1.、2.、3.……连续编号",
        explanation: "要点下的各层序号“（一）（二）……”“1. 2. ……”“（1）（2）……”各自连续编号；上一层的序号（一、或（二）之类）之后，下一层重新从头数。只认段首的序号，和句号、分号、冒号之后接排的序号（“……培训。（三）……”）。从“（一）”“1.”重新数起的是新的一组；一层的第一个序号不从一数起的不报（前面的可能接排在别处）。一处错误只报一次：其后的序号接着错的那个或按原来的位置编号都算对。",
        wrongExample: "一、健全工作机制\n（一）完善联系制度。\n（二）规范活动流程。\n（四）强化督促检查。",
        rightExample: "一、健全工作机制\n（一）完善联系制度。\n（二）规范活动流程。\n（三）强化督促检查。")

    /// A level's form: the brackets and the kind of number, not the mark (`1.` and `1、` are one
    /// level, P7 judges the mark).
    enum Form: Hashable {
        case bracketedChinese, bracketedArabic, arabic, arabicParenthesis
    }

    /// The levels open in the current point, highest first (in the order they appeared: clerks
    /// nest them in more than one order), each with its count.
    struct Levels {
        var open: [(form: Form, counter: SubPointCounter)] = []
        mutating func reset() { open.removeAll(keepingCapacity: true) }
    }

    static func form(of number: GenrePatterns.NumberedOpening, _ values: [UInt32]) -> Form? {
        if number.bracketed { return number.arabic ? .bracketedArabic : .bracketedChinese }
        guard number.arabic, let mark = number.mark else { return nil }
        switch values[mark] {
        case 0x29, 0xFF09: return .arabicParenthesis
        // `1.` `1、`, and `2，` with P7's wrong mark: the clerk's next item all the same.
        default: return .arabic
        }
    }

    /// Counts a number opening a paragraph, a line or a sentence (`GenrePatterns.NumberedOpening`).
    static func visit(_ scanner: inout TypographyScanner, _ number: GenrePatterns.NumberedOpening, _ sink: inout FindingSink) {
        let values = scanner.values
        if number.isPointForm {
            // 一、 (S6's) opens a point: every lower level counts anew under it.
            scanner.levels.reset()
            return
        }
        guard let form = form(of: number, values), let value = number.value(in: values) else { return }
        let level: Int
        if let open = scanner.levels.open.firstIndex(where: { $0.form == form }) {
            // A higher level's next number closes the levels under it.
            scanner.levels.open.removeSubrange((open + 1)...)
            level = open
        } else {
            scanner.levels.open.append((form, SubPointCounter()))
            level = scanner.levels.open.count - 1
        }
        // A list counting again from its first number is a new list (`（1）…（2）`, then after a
        // paragraph of its own `（1）…` again); a level's first number is not judged, as the
        // numbers before it may be run into a sentence this scan does not count.
        if value == 1 { scanner.levels.open[level].counter.reset() }
        let first = scanner.levels.open[level].counter.count == 0
        let (inOrder, expected) = scanner.levels.open[level].counter.take(value)
        guard !first, !inOrder else { return }
        let written = String(String.UnicodeScalarView(values[number.numberStart..<number.end].compactMap(Unicode.Scalar.init)))
        let want = wanted(expected, like: number, values)
        sink.report(rule, scanner.offset(number.numberStart), scanner.offset(number.end),
                    message: "层次序号应为“\(want)”，这里是“\(written)”：同一层的序号连续编号")
    }

    /// `expected` written as `number` is: its brackets and mark, a Chinese numeral or ASCII digits.
    static func wanted(_ expected: Int, like number: GenrePatterns.NumberedOpening, _ values: [UInt32]) -> String {
        let first = number.bracketed ? number.numberStart + 1 : number.numberStart
        var result = String.UnicodeScalarView(values[number.numberStart..<first].compactMap(Unicode.Scalar.init))
        result.append(contentsOf: (number.arabic ? String(expected) : ChineseNumeral.string(expected) ?? String(expected)).unicodeScalars)
        result.append(contentsOf: values[number.numeralEnd..<number.end].compactMap(Unicode.Scalar.init).filter { !ScalarClass.isSpace($0.value) })
        return String(result)
    }

    /// A number run into the text after a sentence, clause or colon mark at `index`
    /// (`……培训。（三）加强……`, `……如下：1.……`): an item of its level too.
    static func visitRunIn(_ scanner: inout TypographyScanner, after index: Int, _ sink: inout FindingSink) {
        let next = index + 1
        guard next < scanner.values.count, GenrePatterns.NumberedOpening.canOpen(scanner.values[next]),
              let number = GenrePatterns.NumberedOpening(scanner.values, from: next), !number.isPointForm else { return }
        visit(&scanner, number, &sink)
    }
}
