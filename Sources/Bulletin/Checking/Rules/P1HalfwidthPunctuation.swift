/// P1: half-width `, . : ; ( ) ! ?` and straight quotes `"` `'` in Chinese text (GB/T 15834-2011
/// wants the full-width forms).
enum HalfwidthPunctuation {
    static let rule = Rule(
        code: "P1", slug: "halfwidth-punctuation", severity: .error, scope: .text,
        title: "中文里用了半角标点",
        message: "中文里用了半角标点：改为全角标点",
        explanation: "GB/T 15834-2011 规定中文文本使用全角标点。紧挨汉字或中文标点的半角 , . : ; ( ) ! ? 会被指出，并可自动改为全角；半角括号成对改（一对括号只要有一边紧挨中文就两边都改，落单的半角括号只由 P3 指出）；紧挨着要改的括号的括号也算在中文里，所以嵌套和并排的括号一次改完（“开展(abc)(def)活动”“((中))”）。直引号 \" 和 ' 也成对改：段内按先后配对，第一个改为左引号“（‘），第二个改为右引号”（’），“…”里面的一对改为‘…’，一对引号只要有一边紧挨中文就两边都改；两对引号之间相连的两个直引号（“开展\"代表接待日\"\"代表进网格\"活动”）前一个改为右引号、后一个改为左引号；配对后位置不像引号（左引号后紧跟句号等）的只指出、不自动改；落单的直引号只由 P3 指出；字母之间的撇号（People's）、英寸（5'10\"）和 HTML 属性值（alt=\"…\"）、Markdown 链接定义的标题不是引号。连在一起的半角标点和“(1)”这样的短括号算一串，只要一端紧挨中文，整串一次改完（“中(1)(2)(3)”“中,(1),(2)”）。一串半角点当省略号用时（“......”“...”）整串改为“……”，只有两个点（“..”）时只指出、不自动改。句中数字后紧跟汉字的“.”（“图1.代表分布”）可能是句号也可能是编号，只指出、不自动改。段末紧跟“%”或字母的“.”（“满意率100%.”“上线APP.”）是句号，改为“。”。小数点（1.8万）、时间（9:30）、行首序号后的标点（“1.”“2.”，用错的“二.”由 P7 指出）、附件说明的序号（“附件：1.代表名单”，GB/T 9704-2012 第 7.3.5 条的写法）、文件名中扩展名前的点（“名单.xlsx”）和西文中的标点（如“Hello, world.”，引号里没有汉字）不受影响；Markdown 链接和图片的地址（](…)）、尖括号网址（<https://…>）和行内代码（`…`）不是正文，所有规则都不检查、不修改。",
        wrongExample: "漯河市:迅速行动早部署,紧盯目标抓落实.\n(1)加强组织领导。\n深入开展\"聚焦两高四着力\"主题活动。",
        rightExample: "漯河市：迅速行动早部署，紧盯目标抓落实。全市近1.8万名代表参加，时间为9:30。\n1.健全制度。\n2.规范台账。\n深入开展“聚焦两高四着力”主题活动。",
        fixable: true)

    /// A half-width mark beside a non-ASCII character (spaces between), or ending Chinese text:
    /// the text may have something for this rule to fix (`NotesTextFixes` asks first; `1.8万`,
    /// `9:30` never reach the checker).
    static func hasMarkBesideNonASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { hasMarkBesideNonASCII($0) } ?? Array(text.utf8).withUnsafeBufferPointer { hasMarkBesideNonASCII($0) }
    }

    private static func hasMarkBesideNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = bytes.count
        // `满意率100%.`: a stop ending Chinese text after a number.
        var last = end - 1
        while last >= 0, bytes[last] == 0x20 { last -= 1 }
        if last > 0, bytes[last] == 0x2E || bytes[last] == 0x21 || bytes[last] == 0x3F, bytes.contains(where: { $0 >= 0x80 }) { return true }
        var index = 0
        while index < end {
            // Chinese text is mostly bytes with the high bit set: eight at a time are passed over.
            if index + 8 <= end, UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                index += 8
                continue
            }
            let position = index
            index += 1
            switch bytes[position] {
            case 0x21, 0x22, 0x27, 0x28, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F:   // ! " ' ( ) , . : ; ?
                var before = position - 1
                while before >= 0, bytes[before] == 0x20 { before -= 1 }
                var after = position + 1
                while after < end, bytes[after] == 0x20 { after += 1 }
                if (before >= 0 && bytes[before] >= 0x80) || (after < end && bytes[after] >= 0x80) { return true }
            default:
                continue
            }
        }
        return false
    }

    static func check(_ scanner: inout TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let value = scanner.values[index]
        guard let full = ScalarClass.fullWidth(of: value).map(String.init) else { return }
        let previous = scanner.previousSignificant(index, skippingSpaces: true)
        let next = scanner.nextSignificant(index, skippingSpaces: true)
        // `![alt](src)`: the `!` of a Markdown image is markup.
        if value == 0x21, index + 1 < scanner.values.count, scanner.values[index + 1] == 0x5B { return }
        if value == 0x2E || value == 0x3A {
            // A decimal point or a time, and `1.` opening a numbered paragraph, are right as they are.
            if let previous, let next, ScalarClass.isDigit(previous), ScalarClass.isDigit(next) { return }
            if value == 0x2E, let previous, ScalarClass.isDigit(previous), scanner.isNumberAtLineStart(before: index) { return }
            // `附件：1.代表名单`: GB/T 9704-2012 §7.3.5 numbers the attachments so after 附件：.
            if value == 0x2E, let previous, ScalarClass.isDigit(previous), scanner.isAttachmentNumber(before: index) { return }
        }
        // `名单.xlsx`: the dot of a file name before its extension, no sentence end.
        if value == 0x2E, isFileExtensionDot(scanner, at: index) { return }
        // `U.S.A.和` `e.g. 新能源` `a.m.开始`: a dotted abbreviation's last dot (the twenty-first
        // audit: --fix cut `a.m。`).
        if value == 0x2E, closesDottedAbbreviation(scanner.values, at: index) { return }
        // `&nbsp;` `&#160;`: the `;` closing an HTML character reference copied from a web page
        // (the twenty-second audit: `&nbsp；`).
        if value == 0x3B, closesCharacterReference(scanner.values, at: index) { return }
        if value == 0x2E, let run = dotRun(scanner, at: index) {
            reportDotRun(&scanner, run, &sink)
            return
        }
        // `满意率100%.` `上线代表履职APP.` `上午9:00-11:30.` `热线0370-3211234.`: a `.` ending a
        // Chinese paragraph after `%`, a Latin word or a number that numbers nothing is its full
        // stop (the reader reads it so, `GenrePatterns.endsSentenceHalfWidthToo`); after a short
        // number (`附件1.`, `；2.`) it may number what follows (the fourteenth and fifteenth audits).
        if value == 0x2E, next == nil, let previous,
           previous == 0x25 || (ScalarClass.isASCIIAlphanumeric(previous)
                                 && (!ScalarClass.isDigit(previous) || GenrePatterns.numberEndsSentence(scanner.values, dot: index, from: 0))),
           scanner.values.contains(where: ScalarClass.isChinese) {
            report(scanner, index, full, &sink)
            return
        }
        let run = scanner.markRunNeighbours(around: index)
        let chinese = inChineseText(scanner, index, previous: run.previous, next: run.next) || isBesideTurningQuote(scanner, run.range)
        guard chinese else {
            // `办理(见附件1).`: a mark right after a `)` that turns full-width is Chinese text once
            // fixed, so it turns with the pair, judged when the paragraph ends (before, the
            // next --fix pass found it, and the notes kept it half-width).
            deferUntilBracketsAreJudged(&scanner, index, dots: nil)
            return
        }
        // `二.` and `（一）,` open a point with the wrong mark: P7 says which mark belongs there,
        // where a full-width 。 or ， would be a wrong fix.
        if index == scanner.pointMark { return }
        // `图1.代表分布`: after a number, a `.` before Chinese may end a sentence or number a
        // figure; which one only the author knows, so it is reported without a fix.
        if value == 0x2E, let previous, ScalarClass.isDigit(previous), let next, ScalarClass.isChinese(next) {
            let offset = scanner.offset(index)
            sink.report(rule, offset, offset + 1, message: "数字后的半角“.”：是句末就改为“。”，是编号（如“图1.”）就按原意改写")
            return
        }
        report(scanner, index, full, &sink)
    }

    /// The `.` at `index` follows a letter that follows `.` and a letter (`U.S.A.` `e.g.` `a.m.`).
    static func closesDottedAbbreviation(_ values: [UInt32], at index: Int) -> Bool {
        index >= 3 && ScalarClass.isASCIILetter(values[index - 1]) && values[index - 2] == 0x2E && ScalarClass.isASCIILetter(values[index - 3])
    }

    /// The `;` at `index` closes `&name` or `&#digits` (at most 8 letters or digits after the `&`).
    static func closesCharacterReference(_ values: [UInt32], at index: Int) -> Bool {
        var k = index - 1
        while k >= 0, index - k <= 9, ScalarClass.isASCIIAlphanumeric(values[k]) || values[k] == 0x23 { k -= 1 }
        return k >= 0 && k < index - 1 && values[k] == 0x26
    }

    /// A `.` right after a Chinese or alphanumeric file stem and right before 2 to 5 ASCII letters
    /// (or digits after a first letter) that no further letter or digit follows: `名单.xlsx`, `通知.pdf`.
    static func isFileExtensionDot(_ scanner: TypographyScanner, at index: Int) -> Bool {
        let values = scanner.values
        guard index > 0, index + 1 < values.count else { return false }
        let before = values[index - 1]
        // `代表名单(1).xlsx`: a copy's number in brackets before the extension.
        guard ScalarClass.isChinese(before) || ScalarClass.isASCIIAlphanumeric(before) || before == 0x29 || before == 0xFF09 else { return false }
        guard ScalarClass.isASCIILetter(values[index + 1]) else { return false }
        var end = index + 1
        while end < values.count, ScalarClass.isASCIIAlphanumeric(values[end]) { end += 1 }
        return (2...5).contains(end - index - 1)
    }

    /// `...` or `......` typed for an ellipsis: the scalar indexes of the whole run, seen from its
    /// first dot (a later dot of a run returns an empty run, so the run is reported once). Fixing
    /// each dot alone made `。。。。..`, and the next pass more of the same.
    static func dotRun(_ scanner: TypographyScanner, at index: Int) -> Range<Int>? {
        let values = scanner.values
        if index > 0, values[index - 1] == 0x2E { return index..<index }
        var end = index + 1
        while end < values.count, values[end] == 0x2E { end += 1 }
        return end - index >= 2 ? index..<end : nil
    }

    private static func reportDotRun(_ scanner: inout TypographyScanner, _ run: Range<Int>, _ sink: inout FindingSink) {
        guard !run.isEmpty else { return }
        let neighbours = scanner.markRunNeighbours(around: run.lowerBound)
        let chinese = inChineseText(scanner, run.lowerBound, previous: neighbours.previous, next: neighbours.next)
        guard chinese else {
            // `(略)...`: after a `)` that turns, judged with its pair when the paragraph ends.
            deferUntilBracketsAreJudged(&scanner, run.lowerBound, dots: run)
            return
        }
        reportDots(scanner, run, &sink)
    }

    /// The mark (or run of dots) at `index`, when a `)` stands right before it: judged with that
    /// bracket's pair when the paragraph ends (`finishBrackets`), as it turns with it.
    private static func deferUntilBracketsAreJudged(_ scanner: inout TypographyScanner, _ index: Int, dots: Range<Int>?) {
        let close = scanner.previousSignificantIndex(index, skippingSpaces: true)
        if let close, scanner.values[close] == 0x29 { scanner.brackets.marks.append((index, close, dots)) }
    }

    /// The finding for a run of dots in Chinese text: an ellipsis (three or more, fixed) or not.
    private static func reportDots(_ scanner: TypographyScanner, _ run: Range<Int>, _ sink: inout FindingSink) {
        let start = scanner.offset(run.lowerBound), end = scanner.offset(run.upperBound - 1) + 1
        let dots = String(repeating: ".", count: run.count)
        // Only a run of three or more is surely an ellipsis, and only one written in one piece is
        // replaced (markup between the dots would be lost with them).
        guard run.count >= 3, end - start == run.count else {
            sink.report(rule, start, end, message: "中文里用了半角“\(dots)”：是省略号就改为“……”，是句号就改为“。”")
            return
        }
        sink.report(rule, start, end, message: "中文里用半角“\(dots)”代替省略号：改为“……”",
                    fix: Fix(description: "改为“……”", edits: [TextEdit(start: start, end: end, replacement: "……")]))
    }

    /// `"WPS","Word"`: a run of marks between a straight pair that turns full-width and the next
    /// quote that opens one beside Chinese text is in Chinese text, as the next pass would find it
    /// between ” and “ (the first report missed such commas that --fix then changed).
    static func isBesideTurningQuote(_ scanner: TypographyScanner, _ run: Range<Int>) -> Bool {
        if scanner.turnedQuoteClose >= 0, scanner.previousSignificantIndex(run.lowerBound, skippingSpaces: true) == scanner.turnedQuoteClose {
            return true
        }
        guard let quote = scanner.nextSignificantIndex(run.upperBound - 1, skippingSpaces: true) else { return false }
        let value = scanner.values[quote]
        let waiting = value == 0x22 ? scanner.openStraightQuotes.double : value == 0x27 ? scanner.openStraightQuotes.single : 0
        // A quote that opens a pair (none is waiting for its partner) with Chinese text after it.
        return waiting < 0 && scanner.nextSignificant(quote, skippingSpaces: true).map(ScalarClass.isChinese) == true
    }

    /// Half-width brackets go full-width as a pair or not at all: a lone `）` beside a `(`
    /// would unbalance what was balanced; a bracket without its partner is P3's alone. A pair is
    /// Chinese text when either bracket stands beside Chinese text — or beside a bracket that
    /// turns full-width, which is Chinese text once fixed. So the brackets (and the half-width
    /// marks between them) that stand side by side form runs, pairs join runs, and every pair of a
    /// group of joined runs that touches Chinese text turns at once: `中(a)(b)(c)` and
    /// `((((中))))` in one pass, not one pair per pass (found by fuzzing). Judged when the
    /// paragraph ends, as a pair may be joined to Chinese text by a later one.
    static func visitBracket(_ scanner: inout TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let run = scanner.bracketRun(around: index)
        if scanner.values[index] == 0x28 {
            scanner.openBrackets.append(index)
            scanner.brackets.openRuns.append(run)
            return
        }
        guard let open = scanner.openBrackets.popLast(), let openRun = scanner.brackets.openRuns.popLast() else { return }
        let besideChinese = isBesideChinese(scanner, open) || isBesideChinese(scanner, index)
        // `(World Health Organization (WHO))发布`, `(They said: (yes).)`: a `)` after Latin text
        // closing a Latin span stays Latin beside a `)` that turns (a closing mark, as
        // `inChineseText` judges it), marks between them too: the inner pair does not take the
        // outer's Chinese text, though it passes its own on.
        let previous = scanner.previousSignificant(index, skippingSpaces: true)
        if let previous, ScalarClass.isASCIIAlphanumeric(previous), scanner.closingBracketFollows(index), scanner.isLatinSpan(before: index) {
            scanner.brackets.join(openRun, openRun, besideChinese: besideChinese)
            scanner.brackets.passOn(from: openRun, to: run)
        } else {
            scanner.brackets.join(openRun, run, besideChinese: besideChinese)
        }
        scanner.brackets.pairs.append((open, index, openRun))
    }

    /// Reports the pairs of the paragraph whose runs touch Chinese text.
    static func finishBrackets(_ scanner: inout TypographyScanner, _ sink: inout FindingSink) {
        scanner.brackets.spreadOneWay()
        var turningCloses: Set<Int> = []
        for pair in scanner.brackets.pairs where scanner.brackets.isChinese(pair.run) {
            report(scanner, pair.open, "（", &sink)
            report(scanner, pair.close, "）", &sink)
            if !scanner.brackets.marks.isEmpty { turningCloses.insert(pair.close) }
        }
        for mark in scanner.brackets.marks where mark.index != scanner.pointMark && turningCloses.contains(mark.close) {
            if let dots = mark.dots {
                reportDots(scanner, dots, &sink)
                continue
            }
            guard let full = ScalarClass.fullWidth(of: scanner.values[mark.index]).map(String.init) else { continue }
            report(scanner, mark.index, full, &sink)
        }
    }

    /// Straight quotes `"…"` and `'…'` go full-width as a pair, as brackets do: in a paragraph the
    /// first opens and the next closes, and the pair is Chinese text when either quote stands
    /// beside Chinese text (`开展"聚焦两高四着力"主题活动`); a pair in Latin text stays. A quote
    /// without its partner is P3's. An apostrophe between letters or digits (`People's`) is no quote.
    static func visitStraightQuote(_ scanner: inout TypographyScanner, at index: Int, report: Bool, _ sink: inout FindingSink) {
        let values = scanner.values
        let double = values[index] == 0x22
        if !double, index > 0, index + 1 < values.count,
           ScalarClass.isASCIIAlphanumeric(values[index - 1]), ScalarClass.isASCIIAlphanumeric(values[index + 1]) { return }
        if double, isInchMark(values, at: index) { return }
        let open = double ? scanner.openStraightQuotes.double : scanner.openStraightQuotes.single
        // `alt="…"` of HTML and the title of a link reference definition `[1]: url "title"` are
        // markup: the pair is counted (so the quotes after it pair as before) but never changed.
        if open >= 0, (open > 0 && values[open - 1] == 0x3D) || (scanner.onLinkDefinitionLine && open >= scanner.currentLineStart) {
            if double { scanner.openStraightQuotes.double = -1 } else { scanner.openStraightQuotes.single = -1 }
            return
        }
        let waiting = open < 0 ? index : -1
        if double { scanner.openStraightQuotes.double = waiting } else { scanner.openStraightQuotes.single = waiting }
        guard open >= 0, report, isBesideChinese(scanner, open) || isBesideChinese(scanner, index) else { return }
        // Inside “…” a quote is ‘…’ (GB/T 15834-2011, quotes within quotes): “…“…”…” would unbalance P3.
        let nested = double && scanner.pairs.contains(.double)
        let (name, left, right) = double && !nested ? ("引号", "“", "”") : ("单引号", "‘", "’")
        let mark = double ? "\"" : "'"
        // `他说'你好"。开展"活动`: a pair that opens before a 。 or closes after a （ is no pair
        // of quotes, whatever its place; reported without a fix.
        // A quote beside another straight quote (a run such as `''''代`) is a run of marks, not a
        // pair to turn: fixing some would leave the rest beside Chinese and fixable, pass after
        // pass (found by fuzzing).
        let isStraightQuote = { (value: UInt32?) in value == 0x22 || value == 0x27 }
        func quoteAt(_ position: Int?) -> Bool { position.map { isStraightQuote(values[$0]) } ?? false }
        // Two quotes between pairs (`开展"代表接待日""代表进网格"活动`) close one and open the next:
        // a boundary, not a run — the quote's neighbour inside its pair no quote, the one outside
        // the same quote, and no third quote beyond that.
        func atBoundary(_ position: Int, closing: Bool) -> Bool {
            let inside = closing ? scanner.previousSignificantIndex(position, skippingSpaces: false) : scanner.nextSignificantIndex(position, skippingSpaces: false)
            let outside = closing ? scanner.nextSignificantIndex(position, skippingSpaces: false) : scanner.previousSignificantIndex(position, skippingSpaces: false)
            guard !quoteAt(inside), let outside, quoteAt(outside), values[outside] == values[position] else { return false }
            return !quoteAt(closing ? scanner.nextSignificantIndex(outside, skippingSpaces: false) : scanner.previousSignificantIndex(outside, skippingSpaces: false))
        }
        let inRun = [(open, false), (index, true)].contains { position, closing in
            (isStraightQuote(scanner.previousSignificant(position, skippingSpaces: false))
                || isStraightQuote(scanner.nextSignificant(position, skippingSpaces: false))) && !atBoundary(position, closing: closing)
        }
        let misplaced = inRun || scanner.nextSignificant(open, skippingSpaces: true).map(opensNoQuote) ?? true
            || scanner.previousSignificant(index, skippingSpaces: true).map(closesNoQuote) ?? true
        for (position, full, side, partner) in [(open, left, "左", "后"), (index, right, "右", "前")] {
            let offset = scanner.offset(position)
            if misplaced {
                sink.report(rule, offset, offset + 1, message: "中文里用了半角\(name) \(mark) ：改为全角\(name)（按位置与\(partner)面的 \(mark) 成对，但看不出哪个是左\(name)、哪个是右\(name)）")
                continue
            }
            sink.report(rule, offset, offset + 1, message: "中文里用了半角\(double ? "引号" : name) \(mark) ，与\(partner)面的 \(mark) 成对：改为\(side)\(name) \(full)\(nested ? "（双引号里面的引号用单引号）" : "")",
                        fix: Fix(description: quoteFixDescription(left: side == "左", single: name == "单引号"), edits: [TextEdit(start: offset, end: offset + 1, replacement: full)]))
        }
        if !misplaced { scanner.turnedQuoteClose = index }
    }

    /// The fix's text for a straight quote turned, spelled whole: built per quote, the
    /// interpolation cost the reader more than its scan of a half-width text.
    static func quoteFixDescription(left: Bool, single: Bool) -> String {
        switch (left, single) {
        case (true, false): "改为左引号 “"
        case (false, false): "改为右引号 ”"
        case (true, true): "改为左单引号 ‘"
        case (false, true): "改为右单引号 ’"
        }
    }

    /// A mark no opening quote stands before: a clause mark or a closing quote or bracket.
    static func opensNoQuote(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF09, 0x300B, 0x201D, 0x2019: true
        default: false
        }
    }

    /// A mark no closing quote stands after: an opening quote or bracket.
    static func closesNoQuote(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF08, 0x300A, 0x201C, 0x2018: true
        default: false
        }
    }

    /// `5'10"`: a `"` after digits after a `'` after a digit measures inches, no quote.
    static func isInchMark(_ values: [UInt32], at index: Int) -> Bool {
        var k = index - 1
        while k >= 0, index - k <= 3, (0x30...0x39).contains(values[k]) { k -= 1 }
        return k < index - 1 && k >= 1 && values[k] == 0x27 && (0x30...0x39).contains(values[k - 1])
    }

    static func isBesideChinese(_ scanner: TypographyScanner, _ index: Int) -> Bool {
        inChineseText(scanner, index, previous: scanner.previousSignificant(index, skippingSpaces: true),
                      next: scanner.nextSignificant(index, skippingSpaces: true))
    }

    /// True when the mark at `index` stands beside Chinese text. A closing quote or bracket after
    /// a Latin letter or digit is no such neighbour when the quoted span holds no Chinese:
    /// in `“Hello, world.”` the `.` is English punctuation.
    static func inChineseText(_ scanner: TypographyScanner, _ index: Int, previous: UInt32?, next: UInt32?) -> Bool {
        if let previous, ScalarClass.isChinese(previous) { return true }
        guard let next, ScalarClass.isChinese(next) else { return false }
        guard let previous, ScalarClass.isASCIIAlphanumeric(previous), isClosingMark(next) else { return true }
        return !scanner.isLatinSpan(before: index)
    }

    static func isClosingMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x201D, 0x2019, 0xFF09, 0x300B, 0x300D, 0x300F: true // ” ’ ） 》 」 』
        default: false
        }
    }

    private static func report(_ scanner: TypographyScanner, _ index: Int, _ full: String, _ sink: inout FindingSink) {
        let offset = scanner.offset(index)
        let (message, description) = messages(scanner.values[index], full)
        sink.report(rule, offset, offset + 1, message: message,
                    fix: Fix(description: description, edits: [TextEdit(start: offset, end: offset + 1, replacement: full)]))
    }
}

extension HalfwidthPunctuation {
    /// The message and fix text for each mark, built once (a long file has many findings).
    private static let texts: [UInt32: (String, String)] = {
        var texts: [UInt32: (String, String)] = [:]
        for mark in ",.:;()!?".unicodeScalars {
            guard let full = ScalarClass.fullWidth(of: mark.value) else { continue }
            texts[mark.value] = ("中文里用了半角“\(mark)”：改为全角“\(full)”", "改为全角“\(full)”")
        }
        return texts
    }()

    static func messages(_ value: UInt32, _ full: String) -> (String, String) {
        texts[value] ?? ("中文里用了半角标点：改为全角“\(full)”", "改为全角“\(full)”")
    }
}

/// P1's runs of half-width brackets in a paragraph, joined by the pairs that span them
/// (union-find over runs named by their first index), with whether each group touches Chinese.
struct BracketRuns {
    private var parent: [Int: Int] = [:]
    private var chinese: [Int: Bool] = [:]
    /// The last run measured: the brackets of `((((` or `))))` reuse it, so deep nesting stays linear.
    var last: (range: Range<Int>, id: Int)?
    var openRuns: [Int] = []
    var pairs: [(open: Int, close: Int, run: Int)] = []
    /// Marks right after a `)` that turn if its pair does (`(见附件1).`, `(略)...`: a run of dots).
    var marks: [(index: Int, close: Int, dots: Range<Int>?)] = []
    /// Groups that pass their Chinese text on to a run, but take none from it.
    private var oneWay: [(from: Int, to: Int)] = []

    mutating func reset() {
        parent.removeAll(keepingCapacity: true)
        chinese.removeAll(keepingCapacity: true)
        last = nil
        openRuns.removeAll(keepingCapacity: true)
        pairs.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        oneWay.removeAll(keepingCapacity: true)
    }

    mutating func add(_ id: Int, besideChinese: Bool) {
        parent[id] = id
        chinese[id] = besideChinese
    }

    private mutating func root(_ id: Int) -> Int {
        var id = id
        while let up = parent[id], up != id {
            let grand = parent[up] ?? up
            parent[id] = grand
            id = grand
        }
        return id
    }

    mutating func join(_ a: Int, _ b: Int, besideChinese: Bool) {
        let rootA = root(a), rootB = root(b)
        let flag = besideChinese || chinese[rootA] == true || chinese[rootB] == true
        if rootA != rootB { parent[rootB] = rootA }
        chinese[rootA] = flag
    }

    mutating func isChinese(_ id: Int) -> Bool { chinese[root(id)] == true }

    mutating func passOn(from: Int, to: Int) { oneWay.append((from, to)) }

    /// Spreads Chinese text along the one-way links, breadth first over the final groups: each
    /// link is followed once.
    mutating func spreadOneWay() {
        guard !oneWay.isEmpty else { return }
        var links: [Int: [Int]] = [:]
        for link in oneWay { links[root(link.from), default: []].append(root(link.to)) }
        var queue = links.keys.filter { chinese[$0] == true }
        while let group = queue.popLast() {
            for target in links.removeValue(forKey: group) ?? [] where chinese[target] != true {
                chinese[target] = true
                queue.append(target)
            }
        }
    }
}

extension TypographyScanner {
    /// A `)` follows the bracket at `index` with only spaces and half-width marks between.
    func closingBracketFollows(_ index: Int) -> Bool {
        var k = index + 1
        while k < values.count {
            if values[k] == 0x29 { return true }
            guard values[k] == 0x20 || Self.isRunMark(values[k]) else { return false }
            k += 1
        }
        return false
    }

    /// The run of half-width brackets and marks (`( ) , . : ; ! ?`, spaces between) around the
    /// bracket at `index`, named by its first index; measured once, with whether it stands beside
    /// Chinese text.
    mutating func bracketRun(around index: Int) -> Int {
        if let last = brackets.last, last.range.contains(index) { return last.id }
        func isToken(_ value: UInt32) -> Bool { value == 0x28 || value == 0x29 || Self.isRunMark(value) }
        var start = index
        var k = index - 1
        while k >= 0, (Self.isRunGap(values[k]) || isToken(values[k])) {
            if !Self.isRunGap(values[k]) { start = k }
            k -= 1
        }
        var end = index + 1
        k = index + 1
        while k < values.count, (Self.isRunGap(values[k]) || isToken(values[k])) {
            if !Self.isRunGap(values[k]) { end = k + 1 }
            k += 1
        }
        let beside = HalfwidthPunctuation.inChineseText(self, start, previous: previousSignificant(start, skippingSpaces: true),
                                                       next: nextSignificant(end - 1, skippingSpaces: true))
        brackets.add(start, besideChinese: beside)
        brackets.last = (start..<end, start)
        return start
    }
}

extension TypographyScanner {
    /// The run of half-width marks around `index` — marks `, . : ; ! ?` and short bracketed groups
    /// such as `(1)` or `(a)`, with spaces between — and the significant scalars on either side of
    /// it. P1 judges a run as one: the marks of `中,(1),(2)。` are all in Chinese text, as the
    /// fixer would find one mark per pass. Measured once per run, so a long run stays linear.
    mutating func markRunNeighbours(around index: Int) -> (range: Range<Int>, previous: UInt32?, next: UInt32?) {
        if let run = markRun, run.range.contains(index) { return run }
        var start = index
        while let before = runTokenStart(endingBefore: start) { start = before }
        var end = index + 1
        if values[index] == 0x28, let groupEnd = bracketGroupEnd(from: index) { end = groupEnd }
        while let after = runTokenEnd(startingAt: end) { end = after }
        let run = (start..<end, previousSignificant(start, skippingSpaces: true), nextSignificant(end - 1, skippingSpaces: true))
        markRun = run
        return run
    }

    private static let groupLimit = 12

    /// What stands between the marks of one run: what `previousSignificant` and `nextSignificant`
    /// pass over (spaces, tabs, U+3000, line and page breaks). Runs that stopped at a tab while the
    /// neighbours looked past it turned one pair a --fix pass (found by fuzzing).
    static func isRunGap(_ value: UInt32) -> Bool {
        ScalarClass.isSpace(value) || value == lineBreak || value == pageBreak
    }

    private static func isRunMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F: true
        default: false
        }
    }

    private static func isGroupContent(_ value: UInt32) -> Bool {
        ScalarClass.isASCIIAlphanumeric(value) || value == 0x20
    }

    /// The start of the run token ending just before `position` (spaces skipped), or nil.
    private func runTokenStart(endingBefore position: Int) -> Int? {
        var k = position - 1
        while k >= 0, Self.isRunGap(values[k]) { k -= 1 }
        guard k >= 0 else { return nil }
        if Self.isRunMark(values[k]) { return k }
        guard values[k] == 0x29 else { return nil }
        var open = k - 1
        while open >= 0, k - open <= Self.groupLimit, Self.isGroupContent(values[open]) { open -= 1 }
        return open >= 0 && values[open] == 0x28 && open < k - 1 ? open : nil
    }

    /// The end of the run token starting at `position` (spaces skipped), or nil.
    private func runTokenEnd(startingAt position: Int) -> Int? {
        var k = position
        while k < values.count, Self.isRunGap(values[k]) { k += 1 }
        guard k < values.count else { return nil }
        if Self.isRunMark(values[k]) { return k + 1 }
        return values[k] == 0x28 ? bracketGroupEnd(from: k) : nil
    }

    /// Just past the `)` of a short group `(1)` opening at `open`, or nil.
    private func bracketGroupEnd(from open: Int) -> Int? {
        var k = open + 1
        while k < values.count, k - open <= Self.groupLimit, Self.isGroupContent(values[k]) { k += 1 }
        return k < values.count && values[k] == 0x29 && k > open + 1 ? k + 1 : nil
    }

    /// True when the text before `index`, back to the opening quote or bracket of its span or the
    /// start of its line, holds no Chinese (looked at up to 200 scalars back, else false).
    func isLatinSpan(before index: Int) -> Bool {
        var k = index - 1
        while k >= 0, index - k <= 200 {
            let value = values[k]
            switch value {
            case 0x201C, 0x2018, 0xFF08, 0x300A, 0x300C, 0x300E, 0x28, 0x22, Self.lineBreak, Self.pageBreak:
                return true
            default:
                if ScalarClass.isChinese(value) { return false }
            }
            k -= 1
        }
        return k < 0
    }

    /// True when `附件：` (or `附件:`) and digits precede `index`: the first attachment number of an
    /// 附件说明, `附件：1.代表名单` (the later ones open their lines, as `isNumberAtLineStart` sees).
    func isAttachmentNumber(before index: Int) -> Bool {
        var k = index - 1
        while k >= 0, ScalarClass.isDigit(values[k]) { k -= 1 }
        guard k < index - 1 else { return false }
        let spaced = k >= 0 && ScalarClass.isSpace(values[k])
        while k >= 0, ScalarClass.isSpace(values[k]) { k -= 1 }
        guard k >= 0 else { return false }
        // `附件：1.名单 2.安排表`: a later item of the line, after a space, numbered alike.
        if spaced, values[k] != 0xFF1A, values[k] != 0x3A { return opensWithAttachmentLabel(lineOf: k) }
        guard values[k] == 0xFF1A || values[k] == 0x3A else { return false }
        k -= 1
        while k >= 0, ScalarClass.isSpace(values[k]) { k -= 1 }
        return k >= 1 && values[k] == 0x4EF6 && values[k - 1] == 0x9644 // 附件
    }

    /// The line holding `index` opens with `附件：` (spaces allowed); at most 200 scalars are looked back over.
    private func opensWithAttachmentLabel(lineOf index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 200, values[start - 1] != Self.lineBreak, values[start - 1] != Self.pageBreak { start -= 1 }
        guard start == 0 || values[start - 1] == Self.lineBreak || values[start - 1] == Self.pageBreak else { return false }
        while start < index, ScalarClass.isSpace(values[start]) { start += 1 }
        return start + 2 < values.count && values[start] == 0x9644 && values[start + 1] == 0x4EF6 && (values[start + 2] == 0xFF1A || values[start + 2] == 0x3A)
    }

    /// True when the line starting at `start` is a Markdown link reference definition,
    /// `[label]: url "title"` (up to three spaces before the `[`; a label of up to 999 scalars).
    func isLinkReferenceDefinition(from start: Int) -> Bool {
        var k = start
        while k < values.count, k - start < 3, values[k] == 0x20 { k += 1 }
        guard k < values.count, values[k] == 0x5B else { return false }
        let labelStart = k + 1
        k = labelStart
        while k < values.count, k - labelStart < 1000, values[k] != 0x5D, values[k] != Self.lineBreak, values[k] != Self.pageBreak { k += 1 }
        return k > labelStart && k + 1 < values.count && values[k] == 0x5D && values[k + 1] == 0x3A
    }

    /// True when only digits (and spaces) precede `index` on its line: a `1.` point number.
    func isNumberAtLineStart(before index: Int) -> Bool {
        var k = index - 1
        while k >= 0 {
            let value = values[k]
            if value == Self.lineBreak || value == Self.pageBreak { return true }
            if !(ScalarClass.isDigit(value) || ScalarClass.isSpace(value)) { return false }
            k -= 1
        }
        return true
    }
}
