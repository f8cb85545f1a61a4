/// Where the issues of a file that holds several begin: an archive kept as one document, issues
/// pasted one under another, the benchmark's repeated samples. The one answer for both jobs:
/// `BulletinReader` reads each issue on its own (`ReadResult.followingIssues`) and `Checker`
/// checks each, so neither reads the next issue's masthead as text of the one before.
///
/// An issue ends with its footer: a `…印发` line, or a footer field (`送：` `发：`) that no 供稿
/// line or point follows (a notice quoted in an article is text, as for the reader). An issue
/// without a footer runs on to the end of the file, unless the file's first line (its 刊名)
/// comes again over a dated `第 N 期` line (issues pasted from a web archive, footers left
/// out). The next issue starts at the first of up to
/// four short lines without a sentence or a label (`来源：`, `地区：`) that end with a `第 N 期`
/// (or 增刊) line, dated on it or within three lines under it. What a page or a layout puts
/// between two issues (a page number, a rule, an HTML page break, `（责任编辑：…）`) is passed over
/// and stays with the issue before (the reader lists it).
enum IssueBoundaries {
    /// The 0-based indices into `lineStarts` (`SourceLines.lineStarts`) of the first line of every
    /// issue after the first; empty for a file of one issue.
    static func laterIssueStarts(_ bytes: [UInt8], lineStarts: [Int]) -> [Int] {
        scan(bytes, StartsOfLines(bytes: bytes, lineStarts: lineStarts)).starts
    }

    /// The same over the reader's lines, trimmed already.
    static func laterIssueStarts(_ bytes: [UInt8], lines: [SourceLine]) -> [Int] {
        scan(bytes, ReaderLines(lines: lines)).starts
    }

    /// A file's issues (line ranges) and its running headers: the 刊名 over this issue's own
    /// `第 N 期` line inside the issue (a PDF page's header), lines of no text that both jobs read
    /// as a page break, as they read a page number (the thirteenth audit: `探索代表工作第 23 期形成了…`).
    struct FileIssues {
        var ranges: [Range<Int>]
        var runningHeaders: Set<Int>
        /// The parts are submissions (the file opens with a `地区：标题`, no masthead), each read
        /// as one; else issues, the later ones opening with their masthead.
        var submissions = false
    }

    static func fileIssues(_ bytes: [UInt8], lineStarts: [Int]) -> FileIssues {
        let found = scan(bytes, StartsOfLines(bytes: bytes, lineStarts: lineStarts))
        return FileIssues(ranges: ranges(found.starts, lineCount: lineStarts.count), runningHeaders: found.runningHeaders, submissions: found.submissions)
    }

    static func fileIssues(_ bytes: [UInt8], lines: [SourceLine]) -> FileIssues {
        let found = scan(bytes, ReaderLines(lines: lines))
        return FileIssues(ranges: ranges(found.starts, lineCount: lines.count), runningHeaders: found.runningHeaders, submissions: found.submissions)
    }

    /// The trimmed content of each line, however the lines were split.
    protocol TrimmedLines {
        var count: Int { get }
        func trimmed(_ position: Int) -> (Int, Int)
    }

    struct StartsOfLines: TrimmedLines {
        let bytes: [UInt8]
        let lineStarts: [Int]
        var count: Int { lineStarts.count }
        func trimmed(_ position: Int) -> (Int, Int) { IssueBoundaries.trimmed(bytes, lineStarts, position) }
    }

    struct ReaderLines: TrimmedLines {
        let lines: [SourceLine]
        var count: Int { lines.count }
        func trimmed(_ position: Int) -> (Int, Int) { (lines[position].start, lines[position].end) }
    }

    /// One pass, each line looked at once (a footer field also asks up to
    /// `GenrePatterns.labelLookahead` lines under it, as the reader does): after an issue's end, the last (up to four) masthead-like
    /// lines are kept, and a `第 N 期` line among them starts the next issue at the first of them.
    private static func scan<Lines: TrimmedLines>(_ bytes: [UInt8], _ lines: Lines) -> (starts: [Int], runningHeaders: Set<Int>, submissions: Bool) {
        var starts: [Int] = []
        var runningHeaders: Set<Int> = []
        var issueEnded = false
        var mastheadLines: [Int] = []
        // The file's first line when it may be a 刊名 (short, no colon or sentence): repeated
        // over a dated `第 N 期` line, it starts the next issue though the one before has no
        // footer (issues pasted from a web archive); the lines it may stand over are counted.
        var title: (start: Int, end: Int)?
        // The first line's 刊名 when the number shares its line (`工作动态第12期`).
        var titleBeforeMark: (start: Int, end: Int)?
        var firstLineSeen = false
        var linesUnderTitle = 0
        // The current issue's number (its first `第 N 期` line): the 刊名 repeated over the same
        // number is a page's running header, no next issue (the audit).
        var issueNumber: Int?
        // A file of submissions pasted one under another (a county office's, an editor's): the
        // first line a `地区：标题`, no masthead. After a 供稿 line, the next `地区：标题` line
        // standing alone starts the next submission, read and checked on its own (the
        // seventeenth audit: the reader listed it as unplaced, the checker checked it as text).
        // Only in a file with nothing of an issue (no `第 N 期`, album or footer line anywhere):
        // an article followed by an issue, or pages of an issue without its masthead, stay one.
        var submissions = false
        var submissionStarts: [Int] = []
        var contributorInSubmission = false
        var issueEvidence = false
        var firstLineIsDate = false
        var textInSubmission = false
        for position in 0..<lines.count {
            let (start, end) = lines.trimmed(position)
            guard start < end else { continue }
            // (A submission's own date may stand over its first title.)
            if firstLineIsDate {
                firstLineIsDate = false
                if end - start <= 240, GenrePatterns.region(Array(bytes[start..<end])) != nil { submissions = true }
            }
            if submissions, !issueEvidence, end - start <= 240 {
                let line = Array(bytes[start..<end])
                // A 供稿 line right under the title ends nothing (the reader's rule too), and an
                // appendix (`附：典型案例`) under it goes on with the submission (the eighteenth audit).
                if GenrePatterns.contributorUnit(line) != nil {
                    contributorInSubmission = textInSubmission
                } else if appendixLabels.contains(where: line.starts(with:)) {
                    contributorInSubmission = false
                } else if contributorInSubmission, GenrePatterns.region(line) != nil,
                          GenrePatterns.headingStandsAlone(line, 0, line.count, scalars: GenrePatterns.scalarCount(line, 0, line.count), wrapWidth: 0)
                            || GenrePatterns.titleStopAtEnd(line) != nil {
                    submissionStarts.append(position)
                    contributorInSubmission = false
                    textInSubmission = false
                    continue
                } else if GenrePatterns.isNumberedAlbumLine(line) || GenrePatterns.isIssuingOfficeLine(line) {
                    issueEvidence = true
                }
                if GenrePatterns.region(line) == nil { textInSubmission = true }
            }
            if !firstLineSeen {
                // A handling mark over 刊名 (`内部资料`) is no 刊名; one set right of it is no part of it
                // (`代表工作　　　内部资料`: the sixteenth audit).
                if end - start <= 120, GenrePatterns.isClassificationMark(Array(bytes[start..<end])) { continue }
                firstLineSeen = true
                let facts = scan(bytes, start, end)
                firstLineIsDate = end - start <= 72 && GenrePatterns.isDateLine(bytes, start, end)
                if end - start <= 240, GenrePatterns.region(Array(bytes[start..<end])) != nil, !facts.markCharacter {
                    submissions = true
                }
                let titleEnd = end - start <= 180 ? GenrePatterns.trailingClassificationMark(Array(bytes[start..<end])).map { start + $0.fieldEnd } ?? end : end
                if titleEnd - start <= 60, facts.chineseCharacters >= 2, !facts.sentence, !facts.colonNearStart, !facts.markCharacter { title = (start, titleEnd) }
                // 刊名 and the number on one line (`工作动态第12期`, `人大工作简报 2023年第5期`).
                if facts.markCharacter, end - start <= 180, let mark = GenrePatterns.issueMark(Array(bytes[start..<end])), mark.beforeEnd >= 6, mark.beforeEnd <= 60 {
                    titleBeforeMark = (start, start + mark.beforeEnd)
                    issueNumber = mark.number
                }
                continue
            }
            // That line again with another number, dated (on it or under it): the next issue,
            // though the one before has no footer (the fourteenth audit: an archive of 工作动态).
            // Dated, it starts an issue, its number this one's again or not (an archive may hold an
            // issue twice: `stats` says so; the sixteenth audit); undated and this issue's number,
            // it is a page's running header (`isRunningHeaderLine`, below).
            if let titleBeforeMark, opens(with: titleBeforeMark, bytes, start, end),
               let mark = GenrePatterns.issueMark(Array(bytes[start..<end])), mark.beforeEnd == titleBeforeMark.end - titleBeforeMark.start,
               mark.dateStart != nil || datedLineFollows(bytes, lines, after: position) {
                starts.append(position)
                issueNumber = mark.number
                issueEnded = false
                mastheadLines = []
                continue
            }
            if !issueEnded, let title, end - start == title.end - title.start,
               bytes[start..<end].elementsEqual(bytes[title.start..<title.end]) {
                issueEnded = true
                mastheadLines = []
                linesUnderTitle = 5
            }
            if linesUnderTitle > 0 {
                linesUnderTitle -= 1
                if linesUnderTitle == 0 { issueEnded = false }
            }
            // A paragraph is no footer or masthead line, and is not scanned.
            guard end - start <= 240 else {
                mastheadLines = []
                continue
            }
            let facts = scan(bytes, start, end)
            if facts.markCharacter { issueEvidence = true }
            if issueNumber == nil, facts.markCharacter, end - start <= 180 { issueNumber = GenrePatterns.issueMark(Array(bytes[start..<end]))?.number }
            // The 刊名 and this issue's own number on one line, undated (`代表工作 第 19 期`, or the
            // one-line masthead's own line again): a page's running header in one line (the
            // fourteenth audit: read as text, --fix closed its spaces).
            else if facts.markCharacter, let title = title ?? titleBeforeMark, let issueNumber,
                    isRunningHeaderLine(bytes, start, end, title: title, issueNumber: issueNumber) {
                runningHeaders.insert(position)
                continue
            }
            if endsIssue(bytes, start, end, facts) {
                issueEvidence = true
                // A labelled line with a 供稿 line or a point still to come is article text.
                // Lazily: the recogniser stops at the next footer line, mostly the next line.
                if facts.colonNearStart, GenrePatterns.labelledLineIsText(following: (position + 1..<lines.count).lazy
                    .map { lines.trimmed($0) }.filter { $0.0 < $0.1 }
                    .map { Array(bytes[$0.0..<($0.0 + GenrePatterns.lookaheadLength($0.1 - $0.0))]) }) { continue }
                issueEnded = true
                linesUnderTitle = 0
                mastheadLines = []
                continue
            }
            guard issueEnded else { continue }
            guard end - start <= 180, !facts.sentence else {
                mastheadLines = []
                continue
            }
            // A page number, a rule of `=` or `-`, an HTML line: fewer than two Chinese characters.
            guard facts.chineseCharacters >= 2, !(facts.page && !facts.markCharacter) else { continue }
            // A labelled line (`来源：`, `时间：`, `附：`) or an article's `地区：标题` is no masthead line.
            guard !facts.colonNearStart else {
                mastheadLines = []
                continue
            }
            mastheadLines.append(position)
            if mastheadLines.count > 4 { mastheadLines.removeFirst() }
            // The 刊名 over this issue's own number, dated or not: a page's running header.
            let number = facts.markCharacter ? GenrePatterns.issueMark(Array(bytes[start..<end]))?.number : nil
            if linesUnderTitle > 0, number != nil, number == issueNumber {
                runningHeaders.formUnion(mastheadLines)
                issueEnded = false
                linesUnderTitle = 0
                mastheadLines = []
                continue
            }
            guard facts.markCharacter, let dated = markIsDated(Array(bytes[start..<end])),
                  dated || datedLineFollows(bytes, lines, after: position) else { continue }
            // Asked only here, of the few lines over a mark: what an editor puts under a footer.
            let first = mastheadLines.first { candidate in
                let (start, end) = lines.trimmed(candidate)
                let line = Array(bytes[start..<end])
                return candidate == position || !(GenrePatterns.isCopiesNote(line) || GenrePatterns.isCreditLine(line) || GenrePatterns.isProductionLine(line))
            }
            starts.append(first ?? position)
            issueEnded = false
            linesUnderTitle = 0
            issueNumber = number
            mastheadLines = []
        }
        if submissions, !issueEvidence, !submissionStarts.isEmpty, starts.isEmpty { return (submissionStarts, runningHeaders, true) }
        return (starts, runningHeaders, false)
    }

    /// What opens an appendix under a submission's 供稿 line (`附：典型案例`, `附件1`).
    private static let appendixLabels = ["附：", "附:", "附件"].map { Array($0.utf8) }

    /// `[start, end)` opens with the bytes of `prefix` (offsets into `bytes`) and is short.
    private static func opens(with prefix: (start: Int, end: Int), _ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let length = prefix.end - prefix.start
        return end - start > length && end - start <= 180 && bytes[start..<(start + length)].elementsEqual(bytes[prefix.start..<prefix.end])
    }

    /// `[start, end)` is the 刊名 `title` and then the mark of issue `issueNumber`, with no date.
    private static func isRunningHeaderLine(_ bytes: [UInt8], _ start: Int, _ end: Int, title: (start: Int, end: Int), issueNumber: Int) -> Bool {
        let titleLength = title.end - title.start
        // (A header set right, spaced wide: `代表工作　　　…　第19期`.)
        guard end - start > titleLength, end - start <= titleLength + 120,
              bytes[start..<(start + titleLength)].elementsEqual(bytes[title.start..<title.end]) else { return false }
        let (restStart, restEnd) = SourceLines.trimmed(bytes, start + titleLength, end)
        guard restEnd - restStart <= 40 else { return false }
        let rest = Array(bytes[restStart..<restEnd])
        guard let mark = GenrePatterns.issueMark(rest), mark.number == issueNumber else { return false }
        return markIsDated(rest) == false
    }

    /// Whether the line is a `第 16 期` line, also `第１６期` in full-width digits (OCR, Word: read as
    /// the reader reads the line, `TextBuilder`), or 增刊 (nil when it is none), and whether its
    /// date stands on it.
    private static func markIsDated(_ line: [UInt8]) -> Bool? {
        if let mark = GenrePatterns.issueMark(line) { return mark.dateStart != nil }
        if GenrePatterns.supplementMark(line) != nil { return false }
        var builder = TextBuilder()
        builder.append(line, 0, line.count, rules: NormaliseRules())
        guard builder.bytes != line, let mark = GenrePatterns.issueMark(builder.bytes) else { return nil }
        return mark.dateStart != nil
    }

    /// A masthead is dated: one of the three non-blank lines under the mark ends with a date (the
    /// issuing body's line, or the date alone). `来源：《人大建设》2023年第5期` under an article is no
    /// masthead.
    private static func datedLineFollows<Lines: TrimmedLines>(_ bytes: [UInt8], _ lines: Lines, after mark: Int) -> Bool {
        var position = mark + 1
        var seen = 0
        while position < lines.count, seen < 3 {
            defer { position += 1 }
            let (start, end) = lines.trimmed(position)
            guard start < end else { continue }
            seen += 1
            if end - start <= 180, GenrePatterns.trailingDateStart(Array(bytes[start..<end])) != nil { return true }
        }
        return false
    }

    private static func ranges(_ laterStarts: [Int], lineCount: Int) -> [Range<Int>] {
        let bounds = [0] + laterStarts + [lineCount]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// A footer line: `…印发` with an issuer, or a labelled field. (Not a 供稿 line: after one, an
    /// article's title `焦作市：代表讲堂第5期`, a Word table's `第一期` / `2023年5月8日` or a web
    /// page's `来源：《代表工作》第5期` / `发布时间：…` would read as the next masthead.)
    private static func endsIssue(_ bytes: [UInt8], _ start: Int, _ end: Int, _ facts: LineFacts) -> Bool {
        // Rebased: the recogniser counts from 0.
        if facts.colonNearStart,
           bytes.withUnsafeBufferPointer({ GenrePatterns.footerLabel(UnsafeBufferPointer(rebasing: $0[start..<end])) != nil }) { return true }
        return facts.yinNearEnd && GenrePatterns.isIssuerLine(Array(bytes[start..<end]))
    }

    /// What one pass over a line tells: enough to ask a recogniser only where it may answer.
    struct LineFacts {
        /// A 。: a sentence, no masthead line.
        var sentence = false
        /// 第 before 期, or 刊: it may be the `第 N 期` or 增刊 line.
        var markCharacter = false
        /// 页: `第 4 页 共 4 页`.
        var page = false
        /// A colon within the first 15 bytes: it may be a footer field.
        var colonNearStart = false
        /// 印 within the last 60 bytes: it may be a `…印发` line.
        var yinNearEnd = false
        var chineseCharacters = 0
    }

    private static func scan(_ bytes: [UInt8], _ start: Int, _ end: Int) -> LineFacts {
        var facts = LineFacts()
        var di = false
        var index = start
        while index < end {
            let lead = bytes[index]
            if lead == 0x3A, index - start < 15 { facts.colonNearStart = true }
            guard lead >= 0xE0, lead < 0xF0, index + 3 <= end else { index += lead >= 0xF0 ? 4 : 1; continue }
            switch (lead, bytes[index + 1], bytes[index + 2]) {
            case (0xE3, 0x80, 0x82): facts.sentence = true                              // 。
            case (0xE7, 0xAC, 0xAC): di = true                                          // 第
            case (0xE6, 0x9C, 0x9F): facts.markCharacter = facts.markCharacter || di    // 期
            case (0xE5, 0x88, 0x8A): facts.markCharacter = true                        // 刊
            case (0xE9, 0xA1, 0xB5): facts.page = true                                  // 页
            case (0xE5, 0x8D, 0xB0): if end - index <= 60 { facts.yinNearEnd = true }   // 印
            case (0xEF, 0xBC, 0x9A): if index - start < 15 { facts.colonNearStart = true }   // ：
            default: break
            }
            if lead >= 0xE4, lead <= 0xE9 { facts.chineseCharacters += 1 }
            index += 3
        }
        return facts
    }

    private static func trimmed(_ bytes: [UInt8], _ lineStarts: [Int], _ position: Int) -> (Int, Int) {
        SourceLines.trimmed(bytes, lineStarts[position], position + 1 < lineStarts.count ? lineStarts[position + 1] - 1 : bytes.count)
    }
}
