import Foundation
import XCTest
@testable import Bulletin
import NotesFormat

/// The reader/checker defects of the audit of 2026-12-06, each as `parse` and `check` (and
/// `--fix`) are used: every test failed before the fix.
final class ReadingAuditShapeTests: XCTestCase {
    private func fixed(_ text: String) -> String { Fixer.fixedText(text) }

    func testNamesTypedOnePerLineStayOnTheirLines() throws {
        let text = ReadingShapes.nameList.text
        // Only the paragraph really cut mid-sentence (line 2) is reported and joined.
        XCTAssertEqual(Checker.lineCodes(text), ["2 A1"])
        let once = fixed(text)
        XCTAssertTrue(once.contains("\n张三\n李四\n王五\n活动中，"), once)
        XCTAssertEqual(fixed(once), once, "a second --fix changes nothing")
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["3月15日，滑县人大常委会组织各乡镇代表开展集中活动日活动，代表们走访企业15家，收集意见建议32条。",
                                      "参加活动的代表有：", "张三", "李四", "王五", "活动中，代表们认真听取群众意见。"])
    }

    func testTheClosingIsNeverGluedToANameBeforeIt() throws {
        let text = ReadingShapes.nameListBeforeClosing.text
        XCTAssertEqual(Checker.lineCodes(text), [])
        XCTAssertEqual(fixed(text), text)
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        // The names stay with the last point; the 结语 is the 下一步 paragraph alone.
        XCTAssertEqual(article.points.last?.body, ["", "全市共建成代表联络站56个。", "参加座谈的代表：", "张建国（县人大代表）", "李红梅（县人大代表）", "王志强"])
        XCTAssertEqual(article.closing, ["下一步，滑县人大常委会将持续推进代表工作。"])
    }

    func testShortNameLineRecogniser() {
        XCTAssertTrue(GenrePatterns.isShortNameLine("张三"))
        XCTAssertTrue(GenrePatterns.isShortNameLine("王志强"))
        XCTAssertFalse(GenrePatterns.isShortNameLine("全县"  + "，"))
        XCTAssertFalse(GenrePatterns.isShortNameLine("15家"))
        XCTAssertFalse(GenrePatterns.isShortNameLine("我"))
    }

    func testAShortLeadEndingInAHalfWidthFullStopIsNoPartOfTheTitle() throws {
        for shape in [ReadingShapes.halfWidthLead, ReadingShapes.halfWidthLeadSpaced] {
            let result = BulletinReader.read(shape.text)
            let article = try XCTUnwrap(result.article, shape.name)
            XCTAssertEqual(article.headline, "聚焦民生实事推动代表履职", shape.name)
            XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会组织代表开展活动，取得明显成效。"], shape.name)
            XCTAssertFalse(result.repairs.contains { $0.kind == .joinedTitleLines }, shape.name)
            // check reads the same heading: only the half-width marks are reported.
            XCTAssertEqual(Set(Checker.check(shape.text).findings.map(\.finding.rule.code)), ["P1"], shape.name)
        }
        XCTAssertTrue(GenrePatterns.endsSentenceHalfWidthToo(Array("取得明显成效.".utf8), 0, "取得明显成效.".utf8.count))
        XCTAssertFalse(GenrePatterns.endsSentenceHalfWidthToo(Array("附件1.".utf8), 0, "附件1.".utf8.count))
    }

    func testASignatureUnderThe供稿LineOpensNoArticle() throws {
        for shape in [ReadingShapes.signedSubmission, ReadingShapes.signedShortSubmission] {
            let lines = shape.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
            let result = BulletinReader.read(shape.text)
            XCTAssertEqual(result.kind, .article, shape.name)
            let article = try XCTUnwrap(result.article, shape.name)
            XCTAssertEqual(article.contributor, "滑县人大常委会", shape.name)
            XCTAssertFalse((article.lead + article.closing).contains { $0.contains("2023年5月8日") || $0 == "滑县人大常委会" }, shape.name)
            // Dropped, and listed.
            XCTAssertEqual(result.unplaced.map { "\($0.line) \($0.reason)" }, ["\(lines - 1) byline", "\(lines) byline"], shape.name)
        }
        XCTAssertEqual(BulletinReader.read(ReadingShapes.signedSubmission.text).article?.closing, ["下一步，滑县人大常委会将持续推进代表工作。", "附件：代表名单"])
        // Not a signature: a unit without a date under it, or a sentence.
        XCTAssertFalse(GenrePatterns.isSignatureLine(Array("滑县人大常委会".utf8), next: nil))
        XCTAssertFalse(GenrePatterns.isSignatureLine(Array("会议于2023年5月8日".utf8), next: nil))
    }

    func testA供稿LineWithoutBracketsIsThe供稿Line() throws {
        let text = ReadingShapes.contributorUnbracketed.text
        let bulletin = try XCTUnwrap(BulletinReader.read(text).bulletin)
        XCTAssertEqual(bulletin.articles.map(\.contributor), ["郑州市人大常委会代表工委", "焦作市人大常委会代表工委"])
        XCTAssertEqual(bulletin.articles.map { $0.points.last?.body.last ?? "" }.filter { $0.contains("供稿") }, [])
        // check: the 供稿 lines, with how to write them — not “文章末尾缺少供稿行”.
        let findings = Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code) \($0.finding.message)" }
        XCTAssertEqual(findings.filter { $0.contains(" S") }, [
            "23 S8 供稿行要写成“（××供稿）”：改为“（郑州市人大常委会代表工委供稿）”",
            "33 S8 供稿行要写成“（××供稿）”：改为“（焦作市人大常委会代表工委供稿）”",
        ])
        // The unit ends before a space in front of 供稿.
        let spaced = "林州市：聚焦民生实事推动代表履职\n\n今年以来，林州市人大常委会组织代表开展活动。\n\n（林州市人大常委会 王五 供稿）\n"
        XCTAssertEqual(BulletinReader.read(spaced).article?.contributor, "林州市人大常委会 王五")
        // Not a 供稿 line: a sentence about 供稿.
        XCTAssertNil(GenrePatterns.contributorInOtherForm(Array("请各地按时供稿".utf8)))
        XCTAssertNil(GenrePatterns.contributorInOtherForm(Array("本期由各地人大常委会积极供稿，特此致谢".utf8)))
        XCTAssertNil(GenrePatterns.contributorInOtherForm(Array("（请各地按时供稿）".utf8)))
        // The label inside the brackets, half- or full-width: the 供稿 line for both jobs, and S8 says how to write it.
        for written in ["（供稿：郑州市人大常委会代表工委）", "(供稿:郑州市人大常委会代表工委)", "（供稿单位：郑州市人大常委会代表工委）"] {
            let labelled = ReadingShapes.unbracketedContributors(written, "（焦作市人大常委会代表工委供稿）")
            XCTAssertEqual(BulletinReader.read(labelled).bulletin?.articles.map(\.contributor), ["郑州市人大常委会代表工委", "焦作市人大常委会代表工委"], written)
            let codes = Checker.check(labelled).findings.map { "\($0.range.start.line) \($0.finding.rule.code) \($0.finding.message)" }
            XCTAssertEqual(codes.filter { $0.contains(" S") }, ["23 S8 供稿行要写成“（××供稿）”：改为“（郑州市人大常委会代表工委供稿）”"], written)
        }
    }

    func testFooterShapesOfOtherOffices() throws {
        let report = ReadingShapes.footerReportAndSend.text
        let footer = try XCTUnwrap(BulletinReader.read(report).bulletin?.footer)
        // 报 is the send field, and the 送 after it the units' field (the model's 发).
        XCTAssertEqual(footer.sendTo, "校领导")
        XCTAssertEqual(footer.copyTo, "各学院、各部门")
        XCTAssertEqual(footer.issuer, "党委办公室")
        XCTAssertEqual(footer.copies, 50)
        XCTAssertEqual(BulletinReader.read(report).unplaced.map(\.text), [])
        // check: 报 is no article (S4, S5, S8), the 印发 line is there (S9), the copies are well written (S10).
        XCTAssertEqual(Checker.lineCodes(report).filter { !$0.hasSuffix("P8") && !$0.hasSuffix("P4") }, [])
        // 分送 names every recipient: no 发 line is wanted.
        let fenSong = ReadingShapes.footerFenSongOnly.text
        XCTAssertEqual(BulletinReader.read(fenSong).bulletin?.footer?.sendTo, "省人大常委会主任、副主任、秘书长，各省辖市人大常委会")
        XCTAssertEqual(Checker.lineCodes(fenSong).filter { !$0.hasSuffix("P8") && !$0.hasSuffix("P4") }, [])
        // A 送 line without 发 is still incomplete.
        let sendOnly = fenSong.replacingOccurrences(of: "分送：", with: "送：")
        XCTAssertTrue(Checker.check(sendOnly).findings.contains { $0.finding.rule.code == "S9" && $0.finding.message.contains("“发：”行") })
        // The copies note in brackets, read on its own line.
        XCTAssertEqual(GenrePatterns.issuedLine(Array("（共印50份）".utf8))?.copies, 50)
        XCTAssertEqual(GenrePatterns.issuedLine(Array("（共印50份）".utf8))?.issuerEnd, 0)
    }

    func testContentsUnderAHeadingOrWithOtherMarkersAreContentsForBothJobs() throws {
        for shape in ReadingShapes.contentsMarked {
            let result = BulletinReader.read(shape.text)
            XCTAssertEqual(result.layout.contents.map(\.text), ["郑州市：高位部署强担当 凝心聚力启新程", "焦作市：闻令即动抓落实 推动代表履职见真章"], shape.name)
            XCTAssertEqual(result.unplaced.map(\.text), [], shape.name)
            XCTAssertEqual(result.bulletin?.articles.count, 2, shape.name)
            // No 目录中缺少这篇文章, no article made of an entry.
            let codes = Checker.lineCodes(shape.text)
            XCTAssertEqual(codes.filter { !$0.hasSuffix("S3") && !$0.hasSuffix("P4") }, [], shape.name)
        }
        XCTAssertTrue(GenrePatterns.isContentsHeading(Array("目　录".utf8), from: 0, to: "目　录".utf8.count))
        XCTAssertFalse(GenrePatterns.isContentsHeading(Array("目录如下".utf8), from: 0, to: "目录如下".utf8.count))
        // Region headings are contents only when the first article repeats the first of them.
        XCTAssertEqual(GenrePatterns.unmarkedContentsLength(["安阳市：甲", "鹤壁市：乙", "安阳市：甲", "正文。"]), 2)
        XCTAssertEqual(GenrePatterns.unmarkedContentsLength(["安阳市：甲", "正文。", "鹤壁市：乙"]), 0)
        XCTAssertEqual(GenrePatterns.unmarkedContentsLength(["安阳市：甲", "鹤壁市：乙"]), 0)
        // A numbered paragraph of the body is no entry.
        XCTAssertNil(GenrePatterns.listMarker(Array("（1）完善制度".utf8), from: 0, to: "（1）完善制度".utf8.count))
        XCTAssertNil(GenrePatterns.listMarker(Array("一、完善制度".utf8), from: 0, to: "一、完善制度".utf8.count))
    }

    /// Other houses label their fields `报送：` `主送：` `抄报：`: footer fields for both jobs, kept as
    /// written. A third field (`报：` `送：` `发：`) is listed, never dropped (the model holds two).
    func testOtherFooterLabelsAreFieldsAndAThirdFieldIsListed() throws {
        let reportSend = ReadingShapes.footerFenSongOnly.text.replacingOccurrences(of: "分送：省人大常委会主任、副主任、秘书长，各省辖市人大常委会",
                                                                                 with: "报送：省人大常委会领导\n主送：各省辖市人大常委会")
        let footer = try XCTUnwrap(BulletinReader.read(reportSend).bulletin?.footer)
        XCTAssertEqual([footer.sendLabel, footer.sendTo, footer.copyLabel, footer.copyTo], ["报送", "省人大常委会领导", "主送", "各省辖市人大常委会"])
        XCTAssertEqual(BulletinReader.read(reportSend).unplaced.map(\.text), [])
        // No article made of the fields (S4, S5, S8), no missing field (S9).
        XCTAssertEqual(Checker.lineCodes(reportSend).filter { !$0.hasSuffix("P8") && !$0.hasSuffix("P4") }, [])
        let notes = NotesWriter.yaml(try XCTUnwrap(BulletinReader.read(reportSend).notes()))
        guard case .bulletin(let decoded) = try NotesDecoder().decode(text: notes) else { return XCTFail(notes) }
        XCTAssertEqual(decoded.footer, footer)
        let copyReport = reportSend.replacingOccurrences(of: "主送：", with: "抄报：")
        XCTAssertEqual(BulletinReader.read(copyReport).bulletin?.footer?.copyLabel, "抄报")

        let three = reportSend.replacingOccurrences(of: "主送：各省辖市人大常委会", with: "送：省人大各专门委员会\n发：各省辖市人大常委会")
        let read = BulletinReader.read(three)
        XCTAssertEqual(read.bulletin?.footer?.sendTo, "省人大常委会领导")
        XCTAssertEqual(read.bulletin?.footer?.copyTo, "省人大各专门委员会")
        XCTAssertEqual(read.unplaced.map(\.text), ["发：各省辖市人大常委会"])
        XCTAssertEqual(read.unplaced.first?.message, "版记已有“送：”一栏，“发：”一栏未归入（版记只记两栏）")
    }

    func testFooterLabelsAreKeptAsWrittenThroughParseAndDraft() throws {
        // 报送 over 分送 (the units' field under a 报 field): the notes once refused 发栏名: 分送.
        let reportAndFenSong = ReadingShapes.Shape(name: "report-and-fensong", text: ReadingShapes.footerFenSongOnly.text.replacingOccurrences(
            of: "分送：省人大常委会主任、副主任、秘书长，各省辖市人大常委会", with: "报送：省人大常委会领导\n\n分送：各省辖市人大常委会"))
        for (shape, send, copy) in [(ReadingShapes.footerReportAndSend, "报", "送"), (ReadingShapes.footerFenSongOnly, "分送", "发"), (reportAndFenSong, "报送", "分送")] {
            let read = BulletinReader.read(shape.text)
            let footer = try XCTUnwrap(read.bulletin?.footer, shape.name)
            XCTAssertEqual([footer.sendLabel, footer.copyLabel], [send, copy], shape.name)
            let notes = NotesWriter.yaml(try XCTUnwrap(read.notes()))
            XCTAssertTrue(notes.contains("送栏名: \(send)\n"), notes)
            guard case .bulletin(let decoded) = try NotesDecoder().decode(text: notes) else { return XCTFail(notes) }
            XCTAssertEqual(decoded.footer, footer, shape.name)
            let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(.bulletin(decoded), format: "txt")
            XCTAssertTrue(drafted.contains("\n\(send)：\(try XCTUnwrap(footer.sendTo))\n"), drafted)
            if let copyTo = footer.copyTo { XCTAssertTrue(drafted.contains("\n\(copy)：\(copyTo)\n"), drafted) }
        }
        let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(.bulletin(try XCTUnwrap(BulletinReader.read(ReadingShapes.footerReportAndSend.text).bulletin)), format: "md")
        XCTAssertTrue(drafted.contains("报：校领导") && drafted.contains("送：各学院、各部门"), drafted)
        // A label the genre does not print is refused.
        let notes = "期号: 3\n日期: 2026年1月5日\n文章:\n  - 地区: 新乡市\n    标题: 甲\n分送:\n  送: 甲\n  送栏名: 致\n  印发: 乙\n"
        XCTAssertThrowsError(try NotesDecoder().decode(text: notes)) { error in
            let messages = (error as? NotesDecodingError)?.diagnostics.map(\.message) ?? []
            XCTAssertTrue(messages.contains { $0.contains("“送栏名”应为 送、分送、报、报送、主送 之一") }, "\(messages)")
        }
    }

    /// `一、强化组织领导。二、三产业…`: 二、三 lists numerals, so no second point starts there
    /// (as none starts a paragraph so); a real second number on the line still does.
    func testNumeralsListedAfterAHeadingStartNoPoint() throws {
        let article = try XCTUnwrap(BulletinReader.read(ReadingShapes.numeralListAfterHeading.text).article)
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。", "拓宽参与渠道。"])
        XCTAssertEqual(article.points.first?.body, ["二、三产业融合发展成为代表关注重点，常委会组织代表专题调研。"])
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.numeralListAfterHeading.text), [])
        let twoPoints = try XCTUnwrap(BulletinReader.read("南阳市：标题\n\n导语。\n\n一、强化组织领导。二、拓宽参与渠道。做深做实。\n").article)
        XCTAssertEqual(twoPoints.points.map(\.heading), ["强化组织领导。", "拓宽参与渠道。"])
    }

    /// The last point's `（一）` `（二）` paragraphs stay its own, however indented; only what
    /// follows the last numbered paragraph can be the 结语.
    func testNumberedParagraphsAfterTheLastPointAreNoClosing() throws {
        let article = try XCTUnwrap(BulletinReader.read(ReadingShapes.numberedParagraphsInTheLastPoint.text).article)
        XCTAssertEqual(article.points.last?.body, ["", "（一）建立领导小组。由常委会主任任组长。", "（二）完善工作机制。建立代表联系群众制度。"])   // the brackets full-width, as P1 fixes them
        XCTAssertEqual(article.closing, [])
        let withClosing = try XCTUnwrap(BulletinReader.read("""
        南阳市：标题

        导语。

        一、强化组织领导

        （一）建立领导小组。

        二是完善工作机制，建立代表联系群众制度，定期走访。

        全市代表工作迈上新台阶。

        （南阳市人大常委会代表工委供稿）

        """).article)
        XCTAssertEqual(withClosing.points.last?.body, ["", "（一）建立领导小组。", "二是完善工作机制，建立代表联系群众制度，定期走访。"])
        XCTAssertEqual(withClosing.closing, ["全市代表工作迈上新台阶。"])
    }

    /// `2026.4.10` under the unit is a signature date for both jobs, as `2026年4月10日` is.
    func testASignatureDatedWithDotsIsASignature() throws {
        let text = ReadingShapes.signedNumericDate.text
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.article?.closing, [])
        XCTAssertEqual(result.article?.contributor, "滑县人大常委会")
        XCTAssertEqual(Checker.lineCodes(text), [])
        for date in ["2026.4.10", "2026-04-10", "2026/4/1", "２０２６．４．１０".applyingTransform(.fullwidthToHalfwidth, reverse: false)!, "2026．4．10"] {
            XCTAssertTrue(GenrePatterns.isNumericDate(Array(date.utf8)), date)
        }
        for other in ["2026.4", "2026.4-10", "26.4.10", "2026.4.100", "2026.4.10日", "1.2.3"] {
            XCTAssertFalse(GenrePatterns.isNumericDate(Array(other.utf8)), other)
        }
    }

    /// P4 says where a tab indent is; `目  录` is set apart on purpose, as the reader reads it.
    func testStraySpacesOpeningALineAndTheContentsHeading() {
        let indented = Checker.check("南阳市：标题\n\n\t今年以来，代表开展活动。\n\n（南阳市人大常委会代表工委供稿）\n").findings
        XCTAssertEqual(indented.map(\.finding.message), ["行首有多余空格：删去空格（需要段首缩进时用两个全角空格）"])
        let issue = "代表工作\n\n第 11 期\n\n河南省人大常委会代表工作委员会 2026年4月13日\n\n“人大代表在行动”主题活动专辑（一）\n\n目  录\n\n"
            + "* 郑州市：高位部署强担当\n\n郑州市：高位部署强担当\n\n今年以来，郑州市人大常委会组织代表开展活动。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertFalse(Checker.lineCodes(issue).contains { $0.hasSuffix("P4") }, "\(Checker.lineCodes(issue))")
        // Spaces inside a sentence are still reported.
        XCTAssertTrue(Checker.lineCodes(issue.replacingOccurrences(of: "组织代表", with: "组织  代表")).contains("15 P4"))
    }

    /// In text typed with half-width punctuation a `.` ends the sentence for the reader as for the
    /// checker: the 下一步 line after it is the 结语, not the last point's paragraph run on.
    func testAHalfWidthFullStopEndsTheLineBeforeTheClosing() throws {
        let text = ReadingShapes.halfWidthClosing.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.last?.body, ["", "在许昌日报、许昌人大网开设专栏，刊发稿件42篇。"])
        XCTAssertEqual(article.closing, ["下一步，许昌市人大常委会将持续深化主题活动，推动代表工作提质增效。"])
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("A1") }, "\(Checker.lineCodes(text))")
    }

    /// `……委员会编 2026年5月8日`: the editor without 编, as on a `…编 第3期` line; a title broken
    /// over two lines is one heading for both jobs, as its contents entry says (no false S4), and
    /// A1 says it is the title that is broken.
    func testAPDFIssueWithItsTitleBrokenOverTwoLines() throws {
        let text = ReadingShapes.pdfIssueTitleBroken.text
        let result = BulletinReader.read(text)
        let bulletin = try XCTUnwrap(result.bulletin)
        XCTAssertEqual(bulletin.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertEqual(bulletin.articles.map(\.headline), ["多措并举推动代表履职提质增效", "聚焦民生实事 彰显代表担当"])
        XCTAssertEqual(Checker.lineCodes(text), ["6 S3", "10 A1"])
        let split = Checker.check(text).findings.first { $0.finding.rule.code == "A1" }
        XCTAssertEqual(split?.finding.message, "标题被换行断开（目录中是一行）：与下一行连成一行")
        // Joined, the title is one line and nothing is left to report but the album line.
        XCTAssertEqual(Checker.lineCodes(fixed(text)).filter { !$0.hasSuffix("S3") }, [])
    }
}

/// An article without numbered points (its 一是… paragraphs under the lead, as clerks often write
/// it): `下一步，…` after the lead is its 结语 all the same, and drafting it back reads the same.
final class ClosingWithoutPointsTests: XCTestCase {
    func testTheClosingOfAnArticleWithoutPointsIsItsClosing() throws {
        let text = "南阳市：“学解绘”三步法凝聚代表合力\n\n今年以来，南阳市人大常委会创新推出“学解绘”三步法。\n\n一是学。组织代表深入学习。\n\n二是解。组织代表开展专题调研。\n\n下一步，南阳市人大常委会将继续深化“学解绘”三步法。\n\n（南阳市人大常委会代表工委供稿）\n"
        let read = BulletinReader.read(text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.lead, ["今年以来，南阳市人大常委会创新推出“学解绘”三步法。", "一是学。组织代表深入学习。", "二是解。组织代表开展专题调研。"])
        XCTAssertEqual(article.closing, ["下一步，南阳市人大常委会将继续深化“学解绘”三步法。"])
        XCTAssertEqual(read.paragraphs.filter { $0.role == .closing }.count, 1)
        let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(article, format: "txt")
        XCTAssertEqual(BulletinReader.read(drafted).article, article, drafted)
        // Only a firm opening starts it: `未来产业…` is a body paragraph; `今后，…` closes.
        let future = text.replacingOccurrences(of: "下一步，南阳市人大常委会将继续深化", with: "未来产业代表联络站成立以来，代表们继续深化")
        XCTAssertEqual(BulletinReader.read(future).article?.closing, [])
        let henceforth = text.replacingOccurrences(of: "下一步，", with: "今后，")
        XCTAssertEqual(BulletinReader.read(henceforth).article?.closing.count, 1)
        // A lead of one paragraph opening so is the lead: an article has its lead first.
        let only = BulletinReader.read("南阳市：标题\n\n下一步，南阳市人大常委会将继续深化代表工作。\n\n（南阳市人大常委会代表工委供稿）\n").article
        XCTAssertEqual(only?.lead.count, 1)
        XCTAssertEqual(only?.closing, [])
    }
}

/// A submission typed with half-width marks is no OCR text: parse names it so (its lines are read
/// as typed; only hard-wrapped text is OCR's).
final class SourceFormatNameTests: XCTestCase {
    func testHalfWidthTextIsNamedAsSuchNotOCR() throws {
        let read = BulletinReader.read(ReadingShapes.halfWidthLeadSpaced.text)
        XCTAssertEqual(read.format, .halfWidthText)
        XCTAssertEqual(read.format.chineseName, "半角标点文本")
        XCTAssertEqual(read.article?.lead, ["今年以来，林州市人大常委会组织代表开展活动，取得明显成效。"])
        XCTAssertEqual(BulletinReader.read(try Seeds.text(Seeds.ocrIssue2024)).format, .ocrText)
    }
}

/// An issue of another house (工作动态): articles with plain titles, no `地区：`, read as articles by
/// `parse` as `check` takes them (the first after the masthead, the first after each 供稿 line).
final class UntitledIssueArticleTests: XCTestCase {
    func testPlainTitlesInAnIssueHeadArticles() throws {
        let text = ReadingShapes.untitledIssueArticles.text
        let bulletin = try XCTUnwrap(BulletinReader.read(text).bulletin)
        XCTAssertEqual(bulletin.articles.map(\.headline), ["我校召开代表联络站建设推进会", "我校代表参加专题视察活动"])
        XCTAssertEqual(bulletin.articles.map(\.region), ["", ""])
        XCTAssertEqual(bulletin.articles.map(\.lead.count), [2, 1])
        XCTAssertEqual(BulletinReader.read(text).unplaced.count, 0)
        XCTAssertEqual(TextLayout(bytes: Array(text.utf8)).articles.map(\.heading), ["我校召开代表联络站建设推进会", "我校代表参加专题视察活动"])
        // A sentence after a 供稿 line heads nothing: it is no title (`GenrePatterns.headsNextArticle`);
        // the reader lists it, the checker reads it as text of no article.
        let sentence = text.replacingOccurrences(of: "我校代表参加专题视察活动\n", with: "")
        let read = BulletinReader.read(sentence)
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["我校召开代表联络站建设推进会"])
        XCTAssertEqual(read.unplaced.map(\.message).first, "这段文字在供稿行之后，不像下一篇文章的标题，未归入")
        XCTAssertEqual(TextLayout(bytes: Array(sentence.utf8)).articles.count, 1)
        // Nor does a labelled or bracketed line, or the 印发 line with its copies (which ends the issue).
        for stray in ["（执笔：张三）", "责任编辑：张三", "党委办公室印发（共印60份）"] {
            let strayText = text.replacingOccurrences(of: "我校代表参加专题视察活动\n", with: stray + "\n")
            XCTAssertEqual(BulletinReader.read(strayText).bulletin?.articles.map(\.headline), ["我校召开代表联络站建设推进会"], stray)
            XCTAssertEqual(TextLayout(bytes: Array(strayText.utf8)).articles.count, 1, stray)
        }
    }

    /// In an issue with `地区：` headings, a title-like line is never an article of its own (the
    /// audit of this rule, December 2026): a line over the contents, a signature after a 供稿 line.
    func testAnIssueWithRegionHeadingsKeepsItsArticles() throws {
        let issue = """
        代表工作

        第 16 期

        河南省人大常委会代表工作委员会          2026年6月4日

        本期要目

        ★南阳市：三步法凝聚代表合力

        ★信阳市：建强代表联络站

        南阳市：三步法凝聚代表合力

        南阳市人大常委会创新推出三步法。

        （南阳市人大常委会代表工委供稿）

        ××大学党委宣传部

        信阳市：建强代表联络站

        信阳市人大常委会扎实推进联络站建设。

        （信阳市人大常委会代表工委供稿）

        送：省人大常委会主任

        发：各省辖市人大常委会

        河南省人大常委会代表工作委员会印发

        """
        let bulletin = try XCTUnwrap(BulletinReader.read(issue).bulletin)
        XCTAssertEqual(bulletin.articles.map(\.region), ["南阳市", "信阳市"])
        XCTAssertEqual(bulletin.articles.map(\.headline), ["三步法凝聚代表合力", "建强代表联络站"])
    }
}

/// Footers and 供稿 lines as other offices type them (December 2026): read alike by both jobs
/// (the shapes are in the agreement corpus too), and what each job says of them.
final class OtherOfficesShapeTests: XCTestCase {
    func testCopiesOverTheIssuedLineCloseTheFooterWithIt() throws {
        let text = ReadingShapes.copiesOverIssuedLine.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.footer?.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(read.bulletin?.footer?.copies, 30)
        XCTAssertEqual(read.unplaced.map(\.text), [])
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    func testAWrapped供稿LineIsOne供稿Line() throws {
        for shape in [ReadingShapes.contributorWrapped, ReadingShapes.contributorWrappedWordPasted] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.bulletin?.articles.map(\.contributor), ["郑州市人大常委会代表工委", "焦作市人大常委会代表工委"], shape.name)
            XCTAssertEqual(read.bulletin?.articles.map(\.closing), [[], []], shape.name)
            XCTAssertTrue(read.repairs.contains { $0.message.hasPrefix("供稿行折成两行") }, shape.name)
            // The unbracketed one is reported with its right form; no 文章末尾缺少供稿行.
            let findings = Checker.check(shape.text).findings.filter { $0.finding.rule.code.hasPrefix("S") }
            XCTAssertEqual(findings.map(\.finding.message), ["供稿行要写成“（××供稿）”：改为“（焦作市人大常委会代表工委供稿）”"], shape.name)
        }
        // A line alone that is a 供稿 line is no wrapped one; two lines of text are none.
        XCTAssertFalse(GenrePatterns.wrapsContributor(Array("（郑州市人大常委会代表工委供稿）".utf8), Array("附件：名单".utf8)))
        XCTAssertFalse(GenrePatterns.wrapsContributor(Array("请各地按时".utf8), Array("供稿".utf8)))
        XCTAssertTrue(GenrePatterns.wrapsContributor(Array("（供稿：郑州市人大常委会".utf8), Array("代表工委）".utf8)))
    }
}

extension OtherOfficesShapeTests {
    func testTheIssuingBodyUnderTheDateIsTheMastheads() throws {
        let read = BulletinReader.read(ReadingShapes.mastheadDateOverBody.text)
        XCTAssertEqual(read.bulletin?.masthead.issuingBody.joined(), "河南省人大常委会代表工作委员会")
        XCTAssertEqual(read.bulletin?.album?.number, 1)
        XCTAssertEqual(read.unplaced.map(\.text), [])
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.mastheadDateOverBody.text), [])
        let news = BulletinReader.read(ReadingShapes.workNewsDateOverBody.text)
        XCTAssertEqual(news.bulletin?.masthead.issuingBody.joined(), "河南省人大常委会办公厅")
        XCTAssertEqual(news.bulletin?.articles.map(\.headline), ["省人大常委会召开代表建议办理工作推进会", "省人大代表专题调研优化营商环境工作"])
        // A title naming a 常委会 under the date is no issuing body; an office's name is.
        XCTAssertFalse(GenrePatterns.isIssuingBodyUnderDate(Array("省人大常委会召开代表建议办理工作推进会".utf8)))
        XCTAssertTrue(GenrePatterns.isIssuingBodyUnderDate(Array("郑州大学党委办公室编".utf8)))
    }
}

extension OtherOfficesShapeTests {
    /// Ten list items of one length without marks, typed one a line in Word, are no OCR text:
    /// the survey counts only lines of prose cut in mid-sentence (`GenrePatterns.isCutInProse`).
    func testAWordListOfOneLengthIsNoOCRText() throws {
        let text = ReadingShapes.wordListOfOneLength.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.format, .plainText)
        XCTAssertEqual(read.article?.points.first?.body.count, 11)   // the heading alone, then ten items
        XCTAssertEqual(read.article?.closing, ["下一步，滑县人大常委会将持续推进代表联络站提质增效。"])
        XCTAssertEqual(Checker.lineCodes(text), [])
        XCTAssertFalse(GenrePatterns.isCutInProse(Array("建立代表履职档案七百余份实现全覆盖好".utf8), 0, 54))
        let prose = Array("今年以来，滑县人大常委会扎实推进代表联络站建设".utf8)
        XCTAssertTrue(GenrePatterns.isCutInProse(prose, 0, prose.count))
    }
}

/// Half-width marks left in Chinese text reach the notes full-width, as `check --fix` makes them
/// (P1 decides for both): a draft from the notes is what `check` accepts.
final class ParsePunctuationTests: XCTestCase {
    func testStraightQuotesAndStrayMarksAreFullWidthInTheNotes() throws {
        let text = """
        滑县：聚焦民生实事 推动代表履职

        今年以来，滑县人大常委会组织代表开展"我为群众办实事"活动，成效明显!代表们说:"这样的活动很有意义"。时间为9:30，全县近1.8万名代表参加。

        一、强化组织领导。成立领导小组，制定"1+N"方案。

        （滑县人大常委会供稿）

        """
        let read = BulletinReader.read(text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.lead, ["今年以来，滑县人大常委会组织代表开展“我为群众办实事”活动，成效明显！代表们说：“这样的活动很有意义”。时间为9:30，全县近1.8万名代表参加。"])
        XCTAssertEqual(article.points.first?.body, ["成立领导小组，制定“1+N”方案。"])
        // One repair a paragraph, at its first mark (the lead's `"` at column 19, the point's at 19).
        XCTAssertEqual(read.repairs.filter { $0.kind == .fullWidthPunctuation }.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" },
                       ["3:19 第 3 行起的这段有 6 个半角标点（, . : ( ) 等）在中文里，已按 P1 改为全角",
                        "5:19 第 5 行起的这段有 2 个半角标点（, . : ( ) 等）在中文里，已按 P1 改为全角"])
        // Drafted again, the text has nothing for P1.
        let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(.article(article), format: "txt")
        XCTAssertEqual(Checker.check(drafted).findings.filter { $0.finding.rule.code == "P1" }.map(\.finding.message), [])
        // Latin text and a text without half-width marks are left as they are.
        XCTAssertEqual(NotesTextFixes.fixed("He said \"yes\".").text, "He said \"yes\".")
        XCTAssertEqual(NotesTextFixes.fixed("全角“引号”。").punctuation, 0)
    }
}

/// What a fourth fresh-eyes audit found in the reading of other offices' footers, 供稿 lines and
/// mastheads (December 2026); each input is also in the agreement corpus.
final class FourthAuditTests: XCTestCase {
    func testA供稿LineInAnotherFormEndsAnArticleWhoseHeadingRunsIntoItsLead() throws {
        let text = ReadingShapes.wrappedContributorUnderRunInHeading.text
        let articles = try XCTUnwrap(BulletinReader.read(text).bulletin?.articles)
        XCTAssertEqual(articles.map(\.contributor), ["郑州市人大常委会代表工委", "焦作市人大常委会代表工委"])
        XCTAssertEqual(articles.first?.lead, ["今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。"])
        let labelled = text.replacingOccurrences(of: "（郑州市人大常委会代表\n工委供稿）", with: "（供稿：郑州市人大常委会代表工委）")
        XCTAssertEqual(BulletinReader.read(labelled).bulletin?.articles.map(\.contributor), ["郑州市人大常委会代表工委", "焦作市人大常委会代表工委"])
    }

    func testTheIssuingBodyUnderTheDateOnTwoLinesOrSpaced() throws {
        for shape in [ReadingShapes.bodyOverTwoLinesUnderDate, ReadingShapes.bodyWithIdeographicSpaceUnderDate] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.bulletin?.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"], shape.name)
            XCTAssertEqual(read.bulletin?.album?.number, 6, shape.name)
            XCTAssertEqual(read.unplaced.map(\.text), [], shape.name)
        }
    }

    func testATitleUnderTheDateIsNoIssuingBody() throws {
        let text = ReadingShapes.titleEndingLikeABodyUnderDate.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.masthead.issuingBody, [])
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["践行全过程人民民主 建设模范人大"])
        let news = ReadingShapes.workNewsTitleAfterDatedBody.text
        XCTAssertEqual(BulletinReader.read(news).bulletin?.articles.map(\.headline), ["奋力建设新时代模范人大", "省人大代表专题调研优化营商环境工作"])
        // The checker reads the title as a title too: S5 at its line, no S5 at the lead under it.
        XCTAssertEqual(Checker.lineCodes(news).filter { $0.hasSuffix("S5") }, ["4 S5", "7 S5"])
    }

    func testA供稿LineInAnotherFormIsNoTitleLineNorTheEndOfASentence() throws {
        let underTitle = try XCTUnwrap(BulletinReader.read(ReadingShapes.otherFormContributorUnderTitle.text).article)
        XCTAssertEqual(underTitle.headline, "强化代表履职保障")
        XCTAssertEqual(underTitle.contributor, "许昌市人大常委会代表工委")
        let underSentence = try XCTUnwrap(BulletinReader.read(ReadingShapes.sentenceOverUnbracketedContributor.text).article)
        XCTAssertEqual(underSentence.closing, ["下一步将持续深化主题活动"])
        XCTAssertEqual(underSentence.contributor, "许昌市人大常委会代表工委")
        XCTAssertEqual(Checker.check(ReadingShapes.sentenceOverUnbracketedContributor.text).findings.map(\.finding.message),
                       ["供稿行要写成“（××供稿）”：改为“（许昌市人大常委会代表工委供稿）”"])
        XCTAssertFalse(GenrePatterns.wrapsContributor(Array("图为代表在联络站接待群众".utf8), Array("许昌市人大常委会代表工委供稿".utf8)))
        XCTAssertTrue(GenrePatterns.wrapsContributor(Array("许昌市人大常委会".utf8), Array("代表工委供稿".utf8)))
    }

    func testTheCopiesNoteRightUnderAFieldIsAFooterLineOfItsOwn() throws {
        let text = ReadingShapes.copiesRightUnderCopyField.text
        XCTAssertEqual(BulletinReader.read(text).bulletin?.footer?.copies, 30)
        XCTAssertEqual(Checker.lineCodes(text), ["20 S10"])   // 三十: the genre writes Arabic digits
    }

    func testALabelledSentenceInAnArticleIsItsText() throws {
        let text = ReadingShapes.labelledSentenceInArticle.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.count, 2)
        XCTAssertEqual(article.points.first?.body, ["市人大常委会印发通知，明确报送要求：", "主送：各县（市、区）人大常委会，每月5日前报送工作进展。"])
        XCTAssertEqual(article.contributor, "许昌市人大常委会代表工委")
        XCTAssertEqual(Checker.lineCodes(text), [])
        // A field of a footer ending in a stop (抄送 as GB/T 9704 writes it) stays a field: no 供稿 line follows.
        let footer = ReadingShapes.footerReportAndSend.text.replacingOccurrences(of: "送：各学院、各部门", with: "送：各学院、各部门。")
        XCTAssertEqual(BulletinReader.read(footer).bulletin?.footer?.copyTo, "各学院、各部门。")
    }
}

/// What a fifth fresh-eyes audit found in P1's pass over the notes, the 编者按's paragraphs and
/// labelled lines inside an article (December 2026).
final class FifthAuditTests: XCTestCase {
    func testAQuestionTitleAfterTheNoteHeadsTheFirstArticle() throws {
        let text = ReadingShapes.questionTitleAfterNote.text
        let read = BulletinReader.read(text)
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertEqual(bulletin.editorsNote, ["现将近期各地工作情况摘编如下。"])
        XCTAssertEqual(bulletin.articles.map(\.headline), ["代表联络站如何更好发挥作用？", "郑州市人大常委会开展代表集中视察"])
        XCTAssertEqual(bulletin.articles.first?.lead, ["5月6日，省人大常委会召开座谈会，听取各地情况。"])
        XCTAssertEqual(read.unplaced.map(\.text), [])
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("S5") }, ["11 S5", "17 S5"])
        XCTAssertTrue(GenrePatterns.isQuestionOrExclamationTitle(Array("代表联络站如何更好发挥作用？".utf8)))
        XCTAssertFalse(GenrePatterns.isQuestionOrExclamationTitle(Array("会议召开。代表说好不好？".utf8)))
    }

    func testTheNotesNextParagraphMayLeadIntoAQuotation() throws {
        let text = ReadingShapes.issueWithNote(ReadingShapes.auditNote + "\n\n省人大常委会指出：\n\n“要把代表工作做实做细。”")
        XCTAssertEqual(BulletinReader.read(text).bulletin?.editorsNote.dropFirst(), ["省人大常委会指出：", "“要把代表工作做实做细。”"])
    }

    func testP1InParseTurnsANestedStraightPairToSingleQuotes() throws {
        let text = "襄城县：代表联络站开门迎访\n\n他说“要把\"小事\"办好”。\n\n（襄城县人大常委会供稿）\n"
        XCTAssertEqual(BulletinReader.read(text).article?.lead, ["他说“要把‘小事’办好”。"])
        // A copy's number before a file's extension keeps its dot.
        XCTAssertEqual(NotesTextFixes.fixed("请下载附件代表名单(1).xlsx并填写。").text, "请下载附件代表名单（1）.xlsx并填写。")
    }

    func testAStrayHalfWidthStopEndsAPointHeading() throws {
        let text = "襄城县：代表联络站开门迎访\n\n今年以来，襄城县人大常委会开展接待活动。\n\n一、强化服务.一是建立台账。二是及时回访。\n\n二、完善机制!一是建立制度。\n\n（襄城县人大常委会供稿）\n"
        let points = try XCTUnwrap(BulletinReader.read(text).article?.points)
        XCTAssertEqual(points.map(\.heading), ["强化服务。", "完善机制！"])
        XCTAssertEqual(points.map(\.body), [["一是建立台账。二是及时回访。"], ["一是建立制度。"]])
    }

    /// A labelled line with a numbered point after it is the article's text even without a 供稿
    /// line, and wrapped over two lines; it opens a paragraph of its own for both jobs.
    func testALabelledLineBeforeAPointIsTextAndOpensAParagraph() throws {
        let base = "襄城县：代表联络站开门迎访\n\n今年以来，襄城县人大常委会开展接待活动。\n\n一、建好阵地。一是每月15日为代表接待日。二是公示代表照片。\n\n"
        let point = "\n\n二、强化服务。一是建立台账。二是及时回访。\n\n下一步，襄城县人大常委会将继续努力。\n"
        for label in ["报送：各乡镇人大主席团每月5日前将接待情况报县人大常委会代表工委。",
                      "报送：各乡镇人大主席团每月5日前将接待情况报县人大常委会代\n表工委，逾期未报的予以通报。"] {
            let text = base + label + point
            let article = try XCTUnwrap(BulletinReader.read(text).article, label)
            XCTAssertEqual(article.points.count, 2, label)
            XCTAssertEqual(article.points.first?.body.first, "一是每月15日为代表接待日。二是公示代表照片。", label)
            XCTAssertEqual(article.points.first?.body.last?.hasPrefix("报送："), true, label)
            XCTAssertEqual(article.closing, ["下一步，襄城县人大常委会将继续努力。"], label)
            XCTAssertEqual(Checker.lineCodes(text), ["\(text.components(separatedBy: "\n").count - 1) S8"], label)
        }
    }
}

/// What a sixth fresh-eyes audit found following a clerk's submission and an editor's issue
/// through parse, draft and check (December 2026).
final class SixthAuditTests: XCTestCase {
    func testAnUntitledIssuesFirstTitleIsNoContentsEntrysSecondLine() throws {
        let text = ReadingShapes.untitledIssueWithContents.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["县人大常委会召开代表联络站建设推进会", "代表联络站如何更好发挥作用？", "县人大代表深入企业开展视察"])
        XCTAssertEqual(read.layout.contents.count, 3)
        XCTAssertEqual(read.unplaced.map(\.text), [])
    }

    func testANoteOfTwoParagraphsOverUntitledArticles() throws {
        let text = ReadingShapes.noteOfTwoParagraphsInUntitledIssue.text
        let bulletin = try XCTUnwrap(BulletinReader.read(text).bulletin)
        XCTAssertEqual(bulletin.editorsNote, ["近期，县人大常委会围绕代表联络站建设开展了系列工作。", "现将有关情况编发如下。"])
        XCTAssertEqual(bulletin.articles.count, 3)
        // The checker reads the second paragraph as the note's too: S5 at the three titles, not at it.
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("S5") }, ["7 S5", "10 S5", "13 S5"])
    }

    func testANoteOverUnmarkedContentsLeavesThemContents() throws {
        let text = ReadingShapes.noteOverUnmarkedContents.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["新乡市", "滑县"])
        XCTAssertEqual(read.layout.contents.count, 2)
        XCTAssertEqual(read.bulletin?.editorsNote.count, 2)
    }

    func testAStopAfterANumberEndsTheSentenceForBothJobs() throws {
        let text = "滑县：召开代表座谈会\n全年共接待群众1500人次，满意率100%.\n会议要求，要完善联络站功能。\n（滑县人大常委会办公室供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.headline, "召开代表座谈会")
        XCTAssertEqual(article.lead.first, "全年共接待群众1500人次，满意率100%。")
        XCTAssertEqual(Checker.check(text).findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }, ["2:22 P1"])
        // Not a number opening a line, nor a decimal point.
        XCTAssertEqual(Checker.lineCodes("滑县：标题\n\n1.\n\n近1.8万名代表参加。\n\n（滑县人大常委会供稿）\n").filter { $0.hasSuffix("P1") }, [])
    }

    func testTwoStraightQuotesBetweenPairsCloseOneAndOpenTheNext() throws {
        let text = "滑县：标题\n\n开展\"代表接待日\"\"代表进网格\"等活动。\n\n（滑县人大常委会供稿）\n"
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.contains("开展“代表接待日”“代表进网格”等活动。"), fixed)
        XCTAssertEqual(BulletinReader.read(text).article?.lead, ["开展“代表接待日”“代表进网格”等活动。"])
        // A run of quotes stays a run: reported without a fix, and --fix settles.
        let run = "滑县：标题\n\n他说\"''''代\"。\n\n（滑县人大常委会供稿）\n"
        XCTAssertTrue(Checker.check(run).findings.allSatisfy { $0.finding.fix == nil })
    }

    func testA供稿LineWithItsLabelWrappedIsOne() throws {
        let text = "新乡市：代表联络站建设\n今年以来，新乡市人大常委会推进代表联络站建设。\n供稿：新乡市人大常委会\n代表工委\n"
        XCTAssertEqual(BulletinReader.read(text).article?.contributor, "新乡市人大常委会代表工委")
        XCTAssertEqual(Checker.check(text).findings.map(\.finding.message), ["供稿行要写成“（××供稿）”：改为“（新乡市人大常委会代表工委供稿）”"])
        // A title under a 供稿 line is no end of its unit.
        XCTAssertFalse(GenrePatterns.wrapsContributor(Array("供稿：新乡市人大常委会".utf8), Array("县人大常委会召开代表座谈会".utf8)))
    }
}

/// What a seventh fresh-eyes audit found in the shared recognisers of question titles, stops in
/// headings and wrapped 供稿 lines (December 2026).
final class SeventhAuditTests: XCTestCase {
    func testADotAfterALetterOrDigitEndsNoPointHeading() throws {
        let text = "郑州市：推进平台建设\n市人大常委会全面推进平台建设。\n一、开通网站www.henanrd.gov.cn，群众可在线留言。\n二、升级到V2.0版本。\n（郑州市人大常委会代表工委供稿）\n"
        let points = try XCTUnwrap(BulletinReader.read(text).article?.points)
        XCTAssertEqual(points.map(\.heading), ["开通网站www.henanrd.gov.cn，群众可在线留言。", "升级到V2.0版本。"])
    }

    func testHalfWidthQuestionTitlesAreTitles() throws {
        let news = BulletinReader.read(ReadingShapes.halfWidthQuestionTitles.text)
        XCTAssertEqual(news.bulletin?.articles.map(\.headline), ["代表联络站如何更好发挥作用？", "撸起袖子加油干！"])
        XCTAssertEqual(news.unplaced.map(\.text), [])
        // A title in the contents and over its article: the same, no S4 (the checker cut it at ?).
        let listed = ReadingShapes.halfWidthQuestionTitleInContents.text
        XCTAssertFalse(Checker.lineCodes(listed).contains { $0.hasSuffix("S4") }, "\(Checker.lineCodes(listed))")
        // A note's long question with clauses is no title.
        XCTAssertFalse(GenrePatterns.isQuestionOrExclamationTitle(Array("各地在推进代表联络站建设中，还有哪些好的经验做法值得进一步总结推广？".utf8)))
    }

    func testAMarkInsideQuotesEndsNoHeading() throws {
        let text = "郑州市：推进平台建设\n\n市人大常委会全面推进平台建设。\n\n一、叫响\"撸起袖子加油干!\"口号,推动活动落实.代表积极响应.\n\n二、回答“代表联络站如何发挥作用？”这一问题。各地积极探索。\n\n（郑州市人大常委会代表工委供稿）\n"
        let points = try XCTUnwrap(BulletinReader.read(text).article?.points)
        XCTAssertEqual(points.map(\.heading), ["叫响“撸起袖子加油干！”口号，推动活动落实。", "回答“代表联络站如何发挥作用？”这一问题。"])
    }

    func testATitleEndingLikeAnOfficeUnderA供稿LineIsTheNextArticle() throws {
        let text = ReadingShapes.titleEndingLikeAnOfficeUnderContributor.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["县人大常委会召开代表联络站建设推进会", "走进县人大常委会"])
        XCTAssertEqual(read.bulletin?.articles.map(\.contributor), ["新乡市人大常委会代表工委", "县人大常委会选工委"])
    }
}

/// A submission typed with half-width marks (`,` `.` `:`, the commonest kind) is read into notes
/// whose text is what `check --fix` makes of it: P1's one judgement of which marks are Chinese.
/// The reader once converted every mark beside Chinese itself: `1.` `名单.xlsx` `附件:1.` `...`
/// became `1。` `名单。xlsx` `附件：1。` `..。` in the notes, while `--fix` left them right.
final class HalfWidthSubmissionTests: XCTestCase {
    func testTheNotesHoldWhatTheFixMakesOfTheText() throws {
        let text = """
        林州市:强化代表履职 助力乡村振兴
        今年以来,林州市人大常委会组织代表开展"回头看"...效果明显.
        1.强化组织领导.印发《代表名单.xlsx》,见附件:1.代表名单.
        2.搭建履职平台.新建代表联络站5个,时间为9:30,覆盖1.8万人.
        (林州市人大常委会代表工委供稿)

        """
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会组织代表开展“回头看”……效果明显。",
                                      "1.强化组织领导。印发《代表名单.xlsx》，见附件：1.代表名单。",
                                      "2.搭建履职平台。新建代表联络站5个，时间为9:30，覆盖1.8万人。"])
        // The same lines as `check --fix` writes them.
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: .only(HalfwidthPunctuation.rule)).bytes, as: UTF8.self)
        let fixedLines = fixed.split(separator: "\n").map(String.init)
        for paragraph in article.lead { XCTAssertTrue(fixedLines.contains(paragraph), "\(paragraph) not in \(fixedLines)") }
    }
}
