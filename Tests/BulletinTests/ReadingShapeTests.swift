import XCTest
@testable import Bulletin
import NotesFormat

/// The cases under "Why" in issue 12, each as `parse` and `check` are used: every one failed
/// before the reader and the checker shared the recogniser concerned.
final class ReadingShapeTests: XCTestCase {
    func testBulletStarAndNumberedContentsAreContentsForBothJobs() {
        for shape in [ReadingShapes.contentsBullet, ReadingShapes.contentsStar, ReadingShapes.contentsNumbered, ReadingShapes.contentsFullWidthAsterisk] {
            let result = BulletinReader.read(shape.text)
            XCTAssertEqual(result.layout.contents.map(\.text), ["郑州市：高位部署强担当 凝心聚力启新程", "焦作市：闻令即动抓落实 推动代表履职见真章"], shape.name)
            // No false 目录中缺少这篇文章: the entries are read as contents.
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
    }
}

extension ReadingShapeTests {
    func testFenSongIsTheSendFieldForBothJobs() throws {
        let shape = ReadingShapes.footerFenSong
        let footer = try XCTUnwrap(BulletinReader.read(shape.text).bulletin?.footer)
        XCTAssertEqual(footer.sendTo, "省人大常委会主任、副主任、秘书长")
        // Not an article (S4, S5, S8) nor a footer without 送 (S9).
        XCTAssertEqual(Checker.lineCodes(shape.text), [])
    }
}

extension ReadingShapeTests {
    func testHalfWidthSubmissionKeepsItsHeadingOnItsOwnLine() throws {
        let result = BulletinReader.read(ReadingShapes.halfWidthSubmission.text)
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.region, "郑州市")
        XCTAssertEqual(article.headline, "高位部署强担当 凝心聚力启新程")
        XCTAssertEqual(article.lead, ["今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。"])
        XCTAssertEqual(article.points.map(\.heading), ["精准对标明确方向。", "上下联动掀热潮。"])
        XCTAssertFalse(result.repairs.contains { $0.kind == .splitRunInHeading })
    }

    func testClosingAfterAShortSubPointSentenceWithACommaStaysTheClosing() throws {
        let article = try XCTUnwrap(BulletinReader.read(ReadingShapes.closingAfterSubPoint.text).article)
        XCTAssertEqual(article.closing.count, 1)
        XCTAssertTrue(article.closing.first?.hasPrefix("下一步，周口市人大常委会") == true)
        XCTAssertEqual(article.points.last?.body, ["一是抓好统筹，市县乡三级同步推进。二是抓好培训，组织代表集中学习。三是加强宣传，扩大影响。"])
    }
}

extension ReadingShapeTests {
    func testIssuingBodyAndDateOnOneLineIsAMastheadForBothJobs() throws {
        // In a whole issue: the line is the masthead's issuing body and date.
        let issue = ReadingShapes.mastheadBodyAndDate.text
        let bulletin = try XCTUnwrap(BulletinReader.read(issue).bulletin)
        XCTAssertEqual(bulletin.masthead.date, BulletinDate(year: 2026, month: 4, day: 13))
        XCTAssertEqual(Checker.lineCodes(issue), [])
        // Opening a text: parse reads an issue with a short masthead, and check judges that
        // masthead (S2) instead of taking the line for an article heading (S5, S8 at 1:1).
        let text = ReadingShapes.bodyAndDateFirst.text
        XCTAssertEqual(BulletinReader.read(text).kind, .issue)
        let result = Checker.check(text)
        XCTAssertEqual(result.kind, .issue)
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasPrefix("1 ") }, ["1 S2"])
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S5") || $0.hasSuffix("S8") })
    }
}

extension ReadingShapeTests {
    func testWordPastedTextIsOneParagraphPerLineForBothJobs() throws {
        let text = ReadingShapes.wordPasted.text
        // The stray “ is reported on its own line (2), not at the correct pair on line 5; the
        // paragraph broken after 给予充分 (line 3) is reported, as parse joins it.
        XCTAssertEqual(Checker.lineCodes(text), ["2 P3", "3 A1"])
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.repairs.filter { $0.kind == .joinedPageBreak }.map(\.range.start.line), [3])
        XCTAssertEqual(result.article?.points.first?.body, ["市人大常委会迅速启动活动方案制定工作，市委对活动筹备工作给予充分肯定，并提出明确要求。"])
        // With a few blank lines the lines are still paragraphs: the stray “ is reported on line 3.
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.wordPastedMixed.text), ["3 P3"])
        // The fix joins the two lines and nothing else.
        let fix = try XCTUnwrap(Checker.check(text).findings.first { $0.finding.rule.code == "A1" }?.finding.fix)
        XCTAssertEqual(fix.edits.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }, ["\n"])
    }
}

extension ReadingShapeTests {
    func testAlbumLineWithoutItsNumeralIsTheAlbumLineForBothJobs() throws {
        let text = ReadingShapes.albumUnnumbered.text
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.layout.album?.line.text, "“人大代表在行动”主题活动专辑")
        XCTAssertNil(result.bulletin?.album)
        XCTAssertEqual(result.unplaced.map(\.line), [10])
        XCTAssertEqual(result.bulletin?.articles.count, 2)
        XCTAssertEqual(Checker.lineCodes(text), ["10 S3"])
    }
}

extension ReadingShapeTests {
    func testTitleOverTwoOrThreeShortLinesIsOneTitleForBothJobs() throws {
        let two = BulletinReader.read(ReadingShapes.titleOverTwoLines.text)
        XCTAssertEqual(two.kind, .article)
        XCTAssertEqual(two.article?.headline, "滑县人大常委会赴外地考察学习代表联络站建设工作")
        XCTAssertEqual(two.article?.lead.first?.hasPrefix("为进一步提升"), true)
        XCTAssertEqual(two.repairs.filter { $0.kind == .joinedTitleLines }.map(\.range.start.line), [1])
        let three = BulletinReader.read(ReadingShapes.titleOverThreeLines.text)
        // Three parallel phrases: each break is a phrase space; the wrapped title above has none.
        XCTAssertEqual(three.article?.headline, "聚焦两高四着力 奋发有为十五五 人大代表在行动")
        XCTAssertEqual(three.layout.articles.first?.heading.range.end.line, 3)
        // The checker reads the same single article and judges it: no 地区： (S5), no 供稿 line (S8).
        XCTAssertEqual(Checker.check(ReadingShapes.titleOverTwoLines.text).kind, .article)
        // The credit line (图文、审核) is not a paragraph for either: parse drops and lists it, and
        // S8 is reported at the last paragraph (line 6), without P4 on the space between its fields.
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.titleOverTwoLines.text), ["1 S5", "6 S8"])
        XCTAssertEqual(two.unplaced.map { "\($0.line) \($0.reason)" }, ["8 byline"])
    }

    /// Issue 12 asks for single items with a `□本报记者 …` credit to be read: a byline right under the
    /// title signs the item (an article for both jobs, the byline dropped and listed); a byline
    /// further down still makes a newspaper piece of the text (S1), and so does one under a `###`
    /// section heading (S1's wrong example, `CheckRuleCatalogueTests`).
    func testABylineUnderTheTitleSignsAnItemAndOneElsewhereANewspaperPiece() {
        let item = ReadingShapes.singleItemByline.text
        let read = BulletinReader.read(item)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.headline, "滑县人大常委会赴外地考察学习代表联络站建设工作")
        XCTAssertEqual(read.unplaced.map { "\($0.line) \($0.reason)" }, ["3 byline"])
        XCTAssertEqual(Checker.lineCodes(item), ["1 S5", "7 S8"])
        let newspaper = "滑县人大常委会赴外地考察学习代表联络站建设工作\n\n为进一步提升代表联络站建设水平，县人大常委会组织考察。\n\n□本报记者 马飞\n\n考察组实地察看了联络站。\n"
        XCTAssertEqual(BulletinReader.read(newspaper).kind, .notABulletin)
        XCTAssertEqual(Checker.lineCodes(newspaper), ["1 S1"])
        // A feature under a plain headline, its byline right under it, in `###` sections.
        let feature = "六件实事践初心 代表行动谱新篇\n\n□本报记者 马飞\n\n### 闻令而动强部署\n\n省人大常委会主题活动工作推进会议召开后，市人大常委会第一时间传达学习会议精神。\n"
        let refused = BulletinReader.read(feature)
        XCTAssertEqual(refused.kind, .notABulletin)
        XCTAssertTrue(refused.reasonNotABulletin?.contains("第 3 行有记者署名") == true, refused.reasonNotABulletin ?? "")
        XCTAssertEqual(Checker.lineCodes(feature), ["1 S1"])
    }
}

extension ReadingShapeTests {
    func testMastheadsInOtherCommonForms() throws {
        // 刊名 and year-issue on one line.
        let yearIssue = try XCTUnwrap(BulletinReader.read(ReadingShapes.mastheadTitleWithYearIssue.text).bulletin?.masthead)
        XCTAssertEqual(yearIssue.title, "人大工作简报")
        XCTAssertEqual(yearIssue.issueNumber, 5)
        XCTAssertEqual(yearIssue.date, BulletinDate(year: 2023, month: 5, day: 8))
        // 刊名 and 第N期 without a space.
        let noSpace = try XCTUnwrap(BulletinReader.read(ReadingShapes.mastheadTitleIssueNoSpace.text).bulletin?.masthead)
        XCTAssertEqual(noSpace.title, "工作动态")
        XCTAssertEqual(noSpace.issueNumber, 12)
        // 编印单位 + 编, 期号, 总期号 and date on one line.
        let editor = BulletinReader.read(ReadingShapes.mastheadEditorLine.text)
        let masthead = try XCTUnwrap(editor.bulletin?.masthead)
        XCTAssertEqual(masthead.title, "××大学")
        XCTAssertEqual(masthead.issueNumber, 3)
        XCTAssertEqual(masthead.totalIssueNumber, 45)
        XCTAssertEqual(masthead.issuingBody, ["党委办公室"])
        XCTAssertEqual(masthead.date, BulletinDate(year: 2023, month: 5, day: 8))
        XCTAssertEqual(editor.layout.masthead.issueLine?.text, "第3期")
        // The notes carry 总期号 and read back.
        let notes = NotesWriter.yaml(try XCTUnwrap(editor.notes()))
        XCTAssertTrue(notes.contains("总期号: 45"), notes)
        guard case .bulletin(let decoded) = try NotesDecoder().decode(text: notes) else { return XCTFail(notes) }
        XCTAssertEqual(decoded.masthead.totalIssueNumber, 45)
        // A spaced masthead and 增刊: the title is read, and 增刊 is not glued to the issuing body.
        XCTAssertEqual(BulletinReader.read(ReadingShapes.mastheadLetterSpaced.text).bulletin?.masthead.title, "代表工作")
        let supplement = try XCTUnwrap(BulletinReader.read(ReadingShapes.mastheadSupplement.text).bulletin?.masthead)
        XCTAssertEqual(supplement.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertNil(supplement.issueNumber)
        // The checker finds the 期号 on those lines too (no 缺少期号, no 缺少刊名).
        for shape in [ReadingShapes.mastheadTitleWithYearIssue, ReadingShapes.mastheadTitleIssueNoSpace] {
            XCTAssertEqual(Checker.check(shape.text).findings.filter { $0.finding.rule.code == "S2" }.map(\.finding.message), [], shape.name)
        }
        // A sentence with 第N期 is no masthead.
        XCTAssertNil(GenrePatterns.issueMark(Array("市人大常委会举办第3期代表培训班。".utf8)))
        XCTAssertNil(GenrePatterns.issueMark(Array("举办第3期培训班".utf8)))
    }
}

extension ReadingShapeTests {
    func testPageBreakAfterASubPointHeadingIsOneBreakForBothJobs() throws {
        let text = try Seeds.text(Seeds.markdownIssue40)
        let joined = BulletinReader.read(text).repairs.filter { $0.kind == .joinedPageBreak && $0.range.start.line == 78 }
        XCTAssertEqual(joined.count, 1)
        let reported = Checker.check(text).findings.filter { $0.finding.rule.code == "A1" && $0.range.start.line == 78 }
        XCTAssertEqual(reported.map(\.finding.message), ["段落在“一是……”式小标题之后被分页断开：与下一段连成一段"])
        // With a comma it is a sentence of the body, and a 结语 after it stays the 结语 (see above).
        XCTAssertFalse(GenrePatterns.endsWithSubPointHeading(Array("。三是加强宣传，扩大影响。".utf8)))
        XCTAssertTrue(GenrePatterns.endsWithSubPointHeading(Array("。三是履职保障上求“新”。".utf8)))
    }
}

extension ReadingShapeTests {
    func testPointsWithTheWrongMarkArePointsForBothJobs() throws {
        let text = ReadingShapes.pointWrongMark.text
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.article?.points.map(\.heading), ["精准对标明确方向。", "上下联动掀热潮。", "系统发力求实效。"])
        // The numerals as written, for the checker's judgement; the model numbers them anew.
        XCTAssertEqual(result.layout.articles.first?.points.map { $0.numeral?.text }, ["一、", "二.", "三，"])
        XCTAssertEqual(result.layout.articles.first?.points.map(\.number), [1, 2, 3])
        // check: the two marks (P7), no broken sequence (S6).
        XCTAssertEqual(Checker.lineCodes(text), ["7 P7", "9 P7"])
    }
}
