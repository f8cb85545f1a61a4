/// P8: a space between Chinese text and a digit or Latin letter in the text of an article
/// (推动 32 个, 通 APP 等). 公文 sets none there; the checker never asks for one either.
enum SpaceBesideAlphanumeric {
    static let rule = Rule(
        code: "P8", slug: "space-beside-alphanumeric", severity: .warning, scope: .text,
        title: "汉字与数字、字母之间有空格",
        message: "汉字与阿拉伯数字或拉丁字母之间有空格：公文不加空格，删去空格",
        explanation: "公文中汉字与阿拉伯数字、拉丁字母之间不加空格（“推动32个政府部门”“代表履职通APP”），正文里的这种空格多是录入或排版的残留，本规则提示并可自动删去（一个数字或词前后的空格算一处）。刊头的“第 16 期”“2026 年 6 月 4 日”、专辑行和版记（“共印 60 份”）按本文体的版式空开，文章标题和目录条目中两个短语之间的一个空格也是本文体的写法，都不受影响；分隔并列条目的空格（“附件：1.代表联络站名单 2.代表接待日安排表”中序号前的空格）和电话号码前后的空格（“联系人：张三 13837312345”）也不报、不删。没有任何规则要求在汉字与数字之间加空格。",
        wrongExample: "深化“三带三进”机制，推动 32 个政府部门常态化开展活动，在代表履职通 APP 等平台开设专栏。",
        rightExample: "深化“三带三进”机制，推动32个政府部门常态化开展活动，在代表履职通APP等平台开设专栏。",
        fixable: true)

    /// A space before a number or word, held until the space after it (if any) is seen, so
    /// `推动 32 个` is one finding with two edits.
    struct Pending {
        var edits: [TextEdit]
        var token: String
        /// Buffer index just past the token the space stands before.
        var tokenEnd: Int
    }

    static func isAlphanumeric(_ value: UInt32) -> Bool {
        ScalarClass.isASCIIAlphanumeric(value) || ScalarClass.isFullWidthAlphanumeric(value)
    }

    /// Scalars of a number or word: ASCII marks such as `.` and `%` belong to it (1.65, 85.37%).
    private static func isWordPart(_ value: UInt32) -> Bool {
        (value >= 0x21 && value <= 0x7E) || ScalarClass.isFullWidthAlphanumeric(value)
    }

    /// The spaces `[start, end)` of a text block; `phraseSpaceAllowed` in headings and contents entries.
    static func check(_ scanner: inout TypographyScanner, from start: Int, to end: Int, phraseSpaceAllowed: Bool, phraseLength: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        guard start > 0, end < values.count else { return }
        let left = values[start - 1], right = values[end]
        let before = ScalarClass.isChinese(left) && isAlphanumeric(right)
        let after = isAlphanumeric(left) && ScalarClass.isChinese(right)
        guard before || after else { return }
        // `1.名单 2.安排表` `联系人：张三 13837312345`: a space before an item's number, or beside a
        // telephone number, sets items and fields apart; deleting it ran them together (the audit).
        // (Whether the line is a contact line is asked only of a local number's 7 or 8 digits.)
        let lineStart = scanner.currentLineStart
        let contactLine = { TypographyScanner.isContactLine(values, from: lineStart) }
        if before, isItemNumber(values, at: end) || isTelephoneNumber(values, from: end, step: 1, contactLine: contactLine) { return }
        if after, isTelephoneNumber(values, from: start - 1, step: -1, contactLine: contactLine) { return }
        // The one space between the two phrases of a heading (高质量推进 2024年…) is the genre's.
        if phraseSpaceAllowed, end - start == 1, values[start] == 0x20 || values[start] == 0xA0, phraseLength >= 3 { return }
        let edit = TextEdit(start: scanner.offset(start), end: scanner.offset(end), replacement: "")
        if after, var pending = scanner.pendingAlphanumericSpace, pending.tokenEnd == start {
            pending.edits.append(edit)
            scanner.pendingAlphanumericSpace = nil
            report(pending, "前后", &sink)
            return
        }
        flush(&scanner, &sink)
        if before {
            var tokenEnd = end
            while tokenEnd < values.count, tokenEnd - end < 40, isWordPart(values[tokenEnd]) { tokenEnd += 1 }
            scanner.pendingAlphanumericSpace = Pending(edits: [edit], token: scanner.text(end..<tokenEnd), tokenEnd: tokenEnd)
        } else {
            var tokenStart = start - 1
            while tokenStart > 0, start - tokenStart < 40, isWordPart(values[tokenStart - 1]) { tokenStart -= 1 }
            report(Pending(edits: [edit], token: scanner.text(tokenStart..<start), tokenEnd: start), "后", &sink)
        }
    }

    /// Digits and then `.` `．` `、` `)` `）` before a character that is no digit: `2.代表…`.
    static func isItemNumber(_ values: [UInt32], at start: Int) -> Bool {
        var k = start
        while k < values.count, k - start < 3, ScalarClass.isDigit(values[k]) || (0xFF10...0xFF19).contains(values[k]) { k += 1 }
        guard k > start, k + 1 < values.count, [0x2E, 0xFF0E, 0x3001, 0x29, 0xFF09].contains(values[k]) else { return false }
        return !ScalarClass.isDigit(values[k + 1]) && !ScalarClass.isSpace(values[k + 1])
    }

    /// A telephone number read from `start` in the direction of `step`: a mobile number (11 digits,
    /// `1` then 3–9: `13837312345`), one with its area code (`0373-4412345`, `03734412345`: a
    /// `0` first, 10 to 12 digits), or on a contact line a local one of 7 or 8 digits.
    /// `1200000 元` is a quantity (the audit).
    static func isTelephoneNumber(_ values: [UInt32], from start: Int, step: Int, contactLine: () -> Bool = { false }) -> Bool {
        var k = start
        var digits: [UInt32] = [], hyphens = 0
        while k >= 0, k < values.count, ScalarClass.isDigit(values[k]) || values[k] == 0x2D, abs(k - start) < 20 {
            if values[k] == 0x2D { hyphens += 1 } else { digits.append(values[k]) }
            k += step
        }
        if step < 0 { digits.reverse() }
        guard let first = digits.first, hyphens <= 1 else { return false }
        if hyphens == 0, digits.count == 11, first == 0x31, digits[1] >= 0x33 { return true }
        // On a contact line (`联系人：赵文华 23881234`) a local number of 7 or 8 digits too.
        if (7...8).contains(digits.count), contactLine() { return true }
        return first == 0x30 && (10...12).contains(digits.count)
    }

    /// Reports a space before a token that had no space after it.
    static func flush(_ scanner: inout TypographyScanner, _ sink: inout FindingSink) {
        guard let pending = scanner.pendingAlphanumericSpace else { return }
        scanner.pendingAlphanumericSpace = nil
        report(pending, "前", &sink)
    }

    private static func report(_ pending: Pending, _ side: String, _ sink: inout FindingSink) {
        guard let first = pending.edits.first, let last = pending.edits.last else { return }
        sink.report(rule, first.start, last.end, message: "“\(pending.token)”\(side)有空格：公文中汉字与数字、字母之间不加空格，删去空格",
                    fix: Fix(description: "删去空格", edits: pending.edits))
    }
}
