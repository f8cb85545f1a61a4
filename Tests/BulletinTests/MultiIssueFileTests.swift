import SourceText
import XCTest
@testable import Bulletin

/// A file that holds several issues — an archive kept as one document, issues pasted one under
/// another — is read and checked issue by issue (`IssueBoundaries`): before, `parse` read the
/// first and listed the rest line by line, and `check` read the second masthead as text of the
/// first issue's footer (false S4, S6, R2, A1 and P4 findings).
final class MultiIssueFileTests: XCTestCase {
    private func lines(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: false).count - 1 }

    /// Findings as `line:column RULE message`, lines moved down by `shift`.
    private func summary(_ result: CheckResult, shift: Int = 0) -> [String] {
        result.findings.map { "\($0.range.start.line + shift):\($0.range.start.column) \($0.finding.rule.code) \($0.finding.message)" }
    }

    /// Two samples one under the other: each issue read as when it stands alone.
    func testEachIssueOfTwoSamplesIsReadAsAlone() throws {
        let first = try Seeds.text(Seeds.recentIssue11), second = try Seeds.text(Seeds.all[3])
        let text = first + "\n" + second
        let issues = BulletinReader.read(text).issuesInFile
        XCTAssertEqual(issues.map(\.kind), [.issue, .issue])
        XCTAssertEqual(issues[0].bulletin, BulletinReader.read(first).bulletin)
        XCTAssertEqual(issues[1].bulletin, BulletinReader.read(second).bulletin)
        XCTAssertEqual(issues.map(\.unplaced.count), [0, 0])
        // The second issue's ranges are the file's lines.
        let offset = lines(first + "\n")
        XCTAssertEqual(issues[1].layout.masthead.issueLine?.range.start.line,
                       BulletinReader.read(second).layout.masthead.issueLine.map { $0.range.start.line + offset })
        XCTAssertEqual(issues[1].startLine, (second.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { !$0.isEmpty } ?? 0) + offset + 1)
    }

    /// `check` of the two samples reports what it reports on each alone, at the file's lines.
    func testCheckOfTwoSamplesIsTheChecksOfEach() throws {
        let first = try Seeds.text(Seeds.recentIssue11), second = try Seeds.text(Seeds.all[3])
        let offset = lines(first + "\n")
        let together = Checker.check(first + "\n" + second)
        XCTAssertEqual(together.kind, .issue)
        XCTAssertEqual(summary(together), summary(Checker.check(first)) + summary(Checker.check(second), shift: offset))
        XCTAssertFalse(together.findings.contains { ["S4", "S6", "R2"].contains($0.finding.rule.code) })
    }

    /// A whole issue of one article, dated `date`, with lines over its 第 N 期 line when given.
    static func issue(_ number: Int, date: String, article: String, overMark: String = "") -> String {
        ["代表工作", overMark, "第 \(number) 期", "河南省人大常委会代表工作委员会 \(date)", article,
         "送：省人大常委会主任、副主任、秘书长", "发：各省辖市人大常委会、济源示范区人大工委",
         "河南省人大常委会代表工作委员会 \(date)印发"].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static let nextIssue = issue(12, date: "2026年4月20日", article: ReadingShapes.jiaozuo, overMark: "（内部资料 注意保存）")
    static let firstIssue = issue(11, date: "2026年4月13日", article: ReadingShapes.zhengzhou)

    /// A masthead may open with lines over 第 N 期 (刊名, `内部资料`): the next issue starts at its first.
    func testNextIssueStartsAtTheFirstLineOfItsMasthead() {
        let text = Self.firstIssue + "\n\n" + Self.nextIssue + "\n"
        let issues = BulletinReader.read(text).issuesInFile
        XCTAssertEqual(issues.map { $0.bulletin?.masthead.issueNumber }, [11, 12])
        XCTAssertEqual(issues[1].startLine, lines(Self.firstIssue + "\n\n") + 1)
        XCTAssertEqual(issues[1].bulletin?.masthead.title, "代表工作")
        XCTAssertEqual(issues.map { $0.bulletin?.articles.map(\.region) }, [["郑州市"], ["焦作市"]])
        XCTAssertEqual(issues.map { $0.bulletin?.footer?.issuer }, ["河南省人大常委会代表工作委员会", "河南省人大常委会代表工作委员会"])
        // Each issue is checked as when it stands alone.
        XCTAssertEqual(summary(Checker.check(text)), summary(Checker.check(Self.firstIssue)) + summary(Checker.check(Self.nextIssue), shift: lines(Self.firstIssue + "\n\n")))
    }

    /// A footer of 送 and 发 without a 印发 line still ends the issue.
    func testFooterWithoutIssuedLineEndsTheIssue() {
        let first = Self.firstIssue.replacingOccurrences(of: "\n\n河南省人大常委会代表工作委员会 2026年4月13日印发", with: "")
        XCTAssertFalse(first.contains("印发"))
        let text = first + "\n\n" + Self.nextIssue + "\n"
        let issues = BulletinReader.read(text).issuesInFile
        XCTAssertEqual(issues.map { $0.bulletin?.masthead.issueNumber }, [11, 12])
        // The first issue lacks its 印发 line (S9), and is told so in its own lines.
        let shift = lines(first + "\n\n")
        XCTAssertEqual(summary(Checker.check(text)), summary(Checker.check(first)) + summary(Checker.check(Self.nextIssue), shift: shift))
        XCTAssertEqual(Checker.check(text).findings.filter { $0.finding.rule.code == "S9" }.map { $0.range.start.line < shift }, [true])
    }

    /// An issue without a footer (a web archive's pages pasted one under another): the file's
    /// first line, its 刊名, repeated over a dated `第 N 期` line starts the next issue. Before, the
    /// two were one issue: the second masthead read as a third article (S5, S8, A1, P8).
    func testTheTitleRepeatedStartsTheNextIssueWithoutAFooter() {
        let footer = "\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会、济源示范区人大工委\n\n河南省人大常委会代表工作委员会 2026年4月13日印发"
        let first = Self.firstIssue.replacingOccurrences(of: footer, with: "")
        XCTAssertFalse(first.contains("送："))
        let text = first + "\n\n" + Self.nextIssue + "\n"
        let issues = BulletinReader.read(text).issuesInFile
        XCTAssertEqual(issues.map { $0.bulletin?.masthead.issueNumber }, [11, 12])
        XCTAssertEqual(issues.map { $0.bulletin?.articles.map(\.region) }, [["郑州市"], ["焦作市"]])
        let shift = lines(first + "\n\n")
        XCTAssertEqual(summary(Checker.check(text)), summary(Checker.check(first)) + summary(Checker.check(Self.nextIssue), shift: shift))
        // The 刊名 alone in an article's text, with no dated mark under it, starts nothing.
        let mention = first.replacingOccurrences(of: "（郑州市人大常委会代表工委供稿）", with: "代表工作\n\n第一期培训班于2026年4月开班。\n\n（郑州市人大常委会代表工委供稿）")
        XCTAssertEqual(BulletinReader.read(mention).issuesInFile.count, 1)
    }

    /// `（共印30份）` under the 印发 line is the first issue's, not the start of the next.
    func testCopiesNoteUnderTheIssuedLineStaysWithItsIssue() {
        let text = Self.firstIssue + "\n\n（共印30份）\n\n" + Self.nextIssue + "\n"
        let issues = BulletinReader.read(text).issuesInFile
        XCTAssertEqual(issues.map { $0.bulletin?.footer?.copies }, [30, nil])
        XCTAssertEqual(issues[1].startLine, lines(Self.firstIssue + "\n\n（共印30份）\n\n") + 1)
    }

    /// Text after a footer that opens no masthead stays with the issue, listed as before; a
    /// sentence over a `第 N 期` line is no masthead line.
    func testTextAfterTheFooterThatOpensNoMastheadIsListed() {
        let text = Self.firstIssue + "\n\n本期共刊发文章一篇。\n\n（完）\n"
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.issuesInFile.count, 1)
        XCTAssertEqual(result.unplaced.map(\.text), ["本期共刊发文章一篇。", "（完）"])
        XCTAssertTrue(result.unplaced.allSatisfy { $0.message.contains("不是下一期的刊头") })
        let sentenceOverMark = Self.firstIssue + "\n\n下一期将刊发焦作市的经验。\n第 12 期\n2026年4月20日\n"
        let lines = Array(sentenceOverMark.utf8)
        XCTAssertEqual(IssueBoundaries.laterIssueStarts(lines, lineStarts: SourceLines.lineStarts(lines)).map { $0 + 1 }, [self.lines(sentenceOverMark) - 1])
    }

    /// 第 N 期 inside an issue, before its footer, starts nothing (a title `第3期培训班` is no mark either).
    func testIssueMarkBeforeAnyFooterStartsNothing() {
        let text = Self.firstIssue.replacingOccurrences(of: "今年以来，", with: "第 3 期\n\n今年以来，")
        let bytes = Array(text.utf8)
        XCTAssertEqual(IssueBoundaries.laterIssueStarts(bytes, lineStarts: SourceLines.lineStarts(bytes)), [])
    }

    /// Markdown issues drafted one under the other, and a suppression comment in the second issue
    /// that names its own line (the checker's lines of a later issue are counted from its first).
    func testDraftedMarkdownIssuesAndASuppressionInTheSecond() throws {
        let eleven = try CheckSeedTests.drafted("issue-11.yaml", format: "md"), sixteen = try CheckSeedTests.drafted("issue-16.yaml", format: "md")
        let issues = BulletinReader.read(eleven + "\n" + sixteen).issuesInFile
        XCTAssertEqual(issues.map { $0.bulletin?.masthead.issueNumber }, [11, 16])
        XCTAssertEqual(issues[1].bulletin, BulletinReader.read(sixteen).bulletin)

        // A stray space in the second issue's first point, once reported and once suppressed.
        let spaced = sixteen.replacingOccurrences(of: "常委会", with: "常委 会", options: [], range: sixteen.range(of: "常委会", range: sixteen.range(of: "一、")!.lowerBound..<sixteen.endIndex))
        let text = eleven + "\n" + spaced
        let reported = Checker.check(text).findings.filter { $0.finding.rule.code == "P4" }
        XCTAssertEqual(reported.count, 1)
        let line = reported[0].range.start.line
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("<!-- jianbao-disable-next-line P4 -->", at: line - 1)
        XCTAssertEqual(Checker.check(lines.joined(separator: "\n")).findings.filter { $0.finding.rule.code == "P4" }.count, 0)
    }

    /// An archive file counts each of its issues on the desk (`jianbao stats`).
    func testDeskFileOfSeveralIssuesKeepsEach() throws {
        let file = DeskFile.read(text: Self.firstIssue + "\n\n" + Self.nextIssue + "\n", forDrafting: false)
        XCTAssertEqual(file.bulletin?.masthead.issueNumber, 11)
        XCTAssertEqual(file.followingBulletins.map(\.masthead.issueNumber), [12])
    }

    // MARK: What stands between two issues (audit, December 2026)

    /// A page number, a rule, an HTML page break or an editor's line between two issues stays with
    /// the issue before: the next one starts at its masthead's first line, 刊名 and all. Before,
    /// such a line became the second issue's 刊名 (`刊名: - 4 -`), or its 期号 and date were lost.
    func testLinesBetweenIssuesStayWithTheIssueBefore() {
        for between in ["- 4 -", "— 4 —", "4", "第 4 页 共 4 页", "=====================", "＝＝＝＝＝＝",
                        "（责任编辑：张三  校对：李四）", "<div style=\"page-break-after: always;\"></div>"] {
            for gap in ["\n\n", "\n"] {
                let text = Self.firstIssue + "\n\n" + between + gap + Self.nextIssue + "\n"
                let issues = BulletinReader.read(text).issuesInFile
                XCTAssertEqual(issues.map { $0.bulletin?.masthead.issueNumber }, [11, 12], between)
                XCTAssertEqual(issues.last?.bulletin?.masthead.title, "代表工作", between)
                XCTAssertEqual(issues.last?.startLine, lines(Self.firstIssue + "\n\n" + between + gap) + 1, between)
                XCTAssertEqual(issues.last?.bulletin, BulletinReader.read(Self.nextIssue).bulletin, between)
            }
        }
    }

    /// `第１６期` in full-width digits (OCR, Word) opens an issue as `第 16 期` does.
    func testFullWidthIssueNumberOpensTheNextIssue() {
        let next = Self.nextIssue.replacingOccurrences(of: "第 12 期", with: "第１２期")
        let issues = BulletinReader.read(Self.firstIssue + "\n\n" + next + "\n").issuesInFile
        XCTAssertEqual(issues.map { $0.bulletin?.masthead.issueNumber }, [11, 12])
    }

    /// An issue without a footer runs to the end of the file: what follows its last 供稿 line is
    /// not taken for the next masthead, however it looks — unless it repeats the file's first line
    /// over a dated mark (`testTheTitleRepeatedStartsTheNextIssueWithoutAFooter`; the next issue
    /// below opens with `代表工作` too, so the case is there). A fresh-eyes audit found ending an issue
    /// at a 供稿 line split ordinary issues: an article titled `焦作市：代表讲堂第10期` with a
    /// `时间：2023年5月8日` line, a Word table's `第一期` / `2023年5月8日` cells, a PDF's running
    /// header `代表工作 第5期 2023年5月8日` on every page, a web page's `来源：《代表工作》第5期` /
    /// `发布时间：…` and `往期回顾` lines.
    func testNothingAfterAContributorLineStartsAnIssue() {
        let firstWithoutFooter = String(Self.firstIssue[..<Self.firstIssue.range(of: "\n\n送：")!.lowerBound])
        XCTAssertTrue(firstWithoutFooter.hasSuffix("供稿）"))
        let articleTitledWithAnIssue = Self.firstIssue.replacingOccurrences(of: "（郑州市人大常委会代表工委供稿）", with: """
        （郑州市人大常委会代表工委供稿）

        焦作市：“人大代表讲堂”开讲第10期

        主讲人：张三

        时间：2023年5月8日

        5月8日，焦作市“人大代表讲堂”开讲第10期。

        （焦作市人大常委会代表工委供稿）
        """)
        let table = ReadingShapes.zhengzhou + "\n\n焦作市：分期分批轮训代表\n\n焦作市分三期轮训代表，具体安排如下\n\n期次\n\n开班时间\n\n第一期\n\n2023年5月8日\n\n（焦作市人大常委会代表工委供稿）\n"
        let runningHeader = ReadingShapes.zhengzhou + "\n\n- 1 -\n\n代表工作 第5期 2023年5月8日\n\n" + ReadingShapes.jiaozuo + "\n"
        let webPage = ReadingShapes.zhengzhou + "\n\n来源：《代表工作》第5期\n\n发布时间：2023年5月8日\n\n往期回顾\n\n《代表工作》第4期 2023年4月10日\n"
        let nextWithAnotherTitle = Self.nextIssue.replacingOccurrences(of: "代表工作\n", with: "人大工作简报\n")
        for (name, text) in [("no footer", firstWithoutFooter + "\n\n" + nextWithAnotherTitle + "\n"), ("title", articleTitledWithAnIssue),
                             ("table", table), ("running header", runningHeader), ("web page", webPage),
                             ("article, then an issue", ReadingShapes.zhengzhou + "\n\n" + Self.nextIssue + "\n")] {
            let bytes = Array(text.utf8)
            XCTAssertEqual(IssueBoundaries.laterIssueStarts(bytes, lineStarts: SourceLines.lineStarts(bytes)), [], name)
            XCTAssertEqual(BulletinReader.read(text).issuesInFile.count, 1, name)
        }
        // The issue with the article titled so is one issue with both articles and its footer.
        let read = BulletinReader.read(articleTitledWithAnIssue)
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["郑州市", "焦作市"])
        XCTAssertNotNil(read.bulletin?.footer)
        XCTAssertFalse(Checker.check(articleTitledWithAnIssue).findings.contains { ["S2", "S9"].contains($0.finding.rule.code) })
    }

    /// A notice quoted in an article (`抄送：` then `第一期` …) with the article going on to its
    /// 供稿 line is text, as the reader reads a labelled line with a 供稿 line to come: no new issue.
    func testNoticeQuotedInAnArticleSplitsNothing() {
        let quoted = Self.firstIssue.replacingOccurrences(of: "（郑州市人大常委会代表工委供稿）", with: """
        通知全文如下：

        抄送：各县（市、区）人大常委会

        培训安排

        第一期

        4月10日至12日

        （郑州市人大常委会代表工委供稿）
        """)
        XCTAssertNotEqual(quoted, Self.firstIssue)
        let bytes = Array(quoted.utf8)
        XCTAssertEqual(IssueBoundaries.laterIssueStarts(bytes, lineStarts: SourceLines.lineStarts(bytes)), [])
        XCTAssertEqual(BulletinReader.read(quoted).issuesInFile.count, 1)
    }

    /// A finding about what a later issue lacks, with nothing to point at, is at that issue's start
    /// (not at 1:1, in the issue before).
    func testFindingOfALaterIssueWithNothingToPointAtIsAtItsStart() {
        let empty = "代表工作\n\n第 12 期\n\n河南省人大常委会代表工作委员会 2026年4月20日\n"
        let text = Self.firstIssue + "\n\n" + empty
        let start = lines(Self.firstIssue + "\n\n") + 1
        let album = Checker.check(text).findings.filter { $0.finding.rule.code == "S3" }.map(\.range.start.line)
        let firstAlone = Checker.check(Self.firstIssue).findings.filter { $0.finding.rule.code == "S3" }.map(\.range.start.line)
        XCTAssertEqual(album, firstAlone + [start])
    }

    /// A masthead is dated (on its 第 N 期 line or within three lines under it) and has no label:
    /// after a footer, a `第 12 期` line with a title under it and no date starts nothing, nor does a
    /// source line `来源：《人大建设》2023年第5期` over a date.
    func testUndatedOrLabelledIssueMarkAfterAFooterStartsNothing() {
        for tail in ["代表工作\n\n第 12 期\n\n郑州市：另一篇文章的标题", "来源：《人大建设》2023年第5期\n\n2023年5月8日"] {
            let text = Self.firstIssue + "\n\n" + tail + "\n"
            let bytes = Array(text.utf8)
            XCTAssertEqual(IssueBoundaries.laterIssueStarts(bytes, lineStarts: SourceLines.lineStarts(bytes)), [], tail)
        }
        let dated = Self.firstIssue + "\n\n代表工作\n\n第 12 期 2026年4月20日\n\n" + ReadingShapes.jiaozuo + "\n"
        XCTAssertEqual(BulletinReader.read(dated).issuesInFile.map { $0.bulletin?.masthead.issueNumber }, [11, 12])
    }
}

/// An issue whose masthead was not printed (a web re-post without 报头) is an issue to both jobs,
/// known by its album line or its 印发 line (`Survey.hasIssueEvidence`, as `TextLayout` reads it).
final class IssueWithoutMastheadTests: XCTestCase {
    func testAlbumOrIssuedLineMakesAnIssueForBothJobs() {
        for shape in [ReadingShapes.issueWithoutMasthead, ReadingShapes.issueWithoutMastheadOrFooter, ReadingShapes.issueKnownByItsIssuedLine] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.kind, .issue, shape.name)
            XCTAssertEqual(read.bulletin?.articles.map(\.region), ["郑州市", "焦作市"], shape.name)
            XCTAssertEqual(read.unplaced.map(\.text), [], shape.name)
            XCTAssertEqual(Checker.check(shape.text).kind, .issue, shape.name)
            // Told what the masthead lacks, by the notes' comments and by S2.
            XCTAssertTrue(read.missingFields.contains("原文没有期号，请补上“期号”后再起草"), shape.name)
            XCTAssertTrue(Checker.check(shape.text).findings.contains { $0.finding.rule.code == "S2" }, shape.name)
        }
        // Nothing of the masthead was printed: the notes leave 编发单位 to the profile, and say so.
        let read = BulletinReader.read(ReadingShapes.issueWithoutMasthead.text)
        XCTAssertTrue(read.missingFields.contains("原文没有编发单位，起草时用画像中的编发单位"), "\(read.missingFields)")
        if case .mapping(let pairs)? = read.notes(profile: .standard) { XCTAssertFalse(pairs.contains { $0.0 == "编发单位" }) } else { XCTFail("no notes") }
    }

    /// A fresh-eyes audit: a line that only mentions a 专辑 (a point, a caption) is no evidence of an
    /// issue, nor is an office's 印发 line in a text without a `地区：` heading; `--article` is obeyed.
    func testWeakEvidenceLeavesASubmissionAnArticle() {
        for shape in [ReadingShapes.submissionMentioningAnAlbum, ReadingShapes.untitledSubmissionQuotingAnIssuedLine] {
            XCTAssertEqual(BulletinReader.read(shape.text).kind, .article, shape.name)
            XCTAssertEqual(Checker.check(shape.text).kind, .article, shape.name)
        }
        let forced = BulletinReader.read(ReadingShapes.issueWithoutMasthead.text, options: ReadOptions(forceArticle: true))
        XCTAssertEqual(forced.kind, .article)
    }
}

/// A submission without a title, known by its 供稿 line: an article without a heading to both jobs.
final class UntitledSubmissionTests: XCTestCase {
    /// A title typed with a full stop, or a short covering sentence, is no untitled submission's
    /// prose (`GenrePatterns.opensWithProse`): 30 characters or more, a clause mark inside, a full stop last.
    func testATitleWithAFullStopIsNoProse() {
        XCTAssertFalse(GenrePatterns.opensWithProse(Array("新县人大常委会召开代表主题活动推进会。".utf8)))
        XCTAssertFalse(GenrePatterns.opensWithProse(Array("现将我县代表主题活动开展情况报送如下。".utf8)))
        XCTAssertTrue(GenrePatterns.opensWithProse(Array("今年以来,新县人大常委会紧扣主题活动要求,组织全县各级人大代表履职尽责,取得明显成效.".utf8)))
        let titled = "新县人大常委会召开代表主题活动推进会。\n\n今年以来，新县人大常委会紧扣主题活动要求。\n\n（新县人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(titled).article?.headline, "新县人大常委会召开代表主题活动推进会")
        XCTAssertFalse(Checker.check(titled).findings.contains { $0.finding.message.hasPrefix("文章没有标题") })
    }

    /// A 供稿 line typed at the top, where a title stands, is no 供稿 line: S8 still asks for one at the
    /// end (an audit caught the untitled change losing it).
    func testContributorLineOnTopIsNoContributorLine() {
        let text = "（新县人大常委会代表工委供稿）\n\n今年以来，新县人大常委会紧扣主题活动要求，组织全县各级人大代表履职尽责，取得明显成效。\n\n一、聚焦产业发展，助推经济提质。组织代表开展调研12次。\n"
        XCTAssertEqual(Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["1 S5", "5 S8"])
    }

    func testReadAndCheckedAsAnArticleWithoutATitle() {
        for shape in [ReadingShapes.untitledSubmission, ReadingShapes.untitledSubmissionOnePerLine] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.kind, .article, shape.name)
            XCTAssertEqual(read.article?.headline, "", shape.name)
            XCTAssertTrue(read.article?.lead.first?.hasPrefix("今年以来，郑州市人大常委会") == true, shape.name)
            XCTAssertEqual(read.article?.points.count, 2, shape.name)
            XCTAssertEqual(read.article?.contributor, "郑州市人大常委会代表工委", shape.name)
            XCTAssertTrue(read.missingFields.contains("没有读到标题，请补上“标题”后再起草"), "\(shape.name): \(read.missingFields)")
            let checked = Checker.check(shape.text)
            XCTAssertEqual(checked.kind, .article, shape.name)
            XCTAssertEqual(checked.findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code) \($0.finding.message)" },
                           ["1:1 S5 文章没有标题：在第一段之前补上“地区：标题”一行，如“郑州市：高位部署强担当 凝心聚力启新程”"], shape.name)
        }
    }
}
