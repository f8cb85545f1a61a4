import SourceText

/// P4: spaces between Chinese characters, around Chinese punctuation, or opening a line.
enum StraySpace {
    static let rule = Rule(
        code: "P4", slug: "stray-space", severity: .error, scope: .text,
        title: "多余空格",
        message: "汉字或中文标点之间有多余空格：删去空格",
        explanation: "汉字之间、中文标点前后以及行首的空格是排版或识别的残留，可自动删去；段首序号（一、（一）1.）后的制表符或空格（Word 自动编号存成文本时留下的）也删去，Markdown 列表“1. ”后的一个空格除外；逐字空开（一行里过半的字间有空格）的一行只报一次；不间断空格（U+00A0）和普通空格一样对待。标题（文章标题、目录条目、单独成行的小标题，如“### 闻令而动强部署 统筹谋划开新局”）中两个短语之间的一个空格（半角或全角）是本文体的写法，不算错误；分两三行排印的标题（一行一段的来稿里 A1 指出）第二、三行中的这个空格也一样。标题和导语排在同一行、中间隔着几个空格的（“林州市：强化代表履职 助力乡村振兴　　今年以来，……”，Word 或 PDF 里居中的标题后面接着正文），报在空格处，不自动修改，请在标题后换行（jianbao parse 读作空格之前是标题，之后是导语）。行中较宽的空白（两个以上全角空格或制表符，常是小标题与正文、“编者按：”与正文之间排版留下的）只指出、不自动删去，以免把两段连在一起。段首序号后代替顿号的空格（“一　强化组织领导。”，全角空格、制表符或两个以上空格）由 P7 指出，不报、不删；只有一个半角空格的（“一 系列”“十 大工程”）多是词中误打的，照样指出、删去。名单式的空格（两边都是以空格、冒号或行首行尾为界的 2 至 8 个汉字的词，如“王五 赵六 孙七”“张三 市人大代表”；冒号引出的三个以上的词、两个人名，或以句号、“等”结束的两个词，如“代表有：王五 赵六 孙七。”“参会人员：王五 赵六 孙七 周八等20余名代表”“参加人员：王建国 李红梅，……”）是分隔词语的，不报，也不会被删去。标题和导语之间只隔一个全角空格（或两个半角空格）、导语是成句的正文的，也按标题和导语处理，只指出、不删去。供稿行中把作者姓名（2 至 4 个汉字）与单位、“供稿”隔开的空格（“（林州市人大常委会代表工委 王五 供稿）”）同样是分隔，不报、不删。汉字与阿拉伯数字、拉丁字母之间的空格由 P8 提示：公文在汉字与数字之间不加空格，本工具也没有任何规则要求加空格。",
        wrongExample: " 河 南 省 人 大 常 委 会\n\n紧扣 “壮大新动能、奋进百强市”奋斗目标",
        rightExample: "河南省人大常委会\n\n### 闻令而动强部署 统筹谋划开新局\n\n紧扣“壮大新动能、奋进百强市”奋斗目标，推动32个政府部门开展活动",
        fixable: true)

    /// A space this rule deletes beside a Chinese clause or sentence mark, typed full-width or
    /// half-width (`今年以来， 林州市`, `今年以来, 林州市`): what the reader deletes from the notes'
    /// text (`NotesTextFixes`). Other spaces are this rule's to judge in context (a title's two
    /// phrases, `能力淬炼 “三位一体”`; a list of names), and stay in the notes.
    static func deletesBesideMark(_ edit: TextEdit, in bytes: [UInt8]) -> Bool {
        guard edit.replacement.isEmpty else { return false }
        // ，。、；：！？ and , . ; : ! ?
        func isMark(_ value: UInt32) -> Bool {
            [0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(value)
                || value == 0xFF09 || value == 0x29   // ） ): after `（一）`, a numbering's gap
        }
        let before = edit.start > 0 ? GenrePatterns.previousScalar(bytes, before: edit.start) : nil
        let after = edit.end < bytes.count ? UTF8Scalar.decodeOrReplace(bytes, at: edit.end, end: bytes.count).value : nil
        return before.map(isMark) == true || after.map(isMark) == true
    }

    /// A space right beside ，。、；：！？ or , . ; : ! ?: the text may have a space for
    /// `deletesBesideMark` (a cheap first test, asked of every text of the notes).
    static func hasSpaceBesideMark(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasSpaceBesideMark) ?? Array(text.utf8).withUnsafeBufferPointer(hasSpaceBesideMark)
    }

    /// The gap between a title and its lead run on after it on its line (`TextLayout.titleGap`):
    /// a paragraph break typed as spaces. Reported, not fixed: a break written into the file
    /// would have to follow its line endings and, in a Word review copy, be a new paragraph (the
    /// audit: a bare LF in a CRLF file, `\n\n` shown as spaces in Word); deleting the gap, as P4
    /// does a stray space, glued title and lead.
    static func reportTitleGap(_ gap: Range<Int>, _ sink: inout FindingSink) {
        sink.report(rule, gap.lowerBound, gap.upperBound, message: "标题和导语连在一行，中间只隔着空格：在标题后换行，另起一段")
    }

    /// A space (ASCII, tab or U+3000) right before or after ，。、；：！？.
    private static func hasSpaceBesideMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The marks of `deletesBesideMark`, ） and ) with them (a numbering's gap, `（一）\t`).
        @inline(__always) func isHalfWidthMark(_ byte: UInt8) -> Bool {
            byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F || byte == 0x29
        }
        @inline(__always) func isMark(_ at: Int) -> Bool {
            guard at >= 0, at + 2 < bytes.count else { return false }
            let (a, b, c) = (bytes[at], bytes[at + 1], bytes[at + 2])
            if a == 0xEF, b == 0xBC { return c == 0x8C || c == 0x9B || c == 0x9A || c == 0x81 || c == 0x9F || c == 0x89 }
            return a == 0xE3 && b == 0x80 && (c == 0x82 || c == 0x81)
        }
        // Chinese text is three-byte characters: a lead byte E0…EF is stepped over whole, only
        // E3 80 80 (U+3000) is looked at.
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes with the high bit set and no E3 (the lead of U+3000) hold no space:
            // passed over at once (the reader asks this of every text). A continuation byte
            // landed on steps by one below, so the walk finds the next lead again.
            if index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                let xored = word ^ 0xE3E3_E3E3_E3E3_E3E3
                let hasE3 = (xored &- 0x0101_0101_0101_0101) & ~xored & 0x8080_8080_8080_8080 != 0
                if word & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080, !hasE3 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte >= 0xE0, byte < 0xF0 {
                if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80, isMark(index - 3) || isMark(index + 3) { return true }
                index += 3
                continue
            }
            if byte == 0x20 || byte == 0x09 {
                if isMark(index - 3) || isMark(index + 1) { return true }
                if index > 0, isHalfWidthMark(bytes[index - 1]) { return true }
                if index + 1 < count, isHalfWidthMark(bytes[index + 1]) { return true }
            }
            index += 1
        }
        return false
    }

    /// Spaces found so far on one line, reported as one finding when they are close together.
    struct Pending {
        var firstIndex: Int
        var lastIndex: Int
        var edits: [TextEdit]
        /// Spaces opening a line (a tab typed as the paragraph's indent): said so, since "between
        /// Chinese characters" would not tell the clerk where to look.
        var opensLine = false
        /// A wide gap inside a line (two U+3000 or more, a tab): a layout's break more often than
        /// a slip (a point's heading and its text, `编者按：　　…`, a title and its lead): reported,
        /// not deleted — deleting it glued the two (the audit).
        var wideGap = false
    }

    static func check(_ scanner: inout TypographyScanner, from start: Int, to end: Int, phraseSpaceAllowed: Bool, phraseLength: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        guard end < values.count else { return }
        let right = values[end]
        if right == TypographyScanner.lineBreak || right == TypographyScanner.pageBreak { return } // trailing (a Markdown line break)
        let left: UInt32? = start > 0 ? values[start - 1] : nil
        let stray: Bool
        let opensLine = left == nil || left == TypographyScanner.lineBreak || left == TypographyScanner.pageBreak
        // `一　强化组织领导。`: the spaces stand for the point number's 、, which P7 reports;
        // deleting them would run the numeral into the heading (`一强化…`).
        if start == scanner.pointMark { return }
        // `一、\t联系…` `（一）\t建强…` `1.\t优化…`: Word's list numbering saved as text leaves a tab
        // (or spaces) after the number — no paragraph break to make, a gap to delete (audit 19:
        // P4 advised a new paragraph, or said nothing after `1.`). A Markdown list's `1. ` keeps its space.
        if start == scanner.pointNumberEnd, start > 0, ScalarClass.isChinese(right),
           !(end - start == 1 && values[start] == 0x20 && (values[start - 1] == 0x2E || values[start - 1] == 0x29)) {
            let edit = TextEdit(start: scanner.offset(start), end: scanner.offset(end), replacement: "")
            let tab = values[start..<end].contains(0x09)
            sink.report(rule, edit.start, edit.end, message: tab ? "序号后面多了制表符（Word 自动编号存成文本时留下的）：删去" : "序号后面多了空格：删去",
                        fix: Fix(description: "删去序号后的空白", edits: [edit]))
            return
        }
        if opensLine {
            // Opening spaces; full-width spaces there are the customary paragraph indent.
            let ideographicIndent = (start..<end).allSatisfy { values[$0] == 0x3000 }
            stray = !ideographicIndent && (ScalarClass.isChinese(right) || ScalarClass.fullWidth(of: right) != nil)
        } else if let left {
            let chineseLeft = ScalarClass.isChinese(left), chineseRight = ScalarClass.isChinese(right)
            let halfLeft = ScalarClass.fullWidth(of: left) != nil, halfRight = ScalarClass.fullWidth(of: right) != nil
            var isStray = (chineseLeft && (chineseRight || halfRight)) || (halfLeft && chineseRight)
            // `1. 完善…`: the space after a Markdown list number belongs to its syntax.
            if isStray, start - 1 == scanner.pointMark, left == 0x2E || left == 0x29 { isStray = false }
            if isStray, phraseSpaceAllowed, end - start == 1, values[start] == 0x20 || values[start] == 0xA0 || values[start] == 0x3000,
               GenrePatterns.isHeadingPhraseSpace(left: left, right: right, phraseLength: phraseLength) {
                isStray = false // the one space between the two phrases of a heading
            }
            stray = isStray
        } else {
            stray = false
        }
        guard stray else { return }
        // `张三 市人大代表`, `出席人员：王五 赵六 孙七`: short words standing alone between spaces, the
        // line's ends or a colon are a list, and the space separates them; deleting it would merge them.
        if let left, ScalarClass.isIdeograph(left), ScalarClass.isIdeograph(right), scanner.separatesWords(start, end) { return }
        if scanner.contributorLine, scanner.setsOffName(start, end) || scanner.setsOffUnitOrCredit(start, end) { return }
        let edit = TextEdit(start: scanner.offset(start), end: scanner.offset(end), replacement: "")
        let wide = !opensLine && (values[start..<end].contains(0x09) || values[start..<end].reduce(0) { $0 + ($1 == 0x3000 ? 1 : 0) } >= 2)
        if var pending = scanner.pendingSpace, start - pending.lastIndex <= 2 {
            scanner.pendingSpace = nil   // own the edits, so appending does not copy them (a spaced-out line is long)
            pending.edits.append(edit)
            pending.lastIndex = end
            pending.wideGap = pending.wideGap || wide
            scanner.pendingSpace = pending
        } else {
            flush(&scanner, &sink)
            scanner.pendingSpace = Pending(firstIndex: start, lastIndex: end, edits: [edit], opensLine: opensLine, wideGap: wide)
        }
    }

    static func flush(_ scanner: inout TypographyScanner, _ sink: inout FindingSink) {
        guard let pending = scanner.pendingSpace, let first = pending.edits.first, let last = pending.edits.last else { return }
        scanner.pendingSpace = nil
        if pending.wideGap, !(pending.edits.count >= 3 && isSpacedOut(scanner, around: pending)) {
            sink.report(rule, first.start, last.end, message: "汉字之间隔着较宽的空白（几个全角空格或制表符）：是分段处的换行就另起一段，否则删去空格")
            return
        }
        let message = pending.edits.count >= 3 && isSpacedOut(scanner, around: pending) ? "逐字空开：字间有多余空格，删去空格"
            : pending.opensLine && pending.edits.count == 1 ? "行首有多余空格：删去空格（需要段首缩进时用两个全角空格）"
            : rule.message
        sink.report(rule, first.start, last.end, message: message, fix: Fix(description: "删去空格", edits: pending.edits))
    }

    /// True when spaces stand between at least half of the neighbouring characters of the line
    /// (` 河 南 省 人 大`), not only in one stretch of it (`它是 “ 网格+代表 ” 模式 。`). Lines
    /// longer than 200 characters are never spaced out letter by letter.
    private static func isSpacedOut(_ scanner: TypographyScanner, around pending: Pending) -> Bool {
        let values = scanner.values
        func isBreak(_ value: UInt32) -> Bool { value == TypographyScanner.lineBreak || value == TypographyScanner.pageBreak }
        var start = pending.firstIndex
        while start > 0, !isBreak(values[start - 1]) {
            start -= 1
            if pending.firstIndex - start > 400 { return false }
        }
        var characters = 0, gaps = 0, previousWasSpace = false
        var k = start
        while k < values.count, !isBreak(values[k]) {
            if ScalarClass.isSpace(values[k]) {
                previousWasSpace = true
            } else {
                if previousWasSpace, characters > 0 { gaps += 1 }
                characters += 1
                previousWasSpace = false
                if characters > 200 { return false }
            }
            k += 1
        }
        return characters > 1 && 2 * gaps >= characters - 1
    }
}

extension TypographyScanner {
    /// How a unit's word ends (`代表工委`, `常委会`, `办公室`): no author's name ends so.
    static let unitWordEndings: Set<UInt32> = Set("委会室组部办处站局厅院所队社科股团联".unicodeScalars.map(\.value))

    /// Longest word of a list (a name, a title such as 市人大代表), in scalars.
    static let listWordLength = 8

    /// True when the space `start..<end` of a 供稿 line sets a person's name (2 to 4 ideographs,
    /// not 供稿) apart: `（…代表工委 王五 供稿）`, `（…供稿 王五）`. Deleting it would join the
    /// name to the unit; both spaces around the name are judged alike.
    func setsOffName(_ start: Int, _ end: Int) -> Bool {
        // A unit's word (`代表工委`, `办公室`) is no name: it ends as units do.
        func isName(_ range: Range<Int>) -> Bool {
            (2...4).contains(range.count) && text(range) != "供稿" && !Self.unitWordEndings.contains(values[range.upperBound - 1])
        }
        var k = start - 1
        while k >= 0, start - k <= 5, ScalarClass.isIdeograph(values[k]) { k -= 1 }
        if k >= 0, ScalarClass.isSpace(values[k]), isName(k + 1..<start) { return true }
        k = end
        while k < values.count, k - end < 7, ScalarClass.isIdeograph(values[k]) { k += 1 }
        guard k < values.count, ScalarClass.isSpace(values[k]) || values[k] == 0xFF09 || values[k] == 0x29 else { return false }
        // `（…代表工委 李红梅供稿）`: the name runs into 供稿 (the thirteenth audit: the fix glued it to the unit).
        if k - end >= 4, text(k - 2..<k) == "供稿" { return isName(end..<(k - 2)) }
        return k - end <= 5 && isName(end..<k)
    }

    /// True when the space `start..<end` of a 供稿 line sets apart a writer's credit after 供稿
    /// (`供稿　执笔：张明`, `GenrePatterns.contributorCreditLabels`) or a second unit
    /// (`……代表工委　唐河县人大常委会供稿`: a unit's word either side, the second naming its 人大).
    /// Deleting it would run two
    /// fields into one (the seventeenth audit).
    func setsOffUnitOrCredit(_ start: Int, _ end: Int) -> Bool {
        guard start >= 2, end < values.count else { return false }
        if text(start - 2..<start) == "供稿" {
            let following = text(end..<min(values.count, end + 4))
            return GenrePatterns.contributorCreditLabels.contains { following.hasPrefix(String(decoding: $0, as: UTF8.self)) }
        }
        guard Self.unitWordEndings.contains(values[start - 1]) else { return false }
        var k = end
        while k < values.count, k - end < 24, ScalarClass.isIdeograph(values[k]) { k += 1 }
        // A whole body (`唐河县人大常委会`), not the rest of the first one's name (`…常委会 代表工委供稿`).
        return k - end >= 8 && text(k - 2..<k) == "供稿" && Self.unitWordEndings.contains(values[k - 3]) && text(end..<(k - 2)).contains("人大")
    }

    /// True when the words on both sides of the space `start..<end` are runs of at most
    /// `listWordLength` ideographs bounded by a space, a colon or the line's ends — a list of names
    /// or a name and a title, not a phrase with a stray space inside a sentence. In a list a colon
    /// opens (`代表有：王五 赵六 孙七。`) the last word may end at anything: `孙七。`, `周八等参加`,
    /// `周八等20余名` (P8's fix). Else the fixes cascaded: the last space deleted, the next pass
    /// saw no list, and so on to the first (the audit). Not so `组织代表 王五 视察。`: no colon.
    func separatesWords(_ start: Int, _ end: Int) -> Bool {
        func isBound(_ value: UInt32) -> Bool {
            value == Self.lineBreak || value == Self.pageBreak || ScalarClass.isSpace(value) || value == 0xFF1A || value == 0x3A
        }
        // Single characters between spaces (` 河 南 省`) are a word spaced out, not a list.
        var k = start - 1, length = 0
        while k >= 0, ScalarClass.isIdeograph(values[k]) {
            guard length < Self.listWordLength else { return false }
            length += 1
            k -= 1
        }
        guard length >= 2 else { return false }
        let leftStart = k + 1
        let leftBound = k >= 0 ? values[k] : Self.lineBreak
        k = end
        length = 0
        while k < values.count, ScalarClass.isIdeograph(values[k]) {
            guard length < Self.listWordLength else { return false }
            length += 1
            k += 1
        }
        guard length >= 2 else { return false }
        let rightBound = k < values.count ? values[k] : Self.lineBreak
        guard isBound(leftBound) else { return false }
        if isBound(rightBound) { return true }
        // A list a colon opens: three words or more, or two ending the sentence (`王五 赵六。`,
        // `…等`) or two names; two longer words going on with a comma are a clause
        // (`会议强调：各级代表 要…，`).
        guard let words = wordsSinceColon(before: start) else { return false }
        let endsSentence = rightBound == 0x3002 || values[k - 1] == 0x7B49   // 。 等
        // Two names (2 or 3 characters each, `王建国 李红梅，…`) are a list whatever follows.
        let twoNames = words == 1 && length <= 3 && start - leftStart <= 3
        return words + 1 >= 3 || endsSentence || twoNames
    }

    /// Walking back from the space at `space` over words of the list (ideographs, spaces between,
    /// at most a dozen words): how many there are when a colon opens them, nil when none does.
    private func wordsSinceColon(before space: Int) -> Int? {
        var k = space - 1
        for words in 1...12 {
            while k >= 0, ScalarClass.isSpace(values[k]) { k -= 1 }
            var length = 0
            while k >= 0, ScalarClass.isIdeograph(values[k]), length <= Self.listWordLength { k -= 1; length += 1 }
            guard k >= 0, length >= 2, length <= Self.listWordLength else { return nil }
            if values[k] == 0xFF1A || values[k] == 0x3A { return words }
            guard ScalarClass.isSpace(values[k]) else { return nil }
        }
        return nil
    }
}
