/// S7: 一是、二是、三是… within a point: no gap, repeat or wrong order.
enum SubPointSequence {
    static let rule = Rule(
        code: "S7", slug: "subpoint-sequence", severity: .error, scope: .article,
        title: "“一是、二是”顺序不对",
        message: "层次序号“一是、二是……”跳号、重复或倒序：按顺序编号",
        explanation: "一个要点（或没有要点的文章）里，句首的“一是、二是、三是……”应从“一是”起连续编号，每个新要点重新从“一是”开始，要点下的每个（一）、1.、（1）层次也各自从“一是”开始；另起一段又从“一是”数起的（“在组织方式上，一是……”），是新的一组。只认句首（段首或句号、分号、冒号、逗号之后）的序号，“统一是”之类不受影响，“一是一，二是二”是成语，不是序号。一处错误只报一次：其后的序号接着错的那个或按原来的位置编号都算对。",
        wrongExample: "一是注重系统化学习。三是注重多形式宣传。",
        rightExample: "一是注重系统化学习。二是注重分层次培训。三是注重多形式宣传。")

    static func visit(_ scanner: inout TypographyScanner, at index: Int, _ sink: inout FindingSink) {
        let values = scanner.values
        var k = index - 1
        // Spaces too: an OCR line may open with one (` 二是…` after `…实效.`).
        func skipBreaks() {
            while k >= 0, values[k] == TypographyScanner.lineBreak || values[k] == TypographyScanner.pageBreak || ScalarClass.isSpace(values[k]) { k -= 1 }
        }
        skipBreaks()
        // The numeral's scalars, read backwards (a string is made only of a numeral counted: 是
        // is common, and inserting at a string's start cost more than the scan).
        var digits: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var digitCount = 0
        var numeralStart = index
        while k >= 0, ScalarClass.isNumeralCharacter(values[k]), digitCount < 3, Unicode.Scalar(values[k]) != nil {
            switch digitCount {
            case 0: digits.0 = values[k]
            case 1: digits.1 = values[k]
            default: digits.2 = values[k]
            }
            digitCount += 1
            numeralStart = k
            k -= 1
            skipBreaks()
        }
        guard digitCount > 0 else { return }
        if digitCount == 1, GenrePatterns.repeatsNumeral(digits.0, after: index + 1 < values.count ? values[index + 1] : nil,
                                                         then: index + 2 < values.count ? values[index + 2] : nil) { return }
        if k >= 0, !GenrePatterns.isClauseBoundary(values[k]) {
            // `…几个方面|一是…` (a line or page break after an unfinished line) or `统一是`: not
            // counted, but a 二是 right after it is no slip either.
            if digitCount == 1, digits.0 == 0x4E00 { scanner.subPoints.uncountedOne = true }
            return
        }
        var numeral = String.UnicodeScalarView()
        for value in [digits.2, digits.1, digits.0].suffix(digitCount) { if let scalar = Unicode.Scalar(value) { numeral.append(scalar) } }
        guard let value = ChineseNumeral.value(String(numeral)) else { return }
        // A lower level (（一）, 1., （1）) opened since the last 一是… starts the count again.
        let start = scanner.offset(numeralStart)
        // (Nothing to look for when the count has just started.)
        if scanner.subPoints.count > 0, opensLevel(scanner, before: numeralStart) { scanner.subPoints.reset() }
        // A paragraph of its own that counts again from 一是 after its own lead-in (`在组织方式上，
        // 一是…`, after a paragraph with its 一是、二是) opens a new enumeration: the clerk's own
        // grouping (audit 19). A paragraph opening with 一是 is an item of the list going on (one
        // item a paragraph, or a line of OCR text): 一是 there is still a slip (audit 20).
        if value == 1, k >= 0, scanner.subPoints.count > 0, scanner.subPoints.lastParagraph != scanner.paragraphNumber { scanner.subPoints.reset() }
        scanner.subPoints.lastParagraph = scanner.paragraphNumber
        scanner.subPoints.lastOffset = start
        if value == 2, scanner.subPoints.count == 0, scanner.subPoints.uncountedOne { _ = scanner.subPoints.take(1) }
        let (inOrder, expected) = scanner.subPoints.take(value)
        guard !inOrder, let want = ChineseNumeral.string(expected) else { return }
        sink.report(rule, start, scanner.offset(index) + 3,
                    message: "层次序号应为“\(want)是”，这里是“\(String(numeral))是”：按一是、二是、三是……顺序编号")
    }
}

extension SubPointSequence {
    /// True when a level number (（一）, （1）, 1.) opens a sentence of this paragraph between the
    /// last 一是… counted and `index`. Looks back only that far, so each scalar is looked at once.
    static func opensLevel(_ scanner: TypographyScanner, before index: Int) -> Bool {
        let values = scanner.values
        var k = index - 1
        while k >= 0, scanner.offset(k) > scanner.subPoints.lastOffset {
            let value = values[k]
            switch value {
            case 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, TypographyScanner.lineBreak, TypographyScanner.pageBreak:
                if levelNumber(values, at: k + 1) { return true }
            default:
                break
            }
            k -= 1
        }
        return k < 0 && levelNumber(values, at: 0)
    }

    /// `（一）`, `(1)`, `1.`, `1、` (spaces before it allowed) at `start`; `1.65` is a number. Read by
    /// `GenrePatterns.NumberedOpening`, the checker's one reader of numbered openings; 一、 is a point, not a
    /// lower level.
    static func levelNumber(_ values: [UInt32], at start: Int) -> Bool {
        guard start < values.count, GenrePatterns.NumberedOpening.canOpen(values[start]) || ScalarClass.isSpace(values[start]),
              let number = GenrePatterns.NumberedOpening(values, from: start) else { return false }
        if number.bracketed { return true }
        guard number.arabic, let mark = number.mark else { return false }
        return values[mark] == 0x2E || values[mark] == 0xFF0E || values[mark] == 0x3001
    }
}

/// The 一是/二是 numbers of the current point (also used for the points 一、二、 of an article).
struct SubPointCounter {
    /// The last number written, and how many numbers came so far.
    var last = 0
    var count = 0
    /// Where the last 一是… counted stands (a byte offset, so it tells paragraphs apart); -1 before any.
    var lastOffset = -1
    /// An 一是 not at a clause boundary came since the count started.
    var uncountedOne = false
    /// The logical paragraph (`TypographyScanner.paragraphNumber`) of the last 一是… counted.
    var lastParagraph = -1

    mutating func reset() { last = 0; count = 0; uncountedOne = false }

    /// Takes the next number: in order when it follows the last one written or stands at its
    /// place in the count, so one slip (一是、三是、三是 or 一是、三是、四是) is one finding, not a
    /// cascade. `expected` is the number its place calls for.
    mutating func take(_ value: Int) -> (inOrder: Bool, expected: Int) {
        let expected = count + 1
        let inOrder = value == expected || value == last + 1
        last = value
        count += 1
        return (inOrder, expected)
    }
}
