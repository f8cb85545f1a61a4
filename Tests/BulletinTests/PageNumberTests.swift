import XCTest
@testable import Bulletin

/// Page numbers that PDF extraction leaves between two pages, on lines of their own (`- 2 -`,
/// `— 3 —`, `第 4 页 共 8 页`): no text but a page break, to both jobs alike
/// (`GenrePatterns.isPageNumberLine`). A user audit (December 2026) found `parse` writing `- 2 -`
/// into the sentence the page cut (`给予充分- 2 -肯定`) and keeping `— 3 —` as a paragraph of a
/// point, while `check` said nothing of the cut sentence and gave `— 3 —` a P8.
final class PageNumberTests: XCTestCase {
    private static let article = ReadingShapes.pageNumbersInArticle.text

    private static let joinedSentence = "市人大常委会迅速启动活动方案制定工作，市委对活动筹备工作给予充分肯定，并就深化代表主题活动提出明确要求。"

    private func codes(_ text: String) -> [String] {
        Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
    }

    // MARK: The recogniser

    func testPageNumberShapes() {
        func shape(_ line: String) -> GenrePatterns.PageNumberShape? {
            let bytes = Array(line.utf8)
            return GenrePatterns.pageNumberShape(bytes, 0, bytes.count)
        }
        for line in ["- 2 -", "— 3 —", "－ ４ －", "-5-", "–12–", "―7―", "-- 8 --", "— 123 —", "－４－",
                     "第 4 页 共 8 页", "第4页", "第 4 页", "第4页/共8页", "第 4 页，共 8 页", "第4页共8页"] {
            XCTAssertEqual(shape(line), .marked, line)
        }
        for line in ["2", "12", "３"] { XCTAssertEqual(shape(line), .bare, line) }
        for line in ["2.", "2、", "（2）", "(2)", "二", "2026", "0", "02", "- 2", "2 -", "- 2 —", "-- 2 -", "--- 2 ---", "---", "- - -",
                     "- 郑州市：高位部署强担当", "- 2026 -", "第 4 页 共", "第 4 期", "第四页", "共 8 页", "第 4 页 2026",
                     "2-3", "— 3 — 4 —", "4月10日", "- 2 -。"] {
            XCTAssertNil(shape(line), line)
        }
    }

    /// A number alone on its line is never a page number (the audit: `有` / `3` / `项` in a
    /// sentence, a table's cell `120`); a marked one is, unless the nearest line with text over or
    /// under it is marked too (`- 1 -` / `- 2 -` / `- 3 -` in a row are a list).
    func testABareNumberOrARunOfMarkedOnesIsNoPageNumber() {
        func isPage(_ text: String, line: Int) -> Bool {
            let bytes = Array(text.utf8)
            let starts = SourceLines.lineStarts(bytes)
            let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            return GenrePatterns.isPageNumberLine(bytes, starts[line], end, lineStarts: starts, line: line)
        }
        XCTAssertFalse(isPage("市委对活动筹备工作，给予充分\n\n2\n\n肯定，并提出明确要求。", line: 2))
        XCTAssertFalse(isPage("全市共收集意见建议，共有\n\n3\n\n项已办结。", line: 2))
        XCTAssertFalse(isPage("代表人数\n\n120\n\n联络站", line: 2))
        XCTAssertFalse(isPage("名单如下：\n\n- 1 -\n\n- 2 -\n\n- 3 -", line: 4))
        XCTAssertTrue(isPage("市委对活动筹备工作，给予充分\n\n- 2 -\n\n肯定，并提出明确要求。", line: 2))
        // Marked ones need no context.
        XCTAssertTrue(isPage("代表人数\n- 2 -\n联络站", line: 1))
    }

    // MARK: parse

    func testTheReaderDropsPageNumbersAndJoinsTheCutSentence() throws {
        let read = BulletinReader.read(Self.article)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.points.count, 3)
        XCTAssertEqual(article.points[0].body, [Self.joinedSentence])
        XCTAssertEqual(article.points[1].body, ["4月10日，市人大常委会召开工作推进会议。"])
        XCTAssertFalse(read.paragraphs.contains { $0.text.contains("- 2 -") || $0.text.contains("— 3 —") })
        XCTAssertEqual(read.unplaced.map(\.text), [])
        let repairs = read.repairs.filter { [.droppedPageNumber, .joinedPageBreak].contains($0.kind) }
        XCTAssertEqual(repairs.map { "\($0.range.start.line) \($0.kind.rawValue) \($0.message)" }, [
            "5 page-break 第 5 行的段落在句中断开（分页），已与第 9 行接合",
            "7 page-number 第 7 行“- 2 -”是分页处的页码，不是正文，已删去",
            "13 page-number 第 13 行“— 3 —”是分页处的页码，不是正文，已删去",
        ])
    }

    /// Word's layout, a paragraph a line: the page number breaks the page there too.
    func testOneParagraphPerLine() throws {
        let text = ReadingShapes.pageNumbersOnePerLine.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.body), [[Self.joinedSentence], ["4月10日，市人大常委会召开工作推进会议。"], ["组织代表开展专题调研。"]])
        XCTAssertEqual(codes(text), ["3 A1", "7 A1"])
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
        XCTAssertFalse(fixed.contains("-2-") || fixed.contains("- 3 -"), fixed)
        XCTAssertTrue(fixed.contains("给予充分肯定，并就"), fixed)
        XCTAssertEqual(codes(fixed), [])
    }

    /// An issue: `第 2 页 共 4 页` under a line left open, `－ ３ －` between a lead and a point, a
    /// `—3—` in a cut sentence, `- 4 -` under the footer; the contents, articles and footer
    /// read as without them.
    func testAnIssueWithPageNumbers() throws {
        let text = ReadingShapes.pageNumbersInIssue.text
        let read = BulletinReader.read(text)
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertEqual(bulletin.articles.count, 2)
        XCTAssertEqual(bulletin.articles[0].points[0].body, ["市人大常委会迅速启动活动方案制定工作，逐条细化任务清单。"])
        XCTAssertEqual(bulletin.articles[1].lead, ["焦作市人大常委会闻令而动，迅速部署主题活动。"])
        XCTAssertEqual(bulletin.articles[1].points[1].body, ["各县（市、区）人大常委会结合实际制定工作方案。"])
        XCTAssertEqual(bulletin.footer?.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(read.unplaced.map(\.text), [])
        XCTAssertEqual(read.repairs.filter { $0.kind == .droppedPageNumber }.count, 4)
        let findings = Checker.check(text).findings
        XCTAssertEqual(findings.map(\.finding.rule.code), ["A1", "A1", "A1", "A1"], "\(findings.map(\.finding.message))")
        let fixed = Fixer.fixed(bytes: Array(text.utf8)).bytes
        XCTAssertEqual(Checker.check(bytes: fixed).findings.map(\.finding.rule.code), [])
        XCTAssertEqual(BulletinReader.read(bytes: fixed).bulletin, bulletin)
    }

    // MARK: check

    func testCheckReportsTheCutAndThePageNumberWithA1AndNoP8() {
        let findings = Checker.check(Self.article).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code) \($0.finding.message)" }, [
            "5:44 A1 段落在句中被分页断开，中间夹着页码“- 2 -”：删去页码，与下一段连成一段",
            "13:1 A1 页码“— 3 —”是分页处留下的，不是正文：删去这一行",
        ])
        XCTAssertTrue(findings.allSatisfy { $0.finding.fix != nil })
    }

    func testFixJoinsTheSentenceAndDeletesThePageNumbers() {
        let fixed = String(decoding: Fixer.fixed(bytes: Array(Self.article.utf8)).bytes, as: UTF8.self)
        XCTAssertEqual(fixed, """
        郑州市：高位部署强担当 凝心聚力启新程

        郑州市人大常委会坚持高位谋划、系统推进、精准发力，全面启动年度代表主题活动。

        一、精准对标明确方向。\(Self.joinedSentence)

        二、上下联动掀热潮。4月10日，市人大常委会召开工作推进会议。

        三、系统发力求实效。组织代表开展专题调研。

        （郑州市人大常委会代表工委供稿）
        """ + "\n")
        XCTAssertEqual(codes(fixed), [])
        // What parse reads from the fixed text is what it read before the fix.
        XCTAssertEqual(BulletinReader.read(fixed).article, BulletinReader.read(Self.article).article)
    }

    /// A page number last in the text goes with the blank lines over it; the line break of the
    /// paragraph over it stays.
    func testAPageNumberLastInTheText() {
        let text = "郑州市：高位部署强担当\n\n市人大常委会召开工作推进会议。\n\n（郑州市人大常委会代表工委供稿）\n\n- 4 -\n"
        // Reported from the end of the line over it: the finding spans what its fix deletes.
        XCTAssertEqual(codes(text), ["5 A1"])
        XCTAssertEqual(String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self),
                       "郑州市：高位部署强担当\n\n市人大常委会召开工作推进会议。\n\n（郑州市人大常委会代表工委供稿）\n")
    }

    /// Lines that open like a page number and are none stay text for both jobs: a Markdown list
    /// item, a rule, point numbers, a year.
    func testLinesThatAreNoPageNumbers() throws {
        let text = """
        # 郑州市：高位部署强担当

        郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动，组织代表：

        - 2 名省人大代表
        - 张三

        ---

        一、精准对标明确方向。市委对活动筹备工作给予充分肯定。

        2026

        （郑州市人大常委会代表工委供稿）
        """ + "\n"
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.repairs.filter { $0.kind == .droppedPageNumber }.map(\.message), [])
        XCTAssertTrue(read.paragraphs.contains { $0.text == "2026" }, "\(read.paragraphs.map(\.text))")
        XCTAssertTrue(TextLayout(bytes: Array(text.utf8)).pageNumberLines.isEmpty)
        XCTAssertEqual(ParagraphAgreementTests.checkerParagraphs(text), ParagraphAgreementTests.readerParagraphs(text))
    }

    // MARK: Both jobs

    /// parse and check cut the same paragraphs: the page number is in neither's.
    func testBothJobsSeeTheSameParagraphs() {
        for shape in ReadingShapes.pageNumbers {
            let checker = ParagraphAgreementTests.checkerParagraphs(shape.text)
            XCTAssertEqual(checker, ParagraphAgreementTests.readerParagraphs(shape.text), shape.name)
            XCTAssertTrue(checker.contains([5, 9]) || shape.name != "page-numbers-in-article", "\(checker.sorted { $0[0] < $1[0] })")
        }
    }
}
