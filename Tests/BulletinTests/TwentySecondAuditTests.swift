import XCTest
@testable import Bulletin

/// The twenty-second fresh-eyes audit (December 2026: does `parse` lose or invent anything, and
/// does parse → draft → parse come back?).
final class TwentySecondAuditTests: XCTestCase {
    /// 总期号 read from a masthead is printed again by every format (it was kept in the notes only,
    /// and lost by draft), and read back.
    func testTheTotalIssueNumberIsPrintedAndReadBack() throws {
        let source = "代表工作\n\n第 17 期（总第 215 期）\n\n河南省人大常委会代表工作委员会\n\n2026年5月8日\n\n“人大代表在行动”主题活动专辑（六）\n\n南阳市：建强用好代表联络站\n\n南阳市人大常委会推进代表联络站建设。\n\n（南阳市人大常委会代表工委供稿）\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
        let bulletin = try XCTUnwrap(BulletinReader.read(source).bulletin)
        XCTAssertEqual(bulletin.masthead.totalIssueNumber, 215)
        let drafter = Drafter(library: try Drafter.defaultLibrary(), profile: .standard, strict: false)
        for format in ["txt", "md", "html"] {
            let drafted = try drafter.draft(bulletin, format: format)
            XCTAssertTrue(drafted.contains("第 17 期（总第 215 期）"), format)
        }
        let again = try XCTUnwrap(BulletinReader.read(try drafter.draft(bulletin, format: "txt")).bulletin)
        XCTAssertEqual(again.masthead.issueNumber, 17)
        XCTAssertEqual(again.masthead.totalIssueNumber, 215)
    }

    /// A masthead dated as typed in digits (`2026.5.8`, `2026-05-08`, `2026/5/8`) is dated for both
    /// jobs: the date ran into the issuing body, the notes lacked 日期 (draft refused them) and S2
    /// said the date was missing.
    func testAMastheadDateInDigitsIsTheDate() throws {
        for written in ["2026.5.8", "2026-05-08", "2026/5/8"] {
            let source = "代表工作\n\n第 17 期\n\n河南省人大常委会\n代表工作委员会\n\n\(written)\n\n“人大代表在行动”主题活动专辑（六）\n\n南阳市：建强用好代表联络站\n\n南阳市人大常委会推进代表联络站建设。\n\n（南阳市人大常委会代表工委供稿）\n"
            let masthead = try XCTUnwrap(BulletinReader.read(source).bulletin?.masthead, written)
            XCTAssertEqual(masthead.date, BulletinDate(year: 2026, month: 5, day: 8), written)
            XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"], written)
            XCTAssertFalse(Checker.lineCodes(source).contains { $0.hasSuffix("S2") }, written)
        }
    }

    /// A text with a 供稿 line is a submission for both jobs, whatever its first line (a digest of
    /// `地区：句子。` lines, `南阳市：` alone, a newspaper's byline inside it): the reader refused
    /// what the checker checked as an article (one document kind, issue 12), and its 供稿 unit was
    /// lost. A quoted question is a title (`濮阳市：“代表在哪里？”`).
    func testATextWithAContributorLineIsASubmissionForBothJobs() throws {
        let texts = [
            "郑州市：召开主任会议专题研究部署。\n开封市：组织五级代表进站履职。\n洛阳市：组织代表开展集中视察3次。\n（河南省人大常委会代表工作委员会供稿）\n",
            "南阳市：\n南阳市人大常委会组织代表开展专题视察，推动重点项目建设提速增效。\n\n（南阳市人大常委会代表工委供稿）\n",
            "滑县：人大代表进网格 解决群众急难愁盼\n\n滑县人大常委会组织代表深入网格，收集群众意见建议120余条。\n\n记者 张三 通讯员 李四\n\n（滑县人大常委会代表工委供稿）\n",
            "濮阳市：“代表在哪里？”\n濮阳市人大常委会坚持问题导向，推动代表联络站由“建起来”向“活起来”转变。\n一、完善制度。出台联络站工作规则。\n（濮阳市人大常委会代表工委供稿）\n",
        ]
        for text in texts {
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.kind, .article, text)
            XCTAssertEqual(read.kind, Checker.check(text).kind, text)
            XCTAssertNotNil(read.article?.contributor, text)
        }
        XCTAssertEqual(BulletinReader.read(texts[3]).article?.headline, "“代表在哪里？”")
        XCTAssertEqual(BulletinReader.read(texts[2]).article?.headline, "人大代表进网格 解决群众急难愁盼")
    }

    /// A short PDF copy: six lines of one width, half of them cut in mid-sentence with the sentence
    /// going on right under, are hard-wrapped (its lead was read line by line); a title set over two
    /// short lines there is one title, the lead's lines at the wrap width are no title's (the
    /// title took the lead, or lost its second line, as the wrap width was or was not seen).
    func testAShortPDFCopyIsReadAsHardWrapped() throws {
        let text = """
        开封市：坚持“三个聚焦”推动
        人大代表联络站提质增效见实效
        开封市人大常委会坚持聚焦阵地建设、聚焦制度完善、聚焦活动
        开展，推动全市人大代表联络站建设提质增效，目前已建成代表
        联络站186个，实现乡镇（街道）全覆盖，为代表依法履职提
        供了有力保障。
        一年来，全市各级人大代表依托联络站开展接待活动2100余
        场次，接待群众3.6万人次，收集意见建议5800余条，推
        动解决了一批群众急难愁盼问题，联络站已经成为代表联系群众
        的重要平台。
        市人大常委会还建立了联络站工作考评机制，每年对各联络站工
        作开展情况进行考评，考评结果在全市通报，对排名靠前的联络
        站给予表扬，对排名靠后的进行约谈，推动联络站建设整体提升。
        （开封市人大常委会代表工委供稿）

        """
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.format, .ocrText)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.headline, "坚持“三个聚焦”推动人大代表联络站提质增效见实效")
        XCTAssertEqual(article.lead.count, 3)
        XCTAssertTrue(article.lead[0].hasPrefix("开封市人大常委会坚持聚焦阵地建设") && article.lead[0].hasSuffix("供了有力保障。"))
        XCTAssertEqual(Checker.lineCodes(text).first, "1 A1")
        // A Word paste of short paragraphs a blank line apart, open at their ends (`发：…、…`), is none.
        XCTAssertEqual(BulletinReader.read(MultiIssueFileTests.nextIssue).format, .plainText)
    }

    /// An HTML character reference copied from a web page keeps its `;` (`&nbsp；` was made of it),
    /// in the notes and for --fix; a `;` in Chinese text is still P1's.
    func testACharacterReferenceKeepsItsSemicolon() {
        let text = "南阳市人大常委会召开座谈会&nbsp;代表们踊跃发言&#160;气氛热烈。\n"
        XCTAssertEqual(String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: CheckOptions(mode: .fragment)).bytes, as: UTF8.self), text)
        XCTAssertEqual(NotesTextFixes.fixed("代表们踊跃发言;气氛热烈").text, "代表们踊跃发言；气氛热烈")
        XCTAssertEqual(NotesTextFixes.fixed("召开座谈会&nbsp;代表们踊跃发言").text, "召开座谈会&nbsp;代表们踊跃发言")
    }
}
