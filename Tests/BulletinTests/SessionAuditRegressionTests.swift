import XCTest
@testable import Bulletin

/// The regressions a fresh audit found in the session's own changes (December 2026), each the
/// audit's minimal input: what the first versions of those changes broke, held here.
final class SessionAuditRegressionTests: XCTestCase {
    /// A point whose text lacks its 。 and the next `二、` right under it: two points, as before
    /// (`GenrePatterns.continuesWithNumerals` takes only numerals listed, `二、三季度`).
    func testAPointUnderAPointLackingItsStopIsAPoint() throws {
        let text = "林州市：强化代表履职 助力乡村振兴\n\n今年以来，林州市人大常委会以主题活动为抓手，组织全市各级人大代表积极投身乡村振兴。\n\n一、强化组织领导。市人大常委会成立工作专班，定期研究推进主题活动\n二、搭建履职平台。依托代表联络站开展接待群众活动，收集意见建议120条。\n\n三、注重成果转化。对代表提出的意见建议分类交办，跟踪督办。\n\n（林州市人大常委会代表工委供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。", "搭建履职平台。", "注重成果转化。"])
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S6") }, "\(Checker.lineCodes(text))")
        // A lead ending `主要做法如下` with no colon, the first point right under it: a point.
        let lead = "林州市：强化代表履职 助力乡村振兴\n\n今年以来，林州市人大常委会以主题活动为抓手，组织全市各级人大代表积极投身乡村振兴，主要做法如下\n一、强化组织领导。市人大常委会成立工作专班，定期研究推进主题活动。\n\n二、搭建履职平台。依托代表联络站开展接待群众活动，收集意见建议120条。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(lead).article?.points.count, 2)
        XCTAssertFalse(Checker.lineCodes(lead).contains { $0.hasSuffix("S6") }, "\(Checker.lineCodes(lead))")
    }

    /// `一 系列` `十 五五` with one ASCII space: a slip inside a word, P4's to close, no point.
    func testOneSpaceAfterANumeralIsNoPoint() throws {
        let text = "林州市：强化代表履职 助力乡村振兴\n\n今年以来，林州市人大常委会以主题活动为抓手，组织全市各级人大代表积极投身乡村振兴。\n\n一 系列举措落地见效，全市代表联络站接待群众2300余人次，收集意见建议460余条。\n\n十 五五开局之年，市人大常委会将继续深化主题活动，推动代表履职走深走实。\n\n（林州市人大常委会代表工委供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.count, 0)
        XCTAssertEqual(Checker.lineCodes(text), ["5 P4", "7 P4"])
    }

    /// A number alone on its line between two parts of a sentence is the sentence's: kept.
    func testABareNumberIsKept() throws {
        let text = "林州市：代表建议办理情况\n\n今年以来，林州市人大常委会督办代表建议，重点督办的有\n\n3\n\n项，已全部办结。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(text).article?.lead, ["今年以来，林州市人大常委会督办代表建议，重点督办的有3项，已全部办结。"])
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.contains("有3项"), fixed)
    }

    /// A 刊名 holding 研究室 (`研究室工作动态`) names no office: it stays the 刊名 for both jobs.
    func testATitleHoldingAnOfficeWordIsTheTitle() throws {
        let text = "研究室工作动态\n\n第 5 期\n\n河南省人大常委会研究室\n\n2026 年 4 月 13 日\n\n郑州市：高位部署强担当 凝心聚力启新程\n\n郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工作委员会供稿）\n"
        let masthead = try XCTUnwrap(BulletinReader.read(text).bulletin?.masthead)
        XCTAssertEqual(masthead.title, "研究室工作动态")
        XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "研究室"])
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S2") }, "\(Checker.lineCodes(text))")
    }

    /// A 刊名 letter-spaced with two spaces or U+3000 is still P4's; a 编者按 typed right under
    /// the date keeps P4 for its stray gap (no masthead field follows the gap).
    func testMastheadGapsAreOnlyBeforeFields() {
        let spaced = "代  表  工  作\n\n第 17 期\n\n河南省人大常委会\n代表工作委员会\n\n2026 年 6 月 22 日\n\n“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（七）\n\n* 滑县：做实“家站点” 畅通民意“直通车”\n\n滑县：做实“家站点” 畅通民意“直通车”\n\n安阳市滑县人大常委会把代表之家、代表联络站、代表联络点建设作为开展主题活动的重要抓手，让群众的烦心事在家门口得到回应。\n\n（安阳市人大常委会代表工委供稿）\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发 共印 60 份\n"
        XCTAssertTrue(Checker.lineCodes(spaced).contains("1 P4"), "\(Checker.lineCodes(spaced))")
        XCTAssertTrue(Checker.lineCodes(spaced.replacingOccurrences(of: "代  表  工  作", with: "代　表　工　作")).contains("1 P4"))
        let note = "代表工作\n\n第 17 期\n\n河南省人大常委会代表工作委员会\n\n2026 年 6 月 22 日\n编者按：为推动主题活动走深走实，现将滑县的做法　　刊发如下，供各地参考。\n\n“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（七）\n\n滑县：做实“家站点” 畅通民意“直通车”\n\n安阳市滑县人大常委会把代表之家、代表联络站、代表联络点建设作为开展主题活动的重要抓手，让群众的烦心事在家门口得到回应。\n\n（安阳市人大常委会代表工委供稿）\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发 共印 60 份\n"
        XCTAssertTrue(Checker.lineCodes(note).contains("8 P4"), "\(Checker.lineCodes(note))")
    }
}

/// A submission signed by a reporter's byline as its last line (a web re-post): an article for
/// both jobs, the byline no text (dropped and listed; skipped by the checker, no P4 joining the
/// names). Before, `parse` said 不是简报 (a byline makes a newspaper piece) while `check` checked
/// an article, and `--fix` wrote `□本报记者王五通讯员赵六`. A newspaper piece with `###` sections
/// stays none (seed 002).
final class BylineClosingASubmissionTests: XCTestCase {
    func testTheBylineSignsAnArticle() throws {
        let text = ReadingShapes.bylineClosingASubmission.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.points.count, 2)
        XCTAssertEqual(read.unplaced.map(\.text), ["□本报记者 王五 通讯员 赵六"])
        XCTAssertEqual(Checker.lineCodes(text), ["7 S8"])
        XCTAssertEqual(BulletinReader.read(try Seeds.text("002_826e4499cd511985.txt")).kind, .notABulletin)
    }
}

/// A title and its lead on one line, a gap between (`……助力乡村振兴　　今年以来，……`): the title
/// before the gap and the lead after it for both jobs (`GenrePatterns.titleBodyGap`); P4 asks
/// for a line break there and leaves it to the writer. Before, `parse` said 不是简报
/// while `check` saw one stray space, and `--fix` deleted it, gluing the title to its lead.
final class TitleAndLeadOnOneLineTests: XCTestCase {
    func testTheGapEndsTheTitle() throws {
        let text = ReadingShapes.titleAndLeadOnOneLine.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.headline, "强化代表履职 助力乡村振兴")
        XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。"])
        let findings = Checker.check(text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code) \($0.finding.message)" },
                       ["1:18 P4 标题和导语连在一行，中间只隔着空格：在标题后换行，另起一段"])
        // Not fixed: a break must follow the file's line endings and be a paragraph in a Word
        // review copy (the audit); deleting the gap, as for a stray space, glued title and lead.
        XCTAssertNil(findings.first?.finding.fix)
        XCTAssertEqual(Fixer.fixed(bytes: Array(text.utf8)).bytes, Array(text.utf8))
        // Broken by hand, it reads the same.
        let broken = text.replacingOccurrences(of: "　　今年以来", with: "\n\n今年以来")
        XCTAssertEqual(Checker.lineCodes(broken), [])
        XCTAssertEqual(BulletinReader.read(broken).article, article)
        // One phrase space, or two ASCII spaces, is no gap.
        XCTAssertNil(GenrePatterns.titleBodyGap(Array("林州市：强化代表履职 助力乡村振兴".utf8)))
        XCTAssertNil(GenrePatterns.titleBodyGap(Array("林州市：强化代表履职  助力乡村振兴".utf8)))
    }
}

extension TitleAndLeadOnOneLineTests {
    /// One U+3000 typed for the break (the title's phrases set apart alike): the last such gap
    /// before the lead's first clause ends the title. Before, `parse` said 不是简报 and
    /// `check --fix` deleted the space, gluing the title to its lead.
    func testOneIdeographicSpaceBeforeTheLead() throws {
        let text = ReadingShapes.titleAndLeadOneSpaceApart.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.headline, "强化代表履职　助力乡村振兴")
        XCTAssertEqual(article.lead, ["今年以来，南阳市人大常委会坚持把代表工作摆在突出位置，取得明显成效。"])
        XCTAssertEqual(Checker.lineCodes(text), ["1 P4"])
        XCTAssertEqual(Fixer.fixed(bytes: Array(text.utf8)).bytes, Array(text.utf8))
        // A space after the lead's first clause is a stray one, and a title alone has no lead.
        XCTAssertNil(GenrePatterns.titleBodyGap(Array("南阳市：强化代表履职，今年以来　南阳市人大常委会坚持把代表工作摆在突出位置，取得明显成效。".utf8)))
        XCTAssertNil(GenrePatterns.titleBodyGap(Array("南阳市：强化代表履职　助力乡村振兴".utf8)))
    }

    /// A title whose two phrases are set apart by a wide gap, nothing after: no lead to cut off.
    func testATitlesWideGapBetweenPhrasesIsNoLead() throws {
        let text = "郑州市：高位部署强担当　　凝心聚力启新程\n\n郑州市人大常委会全面启动年度代表主题活动，市委给予充分肯定。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertNil(GenrePatterns.titleBodyGap(Array(text.split(separator: "\n")[0].utf8)))
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.headline, "高位部署强担当　　凝心聚力启新程")
        XCTAssertEqual(article.lead, ["郑州市人大常委会全面启动年度代表主题活动，市委给予充分肯定。"])
    }
}

/// The second audit of the session's changes (December 2026): what its later fixes broke.
final class SecondSessionAuditTests: XCTestCase {
    /// Seed 001's masthead shape, the issuing body broken over two lines and no 刊名: the first
    /// line holds 常委会, so it names an office, not a 刊名.
    func testAnIssuingBodyBrokenOverTwoLinesIsNoTitle() throws {
        let masthead = try XCTUnwrap(BulletinReader.read(try Seeds.text(Seeds.ocrIssue2024)).bulletin?.masthead)
        XCTAssertEqual(masthead.title, "")
        XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "选举任免代表联络工作委员会"])
    }

    /// `一　系列…` typed with a full-width space in a sentence: no point (no heading phrase follows).
    func testAWordAfterAGapIsNoPoint() throws {
        let text = "林州市：强化代表履职 助力乡村振兴\n\n今年以来，林州市人大常委会组织代表开展活动。\n\n一　系列举措落地见效，群众满意度明显提升。\n\n（林州市人大常委会供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.count, 0)
        XCTAssertEqual(article.lead.last, "一　系列举措落地见效，群众满意度明显提升。")
        XCTAssertNil(GenrePatterns.pointNumber(Array("一　系列举措落地见效，群众满意度明显提升。".utf8)))
        XCTAssertNotNil(GenrePatterns.pointNumber(Array("一　强化组织领导。成立工作专班，制定方案。".utf8)))
    }

    /// A closing sentence opening with 通讯员 is text, no byline.
    func testASentenceOpeningWithAReportersTitleIsText() throws {
        XCTAssertFalse(GenrePatterns.isByline(Array("通讯员 张华表示，代表联络站作用明显。".utf8), 0, "通讯员 张华表示，代表联络站作用明显。".utf8.count))
        XCTAssertTrue(GenrePatterns.isByline(Array("□本报记者 王五 通讯员 赵六".utf8), 0, "□本报记者 王五 通讯员 赵六".utf8.count))
    }

    /// A newspaper piece under a plain headline with a closing byline stays none for both jobs.
    func testAPlainHeadlineWithAClosingBylineIsNoSubmission() {
        let text = "滑县举办代表履职培训班\n\n近日，滑县人大常委会举办代表履职培训班，全县120名代表参加。\n\n□本报记者 王五\n"
        XCTAssertEqual(BulletinReader.read(text).kind, .notABulletin)
        XCTAssertEqual(Checker.check(text).kind, .notABulletin)
    }
}

extension SecondSessionAuditTests {
    /// The issuing body over the 刊名 (`河南省人大常委会办公厅` / `人大工作简报` / `第 5 期`): the 刊名 is
    /// read, as S2 reads it (the reader took a 刊名 only before any body line); a body's second line
    /// right under its first stays the body's.
    func testTheTitleUnderTheIssuingBody() throws {
        let text = ReadingShapes.issue(masthead: "河南省人大常委会办公厅\n\n人大工作简报\n\n第 5 期\n\n2026 年 4 月 13 日")
        let masthead = try XCTUnwrap(BulletinReader.read(text).bulletin?.masthead)
        XCTAssertEqual(masthead.title, "人大工作简报")
        XCTAssertEqual(masthead.issueNumber, 5)
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S2") })
        let twoLines = ReadingShapes.issue(masthead: "中共某市委\n宣传部\n\n第 5 期\n\n2026 年 4 月 13 日")
        XCTAssertNotEqual(BulletinReader.read(twoLines).bulletin?.masthead.title, "宣传部")
    }
}

/// A wide gap inside a line (two U+3000 or more, a tab) is reported by P4 and left: a point's
/// heading and its text, or a 编者按's label and its text, set apart so are a layout's break, and
/// deleting the gap glued them (the audit: `一、强化组织领导　　成立工作专班` → one run-on heading).
final class WideGapTests: XCTestCase {
    func testAWideGapIsReportedNotDeleted() throws {
        let text = "林州市：强化代表履职 助力乡村振兴\n\n今年以来，林州市人大常委会组织代表深入基层。\n\n一、强化组织领导　　成立工作专班，制定实施方案。\n\n（林州市人大常委会代表工委供稿）\n"
        let findings = Checker.check(text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["5 P4"])
        XCTAssertNil(findings.first?.finding.fix)
        XCTAssertEqual(Fixer.fixed(bytes: Array(text.utf8)).bytes, Array(text.utf8))
        // One stray space (or a letter-spaced line) is still deleted.
        let one = text.replacingOccurrences(of: "　　成立", with: " 成立")
        XCTAssertNotNil(Checker.check(one).findings.first { $0.finding.rule.code == "P4" }?.finding.fix)
    }
}

/// A paragraph ending with a sentence mark and a straight quote (`…真方便."`, `。"`, `!"`, `.'`),
/// as a clerk types a quotation with half-width marks: the quote closes the sentence, as `。”`
/// does (`GenrePatterns.closesSentenceInQuotes`). Before, both jobs read the line as left open
/// by a page break: `parse` joined it with the next paragraph (or a short first paragraph into
/// the title), `check` reported A1 and `--fix` joined the two.
final class StraightQuoteClosingASentenceTests: XCTestCase {
    static let quoteEnds = [".\"", "。\"", "!\"", ".'"]

    func testAPointsParagraphEndingInAStraightQuoteIsClosed() throws {
        let original = ReadingShapes.straightQuoteClosingAParagraph.text
        for end in Self.quoteEnds {
            let text = original.replacingOccurrences(of: "现在真方便.\"", with: "现在真方便" + end)
            let article = try XCTUnwrap(BulletinReader.read(text).article, end)
            XCTAssertEqual(article.points.count, 2, end)
            XCTAssertEqual(article.points.first?.body.count, 2, "\(end): \(article.points.first?.body ?? [])")
            XCTAssertEqual(article.points.first?.body.last?.hasPrefix("截至5月底"), true, end)
            let codes = Checker.lineCodes(text)
            XCTAssertFalse(codes.contains { $0.hasSuffix("A1") }, "\(end): \(codes)")
            let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
            XCTAssertEqual(fixed.split(separator: "\n").count, 7, "\(end): \(fixed)")
            XCTAssertTrue(fixed.contains("\n截至5月底，"), "\(end): \(fixed)")
        }
        // P1 still turns the half-width stop and quote into `。”`.
        let fixed = String(decoding: Fixer.fixed(bytes: Array(original.utf8)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.contains("现在真方便。”\n截至5月底"), fixed)
    }

    /// The lead's first paragraph so ended, blank lines between paragraphs and one paragraph a
    /// line (a short first paragraph, which went into the title as its second line).
    func testTheLeadsFirstParagraphEndingInAStraightQuoteIsClosed() throws {
        for shape in [ReadingShapes.straightQuoteClosingTheLead, ReadingShapes.straightQuoteClosingAShortFirstParagraph] {
            for end in Self.quoteEnds {
                let text = shape.text.replacingOccurrences(of: "很欢迎.\"", with: "很欢迎" + end)
                let article = try XCTUnwrap(BulletinReader.read(text).article, "\(shape.name) \(end)")
                XCTAssertEqual(article.headline, "“双联双促”激发代表履职活力", "\(shape.name) \(end)")
                XCTAssertEqual(article.lead.count, 2, "\(shape.name) \(end): \(article.lead)")
                XCTAssertEqual(article.lead.last?.hasPrefix("全市共组织活动"), true, "\(shape.name) \(end)")
                let codes = Checker.lineCodes(text)
                XCTAssertFalse(codes.contains { $0.hasSuffix("A1") }, "\(shape.name) \(end): \(codes)")
                let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
                XCTAssertEqual(fixed.split(separator: "\n", omittingEmptySubsequences: false).count,
                               text.split(separator: "\n", omittingEmptySubsequences: false).count, "\(shape.name) \(end): \(fixed)")
                XCTAssertTrue(fixed.contains("群众很欢迎"), fixed)
            }
        }
    }

    /// A straight quote after anything but a sentence mark may open a quotation a page break
    /// cut (`…代表们说:"`): still left open, joined by both jobs.
    func testAnOpeningStraightQuoteStaysOpen() throws {
        let endsOpen = { (line: String) in GenrePatterns.endsOpen(Array(line.utf8), 0, line.utf8.count) }
        XCTAssertTrue(endsOpen("修武县七贤镇群众张大爷说:\""))
        XCTAssertTrue(endsOpen("群众称之为\"连心桥"))
        XCTAssertTrue(endsOpen("被群众称为'"))
        XCTAssertFalse(endsOpen("他说:\"现在真方便.\""))
        XCTAssertFalse(endsOpen("(他说:\"现在真方便。\")"))
        XCTAssertTrue(GenrePatterns.endsSentence(Array("他说:\"现在真方便!\"".utf8), 0, "他说:\"现在真方便!\"".utf8.count))
        XCTAssertTrue(GenrePatterns.endsSentenceHalfWidthToo(Array("他说:'现在真方便.'".utf8), 0, "他说:'现在真方便.'".utf8.count))
        // With no quote before it, a straight quote after the stop opens a quotation the page cut
        // (`…取得明显成效。"` / `代表接待日"已成为…`: the twelfth audit).
        XCTAssertTrue(endsOpen("林州市人大常委会取得明显成效。\""))
        XCTAssertFalse(GenrePatterns.endsSentence(Array("取得明显成效。\"".utf8), 0, "取得明显成效。\"".utf8.count))
        // A half-width stop inside a curly quote too, as the straight one.
        XCTAssertTrue(GenrePatterns.endsSentenceHalfWidthToo(Array("现在真方便.”".utf8), 0, "现在真方便.”".utf8.count))
        XCTAssertFalse(GenrePatterns.endsSentenceHalfWidthToo(Array("称为\"连心桥\"".utf8), 0, "称为\"连心桥\"".utf8.count))
        let text = ReadingShapes.straightQuoteClosingTheLead.text.replacingOccurrences(of: "代表们说:\"这个", with: "代表们说:\"\n\n这个")
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["代表们说：“这个活动很接地气，群众很欢迎。”", "全市共组织活动328场次。"])
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("A1") }, ["3 A1"])
    }
}

extension StraightQuoteClosingASentenceTests {
    /// OCR text hard-wrapped at 30 characters: a line cut at the wrap width ending `。"` goes on
    /// with the next (A1), and the `1、` opening that line is a numbered opening P7 judges, as under
    /// `。”` — the typography scan reads the straight quote as closing too. Before, it read the
    /// line as going on with a sentence left open and let `1、` pass.
    func testANumberedOpeningUnderAQuoteClosedStraightIsJudged() {
        let text = """
        焦作市：“双联双促”激发代表履职活力

        今年以来，焦作市人大常委会开展双联双促活动，组织全市五千二百
        余名各级人大代表进站履职，代表们每月到联络站接待群众，收集意
        见建议，推动解决了一批群众急难愁盼问题，受到广泛好评，各级代
        表履职热情高涨，联系群众更加紧密，工作成效明显，今年以来，焦
        作市人大常委会开展双联双促活动，组织全市五千二百余名各级人大
        代表进站履职，代表们每月到联络站接待群众，收集意见建议，推动
        解决了一批群众急难愁盼问题，受到广泛好评，各级代表履职热情高
        涨，联系群众更加紧密，工作成效明显，今年以来，焦作市人大常委
        张大爷说：\"有事找代表，现在真方便，大家都说这个办法真好。\"
        1、建立台账。对群众反映的问题建立台账，交相关部门限期办理，
        会开展双联双促活动，组织全市五千二百余名各级人大代表进站履职
        ，代表们每月到联络站接待群众，收集意见建议，推动解决了一批群
        众急难愁盼问题，受到广泛好评，各级代表履职热情高涨，联系群众
        更加紧密，工作成效明显，今年以来，焦作市人大常委会开展双联双
        促活动，组织全市五千二百余名各级人大代表进站履职，代表们每月
        到联络站接待群众，收集意见建议，推动解决了一批群众急难愁盼问题。

        （焦作市人大常委会代表工委供稿）

        """
        XCTAssertTrue(Checker.lineCodes(text).contains("12 P7"), "\(Checker.lineCodes(text))")
        let curly = text.replacingOccurrences(of: "说：\"有事", with: "说：“有事").replacingOccurrences(of: "真好。\"", with: "真好。”")
        XCTAssertNotEqual(curly, text)
        XCTAssertTrue(Checker.lineCodes(curly).contains("12 P7"), "\(Checker.lineCodes(curly))")
    }
}
