import Foundation
import SourceText

/// Markdown or list markup at the start of a line, which the checks look past.
enum LineMarker: Sendable, Hashable {
    case none, heading, listItem, thematicBreak, comment
}

/// One source line: where its content starts after markup, and where it ends.
struct TextLine: Sendable {
    var start: Int
    /// After `#`, `- *`, `\*`, `＊` markers and the spaces after them; at `start` without a marker.
    var contentStart: Int
    /// Before the line break (and a `\r`).
    var end: Int
    var marker: LineMarker
    var isBlank: Bool
    /// Unicode scalars of the line trimmed as the reader trims it (`SourceLines`): what the OCR
    /// wrap width is measured in. Counted for lines of 8 to 240 bytes only; a shorter or longer
    /// line holds its byte count, which is as far below 8 or above 60 scalars as the count (so
    /// the survey and `SourceLines.isCutAtWrapWidth` answer alike): most lines are paragraphs.
    var scalars = 0
}

/// What a block of text is in the genre.
enum BlockRole: Sendable, Hashable {
    case masthead, album, contents, heading, point, body, contributor, footerSend, footerCopy, footerIssuer, separator
    /// The 编者按 over an issue's articles (`GenrePatterns.editorsNote`): the issue's text, no article's.
    case editorsNote
    /// A bracketed credit line (`（图文：… 审核：…）`): not printed in a bulletin, dropped by the reader.
    case credit
    /// A paragraph after an article's 供稿 line that heads no next article: text of no article, as
    /// the reader lists it (typography still checked).
    case unplaced
}

/// A run of non-blank lines that form one paragraph on the page.
struct TextBlock: Sendable {
    var firstLine: Int
    var lastLine: Int
    /// Offset of the first character of the text (after markup and spaces).
    var textStart: Int
    /// Offset just past the last character.
    var end: Int
    /// The content with markup (`*`, `\`) and line breaks removed, spaces kept, trimmed.
    var text: String
    var marker: LineMarker
    var role: BlockRole = .body
    /// True when a page break split this paragraph mid-sentence and it goes on in the next block.
    var continues = false
    /// True when `continues` joins the lines of a title broken over two or three short lines
    /// (`GenrePatterns.continuesTitle`), not found by its contents entry.
    var breaksTitle = false
    /// True when this block is a line of the title over it, joined to it by the reader's decision
    /// (the block before `continues` by `GenrePatterns.titleContinuations`, `breaksTitle`, or by the
    /// title's contents entry): heading text, whose phrase space is the genre's as on the first line.
    var goesOnWithTitle = false
    /// A title's line that goes on in the next block joins it with the phrase space (its contents
    /// entry has one there, or `GenrePatterns.titleBreakIsPhraseSpace`): A1's fix writes it.
    var joinsWithSpace = false
    /// True when the first line begins with spaces (OCR indentation).
    var leadingSpace = false
    /// True when `continues` goes on past the end of a sentence because the last line reaches the
    /// OCR wrap width (`SourceLines.isCutAtWrapWidth`): the page cut it there, as the reader joins it.
    var cutAtWrapWidth = false
    /// The 编者按 label alone on its line: it goes on in the note under it (`continues`), which is
    /// the genre's layout, no break to report.
    var isNoteLabel = false
    /// A heading standing on its own line (`#`, a whole-line bold, a short point heading such as
    /// `（一）健全工作机制`): never a paragraph cut by a page break, and its phrase space is the genre's.
    var isHeadingLine = false
}

/// An article's place in the blocks.
struct ArticleSpan: Sendable {
    /// Index of the block holding the heading.
    var headingBlock: Int
    /// The heading as written: the whole heading block, or the first sentence when the heading
    /// runs into the body (the 2024 style).
    var heading: String
    /// Blocks of the article, heading included, up to the footer or next article.
    var blocks: Range<Int>
    var contributorBlock: Int?
    /// A submission without a title (known by its 供稿 line, as the reader's `untitledSubmission`):
    /// `headingBlock` is its first paragraph, `heading` is empty.
    var untitled = false
}

/// The checker's view of a text: lines, blocks with roles, page-break joins, and the parts of an
/// issue. One linear pass over the lines; the reader (`Sources/Bulletin/Syntax`) builds the model,
/// this only locates what the rules need.
struct TextLayout: Sendable {
    let bytes: [UInt8]
    let lineIndex: LineIndex
    var lines: [TextLine] = []
    var blocks: [TextBlock] = []
    var kind: DocumentKind = .notABulletin
    var mastheadBlocks: Range<Int> = 0..<0
    var albumBlock: Int?
    /// Contents entries: each a range of blocks (a wrapped entry spans several).
    var contents: [Range<Int>] = []
    /// Each contents entry as compared with headings (`HeadingText.compactUTF8`), made once for
    /// the joins of broken titles and for S4.
    var compactedContents: [[UInt8]] = []
    /// The same, sorted for prefix searches, made once with them.
    private var contentsPrefixes = ContentsPrefixes([])
    var articles: [ArticleSpan] = []
    var footerBlocks: Range<Int> = 0..<0
    /// The reader's OCR wrap width (`WrapWidthSurvey`, over the lines as the reader trims them);
    /// 0 when the text is not hard-wrapped.
    private(set) var wrapWidth = 0
    /// One paragraph a line, no blank lines between (`isWordLayout`), decided once.
    private(set) var wordLayout = false
    /// The lines (0-based) of a single item's head under its first line (`GenrePatterns.ItemHead`),
    /// each a block of its own: no text of an article.
    var itemHeadLines: Range<Int> = 0..<0
    /// The lines (0-based, in order) of page numbers between two pages (`GenrePatterns.isPageNumberLine`):
    /// blank lines to the blocks, as to the reader; A1 deletes them.
    var pageNumberLines: [Int] = []
    /// The lines (0-based) of a report's cover title over the text's first `地区：标题` line
    /// (`GenrePatterns.coverTitleLength`), each a block of its own: no text of a single article.
    var coverTitleLines: Range<Int> = 0..<0
    /// The blocks of a letter's signature ending a submission that has no 供稿 line
    /// (`GenrePatterns.trailingSignatureLength`): S8 asks for the 供稿 line in their place.
    var signatureBlocks: [Int] = []

    /// Where the text read starts and ends: the whole of `bytes`, or one issue of a file that holds
    /// several. A finding about something the issue lacks, with nothing to point at, is at `start`.
    let start: Int
    let end: Int

    init(bytes: [UInt8], forcedKind: DocumentKind? = nil) {
        // The reader's split into lines (`SourceLines.lineStarts`), one for both jobs.
        let lineIndex = LineIndex(bytes: bytes, lineStarts: SourceLines.lineStarts(bytes))
        self.init(bytes: bytes, lineIndex: lineIndex, lineRange: 0..<lineIndex.lineCount, forcedKind: forcedKind)
    }

    /// The lines `lineRange` (0-based) of `bytes`: one issue of a file that holds several
    /// (`IssueBoundaries`). Offsets stay the file's; `lines` and `blocks` hold this issue's only.
    /// `runningHeaders`: the file's 0-based lines that are a page's running header
    /// (`IssueBoundaries.FileIssues`), read as page numbers are.
    init(bytes: [UInt8], lineIndex: LineIndex, lineRange: Range<Int>, forcedKind: DocumentKind? = nil, runningHeaders: Set<Int> = []) {
        self.bytes = bytes
        self.lineIndex = lineIndex
        self.start = lineRange.lowerBound == 0 ? 0 : lineIndex.lineStarts[lineRange.lowerBound]
        self.end = lineRange.upperBound < lineIndex.lineCount ? lineIndex.lineStarts[lineRange.upperBound] : bytes.count
        readLines(lineRange, runningHeaders: runningHeaders)
        wordLayout = Self.isWordLayout(lines)
        readBlocks()
        for index in blocks.indices { blocks[index].isHeadingLine = isHeadingLine(blocks[index]) }
        assignRoles(forcedKind: forcedKind)
        joinPageBreaks()
    }

    /// The layouts `check` judges, with their lines: one per issue of a file of several
    /// (`IssueBoundaries`, the reader's split), each knowing the file's running headers; one for a
    /// text checked as an article or a fragment.
    static func issueLayouts(bytes: [UInt8], lineIndex: LineIndex, forcedKind: DocumentKind? = nil) -> [(lines: Range<Int>, layout: TextLayout)] {
        let fileIssues = forcedKind == nil || forcedKind == .issue ? IssueBoundaries.fileIssues(bytes, lineStarts: lineIndex.lineStarts) : nil
        return (fileIssues?.ranges ?? [0..<lineIndex.lineCount]).map { range in
            (range, TextLayout(bytes: bytes, lineIndex: lineIndex, lineRange: range, forcedKind: forcedKind, runningHeaders: fileIssues?.runningHeaders ?? []))
        }
    }

    /// The masthead says 增刊 (`GenrePatterns.supplementMark`, the reader's reading of it).
    var isSupplement: Bool {
        mastheadBlocks.contains { index in
            (blocks[index].firstLine...blocks[index].lastLine).contains { line in
                let (start, end) = readerTrimmed(line)
                guard end - start <= 180 else { return false }
                let line = Array(bytes[start..<end])
                return GenrePatterns.supplementMark(line) != nil || GenrePatterns.issueMark(line)?.supplementStart != nil
            }
        }
    }

    // MARK: Lines

    /// The reader's lines (`SourceLines.lineStarts`, `isBlankLine`), each with its markup.
    private mutating func readLines(_ range: Range<Int>, runningHeaders: Set<Int>) {
        lines.reserveCapacity(range.count)
        var widths = WrapWidthSurvey()
        defer { wrapWidth = widths.wrapWidth }
        for number in (range.lowerBound + 1)..<(range.upperBound + 1) {
            // The first line starts after a byte order mark (LineIndex skips it).
            let start = lineIndex.lineStarts[number - 1]
            // Before the line feed and a `\r`; trailing spaces are kept (P4 reports them).
            let end = lineIndex.endOfLine(number)
            // The reader's blank line: a line of U+3000 alone (Word's empty indented paragraph) is one too.
            if SourceLines.isBlankLine(bytes, from: start, to: end) {
                lines.append(TextLine(start: start, contentStart: end, end: end, marker: .none, isBlank: true))
                widths.blank()
                continue
            }
            // A page number (`- 2 -`, `第 4 页`) is a page break, a blank line, as for the reader
            // (`GenrePatterns.isPageNumberLine`); A1 reports it (`pageNumberLines`).
            if runningHeaders.contains(number - 1) || GenrePatterns.isPageNumberLine(bytes, start, end, lineStarts: lineIndex.lineStarts, line: number - 1)
                || (number <= GenrePatterns.breadcrumbLines && GenrePatterns.isBreadcrumbLine(bytes, start, end)) {
                pageNumberLines.append(lines.count)
                lines.append(TextLine(start: start, contentStart: end, end: end, marker: .none, isBlank: true))
                continue
            }
            var index = start
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            var (marker, contentStart) = Self.marker(bytes, from: index, to: end)
            if marker == .none { contentStart = start }
            let scalars = Self.readerScalarCount(bytes, start, end)
            widths.add(scalars: scalars, cutInProse: GenrePatterns.isCutInProse(bytes, start, end))
            lines.append(TextLine(start: start, contentStart: contentStart, end: end, marker: marker, isBlank: false, scalars: scalars))
        }
    }

    /// The scalars of `[start, end)` trimmed as the reader trims a line (`SourceLines`), read in
    /// place; outside 8…240 bytes the byte count (see `TextLine.scalars`).
    private static func readerScalarCount(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        let (start, end) = SourceLines.trimmed(bytes, start, end)
        guard end - start >= 8, end - start <= 240 else { return end - start }
        return bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in start..<end where buffer[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Markdown headings, list items (`GenrePatterns.listMarker`), rules and comments.
    private static func marker(_ bytes: [UInt8], from start: Int, to end: Int) -> (LineMarker, Int) {
        let first = bytes[start]
        if first == UInt8(ascii: "<"), end - start >= 4, bytes[start + 1] == UInt8(ascii: "!"), bytes[start + 2] == UInt8(ascii: "-") {
            return (.comment, end)
        }
        // The reader's recognisers of a thematic break and an ATX heading (`#` to `######`).
        if SourceLines.isRule(bytes, start, end) { return (.thematicBreak, end) }
        if let heading = SourceLines.markdownHeading(bytes, start, end) { return (.heading, heading.textStart) }
        // The reader's recogniser: both jobs agree on what a contents entry is.
        if let contentStart = GenrePatterns.listMarker(bytes, from: start, to: end) { return (.listItem, contentStart) }
        return (.none, start)
    }

    /// The line's content without markup (`*`, the `\` of `\*`) or spaces at either end
    /// (ASCII, tab, U+3000), trimmed as bytes.
    func trimmedContent(ofLine line: TextLine) -> String {
        var scratch: [UInt8] = []
        return trimmedContent(ofLine: line, into: &scratch)
    }

    /// As above, reusing `kept` as scratch space; lines without markup are decoded in one piece.
    func trimmedContent(ofLine line: TextLine, into kept: inout [UInt8]) -> String {
        var (start, end) = Self.trimSpaces(bytes, line.contentStart, line.end)
        // memchr: this runs over every line of the file.
        let hasMarkup = start < end && bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "*")), end - start) != nil
        }
        if !hasMarkup { return String(decoding: bytes[start..<end], as: UTF8.self) }
        kept.removeAll(keepingCapacity: true)
        while start < end {
            let byte = bytes[start]
            let escapesStar = byte == UInt8(ascii: "\\") && start + 1 < end && bytes[start + 1] == UInt8(ascii: "*")
            if byte != UInt8(ascii: "*"), !escapesStar { kept.append(byte) }
            start += 1
        }
        (start, end) = Self.trimSpaces(kept, 0, kept.count)
        return String(decoding: kept[start..<end], as: UTF8.self)
    }

    /// `[start, end)` without spaces, tabs and U+3000 at either end.
    static func trimSpaces(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var start = start, end = end
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1; continue }
            if start + 2 < end, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { start += 3; continue }
            break
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1; continue }
            if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 { end -= 3; continue }
            break
        }
        return (start, end)
    }

    // MARK: Blocks

    /// True when paragraphs follow each other without blank lines (text pasted from Word, one
    /// paragraph per line): each line is then a block, as it is a paragraph to the reader, and a
    /// line that ends mid-sentence is a paragraph split in two (A1), which the reader joins.
    static func isWordLayout(_ lines: [TextLine]) -> Bool {
        var flags: [Bool] = []
        var previousBlank = true, seenText = false
        for line in lines {
            if line.isBlank { previousBlank = true; continue }
            if seenText { flags.append(previousBlank) }
            seenText = true
            previousBlank = false
        }
        return GenrePatterns.isOneParagraphPerLine(flags)
    }

    private mutating func readBlocks() {
        let wordLayout = self.wordLayout
        var current: TextBlock?
        var previousText = ""
        var scratch: [UInt8] = []
        // The open block is one line right under a 供稿 line or under a signature line: a
        // signature's lines (unit, date) are a paragraph each, as for the reader.
        var underContributor = false
        // The head of a single item under its first line, a line a block (`GenrePatterns.ItemHead`,
        // as the reader drops each); nil before the first line.
        var itemHead: GenrePatterns.ItemHead?
        var previousInItemHead = false
        // A report's cover title over the article's `地区：标题` line: a block a line (the reader drops each).
        var first: [Int] = []
        for number in lines.indices where !lines[number].isBlank {
            first.append(number)
            if first.count > GenrePatterns.maximumCoverTitleLines { break }
        }
        // One line (every text of the reader's notes is checked alone): no title goes on under it,
        // no head or cover title stands over anything, and the tests below are not asked.
        let severalLines = first.count > 1
        let coverLength = !severalLines ? 0 : GenrePatterns.coverTitleLength(first.map { number in
            let (start, end) = readerTrimmed(number)
            return GenrePatterns.trimmedSpaces(Array(bytes[start..<end]))
        })
        if coverLength > 0 { coverTitleLines = first[0]..<(first[coverLength - 1] + 1) }
        // The open block opens with a `地区：标题` line that may stand on its own (asked when a line
        // follows: `titleLinesToCome`), and how many lines are still to go on with its title; nil
        // for any other block. The lead under a title is a paragraph of its own, as for the reader.
        var titleCandidate = false
        var titleRemaining: Int?
        // The album line is a paragraph of its own among the first lines, as the reader reads it
        // line by line: a masthead typed without blank lines (`2026年6月30日` / `……专辑（八）`) is
        // no album block that hides the masthead's date from S2.
        var previousIsAlbum = false
        for (number, line) in lines.enumerated() {
            if line.isBlank {
                if let block = current { blocks.append(block) }
                current = nil
                underContributor = false
                continue
            }
            let text = trimmedContent(ofLine: line, into: &scratch)
            let isAlbum = number < 40 && text.utf8.count < 300 && text.utf8Contains("专辑") && GenrePatterns.isNumberedAlbumLine(Array(text.utf8))
            // The open block is the line right above, alone: it may go on in this line as one line.
            let underLineAlone = current.map { $0.firstLine == $0.lastLine && $0.lastLine == number - 1 } == true
            // An album line wrapped onto this line (`“…”主题活动` / `专辑（八）`): one line, as the reader joins it.
            let albumGoesOn = number < 40 && underLineAlone && GenrePatterns.albumWrapsOnto(Array(previousText.utf8), Array(text.utf8))
            defer { previousIsAlbum = isAlbum || albumGoesOn }
            // `南阳市：` alone over its title's line: one heading block, as the reader joins them.
            let titleAfterRegion = previousText.utf8.count <= (GenrePatterns.maximumRegionLength + 1) * 3 && underLineAlone
                && GenrePatterns.regionLineTakesTitle(Array(previousText.utf8), bytes, next: readerTrimmed(number).0, readerTrimmed(number).1,
                                                      previousScalars: lines[number - 1].scalars, scalars: lines[number].scalars)
            // Under a title standing on its own line: a line of the title, or the one after it.
            var titleGoesOn = false, titleEnds = false
            if let open = current {
                if titleCandidate {
                    titleCandidate = false
                    titleRemaining = titleLinesToCome(under: open.firstLine)
                }
                if let remaining = titleRemaining {
                    titleGoesOn = remaining > 0
                    titleEnds = remaining == 0
                    titleRemaining = remaining > 0 ? remaining - 1 : nil
                }
            }
            var inItemHead = false
            var plainTitle = false
            if var head = itemHead {
                // A single item's head stands under its title's last line; once closed, it is
                // asked no more (every line of the text comes here).
                if head.isOpen, !titleGoesOn {
                    let (start, end) = readerTrimmed(number)
                    inItemHead = head.take(bytes, start, end)
                    itemHead = head
                    if inItemHead { itemHeadLines = (itemHeadLines.first ?? number)..<(number + 1) }
                }
            } else if blocks.isEmpty, current == nil, severalLines {
                let (start, end) = readerTrimmed(number)
                plainTitle = line.marker == .none && GenrePatterns.isPlainTitleLine(Array(text.utf8), source: bytes, start, end)
                itemHead = GenrePatterns.ItemHead(firstLineIsPlainTitle: plainTitle, title: Array(text.utf8))
            }
            defer { previousInItemHead = inItemHead }
            let startsWithSpace = line.contentStart == line.start && (bytes[line.start] == 0x20 || bytes[line.start] == 0x09)
            // OCR: the line above reaches the wrap width, so the page cut it, whatever it ends
            // with; this line goes on with it, indented or not, as the reader joins them.
            let previousCut = number > 0 && SourceLines.isCutAtWrapWidth(scalars: lines[number - 1].scalars, wrapWidth: wrapWidth)
            // The open block is changed where it stands: a copy of it would copy its text on every
            // line, and a million-line paragraph would cost a million copies.
            if let openMarker = current?.marker {
                let oneLine = current!.firstLine == current!.lastLine
                let afterContributor = !wordLayout && Self.isContributorLine(previousText)
                let signatureGoesOn = underContributor && oneLine && isSignatureLine(number - 1, next: number) && isSignatureLine(number, next: nil)
                // A 供稿 line wrapped by a return is one line, as for the reader, in Word's layout too.
                let contributorGoesOn = oneLine && text.utf8.count <= GenrePatterns.maximumWrappedContributorBytes
                    && previousText.utf8.count <= GenrePatterns.maximumWrappedContributorBytes
                    && GenrePatterns.wrapsContributor(Array(previousText.utf8), Array(text.utf8))
                let above = lines[current!.lastLine]
                let separate = !contributorGoesOn && !albumGoesOn && !titleAfterRegion && (wordLayout || line.marker != .none || openMarker == .heading || openMarker == .thematicBreak || openMarker == .comment
                    // A table's row, or a number over a number: never one paragraph (as for the reader).
                    || GenrePatterns.keepsLinesApart(bytes, above.contentStart..<above.end, line.contentStart..<line.end)
                    || inItemHead || previousInItemHead || coverTitleLines.contains(number) || coverTitleLines.contains(number - 1)
                    || (Self.startsStructurally(text) && !(Self.isPointStart(text) && Self.continuesWithNumerals(text, under: previousText)))
                    || isAlbum || previousIsAlbum
                    // An indented line of a title goes on with it, as for the reader.
                    || (startsWithSpace && !Self.endsOpen(previousText) && !titleGoesOn && !previousCut)
                    // The line after a title is the lead's (the reader's title ends there).
                    || titleEnds
                    // A line after a finished sentence is a new paragraph, as for the reader; after
                    // one the wrap width cut, only an item's or the 结语's (`GenrePatterns.startsParagraphUnderCutLine`).
                    || (!Self.endsOpen(previousText) && (!previousCut || Self.startsParagraphUnderCutLine(paragraph: current!.text, next: text)))
                    // A 供稿 line ends its article's text, as for the reader (a signature may follow).
                    || afterContributor || signatureGoesOn
                    // Word's text layout puts one paragraph on a line: `（一）` `1、` `2.` open one
                    // after a finished sentence (after an open one, `1、2月份` goes on with it).
                    || (Self.opensWithPointNumber(text) && !Self.endsOpen(previousText))
                    // A sub-heading alone on its line (`（一）健全工作机制`) ends there, as for the
                    // reader: its text follows on the next line.
                    || (oneLine && (Self.isPointHeading(previousText) || GenrePatterns.isPhrasedTitleLine(previousText)) && !previousCut)
                    // The 编者按 opens a paragraph of its own, as for the reader (not a contents
                    // entry's second line).
                    || Self.opensEditorsNote(text)
                    // A line longer than the `地区：标题` line over it is no wrap of it (an unmarked
                    // contents entry naming no region, `isContentsEntryWrap`), as for the reader.
                    // (In a run of lines, a list: a title broken over two lines over a blank line stays one.)
                    || (oneLine && number + 1 < lines.count && !lines[number + 1].isBlank
                        && Self.regionPrefix(previousText) != nil && previousText.utf8.count <= 180
                        && GenrePatterns.isUnmarkedEntryWithoutRegion(text)
                        && HeadingText.compact(text).unicodeScalars.count >= HeadingText.compact(previousText).unicodeScalars.count)
                    // Under a footer field, an office and its date (印发 left out) is the 印发 line.
                    || (Self.footerLabel(current!.text) != nil && text.utf8.count <= 180
                        && GenrePatterns.datedIssuerWithoutIssuedWord(Array(text.utf8)) != nil)
                    // A date alone under a `地区：标题` is a line of its own, which the reader drops.
                    || (text.utf8.count <= 72 && Self.regionPrefix(current!.text) != nil && GenrePatterns.isDateLine(Array(text.utf8), 0, text.utf8.count))
                    // The copies note under the 印发 line or a field is a footer line of its own, as for the reader.
                    || (text.utf8.count <= 40 && (Self.isFooterIssuer(previousText) || Self.footerLabel(previousText) != nil)
                        && GenrePatterns.isCopiesNote(Array(text.utf8))))
                underContributor = afterContributor || signatureGoesOn
                if !separate {
                    current!.lastLine = number
                    current!.end = line.end
                    current!.text += text
                    previousText = text
                    continue
                }
                blocks.append(current!)
            }
            let textStart = Self.firstTextOffset(bytes, from: line.contentStart, to: line.end)
            current = TextBlock(firstLine: number, lastLine: number, textStart: textStart, end: line.end, text: text, marker: line.marker, leadingSpace: startsWithSpace)
            previousText = text
            // A `地区：标题` line, or the plain title a single item opens with (as the reader's survey
            // reads its first line): its title may go on in the lines under it.
            titleRemaining = nil
            titleCandidate = line.marker == .none && (Self.regionPrefix(text) != nil || plainTitle)
        }
        if let block = current { blocks.append(block) }
    }

    /// Under line `number`, a `地区：标题` line: nil when it does not stand on its own (an OCR line
    /// cut at the wrap width, a sentence: `GenrePatterns.headingStandsAlone`); else how many lines
    /// under it go on with its title (`GenrePatterns.titleContinuations`; in OCR text short lines
    /// only), as the
    /// reader reads them.
    private func titleLinesToCome(under number: Int) -> Int? {
        let title = titleLine(number, adjacent: true)
        guard GenrePatterns.headingStandsAlone(bytes, title.start, title.end, scalars: title.scalars, wrapWidth: wrapWidth) else { return nil }
        var following: [GenrePatterns.TitleLine] = [title]
        for next in (number + 1)..<min(lines.count, number + 4) {
            // In OCR text a line cut at the wrap width is the lead's, no short title line's (as for the reader).
            following.append(titleLine(next, adjacent: !lines[next].isBlank && !lines[next - 1].isBlank
                                       && !SourceLines.isCutAtWrapWidth(scalars: lines[next].scalars, wrapWidth: wrapWidth)))
        }
        return GenrePatterns.titleContinuations(bytes, following)
    }

    /// Line `number` as a title line for the title's recognisers.
    private func titleLine(_ number: Int, adjacent: Bool) -> GenrePatterns.TitleLine {
        let (start, end) = readerTrimmed(number)
        return GenrePatterns.TitleLine(start: start, end: end, scalars: GenrePatterns.scalarCount(bytes, start, end), adjacent: adjacent)
    }

    /// Line `number` trimmed as the reader trims its lines (`SourceLines`: spaces, tabs, U+3000,
    /// U+00A0; list markers kept), for the recognisers both jobs ask of a whole line.
    private func readerTrimmed(_ number: Int) -> (Int, Int) {
        SourceLines.trimmed(bytes, lines[number].start, lines[number].end)
    }

    /// Line `number` is a signature line (`GenrePatterns.isSignatureLine`) asked with line `next`
    /// (or, without it, with the next non-blank line), as the reader asks.
    private func isSignatureLine(_ number: Int, next: Int?) -> Bool {
        let line = lines[number]
        // A signature line is short: a paragraph is never copied to be asked.
        guard line.end - line.start <= 160 else { return false }
        let following = next.map { lines[$0] } ?? lines[(number + 1)...].first { !$0.isBlank }
        return GenrePatterns.isSignatureLine(Array(trimmedContent(ofLine: line).utf8),
                                             next: following.map { Array(trimmedContent(ofLine: $0).utf8) })
    }

    /// Past spaces, markup and the U+3000 paragraph indent: where the block's text (as in `text`) begins.
    static func firstTextOffset(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "\\") { index += 1; continue }
            if index + 2 < end, byte == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { index += 3; continue }
            break
        }
        return index
    }

    /// The offset `count` scalars of text after `start` (markup `*` not counted), never inside a
    /// UTF-8 sequence and never past `limit`.
    func offset(afterScalars count: Int, from start: Int, limit: Int) -> Int {
        var index = start, seen = 0
        while index < limit, seen < count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if byte != UInt8(ascii: "*") { seen += 1 }
            index = min(index + length, limit)
        }
        return index
    }

    /// A line that always begins a new paragraph: a point, a 供稿 line, a footer line, a heading.
    static func startsStructurally(_ text: String) -> Bool {
        isPointStart(text) || isContributorLine(text) || footerLabel(text) != nil
            || isFooterIssuer(text) || regionPrefix(text) != nil
    }

    /// `GenrePatterns.startsParagraphUnderCutLine` over two texts, read in place.
    static func startsParagraphUnderCutLine(paragraph: String, next: String) -> Bool {
        var paragraph = paragraph
        return paragraph.withUTF8 { startsParagraphUnderCutLine(paragraph: $0, next: next) }
    }

    static func startsParagraphUnderCutLine(paragraph: [UInt8], next: String) -> Bool {
        paragraph.withUnsafeBufferPointer { startsParagraphUnderCutLine(paragraph: $0, next: next) }
    }

    static func startsParagraphUnderCutLine(paragraph: UnsafeBufferPointer<UInt8>, next: String) -> Bool {
        var next = next
        return next.withUTF8 { GenrePatterns.startsParagraphUnderCutLine(paragraph: paragraph, next: $0) }
    }

    /// True when the text leaves its sentence open (`GenrePatterns.endsOpen`, the reader's test), read in place.
    static func endsOpen(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { GenrePatterns.endsOpen($0, 0, $0.count) }
            ?? GenrePatterns.endsOpen(Array(text.utf8), 0, text.utf8.count)
    }

    /// `二、三季度…` goes on with the prose `previous` left in mid-sentence (`GenrePatterns.continuesWithNumerals`,
    /// read from the head a point number is read from, as by the reader).
    static func continuesWithNumerals(_ text: String, under previous: String) -> Bool {
        GenrePatterns.continuesWithNumerals(Array(text.utf8.prefix(GenrePatterns.pointNumberHeadLength)), under: Array(previous.utf8))
    }

    /// A point number in any form at the start of the (trimmed) line text.
    static func opensWithPointNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, GenrePatterns.NumberedOpening.canOpen(first.value) else { return false }
        var values: [UInt32] = []
        for scalar in text.unicodeScalars.prefix(8) { values.append(scalar.value) }
        return GenrePatterns.NumberedOpening(values, from: 0) != nil
    }

    // MARK: Headings on their own line

    /// A Markdown heading, a line that is bold from end to end, or a short line opening with a
    /// point number (一、 （一） 1. 1、 一是 …) with no sentence end and no clause mark at its end.
    private func isHeadingLine(_ block: TextBlock) -> Bool {
        if block.marker == .heading { return true }
        if block.marker != .none { return false }
        if (block.firstLine...block.lastLine).allSatisfy({ isWholeLineBold(lines[$0]) }) { return true }
        // An OCR line cut at the wrap width is no heading, as for the reader.
        guard block.firstLine == block.lastLine, !SourceLines.isCutAtWrapWidth(scalars: lines[block.firstLine].scalars, wrapWidth: wrapWidth) else { return false }
        // A short `地区：…` line stands alone too, heading an article or not (`宛城区：张三、李四` in a
        // list of names by county), as for the reader.
        return Self.isPointHeading(block.text) || (Self.regionPrefix(block.text) != nil && headingStandsAlone(block))
            || GenrePatterns.isPhrasedTitleLine(block.text)
    }

    private func isWholeLineBold(_ line: TextLine) -> Bool {
        let (start, end) = Self.trimSpaces(bytes, line.contentStart, line.end)
        let star = UInt8(ascii: "*")
        return end - start > 4 && bytes[start] == star && bytes[start + 1] == star && bytes[end - 1] == star && bytes[end - 2] == star
            && bytes[start + 2] != star
    }

    /// The genre's recogniser (`GenrePatterns.isPointHeadingLine`), shared with the reader.
    static func isPointHeading(_ text: String) -> Bool { GenrePatterns.isPointHeadingLine(text) }

    // MARK: Roles

    private mutating func assignRoles(forcedKind: DocumentKind?) {
        // Pass 1: what each block looks like on its own.
        var reportSeen = false
        // A footer line (a label, a 印发 line) with a 供稿 line or a point still to come is
        // article text, as for the reader (`GenrePatterns.labelledLineIsText`).
        func isArticleText(after index: Int) -> Bool {
            GenrePatterns.labelledLineIsText(following: blocks[(index + 1)...].lazy.map { Array($0.text.utf8.prefix(GenrePatterns.lookaheadLength($0.text.utf8.count))) })
        }
        // A 印发 line with 印发 left out stands only with no 印发 line in the blocks under it.
        func issuedWordLackingBlockStands(_ index: Int) -> Bool {
            GenrePatterns.issuedWordLackingLineStands(following: blocks[(index + 1)...].lazy.map { Array($0.text.utf8.prefix(240)) })
        }
        for index in blocks.indices {
            let text = blocks[index].text
            let role: BlockRole
            if blocks[index].marker == .thematicBreak || blocks[index].marker == .comment {
                role = .separator
            } else if Self.isContributorLine(text) {
                role = .contributor
            } else if index + 1 < blocks.count, text.utf8.count <= GenrePatterns.maximumWrappedContributorBytes, isPageBreak(between: index),
                      GenrePatterns.wrapsContributor(Array(text.utf8), Array(blocks[index + 1].text.utf8)) {
                // A 供稿 line a page break cut (`（…代表工委` / `- 2 -` / `供稿）`), as the reader joins it.
                role = .contributor
            } else if index > 0, blocks[index - 1].role == .contributor, isPageBreak(between: index - 1),
                      !Self.isContributorLine(blocks[index - 1].text), GenrePatterns.wrapsContributor(Array(blocks[index - 1].text.utf8), Array(text.utf8)) {
                role = .contributor
            } else if text.utf8.count <= 180, text.utf8.first == UInt8(ascii: "(") || text.utf8.first == 0xEF, GenrePatterns.isCreditLine(Array(text.utf8)) {
                role = .credit
            } else if text.utf8.count <= 120, GenrePatterns.bylineFirstBytes[Int(text.utf8.first ?? 0)], GenrePatterns.isByline(Array(text.utf8), 0, text.utf8.count) {
                // A reporter's byline (`□本报记者 王五 通讯员 赵六`) is no text: the reader drops it.
                role = .credit
            } else if blocks[index].firstLine == blocks[index].lastLine, text.utf8.count <= 180, text.utf8.starts(with: "图为".utf8) || text.utf8.first == 0xEF || text.utf8.first == 0x28,
                      GenrePatterns.isCaptionLine(Array(text.utf8)) {
                // A photo's caption on its own line: no text (the reader drops it).
                role = .credit
            } else if text.utf8.count <= 120, GenrePatterns.isWebPageChrome(text) {
                // A line of a web page's buttons is no text wherever it stands (the reader drops it).
                role = .credit
            } else if index > 0, [.contributor, .credit].contains(blocks[index - 1].role), text.utf8.count <= 160, isSignature(blocks[index]) {
                // A letter's signature under the 供稿 line (the reader drops it too).
                role = .credit
            } else if let label = Self.footerLabel(text), !isArticleText(after: index) {
                // After `报：` a `送：` names the units: the 发 field (as for the reader).
                role = GenrePatterns.isSendField(label, reportSeen: reportSeen) ? .footerSend : .footerCopy
                if GenrePatterns.isReportLabel(Array(text.utf8.prefix(3))) { reportSeen = true }
            } else if Self.isFooterIssuer(text), !isArticleText(after: index),
                      GenrePatterns.issuedLine(Array(text.utf8))?.lacksIssuedWord != true || issuedWordLackingBlockStands(index) {
                role = .footerIssuer
            } else if index > 0, [.footerSend, .footerCopy].contains(blocks[index - 1].role), text.utf8.count <= 180,
                      GenrePatterns.datedIssuerWithoutIssuedWord(Array(text.utf8)) != nil, issuedWordLackingBlockStands(index) {
                // Under a field, an office and its date, 印发 left out: the 印发 line, as for the reader.
                role = .footerIssuer
            } else if index > 0, [.footerSend, .footerCopy, .footerIssuer].contains(blocks[index - 1].role), GenrePatterns.isCopiesNote(Array(text.utf8.prefix(41))) {
                // `（共印50份）` under the 印发 line, or over it, belongs to the footer (as for the reader).
                role = .footerIssuer
            } else if Self.isPointStart(text), !(index > 0 && !wordLayout && blocks[index - 1].role == .body
                        && Self.continuesWithNumerals(text, under: blocks[index - 1].text)) {
                // (`二、三季度…` after a paragraph the page cut in mid-sentence goes on with it, as for the reader.)
                role = .point
            } else if Self.pointNumber(text) != nil, index == 0 || !Self.endsOpen(blocks[index - 1].text) {
                // `二.`: a point with the wrong mark, unless it goes on with a sentence the
                // previous block left open (a page break before 统|一，…).
                role = .point
            } else {
                role = .body
            }
            blocks[index].role = role
        }
        // A fragment has no structure to find: the reader asks this of every text of its notes.
        if forcedKind == .fragment {
            kind = .fragment
            return
        }
        let hasContributor = blocks.contains { $0.role == .contributor }
        // Evidence of an issue without a masthead, as for the reader's survey: an office's 印发
        // line, a numbered album line (below).
        let hasIssuer = blocks.contains { $0.role == .footerIssuer && GenrePatterns.isIssuingOfficeLine(Array($0.text.utf8.prefix(240))) }
        var firstText = blocks.firstIndex { $0.role != .separator }
        // Line by line: a masthead typed without blank lines is one block (代表工作 / 第 1 期).
        let issueBlock = blocks.prefix(12).firstIndex { block in
            block.text.utf8.count < 300 && (block.firstLine...block.lastLine).contains { Self.issueNumber(in: trimmedContent(ofLine: lines[$0])) != nil }
        }
        // A line ending in a date (the issuing body and the date on one line) makes a masthead
        // too, as it does for the reader (`GenrePatterns.trailingDate`).
        // A date under a 供稿 line signs the article (the reader's survey too).
        // A submission dated on its first line (`2026年5月6日` over its title): the date is its own,
        // no masthead, skipped as the reader drops it (`GenrePatterns.isSubmissionsOwnDate`).
        if var first = firstText, issueBlock == nil, !hasIssuer, first + 1 < blocks.count, blocks[first].firstLine == blocks[first].lastLine,
           GenrePatterns.isDateLine(bytes, lines[blocks[first].firstLine].contentStart, lines[blocks[first].firstLine].end),
           !blocks.prefix(40).contains(where: { $0.text.utf8.count < 300 && GenrePatterns.isNumberedAlbumLine(Array($0.text.utf8)) }),
           GenrePatterns.isSubmissionsOwnDate(title: Array(trimmedContent(ofLine: lines[blocks[first + 1].firstLine]).utf8),
                                              hasContributorLine: hasContributor, hasIssueEvidence: false) {
            blocks[first].role = .credit
            first += 1
            firstText = first
        }
        let beforeContributor = blocks.prefix(12).prefix { $0.role != .contributor }
        let dateBlock = issueBlock != nil ? nil : beforeContributor.indices.first { index in
            guard blocks[index].role != .credit else { return false }
            let block = blocks[index]
            // Nor does the date of a web item's metadata line, as for the reader's survey, nor a
            // date under a `地区：标题` line or right over the 供稿 line (the submission's own).
            guard block.text.utf8.count < 300, !blocks[..<index].contains(where: { Self.regionPrefix($0.text) != nil }),
                  !(index + 1 < blocks.count && blocks[index + 1].role == .contributor) else { return false }
            return (block.firstLine...block.lastLine).contains {
                !itemHeadLines.contains($0) && GenrePatterns.trailingDate(Array(HeadingText.compact(trimmedContent(ofLine: lines[$0])).utf8)) != nil
            }
        }
        let hasIssueLine = issueBlock != nil || dateBlock != nil
        let albumIndex = blocks.prefix(40).firstIndex { $0.role == .body && $0.text.utf8.count < 300 && GenrePatterns.album(Array($0.text.utf8)) != nil }
        if let forcedKind {
            kind = forcedKind
        } else if hasIssueLine || (hasIssuer || albumIndex.map({ GenrePatterns.isNumberedAlbumLine(Array(blocks[$0].text.utf8)) }) == true)
                    && blocks.contains(where: { Self.regionPrefix($0.text) != nil }) {
            kind = .issue
        } else if hasContributor || firstText.map({ Self.regionPrefix(blocks[$0].text) != nil || opensArticle(blocks[$0]) }) == true {
            kind = .article
        } else {
            kind = .notABulletin
        }
        guard kind != .notABulletin, kind != .fragment, let firstText else { return }
        // A single item's head (web metadata, a byline) is no text of the article: skipped as the
        // credit lines are, as the reader drops it.
        if kind == .article, !itemHeadLines.isEmpty {
            for index in (firstText + 1)..<blocks.count {
                // Past the lines of a title broken over lines, a block a line in Word's layout.
                if blocks[index].firstLine < itemHeadLines.lowerBound { continue }
                guard itemHeadLines.contains(blocks[index].firstLine) else { break }
                blocks[index].role = .credit
            }
        }
        // A letter's signature ending a submission without a 供稿 line (`××委员会` / `2026年5月6日`):
        // no text, as the reader drops it; S8 asks for the 供稿 line in its place.
        if kind == .article, !hasContributor, let last = blocks.lastIndex(where: { $0.role != .separator }) {
            let signature = GenrePatterns.trailingSignatureLength(blocks[firstText...last].filter { $0.role != .separator }.suffix(2).flatMap { block in
                (block.firstLine...block.lastLine).map { Array(trimmedContent(ofLine: lines[$0]).utf8) }
            })
            var remaining = signature, index = last
            while remaining > 0, index > firstText {
                if blocks[index].role != .separator {
                    remaining -= blocks[index].lastLine - blocks[index].firstLine + 1
                    blocks[index].role = .credit
                    signatureBlocks.insert(index, at: 0)
                }
                index -= 1
            }
        }
        // So is a report's cover title over it: the article starts at its `地区：标题` line.
        if kind == .article, !coverTitleLines.isEmpty {
            for index in firstText..<blocks.count {
                guard coverTitleLines.contains(blocks[index].firstLine) else { break }
                blocks[index].role = .credit
            }
        }

        // A web page's `发布时间：…　来源：…` right under the album line: no text, as the reader drops it.
        if kind == .issue, let albumIndex, albumIndex + 1 < blocks.count, blocks[albumIndex + 1].firstLine == blocks[albumIndex + 1].lastLine,
           blocks[albumIndex + 1].text.utf8.count <= 240, GenrePatterns.isWebMetadataLine(Array(blocks[albumIndex + 1].text.utf8), 0, blocks[albumIndex + 1].text.utf8.count) {
            blocks[albumIndex + 1].role = .credit
        }

        // Pass 2: where the articles begin.
        var firstArticle: Int
        if kind == .article {
            firstArticle = firstText
        } else {
            albumBlock = albumIndex
            let searchFrom = (albumIndex ?? -1) + 1
            firstArticle = blocks.count
            for index in searchFrom..<blocks.count where blocks[index].marker != .listItem && blocks[index].role == .body && Self.regionPrefix(blocks[index].text) != nil {
                firstArticle = index
                break
            }
            // Over it, after the contents, a title the contents list though it names no region
            // (`GenrePatterns.isListedTitle`) heads the first article, as for the reader.
            if let lastEntry = blocks[searchFrom..<firstArticle].lastIndex(where: { $0.marker == .listItem }) {
                let listed = ContentsPrefixes(blocks[searchFrom...lastEntry].filter { $0.marker == .listItem }.map { HeadingText.compactUTF8($0.text) })
                if let title = blocks[(lastEntry + 1)..<firstArticle].firstIndex(where: { block in
                    block.role == .body && block.marker == .none
                        && GenrePatterns.isListedTitle(Array(trimmedContent(ofLine: lines[block.firstLine]).utf8), contents: listed)
                }) {
                    firstArticle = title
                }
            }
            if firstArticle == blocks.count {
                // No 地区：标题 heading: the first block after a contents list, else after the album line,
                // else after the masthead (第 N 期 and the issuing body and date lines after it).
                let lastList = blocks[searchFrom..<blocks.count].lastIndex { $0.marker == .listItem }
                firstArticle = min(blocks.count, (lastList ?? (searchFrom - 1)) + 1)
                if lastList == nil, albumIndex == nil, let mastheadBlock = issueBlock ?? dateBlock {
                    firstArticle = mastheadBlock + 1
                    // The masthead ends with its date line, as for the reader: a title under it
                    // naming a 常委会 is no masthead line.
                    let dated = { (block: TextBlock) in GenrePatterns.trailingDate(Array(HeadingText.compact(block.text).utf8)) != nil }
                    if !dated(blocks[mastheadBlock]) {
                        while firstArticle < blocks.count, Self.isMastheadLine(blocks[firstArticle].text) {
                            firstArticle += 1
                            if dated(blocks[firstArticle - 1]) { break }
                        }
                    }
                    // The issuing body under the date, on one line or two, when none came over it
                    // (on a line of its own, or with 第 N 期 or the date), as for the reader.
                    let bodyOverDate = blocks[0..<firstArticle].contains { GenrePatterns.namesAnOffice(Array(HeadingText.compact($0.text).utf8)) }
                    var bodyLines = 0
                    while !bodyOverDate, bodyLines < 2, firstArticle < blocks.count,
                          GenrePatterns.isIssuingBodyUnderDate(Array(HeadingText.compact(blocks[firstArticle].text).utf8)) {
                        firstArticle += 1
                        bodyLines += 1
                    }
                }
                while firstArticle < blocks.count, blocks[firstArticle].role == .separator { firstArticle += 1 }
            }
            // The 编者按 over the articles, and the blocks a page break split it into, as the reader
            // reads it: no masthead, no article heading (in an issue without `地区：` headings the
            // article after the masthead was looked for at it).
            let noteBlock = blocks[searchFrom..<min(blocks.count, firstArticle + 1)].firstIndex {
                $0.role == .body && $0.marker == .none && Self.opensEditorsNote($0.text)
            }
            if let noteBlock {
                var end = markEditorsNote(from: noteBlock)
                if noteBlock == firstArticle {
                    // The note's further paragraphs, as the reader reads them; the first title follows.
                    while end + 1 < blocks.count, blocks[end].role == .body, blocks[end].marker == .none,
                          GenrePatterns.isFurtherNoteParagraph(Array(blocks[end].text.utf8), regionHeadings: false) {
                        blocks[end].role = .editorsNote
                        end += 1
                    }
                    firstArticle = end
                }
            }
            let mastheadEnd = min(noteBlock ?? blocks.count, albumIndex ?? blocks[searchFrom..<firstArticle].firstIndex { $0.marker == .listItem } ?? firstArticle)
            mastheadBlocks = 0..<mastheadEnd
            for index in mastheadBlocks where blocks[index].role == .body { blocks[index].role = .masthead }
            if let albumIndex { blocks[albumIndex].role = .album }
            // `目  录` over the entries after the album line is read with the masthead, as the
            // reader reads it (`GenrePatterns.isContentsHeading`): no paragraph of the text.
            for index in searchFrom..<firstArticle where blocks[index].role == .body && blocks[index].firstLine == blocks[index].lastLine {
                let line = lines[blocks[index].firstLine]
                if GenrePatterns.isContentsHeading(bytes, from: line.start, to: line.end) { blocks[index].role = .masthead }
            }
            // Contents: list items between the album line and the first article; continuation blocks join them.
            var index = searchFrom
            while index < firstArticle {
                if blocks[index].marker == .listItem {
                    var end = index + 1
                    while end < firstArticle, blocks[end].marker == .none, blocks[end].role == .body,
                          GenrePatterns.isContentsEntryWrap(blocks[end].text, under: blocks[end - 1].text, marked: true) { end += 1 }
                    for member in index..<end { blocks[member].role = .contents }
                    contents.append(index..<end)
                    index = end
                } else {
                    index += 1
                }
            }
            // Entries typed without a marker: region headings that the first article repeats
            // (`GenrePatterns.unmarkedContentsLength`, as for the reader).
            if contents.isEmpty, firstArticle < blocks.count {
                // The list may open with an entry naming no region, over the first `地区：` one.
                if albumIndex != nil, searchFrom < firstArticle, blocks[searchFrom].role == .body, blocks[searchFrom].marker == .none,
                   GenrePatterns.isUnmarkedEntryWithoutRegion(trimmedContent(ofLine: lines[blocks[searchFrom].firstLine])) {
                    let texts = blocks[searchFrom..<min(blocks.count, searchFrom + 40)].map(\.text)
                    if let last = GenrePatterns.unmarkedContentsEntries(texts).last, searchFrom + last.upperBound > firstArticle { firstArticle = searchFrom }
                }
                let texts = blocks[firstArticle..<min(blocks.count, firstArticle + 40)].map(\.text)
                let underHeading = firstArticle > 0 && blocks[firstArticle - 1].text.utf8.count <= 36
                    && GenrePatterns.isContentsHeading(Array(blocks[firstArticle - 1].text.utf8), from: 0, to: blocks[firstArticle - 1].text.utf8.count)
                let entries = GenrePatterns.unmarkedContentsEntries(texts, underContentsHeading: underHeading)
                let count = entries.last?.upperBound ?? 0
                for entry in entries {
                    for member in entry { blocks[firstArticle + member].role = .contents }
                    contents.append((firstArticle + entry.lowerBound)..<(firstArticle + entry.upperBound))
                }
                firstArticle += count
                // A 编者按 under the entries, over the first article.
                if count > 0, firstArticle < blocks.count, blocks[firstArticle].role == .body, blocks[firstArticle].marker == .none,
                   Self.opensEditorsNote(blocks[firstArticle].text) {
                    firstArticle = markEditorsNote(from: firstArticle)
                }
            }
        }

        // The contents are read: compacted once, for pass 3, the page-break joins and S4.
        // An entry's page reference (`……… 3`, a PDF's) is no part of its title, and no text for
        // the typography scan: the entry's last line ends before it.
        for range in contents {
            let last = blocks[range.upperBound - 1].lastLine
            guard let titleEnd = GenrePatterns.contentsPageReferenceStart(bytes, lines[last].contentStart, lines[last].end) else { continue }
            lines[last].end = titleEnd
            blocks[range.upperBound - 1].end = titleEnd
            blocks[range.upperBound - 1].text = range.count == 1 && blocks[range.lowerBound].firstLine == last
                ? trimmedContent(ofLine: lines[last]) : blocks[range.upperBound - 1].text
        }
        compactedContents = contents.map { range in
            let text = Array(range.map { blocks[$0].text }.joined().utf8)
            return HeadingText.compactUTF8(String(decoding: text[..<(GenrePatterns.contentsPageReferenceStart(text) ?? text.count)], as: UTF8.self))
        }
        contentsPrefixes = ContentsPrefixes(compactedContents)

        // Pass 3: articles: a 地区：标题 block, or the first block after a 供稿 line.
        var footerStart = blocks.count
        if kind == .issue {
            let lastContributor = blocks.lastIndex { $0.role == .contributor } ?? (firstArticle - 1)
            footerStart = blocks[(lastContributor + 1)...].firstIndex { [.footerSend, .footerCopy, .footerIssuer].contains($0.role) } ?? blocks.count
            footerBlocks = footerStart..<blocks.count
        }
        var starts: [Int] = []
        var afterContributor = true
        var closedByCredit = false
        // The article has text (a 供稿 line right under its title ends nothing), as for the reader.
        var articleHasText = false
        var index = firstArticle
        while index < footerStart {
            let block = blocks[index]
            // A credit or signature line after a 供稿 line opens no article.
            if block.role == .separator || block.role == .credit || block.role == .editorsNote {
                // A byline closing the article's text: what a web page prints under it is no text (below).
                if block.role == .credit, articleHasText { closedByCredit = true }
                index += 1
                continue
            }
            // Nor does a 编者按 between articles (the reader lists it: the model holds one, over them).
            if afterContributor, block.role == .body, block.marker == .none, Self.opensEditorsNote(block.text) {
                index = markEditorsNote(from: index)
                continue
            }
            // Nor `责任编辑：…`, `（完）` or a caption under the 供稿 line (`GenrePatterns.isProductionLine`),
            // which the reader drops.
            // Under a 供稿 line or a closing byline, `来源：…` and the like too, line by line
            // (`GenrePatterns.isItemTrailerLine`), as the reader drops them.
            if afterContributor || closedByCredit, block.role == .body, (block.firstLine...block.lastLine).allSatisfy({ line in
                let (start, end) = readerTrimmed(line)
                return lines[line].isBlank || GenrePatterns.isItemTrailerLine(Array(bytes[start..<end]))
            }) {
                blocks[index].role = .credit
                index += 1
                continue
            }
            closedByCredit = false
            var isRegionHeading = block.role == .body && Self.regionPrefix(block.text) != nil
            // Inside an article (no 供稿 line before it) only a short heading the contents list, as
            // for the reader (`GenrePatterns.regionLineHeadsArticle`): not `宛城区：张三、李四`.
            if isRegionHeading, !afterContributor, block.marker != .heading {
                let title = titleLine(block.firstLine, adjacent: true)
                isRegionHeading = block.firstLine == block.lastLine
                    && GenrePatterns.isShortHeadingLine(bytes, title.start, title.end, scalars: title.scalars)
                    && GenrePatterns.regionLineHeadsArticle(block.text, contents: contentsPrefixes, singleArticle: kind == .article)
            }
            if isRegionHeading || (afterContributor && starts.isEmpty) {
                starts.append(index)
                articleHasText = false
                afterContributor = false
                index += 1
                continue
            }
            if afterContributor, articleHasText {
                // After an article's 供稿 line: a title heads the next article (`GenrePatterns.headsNextArticle`),
                // not a stray one right over the next `地区：` heading, nor the 印发 line; any other
                // paragraph is text of no article, as the reader lists it.
                let overRegionHeading = index + 1 < footerStart && blocks[index + 1].role == .body
                    && Self.regionPrefix(blocks[index + 1].text) != nil
                if !overRegionHeading, block.role == .body || block.role == .point, GenrePatterns.headsNextArticle(Array(block.text.utf8))
                    || (block.role == .body && GenrePatterns.isListedTitle(Array(trimmedContent(ofLine: lines[block.firstLine]).utf8), contents: contentsPrefixes)) {
                    starts.append(index)
                    articleHasText = false
                    afterContributor = false
                    index += 1
                    continue
                }
                if block.role == .body || block.role == .point {
                    blocks[index].role = .unplaced
                    index += 1
                    continue
                }
            }
            afterContributor = block.role == .contributor
            if block.role == .body || block.role == .point { articleHasText = true }
            index += 1
        }
        // A single article whose first block is prose (`GenrePatterns.opensWithProse`), no `地区：`
        // heading nor a Markdown one: untitled, as for the reader.
        let untitledFirst = kind == .article && blocks[firstText].marker != .heading && Self.regionPrefix(blocks[firstText].text) == nil
            && hasContributor && GenrePatterns.opensWithProse(Array(trimmedContent(ofLine: lines[blocks[firstText].firstLine]).utf8))
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : footerStart
            let untitled = position == 0 && untitledFirst && start == firstText
            // The heading's role first: a 供稿 line standing where the heading stands is no 供稿 line.
            if !untitled { blocks[start].role = .heading }
            // A date under the title, before the text (past a title's further short lines): no text,
            // as the reader drops it (`GenrePatterns.isDateLine`).
            if !untitled {
                for index in (start + 1)..<min(end, start + 4) where blocks[index].role == .body {
                    let (lineStart, lineEnd) = readerTrimmed(blocks[index].firstLine)
                    if blocks[index].firstLine == blocks[index].lastLine, GenrePatterns.isDateLine(bytes, lineStart, lineEnd) {
                        blocks[index].role = .credit
                        break
                    }
                    guard blocks[index].text.utf8.count <= 90, !GenrePatterns.endsSentenceHalfWidthToo(Array(blocks[index].text.utf8), 0, blocks[index].text.utf8.count) else { break }
                }
            }
            var contributor = blocks[start..<end].lastIndex { $0.role == .contributor }
            // A 供稿 line a page break cut starts at its first half (pass 1).
            if let last = contributor, last > start, blocks[last - 1].role == .contributor, !Self.isContributorLine(blocks[last - 1].text),
               isPageBreak(between: last - 1) {
                contributor = last - 1
            }
            articles.append(ArticleSpan(headingBlock: start, heading: untitled ? "" : blocks[start].text, blocks: start..<end,
                                        contributorBlock: contributor, untitled: untitled))
        }
    }

    /// Blocks from `start` (a block opening with the 编者按 label) to where the note ends, as the
    /// reader ends it (`GenrePatterns.editorsNoteGoesOn`), given the role `.editorsNote`; returns
    /// the first block after them.
    private mutating func markEditorsNote(from start: Int) -> Int {
        var end = start + 1
        func goesOn(_ index: Int) -> Bool {
            let text = Array(blocks[index].text.utf8)
            let labelOnly = index == start && GenrePatterns.isEditorsNoteLabelAlone(text)
            let cut = SourceLines.isCutAtWrapWidth(scalars: lines[blocks[index].lastLine].scalars, wrapWidth: wrapWidth)
            return GenrePatterns.editorsNoteGoesOn(text, 0, text.count, next: Array(blocks[index + 1].text.utf8.prefix(60 * 4 + 1)),
                                                   labelOnly: labelOnly, cutAtWrapWidth: cut, onePerLine: wordLayout)
        }
        while end < blocks.count, blocks[end].role == .body, blocks[end].marker == .none, goesOn(end - 1) { end += 1 }
        for index in start..<end {
            blocks[index].role = .editorsNote
            // One paragraph, as for the reader; A1 reports the breaks but a label's.
            guard index + 1 < end else { continue }
            let text = Array(blocks[index].text.utf8)
            blocks[index].continues = true
            blocks[index].isNoteLabel = index == start && GenrePatterns.isEditorsNoteLabelAlone(text)
            blocks[index].cutAtWrapWidth = !GenrePatterns.endsOpen(text, 0, text.count) && !blocks[index].isNoteLabel
        }
        return end
    }

    /// Between block `index` and the next stand only blank lines, a page number among them.
    private func isPageBreak(between index: Int) -> Bool {
        guard !pageNumberLines.isEmpty, index + 1 < blocks.count else { return false }
        let gap = (blocks[index].lastLine + 1)..<blocks[index + 1].firstLine
        guard !gap.isEmpty else { return false }
        // The first page number at or after the gap (`pageNumberLines` is in line order): a
        // binary search, as every short block may ask.
        var low = 0, high = pageNumberLines.count
        while low < high {
            let middle = (low + high) / 2
            if pageNumberLines[middle] < gap.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < pageNumberLines.count && gap.contains(pageNumberLines[low]) && gap.allSatisfy { lines[$0].isBlank }
    }

    /// Every line of the block is a signature line (`GenrePatterns.isSignatureLine`), each asked
    /// with the next non-blank line, as the reader asks.
    private func isSignature(_ block: TextBlock) -> Bool {
        let nextLine = lines[(block.lastLine + 1)...].first { !$0.isBlank }
        return (block.firstLine...block.lastLine).allSatisfy { number in
            let next = number < block.lastLine ? lines[number + 1] : nextLine
            return GenrePatterns.isSignatureLine(Array(trimmedContent(ofLine: lines[number]).utf8),
                                                 next: next.map { Array(trimmedContent(ofLine: $0).utf8) })
        }
    }

    /// A text without masthead whose first line is a title (`GenrePatterns.opensLikeHeading`, or a
    /// Markdown heading) and that has no reporter's byline: a single article, as the reader's survey
    /// says — S5 and S8 then judge its heading and 供稿 line.
    private func opensArticle(_ first: TextBlock) -> Bool {
        let opens = first.marker == .heading || (first.marker == .none
            && GenrePatterns.opensLikeHeading(Array(trimmedContent(ofLine: lines[first.firstLine]).utf8)))
        guard opens else { return false }
        let isByline = { (line: TextLine) -> Bool in
            guard !line.isBlank else { return false }
            let (start, end) = Self.trimSpaces(bytes, line.contentStart, line.end)
            return GenrePatterns.isByline(bytes, start, end)
        }
        // A byline in a single item's head signs the item (`GenrePatterns.ItemHead`), unless `###`
        // sections follow (a feature under a plain headline), as for the reader's survey.
        if lines.indices.contains(where: { !itemHeadLines.contains($0) && isByline(lines[$0]) }) { return false }
        guard itemHeadLines.contains(where: { isByline(lines[$0]) }) else { return true }
        return !lines.contains { line in
            line.marker == .heading && (SourceLines.markdownHeading(bytes, line.start, line.end)?.level ?? 0) >= 3
        }
    }

    // MARK: Page breaks

    /// Marks blocks split mid-sentence by a page break (or an OCR line) whose sentence goes on
    /// in the next block, and completes headings that run into the body.
    private mutating func joinPageBreaks() {
        let wordLayout = self.wordLayout
        let contentsEntries = contentsPrefixes
        // The compacted heading so far, while an article's heading runs over several lines.
        var headingSoFar: [UInt8] = []
        // In Word's layout, a line a block: the last line of a title standing on its own line and
        // the lines going on with it (`titleLinesToCome`), nil outside a title.
        var titleLastLine: Int?
        // A sub-heading without a number stood alone in this article (the reader's flag too).
        var unnumberedSubHeadings = false
        // The last bytes of the paragraph so far, the blocks it ran on through included (in Word's
        // layout a line a block): whether a quotation is open there (`startsParagraphUnderCutLine`,
        // asked only under a line cut at the OCR wrap width, so kept only in hard-wrapped text).
        var paragraphSoFar: [UInt8] = []

        for index in blocks.indices.dropLast() {
            let block = blocks[index]
            let next = blocks[index + 1]
            let continuing = index > 0 && blocks[index - 1].continues
            if wrapWidth > 0 {
                if !continuing { paragraphSoFar.removeAll(keepingCapacity: true) }
                paragraphSoFar.append(contentsOf: block.text.utf8)
                if paragraphSoFar.count > 1200 { paragraphSoFar.removeFirst(paragraphSoFar.count - 600) }
            }
            // The straight quotes of the block before, when the paragraph ran on from it (one block
            // back, as the reader looks one line back), for a quote at this one's end.
            let previousBlock = continuing ? index - 1 : nil
            if block.role == .heading { unnumberedSubHeadings = false }
            if block.isHeadingLine, !continuing, GenrePatterns.isPhrasedTitleLine(block.text) { unnumberedSubHeadings = true }
            if block.role == .heading {
                // (`南阳市：` over its title's line is one block: the lines under the second go on.)
                let titleLine = block.firstLine == block.lastLine ? block.firstLine
                    : block.lastLine == block.firstLine + 1 && GenrePatterns.regionAwaitsTitle(Array(trimmedContent(ofLine: lines[block.firstLine]).utf8)) ? block.lastLine : nil
                titleLastLine = wordLayout && block.marker == .none
                    ? titleLine.flatMap { line in titleLinesToCome(under: line).map { line + $0 } } : nil
            } else if !continuing {
                titleLastLine = nil
            }
            if block.role == .heading {
                headingSoFar = HeadingText.compactUTF8(block.text)
            } else if continuing, !headingSoFar.isEmpty {
                headingSoFar += HeadingText.compactUTF8(block.text)
            } else {
                headingSoFar = []
            }
            // Followed only while some entry starts with it: never longer than the longest entry.
            if !headingSoFar.isEmpty, !contentsEntries.haveEntry(startingWith: headingSoFar) { headingSoFar = [] }
            // A heading cut short of its contents entry goes on in the next line when the entry
            // goes on with that line, however short and title-like the lines are alone (a title
            // broken over two lines, `漯河市：聚焦民生实事` / `彰显代表担当`), as the reader joins them.
            if !headingSoFar.isEmpty, next.role == .body, next.marker == .none, !next.text.isEmpty,
               contentsEntries.haveLongerEntry(startingWith: headingSoFar),
               let entry = contentsEntries.entry(startingWith: headingSoFar + HeadingText.compactUTF8(next.text)) {
                blocks[index].continues = true
                blocks[index].joinsWithSpace = HeadingText.hasSpace(contents[entry].map { blocks[$0].text }.joined(), atCompactOffset: headingSoFar.count)
                blocks[index + 1].goesOnWithTitle = true
                continue
            }
            // Joined up to its whole contents entry, the heading ends: the lead follows.
            if block.role != .heading, continuing, !headingSoFar.isEmpty, contentsEntries.haveEntry(equalTo: headingSoFar) { continue }
            // A title broken over two or three short lines, a paragraph each in Word's layout: it
            // goes on where the reader's title goes on, contents or not (A1 says so); the lead follows it.
            if let last = titleLastLine {
                if next.lastLine <= last, next.role == .body, next.marker == .none, !next.text.isEmpty {
                    blocks[index].continues = true
                    blocks[index].breaksTitle = true
                    blocks[index].joinsWithSpace = GenrePatterns.titleBreakIsPhraseSpace(Array(block.text.utf8), Array(next.text.utf8))
                    blocks[index + 1].goesOnWithTitle = true
                    continue
                }
                titleLastLine = nil
                if block.role != .heading { continue }
            }
            // That line ends the title: the lead follows.
            if !wordLayout, contents.isEmpty, block.goesOnWithTitle { continue }
            // No contents, paragraphs a blank line apart: a short line one blank line under the
            // title's line goes on with it, as the reader's title does (`GenrePatterns.titleGoesOnOverBlankLine`).
            if !wordLayout, wrapWidth == 0, block.role == .heading, !continuing, contents.isEmpty, block.firstLine == block.lastLine,
               next.role == .body, next.marker == .none, next.firstLine == next.lastLine, next.firstLine == block.lastLine + 2 {
                let then = index + 2 < blocks.count ? titleLine(blocks[index + 2].firstLine, adjacent: false) : nil
                let title = titleLine(block.firstLine, adjacent: true), following = titleLine(next.firstLine, adjacent: false)
                if GenrePatterns.titleGoesOnOverBlankLine(bytes, title: title, next: following, then: then) {
                    blocks[index].continues = true
                    blocks[index].breaksTitle = true
                    blocks[index].joinsWithSpace = GenrePatterns.titleBreakIsPhraseSpace(Array(block.text.utf8), Array(next.text.utf8))
                    blocks[index + 1].goesOnWithTitle = true
                    continue
                }
            }
            guard wordLayout || lines[block.lastLine + 1..<next.firstLine].contains(where: \.isBlank) else { continue }
            // Open at its end, or ending in a sub-point heading ("…。三是履职保障上求“新”。"), which
            // cannot end a paragraph (the reader's rule, `GenrePatterns.endsWithSubPointHeading`).
            func quotes() -> Int {
                guard let previousBlock else { return 0 }
                return blocks[previousBlock].text.utf8.withContiguousStorageIfAvailable { GenrePatterns.straightQuotes(in: $0, 0, $0.count) } ?? 0
            }
            let blockEndsOpen = block.text.utf8.withContiguousStorageIfAvailable { GenrePatterns.endsOpen($0, 0, $0.count, quotesBefore: quotes) }
                ?? GenrePatterns.endsOpen(Array(block.text.utf8), 0, block.text.utf8.count, quotesBefore: quotes)
            let afterSubPointHeading = !blockEndsOpen && block.text.utf8Suffix("。")
                && GenrePatterns.endsWithSubPointHeading(Array(block.text.utf8)) && !GenrePatterns.opensClosing(next.text.utf8)
                && !(wordLayout && Self.isUnpunctuatedTitle(next.text))
            // OCR: a last line reaching the wrap width was cut by the page, not ended by its author
            // — unless the next opens an item or the 结语 (`GenrePatterns.startsParagraphUnderCutLine`, as for the reader).
            let cutAtWrapWidth = !blockEndsOpen && SourceLines.isCutAtWrapWidth(scalars: lines[block.lastLine].scalars, wrapWidth: wrapWidth)
                && !Self.startsParagraphUnderCutLine(paragraph: paragraphSoFar, next: next.text)
            // A 供稿 line a page break cut (pass 1): one paragraph, A1 joins it.
            if block.role == .contributor, next.role == .contributor, !Self.isContributorLine(block.text), isPageBreak(between: index) {
                blocks[index].continues = true
                continue
            }
            guard blockEndsOpen || afterSubPointHeading || cutAtWrapWidth, next.role == .body || next.role == .contents, next.marker == .none else { continue }
            // A table's row, or a number over a number: never one paragraph (as for the reader).
            if GenrePatterns.keepsLinesApart(bytes, lines[block.lastLine].contentStart..<lines[block.lastLine].end,
                                             lines[next.firstLine].contentStart..<lines[next.firstLine].end) { continue }
            // A contents entry goes on within its entry (`contents`), whatever its lines look like; an
            // entry typed without a marker ends where the next begins.
            if block.role == .contents {
                blocks[index].continues = next.role == .contents && contents.contains { $0.contains(index) && $0.contains(index + 1) }
                continue
            }
            // A labelled line (`报送：…` read as the article's text) opens a paragraph, as for the reader.
            if !cutAtWrapWidth, Self.footerLabel(next.text) != nil { continue }
            // A field line over another (`附件：…` / `参会人员：…`): a list of fields, as for the reader.
            if !cutAtWrapWidth, !continuing, GenrePatterns.isFieldLine(block.text),
               next.text.utf8.withContiguousStorageIfAvailable({ GenrePatterns.opensWithFieldLabel($0, 0, $0.count) }) == true { continue }
            // A line of markup alone (`*`) is no text to run on into, nor a paragraph cut short:
            // joining it took one such line a --fix pass (found by fuzzing).
            if block.text.isEmpty || next.text.isEmpty { continue }
            // A block the one before runs into is judged as the paragraph they make (as the reader
            // judges its open block), not as the short line it is alone: else each join exposes the
            // next, and --fix needs a pass per line (found by fuzzing). (`continuing`, above.)
            // A heading on its own line ends where it ends, and one after the break starts anew:
            // gluing either to its neighbour would change the structure.
            if block.marker == .heading || (block.isHeadingLine && !continuing) || next.isHeadingLine { continue }
            // A list item ends with its line: joining it to the paragraph after would pull that
            // paragraph into the list (wrapped contents entries are joined as contents).
            if block.marker == .listItem, block.role != .contents { continue }
            // One paragraph per line: a short title-like line without a clause mark (`…专题调研活动`,
            // `附件：代表名单`) is a heading of what follows, not a paragraph cut short (the reader's
            // `opensLikeHeading`). OCR lines cut at the wrap width look alike, so only here.
            // A name of a list typed one per line (`王志强`) stands alone too (the reader's
            // `GenrePatterns.standsOnItsOwnLine`).
            // (Not a line cut at the OCR wrap width, a PDF's copy without blank lines: it goes on,
            // as the reader joins it — the twentieth audit's shape, the lead's first line.)
            if wordLayout, !continuing, !SourceLines.isCutAtWrapWidth(scalars: lines[block.lastLine].scalars, wrapWidth: wrapWidth),
               GenrePatterns.standsOnItsOwnLine(block.text) { continue }
            if unnumberedSubHeadings, !continuing, block.firstLine == block.lastLine, GenrePatterns.isShortSubHeading(block.text) { continue }
            switch block.role {
            case .body, .point, .footerSend, .footerCopy:
                blocks[index].continues = next.role == .body
                blocks[index].cutAtWrapWidth = cutAtWrapWidth && next.role == .body
            case .heading:
                // A heading on its own line never continues, unless the heading is a sentence
                // running into the body or is cut short of its contents entry. A title line the
                // reader keeps alone (`GenrePatterns.headingStandsAlone`: short, no sentence end at
                // its end) runs into nothing, a ！ inside it (`…抓落实！推动…`) or not.
                let runsIntoBody = !headingStandsAlone(block) && Self.sentenceEnd(in: block.text) != nil
                let cutShort = contentsEntries.haveLongerEntry(startingWith: HeadingText.compactUTF8(block.text))
                blocks[index].continues = next.role == .body && (runsIntoBody || cutShort || cutAtWrapWidth)
                blocks[index].cutAtWrapWidth = cutAtWrapWidth && blocks[index].continues
            default:
                continue
            }
        }
        for position in articles.indices where !articles[position].untitled {
            var text = ""
            var index = articles[position].headingBlock
            while true {
                // A subtitle (`——……综述`) is set apart, as the reader's title keeps it.
                if index > articles[position].headingBlock, blocks[index].text.utf8.starts(with: "——".utf8), !text.hasSuffix(" ") { text += " " }
                text += blocks[index].text
                guard blocks[index].continues, index + 1 < blocks.count else { break }
                index += 1
            }
            // The title before a gap its lead runs on after (as for the reader); else the first
            // sentence, unless the title stands alone, a ！ inside it or not (as for the reader).
            if let gap = GenrePatterns.titleBodyGap(Array(text.utf8)) {
                text = String(decoding: text.utf8.prefix(gap.start), as: UTF8.self)
            } else if blocks[articles[position].headingBlock].continues || !headingStandsAlone(blocks[articles[position].headingBlock]),
               let end = Self.sentenceEnd(in: text) {
                text = String(decoding: text.utf8.prefix(end), as: UTF8.self)
            }
            articles[position].heading = text
        }
    }

    static func isUnpunctuatedTitle(_ text: String) -> Bool { GenrePatterns.isUnpunctuatedTitle(text) }

    /// A heading block of one line that the reader keeps alone (`GenrePatterns.headingStandsAlone`:
    /// short, no sentence end at its end, not cut at the OCR wrap width).
    private func headingStandsAlone(_ block: TextBlock) -> Bool {
        guard block.firstLine == block.lastLine else { return false }
        let title = titleLine(block.firstLine, adjacent: true)
        return GenrePatterns.headingStandsAlone(bytes, title.start, title.end, scalars: title.scalars, wrapWidth: wrapWidth)
    }

    /// UTF-8 offset of the first sentence end as typed (`GenrePatterns.firstSentenceMark`, a `.`
    /// too: the checker reads half-width marks as written), if any.
    static func sentenceEnd(in text: String) -> Int? {
        GenrePatterns.firstSentenceMark(Array(text.utf8), from: 0, halfWidthStops: true)
    }

    /// The gap (source bytes) between a heading block's title and the lead run on after it on its
    /// line (`GenrePatterns.titleBodyGap`): P4 asks for a paragraph break there. Nil when
    /// the block's text is not the source's bytes as they stand (markup in it).
    func titleGap(ofBlock index: Int) -> Range<Int>? {
        let block = blocks[index]
        guard block.role == .heading, block.firstLine == block.lastLine else { return nil }
        let text = Array(block.text.utf8)
        guard let gap = GenrePatterns.titleBodyGap(text), block.textStart + text.count <= bytes.count,
              bytes[block.textStart..<(block.textStart + text.count)].elementsEqual(text) else { return nil }
        return (block.textStart + gap.start)..<(block.textStart + gap.end)
    }

    /// Blocks of each logical paragraph: page-break splits joined.
    var logicalParagraphs: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in blocks.indices where !blocks[index].continues {
            result.append(start..<(index + 1))
            start = index + 1
        }
        if start < blocks.count { result.append(start..<blocks.count) }
        return result
    }

    // MARK: Genre patterns

    /// A point opening with 、, as a line that always starts a new paragraph.
    static func isPointStart(_ text: String) -> Bool {
        pointNumber(text, allowingWrongMark: false) != nil
    }

    /// The value of a leading 一、 / 二、 … point number and the numeral's length in scalars.
    /// With `allowingWrongMark`, `二.` and `二，` (which P7 reports) count too, so the point keeps
    /// its place in the sequence and S6 does not also report the next one. The shape is the
    /// reader's (`GenrePatterns.pointNumber`); the numeral must be in the genre's form.
    static func pointNumber(_ text: String, allowingWrongMark: Bool = true) -> (value: Int, length: Int)? {
        // The numeral and its mark lie within the first bytes, as the reader reads them (with the
        // heading phrase after a gap typed for the mark, `GenrePatterns.headingPhraseFollows`); the
        // rest of a paragraph is not read.
        let limit = GenrePatterns.pointNumberHeadLength
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            Self.pointNumber(UnsafeBufferPointer(rebasing: bytes.prefix(limit)), allowingWrongMark: allowingWrongMark)
        }
        if let found { return found }
        return Self.pointNumber(Array(text.utf8.prefix(limit)), allowingWrongMark: allowingWrongMark)
    }

    private static func pointNumber<Bytes: RandomAccessCollection>(_ head: Bytes, allowingWrongMark: Bool) -> (value: Int, length: Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard let found = GenrePatterns.pointNumber(head), found.markIsRight || allowingWrongMark else { return nil }
        let numeral = String(decoding: head[head.startIndex..<found.numeralEnd], as: UTF8.self)
        guard let value = ChineseNumeral.value(numeral) else { return nil }
        return (value, numeral.unicodeScalars.count)
    }

    /// 刊名 or “…编” before 第 N 期 on its line (and before the year of the count), nil when the
    /// line opens with 第 N 期.
    static func mastheadText(beforeIssueIn compact: String) -> String? {
        let bytes = Array(compact.utf8)
        guard let mark = GenrePatterns.issueMark(bytes), mark.beforeEnd > 0 else { return nil }
        return GenrePatterns.string(bytes, 0, mark.beforeEnd)
    }

    /// A short line of the masthead after 第 N 期: the issuing body or the date, not a sentence; or a
    /// handling mark (`内部资料`), which the reader passes over in the masthead.
    static func isMastheadLine(_ text: String) -> Bool {
        guard text.utf8.count < 120 else { return false }
        let compact = Array(HeadingText.compact(text).utf8)
        if GenrePatterns.isClassificationMark(compact) { return true }
        guard !text.unicodeScalars.contains(where: { "。，；：！？".unicodeScalars.contains($0) }) else { return false }
        return GenrePatterns.namesAnOffice(compact) || GenrePatterns.trailingDate(compact) != nil
    }

    /// `编者按：…` as the reader reads it (`GenrePatterns.editorsNote`); only the first bytes are read.
    static func opensEditorsNote(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { GenrePatterns.editorsNote(UnsafeBufferPointer(rebasing: $0.prefix(40))) != nil }
            ?? (GenrePatterns.editorsNote(Array(text.utf8.prefix(40))) != nil)
    }

    /// `（…供稿）` as the reader reads it (`GenrePatterns.contributor`), or typed in another form
    /// (`GenrePatterns.contributorInOtherForm`, which S8 reports).
    static func isContributorLine(_ text: String) -> Bool { GenrePatterns.isContributorLine(text) }

    static func isContributorLineInOtherForm(_ text: String) -> Bool { GenrePatterns.isContributorLineInOtherForm(text) }

    /// `送：` `分送：` (the send field) and `发：` `抄送：` (the copy field), as the reader reads them
    /// (`GenrePatterns.footerLabel`). Only the first bytes are looked at.
    static func footerLabel(_ text: String) -> (labelEnd: Int, isSend: Bool)? {
        // Most lines are turned away by their first byte.
        guard let first = text.utf8.first, GenrePatterns.footerLabelFirstBytes[Int(first)] else { return nil }
        // Read in place: this is asked of every line.
        return text.utf8.withContiguousStorageIfAvailable { GenrePatterns.footerLabel(UnsafeBufferPointer(rebasing: $0.prefix(GenrePatterns.footerLabelLength))) }
            ?? GenrePatterns.footerLabel(Array(text.utf8.prefix(GenrePatterns.footerLabelLength)))
    }


    /// `…印发` with or without `共印 N 份` (`GenrePatterns.issuedLine`); a `共印 N 份` line alone names no issuer.
    static func isFooterIssuer(_ text: String) -> Bool {
        // Short lines only; the byte tests first keep long paragraphs cheap (every block is asked).
        guard text.utf8.count < 240, text.utf8Suffix("印发") || text.utf8Contains("共印") || text.utf8Prefix("印发单位") || text.utf8Prefix("印发机关") else { return false }
        return GenrePatterns.isIssuerLine(Array(text.utf8))
    }

    /// `郑州市` in `郑州市：…`: the region as the reader recognises it (`GenrePatterns.region`),
    /// so `parse` and `check` agree on what a region heading is. Only the first bytes are
    /// looked at: a region is at most `GenrePatterns.maximumRegionLength` characters.
    static func regionPrefix(_ text: String) -> String? {
        // The region and its colon lie within the first bytes; the rest of a paragraph is not read.
        let limit = GenrePatterns.maximumRegionLength * 4 + 4
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(limit))
            guard let match = GenrePatterns.region(head) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: head[..<match.regionEnd]), as: UTF8.self)
        }
        if let found { return found }
        let head = Array(text.utf8.prefix(limit))   // a bridged string: copy the few bytes needed
        return GenrePatterns.region(head).map { GenrePatterns.string(head, 0, $0.regionEnd) }
    }

    /// N in `第 N 期` (spaces and full-width digits allowed), alone or sharing its masthead line
    /// with 刊名, 编发单位, 总期号 or the date, read as the reader reads it (`GenrePatterns.issueMark`).
    static func issueNumber(in text: String) -> Int? {
        let compact = HeadingText.compact(text)
        guard compact.utf8.count <= 180, compact.utf8Contains("期") else { return nil }
        return GenrePatterns.issueMark(Array(compact.utf8))?.number
    }
}

extension String {
    /// Byte-wise prefix and suffix tests: exact for UTF-8 and much cheaper than `hasPrefix`'s
    /// grapheme comparison on long paragraphs.
    func utf8Prefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    func utf8Suffix(_ suffix: String) -> Bool {
        let bytes = utf8, tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.suffix(tail.count).elementsEqual(tail)
    }

    /// Byte search in place (every block is asked; a copy of a long paragraph cost more than the
    /// search); the needles are a few characters long.
    func utf8Contains(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !pattern.isEmpty else { return true }
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { ByteSearch.firstIndex(of: pattern, in: bytes, from: 0) != nil }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }

    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarClass.isSpace($0.value) }),
              let last = scalars.lastIndex(where: { !ScalarClass.isSpace($0.value) }) else { return "" }
        return String(scalars[first...last])
    }
}
