import SourceText

/// The typography rules, the page-break rules and the 一是、二是 order in one left-to-right scan
/// over the scalars of each logical paragraph (page-break splits joined), so the cost is one
/// decode per byte however many rules are on. Each rule's judgement lives in its own file
/// under `Rules/`; this file only walks the text and keeps the state they share.
struct TypographyScanner {
    /// Line break inside a block (a wrap) and a page-break join between blocks; both are
    /// transparent to the rules except where a rule says otherwise.
    static let lineBreak: UInt32 = 0x0A
    static let pageBreak: UInt32 = 0x0B

    var values: [UInt32] = []
    /// UTF-8 offset of each buffered scalar (32 bits: less memory traffic; texts stay under 2 GB).
    var offsets: [Int32] = []
    /// Buffer index where each block of the paragraph starts, with the block index.
    var blockStarts: [(position: Int, block: Int)] = []
    var pairs = PairStack()
    var subPoints = SubPointCounter()
    /// The lower levels' numbers of the current point (S11), counted in article text only.
    var levels = LevelSequence.Levels()
    var countsLevels = false
    /// Which logical paragraph is being scanned (counted from 0): S7 lets a new one count again from 一是.
    var paragraphNumber = -1
    var plus = PlusReadAsTen.Evidence()
    var pendingSpace: StraySpace.Pending?
    var pendingAlphanumericSpace: SpaceBesideAlphanumeric.Pending?
    /// Index of the mark after the point number opening the current line (`2.` `二.` `1、`), or -1:
    /// P7 judges that mark, P1 never turns it into 。 or ，.
    var pointMark = -1
    /// Index of the first scalar after that number and its mark (`一、` `（一）` `1.`), or -1: a gap
    /// there is Word's list numbering saved as text, P4's to delete.
    var pointNumberEnd = -1
    /// True in the 供稿 line, where P4 leaves the spaces around an author's name.
    var contributorLine = false
    /// Half-width `(` of the paragraph still waiting for their `)` (P1 converts a pair or neither).
    var openBrackets: [Int] = []
    /// P1's runs of brackets in the paragraph, joined by pairs (judged when the paragraph ends).
    var brackets = BracketRuns()
    /// The straight `"` and `'` of the paragraph still waiting for their partner, or -1: a
    /// straight quote opens or closes by its place in the pair.
    var openStraightQuotes = (double: -1, single: -1)
    /// The closing quote of the last straight pair P1 turns full-width (-1 for none): a mark after
    /// it is in Chinese text, as it is once fixed (`"WPS","Word"`).
    var turnedQuoteClose = -1
    /// Where the current line starts, and whether it is a Markdown link reference definition.
    var currentLineStart = 0
    /// The line last asked whether it is a table's row (its start in the buffer), and the answer.
    var tableRowAsked = (line: -1, answer: false)

    /// The line starting at `lineStart` opens with a contact label (`联系人：`, `电话：`, `联系电话：`):
    /// P8 leaves a local telephone number's spaces there.
    static func isContactLine(_ values: [UInt32], from lineStart: Int) -> Bool {
        var k = lineStart
        while k < values.count, ScalarClass.isSpace(values[k]) { k += 1 }
        return Self.contactLabels.contains { label in
            k + label.count < values.count && values[k..<(k + label.count)].elementsEqual(label)
                && (values[k + label.count] == 0xFF1A || values[k + label.count] == 0x3A)
        }
    }
    static let contactLabels: [[UInt32]] = ["联系人", "电话", "联系电话"].map { $0.unicodeScalars.map(\.value) }
    var onLinkDefinitionLine = false
    /// The last run of half-width marks P1 measured (marks and short `(1)` groups side by side),
    /// with the significant scalars on either side of it: every mark of the run reuses it.
    var markRun: (range: Range<Int>, previous: UInt32?, next: UInt32?)?

    static func scan(_ layout: TextLayout, _ sink: inout FindingSink) {
        var scanner = TypographyScanner()
        let active = ActiveRules(sink)
        // The lines between the blocks of each join A1 reports (its fix deletes them, page numbers and all).
        var joinedGaps: [Range<Int>] = []
        for paragraph in layout.logicalParagraphs {
            // The role alone: a copy of the block would retain its text for every paragraph.
            let firstRole = layout.blocks[paragraph.lowerBound].role
            if firstRole == .separator || firstRole == .credit { continue }
            switch firstRole {
            case .heading, .point, .contributor, .masthead, .album, .contents:
                scanner.subPoints.reset()
                scanner.levels.reset()
            default: break
            }
            scanner.countsLevels = firstRole == .body || firstRole == .point
            scanner.paragraphNumber += 1
            scanner.tableRowAsked = (-1, false)
            scanner.load(layout, paragraph)
            scanner.run(layout, paragraph, active, &sink)
            if active.split {
                if firstRole == .heading { SplitParagraph.reportRegionLineAlone(layout, block: paragraph.lowerBound, &sink) }
                for index in paragraph where layout.blocks[index].continues && !layout.blocks[index].isNoteLabel && index + 1 < layout.blocks.count {
                    SplitParagraph.report(layout, block: index, &sink)
                    if !layout.pageNumberLines.isEmpty { joinedGaps.append((layout.blocks[index].lastLine + 1)..<layout.blocks[index + 1].firstLine) }
                }
            }
        }
        if active.split, !layout.pageNumberLines.isEmpty { SplitParagraph.reportPageNumbers(layout, besides: joinedGaps, &sink) }
        if active.plus { PlusReadAsTen.finish(scanner.plus, &sink) }
    }

    /// Decodes the blocks of one logical paragraph into the buffer, markup left out.
    private mutating func load(_ layout: TextLayout, _ paragraph: Range<Int>) {
        blockStarts.removeAll(keepingCapacity: true)
        // At most a scalar a byte, and a break a line and a block, and the closing break.
        var bound = 1
        for blockIndex in paragraph {
            bound += 1
            for lineNumber in layout.blocks[blockIndex].firstLine...layout.blocks[blockIndex].lastLine {
                bound += 1 + max(0, layout.lines[lineNumber].end - layout.lines[lineNumber].contentStart)
            }
        }
        // Written through pointers into buffers of that size: two appends a scalar, each checking
        // uniqueness and capacity, cost more than the decoding (the seventh session's profile).
        var offsets: [Int32] = []
        var blockStarts = self.blockStarts
        values = Array(unsafeUninitializedCapacity: bound) { values, valueCount in
            offsets = Array(unsafeUninitializedCapacity: bound) { offsets, offsetCount in
                var count = 0
                @inline(__always) func put(_ value: UInt32, _ offset: Int) {
                    values[count] = value
                    offsets[count] = Int32(truncatingIfNeeded: offset)
                    count += 1
                }
                layout.bytes.withUnsafeBufferPointer { bytes in
                    for blockIndex in paragraph {
                        let (textStart, firstLine, lastLine) = (layout.blocks[blockIndex].textStart, layout.blocks[blockIndex].firstLine, layout.blocks[blockIndex].lastLine)
                        if count > 0 { put(Self.pageBreak, textStart) }
                        blockStarts.append((count, blockIndex))
                        for lineNumber in firstLine...lastLine {
                            let line = layout.lines[lineNumber]
                            if lineNumber > firstLine { put(Self.lineBreak, line.start) }
                            var index = line.contentStart
                            let end = line.end
                            while index < end {
                                let byte = bytes[index]
                                // Three bytes led by E1…EC or EE…EF and two continuation bytes are always
                                // well-formed (no overlong form, no surrogate): ideographs, full-width
                                // punctuation, curly quotes — most of the text, decoded in place.
                                if byte >= 0xE1, byte <= 0xEF, byte != 0xED, index + 2 < end, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                                    put(UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), index)
                                    index += 3
                                    continue
                                }
                                if byte < 0x80, byte != 0x2A, byte != 0x5C { put(UInt32(byte), index); index += 1; continue }
                                if byte == 0x2A || (byte == 0x5C && index + 1 < end && bytes[index + 1] == 0x2A) { index += 1; continue }
                                let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
                                put(value, index)
                                index += length
                            }
                        }
                    }
                }
                put(Self.lineBreak, layout.blocks[paragraph.upperBound - 1].end)
                offsetCount = count
                valueCount = count
            }
        }
        self.offsets = offsets
        self.blockStarts = blockStarts
    }

    @inline(__always)
    func offset(_ index: Int) -> Int { Int(offsets[index]) }

    /// The text of buffer `range` as a message quotes it, line and page break markers left out.
    func text(_ range: Range<Int>) -> String {
        var scalars = String.UnicodeScalarView()
        for value in values[range] where value != Self.lineBreak && value != Self.pageBreak {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// The previous scalar before `index` that is not a break (nil at the start).
    func previousSignificant(_ index: Int, skippingSpaces: Bool) -> UInt32? {
        previousSignificantIndex(index, skippingSpaces: skippingSpaces).map { values[$0] }
    }

    func previousSignificantIndex(_ index: Int, skippingSpaces: Bool) -> Int? {
        var k = index - 1
        while k >= 0 {
            let value = values[k]
            if value == Self.lineBreak || value == Self.pageBreak || (skippingSpaces && ScalarClass.isSpace(value)) { k -= 1; continue }
            return k
        }
        return nil
    }

    func nextSignificant(_ index: Int, skippingSpaces: Bool) -> UInt32? {
        nextSignificantIndex(index, skippingSpaces: skippingSpaces).map { values[$0] }
    }

    func nextSignificantIndex(_ index: Int, skippingSpaces: Bool) -> Int? {
        var k = index + 1
        while k < values.count {
            let value = values[k]
            if value == Self.lineBreak || value == Self.pageBreak || (skippingSpaces && ScalarClass.isSpace(value)) { k += 1; continue }
            return k
        }
        return nil
    }

    private mutating func run(_ layout: TextLayout, _ paragraph: Range<Int>, _ active: ActiveRules, _ sink: inout FindingSink) {
        pairs.removeAll()
        openBrackets.removeAll(keepingCapacity: true)
        brackets.reset()
        openStraightQuotes = (-1, -1)
        turnedQuoteClose = -1
        markRun = nil
        pendingSpace = nil
        pendingAlphanumericSpace = nil
        var nextBlockStart = 0
        var phraseSpaceAllowed = false
        var layoutSpacing = false
        var mastheadText = false
        // The gap between a title and the lead run on after it on its line: a paragraph break to P4.
        var titleGap: Range<Int>? = nil
        var articleText = false
        var phraseLength = 0
        var fullWidthRunStart = -1
        var index = 0
        let count = values.count
        // A run of spaces from `start` (ASCII, tab, U+00A0, U+3000), judged whole by P4 and P8: where it ends.
        func spaceRun(from start: Int) -> Int {
            var end = start + 1
            while end < count, ScalarClass.isSpace(values[end]) { end += 1 }
            // A table's cells set apart by tabs or wide gaps: the table's layout, no stray space.
            // (Not a heading's or contents entry's: `郑州市：代表履职报告⇥2025` is P8's.)
            if !phraseSpaceAllowed, end - start >= 2 || values[start] == 0x09 || values[end - 1] == 0x09, isTableRow(layout) {
                phraseLength = 0
                return end
            }
            if active.space {
                checkSpaces(from: start, to: end, titleGap: titleGap, layoutSpacing: layoutSpacing, mastheadText: mastheadText,
                            phraseSpaceAllowed: phraseSpaceAllowed, phraseLength: phraseLength, &sink)
            }
            if active.alphanumericSpace, articleText {
                SpaceBesideAlphanumeric.check(&self, from: start, to: end, phraseSpaceAllowed: phraseSpaceAllowed, phraseLength: phraseLength, &sink)
            }
            phraseLength = 0
            return end
        }
        lineStart(at: 0, active, &sink)
        while index < count {
            if nextBlockStart < blockStarts.count, blockStarts[nextBlockStart].position == index {
                // Read in place: a copy of the block would retain its text.
                let blockIndex = blockStarts[nextBlockStart].block
                let role = layout.blocks[blockIndex].role, textStart = layout.blocks[blockIndex].textStart, end = layout.blocks[blockIndex].end
                // A title's further lines too (Word's layout, a line a block), as the reader joins them.
                phraseSpaceAllowed = role == .heading || role == .contents || layout.blocks[blockIndex].isHeadingLine || layout.blocks[blockIndex].goesOnWithTitle
                // The issuer and the copies of the 印发 line are set apart on purpose, as is the
                // `目  录` heading over the contents (the reader's `isContentsHeading`), and the two
                // words of a handling mark (`（内部资料 注意保存）`, as without its brackets).
                layoutSpacing = role == .footerIssuer
                    || (role == .masthead && (GenrePatterns.isContentsHeading(layout.bytes, from: textStart, to: end)
                        || (layout.blocks[blockIndex].firstLine == layout.blocks[blockIndex].lastLine && GenrePatterns.isClassificationMark(Array(layout.bytes[textStart..<end])))))
                mastheadText = role == .masthead
                titleGap = layout.titleGap(ofBlock: blockIndex)
                contributorLine = role == .contributor
                // The masthead (第 16 期, 2026 年 6 月 4 日), album line and footer (共印 60 份) are
                // set with spaces by the genre's layout; P8 looks at the articles' text only.
                switch role {
                case .masthead, .album, .footerSend, .footerCopy, .footerIssuer: articleText = false
                default: articleText = true
                }
                phraseLength = 0
                if role == .point {
                    subPoints.reset()
                    levels.reset()
                }
                nextBlockStart += 1
            }
            let value = values[index]
            // Runs of full-width digits and letters end at the first other scalar.
            if fullWidthRunStart >= 0, !FullwidthAlphanumeric.continuesRun(values, at: index, pointMark: pointMark) {
                if active.fullWidth { FullwidthAlphanumeric.report(self, from: fullWidthRunStart, to: index, &sink) }
                fullWidthRunStart = -1
            }
            if value < 0x80 || value == 0xA0 {
                if value == 0x5D || value == 0x3C || value == 0x60, let end = literalEnd(at: index) {
                    // A link's destination, an autolink or a code span: not text, never touched.
                    if active.space { StraySpace.flush(&self, &sink) }
                    index = end
                    continue
                }
                if value == 0x20 || value == 0x09 || value == 0xA0 { // U+00A0 (Word's no-break space) is a space too
                    index = spaceRun(from: index)
                    continue
                }
                if value == Self.lineBreak || value == Self.pageBreak {
                    if active.space { StraySpace.flush(&self, &sink) }
                    lineStart(at: index + 1, active, &sink)
                } else if value == 0x2B {
                    if active.plus { PlusReadAsTen.visitPlus(&self, at: index) }
                } else if value == 0x28 || value == 0x29 {
                    if active.quote { UnbalancedQuote.visit(&self, at: index, &sink) }
                    if active.halfWidth { HalfwidthPunctuation.visitBracket(&self, at: index, &sink) }
                } else if value == 0x22 || value == 0x27 {
                    if active.halfWidth || active.quote { HalfwidthPunctuation.visitStraightQuote(&self, at: index, report: active.halfWidth, &sink) }
                } else if value == 0x2D || value == 0x7E, active.dateRange {
                    DateRangeDash.check(self, at: index, &sink)
                }
                if value == 0x3A { phraseLength = 0 } else if value != Self.lineBreak && value != Self.pageBreak { phraseLength += 1 }
                if active.halfWidth, value != 0x28, value != 0x29, ScalarClass.fullWidth(of: value) != nil {
                    HalfwidthPunctuation.check(&self, at: index, &sink)
                }
                if active.repeated, value == 0x21 || value == 0x3F { RepeatedPunctuation.checkHalfWidth(self, at: index, &sink) }
                index += 1
                continue
            }
            if value >= 0x4E00, value <= 0x9FFF, value != 0x5341, value != 0x662F {
                // Most scalars are ideographs no rule stops at: count and move on.
                phraseLength += 1
                index += 1
                continue
            }
            switch value {
            case 0x201C, 0x201D, 0x2018, 0x2019, 0xFF08, 0xFF09, 0x300A, 0x300B:
                // P1 needs the quotes open too: a straight pair inside “…” turns to ‘…’.
                if active.quote || active.plus || active.halfWidth { UnbalancedQuote.visit(&self, at: index, &sink, report: active.quote) }
            case 0xFF1A:
                phraseLength = -1
                if active.levels, countsLevels { LevelSequence.visitRunIn(&self, after: index, &sink) }
            case 0x3002, 0xFF1B, 0xFF01, 0xFF1F:
                if active.levels, countsLevels { LevelSequence.visitRunIn(&self, after: index, &sink) }
            case 0xFF0B:
                if active.plus { PlusReadAsTen.visitPlus(&self, at: index) }
            case 0xFF0D:
                if active.dateRange { DateRangeDash.check(self, at: index, &sink) }
            case 0x5341: // 十
                if active.plus { PlusReadAsTen.visit(&self, at: index) }
            case 0x662F: // 是
                if active.subPoints { SubPointSequence.visit(&self, at: index, &sink) }
            case 0x3000:
                // Judged as an ASCII space is: one U+3000 between a title's phrases is its phrase
                // space (typed with a Chinese input method; the thirteenth audit: --fix glued them).
                if active.space || active.alphanumericSpace {
                    index = spaceRun(from: index)
                    continue
                }
            default:
                if fullWidthRunStart < 0, FullwidthAlphanumeric.startsRun(value, after: index > 0 ? values[index - 1] : 0) { fullWidthRunStart = index }
            }
            if active.repeated, RepeatedPunctuation.isRepeatable(value) { RepeatedPunctuation.check(self, at: index, &sink) }
            phraseLength += 1
            index += 1
        }
        if active.space { StraySpace.flush(&self, &sink) }
        if active.alphanumericSpace { SpaceBesideAlphanumeric.flush(&self, &sink) }
        if active.halfWidth { HalfwidthPunctuation.finishBrackets(&self, &sink) }
        if active.quote { UnbalancedQuote.finish(&self, &sink) }
    }
}

extension TypographyScanner {
    /// P4 over a run of spaces `[start, end)`: the gap between a title and its lead (reported), the
    /// layout's spacing (the 印发 line, a masthead's field gaps: left), or what P4 judges.
    mutating func checkSpaces(from start: Int, to end: Int, titleGap: Range<Int>?, layoutSpacing: Bool, mastheadText: Bool,
                              phraseSpaceAllowed: Bool, phraseLength: Int, _ sink: inout FindingSink) {
        if let gap = titleGap, gap.contains(offset(start)) {
            StraySpace.reportTitleGap(gap, &sink)
        } else if !layoutSpacing, !(mastheadText && (isFieldGap(from: start, to: end) || opensChineseDate(at: end))) {
            StraySpace.check(&self, from: start, to: end, phraseSpaceAllowed: phraseSpaceAllowed, phraseLength: phraseLength, &sink)
        }
    }

    /// Spaces that set a masthead's fields apart (`党委办公室编　　第3期　　2023年5月8日`, the body
    /// and its date): more than one, a U+3000 or a tab — Word's layout, as the reader reads it
    /// (`GenrePatterns.issueMark`, `trimmedStart`) — before a field: 第 N 期, 总第 N 期, a bracketed
    /// 总期号, a date's digits. Not in prose typed under the date (`做法　　刊发如下`, a 编者按 with no
    /// blank line over it), nor between single characters (`代　表　工　作`): P4's.
    /// One space is a field gap too before an issue mark that fills the rest of the line
    /// (`人大工作简报 第5期`, `党委办公室编 第3期(总第45期) 2023年5月8日`: the fourteenth audit).
    func isFieldGap(from start: Int, to end: Int) -> Bool {
        guard end < values.count else { return false }
        if end - start == 1, values[start] == 0x20, values[end] == 0x7B2C {   // 第
            return restOfLine(from: end, atMost: 60).map { GenrePatterns.issueMark($0)?.beforeEnd == 0 } == true
        }
        guard end - start >= 2 || values[start] == 0x3000 || values[start] == 0x09 else { return false }
        func isGap(_ index: Int) -> Bool {
            index < 0 || index >= values.count || ScalarClass.isSpace(values[index]) || values[index] == Self.lineBreak || values[index] == Self.pageBreak
        }
        if isGap(start - 2), isGap(end + 1) { return false }
        let field = values[end]
        if field == 0x7B2C || field == 0x603B || field == 0x28 || field == 0xFF08 || ScalarClass.isDigit(field) { return true }   // 第 总 ( （ digits
        // A handling mark set right on the line (`第 24 期　　　内部资料`): a field too.
        guard field == 0x5185 || field == 0x6CE8 || field == 0x59A5 || field == 0x8BF7 || field == 0x4E0D else { return false }   // 内 注 妥 请 不
        return restOfLine(from: end, atMost: 40).map(GenrePatterns.isClassificationMark) == true
    }

    /// The line's scalars from `index` to its end as UTF-8, nil when more than `limit` of them:
    /// the masthead's field set right on its line (a handling mark, a date), judged by the reader's recogniser.
    func restOfLine(from index: Int, atMost limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var position = index
        while position < values.count, values[position] != Self.lineBreak, values[position] != Self.pageBreak {
            guard position - index < limit else { return nil }
            UTF8Scalar.append(values[position], to: &bytes)
            position += 1
        }
        return bytes
    }

    /// The current line is a table's row (`GenrePatterns.isTableRow`), asked once a line.
    mutating func isTableRow(_ layout: TextLayout) -> Bool {
        if tableRowAsked.line == currentLineStart { return tableRowAsked.answer }
        guard currentLineStart < values.count else { return false }
        let start = offset(currentLineStart)
        var end = start
        layout.bytes.withUnsafeBufferPointer { buffer in
            end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
        }
        tableRowAsked = (currentLineStart, GenrePatterns.isTableRow(layout.bytes, start, end))
        return tableRowAsked.answer
    }

    /// A masthead date in Chinese numerals fills the rest of the line from `index` (`……委员会　二〇二六年
    /// 五月八日`): a field the reader splits off there (`GenrePatterns.trailingDate`), as it does
    /// before a date in digits, which P4 never judges (no Chinese character right of the gap).
    func opensChineseDate(at index: Int) -> Bool {
        guard index < values.count, values[index] >= 0x3007, ChineseNumeral.yearDigit(values[index]) != nil,
              let bytes = restOfLine(from: index, atMost: 40) else { return false }   // longer than any date
        return GenrePatterns.trailingChineseDate(bytes)?.start == 0
    }

    /// A point number opening the line at `start` (after indentation, U+3000 included) is read
    /// as at a paragraph's start: P7 judges its form unless the line goes on with a sentence the
    /// previous line left open (`在|1、2月份`), and its mark is never P1's.
    mutating func lineStart(at start: Int, _ active: ActiveRules, _ sink: inout FindingSink) {
        pointMark = -1
        pointNumberEnd = -1
        currentLineStart = start
        onLinkDefinitionLine = isLinkReferenceDefinition(from: start)
        guard start < values.count, let number = GenrePatterns.NumberedOpening(values, from: start) else { return }
        // `…真方便."` closes its sentence as `…真方便。”` does (`GenrePatterns.closesSentenceInQuotes`).
        // A straight quote closes there only when it closed a pair (`GenrePatterns.closesQuotation`).
        let continues = previousSignificantIndex(start, skippingSpaces: true).map {
            let quoteClosedAPair = values[$0] == 0x22 ? openStraightQuotes.double < 0 : values[$0] == 0x27 ? openStraightQuotes.single < 0 : false
            return !GenrePatterns.closesClause(values[$0])
                && !(quoteClosedAPair && GenrePatterns.closesSentenceInQuotes(values[$0], after: $0 > 0 ? values[$0 - 1] : nil))
        } ?? false
        // Spaces typed for the mark (`一　强化…`) are one only where a point may start: in a sentence
        // the previous line left open (`统|一 部署`) they are P4's, as any stray space.
        if let mark = number.mark, ScalarClass.isSpace(values[mark]), continues { return }
        pointMark = number.mark ?? -1
        pointNumberEnd = number.end
        // A bracketed number opening a line is an item even under a line left open (a sub-heading
        // typed without a stop, `（二）规范活动流程`, in hard-wrapped text): `在|1、2月份` is Arabic.
        if active.levels, countsLevels, !continues || number.bracketed { LevelSequence.visit(&self, number, &sink) }
        if active.pointForm, !continues { PointNumberForm.check(self, number, &sink) }
    }
}

extension TypographyScanner {
    /// Past the end of Markdown that is no text, starting at `index` on one line: the destination
    /// (and title) of a link or image `](…)` after a `[`, an autolink `<https://…>` or
    /// `<name@host>`, a code span `` `…` ``. Nil when `index` opens none.
    func literalEnd(at index: Int) -> Int? {
        let count = values.count
        func isBreak(_ value: UInt32) -> Bool { value == Self.lineBreak || value == Self.pageBreak }
        switch values[index] {
        case 0x5D: // ](destination "title")
            guard index + 1 < count, values[index + 1] == 0x28 else { return nil }
            var k = index - 1
            while k >= 0, !isBreak(values[k]), values[k] != 0x5B { k -= 1 }
            guard k >= 0, values[k] == 0x5B else { return nil }
            var depth = 0
            k = index + 1
            while k < count, !isBreak(values[k]) {
                if values[k] == 0x28 { depth += 1 }
                if values[k] == 0x29 { depth -= 1; if depth == 0 { return k + 1 } }
                k += 1
            }
            return nil
        case 0x3C: // <scheme:…> or <name@host>: printable ASCII without spaces
            var k = index + 1
            var schemeLength = 0, schemeEnded = false, isScheme = false, sawAt = false
            while k < count, values[k] > 0x20, values[k] < 0x7F, values[k] != 0x3C {
                let value = values[k]
                if value == 0x3E { return isScheme || sawAt ? k + 1 : nil }
                if value == 0x40 { sawAt = true }
                if !schemeEnded {
                    let letter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                    if value == 0x3A, schemeLength >= 2 {
                        isScheme = true
                        schemeEnded = true
                    } else if letter || (schemeLength > 0 && (ScalarClass.isDigit(value) || value == 0x2B || value == 0x2E || value == 0x2D)) {
                        schemeLength += 1
                    } else {
                        schemeEnded = true
                    }
                }
                k += 1
            }
            return nil
        default: // `code`
            var k = index + 1
            while k < count, !isBreak(values[k]) {
                if values[k] == 0x60 { return k > index + 1 ? k + 1 : nil }
                k += 1
            }
            return nil
        }
    }
}

/// Which scanned rules are on, looked up once per text.
struct ActiveRules {
    let halfWidth, fullWidth, quote, space, alphanumericSpace, dateRange, repeated, pointForm, split, plus, subPoints, levels: Bool

    init(_ sink: FindingSink) {
        halfWidth = sink.isActive(HalfwidthPunctuation.rule)
        fullWidth = sink.isActive(FullwidthAlphanumeric.rule)
        quote = sink.isActive(UnbalancedQuote.rule)
        space = sink.isActive(StraySpace.rule)
        alphanumericSpace = sink.isActive(SpaceBesideAlphanumeric.rule)
        dateRange = sink.isActive(DateRangeDash.rule)
        repeated = sink.isActive(RepeatedPunctuation.rule)
        pointForm = sink.isActive(PointNumberForm.rule)
        split = sink.isActive(SplitParagraph.rule)
        plus = sink.isActive(PlusReadAsTen.rule)
        subPoints = sink.isActive(SubPointSequence.rule)
        levels = sink.isActive(LevelSequence.rule)
    }
}
