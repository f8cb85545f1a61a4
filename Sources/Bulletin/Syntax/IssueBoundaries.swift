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
    /// issue after the first; empty for a file of one issue. Linear: every line is looked at once
    /// as a closing footer line and at most four times for a masthead.
    static func laterIssueStarts(_ bytes: [UInt8], lineStarts: [Int]) -> [Int] {
        var starts: [Int] = []
        var footerSeen = false
        var position = 0
        while position < lineStarts.count {
            defer { position += 1 }
            let (start, end) = trimmed(bytes, lineStarts, position)
            guard start < end, end - start <= 240 else { continue }
            let line = Array(bytes[start..<end])
            if closesIssue(line) {
                footerSeen = true
                continue
            }
            guard footerSeen, !GenrePatterns.isCopiesNote(line), !SourceLines.isRule(bytes, start, end),
                  opensMasthead(bytes, lineStarts, from: position) else { continue }
            starts.append(position)
            footerSeen = false
        }
        return starts
    }

    /// The 0-based line ranges of the issues, in order: one range of every line for a file of one issue.
    static func issueLineRanges(_ bytes: [UInt8], lineStarts: [Int]) -> [Range<Int>] {
        let bounds = [0] + laterIssueStarts(bytes, lineStarts: lineStarts) + [lineStarts.count]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// A footer line: `…印发` (with or without its date and copies) or a labelled field.
    private static func closesIssue(_ line: [UInt8]) -> Bool {
        if GenrePatterns.footerLabel(line) != nil { return true }
        // 印 near the end first: every short line is asked.
        guard line.suffix(60).firstRange(of: yin) != nil, let issued = GenrePatterns.issuedLine(line) else { return false }
        return issued.issuerEnd > 0
    }

    /// The line at `first` or one of the three non-blank lines under it is a `第 N 期` or 增刊 line,
    /// and every line before that one is short and no sentence (a 刊名, a note like `内部资料`).
    private static func opensMasthead(_ bytes: [UInt8], _ lineStarts: [Int], from first: Int) -> Bool {
        var position = first
        var seen = 0
        while position < lineStarts.count, seen < 4 {
            defer { position += 1 }
            let (start, end) = trimmed(bytes, lineStarts, position)
            guard start < end else { continue }
            seen += 1
            guard end - start <= 180 else { return false }
            let line = Array(bytes[start..<end])
            if GenrePatterns.issueMark(line) != nil || GenrePatterns.supplementMark(line) != nil { return true }
            if line.firstRange(of: fullStop) != nil || GenrePatterns.footerLabel(line) != nil { return false }
        }
        return false
    }

    private static func trimmed(_ bytes: [UInt8], _ lineStarts: [Int], _ position: Int) -> (Int, Int) {
        var start = lineStarts[position]
        var end = position + 1 < lineStarts.count ? lineStarts[position + 1] - 1 : bytes.count
        while start < end, let width = SourceLines.spaceWidth(bytes, start, end) { start += width }
        while end > start, let width = SourceLines.trailingSpaceWidth(bytes, start, end) { end -= width }
        return (start, end)
    }

    private static let yin = Array("印".utf8)
    private static let fullStop = Array("。".utf8)
}
