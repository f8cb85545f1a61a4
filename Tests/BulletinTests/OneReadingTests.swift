import XCTest
import SourceText
@testable import Bulletin
import NotesFormat

/// The masthead read once (issue 12): the reader keeps what the checker judges — a date the
/// calendar lacks, 增刊 in place of 第 N 期 — and S2 reads the masthead with the reader's recognisers.
final class MastheadReadingTests: XCTestCase {
    private func mastheadFindings(_ text: String) -> [String] {
        Checker.check(text, options: .only(MastheadIncomplete.rule)).findings.map { "\($0.range.start.line) \($0.finding.message)" }
    }

    private func issue(dateLine: String) -> String {
        ReadingShapes.issue(masthead: "代表工作\n\n第 11 期\n\n河南省人大常委会\n代表工作委员会\n\n" + dateLine)
    }

    func testImpossibleDateIsReadAsWrittenAndJudgedAtItsLine() throws {
        for (line, written) in [("2026 年 2 月 30 日", "2026年2月30日"), ("2026年13月1日", "2026年13月1日")] {
            let text = issue(dateLine: line)
            let result = BulletinReader.read(text)
            XCTAssertEqual(result.kind, .issue, line)
            // In the tree as written, located at line 8; the model has no date to draft from.
            let date = try XCTUnwrap(result.layout.masthead.date, line)
            XCTAssertEqual(HeadingText.compact(date.text), written)
            XCTAssertEqual(date.range.start.line, 8)
            XCTAssertNil(result.bulletin?.masthead.date)
            // The issuing body is not swallowed by the date line, and parse keeps going.
            XCTAssertEqual(result.bulletin?.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
            XCTAssertEqual(result.bulletin?.articles.count, 2)
            XCTAssertTrue(result.missingFields.contains("原文日期“\(date.text)”在日历上不存在，请改正“日期”后再起草"), "\(result.missingFields)")
            let notes = NotesWriter.yaml(try XCTUnwrap(result.notes()))
            XCTAssertFalse(notes.contains("日期:"), notes)
            // check: one located finding, on the date's line, and no 缺少日期.
            XCTAssertEqual(mastheadFindings(text), ["8 刊头日期“\(written)”在日历上不存在：核对日期"], line)
        }
    }

    /// (Over an album line: a submission dated on its first line, with nothing else of an issue,
    /// is a submission, the date its own: `SeventeenthAuditTests`.)
    func testImpossibleDateOpeningATextIsAMastheadForBothJobs() {
        let text = "2026年2月30日\n\n“人大代表在行动”主题活动专辑（一）\n\n" + ReadingShapes.zhengzhou + "\n"
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.kind, .issue)
        XCTAssertEqual(result.layout.masthead.date?.text, "2026年2月30日")
        let check = Checker.check(text)
        XCTAssertEqual(check.kind, .issue)
        XCTAssertTrue(check.findings.contains { $0.range.start.line == 1 && $0.finding.message == "刊头日期“2026年2月30日”在日历上不存在：核对日期" })
    }

    func testSupplementIsTheIssueLineForBothJobs() throws {
        let alone = ReadingShapes.mastheadSupplement.text
        let bracketed = issue(dateLine: "2026 年 4 月 13 日").replacingOccurrences(of: "代表工作\n\n第 11 期", with: "代表工作（增刊）")
        let halfWidth = bracketed.replacingOccurrences(of: "（增刊）", with: "(增刊)")
        for text in [alone, bracketed, halfWidth] {
            let result = BulletinReader.read(text)
            let masthead = try XCTUnwrap(result.bulletin?.masthead, text)
            XCTAssertEqual(masthead.title, "代表工作")
            XCTAssertNil(masthead.issueNumber)
            XCTAssertEqual(result.layout.masthead.issueLine.map { HeadingText.compact($0.text) }?.contains("增刊"), true)
            XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
            // No 缺少期号 (nor 刊名) for a supplement.
            XCTAssertEqual(mastheadFindings(text), [], text)
        }
        // A sentence ending in （增刊） is no masthead.
        XCTAssertNil(GenrePatterns.supplementMark(Array("会议审议了有关事项，并印发材料（增刊）".utf8)))
    }

    /// One test of "this line names the issuing office" (`GenrePatterns.namesAnOffice`): an
    /// office on the masthead's first line is its issuing body for both jobs, not its 刊名 — the
    /// reader took `党委办公室` for the 刊名 while S2 took it for the body and reported 缺少刊名.
    func testAnOfficeOnTheFirstLineIsTheIssuingBodyForBothJobs() throws {
        for office in ["党委办公室", "市委研究室", "大会秘书处", "县人大代表工委"] {
            let text = ReadingShapes.issue(masthead: "\(office)\n\n第 3 期\n\n2023年5月8日")
            let masthead = try XCTUnwrap(BulletinReader.read(text).bulletin?.masthead, office)
            XCTAssertEqual(masthead.title, "", office)
            XCTAssertEqual(masthead.issuingBody, [office], office)
            XCTAssertEqual(mastheadFindings(text), ["1 刊头不完整，缺少刊名：补齐刊头"], office)
        }
        // A 刊名 names no office: read as the 刊名 by both.
        let titled = ReadingShapes.issue(masthead: "工作动态\n\n第 3 期\n\n党委办公室\n\n2023年5月8日")
        XCTAssertEqual(BulletinReader.read(titled).bulletin?.masthead.title, "工作动态")
        XCTAssertEqual(mastheadFindings(titled), [])
    }

    /// One date recogniser: S2 finds a masthead date exactly when the reader reads one.
    func testMastheadDateIsTheReadersForBothJobs() {
        let lines = ["2026 年 4 月 13 日", "２０２６年４月１３日", "2026年4月13日（星期一）", "2026年4月", "四月十三日"]
        for line in lines {
            let text = issue(dateLine: line)
            let readsDate = BulletinReader.read(text).layout.masthead.date != nil
            let missesDate = mastheadFindings(text).contains { $0.contains("日期") }
            XCTAssertNotEqual(readsDate, missesDate, line)
        }
    }
}

/// One blank line for both jobs: a line holding only U+3000 (an empty indented paragraph from
/// Word) or U+00A0 separates paragraphs for the checker as it does for the reader.
final class BlankLineReadingTests: XCTestCase {
    func testIdeographicSpaceLineIsBlankForBothJobs() {
        for blank in ["\u{3000}\u{3000}", "\u{00A0}", " \u{3000} "] {
            let text = "郑州市：高位部署强担当\n\n市委对活动筹备工作给予充分\n\(blank)\n肯定，并提出明确要求。\n\n（郑州市人大常委会代表工委供稿）\n"
            let result = BulletinReader.read(text)
            // The reader: a paragraph cut by a page break at line 3, joined.
            XCTAssertEqual(result.repairs.filter { $0.kind == .joinedPageBreak }.map(\.range.start.line), [3], blank.debugDescription)
            // The checker: the same break, reported (A1) at the same line, and nothing else.
            let findings = Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
            XCTAssertEqual(findings, ["3 A1"], blank.debugDescription)
        }
    }
}

/// R2 reads the contributing unit as the reader does (`GenrePatterns.contributor`).
final class ContributorReadingTests: XCTestCase {
    func testDoubledBracketUnitIsJudgedAsTheReaderReadsIt() throws {
        let text = "襄城县：平台赋能 推进主题活动走深走实\n\n正文。\n\n（（开封市人大常委会代表工委供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.contributor, "开封市人大常委会代表工委")
        let found = Checker.check(text, options: .only(ContributorRegion.rule)).findings
        XCTAssertEqual(found.map { "\($0.range.start.line) \($0.finding.message)" },
                       ["5 供稿单位属于“开封市”，不属于“襄城县”或其上级市“许昌市”：核对地区或供稿单位"])
    }
}

/// Markdown markup read by one recogniser for both jobs (`SourceLines.isRule`, `markdownHeading`).
final class MarkupReadingTests: XCTestCase {
    func testThematicBreakAndHeadingAreTheReadersForTheChecker() {
        for (line, isRule) in [("---", true), ("* * *", true), ("___", true), ("- -", false), ("-- ", false), ("- * -", false)] {
            let bytes = Array(line.utf8)
            XCTAssertEqual(SourceLines.isRule(bytes, 0, bytes.count), isRule, line)
            XCTAssertEqual(TextLayout(bytes: bytes).lines[0].marker == .thematicBreak, isRule, line)
        }
        for (line, isHeading) in [("# 标题", true), ("###### 标题", true), ("####### 标题", false), ("#标题", false)] {
            let bytes = Array(line.utf8)
            XCTAssertEqual(SourceLines.markdownHeading(bytes, 0, bytes.count) != nil, isHeading, line)
            XCTAssertEqual(TextLayout(bytes: bytes).lines[0].marker == .heading, isHeading, line)
        }
    }
}

/// The paragraphs the typography scan reads are the reader's: compared as the source lines each
/// one spans, the checker's logical paragraphs (page-break splits joined) and the reader's
/// paragraphs (and the lines it leaves unplaced) are the same, masthead aside (the reader takes
/// each masthead line apart). What a move of the scan onto the reader's tree must keep.
final class ParagraphAgreementTests: XCTestCase {
    /// None: the OCR seed agrees since both jobs join a line that reaches the wrap width
    /// (`SourceLines.isCutAtWrapWidth`), a heading run into its paragraph counted as one paragraph
    /// with it. The audit's shapes of December 2026 agree line for line too (`AuditShapeParagraphTests`).
    /// (A lead typed right under its heading line, half-width-lead-spaced, agrees since the checker
    /// ends a heading block where the reader ends the title: `GenrePatterns.continuesTitle`.)
    static let knownDisagreements: Set<String> = []

    /// Every issue's paragraphs (a file of several is checked issue by issue), as the file's lines.
    static func checkerParagraphs(_ text: String) -> Set<[Int]> {
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes: bytes, lineStarts: SourceLines.lineStarts(bytes))
        var result: Set<[Int]> = []
        for (range, layout) in TextLayout.issueLayouts(bytes: bytes, lineIndex: index) {
            for paragraph in layout.logicalParagraphs {
                let role = layout.blocks[paragraph.lowerBound].role
                if role == .separator || role == .masthead { continue }
                let lines = paragraph.flatMap { Array(layout.blocks[$0].firstLine + range.lowerBound + 1...layout.blocks[$0].lastLine + range.lowerBound + 1) }
                // Lines that are no text (a web page's trailer under a byline) the reader drops and
                // lists line by line: compared so.
                if role == .credit { lines.forEach { result.insert([$0]) } } else { result.insert(lines) }
            }
        }
        return result
    }

    static func readerParagraphs(_ text: String) -> Set<[Int]> {
        BulletinReader.read(text).issuesInFile.reduce(into: []) { $0.formUnion(readerParagraphs($1)) }
    }

    static func readerParagraphs(_ read: ReadResult) -> Set<[Int]> {
        var result: Set<[Int]> = []
        // A heading run into its paragraph (OCR: `漯河市:…抓落实.聚焦五个方`) is one paragraph on the
        // page with it, as the checker reads it: the reader splits the heading off.
        var runInHeading: [Int] = []
        for paragraph in read.paragraphs where paragraph.role != .masthead {
            var lines: [Int] = []
            for segment in paragraph.segments {
                for line in segment.start.line...segment.end.line where !lines.contains(line) { lines.append(line) }
            }
            if let last = runInHeading.last, lines.first == last {
                lines = runInHeading + lines.dropFirst()
            } else if !runInHeading.isEmpty {
                result.insert(runInHeading)
            }
            runInHeading = []
            if paragraph.role == .heading {
                runInHeading = lines
                continue
            }
            result.insert(lines)
        }
        if !runInHeading.isEmpty { result.insert(runInHeading) }
        // A handling mark (`内部资料`) is a line of the masthead to both jobs (the reader drops and
        // lists it, the checker's masthead block holds it): masthead lines are not compared.
        // So is a line over the contents the reader keeps as a masthead paragraph and lists.
        let mastheadLines = Set(read.paragraphs.filter { $0.role == .masthead }.flatMap { $0.segments.flatMap { Array($0.start.line...$0.end.line) } })
        for line in read.unplaced where line.reason != .mark && !mastheadLines.contains(line.line) && !result.contains(where: { $0.contains(line.line) }) { result.insert([line.line]) }
        return result
    }

    func testCheckerAndReaderReadTheSameParagraphs() throws {
        var disagreeing: Set<String> = []
        var compared = 0
        for (name, text) in try ReadingAgreementTests.corpus() where BulletinReader.read(text).kind != .notABulletin {
            compared += 1
            let checker = Self.checkerParagraphs(text), reader = Self.readerParagraphs(text)
            guard checker != reader else { continue }
            disagreeing.insert(name)
            if !Self.knownDisagreements.contains(name) {
                let only = { (a: Set<[Int]>, b: Set<[Int]>) in a.subtracting(b).sorted { $0[0] < $1[0] }.map { "\($0)" }.joined(separator: " ") }
                XCTFail("\(name): checker only \(only(checker, reader)); reader only \(only(reader, checker))")
            }
        }
        XCTAssertGreaterThan(compared, 20)
        XCTAssertEqual(Self.knownDisagreements.subtracting(disagreeing), [], "now agree: remove from knownDisagreements")
    }
}

/// The audit shapes on which the two jobs cut paragraphs alike since December 2026 (each was in
/// `ParagraphAgreementTests.knownDisagreements`): what the rules report where the checker changed.
final class AuditShapeParagraphTests: XCTestCase {
    private func findings(_ text: String, _ rule: Rule) -> [String] {
        Checker.check(text, options: .only(rule)).findings.map { "\($0.range.start.line) \($0.finding.message)" }
    }

    /// A title wrapped over two short lines, and unmarked contents entries wrapped so, are one
    /// heading and one entry for the checker as for the reader: no A1 join of the title's end into
    /// the lead, no S4/S8 (the audit found both when the checker cut after every short heading line).
    func testATitleWrappedOverTwoLinesStaysOneHeading() throws {
        let article = "南阳市：凝聚代表合力服务开局\n起步\n\n南阳市人大常委会创新履职路径。\n\n（南阳市人大常委会代表工委供稿）\n"
        XCTAssertEqual(Checker.check(article, options: CheckOptions(mode: .article)).findings.map(\.finding.rule.code), [])
        XCTAssertEqual(BulletinReader.read(article).article?.headline, "凝聚代表合力服务开局起步")
        let issue = "代表工作\n\n第 16 期\n\n河南省人大常委会代表工作委员会\n\n2026 年 6 月 4 日\n\n主题活动专辑（六）\n\n南阳市：凝聚代表合力服务\n开局起步\n\n南阳市：凝聚代表合力服务开局起步\n\n南阳市人大常委会创新履职路径。\n\n（南阳市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
        XCTAssertEqual(Checker.check(issue).findings.filter { $0.finding.severity == .error }.map(\.finding.rule.code), [])
    }

    /// A lead typed right under its `地区：标题` line (audit item 3): the heading ends with its line,
    /// as for the reader, and the contents entry matches it (no false S4). A title broken over two
    /// short lines with the lead right under them is one heading, ended where the reader ends it.
    func testALeadTypedRightUnderItsHeadingLineIsNoPartOfTheHeading() throws {
        let masthead = "代表工作\n\n第 16 期\n\n河南省人大常委会代表工作委员会\n\n2026 年 6 月 4 日\n\n主题活动专辑（六）\n\n"
        let footer = "\n\n（林州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
        for (title, written) in [("林州市：聚焦民生实事推动代表履职", "林州市：聚焦民生实事推动代表履职"),
                                 ("林州市：聚焦民生实事推动代表履职", "林州市：聚焦民生实事\n推动代表履职")] {
            let issue = masthead + "★ \(title)\n\n" + written + "\n今年以来，林州市人大常委会组织代表开展活动，取得明显成效。\n\n一、强化领导。成立小组。" + footer
            let layout = TextLayout(bytes: Array(issue.utf8))
            XCTAssertEqual(layout.articles.map(\.heading), [title.replacingOccurrences(of: "\n", with: "")], written)
            XCTAssertEqual(Checker.check(issue).findings.map(\.finding.rule.code), [], written)
            // Broken between two phrases, the title joins as its contents entry is written (no space).
            XCTAssertEqual(BulletinReader.read(issue).bulletin?.articles.map(\.fullHeading), [title], written)
        }
        let article = ReadingShapes.halfWidthLeadSpaced.text
        XCTAssertEqual(TextLayout(bytes: Array(article.utf8)).articles.map(\.heading), ["林州市:聚焦民生实事推动代表履职"])
    }

    /// A title broken over two short lines with no contents to tell (a return typed in Word, a
    /// typeset title): one heading for the checker as for the reader, ended where the reader ends
    /// it (`GenrePatterns.titleContinuations`). A line a paragraph, A1 says the title is broken;
    /// with blank lines between paragraphs, the two lines are one paragraph already.
    func testATitleBrokenOverTwoLinesIsOneHeadingWithoutContentsToo() throws {
        let word = ReadingShapes.wordTitleBroken.text
        XCTAssertEqual(TextLayout(bytes: Array(word.utf8)).articles.map(\.heading), ["安阳市：创新代表履职载体激发代表履职效能"])
        XCTAssertEqual(BulletinReader.read(word).article?.headline, "创新代表履职载体 激发代表履职效能")
        XCTAssertEqual(findings(word, SplitParagraph.rule), ["1 标题分两三行排印：与下一行连成一行"])
        let fixed = String(decoding: Fixer.fixed(bytes: Array(word.utf8), options: CheckOptions(mode: .article)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.hasPrefix("安阳市：创新代表履职载体 激发代表履职效能\n今年以来，"), fixed)
        let spaced = ReadingShapes.spacedTitleBroken.text
        XCTAssertEqual(TextLayout(bytes: Array(spaced.utf8)).articles.map(\.heading), ["安阳市：创新代表履职载体激发代表履职效能"])
        XCTAssertEqual(Checker.check(spaced, options: CheckOptions(mode: .article)).findings.map(\.finding.rule.code), [])
        // Four short lines under the heading line: no title broken over lines, for either job.
        let names = ReadingShapes.shortLinesUnderHeading.text
        XCTAssertEqual(TextLayout(bytes: Array(names.utf8)).articles.map(\.heading), ["滑县：代表联络站建设工作"])
        XCTAssertEqual(BulletinReader.read(names).article?.headline, "代表联络站建设工作")
    }

    /// The shapes a fresh audit of the shared title rule found (December 2026): each read alike by
    /// both jobs, the heading ending where the reader's title ends.
    func testTitleShapesTheAuditFoundAreOneHeadingForBothJobs() throws {
        func headings(_ text: String) -> (checker: [String], reader: [String]) {
            let read = BulletinReader.read(text)
            let reader = read.bulletin.map { $0.articles.map(\.fullHeading) } ?? read.article.map { [$0.fullHeading] } ?? []
            return (TextLayout(bytes: Array(text.utf8)).articles.map { HeadingText.compact($0.heading) }, reader.map(HeadingText.compact))
        }
        let lead = "今年以来，漯河市人大常委会坚持把民生实事项目人大代表票决制作为主题活动的重要抓手，取得明显成效。"
        let cases: [(String, String, [String])] = [
            // A contents entry longer than the title: the lead is not joined into the title (Word layout).
            ("contents-longer", "代表工作\n第 16 期\n河南省人大常委会代表工作委员会 2026年6月4日\n主题活动专辑（六）\n- 漯河市：聚焦民生实事彰显代表担当助力高质量发展\n漯河市：聚焦民生实事\n彰显代表担当\n\(lead)\n一、精心组织票决。各县区票决产生项目82个。\n（漯河市人大常委会代表工委供稿）\n送：省人大常委会主任\n发：各省辖市人大常委会\n河南省人大常委会代表工作委员会印发\n",
             ["漯河市：聚焦民生实事彰显代表担当"]),
            // A numbered heading under the title line is no part of the title.
            ("numbered-under-title", "郑州市：三项举措建强代表联络站\n（一）健全工作机制\n市人大常委会组织代表开展集中学习。\n（二）规范运行\n细化工作流程。\n（郑州市人大常委会代表工委供稿）\n",
             ["郑州市：三项举措建强代表联络站"]),
            // An indented line of the title after a closing quote goes on with it.
            ("indented-after-quote", "郑州市：争当“排头兵”\n  凝心聚力启新程\n\(lead)\n\n（郑州市人大常委会代表工委供稿）\n",
             ["郑州市：争当“排头兵”凝心聚力启新程"]),
            // A plain title broken over two lines, a paragraph a line.
            ("plain-title-word", "关于加强代表联络站建设\n提升履职服务水平的调研报告\n\(lead)\n二段写在这里，说明情况。\n三段写在这里，说明情况。\n（滑县人大常委会供稿）\n",
             ["关于加强代表联络站建设提升履职服务水平的调研报告"]),
            // Web metadata under a plain title broken over two lines: the title's, not the text's.
            ("metadata-under-broken-title", "滑县人大常委会召开代表联络站\n建设推进会\n发布时间：2026-04-12 来源：滑县人大\n\(lead)\n会议要求，各乡镇要抓好落实。\n",
             ["滑县人大常委会召开代表联络站建设推进会"]),
            // …and with a date at the end of the metadata line: no masthead, for the reader's survey too.
            ("dated-metadata-under-broken-title", "滑县人大常委会召开代表联络站\n建设推进会\n来源：滑县人大 2026年4月12日\n\(lead)\n会议要求，各乡镇要抓好落实。\n",
             ["滑县人大常委会召开代表联络站建设推进会"]),
        ]
        for (name, text, expected) in cases {
            let (checker, reader) = headings(text)
            XCTAssertEqual(checker, expected.map(HeadingText.compact), name)
            XCTAssertEqual(reader, expected.map(HeadingText.compact), name)
        }
        // The metadata line is dropped by the reader and skipped by the checker.
        let web = cases[4].1
        XCTAssertEqual(BulletinReader.read(web).unplaced.map(\.line), [3])
        XCTAssertEqual(TextLayout(bytes: Array(web.utf8)).blocks.first { $0.firstLine == 2 }?.role, .credit)
        // A bold title's lines join into one bold run.
        let bold = "**漯河市：聚焦民生实事**\n**彰显代表担当**\n\(lead)\n二段写在这里，说明情况。\n三段写在这里，说明情况。\n（漯河市人大常委会代表工委供稿）\n"
        let fixed = String(decoding: Fixer.fixed(bytes: Array(bold.utf8), options: CheckOptions(mode: .article)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.hasPrefix("**漯河市：聚焦民生实事 彰显代表担当**\n今年以来"), fixed)
    }

    /// An issue without contents (the issue names the shape: contents starred, numbered, or none):
    /// one article needs none; several are told once, at the first, not once an article.
    func testAnIssueWithoutContentsIsToldOnceOrNotAtAll() {
        let masthead = "人大工作简报 2023年第5期\n河南省人大常委会代表工作委员会编 2023年5月8日\n\n"
        let footer = "送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
        let article = { (city: String) in "\(city)：创新代表履职载体\n\n今年以来，\(city)人大常委会创新代表履职载体。\n\n（\(city)人大常委会代表工委供稿）\n\n" }
        let one = masthead + article("安阳市") + footer
        XCTAssertEqual(findings(one, ContentsMismatch.rule), [])
        let three = masthead + article("安阳市") + article("南阳市") + article("许昌市") + footer
        XCTAssertEqual(findings(three, ContentsMismatch.rule), ["4 本期有 3 篇文章，却没有目录：在刊头（专辑行）之后按顺序列出各篇标题"])
    }

    /// `（共印50份）` under the 印发 line is a footer line of its own: S10 reports it at its line,
    /// and its spaces are the footer's layout, not the articles' text (no P8).
    func testCopiesNoteUnderTheIssuedLineIsAFooterLineOfItsOwn() {
        let shape = ReadingShapes.footerReportAndSend.text
        XCTAssertTrue(shape.contains("党委办公室  2023年5月8日印发\n（共印50份）\n"))
        let wrong = shape.replacingOccurrences(of: "（共印50份）", with: "（共印五十份）")
        XCTAssertEqual(findings(wrong, CopiesForm.rule), ["38 印数写法不对：应写作“共印 N 份”，N 为阿拉伯数字"])
        let spaced = shape.replacingOccurrences(of: "印发\n（共印50份）", with: "印发\n\n（共印 50 份）")
        XCTAssertEqual(findings(spaced, SpaceBesideAlphanumeric.rule), [])
        // Both recognise the note with one function.
        XCTAssertTrue(GenrePatterns.isCopiesNote(Array("（共印50份）".utf8)))
        XCTAssertFalse(GenrePatterns.isCopiesNote(Array("党委办公室印发（共印50份）".utf8)))
    }

    /// A letter's signature under the 供稿 line: unit and date are a line each (a paragraph each in
    /// Word), skipped by the checker, dropped and listed by the reader.
    func testSignatureLinesAreAParagraphEach() {
        let text = ReadingShapes.signedShortSubmission.text
        let layout = TextLayout(bytes: Array(text.utf8))
        let signature = layout.blocks.filter { $0.firstLine >= 4 }
        XCTAssertEqual(signature.map { [$0.firstLine + 1, $0.lastLine + 1] }, [[5, 5], [6, 6]])
        XCTAssertEqual(signature.map(\.role), [.credit, .credit])
        XCTAssertEqual(BulletinReader.read(text).unplaced.map(\.line), [5, 6])
        XCTAssertEqual(Checker.check(text).findings.count, 0)
    }

    /// `目录` between the album line and the entries is read with the masthead, as without an album.
    func testContentsHeadingAfterTheAlbumIsReadWithTheMasthead() throws {
        let text = ReadingShapes.contentsMarked.first { $0.name == "contents-heading-after-album" }!.text
        let layout = TextLayout(bytes: Array(text.utf8))
        let heading = try XCTUnwrap(layout.blocks.first { $0.text == "目录" })
        XCTAssertEqual(heading.role, .masthead)
        XCTAssertEqual(layout.contents.count, 2)
        XCTAssertEqual(BulletinReader.read(text).paragraphs.first { $0.segments.first?.start.line == heading.firstLine + 1 }?.role, .masthead)
    }
}

/// `共印 N 份` read once (issue 12): S10 judges the note `GenrePatterns.issuedLine` reads, on the
/// 印发 line or under it, and reports it where the reader reads no Arabic number between 共印 and 份.
final class CopiesNoteReadingTests: XCTestCase {
    private func issue(issuedLine: String) -> String {
        "代表工作\n\n第 11 期\n\n河南省人大常委会代表工作委员会          2026年4月13日\n\n"
            + "郑州市：高位部署强担当\n\n今年以来，郑州市人大常委会扎实推进代表工作。\n\n（郑州市人大常委会代表工委供稿）\n\n"
            + "送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n" + issuedLine + "\n"
    }

    private func copiesFindings(_ text: String) -> [String] {
        Checker.check(text, options: .only(CopiesForm.rule)).findings.map { "\($0.range.start.line):\($0.range.start.column)" }
    }

    /// The findings S10 had when it read the note itself: every form the genre refuses, at its line.
    func testTheNoteIsJudgedAsBefore() {
        let clean = ["印发 共印 60 份", "印发 共印60份", "印发\t共印 60 份", "印发（共印50份）", "印发\n\n（共印50份）"]
        for line in clean {
            XCTAssertEqual(copiesFindings(issue(issuedLine: "河南省人大常委会代表工作委员会" + line)), [], line)
        }
        let wrong = ["印发 共印六十", "印发 共印六十份", "印发 共印６０", "印发 共印 60", "印发 共印份", "印发（共印五十份）"]
        for line in wrong {
            XCTAssertEqual(copiesFindings(issue(issuedLine: "河南省人大常委会代表工作委员会" + line)), ["17:1"], line)
        }
        // The note alone under the 印发 line is reported at its own line.
        XCTAssertEqual(copiesFindings(issue(issuedLine: "河南省人大常委会代表工作委员会印发\n共印六十份")), ["18:1"])
    }

    /// Ideographic spaces around the number are layout, as ASCII ones: S10 never reported them;
    /// the reader now reads the number too (before, `copies` was nil: the spaces stayed in it).
    func testIdeographicSpacesAroundTheNumberAreLayout() throws {
        let text = issue(issuedLine: "河南省人大常委会代表工作委员会印发　共印　60　份")
        XCTAssertEqual(copiesFindings(text), [])
        XCTAssertEqual(try XCTUnwrap(BulletinReader.read(text).bulletin?.footer).copies, 60)
        XCTAssertEqual(GenrePatterns.issuedLine(Array("办公室印发　共印　60　份".utf8))?.copiesInArabic, true)
    }

    /// Full-width digits are Arabic digits in the wrong width: P2 reports them, S10 does not, as
    /// before (seed 001's `共印６０份`); the reader reads the number (its text has them folded).
    func testFullWidthDigitsAreTheNumber() throws {
        let text = issue(issuedLine: "河南省人大常委会代表工作委员会印发 共印６０份")
        XCTAssertEqual(copiesFindings(text), [])
        XCTAssertEqual(try XCTUnwrap(BulletinReader.read(text).bulletin?.footer).copies, 60)
        XCTAssertEqual(Checker.check(text, options: .only(FullwidthAlphanumeric.rule)).findings.map(\.range.start.line), [17])
    }

    /// 共印 where the reader reads no copies note (in the 发 field, or more than 40 bytes before the
    /// line's end) is no note to judge: S10 reported these when it looked for 共印 anywhere in a
    /// footer line, while `parse` kept the words in the field and read no copies.
    func testWordsTheReaderReadsAsNoNoteAreNotJudged() throws {
        let inCopyField = issue(issuedLine: "河南省人大常委会代表工作委员会印发").replacingOccurrences(of: "发：各省辖市人大常委会", with: "发：各省辖市人大常委会 共印六十")
        XCTAssertNil(try XCTUnwrap(BulletinReader.read(inCopyField).bulletin?.footer).copies)
        XCTAssertEqual(copiesFindings(inCopyField), [])
        let far = issue(issuedLine: "河南省人大常委会代表工作委员会印发 共印六十份另报送各省辖市人大常委会")
        XCTAssertNil(GenrePatterns.issuedLine(Array("河南省人大常委会代表工作委员会印发 共印六十份另报送各省辖市人大常委会".utf8))?.copiesStart)
        XCTAssertEqual(copiesFindings(far), [])
    }

    /// A note with text after 份 (`共印 60 份。`) is no note the reader reads a number from:
    /// S10 now reports it (it found digits and 份 and said nothing, while `parse` lost the copies).
    func testTextAfterTheNoteIsReported() throws {
        let text = issue(issuedLine: "河南省人大常委会代表工作委员会印发 共印 60 份。")
        XCTAssertNil(try XCTUnwrap(BulletinReader.read(text).bulletin?.footer).copies)
        XCTAssertEqual(copiesFindings(text), ["17:1"])
    }
}

/// One hard-wrap rule for both jobs (`SourceLines.isCutAtWrapWidth`): in OCR text a line that
/// reaches the wrap width was cut by the page, whatever it ends with, and the next line goes on
/// with it; such a line is never a heading standing alone.
final class WrapWidthReadingTests: XCTestCase {
    func testALineReachingTheWrapWidthGoesOnForBothJobs() throws {
        let text = ReadingShapes.ocrWrapAtFullWidth.text
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.format, .ocrText)
        // One lead: the stops at the wrap width (lines 7, 16) and the indented line 12 end nothing;
        // the 结语 under the stop at line 20 opens its own paragraph (`GenrePatterns.startsParagraphUnderCutLine`,
        // audit 19: it was glued to the lead, though a 下一步 paragraph is never joined).
        let lead = try XCTUnwrap(result.article?.lead)
        XCTAssertEqual(lead.count, 1, "\(lead)")
        XCTAssertTrue(lead[0].hasSuffix("营造浓厚氛围。"), lead[0])
        XCTAssertEqual(result.article?.closing, ["下一步，将继续深化主题活动。"])
        // The checker: the same joins, reported where the line ends with a stop with their own
        // message; 一是 (a full OCR line, not a heading) goes on too, and 二是 after the indent is counted.
        let findings = Checker.check(text).findings
        let splits = findings.filter { $0.finding.rule.code == "A1" }
        XCTAssertEqual(splits.map(\.range.start.line), [3, 5, 7, 9, 12, 14, 16, 18])
        XCTAssertEqual(splits.filter { $0.finding.message.hasPrefix("识别文字在版面行宽处折行") }.map(\.range.start.line), [7, 16])
        XCTAssertEqual(findings.filter { $0.finding.rule.code == "S7" }.map(\.range.start.line), [])
        XCTAssertEqual(ParagraphAgreementTests.checkerParagraphs(text), ParagraphAgreementTests.readerParagraphs(text))
    }

    /// `--fix` joins the cut lines and no text is lost. (Joined, the lines no longer share a wrap
    /// width, so the indented line 12, which A1 does not join, then opens a paragraph of its own.)
    func testFixedTextReadsAsTheSameText() throws {
        let text = ReadingShapes.ocrWrapAtFullWidth.text
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: .only(SplitParagraph.rule)).bytes, as: UTF8.self)
        XCTAssertEqual(Checker.check(fixed, options: .only(SplitParagraph.rule)).findings.count, 0, fixed)
        XCTAssertEqual(BulletinReader.read(fixed).article?.lead.joined(), BulletinReader.read(text).article?.lead.joined())
        XCTAssertEqual(BulletinReader.read(fixed).article?.closing, BulletinReader.read(text).article?.closing)
        XCTAssertEqual(fixed.split(separator: "\n", omittingEmptySubsequences: true).count, 5, fixed)
    }
}

/// A sub-heading of any level alone on its line (`（一）健全工作机制`, `一是加强组织领导`,
/// `1.完善制度`) is a heading for both jobs (`GenrePatterns.isPointHeadingLine`): the reader glued it
/// to the next paragraph as a page break (`（一）健全工作机制市人大常委会…`), the checker kept it apart.
final class SubHeadingLineReadingTests: XCTestCase {
    func testASubHeadingAloneOnItsLineIsAParagraphOfItsOwn() throws {
        for shape in [ReadingShapes.subHeadingsOnTheirOwnLines, ReadingShapes.subHeadingsWordPasted] {
            let result = BulletinReader.read(shape.text)
            XCTAssertEqual(result.article?.lead, ["市人大常委会高度重视主题活动。", "（一）健全工作机制", "市人大常委会组织代表开展集中学习。",
                                                  "一是加强组织领导", "成立工作专班，明确责任分工。", "1.完善制度", "细化工作流程。"], shape.name)
            XCTAssertEqual(result.repairs.filter { $0.kind == .joinedPageBreak }.count, 0, shape.name)
            XCTAssertEqual(Checker.check(shape.text).findings.map(\.finding.rule.code), [], shape.name)
        }
    }

    /// On the very next line after a sentence left open, a numbered line goes on with it, for both jobs.
    func testANumberedLineRightUnderAnOpenSentenceGoesOn() throws {
        let text = "郑州市：高位部署强担当\n\n市人大常委会计划在\n1、2月份\n\n开展集中学习。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(text).article?.lead, ["市人大常委会计划在1、2月份开展集中学习。"])
        XCTAssertEqual(ParagraphAgreementTests.checkerParagraphs(text), ParagraphAgreementTests.readerParagraphs(text))
    }
}

/// After a 供稿 line, a title typed without its region heads the next article for both jobs
/// (the checker's S5 asks for the region). The reader glued it to the article before, whose 供稿
/// the next article's 供稿 line then replaced.
final class TitleAfterContributorReadingTests: XCTestCase {
    func testATitleWithoutRegionAfterAContributorLineOpensTheNextArticle() throws {
        let text = ReadingShapes.titleWithoutRegionAfterContributor.text
        let bulletin = try XCTUnwrap(BulletinReader.read(text).bulletin)
        XCTAssertEqual(bulletin.articles.map(\.headline), ["高位部署强担当", "聚焦民生实事"])
        XCTAssertEqual(bulletin.articles.map(\.region), ["郑州市", ""])
        XCTAssertEqual(bulletin.articles.map(\.contributor), ["郑州市人大常委会代表工委", "洛阳市人大常委会代表工委"])
        XCTAssertEqual(bulletin.articles.last?.lead, ["洛阳市人大常委会组织代表开展视察。"])
        let findings = Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
        XCTAssertEqual(findings, ["13 S4", "21 S5"])
    }

    /// A second 供稿 line in one article never replaces the first: it is listed.
    func testASecondContributorLineDoesNotReplaceTheFirst() throws {
        let text = "郑州市：高位部署强担当\n\n市人大常委会高度重视主题活动。\n\n（郑州市人大常委会代表工委供稿）\n\n（洛阳市人大常委会代表工委供稿）\n"
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.article?.contributor, "郑州市人大常委会代表工委")
        XCTAssertTrue(read.unplaced.contains { $0.line == 7 && $0.message.hasPrefix("这篇文章已有供稿行") }, "\(read.unplaced.map(\.message))")
    }
}

/// One test of a line a page break may have cut, for both jobs (`GenrePatterns.endsOpen`): the
/// reader joined every line without a sentence end (`…如下：` onto `1、…；`), the checker only
/// lines without a clause mark or closing quote (not `…“六个一”` onto `主题活动…`).
final class OpenLineReadingTests: XCTestCase {
    func testAColonEndsALineAndAClosingQuoteDoesNot() throws {
        for shape in [ReadingShapes.colonAndQuoteEnds, ReadingShapes.colonAndQuoteEndsWordPasted] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.article?.lead, ["郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动。会议明确了三项任务：", "1、建立代表联络站；", "2、开展集中学习；",
                                                "3、完善履职档案。", "各县区结合实际，开展“六个一”主题活动，推动代表履职走深走实。"], shape.name)
            let splits = Checker.check(shape.text).findings.filter { $0.finding.rule.code == "A1" }.map(\.range.start.line)
            XCTAssertEqual(splits, [shape.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasSuffix("“六个一”") }.map { $0 + 1 } ?? 0], shape.name)
        }
        for (line, open) in [("开展“六个一”", true), ("落实。”", false), ("如下：", false), ("（见附件）", true), ("2026年.", false), ("三项任务:", false), ("”", false)] {
            let bytes = Array(line.utf8)
            XCTAssertEqual(GenrePatterns.endsOpen(bytes, 0, bytes.count), open, line)
        }
    }
}
