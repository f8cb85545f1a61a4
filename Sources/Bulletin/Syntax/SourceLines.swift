import Foundation
import SourceText

/// One source line: its content without indentation, trailing spaces and line break.
struct SourceLine {
    /// 1-based line number.
    var number: Int
    /// Scalars before the content (indentation, a byte-order mark).
    var leadingScalars: Int
    /// Content byte range (trimmed).
    var start: Int
    var end: Int
    /// Unicode scalars in the content.
    var scalars: Int
    /// Blank lines directly before this one (page-number lines counted).
    var blanksBefore: Int
    /// A page number between two pages (`GenrePatterns.isPageNumberLine`): no text, read as a blank
    /// line (a page break); the reader lists it as dropped.
    var isPageNumber = false
    /// A page's running header (`IssueBoundaries.FileIssues.runningHeaders`) or a web page's
    /// location line over the item (`GenrePatterns.isBreadcrumbLine`): read as a page number is.
    var isRunningHeader = false

    var isBlank: Bool { start == end || isPageNumber || isRunningHeader }
}

/// The width hard-wrapped lines share (the OCR page width), from the scalar counts of the
/// non-blank lines, trimmed as `SourceLines` trims them: one survey for the reader and the checker.
struct WrapWidthSurvey {
    private var histogram = [Int](repeating: 0, count: 61)
    /// Of those, the lines of prose cut in mid-sentence (`GenrePatterns.isCutInProse`).
    private var openHistogram = [Int](repeating: 0, count: 61)
    /// Of those, the ones the next line goes on from with no blank line between (a paragraph's
    /// lines, not Word's paragraphs a blank line apart that happen to end open: `发：…、…`).
    private var runOnHistogram = [Int](repeating: 0, count: 61)
    private var longLines = 0
    /// The width of the last line when it was cut in mid-sentence, until the next line says
    /// whether text goes on right under it.
    private var openWidth = 0

    mutating func add(scalars: Int, cutInProse: @autoclosure () -> Bool) {
        if openWidth > 0 { runOnHistogram[openWidth] += 1 }
        openWidth = 0
        guard scalars >= 8 else { return }
        guard scalars <= 60 else { longLines += 1; return }
        histogram[scalars] += 1
        if cutInProse() {
            openHistogram[scalars] += 1
            openWidth = scalars
        }
    }

    /// A blank line: the line over it ended its paragraph, whatever it ended with.
    mutating func blank() { openWidth = 0 }

    /// Many lines of one width (ten, or six in a short text), few long lines, and many of them prose cut in mid-sentence
    /// (short sentences typed one per line in Word are of one width too, each ending in 。, and
    /// so are list items without marks): that width; else 0 (the text is not hard-wrapped).
    var wrapWidth: Int {
        var mode = 0
        for width in 15...40 where histogram[width] > histogram[mode] { mode = width }
        guard mode > 0 else { return 0 }
        let widths = (mode - 3)...min(60, mode + 1)
        let full = histogram[widths].reduce(0, +)
        let cutOpen = openHistogram[widths].reduce(0, +)
        let measured = histogram[8...60].reduce(0, +) + longLines
        // A short PDF copy (a submission of a few paragraphs: the twenty-second audit) shows the
        // width in fewer lines, half of them cut in mid-sentence with the sentence going on under.
        let runOn = runOnHistogram[widths].reduce(0, +)
        let enoughLines = (full >= 10 && cutOpen * 3 >= full) || (full >= 6 && runOn * 2 >= full)
        return enoughLines && full * 10 >= measured * 4 && longLines * 3 < full ? mode : 0
    }
}

/// Splits bytes into trimmed lines and gathers the statistics that decide the format.
struct SourceLines {
    var lines: [SourceLine] = []
    /// Lines of Markdown syntax (`#` heading, `**`, `\*`, `---`).
    var markdownSignals = 0
    /// Half-width `,` `.` `:` `(` `)` right after a Chinese character, and full-width ones.
    var halfWidthPunctuation = 0
    var fullWidthPunctuation = 0
    /// Typical width of hard-wrapped lines; 0 when the text is not hard-wrapped.
    var wrapWidth = 0
    /// Where each line starts (after a byte order mark): handed to `LineIndex`, so the text is
    /// split into lines once.
    var lineStarts: [Int] = []

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in self.read(bytes, buffer) }
    }

    /// Where each line starts: the first after a byte order mark (no content, no column), then one
    /// after every line feed (`LineEnds.breaksAsLineFeeds` has made every other break one). The
    /// one walk that splits a text into lines: `SourceLines` reads its lines from it, and the
    /// checker (`TextLayout`) its own, without the statistics it does not need.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        let count = bytes.count
        var index = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var starts: [Int] = []
        starts.reserveCapacity(count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            while true {
                starts.append(index)
                // memchr: the line's end is found at memory speed, not byte by byte.
                guard index < count, let base = buffer.baseAddress, let found = memchr(base + index, 0x0A, count - index) else { break }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
        }
        return starts
    }

    /// The pass itself; the byte loops read `buffer` (no bounds checks on the hot path).
    private mutating func read(_ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var number = 1
        var blanks = 0
        var widths = WrapWidthSurvey()
        lineStarts = Self.lineStarts(bytes)
        lines.reserveCapacity(lineStarts.count)
        for (position, index) in lineStarts.enumerated() {
            let lineEnd = position + 1 < lineStarts.count ? lineStarts[position + 1] - 1 : count
            let (start, end) = Self.trimmed(bytes, index, lineEnd)
            // One byte-level pass: scalars are the bytes that do not continue a sequence;
            // punctuation is recognised by its UTF-8 bytes.
            var scalars = 0
            var previousChinese = false
            var position = start
            while position < end {
                let byte = buffer[position]
                if byte < 0x80 {
                    scalars += 1
                    switch byte {
                    case 0x2C, 0x2E, 0x3A, 0x28, 0x29, 0x3B:
                        if previousChinese { halfWidthPunctuation += 1 }
                    default: break
                    }
                    previousChinese = false
                } else if byte >= 0xE4, byte <= 0xE9, position + 2 < end, buffer[position + 1] & 0xC0 == 0x80, buffer[position + 2] & 0xC0 == 0x80 {
                    // A CJK ideograph, the common case: one scalar of three bytes, no punctuation.
                    scalars += 1
                    previousChinese = true
                    position += 3
                    continue
                } else if byte >= 0xC0 {
                    scalars += 1
                    if byte == 0xEF, position + 2 < end, buffer[position + 1] == 0xBC {
                        switch buffer[position + 2] {
                        case 0x8C, 0x9A, 0x88, 0x89, 0x9B: fullWidthPunctuation += 1
                        default: break
                        }
                    } else if byte == 0xE3, position + 2 < end, buffer[position + 1] == 0x80, buffer[position + 2] == 0x82 {
                        fullWidthPunctuation += 1
                    }
                    // U+2000…U+9FFF: CJK, CJK punctuation and curly quotes (not full-width forms).
                    previousChinese = byte >= 0xE2 && byte <= 0xE9
                }
                position += 1
            }
            var leading = 0
            for offset in index..<start where bytes[offset] & 0xC0 != 0x80 { leading += 1 }
            var line = SourceLine(number: number, leadingScalars: leading, start: start, end: end, scalars: scalars, blanksBefore: blanks)
            // A page number is a page break, as a blank line (or a form feed) is.
            if start < end, GenrePatterns.isPageNumberLine(bytes, start, end, lineStarts: lineStarts, line: number - 1) { line.isPageNumber = true }
            // A web page's location line over the item: no text either (listed as dropped).
            if start < end, number <= GenrePatterns.breadcrumbLines, GenrePatterns.isBreadcrumbLine(bytes, start, end) { line.isRunningHeader = true }
            if line.isBlank {
                blanks += 1
                // (Trimmed to nothing; a page number or a running header is no paragraph's end.)
                if start == end { widths.blank() }
            } else {
                blanks = 0
                if Self.isMarkdownSyntax(bytes, start, end) { markdownSignals += 1 }
                widths.add(scalars: scalars, cutInProse: GenrePatterns.isCutInProse(buffer, start, end))
            }
            lines.append(line)
            number += 1
        }
        wrapWidth = widths.wrapWidth
    }

    /// An OCR line that reaches the page's wrap width (85 % of it or more) was cut by the page,
    /// not ended by its author, whatever it ends with: the next line goes on with it. The one
    /// hard-wrap rule of both jobs; false when the text is not hard-wrapped (`wrapWidth` 0).
    static func isCutAtWrapWidth(scalars: Int, wrapWidth: Int) -> Bool {
        wrapWidth > 0 && scalars >= wrapWidth * 85 / 100
    }

    /// A line of nothing but spaces (ASCII, tab, U+3000 ideographic space, U+00A0): a blank line,
    /// the one definition for the reader (a line trimmed to nothing) and the checker.
    static func isBlankLine(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end, let width = spaceWidth(bytes, index, end) { index += width }
        return index == end
    }

    /// `[start, end)` without the spaces at either end (ASCII, tab, `\r`, U+3000, U+00A0): a line's
    /// content as the reader trims it, for every job that asks of a whole line. Inlined: every line
    /// of every text is trimmed so (not inlined, `check` and `parse` ran 2–3 % slower).
    @inline(__always)
    static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (start: Int, end: Int) {
        var start = start, end = end
        while start < end, let width = spaceWidth(bytes, start, end) { start += width }
        while end > start, let width = trailingSpaceWidth(bytes, start, end) { end -= width }
        return (start, end)
    }

    static func spaceWidth(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        let byte = bytes[start]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        if byte == 0xE3, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { return 3 }
        if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { return 2 }
        return nil
    }

    static func trailingSpaceWidth(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int? {
        let byte = bytes[end - 1]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }
        if byte == 0x80, end - 3 >= start, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80 { return 3 }
        if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { return 2 }
        return nil
    }

    static func isMarkdownSyntax(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let first = bytes[start]
        if first == UInt8(ascii: "#") {
            var index = start
            while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
            return index < end && bytes[index] == 0x20 && index - start <= 6
        }
        if first == UInt8(ascii: "*"), start + 1 < end, bytes[start + 1] == UInt8(ascii: "*") { return true }
        if first == UInt8(ascii: "\\"), start + 1 < end, bytes[start + 1] == UInt8(ascii: "*") { return true }
        if end - start >= 3, bytes[start..<end].allSatisfy({ $0 == UInt8(ascii: "-") }) { return true }
        return false
    }

    /// The level of a Markdown heading (`## x` → 2) and the offset of its text, else nil.
    static func markdownHeading(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (level: Int, textStart: Int)? {
        var index = start
        while index < end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard level >= 1, level <= 6, index < end, bytes[index] == 0x20 else { return nil }
        while index < end, bytes[index] == 0x20 { index += 1 }
        var textEnd = end
        // A closing sequence of #s is not text.
        while textEnd > index, bytes[textEnd - 1] == UInt8(ascii: "#") { textEnd -= 1 }
        while textEnd > index, bytes[textEnd - 1] == 0x20 { textEnd -= 1 }
        return (level, index)
    }

    /// A thematic break: three or more of one of `-` `*` `_`, spaces between allowed (`- -` is no
    /// rule, it has two). The reader and the checker both use it.
    static func isRule(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        let first = bytes[start]
        if first >= 0xE2 { return isWideRule(bytes, start, end) }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        var count = 0
        for index in start..<end where bytes[index] != 0x20 {
            guard bytes[index] == first else { return false }
            count += 1
        }
        return count >= 3
    }

    /// A rule drawn with Chinese dashes or box-drawing lines (`————————`, `━━━`, `───`, `＝＝＝`):
    /// three or more of one such character, spaces between allowed. As a Markdown rule, a line of no text.
    private static func isWideRule(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var mark: UInt32?
        var count = 0
        var index = start
        while index < end {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: end)
            index += length
            if ScalarClass.isSpace(value) { continue }
            switch value {
            case 0x2014, 0x2015, 0x2500, 0x2501, 0x2550, 0xFF0D, 0xFF1D, 0xFF3F:   // — ― ─ ━ ═ － ＝ ＿
                guard mark == nil || mark == value else { return false }
                mark = value
                count += 1
            default:
                return false
            }
        }
        return count >= 3
    }
}

/// Byte offset → line and column for the reader: the line is found by `LineIndex` (the one
/// mapping); the column is counted from the nearer end of the line, using what `SourceLines`
/// already counted, so a position at a line's content start or end costs nothing. When the
/// index is the editor's (`LineEnds.editorLineIndex`: a form feed split the reading's lines, so
/// the two count different lines), every position is the index's.
struct SourceLocator {
    let lineIndex: LineIndex
    let lines: [SourceLine]
    let bytes: [UInt8]

    func position(ofByteOffset offset: Int) -> SourcePosition {
        var guess = -1
        return position(ofByteOffset: offset, near: &guess)
    }

    /// The position of an offset, trying the line at `guess` (a 0-based line index) and the
    /// next few first: offsets asked in source order then cost no search.
    func position(ofByteOffset offset: Int, near guess: inout Int) -> SourcePosition {
        guard offset >= 0, offset <= bytes.count, !lines.isEmpty, lineIndex.lineStarts.count == lines.count else {
            return lineIndex.position(ofByteOffset: offset)
        }
        return position(ofByteOffset: offset, in: lines[lineIndex.lineIndex(ofByteOffset: offset, near: &guess)])
    }

    /// The position of an offset known to lie on `line`.
    func position(ofByteOffset offset: Int, in line: SourceLine) -> SourcePosition {
        guard offset >= line.start, offset <= line.end, lineIndex.lineStarts.count == lines.count else { return lineIndex.position(ofByteOffset: offset) }
        // A long line (a whole issue pasted as one, a paragraph of thousands of 一是) is located
        // through the index's checkpoints: scanning from either end made each lookup cost the line.
        if line.end - line.start > 2 * LineIndex.checkpointSpacing { return lineIndex.position(ofByteOffset: offset) }
        let column: Int
        if offset - line.start <= line.end - offset {
            column = line.leadingScalars + LineIndex.scalarCount(bytes, from: line.start, to: offset) + 1
        } else {
            column = line.leadingScalars + line.scalars - LineIndex.scalarCount(bytes, from: offset, to: line.end) + 1
        }
        return SourcePosition(line: line.number, column: column, offset: offset)
    }

    /// The line's number as an editor shows it (the reading's `number` unless a form feed split lines).
    func lineNumber(_ line: SourceLine) -> Int {
        lineIndex.lineStarts.count == lines.count ? line.number : lineIndex.position(ofByteOffset: line.start).line
    }

    func range(ofByteOffsets start: Int, _ end: Int) -> SourceRange {
        var guess = -1
        let startPosition = position(ofByteOffset: start, near: &guess)
        return SourceRange(start: startPosition, end: position(ofByteOffset: end, near: &guess))
    }

    /// A range from the end of one line to the start of another (a join), without searching.
    func range(from first: SourceLine, _ start: Int, to second: SourceLine, _ end: Int) -> SourceRange {
        SourceRange(start: position(ofByteOffset: start, in: first), end: position(ofByteOffset: end, in: second))
    }
}
