/// Where the issues of a file that holds several begin: an archive kept as one document, issues
/// pasted one under another, the benchmark's repeated samples. The one answer for both jobs:
/// `BulletinReader` reads each issue on its own (`ReadResult.followingIssues`) and `Checker`
/// checks each, so neither reads the next issue's masthead as text of the one before.
///
/// An issue ends with its footer: once a `…印发` line or a footer field (`送：` `发：`) has been
/// read, the next issue starts at the first line after it that opens a masthead — a line that is,
/// or stands at most three lines over, a `第 N 期` (or 增刊) line, with only short lines and no
/// sentence before the mark. Lines between a footer and the next masthead stay with the issue
/// before (the reader lists them).
enum IssueBoundaries {
    /// The 0-based indices into `lineStarts` (`SourceLines.lineStarts`) of the first line of every
    /// issue after the first; empty for a file of one issue. One pass, each line looked at once:
    /// after a footer, the last (up to four) short lines without a sentence are kept, and a
    /// `第 N 期` line among them starts the next issue at the first of them.
    static func laterIssueStarts(_ bytes: [UInt8], lineStarts: [Int]) -> [Int] {
        laterIssueStarts(bytes, lineCount: lineStarts.count) { trimmed(bytes, lineStarts, $0) }
    }

    /// The same over the reader's lines, trimmed already.
    static func laterIssueStarts(_ bytes: [UInt8], lines: [SourceLine]) -> [Int] {
        laterIssueStarts(bytes, lineCount: lines.count) { (lines[$0].start, lines[$0].end) }
    }

    /// `trimmedLine(i)`: the content of line `i` without the spaces at either end.
    private static func laterIssueStarts(_ bytes: [UInt8], lineCount: Int, trimmedLine: (Int) -> (Int, Int)) -> [Int] {
        var starts: [Int] = []
        var footerSeen = false
        // The masthead lines so far: short, no sentence, the mark at most three lines under the first.
        var mastheadLines: [Int] = []
        for position in 0..<lineCount {
            let (start, end) = trimmedLine(position)
            guard start < end else { continue }
            if end - start <= 240, closesIssue(bytes, start, end) {
                footerSeen = true
                mastheadLines = []
                continue
            }
            guard footerSeen else { continue }
            let (sentence, markCharacter) = scan(bytes, start, end)
            guard end - start <= 180, !sentence, !SourceLines.isRule(bytes, start, end),
                  !GenrePatterns.isCopiesNote(Array(bytes[start..<end])) else {
                mastheadLines = []
                continue
            }
            mastheadLines.append(position)
            if mastheadLines.count > 4 { mastheadLines.removeFirst() }
            guard markCharacter else { continue }
            let line = Array(bytes[start..<end])
            guard GenrePatterns.issueMark(line) != nil || GenrePatterns.supplementMark(line) != nil else { continue }
            starts.append(mastheadLines[0])
            footerSeen = false
            mastheadLines = []
        }
        return starts
    }

    /// The 0-based line ranges of the issues, in order: one range of every line for a file of one issue.
    static func issueLineRanges(_ bytes: [UInt8], lineStarts: [Int]) -> [Range<Int>] {
        ranges(laterIssueStarts(bytes, lineStarts: lineStarts), lineCount: lineStarts.count)
    }

    static func issueLineRanges(_ bytes: [UInt8], lines: [SourceLine]) -> [Range<Int>] {
        ranges(laterIssueStarts(bytes, lines: lines), lineCount: lines.count)
    }

    private static func ranges(_ laterStarts: [Int], lineCount: Int) -> [Range<Int>] {
        let bounds = [0] + laterStarts + [lineCount]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// A footer line: `…印发` (with or without its date and copies) or a labelled field.
    /// Every short line is asked: the line is copied only when 印 stands near its end.
    private static func closesIssue(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        // A label's colon stands within its first four characters; rebased: the recogniser counts from 0.
        if hasColon(bytes, start, min(end, start + 15)),
           bytes.withUnsafeBufferPointer({ GenrePatterns.footerLabel(UnsafeBufferPointer(rebasing: $0[start..<end])) != nil }) { return true }
        guard containsYin(bytes, max(start, end - 60), end), let issued = GenrePatterns.issuedLine(Array(bytes[start..<end])) else { return false }
        return issued.issuerEnd > 0
    }

    private static func trimmed(_ bytes: [UInt8], _ lineStarts: [Int], _ position: Int) -> (Int, Int) {
        var start = lineStarts[position]
        var end = position + 1 < lineStarts.count ? lineStarts[position + 1] - 1 : bytes.count
        while start < end, let width = SourceLines.spaceWidth(bytes, start, end) { start += width }
        while end > start, let width = SourceLines.trailingSpaceWidth(bytes, start, end) { end -= width }
        return (start, end)
    }

    /// Whether `bytes[start..<end]` holds a 。 (a sentence, no masthead line) and whether it may be
    /// a `第 N 期` or 增刊 line (第 before 期, or 刊), in one pass over the line.
    private static func scan(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (sentence: Bool, markCharacter: Bool) {
        var di = false, markCharacter = false
        var index = start
        while index + 3 <= end {
            switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
            case (0xE3, 0x80, 0x82): return (true, markCharacter)   // 。
            case (0xE7, 0xAC, 0xAC): di = true                      // 第
            case (0xE6, 0x9C, 0x9F): markCharacter = markCharacter || di   // 期
            case (0xE5, 0x88, 0x8A): markCharacter = true           // 刊
            default: break
            }
            index += 1
        }
        return (false, markCharacter)
    }

    /// Whether `:` or `：` stands in `bytes[start..<end]`.
    private static func hasColon(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == 0x3A { return true }
            if bytes[index] == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9A { return true }
            index += 1
        }
        return false
    }

    /// Whether 印 stands in `bytes[start..<end]`.
    private static func containsYin(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index + 3 <= end {
            if bytes[index] == 0xE5, bytes[index + 1] == 0x8D, bytes[index + 2] == 0xB0 { return true }
            index += 1
        }
        return false
    }
}
