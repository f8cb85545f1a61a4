import SourceText

/// The reader of the genre: text (plain, Markdown or OCR) → `Bulletin` or `Article`, with the
/// source location of every element, the logical paragraphs, every repair and every unplaced line.
///
/// One linear pass over the lines; hot paths work on UTF-8 bytes.
public enum BulletinReader {
    /// Reads `text`. Never throws and never crashes: what it cannot read is reported in the result.
    public static func read(_ text: String, options: ReadOptions = .init()) -> ReadResult {
        read(bytes: Array(text.utf8), options: options)
    }

    /// Reads UTF-8 bytes (invalid sequences are read as U+FFFD).
    public static func read(bytes original: [UInt8], options: ReadOptions = .init()) -> ReadResult {
        let converted = LineEnds.breaksAsLineFeeds(original)
        let bytes = converted ?? original
        var lines = SourceLines(bytes)
        // Ranges at the line:column an editor shows: a form feed or vertical tab ends a line for
        // the reading but not on screen (`LineEnds.editorLineIndex`).
        let editorIndex = converted == nil ? nil : LineEnds.editorLineIndex(original)
        let format: SourceFormat
        if lines.markdownSignals > 0 {
            format = .markdown
        } else if lines.wrapWidth > 0 {
            format = .ocrText
        } else if lines.halfWidthPunctuation > lines.fullWidthPunctuation {
            format = .halfWidthText
        } else {
            format = .plainText
        }
        var rules = NormaliseRules()
        rules.markdown = format == .markdown
        rules.fullWidthPunctuation = lines.halfWidthPunctuation > lines.fullWidthPunctuation
        rules.removeChineseSpaces = lines.wrapWidth > 0
        let index = SourceLocator(lineIndex: editorIndex ?? LineIndex(bytes: bytes, lineStarts: lines.lineStarts), lines: lines.lines, bytes: bytes)
        // A file of several issues: each read on its own, as `check` checks each (`IssueBoundaries`).
        let fileIssues = IssueBoundaries.fileIssues(bytes, lines: lines.lines)
        for line in fileIssues.runningHeaders { lines.lines[line].isRunningHeader = true }
        let issueRanges = fileIssues.ranges
        func engine(_ range: Range<Int>) -> ReaderEngine {
            ReaderEngine(bytes: bytes, lines: lines, lineRange: range, format: format, rules: rules, index: index)
        }
        func read(_ range: Range<Int>, _ options: ReadOptions) -> ReadResult {
            // A later issue opens with a masthead (that is how its start was found): no survey.
            // A later submission is surveyed as the first was.
            var result = readIssue(engine(range), options: options, opensWithMasthead: range.lowerBound > 0 && !fileIssues.submissions)
            result.startLine = index.lineNumber(lines.lines[range].first { !$0.isBlank } ?? lines.lines[range.lowerBound])
            return result
        }
        var first = read(issueRanges[0], options)
        first.followingIssues = issueRanges.dropFirst().map { read($0, .init()) }
        return first
    }

    /// One issue (or the whole file when it holds one), read as the survey says it is.
    private static func readIssue(_ engine: ReaderEngine, options: ReadOptions, opensWithMasthead: Bool) -> ReadResult {
        var engine = engine
        if opensWithMasthead {
            engine.readDocument(singleArticle: false)
            return engine.result(kind: .issue)
        }
        let survey = engine.survey()
        // An issue without its masthead is one by its evidence only when articles are read from
        // it; `--article` asks for an article, which only a masthead overrides.
        if survey.hasMasthead || (survey.hasIssueEvidence && survey.hasRegionHeading && !options.forceArticle) {
            var issueEngine = engine
            issueEngine.readDocument(singleArticle: false)
            if survey.hasMasthead || issueEngine.hasArticle { return issueEngine.result(kind: .issue) }
        }
        // A submission opens with its title; one that lacks it (prose first) is known by its 供稿
        // line, as the checker knows it, and read without a title (`untitledSubmission`).
        // A 供稿 line makes a submission whatever its first line is (a digest of `郑州市：召开主任
        // 会议…。` lines, `南阳市：` alone): read without a title unless its first line reads as
        // one (a title typed with a stop, `新县人大常委会召开…推进会。`, stays the title), not refused
        // as the checker checks it (the twenty-second audit); a byline inside it is listed.
        let untitled = survey.hasContributorLine
            && (survey.firstLineIsProse || (!survey.firstLineIsHeading && !survey.firstLineIsTitleWithStop
                                               // (Words first: not a front matter's `---`.)
                                               && (survey.firstLine?.text.unicodeScalars.contains { ScalarClass.isIdeograph($0.value) } ?? false)))
        if (survey.firstLineIsHeading || untitled || (survey.hasContributorLine && survey.firstLineIsTitleWithStop))
            && (survey.byline == nil || survey.hasContributorLine || (survey.bylineIsLast && survey.subHeadings == 0)) {
            engine.itemHead = GenrePatterns.ItemHead(firstLineIsPlainTitle: survey.firstLineIsPlainTitle, title: Array((survey.firstLine?.text ?? "").utf8))
            engine.untitledSubmission = untitled
            engine.leadingDateLine = survey.leadingDateLine
            // A letter's signature ending a text with no 供稿 line (the survey looked for one).
            if !survey.hasContributorLine { engine.trailingSignatureStart = engine.signatureEndingTheText() }
            engine.readDocument(singleArticle: true)
            if engine.hasArticle { return engine.result(kind: .article) }
        }
        if options.forceArticle {
            var featureEngine = ReaderEngine(bytes: engine.bytes, lines: engine.source, lineRange: engine.issueLines.indices,
                                             format: engine.format, rules: engine.rules, index: engine.index)
            featureEngine.readFeature()
            return featureEngine.result(kind: .article)
        }
        return ReadResult(kind: .notABulletin, reasonNotABulletin: survey.reasonNotABulletin, format: engine.format, lineIndex: engine.index.lineIndex)
    }
}

/// What a quick look at the start of the text says about it.
struct Survey {
    var hasMasthead = false
    /// A numbered album line among the first 40 lines, or an office's or a dated `…印发` line
    /// anywhere (`GenrePatterns.isNumberedAlbumLine`, `isIssuingOfficeLine`): with a `地区：`
    /// heading, an issue whether or not its masthead was printed (`TextLayout` reads the same).
    var hasIssueEvidence = false
    /// A 供稿 line anywhere: a submission, titled or not (as for the checker).
    var hasContributorLine = false
    /// A `地区：` line anywhere: without a masthead, an issue's evidence counts only with articles
    /// headed so (as for the checker).
    var hasRegionHeading = false
    /// The first line is prose (`GenrePatterns.opensWithProse`): with a 供稿 line, a submission
    /// that forgot its title.
    var firstLineIsProse = false
    var firstLineIsHeading = false
    /// The first line a short sentence with no region and no clause (`新县人大常委会召开代表主题
    /// 活动推进会。`): a title typed with a stop, as the checker reads it (S5 reports the form).
    var firstLineIsTitleWithStop = false
    /// The first line is a title as a web page prints it: no Markdown heading, no byline
    /// (`GenrePatterns.ItemHead`).
    var firstLineIsPlainTitle = false
    /// The first reporter's byline ("□本报记者 …"): line and text.
    var byline: (line: Int, text: String)?
    /// The byline is the text's last line under a `地区：标题` first line: it signs a submission
    /// re-posted on the web as a 供稿 line would, no newspaper piece, unless `###` sections divide
    /// it. (Under a plain headline it stays a newspaper's, as the checker reads it.)
    var bylineIsLast = false
    var subHeadings = 0
    var firstLine: (line: Int, text: String)?
    /// A submission's own date on its first line (`GenrePatterns.isSubmissionsOwnDate`): no
    /// masthead; the reader drops it, the survey reads from the line under it.
    var leadingDateLine: Int?

    var reasonNotABulletin: String {
        guard firstLine != nil else { return "不是简报：输入是空的（没有任何文字）。" }
        var evidence = ["没有刊头（前几行里找不到“第 N 期”或年月日日期）"]
        if let firstLine, !firstLineIsHeading {
            let excerpt = firstLine.text.count > 16 ? String(firstLine.text.prefix(16)) + "……" : firstLine.text
            evidence.append("第 \(firstLine.line) 行“\(excerpt)”是正文段落，不是“地区：标题”式的文章标题")
        }
        if let byline {
            evidence.append("第 \(byline.line) 行有记者署名“\(byline.text)”")
        }
        if subHeadings > 0 {
            evidence.append("用 \(subHeadings) 个 ### 小标题分节")
        }
        let looksLikeNewspaper = byline != nil || subHeadings > 0
        return "不是简报，也不是单篇来稿：" + evidence.joined(separator: "；") + (looksLikeNewspaper ? "，像是报纸通讯" : "")
            + "。如要把它作为一篇文章草稿导入，请加 --article。"
    }
}

/// The one linear pass: lines → paragraphs → model and layout, with repairs.
struct ReaderEngine {
    enum Phase { case masthead, contents, body, footer, afterFooter }

    let bytes: [UInt8]
    let source: SourceLines
    /// The lines of the issue being read, indexed as in `source.lines` (a line's number is the
    /// index of the line after it); look-ahead stops at the issue's end.
    let issueLines: ArraySlice<SourceLine>
    let format: SourceFormat
    let rules: NormaliseRules
    let index: SourceLocator

    var paragraphs: [LogicalParagraph] = []
    var repairs: [Repair] = []
    var unplaced: [UnplacedLine] = []
    var layout = DocumentLayout()

    // Model being built.
    var title: String?
    var issueNumber: Int?
    var totalIssueNumber: Int?
    var isSupplement = false
    var issuingBody: [LocatedText] = []
    var issuingBodyChanged = false
    var date: BulletinDate?
    var album: Album?
    var articles: [Article] = []
    var footerSend: String?
    var footerCopy: String?
    /// The line of an issuing body read under the masthead's date.
    var bodyUnderDateLine: Int?
    /// The last line read ahead with the one before (a 供稿 line wrapped over two lines).
    var consumedThrough = 0
    /// The fields' labels as written (`分送`, `报`, `抄送`), so draft prints them again.
    var footerSendLabel: String?
    var footerCopyLabel: String?
    var footerIssuer: String?
    var footerCopies: Int?
    var footerDate: BulletinDate?
    var hasFooter = false
    /// The "…印发" line was read: only a "共印 N 份" line may follow.
    var issuedSeen = false
    /// A `报：` field was read: a `送：` after it is the 发 field.
    var footerReportSeen = false

    // Pass state.
    var phase = Phase.masthead
    var singleArticle = false
    /// Paragraphs without blank lines between (`GenrePatterns.isOneParagraphPerLine`).
    var oneParagraphPerLine = false
    /// A sub-heading without a number (`isPhrasedTitleLine`) stood alone in the current article:
    /// its short title-like lines are sub-headings too (`GenrePatterns.isShortSubHeading`).
    var unnumberedSubHeadings = false
    var pending: PendingBlock?
    var contentsEntry: PendingBlock?
    var footerField: (block: PendingBlock, label: LocatedText, isSend: Bool)?
    var currentArticle: Int?
    var articleHasContributor = false
    /// The open article ended with a reporter's byline (a web re-post): what a web page prints
    /// under it is passed over.
    var articleClosedByByline = false
    /// An article whose heading stands on its own line, with the lines under it still to go on
    /// with the title (`GenrePatterns.titleContinuations`).
    var openTitle: (article: Int, paragraph: Int, lastLine: SourceLine, remaining: Int)?
    /// The line going on with the open title over a blank line (`titleOverBlankLine`).
    var titleLineOverBlank: Int?
    /// Reading a newspaper feature as one article (`--article`).
    var featureMode = false
    /// A single item's head under its title (`GenrePatterns.ItemHead`), while it may go on.
    var itemHead: GenrePatterns.ItemHead?
    /// A `目  录` line was read (`contentsHeadingLine`).
    var sawContentsHeading = false
    /// Whether the text has a `地区：` heading anywhere (`hasRegionHeadings`), once asked.
    var regionHeadingsSeen: Bool?
    /// The lines of a report's cover title still to drop (`GenrePatterns.coverTitleLength`).
    var coverTitleLines = 0
    /// The first line of a letter's signature ending a submission without a 供稿 line
    /// (`GenrePatterns.trailingSignatureLength`): it and the lines after it are dropped.
    var trailingSignatureStart: Int?
    /// A submission's own date on its first line (`Survey.leadingDateLine`): dropped and listed.
    var leadingDateLine: Int?
    /// A single article whose first line is no title, read as a submission by its 供稿 line.
    var untitledSubmission = false

    /// A paragraph being gathered from lines.
    struct PendingBlock {
        var builder = TextBuilder()
        var lines: [Int] = []
        var lastLine: SourceLine
        var startsArticle = false
        /// A Markdown heading or a stand-alone heading line: the whole block is the heading.
        var isHeadingLine = false
        /// A Markdown list item or table row: a paragraph of its own line, never joined.
        var standsAlone = false
        /// `南阳市：` and its title's line (`titleAfterRegionAlone`): further lines may go on with the title.
        var titleAfterRegion = false
        /// The 编者按 over the articles (`GenrePatterns.editorsNote`).
        var isEditorsNote = false
        /// Where the note's text starts in the block's text: past its label on the first line.
        var editorsNoteStart = 0
        /// A paragraph after an article's 供稿 line that heads no next article (no title): listed.
        var isAfterContributor = false
    }

    /// `lineRange`: the indices into `lines.lines` of the issue to read (`IssueBoundaries`).
    init(bytes: [UInt8], lines: SourceLines, lineRange: Range<Int>, format: SourceFormat, rules: NormaliseRules, index: SourceLocator) {
        self.bytes = bytes
        self.source = lines
        self.issueLines = lines.lines[lineRange]
        self.format = format
        self.rules = rules
        self.index = index
    }

    var hasArticle: Bool { !layout.articles.isEmpty }

    // MARK: Survey

    func survey() -> Survey {
        // A submission dated on its first line (`2026年5月6日` over its title): surveyed from its
        // title, the date no masthead — unless the text is an issue all the same.
        let nonBlank = issueLines.lazy.filter { !$0.isBlank }
        if let first = nonBlank.first, first.scalars <= 24, GenrePatterns.isDateLine(bytes, first.start, first.end) {
            let dated = survey(skipping: first.number)
            if let second = nonBlank.dropFirst().first,
               GenrePatterns.isSubmissionsOwnDate(title: GenrePatterns.trimmedSpaces(Array(bytes[second.start..<second.end])),
                                                  hasContributorLine: dated.hasContributorLine, hasIssueEvidence: dated.hasIssueEvidence || dated.hasMasthead) {
                var survey = dated
                survey.leadingDateLine = first.number
                return survey
            }
        }
        return survey(skipping: nil)
    }

    private func survey(skipping skipped: Int?) -> Survey {
        var survey = Survey()
        var seen = 0
        var contributorSeen = false
        var itemHead = GenrePatterns.ItemHead(firstLineIsPlainTitle: false)
        var headByline: (line: Int, text: String)?
        // Lines of a title broken over lines still to come under the first line: the item's head
        // stands under the title's last line, as when the text is read (`bodyLine`).
        var titleLinesLeft = 0
        for line in issueLines where !line.isBlank && line.number != skipped {
            defer { seen += 1 }
            if let heading = SourceLines.markdownHeading(bytes, line.start, line.end), heading.level >= 3 { survey.subHeadings += 1 }
            // A byline in the head of a single item signs the item, not a newspaper piece, unless
            // `###` sections follow (a feature under a plain headline).
            let goesOnWithTitle = seen > 0 && titleLinesLeft > 0
            if goesOnWithTitle { titleLinesLeft -= 1 }
            let inItemHead = seen > 0 && !goesOnWithTitle && itemHead.take(bytes, line.start, line.end)
            if survey.byline == nil, isByline(bytes, line) {
                let byline = (line.number, GenrePatterns.string(bytes, line.start, line.end))
                if !inItemHead { survey.byline = byline } else if headByline == nil { headByline = byline }
            }
            // An issue without a masthead (a web re-post without 报头) is an issue by its album
            // line or its 印发 line, as for the checker.
            // Byte searches first: every line of the text is asked these two.
            let isShort = line.end - line.start < 240
            if !survey.hasIssueEvidence, isShort, GenrePatterns.lastOccurrence(of: GenrePatterns.yinFa, in: bytes, before: line.end, within: line.end - line.start) != nil,
               GenrePatterns.isIssuingOfficeLine(Array(bytes[line.start..<line.end])) {
                survey.hasIssueEvidence = true
            }
            if !survey.hasRegionHeading, isShort, hasEarlyColon(line),
               regionAt(line.start, line.end) != nil || GenrePatterns.regionAwaitsTitle(Array(bytes[line.start..<line.end])) { survey.hasRegionHeading = true }
            if !survey.hasContributorLine, isShort, GenrePatterns.lastOccurrence(of: GenrePatterns.gongGao, in: bytes, before: line.end, within: line.end - line.start) != nil,
               GenrePatterns.contributorUnit(Array(bytes[line.start..<line.end])) != nil { survey.hasContributorLine = true }
            guard seen < 40 else { continue }
            if seen >= 12 {
                if !survey.hasIssueEvidence, GenrePatterns.isNumberedAlbumLine(strippedBold(line, limit: 300)) { survey.hasIssueEvidence = true }
                continue
            }
            var builder = TextBuilder()
            builder.append(bytes, line.start, line.end, rules: seen < 12 ? mastheadRules(line) : rules)
            let text = builder.text
            if survey.firstLine == nil {
                survey.firstLine = (line.number, text)
                let heading = SourceLines.markdownHeading(bytes, line.start, line.end) != nil
                survey.firstLineIsHeading = heading || GenrePatterns.opensLikeHeading(builder.bytes) || GenrePatterns.titleBodyGap(builder.bytes) != nil
                    || titleAfterRegionAlone(line) != nil || (GenrePatterns.titleStopAtEnd(builder.bytes) != nil && !nextLineHasRegion(line))
                survey.firstLineIsTitleWithStop = GenrePatterns.region(builder.bytes) == nil && GenrePatterns.isTitleTypedWithStop(builder.bytes)
                // Prose even where it might pass for a title (a long sentence typed with half-width marks).
                survey.firstLineIsProse = !heading && GenrePatterns.region(builder.bytes) == nil && GenrePatterns.opensWithProse(builder.bytes)
                survey.firstLineIsPlainTitle = GenrePatterns.isPlainTitleLine(builder.bytes, source: bytes, line.start, line.end)
                itemHead = GenrePatterns.ItemHead(firstLineIsPlainTitle: survey.firstLineIsPlainTitle, title: builder.bytes)
                // As `startArticle` opens a title: standing alone, not in hard-wrapped text.
                if survey.firstLineIsPlainTitle, !SourceLines.isCutAtWrapWidth(scalars: line.scalars, wrapWidth: source.wrapWidth),
                   GenrePatterns.headingStandsAlone(bytes, line.start, line.end, scalars: line.scalars, wrapWidth: 0) {
                    titleLinesLeft = titleContinuations(under: line)
                }
            }
            // A date under a 供稿 line signs the article; it is no masthead (as for the checker),
            // nor is the date of a web item's metadata line (`发布时间：… 2026年4月12日`).
            if GenrePatterns.contributorUnit(builder.bytes) != nil { contributorSeen = true }
            // Nor a date under a `地区：标题` line or right over the 供稿 line: the submission's own
            // date, its signature's (`二〇二六年七月三日` / `（…供稿）`: the audit), as for the checker.
            if seen < 12, !contributorSeen, !inItemHead,
               GenrePatterns.issueMark(builder.bytes) != nil
                || (GenrePatterns.trailingDate(builder.bytes) != nil && !survey.hasRegionHeading && !isOverContributorLine(line)) {
                survey.hasMasthead = true
            }
            if GenrePatterns.isNumberedAlbumLine(builder.bytes) { survey.hasIssueEvidence = true }
        }
        if survey.byline == nil, survey.subHeadings > 0 { survey.byline = headByline }
        if let byline = survey.byline, let last = issueLines.last(where: { !$0.isBlank }), let first = issueLines.first(where: { !$0.isBlank }),
           regionAt(first.start, first.end) != nil {
            // (Under it, only what a web page prints under an item: `来源：…`, `【责任编辑：…】`.)
            survey.bylineIsLast = byline.line == last.number
                || issueLines[byline.line...].allSatisfy { $0.isBlank || GenrePatterns.isItemTrailerLine(Array(bytes[$0.start..<$0.end])) }
        }
        return survey
    }

    /// Why a line around an item's text was dropped: its date, a web page's metadata, else a line
    /// of the item's making (`GenrePatterns.isItemTrailerLine`).
    func droppedLineMessage(_ line: SourceLine) -> String {
        GenrePatterns.isDateLine(bytes, line.start, line.end) ? "标题下的日期，简报文章不署日期，已舍去"
            : GenrePatterns.isWebMetadataLine(bytes, line.start, line.end) ? "网页发布信息（发布时间、来源等），不是文章文字，已舍去"
            : "编辑、校对、图片说明、“（完）”或网页按钮，不是文章文字，已舍去"
    }

    /// The first line of a letter's signature ending the text (`××委员会` / `2026年5月6日`,
    /// `GenrePatterns.trailingSignatureLength`): it and the rest are dropped, as the checker skips them.
    func signatureEndingTheText() -> Int? {
        let last = issueLines.lazy.filter { !$0.isBlank }.suffix(2)
        let length = GenrePatterns.trailingSignatureLength(last.map { Array(bytes[$0.start..<$0.end]) })
        return length > 0 ? last.suffix(length).first?.number : nil
    }

    /// The next line of text under `line` opens with a region (`开封市：…`): a list of `地区：句子。`
    /// lines (a digest) is no title over its text.
    func nextLineHasRegion(_ line: SourceLine) -> Bool {
        guard let next = issueLines[line.number...].first(where: { !$0.isBlank }), next.end - next.start < 240 else { return false }
        return regionAt(next.start, next.end) != nil
    }

    /// The next line of text under `line` is a 供稿 line.
    func isOverContributorLine(_ line: SourceLine) -> Bool {
        guard let next = issueLines[line.number...].first(where: { !$0.isBlank }), next.end - next.start < 240 else { return false }
        return GenrePatterns.contributorUnit(Array(bytes[next.start..<next.end])) != nil
    }

    /// A reporter's byline (`GenrePatterns.isByline`), checked on the source line.
    func isByline(_ source: [UInt8], _ line: SourceLine) -> Bool {
        line.scalars <= 30 && GenrePatterns.isByline(source, line.start, line.end)
    }

    // MARK: Document pass

    mutating func readDocument(singleArticle: Bool) {
        self.singleArticle = singleArticle
        if singleArticle {
            // A report's cover title over the article's `地区：标题` line: dropped and listed, as the checker skips it.
            let first = issueLines.lazy.filter { !$0.isBlank }.prefix(GenrePatterns.maximumCoverTitleLines + 1)
            coverTitleLines = GenrePatterns.coverTitleLength(first.map { GenrePatterns.trimmedSpaces(Array(bytes[$0.start..<$0.end])) })
            if coverTitleLines > 0 { itemHead = nil }
        }
        oneParagraphPerLine = GenrePatterns.isOneParagraphPerLine(issueLines.lazy.filter { !$0.isBlank }.dropFirst().map { $0.blanksBefore > 0 })
        phase = singleArticle ? .body : .masthead
        for line in issueLines where !line.isBlank && line.number > consumedThrough {
            if SourceLines.isRule(bytes, line.start, line.end) {
                flushAll(keepingArticle: true)
                continue
            }
            dispatch(line)
        }
        flushAll(keepingArticle: false)
        finishArticle()
        finishMasthead()
    }

    mutating func dispatch(_ line: SourceLine) {
        switch phase {
        case .masthead: mastheadLine(line)
        case .contents: contentsLine(line)
        case .body: bodyLine(line)
        case .footer: footerLine(line)
        case .afterFooter: addUnplacedNote(line, "版记（“……印发”）之后还有文字，不是下一期的刊头，未读取")
        }
    }

    mutating func flushAll(keepingArticle: Bool) {
        flushPending()
        flushContentsEntry()
        flushFooterField()
    }

    // MARK: Masthead

    func mastheadRules(_ line: SourceLine) -> NormaliseRules {
        var lineRules = rules
        // A letter-spaced masthead ("河 南 省 人 大") loses its spaces; real word gaps stay.
        if isLetterSpaced(line) { lineRules.removeChineseSpaces = true }
        return lineRules
    }

    /// Streamed over the line's scalars (every masthead line and the survey's lines are asked).
    func isLetterSpaced(_ line: SourceLine) -> Bool {
        guard line.scalars >= 7 else { return false }
        var spacedPairs = 0
        var adjacentPairs = 0
        // The two scalars before the current one.
        var beforePrevious: UInt32 = 0, previous: UInt32 = 0
        var index = line.start
        var count = 0
        while index < line.end {
            let (current, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: line.end)
            index += length
            count += 1
            if count >= 2, ScalarClass.isChinese(current), ScalarClass.isChinese(previous) { adjacentPairs += 1 }
            // `汉 字`: a space between two Chinese characters (`代　表　工　作`, U+3000 typed in Word, too).
            if count >= 3, previous == 0x20 || previous == 0x3000, ScalarClass.isChinese(beforePrevious), ScalarClass.isChinese(current) { spacedPairs += 1 }
            beforePrevious = previous
            previous = current
        }
        return spacedPairs >= 3 && spacedPairs > adjacentPairs
    }

    mutating func mastheadLine(_ line: SourceLine) {
        if GenrePatterns.isContentsHeading(bytes, from: line.start, to: line.end) {
            contentsHeadingLine(line)
            return
        }
        if contentsMarker(line) != nil || startsArticleHeading(line) {
            phase = .contents
            contentsLine(line)
            return
        }
        var textStart = line.start
        if rules.markdown, let heading = SourceLines.markdownHeading(bytes, line.start, line.end) { textStart = heading.textStart }
        let lineRules = mastheadRules(line)
        var builder = TextBuilder()
        let edits = builder.append(bytes, textStart, line.end, rules: lineRules)
        builder.finish()
        // `内部资料　注意保存` over or under 刊名 is neither 刊名 nor part of the issuing body (it was
        // read as 刊名, or glued to the body): dropped and listed, as S2 passes over it.
        if GenrePatterns.isClassificationMark(builder.bytes) {
            drop(line, builder, .mark, "刊头的“内部资料”“注意保存”一类标注不是刊名，也不是编发单位，已舍去")
            return
        }
        report(edits, in: line)
        // `代表工作　　　　内部资料`: the mark set right on 刊名's line is dropped and listed too,
        // the field read alone (the fourteenth audit: 刊名 kept the gap and the mark).
        if let mark = GenrePatterns.trailingClassificationMark(builder.bytes), GenrePatterns.issueMark(builder.bytes) == nil {
            let markStart = builder.sourceOffset(mark.markStart)
            unplaced.append(UnplacedLine(reason: .mark, text: GenrePatterns.string(builder.bytes, mark.markStart, builder.bytes.count),
                                         range: index.range(ofByteOffsets: markStart, line.end),
                                         message: "刊头的“内部资料”“注意保存”一类标注不是刊名，也不是编发单位，已舍去"))
            var field = TextBuilder()
            field.append(bytes, textStart, builder.sourceOffset(mark.fieldEnd), rules: lineRules)
            field.finish()
            builder = field
        }
        // An album line wrapped over two lines (`“…”主题活动` / `专辑（八）`, a long theme on a
        // typeset page): one album line, as the checker's block reads it.
        if line.number < issueLines.count, case let next = issueLines[line.number], next.blanksBefore == 0, !next.isBlank,
           GenrePatterns.albumWrapsOnto(builder.bytes, Array(bytes[next.start..<next.end])) {
            builder = TextBuilder()
            _ = builder.append(bytes, textStart, line.end, rules: lineRules)
            report(builder.append(bytes, next.start, next.end, rules: lineRules), in: next)
            builder.finish()
            consumedThrough = next.number
            repairs.append(Repair(kind: .joinedAlbumLine, range: index.range(from: line, line.end, to: next, next.start),
                                  detail: .text("专辑行分两行排印，第 \(index.lineNumber(line)) 行与第 \(index.lineNumber(next)) 行已接合")))
        }
        let text = builder.text
        if let match = GenrePatterns.album(builder.bytes) {
            let paragraph = addParagraph(builder, role: .album, article: nil)
            let engine = self
            let located = { (from: Int, to: Int) in engine.locate(paragraph, from, to) }
            layout.album = AlbumLayout(line: located(0, builder.bytes.count), theme: located(0, match.themeEnd),
                                       bracketedNumeral: located(match.bracketStart, builder.bytes.count),
                                       numeral: located(match.numeralStart, match.numeralEnd),
                                       number: match.number, fullWidthBrackets: match.fullWidth)
            if match.isNumbered, !match.fullWidth {
                repairs.append(Repair(kind: .fullWidthPunctuation, range: located(match.bracketStart, builder.bytes.count).range,
                                      message: "专辑序号的括号是半角，按全角（）读取"))
            }
            if let number = match.number {
                album = Album(theme: GenrePatterns.string(builder.bytes, 0, match.themeEnd), number: number)
            } else if !match.isNumbered {
                addUnplacedNote(line, "专辑行没有括号中的序号（如“专辑（三）”），未读取专辑")
            } else {
                addUnplacedNote(line, "专辑序号“\(GenrePatterns.string(builder.bytes, match.numeralStart, match.numeralEnd))”不是中文数字")
            }
            phase = .contents
            return
        }
        if let mark = GenrePatterns.issueMark(builder.bytes) {
            mastheadIssueLine(builder, mark)
            return
        }
        // `（总第 156 期）` on a line of its own: the 总期号, no part of the issuing body (the audit).
        if let total = GenrePatterns.totalIssueLine(builder.bytes) {
            _ = addParagraph(builder, role: .masthead, article: nil)
            layout.masthead.totalIssueNumber = total
            totalIssueNumber = total
            return
        }
        if let supplement = GenrePatterns.supplementMark(builder.bytes) {
            // 增刊, a supplement: the issue line of an issue without a number, alone or after 刊名.
            let paragraph = addParagraph(builder, role: .masthead, article: nil)
            layout.masthead.issueLine = locate(paragraph, supplement.markStart, builder.bytes.count)
            isSupplement = true
            if supplement.titleEnd > 0, title == nil {
                let located = locate(paragraph, 0, supplement.titleEnd)
                title = located.text
                layout.masthead.title = located
            }
            return
        }
        if let (dateStart, _, parsed) = GenrePatterns.trailingDate(builder.bytes) {
            // Kept as written even when the calendar lacks the day: S2 judges it, and the notes
            // say what is wrong (`ReadResult.missingFields`).
            let paragraph = addParagraph(builder, role: .masthead, article: nil)
            layout.masthead.date = locate(paragraph, dateStart, builder.bytes.count)
            date = parsed
            // A tab stop or U+3000 (Word's layout puts the date at the right margin) sets it apart
            // too: before, `党委办公室编　　2023年5月8日` kept 编 and the gap in the body's name.
            var prefixEnd = GenrePatterns.trimmedEnd(builder.bytes, dateStart)
            // `……委员会编 2026年5月8日`: the body is the editor, 编 is no part of its name.
            prefixEnd = GenrePatterns.endBeforeEditorMark(builder.bytes, prefixEnd)
            if prefixEnd > 0 {
                let body = locate(paragraph, 0, prefixEnd)
                issuingBody.append(body)
                repairs.append(Repair(kind: .splitMastheadLine, range: locate(paragraph, 0, builder.bytes.count).range,
                                      message: "编发单位与日期在同一行，已分开读取"))
            }
            return
        }
        // Over 第 N 期 and the date, a short line naming no office is the 刊名, also under the issuing
        // body with a blank line between (`河南省人大常委会办公厅` / / `人大工作简报`), as S2 reads it;
        // right under it, the body's second line (`中共××市委` / `宣传部`).
        if title == nil, issueNumber == nil, layout.masthead.date == nil, line.scalars <= 16,
           issuingBody.isEmpty || line.blanksBefore > 0, !GenrePatterns.namesAnOffice(builder.bytes) {
            let paragraph = addParagraph(builder, role: .masthead, article: nil)
            layout.masthead.title = locate(paragraph, 0, builder.bytes.count)
            title = text
            return
        }
        // Under it, the publication's name on a line of its own (`郑州大学` / `工作简报`): 刊名 is
        // both lines (the fourteenth audit: `工作简报` was read as the issuing body).
        if let known = title, let located = layout.masthead.title, issueNumber == nil, layout.masthead.date == nil, issuingBody.isEmpty,
           line.scalars <= 16, GenrePatterns.namesAPublication(builder.bytes), !GenrePatterns.namesAnOffice(builder.bytes),
           GenrePatterns.namesAHouse(Array(known.utf8)) {
            let paragraph = addParagraph(builder, role: .masthead, article: nil)
            let name = locate(paragraph, 0, builder.bytes.count)
            title = known + name.text
            layout.masthead.title = LocatedText(text: known + name.text, range: SourceRange(start: located.range.start, end: name.range.end))
            return
        }
        // Under the date: the issuing body when none came over it, on one line or two (the second
        // the next line after the first).
        let bodyUnderDate = layout.masthead.date != nil && GenrePatterns.isIssuingBodyUnderDate(builder.bytes)
            && (issuingBody.isEmpty || (bodyUnderDateLine == line.number - 1 - line.blanksBefore && issuingBody.count == 1))
        if line.scalars <= 40, layout.masthead.date == nil || bodyUnderDate {
            if bodyUnderDate { bodyUnderDateLine = line.number }
            let paragraph = addParagraph(builder, role: .masthead, article: nil)
            // `党委办公室编`: 编 names the body the editor, and is no part of its name.
            let bodyEnd = GenrePatterns.endBeforeEditorMark(builder.bytes, builder.bytes.count)
            issuingBody.append(locate(paragraph, 0, bodyEnd > 0 ? bodyEnd : builder.bytes.count))
            return
        }
        // A short line right over the contents (`关于……情况的通报`, a supplement's theme where an album
        // line stands): the masthead's, as for the checker; kept out of the notes, and listed.
        if line.scalars <= 60, !GenrePatterns.endsSentenceHalfWidthToo(builder.bytes, 0, builder.bytes.count),
           let next = issueLines[line.number...].first(where: { !$0.isBlank }), contentsMarker(next) != nil {
            _ = addParagraph(builder, role: .masthead, article: nil)
            addUnplacedNote(line, "刊头与目录之间的这一行（如本期主题）不是刊名、期号、编发单位或日期，没有读入笔记")
            return
        }
        // Anything else after the masthead proper starts the body (an issue without 专辑 line).
        phase = .body
        bodyLine(line)
    }

    /// "第 N 期" and what shares its line: 刊名 or "…编" before it, 总期号 and the date after it.
    mutating func mastheadIssueLine(_ builder: TextBuilder, _ mark: GenrePatterns.IssueMark) {
        let paragraph = addParagraph(builder, role: .masthead, article: nil)
        layout.masthead.issueLine = locate(paragraph, mark.supplementStart ?? mark.markStart, mark.markEnd)
        layout.masthead.issueNumber = mark.number
        issueNumber = mark.number
        if mark.supplementStart != nil { isSupplement = true }
        if let total = mark.total {
            layout.masthead.totalIssueNumber = total
            totalIssueNumber = total
        }
        if mark.beforeEnd > 0 {
            let before = locate(paragraph, 0, mark.beforeEnd)
            let bodyEnd = GenrePatterns.endBeforeEditorMark(builder.bytes, mark.beforeEnd)
            if bodyEnd < mark.beforeEnd {
                issuingBody.append(locate(paragraph, 0, bodyEnd))
            } else if title == nil {
                title = before.text
                layout.masthead.title = before
            }
        }
        if let dateStart = mark.dateStart, let (_, _, parsed) = GenrePatterns.trailingDate(Array(builder.bytes[dateStart...])) {
            date = parsed
            layout.masthead.date = locate(paragraph, dateStart, builder.bytes.count)
        }
        if mark.beforeEnd > 0 || mark.dateStart != nil {
            repairs.append(Repair(kind: .splitMastheadLine, range: locate(paragraph, 0, builder.bytes.count).range,
                                  message: "刊头的几项（刊名、编发单位、期号、日期）写在同一行，已分开读取"))
        }
    }

    /// Puts the issuing body on its conventional lines: "河南省人大常委会" / the committee.
    mutating func finishMasthead() {
        guard !issuingBody.isEmpty else { return }
        let joined = issuingBody.map(\.text).joined()
        var lines = issuingBody.map(\.text)
        if let range = joined.firstRange(of: "常委会"), range.upperBound != joined.endIndex {
            // Spaces between the two parts (`…常委会　代表工作委员会`) belong to neither.
            lines = [String(joined[..<range.upperBound]).trimmingSpaces, String(joined[range.upperBound...]).trimmingSpaces]
        }
        if lines != issuingBody.map(\.text), let first = issuingBody.first, let last = issuingBody.last {
            repairs.append(Repair(kind: .splitMastheadLine, range: SourceRange(start: first.range.start, end: last.range.end),
                                  message: "编发单位断行不在“常委会”之后，已重新断行为“\(lines.joined(separator: "”“"))”"))
        }
        issuingBodyLines = lines
        layout.masthead.issuingBody = issuingBody
    }

    var issuingBodyLines: [String] = []

    // MARK: Contents

    /// The list marker of a contents line (`GenrePatterns.listMarker`): where its text starts.
    func contentsMarker(_ line: SourceLine) -> Int? {
        GenrePatterns.listMarker(bytes, from: line.start, to: line.end)
    }

    func startsArticleHeading(_ line: SourceLine) -> Bool {
        if let heading = SourceLines.markdownHeading(bytes, line.start, line.end) {
            return regionAt(heading.textStart, line.end) != nil
        }
        return regionAt(line.start, line.end) != nil
    }

    /// A region prefix ("南阳市：") at a source offset, skipping `**`.
    func regionAt(_ start: Int, _ end: Int) -> (regionEnd: Int, headlineStart: Int)? {
        GenrePatterns.regionPastBold(bytes, start, end)
    }

    /// `目  录` over the entries: read with the masthead (the checker's masthead block too); the
    /// entries follow.
    mutating func contentsHeadingLine(_ line: SourceLine) {
        flushContentsEntry()
        var builder = TextBuilder()
        builder.append(bytes, line.start, line.end, rules: rules)
        builder.finish()
        _ = addParagraph(builder, role: .masthead, article: nil)
        phase = .contents
        sawContentsHeading = true
    }

    /// The contents entries read so far, compacted and sorted (`ContentsPrefixes`): made again
    /// only when an entry was added, not for each `地区：` line inside an article.
    mutating func contentsPrefixes() -> ContentsPrefixes {
        if let cached = contentsPrefixesCache, cached.count == layout.contents.count { return cached.prefixes }
        let prefixes = ContentsPrefixes(layout.contents.map { HeadingText.compactUTF8($0.text) })
        contentsPrefixesCache = (layout.contents.count, prefixes)
        return prefixes
    }
    var contentsPrefixesCache: (count: Int, prefixes: ContentsPrefixes)?

    /// The paragraph after the one `line` opens is a `地区：标题` heading: the first line after this
    /// line's adjacent lines and the blank lines under them (one paragraph per line: the next
    /// line), as the checker's next block.
    func nextParagraphStartsArticleHeading(after line: SourceLine) -> Bool {
        var position = line.number   // the next line's index in `issueLines` (numbers are 1-based)
        if !oneParagraphPerLine { while position < issueLines.endIndex, !issueLines[position].isBlank { position += 1 } }
        while position < issueLines.endIndex, issueLines[position].isBlank { position += 1 }
        return position < issueLines.endIndex && startsArticleHeading(issueLines[position])
    }

    /// The line is a title the contents list (`GenrePatterns.isListedTitle`); asked only of short lines.
    mutating func isListedTitle(_ line: SourceLine) -> Bool {
        guard !layout.contents.isEmpty, line.scalars <= 60 else { return false }
        return GenrePatterns.isListedTitle(strippedBold(line, limit: 241), contents: contentsPrefixes())
    }

    /// Whether any line of the text is a `地区：` heading (`startsArticleHeading`): asked once, only
    /// when a plain title might head an issue's article.
    mutating func hasRegionHeadings() -> Bool {
        if let known = regionHeadingsSeen { return known }
        let found = issueLines.contains { !$0.isBlank && hasEarlyColon($0) && startsArticleHeading($0) }
        regionHeadingsSeen = found
        return found
    }

    mutating func contentsLine(_ line: SourceLine) {
        if contentsEntry == nil, layout.contents.isEmpty, GenrePatterns.isContentsHeading(bytes, from: line.start, to: line.end) {
            contentsHeadingLine(line)
            return
        }
        // A web page's `发布时间：…　来源：…` under the album line, over the contents (an issue
        // re-posted without its masthead): no text, dropped and listed, as the checker skips it.
        if contentsEntry == nil, layout.contents.isEmpty, line.scalars <= 80, GenrePatterns.isWebMetadataLine(bytes, line.start, line.end) {
            dropLine(line, .byline, "网页发布信息（发布时间、来源等），不是简报文字，已舍去")
            return
        }
        if contentsEntry == nil, layout.contents.isEmpty, unmarkedContentsEnd == nil,
           startsArticleHeading(line) || (line.scalars <= 40 && GenrePatterns.isUnmarkedEntryWithoutRegion(GenrePatterns.string(bytes, line.start, line.end))) {
            unmarkedContentsEnd = unmarkedContentsRun(from: line)
        }
        if let end = unmarkedContentsEnd, line.number <= end {
            if var block = contentsEntry, !unmarkedEntryStarts.contains(line.number) {
                // An entry wrapped over lines (`GenrePatterns.unmarkedContentsEntries`).
                contentsEntry = nil
                join(&block, line, from: line.start, .joinedContentsEntry, .text("目录条目折行，第 \(index.lineNumber(block.lastLine)) 行与第 \(index.lineNumber(line)) 行已接合"))
                contentsEntry = block
                return
            }
            flushContentsEntry()
            var block = PendingBlock(lastLine: line)
            block.lines = [line.number]
            report(block.builder.append(bytes, line.start, line.end, rules: headingRules), in: line)
            contentsEntry = block
            contentsEntryMarked = false
            return
        }
        if let textStart = contentsMarker(line) {
            flushContentsEntry()
            var block = PendingBlock(lastLine: line)
            block.lines = [line.number]
            report(block.builder.append(bytes, textStart, line.end, rules: headingRules), in: line)
            // The marker is located through the paragraph's first segment start.
            block.startsArticle = false
            contentsEntry = block
            contentsMarkerRanges.append(index.range(ofByteOffsets: line.start, textStart))
            contentsEntryMarked = true
            return
        }
        if var block = contentsEntry, !startsArticleHeading(line), line.scalars <= 40, !opensEditorsNote(line),
           GenrePatterns.isContentsEntryWrap(GenrePatterns.string(bytes, line.start, line.end), under: block.builder.text, marked: true),
           !repeatsFirstEntry(line, open: block) {
            contentsEntry = nil   // own the block, so appending does not copy its buffers
            join(&block, line, from: line.start, .joinedContentsEntry, .text("目录条目折行，第 \(index.lineNumber(block.lastLine)) 行与第 \(index.lineNumber(line)) 行已接合"))
            contentsEntry = block
            return
        }
        flushContentsEntry()
        phase = .body
        bodyLine(line)
    }

    /// A paragraph of the 编者按 after its first (`GenrePatterns.isFurtherNoteParagraph`): what
    /// follows it may be the first title, as after the note's first paragraph.
    func isFurtherNoteParagraph(_ block: PendingBlock) -> Bool {
        !layout.editorsNote.isEmpty && layout.articles.isEmpty && currentArticle == nil && !block.startsArticle
            && GenrePatterns.isFurtherNoteParagraph(block.builder.bytes, regionHeadings: false)
    }

    /// The line opens the first contents entry again: the first article's title (in an issue
    /// without `地区：` headings, whose titles the contents list as they are), no entry's second line.
    func repeatsFirstEntry(_ line: SourceLine, open: PendingBlock) -> Bool {
        let first = layout.contents.first.map { Array(HeadingText.compact($0.text).utf8) } ?? Array(HeadingText.compact(open.builder.text).utf8)
        let text = Array(HeadingText.compact(String(decoding: strippedBold(line, limit: 241), as: UTF8.self)).utf8)
        return !text.isEmpty && first.starts(with: text)
    }

    var contentsMarkerRanges: [SourceRange] = []
    /// The open contents entry has a marker (the last of `contentsMarkerRanges`).
    var contentsEntryMarked = true
    /// The last line of contents entries typed without a marker (`GenrePatterns.unmarkedContentsLength`).
    var unmarkedContentsEnd: Int?
    /// The lines that open those entries (the others are their wrapped lines).
    var unmarkedEntryStarts: Set<Int> = []

    /// `GenrePatterns.unmarkedContentsLength` on the non-blank lines from `line`: the last entry's line.
    mutating func unmarkedContentsRun(from line: SourceLine) -> Int? {
        var texts: [String] = []
        var numbers: [Int] = []
        var position = line.number - 1
        // A 编者按 under the entries: the first article is the paragraph after it (or after the
        // note's text, under a label alone).
        var sawNote = false, linesAfterNote = 0
        while position < issueLines.endIndex, texts.count < 40 {
            let candidate = issueLines[position]
            position += 1
            if candidate.isBlank { continue }
            texts.append(String(decoding: strippedBold(candidate, limit: 240), as: UTF8.self))
            numbers.append(candidate.number)
            if regionAt(candidate.start, candidate.end) == nil {
                // An entry's second or third line, wrapped by a PDF (`GenrePatterns.isContentsEntryWrap`).
                if !sawNote, texts.count > 1 && GenrePatterns.isContentsEntryWrap(texts[texts.count - 1], under: texts[texts.count - 2])
                    || GenrePatterns.isUnmarkedEntryWithoutRegion(texts[texts.count - 1]) { continue }
                if sawNote {
                    linesAfterNote += 1
                    if linesAfterNote > 1 { break }
                    continue
                }
                guard texts.count > 1, opensEditorsNote(candidate) else { break }
                sawNote = true
            }
        }
        let entries = GenrePatterns.unmarkedContentsEntries(texts, underContentsHeading: sawContentsHeading)
        unmarkedEntryStarts = Set(entries.map { numbers[$0.lowerBound] })
        return entries.last.map { numbers[$0.upperBound - 1] }
    }

    mutating func flushContentsEntry() {
        guard var block = contentsEntry else { return }
        contentsEntry = nil
        block.builder.finish()
        let paragraph = addParagraph(block.builder, role: .contentsEntry, article: nil)
        // A page reference (`……… 3`) is no part of the entry's title, as for the checker.
        let whole = locate(paragraph, 0, GenrePatterns.contentsPageReferenceStart(block.builder.bytes) ?? block.builder.bytes.count)
        let markerRange = contentsEntryMarked ? contentsMarkerRanges.last : nil
        let markerText = markerRange.map { GenrePatterns.string(bytes, $0.start.offset, $0.end.offset).trimmingCharacters(in: " ") }
        layout.contents.append(ContentsEntryLayout(
            text: whole.text,
            range: SourceRange(start: markerRange?.start ?? whole.range.start, end: whole.range.end),
            marker: markerRange.flatMap { range in markerText.map { LocatedText(text: $0, range: range) } },
            lines: block.lines, paragraph: paragraph))
    }

    // MARK: Body

    mutating func bodyLine(_ line: SourceLine) {
        // A submission without a title (a 供稿 line, no heading first): its article has no
        // heading, and the first line is its text.
        if untitledSubmission, currentArticle == nil, pending == nil { startUntitledArticle(at: line) }
        if coverTitleLines > 0 {
            coverTitleLines -= 1
            dropLine(line, .subtitle, "报告的封面标题，已舍去（文章标题是其下的“地区：标题”）")
            return
        }
        // A title broken over lines goes on first: the head of a single item (below) stands
        // under its last line (`continuesTitle` takes no head line).
        if let title = openTitle {
            openTitle = nil
            if continuesTitle(title, line) {
                extendTitle(title, line)
                return
            }
        }
        // Web metadata and a byline under a single item's title: no text of the article; dropped
        // and listed, as the checker skips them.
        if var head = itemHead, currentArticle != nil || pending?.startsArticle == true {
            itemHead = nil
            if head.take(bytes, line.start, line.end) {
                itemHead = head
                openTitle = nil
                flushPending()
                dropLine(line, .byline, isByline(bytes, line) ? "记者署名，简报文章不署名，已舍去" : droppedLineMessage(line))
                return
            }
        }
        // A date under an article's title, before any of its text (an issue's article too): no
        // text, dropped and listed, as the checker skips it (the sixteenth audit: glued to the lead).
        if let article = currentArticle, pending == nil, !articleHasContributor, layout.articles[article].lead.isEmpty,
           layout.articles[article].points.isEmpty, layout.articles[article].closing.isEmpty, line.scalars <= 24,
           GenrePatterns.isDateLine(bytes, line.start, line.end) {
            dropLine(line, .byline, droppedLineMessage(line))
            return
        }
        if line.number == leadingDateLine {
            dropLine(line, .byline, "文首的日期，简报文章不署日期，已舍去")
            return
        }
        if let start = trailingSignatureStart, line.number >= start, currentArticle != nil {
            flushPending()
            dropLine(line, .byline, "文末落款（单位、日期），简报文章不落款，已舍去；文章没有供稿行，请把落款单位写成“（××供稿）”一行")
            return
        }
        // A letter's signature under the 供稿 line (`滑县人大常委会` / `2023年5月8日`): no new
        // article and no paragraph; dropped and listed, as the checker skips it.
        if articleHasContributor, currentArticle != nil, pending == nil, isSignature(line) {
            dropLine(line, .byline, "文末落款（单位、日期），简报文章不落款，已舍去")
            return
        }
        // A reporter's byline closing the article (`□本报记者 王五 通讯员 赵六`, a web re-post): no
        // text, dropped and listed, as the checker skips it (a credit line).
        if currentArticle != nil, line.scalars <= 30, isByline(bytes, line) {
            flushPending()
            dropLine(line, .byline, "记者署名行，简报文章不署名，已舍去")
            articleClosedByByline = true
            return
        }
        // A photo's caption on its own line (`图为代表在联络站接待群众。`): no text, as for the checker.
        if currentArticle != nil, line.scalars <= 60, GenrePatterns.isCaptionLine(Array(bytes[line.start..<line.end])) {
            flushPending()
            dropLine(line, .caption, "图片说明，简报不印图片，已舍去")
            return
        }
        // A line of a web page's buttons (`打印本页 关闭窗口`) is no text wherever it stands, as for the checker.
        if currentArticle != nil, line.scalars <= 40, GenrePatterns.isWebPageChrome(GenrePatterns.string(bytes, line.start, line.end)) {
            flushPending()
            dropLine(line, .byline, "网页按钮，不是文章文字，已舍去")
            return
        }
        // `责任编辑：…`, `（完）`, a caption under the 供稿 line: no text, no next article's heading;
        // under a closing byline `来源：…` and the like too (`GenrePatterns.isItemTrailerLine`).
        if articleHasContributor || articleClosedByByline, currentArticle != nil, pending == nil, line.scalars <= 80,
           GenrePatterns.isItemTrailerLine(strippedBold(line, limit: Int.max)) {
            dropLine(line, .byline, droppedLineMessage(line))
            return
        }
        var textStart = line.start
        let markdownHeading = rules.markdown ? SourceLines.markdownHeading(bytes, line.start, line.end) : nil
        if let markdownHeading { textStart = markdownHeading.textStart }
        // The line's first bytes, read in place: every body line is asked these.
        let rawRange = strippedRange(line)
        let head = rawRange.lowerBound..<min(rawRange.upperBound, rawRange.lowerBound + GenrePatterns.pointNumberHeadLength)
        let (footerLabelled, pointMark) = bytes.withUnsafeBufferPointer { buffer -> (Bool, Bool?) in
            let raw = UnsafeBufferPointer(rebasing: buffer[head])
            return (GenrePatterns.footerLabel(raw) != nil, GenrePatterns.pointNumber(raw)?.markIsRight)
        }
        // `二.` `三，` (P7 judges the mark) open a point too, as for the checker, unless the line
        // before left its sentence open (a page break before “统|一，…”). `二、` opens one unless
        // it lists numerals under prose cut in mid-sentence (`……圆满完成了` / `二、三季度的各项任务。`,
        // `GenrePatterns.continuesWithNumerals`), as for the checker.
        let opensPoint = (pointMark == true && !continuesCutProse(line))
            || (pointMark == false && pending.map { GenrePatterns.endsSentence(bytes, $0.lastLine.start, $0.lastLine.end) } ?? true)
        if let markdownHeading {
            flushPending()
            var block = PendingBlock(lastLine: line)
            // `## 一、完善站点布局` inside an article is a point heading, as `**一、…**` is; only a
            // heading without a point number (or before any article) opens an article.
            // Any other heading without a region inside an article (`### （一）细化`) is a heading
            // paragraph of the article: opening an article there lost the rest of the text.
            // After the article's 供稿 line a heading opens the next article, as before.
            let insideArticle = currentArticle != nil && !articleHasContributor && markdownHeading.level >= 2
                && regionAt(markdownHeading.textStart, line.end) == nil
            block.startsArticle = !insideArticle
            block.isHeadingLine = true
            start(&block, line, from: textStart)
            pending = block
            flushPending()
            return
        }
        // In an article, or under the first paragraph of one still to open (a heading run into its lead).
        let inArticle = currentArticle != nil || pending?.startsArticle == true
        if inArticle, let next = wrappedContributorEnd(after: line) {
            flushPending()
            contributorLine(line, wrappedTo: next)
            return
        }
        if !head.isEmpty, bytes[head.lowerBound] == UInt8(ascii: "(") || bytes[head.lowerBound] == 0xEF, line.scalars <= 80 {
            let whole = strippedBold(line, limit: Int.max)
            if GenrePatterns.contributor(whole) != nil {
                flushPending()
                contributorLine(line)
                return
            }
            if GenrePatterns.isCreditLine(whole) {
                flushPending()
                dropLine(line, .byline, "署名行（图文、审核等），简报文章不署名，已舍去")
                return
            }
        }
        // `供稿：林州市人大常委会`, `林州市人大常委会供稿`, `（供稿：…）`: the 供稿 line in another form (S8 says so).
        if inArticle, line.scalars <= 42, GenrePatterns.mayBeContributorInOtherForm(bytes[rawRange]),
           GenrePatterns.contributorInOtherForm(strippedBold(line, limit: Int.max)) != nil {
            flushPending()
            contributorLine(line)
            return
        }
        // A labelled line or a 印发 line in an article, a 供稿 line or a point still to come, is the
        // article's text (as for the checker).
        var footerField = footerLabelled
        var issued = line.scalars <= 60 && endsLikeFooter(line) && GenrePatterns.issuedLine(strippedBold(line, limit: Int.max)) != nil
        if inArticle, footerField || issued {
            // A copy of the engine only here, on a footer-like line: kept alive over every body
            // line, it made each append copy the repairs (quadratic, caught by the benchmark).
            let engine = self
            let following = issueLines[line.number...].lazy.filter { !$0.isBlank }
                .map { engine.strippedBold($0, limit: GenrePatterns.lookaheadLength($0.end - $0.start)) }
            if GenrePatterns.labelledLineIsText(following: following) {
                footerField = false
                issued = false
            }
        }
        if footerField || issued {
            flushPending()
            finishArticle()
            phase = .footer
            footerLine(line)
            return
        }
        // A list item or a table row ends with its line, and nothing is glued to it: blank lines
        // in Markdown are no page breaks around them.
        if rules.markdown, currentArticle != nil, !head.isEmpty,
           bytes[head.lowerBound] == UInt8(ascii: "|") || GenrePatterns.listMarker(bytes, from: line.start, to: line.end) != nil {
            flushPending()
            var block = PendingBlock(lastLine: line)
            block.standsAlone = true
            start(&block, line, from: textStart)
            pending = block
            flushPending()
            return
        }
        // Contents under a 编者按 over them (no article, no entry yet), with markers or without
        // (`地区：标题` lines the first article repeats): read as contents, as the checker does.
        if !singleArticle, currentArticle == nil, layout.articles.isEmpty, layout.contents.isEmpty, contentsEntry == nil,
           !layout.editorsNote.isEmpty || pending?.isEditorsNote == true,
           contentsMarker(line) != nil || (startsArticleHeading(line) && unmarkedContentsRun(from: line) != nil) {
            flushPending()
            phase = .contents
            contentsLine(line)
            return
        }
        // The 编者按 over an issue's articles: the issue's text, no article's (the checker skips it).
        // One after an article's 供稿 line is listed (the model holds one note, over the articles).
        if !singleArticle, currentArticle == nil ? layout.articles.isEmpty : articleHasContributor,
           !(pending.map { $0.isEditorsNote && shouldJoin($0, line) } ?? false), opensEditorsNote(line) {
            flushPending()
            var block = PendingBlock(lastLine: line)
            block.isEditorsNote = true
            start(&block, line, from: textStart)
            block.editorsNoteStart = GenrePatterns.editorsNote(block.builder.bytes) ?? 0
            pending = block
            return
        }
        // After an article's 供稿 line (an article with text: a 供稿 line right under its title ends
        // nothing), the next paragraph heads the next article when it reads like a title
        // (`GenrePatterns.headsNextArticle`: S5 judges one without its region), else it is listed —
        // as the checker reads them. Glued to the article before, a title lost that article's 供稿
        // to the next one's. Not a stray line right over the next `地区：` heading
        // (`××大学党委宣传部`); rules, credit, production and signature lines, a 编者按 and the 印发
        // line were taken above.
        // (A 编者按 or listed text after a 供稿 line that this line does not go on with is no paragraph before it.)
        let noParagraphBefore = pending.map { ($0.isEditorsNote || $0.isAfterContributor || isFurtherNoteParagraph($0)) && !shouldJoin($0, line) } ?? true
        let pastContributor = currentArticle.map { articleIndex in
            articleHasContributor && noParagraphBefore
                && (!layout.articles[articleIndex].lead.isEmpty || !layout.articles[articleIndex].points.isEmpty || !layout.articles[articleIndex].closing.isEmpty)
        } ?? false
        let opensArticleHeading = pastContributor && startsArticleHeading(line)
        let headsNextArticle = pastContributor && !opensArticleHeading
            && (GenrePatterns.headsNextArticle(strippedBold(line, limit: 241)) || isListedTitle(line))
            && !nextParagraphStartsArticleHeading(after: line)
        if pastContributor, !opensArticleHeading, !headsNextArticle {
            flushPending()
            var block = PendingBlock(lastLine: line)
            block.isAfterContributor = true
            start(&block, line, from: textStart)
            pending = block
            return
        }
        // A numbered title (`一、省人大常委会召开…`) where an article is expected heads it, as for the
        // checker: the first paragraph of an issue without `地区：` headings, and after a 供稿 line.
        let numberedTitle = opensPoint && (headsNextArticle
            || (noParagraphBefore && !singleArticle && currentArticle == nil && layout.articles.isEmpty && !hasRegionHeadings()))
        if opensPoint, !numberedTitle {
            flushPending()
            var block = PendingBlock(lastLine: line)
            start(&block, line, from: textStart)
            // `一、强化组织领导` alone on its line is a heading, never glued to the next line (the
            // checker's rule too).
            block.isHeadingLine = isPointHeadingLine(line)
            pending = block
            return
        }
        // So is `（一）健全工作机制`, `一是加强组织领导`, `1、完善制度` alone on its line: no paragraph
        // cut short, nor the end of one (as for the checker), unless it goes on, on the very next
        // line, with a sentence the line before left open (`1、2月份` in a paragraph) — not a list of
        // such lines (`1、建立代表联络站` / `2、开展集中学习`), each of which stands alone.
        if !numberedTitle, isPointHeadingLine(line), !goesOnWithOpenLine(line) {
            startHeadingLine(line, from: textStart)
            return
        }
        let region = hasEarlyColon(line) ? regionAt(line.start, line.end) : nil
        let isShortHeading = GenrePatterns.isShortHeadingLine(bytes, line.start, line.end, scalars: line.scalars)
        let articleExpected = currentArticle == nil || articleHasContributor
        // `南阳市：` alone, its title on the next line: one heading, as for the checker.
        if region == nil, articleExpected || !layout.contents.isEmpty, let next = titleAfterRegionAlone(line) {
            flushPending()
            var block = PendingBlock(lastLine: line)
            block.startsArticle = true
            block.isHeadingLine = true
            start(&block, line, from: textStart)
            join(&block, next, from: next.start, .joinedTitleLines,
                 .text("标题在“地区：”后换行，第 \(index.lineNumber(line)) 行与第 \(index.lineNumber(next)) 行已接合"))
            block.titleAfterRegion = true
            consumedThrough = next.number
            pending = block
            flushPending()
            return
        }
        // In an issue without a single `地区：` heading (工作动态, a university's bulletin), the
        // first paragraph after the masthead and contents heads an article when it reads like a
        // title, as the checker takes it. Not a labelled or bracketed line (`责任编辑：…`,
        // `（执笔：…）`), nor under a 目录 line whose entries were not read.
        let untitledArticle = !singleArticle && region == nil && noParagraphBefore
            && currentArticle == nil && layout.articles.isEmpty
            && line.scalars <= 60 && !(sawContentsHeading && layout.contents.isEmpty)
            && GenrePatterns.isTitleWithoutRegion(strippedBold(line, limit: Int.max)) && !hasRegionHeadings()
        let regionHeadsArticle = region != nil && (articleExpected
            || (isShortHeading && GenrePatterns.regionLineHeadsArticle(String(decoding: strippedBold(line, limit: 241), as: UTF8.self),
                                                                        contents: contentsPrefixes(), singleArticle: singleArticle)))
        // A title the contents list though it names no region (`GenrePatterns.isListedTitle`), the
        // first article's, as for the checker.
        let listedTitle = !singleArticle && region == nil && noParagraphBefore && currentArticle == nil && layout.articles.isEmpty
            && isListedTitle(line)
        if regionHeadsArticle || listedTitle
            || (singleArticle && currentArticle == nil && pending == nil) || untitledArticle || (headsNextArticle && region == nil) || numberedTitle {
            flushPending()
            var block = PendingBlock(lastLine: line)
            block.startsArticle = true
            // Plain text puts the heading on its own line. Only hard-wrapped OCR runs a heading into
            // its paragraph; half-width punctuation alone (the commonest way a submission is typed)
            // keeps it on its own line.
            block.isHeadingLine = GenrePatterns.headingStandsAlone(bytes, line.start, line.end, scalars: line.scalars, wrapWidth: source.wrapWidth)
            start(&block, line, from: textStart)
            pending = block
            if block.isHeadingLine { flushPending() }
            return
        }
        // A short `地区：…` line that heads no article (`宛城区：张三、李四`, a list of names by county)
        // stands alone as a sub-heading line does, as for the checker: no page break runs through it.
        if region != nil, GenrePatterns.headingStandsAlone(bytes, line.start, line.end, scalars: line.scalars, wrapWidth: source.wrapWidth),
           !goesOnWithOpenLine(line) {
            startHeadingLine(line, from: textStart)
            return
        }
        // `闻令而动强部署 统筹谋划开新局`: a sub-heading without a number stands alone, as for the
        // checker (`GenrePatterns.isPhrasedTitleLine`).
        if line.scalars <= 30, case let stripped = strippedRange(line), GenrePatterns.isPhrasedTitleLine(bytes, stripped.lowerBound, stripped.upperBound),
           !goesOnWithOpenLine(line) {
            startHeadingLine(line, from: textStart)
            unnumberedSubHeadings = true
            return
        }
        if var block = pending, shouldJoin(block, line) {
            pending = nil   // own the block, so appending does not copy its buffers
            let wrapped = source.wrapWidth > 0
            let from = index.lineNumber(block.lastLine), to = index.lineNumber(line)
            if block.isEditorsNote, isEditorsNoteLabel(block) {
                join(&block, line, from: textStart, .joinedPageBreak, .text("第 \(from) 行的“编者按”单独一行，已与第 \(to) 行的按语接合"))
            } else {
                join(&block, line, from: textStart, wrapped ? .joinedHardWrap : .joinedPageBreak,
                     wrapped ? .hardWrap(from: from, to: to) : pageBreakDetail(block, line))
            }
            pending = block
            return
        }
        flushPending()
        var block = PendingBlock(lastLine: line)
        start(&block, line, from: textStart)
        pending = block
    }

    /// The line, opening with numerals listed (`二、三季度`), goes on with prose the line above left
    /// in mid-sentence, right above or over a page break (`GenrePatterns.continuesWithNumerals`):
    /// no point starts there; the page-break join (`shouldJoin`) takes it on.
    func continuesCutProse(_ line: SourceLine) -> Bool {
        guard !oneParagraphPerLine, let pending, !pending.isHeadingLine else { return false }
        let head = strippedRange(line)
        return GenrePatterns.continuesWithNumerals(Array(bytes[head.lowerBound..<min(head.upperBound, head.lowerBound + GenrePatterns.pointNumberHeadLength)]),
                                                  under: Array(bytes[pending.lastLine.start..<pending.lastLine.end]))
    }

    /// A heading line of the text (a numbered sub-heading, a short `地区：…` line) goes on, on the
    /// very next line, with a sentence the line before left open (`1、2月份` in a paragraph), the
    /// line before being no such heading line itself; else it stands alone.
    func goesOnWithOpenLine(_ line: SourceLine) -> Bool {
        line.blanksBefore == 0 && !oneParagraphPerLine
            && pending.map { !$0.isHeadingLine && GenrePatterns.endsOpen(bytes, $0.lastLine.start, $0.lastLine.end) } == true
    }

    /// The line right under `line` when `line` is a region alone (`南阳市：`) and that line goes on
    /// with a title (`GenrePatterns.regionAwaitsTitle`, `continuesTitle`).
    func titleAfterRegionAlone(_ line: SourceLine) -> SourceLine? {
        guard line.scalars <= GenrePatterns.maximumRegionLength + 1, line.number < issueLines.count else { return nil }
        let next = issueLines[line.number]
        guard next.blanksBefore == 0, !next.isBlank,
              GenrePatterns.regionLineTakesTitle(strippedBold(line, limit: Int.max), bytes, next: next.start, next.end,
                                                 previousScalars: line.scalars, scalars: next.scalars) else { return nil }
        return next
    }

    /// A paragraph of one heading line, never joined to the lines around it.
    mutating func startHeadingLine(_ line: SourceLine, from textStart: Int) {
        flushPending()
        var block = PendingBlock(lastLine: line)
        start(&block, line, from: textStart)
        block.isHeadingLine = true
        pending = block
    }

    /// The 编者按 block is its label alone so far (`编者按：` on a line of its own).
    func isEditorsNoteLabel(_ block: PendingBlock) -> Bool {
        GenrePatterns.isEditorsNoteLabelAlone(block.builder.bytes)
    }

    /// The line opens with the 编者按 label (`GenrePatterns.editorsNote`); only its first bytes are read.
    func opensEditorsNote(_ line: SourceLine) -> Bool {
        bytes.withUnsafeBufferPointer { GenrePatterns.editorsNote(UnsafeBufferPointer(rebasing: $0[line.start..<min(line.end, line.start + 40)])) } != nil
    }

    /// A short line opening with a point number of any level, without a sentence in it
    /// (`GenrePatterns.isPointHeadingLine`): a heading on its own line. An OCR line cut at the wrap
    /// width is no such heading.
    func isPointHeadingLine(_ line: SourceLine) -> Bool {
        line.scalars <= GenrePatterns.pointHeadingLength + 8 && !SourceLines.isCutAtWrapWidth(scalars: line.scalars, wrapWidth: source.wrapWidth)
            && GenrePatterns.isPointHeadingLine(String(decoding: strippedBold(line, limit: Int.max), as: UTF8.self).trimmingSpaces)
    }

    /// `GenrePatterns.isSignatureLine`, with the next non-blank line.
    func isSignature(_ line: SourceLine) -> Bool {
        guard line.scalars <= 40 else { return false }
        var position = line.number
        while position < issueLines.endIndex, issueLines[position].isBlank { position += 1 }
        // A longer line is no date: it is not copied (a signature's unit wants a date under it).
        let next = position < issueLines.endIndex && issueLines[position].scalars <= 40
            ? Array(bytes[issueLines[position].start..<issueLines[position].end]) : nil
        return GenrePatterns.isSignatureLine(Array(bytes[line.start..<line.end]), next: next)
    }

    /// Joins `line` (from `textStart`) to the block it continues, with the repair that says so.
    mutating func join(_ block: inout PendingBlock, _ line: SourceLine, from textStart: Int, _ kind: Repair.Kind, _ detail: RepairDetail) {
        repairs.append(Repair(kind: kind, range: index.range(from: block.lastLine, block.lastLine.end, to: line, line.start), detail: detail))
        report(block.builder.append(bytes, textStart, line.end, rules: rules), in: line)
        block.lines.append(line.number)
        block.lastLine = line
    }

    mutating func start(_ block: inout PendingBlock, _ line: SourceLine, from textStart: Int) {
        block.lines = [line.number]
        block.lastLine = line
        report(block.builder.append(bytes, textStart, line.end, rules: block.startsArticle ? headingRules : rules), in: line)
    }

    /// A heading's or a contents entry's line keeps the space between two phrases.
    var headingRules: NormaliseRules {
        var headingRules = rules
        headingRules.keepsPhraseSpace = true
        return headingRules
    }

    /// The line without Markdown heading marks and enclosing `**`, at most `limit` bytes
    /// (prefix checks need only the start of a long paragraph).
    func strippedBold(_ line: SourceLine, limit: Int) -> [UInt8] {
        let range = strippedRange(line)
        if range.count > limit { return Array(bytes[range.lowerBound..<(range.lowerBound + limit)]) }
        return Array(bytes[range])
    }

    /// The source range of the line without Markdown heading marks and enclosing `**`.
    func strippedRange(_ line: SourceLine) -> Range<Int> {
        var start = line.start
        var end = line.end
        if rules.markdown {
            if let heading = SourceLines.markdownHeading(bytes, start, end) { start = heading.textStart }
            while start + 1 < end, bytes[start] == UInt8(ascii: "*"), bytes[start + 1] == UInt8(ascii: "*") { start += 2 }
            while end - 1 > start, bytes[end - 1] == UInt8(ascii: "*"), bytes[end - 2] == UInt8(ascii: "*") { end -= 2 }
        }
        return start..<end
    }

    /// Cheap pre-checks on the source bytes, so ordinary body lines skip the pattern functions.
    func endsLikeFooter(_ line: SourceLine) -> Bool {
        var end = line.end
        while end > line.start, bytes[end - 1] == UInt8(ascii: "*") || bytes[end - 1] == 0x20 { end -= 1 }
        guard end - line.start >= 3 else { return false }
        let last = bytes[(end - 3)..<end]
        // (Or the 印发 line's labelled form, `印发单位：…`.)
        return last.elementsEqual([0xE5, 0x8F, 0x91]) || last.elementsEqual(GenrePatterns.fen)   // 发, 份
            || GenrePatterns.issuerLabels.contains { bytes[line.start..<line.end].starts(with: $0) }
    }

    func hasEarlyColon(_ line: SourceLine) -> Bool {
        let limit = min(line.end, line.start + 48)
        // Asked of every body line: read through the buffer (4 % of reading OCR text before).
        return bytes.withUnsafeBufferPointer { buffer in
            var index = line.start
            while index < limit {
                let byte = buffer[index]
                if byte == UInt8(ascii: ":") { return true }
                if byte == 0xEF, index + 2 < line.end, buffer[index + 1] == 0xBC, buffer[index + 2] == 0x9A { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether `line` continues the paragraph in `block` (a page break or hard wrap split it).
    func shouldJoin(_ block: PendingBlock, _ line: SourceLine) -> Bool {
        if block.isHeadingLine || block.standsAlone { return false }
        let last = block.lastLine
        if GenrePatterns.keepsLinesApart(bytes, last.start..<last.end, line.start..<line.end) { return false }
        // Text after a 供稿 line that heads no article is listed as the checker cuts it: adjacent
        // lines left open go on, no page break runs through it.
        if block.isAfterContributor {
            return line.blanksBefore == 0 && !oneParagraphPerLine && GenrePatterns.endsOpen(bytes, last.start, last.end)
        }
        if block.isEditorsNote {
            return GenrePatterns.editorsNoteGoesOn(bytes, last.start, last.end, next: strippedBold(line, limit: 60 * 4 + 1),
                                                   labelOnly: isEditorsNoteLabel(block),
                                                   cutAtWrapWidth: SourceLines.isCutAtWrapWidth(scalars: last.scalars, wrapWidth: source.wrapWidth),
                                                   onePerLine: oneParagraphPerLine)
        }
        if source.wrapWidth > 0 {
            // OCR: a line shorter than the wrap width ended where the author ended it; one cut at
            // it goes on, unless it ended its sentence and this line opens an item or the 结语.
            guard SourceLines.isCutAtWrapWidth(scalars: last.scalars, wrapWidth: source.wrapWidth) else { return false }
            // A single submission's title line, open at its end as titles are and holding no
            // sentence: the title, whole, as the checker reads it (audit 19: a title of 24
            // characters in a PDF's lines of 28 took the whole lead). In an issue its contents
            // entry tells where a title wrapped at the width ends (seed 001).
            if singleArticle, block.startsArticle, block.lines.count == 1, GenrePatterns.endsOpen(bytes, last.start, last.end),
               GenrePatterns.firstSentenceMark(Array(bytes[last.start..<last.end]), from: 0, halfWidthStops: false) == nil { return false }
            return GenrePatterns.endsOpen(bytes, last.start, last.end)
                || !block.builder.bytes.withUnsafeBufferPointer { paragraph in
                    bytes.withUnsafeBufferPointer { GenrePatterns.startsParagraphUnderCutLine(paragraph: paragraph, next: UnsafeBufferPointer(rebasing: $0[line.start..<line.end])) }
                }
        }
        // A labelled line (`报送：…` read as the article's text) opens a paragraph, as for the checker.
        if bytes.withUnsafeBufferPointer({ GenrePatterns.footerLabel(UnsafeBufferPointer(rebasing: $0[line.start..<min(line.end, line.start + GenrePatterns.footerLabelLength)])) }) != nil {
            return false
        }
        // A field line over another (`附件：…` / `参会人员：…`) is a list of fields, as for the checker.
        if block.lines.count == 1, GenrePatterns.isFieldLine(block.builder.bytes, 0, block.builder.bytes.count),
           GenrePatterns.opensWithFieldLabel(bytes, line.start, line.end) { return false }
        // A line a page break may have cut leaves its sentence open (`GenrePatterns.endsOpen`, the
        // checker's test too): not after 。 or ：, nor after `…落实。”`; after `…“四落实”`, yes.
        // The straight quotes of the line before, when the paragraph ran on from it, count for a
        // quote at its end (one line back: a paragraph of many lines is not counted again per line).
        let leftOpen = GenrePatterns.endsOpen(bytes, last.start, last.end) {
            guard block.lines.count >= 2 else { return 0 }
            let previous = issueLines[block.lines[block.lines.count - 2] - 1]
            return GenrePatterns.straightQuotes(in: self.bytes, previous.start, previous.end)
        }
        // One paragraph per line: a title-like line is a heading of what follows, and a name of a
        // list typed one per line stands alone, as for the checker.
        if oneParagraphPerLine, block.lines.count == 1, leftOpen,
           GenrePatterns.standsOnItsOwnLine(String(decoding: block.builder.bytes, as: UTF8.self)) { return false }
        if unnumberedSubHeadings, block.lines.count == 1, leftOpen,
           GenrePatterns.isShortSubHeading(String(decoding: block.builder.bytes, as: UTF8.self)) { return false }
        if leftOpen { return true }
        // A 结语 opens its own paragraph, even after a sub-point heading.
        if GenrePatterns.opensClosing(bytes[line.start..<line.end]) { return false }
        // Nor does a heading line after it (`附件：代表名单`), as for the checker.
        if oneParagraphPerLine, line.scalars <= 60, GenrePatterns.isUnpunctuatedTitle(String(decoding: strippedBold(line, limit: Int.max), as: UTF8.self)) { return false }
        return endsWithSubPointHeading(block)
    }

    /// Whether the line ends a sentence as written: in text typed with half-width punctuation (read
    /// as full-width), a `.` after a Chinese character does too (`刊发稿件42篇.`), as for the checker.
    func endsSentence(_ line: SourceLine) -> Bool {
        rules.fullWidthPunctuation ? GenrePatterns.endsSentenceHalfWidthToo(bytes, line.start, line.end)
            : GenrePatterns.endsSentence(bytes, line.start, line.end)
    }

    /// Why a page break was joined: mid-sentence, or after a sub-point heading (see `shouldJoin`).
    func pageBreakDetail(_ block: PendingBlock, _ line: SourceLine) -> RepairDetail {
        let last = block.lastLine
        return !GenrePatterns.endsOpen(bytes, last.start, last.end)
            ? .pageBreakAfterSubPointHeading(from: index.lineNumber(last), to: index.lineNumber(line))
            : .pageBreak(from: index.lineNumber(last), to: index.lineNumber(line))
    }

    /// "…。三是履职保障上求“新”。" at a page end: a sub-point heading cannot end a paragraph.
    func endsWithSubPointHeading(_ block: PendingBlock) -> Bool {
        GenrePatterns.endsWithSubPointHeading(block.builder.bytes)
    }

    mutating func flushPending() {
        guard var block = pending else { return }
        pending = nil
        block.builder.finish()
        if featureMode { _ = ensureFeatureArticle(at: block.builder.segments.first?.lowerBound ?? 0) }
        if block.isAfterContributor {
            list(block.builder, "这段文字在供稿行之后，不像下一篇文章的标题，未归入")
        } else if block.isEditorsNote {
            let text = block.builder.bytes
            // Past the label on the first line (`编者按` / `近期，…` joins into `编者按近期，…`), and past
            // the label written again under a label alone (`编者按：` / `编者按：现将…`).
            var noteStart = min(block.editorsNoteStart, text.count)
            if let again = GenrePatterns.editorsNote(text[noteStart...]), again > noteStart { noteStart = again }
            if layout.editorsNote.isEmpty, layout.articles.isEmpty, noteStart < text.count {
                let paragraph = addParagraph(block.builder, role: .editorsNote, article: nil)
                layout.editorsNote = [locate(paragraph, noteStart, text.count)]
            } else {
                // Listed, never dropped: a second note, one between articles, or a label over nothing.
                list(block.builder, noteStart < text.count ? "编者按只印一处，在第一篇文章之前；这一段未归入" : "“编者按”下面没有按语")
            }
        } else if block.startsArticle {
            startArticle(block)
        } else {
            place(block.builder)
        }
    }

    /// A new article from its heading block; a run-in heading is split from its paragraph.
    /// An article without a heading: its heading is empty, at the start of its first line.
    mutating func startUntitledArticle(at line: SourceLine) {
        let heading = LocatedText(text: "", range: index.range(ofByteOffsets: line.start, line.start))
        layout.articles.append(ArticleLayout(heading: heading, region: nil, separator: nil, headline: heading, range: heading.range))
        articles.append(Article(region: "", headline: ""))
        currentArticle = layout.articles.count - 1
        articleHasContributor = false
        articleClosedByByline = false
    }

    mutating func startArticle(_ block: PendingBlock) {
        unnumberedSubHeadings = false
        finishArticle()
        let text = block.builder.bytes
        var headingEnd = text.count
        var restStart = text.count
        // A title asking or exclaiming keeps its mark: nothing runs into it.
        if !block.isHeadingLine, !GenrePatterns.isQuestionOrExclamationTitle(text) {
            let expected = layout.contents.indices.contains(layout.articles.count) ? Array(layout.contents[layout.articles.count].text.utf8) : []
            if !expected.isEmpty, text.count > expected.count, Array(text[0..<expected.count]) == expected {
                headingEnd = expected.count
            } else if let gap = GenrePatterns.titleBodyGap(text) {
                // The title and its lead on one line, a gap between (P4 asks for a paragraph break).
                headingEnd = gap.start
                restStart = gap.end
            } else if let sentenceEnd = GenrePatterns.firstSentenceEnd(text, from: 0) {
                headingEnd = sentenceEnd
                // The heading does not keep the full stop that ran it into the paragraph.
                while headingEnd > 0, text[headingEnd - 1] & 0xC0 == 0x80 { headingEnd -= 1 }
                headingEnd = max(0, headingEnd - 1)
            }
            restStart = max(restStart == text.count ? headingEnd : restStart, headingEnd)
            if restStart < text.count {
                let (value, length) = UTF8Scalar.decodeOrReplace(text, at: restStart, end: text.count)
                if value == 0x3002 || value == 0x2E { restStart += length }
                while restStart < text.count, text[restStart] == 0x20 { restStart += 1 }
            }
        }
        let (headingBuilder, restBuilder) = split(block.builder, at: headingEnd, restStart: restStart)
        let paragraph = addParagraph(headingBuilder, role: .heading, article: layout.articles.count)
        titleLineOverBlank = nil
        if block.isHeadingLine, restBuilder == nil, block.lines.count == 1 || block.titleAfterRegion,
           !SourceLines.isCutAtWrapWidth(scalars: block.lastLine.scalars, wrapWidth: source.wrapWidth),
           SourceLines.markdownHeading(bytes, block.lastLine.start, block.lastLine.end) == nil {
            let remaining = titleContinuations(under: block.lastLine)
            if remaining > 0 {
                openTitle = (layout.articles.count, paragraph, block.lastLine, remaining)
            } else if !layout.contents.isEmpty, contentsPrefixes().haveLongerEntry(startingWith: HeadingText.compactUTF8(headingBuilder.text)) {
                // Its contents entry goes on: the title does, over a blank line too (as the checker
                // joins the heading's blocks where the entry goes on; the thirteenth audit).
                openTitle = (layout.articles.count, paragraph, block.lastLine, 2)
            } else if !oneParagraphPerLine, layout.contents.isEmpty, let next = titleOverBlankLine(under: block.lastLine) {
                // No contents: a short line a blank line under it, a paragraph under that.
                titleLineOverBlank = next
                openTitle = (layout.articles.count, paragraph, block.lastLine, 1)
            }
        }
        let headingBytes = headingBuilder.bytes
        let heading = locate(paragraph, 0, headingBytes.count)
        let (regionLocated, separator, headline) = headingParts(paragraph, heading)
        if restBuilder != nil {
            repairs.append(Repair(kind: .splitRunInHeading, range: heading.range,
                                  message: "文章标题“\(heading.text)”与正文连在一起，已把标题单独分出"))
        }
        layout.articles.append(ArticleLayout(heading: heading, region: regionLocated, separator: separator, headline: headline,
                                             range: heading.range))
        articles.append(Article(region: regionLocated?.text ?? "", headline: headline.text))
        currentArticle = layout.articles.count - 1
        articleHasContributor = false
        articleClosedByByline = false
        if let restBuilder { place(restBuilder) }
    }

    /// A title printed over two or three short lines: the line comes right under the title's last
    /// line and is one of those `GenrePatterns.titleContinuations` counted.
    func continuesTitle(_ title: (article: Int, paragraph: Int, lastLine: SourceLine, remaining: Int), _ line: SourceLine) -> Bool {
        guard title.remaining > 0 else { return false }
        if line.number == title.lastLine.number + 1 || line.number == titleLineOverBlank { return true }
        // Past blank lines only where the contents entry goes on with the line.
        guard let prefixes = contentsPrefixesCache?.prefixes, line.scalars <= GenrePatterns.titleLineLength else { return false }
        return prefixes.haveEntry(startingWith: HeadingText.compactUTF8(paragraphs[title.paragraph].text) + HeadingText.compactUTF8(GenrePatterns.string(bytes, line.start, line.end)))
    }

    /// The line going on with the title line `line` a blank line under it
    /// (`GenrePatterns.titleGoesOnOverBlankLine`), its number; nil when none does.
    func titleOverBlankLine(under line: SourceLine) -> Int? {
        let following = issueLines[line.number...].lazy.filter { !$0.isBlank }.prefix(2)
        guard let next = following.first, next.blanksBefore == 1 else { return nil }
        func titleLine(_ line: SourceLine) -> GenrePatterns.TitleLine {
            GenrePatterns.TitleLine(start: line.start, end: line.end, scalars: line.scalars, adjacent: false)
        }
        let then = following.dropFirst().first
        return GenrePatterns.titleGoesOnOverBlankLine(bytes, title: titleLine(line), next: titleLine(next), then: then.map(titleLine)) ? next.number : nil
    }

    /// How many lines under the title line `line` go on with it (`GenrePatterns.titleContinuations`).
    func titleContinuations(under line: SourceLine) -> Int {
        let following = issueLines[line.number...].prefix(3).map { next in
            // In OCR text a line cut at the wrap width is the lead's, no short title line's.
            GenrePatterns.TitleLine(start: next.start, end: next.end, scalars: next.scalars,
                                    adjacent: next.blanksBefore == 0 && !next.isBlank && !SourceLines.isCutAtWrapWidth(scalars: next.scalars, wrapWidth: source.wrapWidth))
        }
        return GenrePatterns.titleContinuations(bytes, [GenrePatterns.TitleLine(start: line.start, end: line.end, scalars: line.scalars, adjacent: true)] + following)
    }

    /// Appends `line` to the title's paragraph and reads the heading again.
    mutating func extendTitle(_ title: (article: Int, paragraph: Int, lastLine: SourceLine, remaining: Int), _ line: SourceLine) {
        var builder = TextBuilder()
        report(builder.append(bytes, line.start, line.end, rules: rules), in: line)
        builder.finish()
        var paragraph = paragraphs[title.paragraph]
        // A break between two phrases is the title's phrase space: where the contents entry has
        // one, else as `titleBreakIsPhraseSpace` reads the two lines.
        let headingSoFar = HeadingText.compactUTF8(paragraph.text)
        let spaced: Bool
        if !layout.contents.isEmpty, let entry = contentsPrefixes().entry(startingWith: headingSoFar + HeadingText.compactUTF8(builder.text)) {
            spaced = HeadingText.hasSpace(layout.contents[entry].text, atCompactOffset: headingSoFar.count)
        } else {
            spaced = GenrePatterns.titleBreakIsPhraseSpace(Array(bytes[title.lastLine.start..<title.lastLine.end]), Array(bytes[line.start..<line.end]))
        }
        if spaced { paragraph.text += " " }
        let shift = paragraph.text.utf8.count
        paragraph.text += builder.text
        paragraph.anchors += builder.anchors.map { OffsetAnchor(textOffset: $0.textOffset + shift, sourceOffset: $0.sourceOffset) }
        paragraph.segments += builder.segments.map { index.range(ofByteOffsets: $0.lowerBound, $0.upperBound) }
        paragraphs[title.paragraph] = paragraph
        let heading = locate(title.paragraph, 0, paragraph.text.utf8.count)
        let (region, separator, headline) = headingParts(title.paragraph, heading)
        layout.articles[title.article].heading = heading
        layout.articles[title.article].region = region
        layout.articles[title.article].separator = separator
        layout.articles[title.article].headline = headline
        layout.articles[title.article].range.end = max(layout.articles[title.article].range.end, heading.range.end)
        articles[title.article].region = region?.text ?? ""
        articles[title.article].headline = headline.text
        repairs.append(Repair(kind: .joinedTitleLines, range: index.range(from: title.lastLine, title.lastLine.end, to: line, line.start),
                              detail: .text("标题分两三行排印，第 \(index.lineNumber(title.lastLine)) 行与第 \(index.lineNumber(line)) 行已接合")))
        openTitle = title.remaining > 1 ? (title.article, title.paragraph, line, title.remaining - 1) : nil
    }

    /// Splits a builder's text at `headingEnd`; the rest starts at `restStart` (nil when empty).
    func split(_ builder: TextBuilder, at headingEnd: Int, restStart: Int) -> (TextBuilder, TextBuilder?) {
        guard headingEnd < builder.bytes.count else { return (builder, nil) }
        let head = slice(builder, 0, headingEnd)
        guard restStart < builder.bytes.count else { return (head, nil) }
        return (head, slice(builder, restStart, builder.bytes.count))
    }

    func slice(_ builder: TextBuilder, _ from: Int, _ to: Int) -> TextBuilder {
        var result = TextBuilder()
        result.bytes = Array(builder.bytes[from..<to])
        let sourceStart = builder.sourceOffset(from)
        let sourceEnd = clampedSourceEnd(builder.sourceEnd(to), segments: builder.segments, start: sourceStart)
        result.anchors = [OffsetAnchor(textOffset: 0, sourceOffset: sourceStart)]
        for anchor in builder.anchors where anchor.textOffset > from && anchor.textOffset < to {
            result.anchors.append(OffsetAnchor(textOffset: anchor.textOffset - from, sourceOffset: anchor.sourceOffset))
        }
        result.segments = builder.segments.compactMap { segment in
            let lower = max(segment.lowerBound, sourceStart)
            let upper = min(segment.upperBound, sourceEnd)
            return lower < upper ? lower..<upper : nil
        }
        result.boldSpans = builder.boldSpans.compactMap { span in
            let lower = max(span.lowerBound, from)
            let upper = min(span.upperBound, to)
            return lower < upper ? (lower - from)..<(upper - from) : nil
        }
        return result
    }

    /// Keeps an end offset inside the segment it falls in (a widened character must not
    /// push it onto the next line).
    func clampedSourceEnd(_ end: Int, segments: [Range<Int>], start: Int) -> Int {
        var result = end
        for segment in segments where segment.lowerBound < end {
            if end > segment.upperBound { result = max(segment.upperBound, start) } else { result = end }
        }
        return max(result, start)
    }

    /// Routes a body paragraph to the current article: a point, a point's body, or the lead.
    mutating func place(_ builder: TextBuilder) {
        guard let articleIndex = currentArticle else {
            // The note's next paragraph, as the checker reads it (`GenrePatterns.isFurtherNoteParagraph`).
            let afterNote = !layout.editorsNote.isEmpty && layout.articles.isEmpty
            let sentence = !builder.bytes.isEmpty && !GenrePatterns.endsOpen(builder.bytes, 0, builder.bytes.count)
            if afterNote, GenrePatterns.isFurtherNoteParagraph(builder.bytes, regionHeadings: hasRegionHeadings()) {
                let paragraph = addParagraph(builder, role: .editorsNote, article: nil)
                layout.editorsNote.append(locate(paragraph, 0, builder.bytes.count))
                return
            }
            list(builder, !afterNote ? "这段文字不在任何文章之内（找不到它前面的“地区：标题”）"
                    : sentence ? "这段文字在编者按之后、第一篇文章之前，未归入" : "这段文字在编者按之后、第一篇文章之前，不是完整的句子，未归入")
            return
        }
        let text = builder.bytes
        // `\t一、…` (a tab or U+3000 before the number, left where lines were joined): the spaces
        // are no text, and the notes refuse a paragraph that opens with a point number after them.
        let numberStart = GenrePatterns.afterSpaces(text, from: 0)
        if numberStart > 0, numberStart < text.count,
           GenrePatterns.numberOpeningBody(GenrePatterns.leadingScalars(text, from: numberStart), firstParagraph: false) != nil {
            place(slice(builder, numberStart, text.count))
            return
        }
        if let numeral = GenrePatterns.pointNumber(text, fullStopToo: rules.fullWidthPunctuation) {
            // `一、` alone, `一、二、强化…`, `**一、**二、…` or `二、二、…`: the first number has no heading of its own
            // (drafting numbers the points anyway), so it is listed and the next point is read from
            // there. `一、二、三产业…` lists numerals and stays one heading.
            let headingStart = GenrePatterns.afterSpaces(text, from: numeral.markEnd)
            var headingEnd: Int
            var bodyStart: Int
            if let bold = builder.boldSpans.first, bold.lowerBound == 0, bold.upperBound > numeral.markEnd {
                // Markdown for CommonMark closes `**` before the heading's final marks (`**…”**。一是`).
                headingEnd = GenrePatterns.pastClosingMarks(text, from: bold.upperBound)
                bodyStart = headingEnd
            } else {
                // A stray `.` (`二、强化服务.一是…`) ends the heading too: P1 makes it the 。 it is,
                // and the checker reads the heading so (`TextLayout.sentenceEnd`).
                headingEnd = GenrePatterns.firstSentenceEnd(text, from: numeral.markEnd, halfWidthStops: true) ?? text.count
                bodyStart = headingEnd
            }
            headingEnd = GenrePatterns.trimmedEnd(text, headingEnd, notBefore: numeral.markEnd)
            // Nothing but spaces (or a bold span of them, `**一、\t**…`) before the heading ends.
            let bare = headingStart >= headingEnd
            // A heading that opens with a number of its own (`一、二.…`, `一、（一）…`) is refused by
            // the notes as a body's first paragraph is (one recogniser, `numberOpeningBody`).
            let numbered = !bare && GenrePatterns.numberOpeningBody(GenrePatterns.leadingScalars(text, from: headingStart), firstParagraph: true) != nil
            if bare || numbered || (numeral.markIsRight && GenrePatterns.pointNumber(text, headingStart).map {
                $0.markIsRight && !GenrePatterns.enumeratesNumerals(text, after: $0.markEnd, number: $0.number) } == true) {
                let (numberOnly, rest) = split(builder, at: numeral.markEnd, restStart: headingStart)
                let paragraph = addParagraph(numberOnly, role: .other, article: articleIndex)
                let located = locate(paragraph, 0, numberOnly.bytes.count)
                unplaced.append(UnplacedLine(reason: .unrecognised, text: located.text, range: located.range,
                                             message: "编号“\(located.text)”后面没有小标题\(bare ? "" : "，紧接着是下一个编号")；已略去（起草时自动编号）"))
                if let rest { place(rest) }
                return
            }
            bodyStart = GenrePatterns.afterSpaces(text, from: bodyStart)
            // `**一、…。**二、…` typed on one line: the next point starts where the body would — the
            // next number in any mark, or any number in 、 (a number typed twice, `二、…。二、…`),
            // or any number in the points' form the notes would refuse there (`二，`), unless it
            // lists numerals (`一、强化领导。二、三产业…`: 二、三 is no number, whatever comes before). A body never starts with a point number; another
            // number there (`（一）`, `1.`) starts the body's own paragraph, after the heading's.
            let opening = GenrePatterns.numberOpeningBody(GenrePatterns.leadingScalars(text, from: bodyStart), firstParagraph: true)
            let next = GenrePatterns.pointNumber(text, bodyStart, fullStopToo: rules.fullWidthPunctuation)
            if opening != nil || next.map({ next in
                !GenrePatterns.enumeratesNumerals(text, after: next.markEnd, number: next.number)
                    && (next.markIsRight || (next.number != nil && next.number == numeral.number.map { $0 + 1 })) }) == true {
                let (head, rest) = split(builder, at: bodyStart, restStart: bodyStart)
                place(head)
                if let rest { place(rest) }
                return
            }
            let paragraph = addParagraph(builder, role: .point, article: articleIndex)
            let heading = locate(paragraph, numeral.markEnd, headingEnd)
            let subHeadings = builder.boldSpans.filter { $0.lowerBound >= bodyStart }.map { locate(paragraph, $0.lowerBound, $0.upperBound) }
            layout.articles[articleIndex].points.append(PointLayout(
                numeral: locate(paragraph, 0, numeral.markEnd), number: numeral.number, heading: heading,
                paragraphs: [paragraph], subHeadings: subHeadings))
            // The body is the tail of the paragraph's text: cut from that string, not decoded again
            // (unless decoding replaced invalid bytes, which moves the offsets).
            let paragraphText = paragraphs[paragraph].text
            let body = bodyStart >= text.count ? ""
                : paragraphText.utf8.count == text.count ? String(paragraphText[paragraphText.utf8.index(paragraphText.startIndex, offsetBy: bodyStart)...])
                : GenrePatterns.string(text, bodyStart, text.count)
            articles[articleIndex].points.append(Point(heading: heading.text, body: body.isEmpty ? [] : [body]))
            noteSubPoints(paragraph, builder.bytes, articleIndex, point: layout.articles[articleIndex].points.count - 1)
            extendArticle(articleIndex, paragraph)
            return
        }
        if !layout.articles[articleIndex].points.isEmpty {
            let paragraph = addParagraph(builder, role: .pointBody, article: articleIndex)
            let pointIndex = layout.articles[articleIndex].points.count - 1
            layout.articles[articleIndex].points[pointIndex].paragraphs.append(paragraph)
            let subHeadings = builder.boldSpans.map { locate(paragraph, $0.lowerBound, $0.upperBound) }
            layout.articles[articleIndex].points[pointIndex].subHeadings.append(contentsOf: subHeadings)
            if articles[articleIndex].points[pointIndex].body.isEmpty, layout.articles[articleIndex].points[pointIndex].numeral != nil {
                // The heading's line had no text after it: keep that empty first paragraph.
                articles[articleIndex].points[pointIndex].body.append("")
            }
            articles[articleIndex].points[pointIndex].body.append(paragraphs[paragraph].text)
            noteSubPoints(paragraph, builder.bytes, articleIndex, point: pointIndex)
            extendArticle(articleIndex, paragraph)
            return
        }
        let paragraph = addParagraph(builder, role: .lead, article: articleIndex)
        layout.articles[articleIndex].lead.append(paragraph)
        articles[articleIndex].lead.append(paragraphs[paragraph].text)
        noteSubPoints(paragraph, builder.bytes, articleIndex, point: nil)
        extendArticle(articleIndex, paragraph)
    }

    mutating func noteSubPoints(_ paragraph: Int, _ text: [UInt8], _ articleIndex: Int, point: Int?) {
        for marker in GenrePatterns.subPointMarkers(text) {
            layout.articles[articleIndex].subPoints.append(SubPointLayout(
                marker: locate(paragraph, marker.start, marker.end), number: marker.number, paragraph: paragraph, point: point))
        }
    }

    mutating func extendArticle(_ articleIndex: Int, _ paragraph: Int) {
        if let range = paragraphs[paragraph].range {
            layout.articles[articleIndex].range.end = max(layout.articles[articleIndex].range.end, range.end)
        }
    }

    /// Closes the current article. Paragraphs after the last point's own paragraph are its
    /// 结语 — from the first one that opens like a closing ("下一步，…") when there is one, so
    /// a second body paragraph of the last point stays with it; otherwise those after the last
    /// paragraph that opens with a number of a lower level (`（二）`, `2.`, `二是`), which goes
    /// on the point's own list.
    mutating func finishArticle() {
        guard let articleIndex = currentArticle else { return }
        currentArticle = nil
        if layout.articles[articleIndex].points.isEmpty {
            closeLead(articleIndex)
            return
        }
        guard var lastPoint = layout.articles[articleIndex].points.last, lastPoint.paragraphs.count > 1 else { return }
        // A point heading on its own line (`## 一、完善站点布局`) keeps the paragraph after it as its body.
        let ownParagraphs = articles[articleIndex].points.last?.body.first == "" ? 2 : 1
        let following = Array(lastPoint.paragraphs.dropFirst(ownParagraphs))
        let opener = following.firstIndex { paragraph in GenrePatterns.opensClosing(paragraphs[paragraph].text.utf8) }
        let lastNumbered = following.lastIndex { paragraph in
            GenrePatterns.NumberedOpening(paragraphs[paragraph].text.unicodeScalars.prefix(12).map(\.value), from: 0, subPoints: true) != nil
        }
        // A numbered sub-heading on its own line (`（二）完善制度`) keeps the paragraph under it too.
        let pastNumbered = lastNumbered.map { $0 + (GenrePatterns.isPointHeadingLine(paragraphs[following[$0]].text) ? 2 : 1) }
        let kept = min(lastPoint.paragraphs.count, ownParagraphs + (opener ?? pastNumbered ?? 0))
        let trailing = Array(lastPoint.paragraphs.dropFirst(kept))
        lastPoint.paragraphs = Array(lastPoint.paragraphs.prefix(kept))
        let pointIndex = layout.articles[articleIndex].points.count - 1
        layout.articles[articleIndex].points[pointIndex] = lastPoint
        layout.articles[articleIndex].closing.append(contentsOf: trailing)
        if let start = trailing.first.flatMap({ paragraphs[$0].range?.start }) {
            layout.articles[articleIndex].points[pointIndex].subHeadings.removeAll { $0.range.start >= start }
        }
        for paragraph in trailing { paragraphs[paragraph].role = .closing }
        for position in layout.articles[articleIndex].subPoints.indices where trailing.contains(layout.articles[articleIndex].subPoints[position].paragraph) {
            layout.articles[articleIndex].subPoints[position].point = nil
        }
        let body = articles[articleIndex].points[pointIndex].body
        articles[articleIndex].closing.append(contentsOf: body.dropFirst(kept))
        articles[articleIndex].points[pointIndex].body = Array(body.prefix(kept))
    }


    /// An article without points (`一是…` paragraphs under the lead, say): the 结语 starts at the
    /// first paragraph after the lead's first that opens firmly like one (`下一步，`, `今后，`: not
    /// `未来产业…`, which a body paragraph may open with).
    mutating func closeLead(_ articleIndex: Int) {
        let lead = layout.articles[articleIndex].lead
        guard lead.count > 1, articles[articleIndex].lead.count == lead.count,
              let opener = lead.dropFirst().firstIndex(where: { GenrePatterns.opensClosingFirmly(paragraphs[$0].text.utf8) }) else { return }
        let trailing = Array(lead[opener...])
        layout.articles[articleIndex].lead = Array(lead[..<opener])
        layout.articles[articleIndex].closing = trailing + layout.articles[articleIndex].closing
        for paragraph in trailing { paragraphs[paragraph].role = .closing }
        articles[articleIndex].closing = Array(articles[articleIndex].lead[opener...]) + articles[articleIndex].closing
        articles[articleIndex].lead = Array(articles[articleIndex].lead[..<opener])
    }

    /// The line right under `line` when the two are one 供稿 line wrapped (`GenrePatterns.wrapsContributor`).
    /// Across a page break too (`（…代表工委` / `- 2 -` / `供稿）`, a PDF's): the page number between.
    func wrappedContributorEnd(after line: SourceLine) -> SourceLine? {
        var position = line.number
        var pageBreak = false
        while position < issueLines.endIndex, issueLines[position].isBlank {
            if issueLines[position].isPageNumber || issueLines[position].isRunningHeader { pageBreak = true }
            position += 1
        }
        guard position < issueLines.endIndex else { return nil }
        let next = issueLines[position]
        guard next.blanksBefore == 0 || pageBreak, GenrePatterns.wrapsContributor(bytes[strippedRange(line)], bytes[strippedRange(next)]) else { return nil }
        return next
    }

    mutating func contributorLine(_ line: SourceLine, wrappedTo next: SourceLine? = nil) {
        var builder = TextBuilder()
        var contributorRules = rules
        // Its half-width marks are no Chinese text when OCR gaps are closed: the brackets are judged below, as written.
        contributorRules.fullWidthPunctuation = false
        for part in [line] + (next.map { [$0] } ?? []) {
            let range = strippedRange(part)
            report(builder.append(bytes, range.lowerBound, range.upperBound, rules: contributorRules), in: part)
        }
        if let next {
            consumedThrough = next.number
            repairs.append(Repair(kind: .joinedHardWrap, range: index.range(from: line, line.end, to: next, next.start),
                                  detail: .text("供稿行折成两行，第 \(line.number) 行与第 \(next.number) 行已接合")))
        }
        builder.finish()
        let bracketed = GenrePatterns.contributor(builder.bytes)
        guard let match = bracketed.map({ (unitStart: $0.unitStart, unitEnd: $0.unitEnd) }) ?? GenrePatterns.contributorInOtherForm(builder.bytes) else { return }
        let fullWidth = bracketed?.fullWidth ?? false
        let paragraph = addParagraph(builder, role: .contributor, article: currentArticle)
        let unit = locate(paragraph, match.unitStart, match.unitEnd)
        if bracketed == nil {
            repairs.append(Repair(kind: .fullWidthPunctuation, range: locate(paragraph, 0, builder.bytes.count).range,
                                  message: "供稿行不是“（××供稿）”的写法，按“（\(unit.text)供稿）”读取"))
        } else if !fullWidth {
            repairs.append(Repair(kind: .fullWidthPunctuation, range: locate(paragraph, 0, builder.bytes.count).range,
                                  message: "供稿行的括号是半角，按全角（）读取"))
        }
        guard let articleIndex = currentArticle else {
            unplaced.append(UnplacedLine(reason: .unrecognised, text: builder.text, range: unit.range,
                                         message: "供稿行前面没有文章"))
            return
        }
        // A second 供稿 line in one article (the next article's heading was not read as one): listed,
        // never put in place of the first.
        if articleHasContributor, articles[articleIndex].contributor != nil {
            paragraphs[paragraph].article = nil
            paragraphs[paragraph].role = .other
            unplaced.append(UnplacedLine(reason: .unrecognised, text: builder.text, range: locate(paragraph, 0, builder.bytes.count).range,
                                         message: "这篇文章已有供稿行，这一行未归入（它前面的文章标题可能没有写成“地区：标题”）"))
            return
        }
        // A writer's credit after 供稿 (`执笔：张明`): no field of the model, listed, never lost unsaid.
        if bracketed != nil, let creditStart = GenrePatterns.contributorCreditStart(builder.bytes, closeStart: builder.bytes.count - (fullWidth ? 3 : 1)) {
            let credit = locate(paragraph, GenrePatterns.trimmedStart(builder.bytes, creditStart), builder.bytes.count - (fullWidth ? 3 : 1))
            unplaced.append(UnplacedLine(reason: .byline, text: credit.text, range: credit.range,
                                         message: "供稿行里的执笔、撰稿等署名不是供稿单位，已舍去"))
        }
        paragraphs[paragraph].text = Article.contributorLine(unit: unit.text)
        layout.articles[articleIndex].contributor = ContributorLayout(
            line: LocatedText(text: Article.contributorLine(unit: unit.text), range: locate(paragraph, 0, builder.bytes.count).range),
            unit: unit, fullWidthBrackets: fullWidth)
        // The unit as the text reads it, cut again as the recogniser cuts it: the builder's text
        // is not the line's bytes (controls dropped, lines joined), and the notes refuse a bracket
        // or 供稿 at the unit's ends (fuzzing).
        let unitBytes = Array(unit.text.utf8)
        let bounds = GenrePatterns.unitBounds(unitBytes, 0, unitBytes.count)
        if bounds.start < bounds.end { articles[articleIndex].contributor = GenrePatterns.string(unitBytes, bounds.start, bounds.end) }
        extendArticle(articleIndex, paragraph)
        articleHasContributor = true
    }

    // MARK: Footer

    mutating func footerLine(_ line: SourceLine) {
        hasFooter = true
        if issuedSeen, !GenrePatterns.isCopiesNote(Array(bytes[line.start..<line.end])) {
            phase = .afterFooter
            dispatch(line)
            return
        }
        var builder = TextBuilder()
        // Reported once the line's use is known: a wrapped continuation is normalised again by `join`.
        let edits = builder.append(bytes, line.start, line.end, rules: rules)
        builder.finish()
        let text = builder.bytes
        // The 印发 line without its word stands only with no 印发 line under it.
        var issuedMatch = GenrePatterns.issuedLine(text) ?? (footerField != nil ? GenrePatterns.datedIssuerWithoutIssuedWord(text) : nil)
        if issuedMatch?.lacksIssuedWord == true {
            let engine = self
            let following = issueLines[line.number...].lazy.filter { !$0.isBlank }.map { engine.strippedBold($0, limit: 240) }
            if !GenrePatterns.issuedWordLackingLineStands(following: following) { issuedMatch = nil }
        }
        if var field = footerField, GenrePatterns.footerLabel(text) == nil, issuedMatch == nil {
            footerField = nil   // own the field, so appending does not copy its buffers
            join(&field.block, line, from: line.start, .joinedFooterLine,
                 .text("版记“\(field.label.text)”一栏折行，第 \(index.lineNumber(field.block.lastLine)) 行与第 \(index.lineNumber(line)) 行已接合"))
            footerField = field
            return
        }
        report(edits, in: line)
        if let label = GenrePatterns.footerLabel(text) {
            flushFooterField()
            var block = PendingBlock(builder: builder, lastLine: line)
            block.lines = [line.number]
            // After `报：` a `送：` names the units: the 发 field (as for the checker).
            let isSend = GenrePatterns.isSendField(label, reportSeen: footerReportSeen)
            if GenrePatterns.isReportLabel(text) { footerReportSeen = true }
            footerField = (block, LocatedText(text: GenrePatterns.string(text, 0, label.labelEnd), range: index.range(ofByteOffsets: line.start, builder.sourceEnd(label.labelEnd))), isSend)
            return
        }
        if let issued = issuedMatch {
            flushFooterField()
            let paragraph = addParagraph(builder, role: .footer, article: nil)
            var layoutFooter = layout.footer ?? FooterLayout()
            if issued.issuerEnd > 0 {
                var lineEnd = issued.copiesStart ?? text.count
                while lineEnd > 0, text[lineEnd - 1] == 0x20 { lineEnd -= 1 }
                layoutFooter.issuedLine = locate(paragraph, 0, lineEnd)
                layoutFooter.issuer = locate(paragraph, issued.issuerStart, issued.issuerEnd)
                footerIssuer = layoutFooter.issuer?.text
                if let dateStart = issued.dateStart, let dateEnd = issued.dateEnd {
                    let written = locate(paragraph, dateStart, dateEnd)
                    layoutFooter.issuedDate = written
                    // As the masthead's date is read: Chinese numerals too (`二〇二六年五月八日印发`).
                    footerDate = GenrePatterns.trailingDate(Array(written.text.utf8))?.date
                }
            }
            if let copiesStart = issued.copiesStart {
                layoutFooter.copiesText = locate(paragraph, copiesStart, text.count)
                layoutFooter.copies = issued.copies
                footerCopies = issued.copies
            }
            if let remarkStart = issued.remarkStart {
                // The model keeps the number only: the remark is listed, never dropped unsaid.
                let remark = locate(paragraph, remarkStart, text.count)
                unplaced.append(UnplacedLine(reason: .unrecognised, text: remark.text, range: remark.range,
                                             message: "印数后的说明没有读入（只读入份数），起草时如需要请写回"))
            }
            layout.footer = layoutFooter
            // 印发 and 共印 close the issue, in either order: a separate `（共印30份）` line may
            // follow the 印发 line or stand over it.
            if issued.issuerEnd > 0 {
                if issued.copiesStart != nil || footerCopies != nil { phase = .afterFooter } else { issuedSeen = true }
            } else if footerIssuer != nil {
                phase = .afterFooter
            }
            return
        }
        let paragraph = addParagraph(builder, role: .other, article: nil)
        let located = locate(paragraph, 0, text.count)
        unplaced.append(UnplacedLine(reason: .unrecognised, text: located.text, range: located.range,
                                     message: "版记中无法识别的一行（应为“送：”“发：”或“……印发”）"))
    }

    mutating func flushFooterField() {
        guard var field = footerField else { return }
        footerField = nil
        field.block.builder.finish()
        let label = GenrePatterns.labelName(field.label.text)
        // The model holds two fields: a third (`报：` `送：` `发：`) or a field typed twice is listed, never overwritten.
        if let taken = field.isSend ? footerSendLabel : footerCopyLabel {
            let paragraph = addParagraph(field.block.builder, role: .other, article: nil)
            let located = locate(paragraph, 0, field.block.builder.bytes.count)
            unplaced.append(UnplacedLine(reason: .unrecognised, text: located.text, range: located.range,
                                         message: "版记已有“\(taken)：”一栏，“\(label)：”一栏未归入（版记只记两栏）"))
            return
        }
        let paragraph = addParagraph(field.block.builder, role: .footer, article: nil)
        let labelEnd = field.label.text.utf8.count
        let value = locate(paragraph, labelEnd, field.block.builder.bytes.count)
        let layoutField = FooterField(label: field.label, value: value, lines: field.block.lines, paragraph: paragraph)
        var layoutFooter = layout.footer ?? FooterLayout()
        if field.isSend {
            layoutFooter.sendTo = layoutField
            footerSend = value.text
            footerSendLabel = label
        } else {
            layoutFooter.copyTo = layoutField
            footerCopy = value.text
            footerCopyLabel = label
        }
        layout.footer = layoutFooter
    }

    // MARK: Features (`--article` on a newspaper piece)

    mutating func readFeature() {
        featureMode = true
        var headlineSeen = false
        var expectSubtitle = false
        var firstLine = true
        for line in issueLines where !line.isBlank {
            defer { firstLine = false }
            if SourceLines.isRule(bytes, line.start, line.end) { flushPending(); continue }
            let heading = SourceLines.markdownHeading(bytes, line.start, line.end)
            var builder = TextBuilder()
            builder.append(bytes, heading?.textStart ?? line.start, line.end, rules: rules)
            builder.finish()
            if let heading, heading.level == 1, !headlineSeen {
                flushPending()
                headlineSeen = true
                expectSubtitle = true
                featureHeadline(line, from: heading.textStart)
                continue
            }
            if let heading {
                flushPending()
                expectSubtitle = false
                featurePoint(line, from: heading.textStart)
                continue
            }
            if isByline(bytes, line) {
                flushPending()
                drop(line, builder, .byline, "记者署名，简报文章不署名，已舍去")
                continue
            }
            // `（图文：王伟 审核：李明）` closing a feature, as in a submission (`bodyLine`).
            if line.scalars <= 80, GenrePatterns.isCreditLine(strippedBold(line, limit: Int.max)) {
                flushPending()
                drop(line, builder, .byline, "署名行（图文、审核等），简报文章不署名，已舍去")
                continue
            }
            let endsSentence = GenrePatterns.endsSentence(bytes, line.start, line.end)
            if expectSubtitle, !endsSentence, line.scalars <= 40 {
                expectSubtitle = false
                flushPending()
                drop(line, builder, .subtitle, "报纸副题，已舍去（可并入导语）")
                continue
            }
            expectSubtitle = false
            if !endsSentence, line.blanksBefore >= 2, !firstLine {
                flushPending()
                drop(line, builder, .caption, "图片说明，已舍去")
                continue
            }
            if var block = pending, line.blanksBefore < 2, shouldJoin(block, line) {
                pending = nil   // own the block, so appending does not copy its buffers
                join(&block, line, from: line.start, .joinedPageBreak, pageBreakDetail(block, line))
                pending = block
                continue
            }
            flushPending()
            var block = PendingBlock(lastLine: line)
            start(&block, line, from: line.start)
            pending = block
        }
        flushPending()
        currentArticle = nil
        if layout.articles.isEmpty {
            let empty = index.range(ofByteOffsets: 0, 0)
            let located = LocatedText(text: "", range: empty)
            layout.articles.append(ArticleLayout(heading: located, region: nil, separator: nil, headline: located, range: empty))
            articles.append(Article(region: "", headline: ""))
        }
    }

    /// The feature article exists from its first paragraph on; the `#` headline may come later.
    mutating func ensureFeatureArticle(at offset: Int) -> Int {
        if let existing = currentArticle { return existing }
        let empty = index.range(ofByteOffsets: offset, offset)
        let located = LocatedText(text: "", range: empty)
        layout.articles.append(ArticleLayout(heading: located, region: nil, separator: nil, headline: located, range: empty))
        articles.append(Article(region: "", headline: ""))
        currentArticle = 0
        return 0
    }

    /// One heading line of a feature as its own paragraph: the article it belongs to, the
    /// paragraph, and the heading located.
    mutating func featureHeadingLine(_ line: SourceLine, from textStart: Int, role: LogicalParagraph.Role) -> (article: Int, paragraph: Int, heading: LocatedText) {
        let articleIndex = ensureFeatureArticle(at: line.start)
        var block = PendingBlock(lastLine: line)
        start(&block, line, from: textStart)
        block.builder.finish()
        let paragraph = addParagraph(block.builder, role: role, article: articleIndex)
        return (articleIndex, paragraph, locate(paragraph, 0, block.builder.bytes.count))
    }

    mutating func featureHeadline(_ line: SourceLine, from textStart: Int) {
        let (articleIndex, paragraph, heading) = featureHeadingLine(line, from: textStart, role: .heading)
        let parts = headingParts(paragraph, heading)
        layout.articles[articleIndex].heading = heading
        layout.articles[articleIndex].region = parts.region
        layout.articles[articleIndex].separator = parts.separator
        layout.articles[articleIndex].headline = parts.headline
        articles[articleIndex].region = parts.region?.text ?? ""
        articles[articleIndex].headline = parts.headline.text
    }

    mutating func featurePoint(_ line: SourceLine, from textStart: Int) {
        let (articleIndex, paragraph, heading) = featureHeadingLine(line, from: textStart, role: .subHeading)
        layout.articles[articleIndex].points.append(PointLayout(numeral: nil, number: nil, heading: heading, paragraphs: [paragraph]))
        articles[articleIndex].points.append(Point(heading: heading.text, body: []))
    }

    /// A heading split into region, colon and headline ("南阳市：…"); the whole heading is the
    /// headline when it has no region.
    func headingParts(_ paragraph: Int, _ heading: LocatedText) -> (region: LocatedText?, separator: LocatedText?, headline: LocatedText) {
        guard let match = GenrePatterns.region(Array(heading.text.utf8)) else { return (nil, nil, heading) }
        return (locate(paragraph, 0, match.regionEnd), locate(paragraph, match.regionEnd, match.headlineStart),
                locate(paragraph, match.headlineStart, heading.text.utf8.count))
    }

    /// A paragraph of no article, listed (never dropped) with why.
    mutating func list(_ builder: TextBuilder, _ message: String) {
        let paragraph = addParagraph(builder, role: .other, article: nil)
        let located = locate(paragraph, 0, builder.bytes.count)
        unplaced.append(UnplacedLine(reason: .unrecognised, text: located.text, range: located.range, message: message))
    }

    /// Drops a line of the body as it reads (normalised), listed with its reason.
    mutating func dropLine(_ line: SourceLine, _ reason: UnplacedLine.Reason, _ message: String) {
        var builder = TextBuilder()
        builder.append(bytes, line.start, line.end, rules: rules)
        builder.finish()
        drop(line, builder, reason, message)
    }

    mutating func drop(_ line: SourceLine, _ builder: TextBuilder, _ reason: UnplacedLine.Reason, _ message: String) {
        unplaced.append(UnplacedLine(reason: reason, text: builder.text, range: index.range(ofByteOffsets: line.start, line.end), message: message))
    }

    // MARK: Paragraphs and locations

    /// Adds a finished paragraph and returns its index.
    mutating func addParagraph(_ builder: TextBuilder, role: LogicalParagraph.Role, article: Int?) -> Int {
        var guess = -1
        var segments: [SourceRange] = []
        segments.reserveCapacity(builder.segments.count)
        for segment in builder.segments {
            let start = index.position(ofByteOffset: segment.lowerBound, near: &guess)
            segments.append(SourceRange(start: start, end: index.position(ofByteOffset: segment.upperBound, near: &guess)))
        }
        paragraphs.append(LogicalParagraph(text: builder.text, role: role, article: article, segments: segments, anchors: builder.anchors))
        return paragraphs.count - 1
    }

    /// The text `[from, to)` of a paragraph with its source range.
    func locate(_ paragraph: Int, _ from: Int, _ to: Int) -> LocatedText {
        let item = paragraphs[paragraph]
        let utf8 = item.text.utf8
        let lower = min(max(0, from), utf8.count)
        let upper = min(max(lower, to), utf8.count)
        let start = item.sourceOffset(ofTextOffset: lower)
        var end = item.sourceEnd(ofTextOffset: upper)
        let sourceSegments = item.segments.map { $0.start.offset..<$0.end.offset }
        end = clampedSourceEnd(end, segments: sourceSegments, start: start)
        let slice = utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
        return LocatedText(text: String(decoding: slice, as: UTF8.self), range: index.range(ofByteOffsets: start, end))
    }

    /// Reports the normalisations made in one segment, one repair per kind and line.
    mutating func report(_ edits: TextBuilder.Edits, in line: SourceLine) {
        guard !edits.isEmpty else { return }
        func add(_ tally: TextBuilder.Edits.Tally, _ kind: Repair.Kind, _ detail: RepairDetail) {
            guard tally.count > 0 else { return }
            repairs.append(Repair(kind: kind, range: index.range(from: line, tally.firstSource, to: line, tally.lastSource), detail: detail))
        }
        add(edits.digits, .asciiDigits, .digits(line: line.number, count: edits.digits.count))
        add(edits.spaces, .removedSpaces, .spaces(line: line.number, count: edits.spaces.count))
        add(edits.escapes, .unescapedMarkdown, .escapes(line: line.number, count: edits.escapes.count))
        add(edits.controls, .removedControls, .controls(line: line.number, count: edits.controls.count))
    }

    mutating func addUnplacedNote(_ line: SourceLine, _ message: String) {
        unplaced.append(UnplacedLine(reason: .unrecognised, text: GenrePatterns.string(bytes, line.start, line.end),
                                     range: index.range(ofByteOffsets: line.start, line.end), message: message))
    }

    // MARK: Result

    func result(kind: DocumentKind) -> ReadResult {
        var bulletin: Bulletin? = nil
        var article: Article? = nil
        var repairs = self.repairs
        // Half-width marks in Chinese text (`,` `.` `:` typed as in English, straight quotes, a
        // stray `!`) are made full-width as P1's fix makes them: one judgement of which marks are
        // Chinese punctuation (`1.`, `名单.xlsx`, `9:30` stay; `...` is ……), and notes that draft
        // what `check` would accept. The text is changed in the model; each paragraph that had
        // such marks is a repair at its first one, as `check` reports them.
        // Then the spaces P4 deletes beside Chinese punctuation (`, ` typed as in English), and
        // those around the text (a tab after `一、`, a U+3000 before 供稿).
        func normalised(_ text: String) -> (text: String, punctuation: Int, spaces: Int) {
            var (spaced, punctuation, spaces) = NotesTextFixes.fixed(text)
            // Never a number the notes refuse where none stood (`一 、…` → `一、…`, fuzzing): the
            // text stays as read, and P4 reports it in the draft as in the source.
            func opensWithNumber(_ text: String) -> Bool {
                GenrePatterns.numberOpeningBody(text.unicodeScalars.prefix(12).map(\.value), firstParagraph: true) != nil
            }
            if spaces > 0, opensWithNumber(spaced), !opensWithNumber(text) { (spaced, punctuation, spaces) = (text, 0, 0) }
            return trimmed(spaced, punctuation, spaces)
        }
        // Trimmed only where a space ends it: most texts are left as they are, uncopied.
        func trimmed(_ text: String, _ punctuation: Int, _ spaces: Int) -> (text: String, punctuation: Int, spaces: Int) {
            let ends = (text.unicodeScalars.first, text.unicodeScalars.last)
            let padded = ends.0.map { ScalarClass.isSpace($0.value) } == true || ends.1.map { ScalarClass.isSpace($0.value) } == true
            return (padded ? text.trimmingSpaces : text, punctuation, spaces)
        }
        // What each article's changed texts came to, kept for locating its repairs below: most of
        // its paragraphs are its model texts as they stand (a lead, a body paragraph, the closing),
        // and are not scanned twice. Kept per article only: the same text in another article is
        // scanned again, as a real issue's articles do not repeat each other.
        var normalisedInArticle: [Int: [(text: String, result: (text: String, punctuation: Int, spaces: Int))]] = [:]
        var articleBeingFixed: Int?
        func fixed(_ text: String) -> (text: String, count: Int) {
            let result = normalised(text)
            if let article = articleBeingFixed, result.punctuation + result.spaces > 0 { normalisedInArticle[article, default: []].append((text, result)) }
            return (result.text, result.text == text ? 0 : max(1, result.punctuation + result.spaces))
        }
        func normalised(_ text: String, inArticle article: Int?) -> (text: String, punctuation: Int, spaces: Int) {
            let count = text.utf8.count
            if let article, let kept = normalisedInArticle[article]?.first(where: { $0.text.utf8.count == count && $0.text == text }) {
                return kept.result
            }
            return normalised(text)
        }
        var articles = self.articles
        var changedArticles = Set<Int>()
        for index in articles.indices {
            articleBeingFixed = index
            if articles[index].transformText(fixed) > 0 { changedArticles.insert(index) }
        }
        articleBeingFixed = nil
        let editorsNote = layout.editorsNote.map { fixed($0.text).text }
        let editorsNoteChanged = editorsNote != layout.editorsNote.map(\.text)
        let sendTo = footerSend.map { fixed($0).text }, copyTo = footerCopy.map { fixed($0).text }
        let footerChanged = sendTo != footerSend || copyTo != footerCopy
        // Each paragraph of what changed is a repair at its first change, as `check` reports it
        // (only there: the texts of a full-width text are asked once).
        if !changedArticles.isEmpty || editorsNoteChanged || footerChanged {
            // A switch, not a set: a role hashes its raw value, a string, for every paragraph.
            func isModelText(_ role: LogicalParagraph.Role) -> Bool {
                switch role {
                case .editorsNote, .heading, .lead, .point, .pointBody, .closing, .subHeading, .footer: true
                case .masthead, .album, .contentsEntry, .contributor, .other: false
                }
            }
            for paragraph in paragraphs where isModelText(paragraph.role) {
                let changed = paragraph.article.map(changedArticles.contains) ?? (paragraph.role == .editorsNote ? editorsNoteChanged : footerChanged)
                guard changed else { continue }
                let (fixed, punctuation, spaces) = normalised(paragraph.text, inArticle: paragraph.article)
                guard punctuation + spaces > 0 else { continue }
                let firstEdit = GenrePatterns.commonPrefixLength(paragraph.text, fixed)
                let position = index.lineIndex.position(ofByteOffset: paragraph.sourceOffset(ofTextOffset: firstEdit))
                if punctuation > 0 {
                    repairs.append(Repair(kind: .fullWidthPunctuation, range: SourceRange(start: position, end: position),
                                          detail: .punctuation(line: position.line, count: punctuation)))
                }
                if spaces > 0 {
                    repairs.append(Repair(kind: .removedSpaces, range: SourceRange(start: position, end: position),
                                          detail: .spaces(line: position.line, count: spaces)))
                }
            }
        }
        switch kind {
        case .issue:
            let masthead = Masthead(title: title ?? "", issueNumber: issueNumber, totalIssueNumber: totalIssueNumber, isSupplement: isSupplement,
                                    issuingBody: issuingBodyLines.isEmpty ? issuingBody.map(\.text) : issuingBodyLines, date: date)
            var footer: DistributionFooter? = nil
            if hasFooter {
                // The masthead's own date is what `印发日期: 是` prints: read it back as that.
                let issuedDate = footerDate.map { $0 == date ? DistributionFooter.IssuedDate.issueDate : .on($0) }
                footer = DistributionFooter(sendTo: sendTo, copyTo: copyTo,
                                            issuer: footerIssuer ?? "", copies: footerCopies, issuedDate: issuedDate,
                                            sendLabel: footerSendLabel ?? "送", copyLabel: footerCopyLabel ?? "发")
            }
            bulletin = Bulletin(masthead: masthead, album: album, editorsNote: editorsNote, articles: articles, footer: footer)
        case .article:
            article = articles.first
        case .notABulletin, .fragment:
            break
        }
        var unplaced = self.unplaced
        if kind == .article {
            // A single article holds the first article read; text read as a further article is
            // not in the notes, so it is listed, never dropped silently.
            for paragraph in paragraphs where (paragraph.article ?? 0) > 0 {
                guard let range = paragraph.range else { continue }
                unplaced.append(UnplacedLine(reason: .unrecognised, text: paragraph.text, range: range,
                                             message: "这段文字在文章结束之后，像是另一篇文章，未归入这篇文章"))
            }
        }
        var sortedRepairs = repairs
        sortedRepairs += pageNumberRepairs()
        Self.stableSort(&sortedRepairs)   // the notes' repairs above sort in by their line
        return ReadResult(kind: kind, format: format, bulletin: bulletin, article: article, layout: layout, paragraphs: paragraphs,
                          repairs: sortedRepairs, unplaced: unplaced.sorted { $0.range.start.offset < $1.range.start.offset }, lineIndex: index.lineIndex)
    }
}

extension ReaderEngine {
    /// The page numbers among the issue's lines (`SourceLine.isPageNumber`, read as blank lines):
    /// dropped, each listed, in source order.
    func pageNumberRepairs() -> [Repair] {
        issueLines.lazy.filter { $0.isPageNumber || $0.isRunningHeader }.map { line in
            let text = GenrePatterns.string(bytes, line.start, line.end)
            return Repair(kind: .droppedPageNumber, range: index.range(ofByteOffsets: line.start, line.end),
                          detail: !line.isRunningHeader ? .pageNumber(line: index.lineNumber(line), text: text)
                              : GenrePatterns.isBreadcrumbLine(bytes, line.start, line.end) ? .text("第 \(index.lineNumber(line)) 行“\(text)”是网页的位置导航，不是正文，已删去")
                              : .text("第 \(index.lineNumber(line)) 行“\(text)”是分页处重复的刊头（页眉），不是正文，已删去"))
        }
    }

    /// Repairs in source order, stable (equal offsets keep the order they were made in): a
    /// split heading or a re-broken masthead is reported after the lines it covers, and P1's
    /// repairs of every paragraph come last. One pass tells whether they are in order already.
    static func stableSort(_ repairs: inout [Repair]) {
        let offsets = repairs.map(\.range.start.offset)
        guard zip(offsets, offsets.dropFirst()).contains(where: { $0 > $1 }) else { return }
        let order = offsets.indices.sorted { (offsets[$0], $0) < (offsets[$1], $1) }
        repairs = order.map { repairs[$0] }
    }
}

extension LogicalParagraph {
    /// The source offset just past the text ending at `offset` (stays in the piece it ends in).
    func sourceEnd(ofTextOffset offset: Int) -> Int {
        guard offset > 0, !anchors.isEmpty else { return sourceOffset(ofTextOffset: offset) }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].textOffset < offset { low = middle } else { high = middle - 1 }
        }
        guard anchors[low].textOffset < offset else { return sourceOffset(ofTextOffset: offset) }
        // A widened or dropped character leaves an anchor exactly at `offset`: trust it when it is nearer.
        return min(anchors[low].sourceOffset + (offset - anchors[low].textOffset), sourceOffset(ofTextOffset: offset))
    }
}
