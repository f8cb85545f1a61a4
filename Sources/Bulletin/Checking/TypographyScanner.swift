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
    var plus = PlusReadAsTen.Evidence()
    var pendingSpace: StraySpace.Pending?
    var pendingAlphanumericSpace: SpaceBesideAlphanumeric.Pending?

    static func scan(_ layout: TextLayout, _ sink: inout FindingSink) {
        var scanner = TypographyScanner()
        scanner.values.reserveCapacity(4096)
        scanner.offsets.reserveCapacity(4096)
        let active = ActiveRules(sink)
        for paragraph in layout.logicalParagraphs {
            let first = layout.blocks[paragraph.lowerBound]
            if first.role == .separator { continue }
            switch first.role {
            case .heading, .point, .contributor, .masthead, .album, .contents: scanner.subPoints.reset()
            default: break
            }
            scanner.load(layout, paragraph)
            scanner.run(layout, paragraph, active, &sink)
            if active.split {
                for index in paragraph where layout.blocks[index].continues && index + 1 < layout.blocks.count {
                    SplitParagraph.report(layout, block: index, &sink)
                }
            }
        }
        if active.plus { PlusReadAsTen.finish(scanner.plus, &sink) }
    }

    /// Decodes the blocks of one logical paragraph into the buffer, markup left out.
    private mutating func load(_ layout: TextLayout, _ paragraph: Range<Int>) {
        // Fill local arrays and move them back: appends then skip the uniqueness check of a stored property.
        var values = self.values, offsets = self.offsets
        self.values = []
        self.offsets = []
        values.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        blockStarts.removeAll(keepingCapacity: true)
        let bytes = layout.bytes
        for blockIndex in paragraph {
            let block = layout.blocks[blockIndex]
            if !values.isEmpty { values.append(Self.pageBreak); offsets.append(Int32(truncatingIfNeeded: block.textStart)) }
            blockStarts.append((values.count, blockIndex))
            for lineNumber in block.firstLine...block.lastLine {
                let line = layout.lines[lineNumber]
                if lineNumber > block.firstLine { values.append(Self.lineBreak); offsets.append(Int32(truncatingIfNeeded: line.start)) }
                var index = line.contentStart
                let end = line.end
                while index < end {
                    let byte = bytes[index]
                    if byte == 0x2A || (byte == 0x5C && index + 1 < end && bytes[index + 1] == 0x2A) { index += 1; continue }
                    let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
                    values.append(value)
                    offsets.append(Int32(truncatingIfNeeded: index))
                    index += length
                }
            }
        }
        values.append(Self.lineBreak)
        offsets.append(Int32(truncatingIfNeeded: layout.blocks[paragraph.upperBound - 1].end))
        self.values = values
        self.offsets = offsets
    }

    @inline(__always)
    func offset(_ index: Int) -> Int { Int(offsets[index]) }

    /// The previous scalar before `index` that is not a break (nil at the start).
    func previousSignificant(_ index: Int, skippingSpaces: Bool) -> UInt32? {
        var k = index - 1
        while k >= 0 {
            let value = values[k]
            if value == Self.lineBreak || value == Self.pageBreak || (skippingSpaces && ScalarClass.isSpace(value)) { k -= 1; continue }
            return value
        }
        return nil
    }

    func nextSignificant(_ index: Int, skippingSpaces: Bool) -> UInt32? {
        var k = index + 1
        while k < values.count {
            let value = values[k]
            if value == Self.lineBreak || value == Self.pageBreak || (skippingSpaces && ScalarClass.isSpace(value)) { k += 1; continue }
            return value
        }
        return nil
    }

    private mutating func run(_ layout: TextLayout, _ paragraph: Range<Int>, _ active: ActiveRules, _ sink: inout FindingSink) {
        pairs.removeAll()
        pendingSpace = nil
        pendingAlphanumericSpace = nil
        var nextBlockStart = 0
        var phraseSpaceAllowed = false
        var layoutSpacing = false
        var articleText = false
        var phraseLength = 0
        var fullWidthRunStart = -1
        var index = 0
        let count = values.count
        while index < count {
            if nextBlockStart < blockStarts.count, blockStarts[nextBlockStart].position == index {
                let block = layout.blocks[blockStarts[nextBlockStart].block]
                phraseSpaceAllowed = block.role == .heading || block.role == .contents
                // The issuer and the copies of the 印发 line are set apart on purpose.
                layoutSpacing = block.role == .footerIssuer
                // The masthead (第 16 期, 2026 年 6 月 4 日), album line and footer (共印 60 份) are
                // set with spaces by the genre's layout; P8 looks at the articles' text only.
                switch block.role {
                case .masthead, .album, .footerSend, .footerCopy, .footerIssuer: articleText = false
                default: articleText = true
                }
                phraseLength = 0
                if block.role == .point { subPoints.reset() }
                if active.pointForm, nextBlockStart == 0 { PointNumberForm.check(self, at: index, &sink) }
                nextBlockStart += 1
            }
            let value = values[index]
            // Runs of full-width digits and letters end at the first other scalar.
            if fullWidthRunStart >= 0, !FullwidthAlphanumeric.continuesRun(values, at: index) {
                if active.fullWidth { FullwidthAlphanumeric.report(self, from: fullWidthRunStart, to: index, &sink) }
                fullWidthRunStart = -1
            }
            if value < 0x80 {
                if value == 0x20 || value == 0x09 {
                    var end = index + 1
                    while end < count, ScalarClass.isSpace(values[end]) { end += 1 }
                    if active.space, !layoutSpacing { StraySpace.check(&self, from: index, to: end, phraseSpaceAllowed: phraseSpaceAllowed, phraseLength: phraseLength, &sink) }
                    if active.alphanumericSpace, articleText {
                        SpaceBesideAlphanumeric.check(&self, from: index, to: end, phraseSpaceAllowed: phraseSpaceAllowed, phraseLength: phraseLength, &sink)
                    }
                    phraseLength = 0
                    index = end
                    continue
                }
                if value == Self.lineBreak || value == Self.pageBreak {
                    if active.space { StraySpace.flush(&self, &sink) }
                } else if value == 0x2B {
                    if active.plus { PlusReadAsTen.visitPlus(&self, at: index) }
                } else if value == 0x28 || value == 0x29 {
                    if active.quote { UnbalancedQuote.visit(&self, at: index, &sink) }
                } else if value == 0x2D || value == 0x7E, active.dateRange {
                    DateRangeDash.check(self, at: index, &sink)
                }
                if value == 0x3A { phraseLength = 0 } else if value != Self.lineBreak && value != Self.pageBreak { phraseLength += 1 }
                if active.halfWidth, ScalarClass.fullWidth(of: value) != nil {
                    HalfwidthPunctuation.check(self, at: index, &sink)
                }
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
                if active.quote || active.plus { UnbalancedQuote.visit(&self, at: index, &sink, report: active.quote) }
            case 0xFF1A:
                phraseLength = -1
            case 0xFF0B:
                if active.plus { PlusReadAsTen.visitPlus(&self, at: index) }
            case 0xFF0D:
                if active.dateRange { DateRangeDash.check(self, at: index, &sink) }
            case 0x5341: // 十
                if active.plus { PlusReadAsTen.visit(&self, at: index) }
            case 0x662F: // 是
                if active.subPoints { SubPointSequence.visit(&self, at: index, &sink) }
            case 0x3000:
                if active.space || active.alphanumericSpace {
                    var end = index + 1
                    while end < count, ScalarClass.isSpace(values[end]) { end += 1 }
                    if active.space { StraySpace.check(&self, from: index, to: end, phraseSpaceAllowed: false, phraseLength: 0, &sink) }
                    if active.alphanumericSpace, articleText {
                        SpaceBesideAlphanumeric.check(&self, from: index, to: end, phraseSpaceAllowed: false, phraseLength: 0, &sink)
                    }
                    index = end
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
        if active.quote { UnbalancedQuote.finish(&self, &sink) }
    }
}

/// Which scanned rules are on, looked up once per text.
struct ActiveRules {
    let halfWidth, fullWidth, quote, space, alphanumericSpace, dateRange, repeated, pointForm, split, plus, subPoints: Bool

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
    }
}
