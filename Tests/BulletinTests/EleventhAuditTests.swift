import XCTest
@testable import Bulletin

/// The eleventh fresh-eyes audit (December 2026: round trips, fixes, the clerk's view): what it
/// found, each a shape both jobs read alike.
final class EleventhAuditTests: XCTestCase {
    /// `三、四月份，……` opening a paragraph lists months: no point for either job. Before, it was
    /// point 三 headed `四月份，…`, S6 asked to renumber it, and the draft printed `二、四月份`.
    func testMonthsListedOpenNoPoint() throws {
        let text = ReadingShapes.monthsListedAtAParagraphsStart.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["精心组织部署。", "强化跟踪问效。"])
        XCTAssertEqual(article.points.first?.body.last, "三、四月份，市人大常委会先后组织代表120余人次，对全市36个重点项目进行视察。")
        XCTAssertEqual(Checker.lineCodes(text), [])
        for opening in ["三、四月份", "十一、十二月", "二、三季度"] {
            XCTAssertNil(GenrePatterns.pointNumber(Array((opening + "，市人大常委会组织代表视察。").utf8)), opening)
        }
        // A point whose heading opens with a numeral of something else is still one.
        XCTAssertEqual(GenrePatterns.pointNumber(Array("三、四项措施保障落实。".utf8))?.number, 3)
    }

    /// Contents under `本期目录`, `【本期要目】`, `目录：`: the heading is no text and the entries
    /// the contents, for both jobs. Before, the reader listed the heading as unplaced and took
    /// the entries for articles of their own, which the draft printed twice and empty.
    func testContentsUnderOtherHeadingsAreTheContents() throws {
        for shape in [ReadingShapes.contentsUnderThisIssuesHeading, ReadingShapes.contentsUnderABracketedHeading] {
            let read = BulletinReader.read(shape.text)
            let bulletin = try XCTUnwrap(read.bulletin, shape.name)
            XCTAssertEqual(bulletin.articles.map(\.region), ["郑州市", "焦作市"], shape.name)
            XCTAssertEqual(read.unplaced.map(\.text), [], shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
        for heading in ["本期目录", "目录：", "【本期目录】", "本期导读", "目  录"] {
            let bytes = Array(heading.utf8)
            XCTAssertTrue(GenrePatterns.isContentsHeading(bytes, from: 0, to: bytes.count), heading)
        }
        let title = Array("目录管理".utf8)
        XCTAssertFalse(GenrePatterns.isContentsHeading(title, from: 0, to: title.count))
    }

    /// The album line wrapped over two lines is one album line for both jobs, the join listed.
    func testAnAlbumLineWrappedOverTwoLinesIsTheAlbum() throws {
        for shape in [ReadingShapes.albumLineWrapped, ReadingShapes.albumNumberWrapped] {
            let read = BulletinReader.read(shape.text)
            let album = try XCTUnwrap(read.bulletin?.album, shape.name)
            XCTAssertEqual(album.theme, "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑", shape.name)
            XCTAssertEqual(album.number, 8, shape.name)
            XCTAssertEqual(read.unplaced.map(\.text), [], shape.name)
            XCTAssertEqual(read.repairs.filter { $0.kind == .joinedAlbumLine }.count, 1, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
        // A theme line over the album line proper is not joined to it.
        XCTAssertFalse(GenrePatterns.albumWrapsOnto(Array("代表工作委员会".utf8), Array("主题活动专辑（八）".utf8)))
    }

    /// Sub-headings without numbers, paragraphs a blank line apart: each alone, none joined, the
    /// phrase space kept. A short title-like line in an article without such sub-headings is still
    /// a paragraph the page cut (A1's own example).
    func testUnnumberedSubHeadingsStandAlone() throws {
        let text = ReadingShapes.unnumberedSubHeadings.text
        XCTAssertEqual(Checker.lineCodes(text), [])
        XCTAssertEqual(String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self), text)
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["今年以来，鹤壁市人大常委会聚焦中心工作，推动主题活动走深走实。", "闻令而动强部署 统筹谋划开新局",
                                      "市人大常委会第一时间传达学习会议精神，研究制定实施方案。", "聚焦民生办实事", "推动票决的12件民生实事全部开工。"])
        let cut = "鹤壁市：推动主题活动走深走实\n\n市委对活动筹备工作给予充分\n\n肯定，并提出明确要求。\n\n（鹤壁市人大常委会代表工委供稿）\n"
        XCTAssertEqual(Checker.lineCodes(cut), ["3 A1"])
        XCTAssertEqual(BulletinReader.read(cut).article?.lead, ["市委对活动筹备工作给予充分肯定，并提出明确要求。"])
        XCTAssertTrue(GenrePatterns.isPhrasedTitleLine("闻令而动强部署 统筹谋划开新局"))
        XCTAssertFalse(GenrePatterns.isPhrasedTitleLine("组织代表 王五 视察"))
        XCTAssertFalse(GenrePatterns.isPhrasedTitleLine("今年以来，全市 各级代表"))
    }

    /// A title broken right after `地区：`: one heading for both jobs, the join listed, no false
    /// S4 and no P4 on the title's phrase spaces. Before, the reader left the article unplaced.
    func testATitleBrokenAfterItsRegionIsOneHeading() throws {
        let issue = ReadingShapes.titleBrokenAfterItsRegion.text
        let read = BulletinReader.read(issue)
        XCTAssertEqual(read.bulletin?.articles.map(\.fullHeading), ["郑州市：高位部署强担当 凝心聚力启新程", "焦作市：闻令即动抓落实 推动代表履职见真章"])
        XCTAssertEqual(read.unplaced.map(\.text), [])
        XCTAssertEqual(read.repairs.filter { $0.kind == .joinedTitleLines }.count, 1)
        XCTAssertEqual(Checker.lineCodes(issue), [])
        let single = ReadingShapes.titleBrokenAfterItsRegionOnePerLine.text
        XCTAssertEqual(BulletinReader.read(single).article?.headline, "“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步")
        // A line a paragraph: the break after `南阳市：` is reported as any break in a title is
        // (the fourteenth audit: the file kept the region alone); its fix joins the two lines.
        XCTAssertEqual(Checker.lineCodes(single), ["1 A1"])
        XCTAssertTrue(GenrePatterns.regionAwaitsTitle(Array("南阳市：".utf8)))
        XCTAssertFalse(GenrePatterns.regionAwaitsTitle(Array("联系人：".utf8)))
    }

    /// The twelfth audit: what the fixes above over-reached, each read as before again.
    /// `南阳市：` over an untitled text's first sentence (`南阳市人大常委会组织…`) takes no title:
    /// S5 still says the title is missing.
    func testARegionOverItsOwnSentenceTakesNoTitle() {
        let text = "南阳市：\n南阳市人大常委会组织全市各级人大代表\n深入开展主题活动，累计调处纠纷120余件。\n（南阳市人大常委会代表工委供稿）\n"
        XCTAssertTrue(Checker.lineCodes(text).contains("1 S5"))
        XCTAssertNotEqual(BulletinReader.read(text).article?.headline, "南阳市人大常委会组织全市各级人大代表")
    }

    /// A point whose heading opens with a month (`二、三月份启动集中视察。`) is a point; only months
    /// listed before a comma (`三、四月份，…`) open a sentence.
    func testAPointHeadedByAMonthIsAPoint() throws {
        let text = ReadingShapes.monthsListedAtAParagraphsStart.text
            .replacingOccurrences(of: "三、四月份，市人大常委会先后组织代表120余人次，对全市36个重点项目进行视察。", with: "二、三月份启动集中视察。组织代表120余人次视察36个重点项目。")
            .replacingOccurrences(of: "二、强化跟踪问效。", with: "三、强化跟踪问效。")
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["精心组织部署。", "三月份启动集中视察。", "强化跟踪问效。"])
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    /// A title wrapped for its length joins without a space (`进一步加强代表` / `联络站规范化建设`,
    /// `推动主题活动` / `走深走实`); where a contents entry is written, the join follows it.
    func testATitleWrappedForLengthJoinsWithoutASpace() throws {
        let single = "林州市：进一步加强代表\n联络站规范化建设\n林州市人大常委会组织全市各级人大代表深入开展主题活动，成效明显。\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(single).article?.headline, "进一步加强代表联络站规范化建设")
        XCTAssertTrue(String(decoding: Fixer.fixed(bytes: Array(single.utf8)).bytes, as: UTF8.self).hasPrefix("林州市：进一步加强代表联络站规范化建设\n"))
        let phrased = single.replacingOccurrences(of: "进一步加强代表\n联络站规范化建设", with: "强化代表履职 推动主题活动\n走深走实")
        XCTAssertEqual(BulletinReader.read(phrased).article?.headline, "强化代表履职 推动主题活动走深走实")
        // In an issue, the entry says: with its space, or without.
        for entry in ["聚焦民生实事 彰显代表担当", "聚焦民生实事彰显代表担当"] {
            let issue = ReadingShapes.issue(articles: [ReadingShapes.zhengzhou.replacingOccurrences(of: "郑州市：高位部署强担当 凝心聚力启新程", with: "郑州市：\(entry)")])
                .replacingOccurrences(of: "\n郑州市：\(entry)\n", with: "\n郑州市：聚焦民生实事\n彰显代表担当\n")
            XCTAssertEqual(BulletinReader.read(issue).bulletin?.articles.first?.headline, entry)
            // A paragraph a line (Word's layout), where A1 asks to join the title's lines.
            let fixed = String(decoding: Fixer.fixed(bytes: Array(issue.replacingOccurrences(of: "\n\n", with: "\n").utf8)).bytes, as: UTF8.self)
            XCTAssertTrue(fixed.contains("\n郑州市：\(entry)\n"), fixed)
        }
    }

    /// A page's running header (the 刊名 and this issue's own `第 N 期` line) inside an issue
    /// without a footer is no next issue: nothing after it is lost.
    func testARunningHeaderStartsNoIssue() throws {
        let footer = "\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会、济源示范区人大工委\n\n河南省人大常委会代表工作委员会 2026年4月13日印发"
        let text = MultiIssueFileTests.firstIssue.replacingOccurrences(of: "\n\n二、上下联动掀热潮", with: "\n\n代表工作\n\n第 11 期　2026 年 4 月 13 日\n\n二、上下联动掀热潮")
        XCTAssertTrue(text.hasSuffix(footer.dropFirst(2)))
        XCTAssertEqual(BulletinReader.read(text).issuesInFile.count, 1)
        XCTAssertNotNil(BulletinReader.read(text).bulletin?.footer)
        // The header is no text: dropped and listed by parse, A1 deletes it (the thirteenth audit).
        let read = BulletinReader.read(text)
        XCTAssertFalse(read.bulletin?.articles.first?.lead.contains("代表工作") == true)
        XCTAssertEqual(read.repairs.filter { $0.kind == .droppedPageNumber }.count, 2)
        XCTAssertEqual(Checker.check(text).findings.filter { $0.finding.rule.code == "A1" }.count, 2)
        // Cut in mid-sentence by the page, the sentence is joined across it, the header gone.
        let cut = MultiIssueFileTests.firstIssue.replacingOccurrences(of: "4月10日，市人大常委会召开工作推进会议",
                                                                      with: "4月10日，市人大常委会召开\n— 2 —\n代表工作\n第 11 期\n工作推进会议")
        let point = try XCTUnwrap(BulletinReader.read(cut).bulletin?.articles.first?.points.last)
        XCTAssertTrue(point.body.joined().contains("市人大常委会召开工作推进会议"), "\(point)")
        let fixed = String(decoding: Fixer.fixed(bytes: Array(cut.utf8)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.contains("市人大常委会召开工作推进会议"), fixed)
    }

    /// The twelfth audit's other shapes, each a test that failed before its fix.
    func testTwelfthAuditShapes() throws {
        func codes(_ text: String) -> [String] { Checker.lineCodes(text) }
        let head = "林州市：强化代表履职 助力乡村振兴\n\n", foot = "\n\n（林州市人大常委会代表工委供稿）\n"
        // A stray space in a cut sentence is no phrased sub-heading: P4 and A1 as before.
        XCTAssertEqual(codes(head + "今年以来，林州市人大常委会聚焦中心工作。\n\n市人大常委会第一时间 传达学习会议\n\n精神，研究制定实施方案。" + foot), ["5 P4", "5 A1"])
        // After a phrased sub-heading, a fragment ending in 按照 is a cut sentence.
        XCTAssertEqual(codes(head + "闻令而动强部署 统筹谋划开新局\n\n各县区人大常委会按照\n\n“一县一品”要求细化工作措施。" + foot), ["5 A1"])
        // A sentence with a label (`会议强调：…，`) is no field line: the cut is joined.
        XCTAssertEqual(codes(head + "会议强调：各级人大代表要积极建言献策，市人大常委会主任\n\n王五指出：要把主题活动与民生实事结合起来。" + foot), ["3 A1"])
        // Two words after a colon going on with a comma are a clause: the space is stray.
        XCTAssertEqual(codes(head + "会议强调：各级代表 要深入基层，倾听群众呼声。" + foot), ["3 P4"])
        // A quantity of seven digits is no telephone number.
        XCTAssertEqual(codes(head + "全年投入资金 1200000 元，新建联络站16个。" + foot), ["3 P8"])
        // `(略)...`: the ellipsis turns with its brackets, in one pass and in the notes.
        let ellipsis = head + "各地工作进展情况(略)..." + foot
        XCTAssertEqual(codes(ellipsis), ["3 P1", "3 P1", "3 P1"])
        XCTAssertEqual(BulletinReader.read(ellipsis).article?.lead, ["各地工作进展情况（略）……"])
        // A straight quote after the stop with none before it opens a quotation the page cut.
        let opened = head + "林州市人大常委会组织各级代表深入开展主题活动，取得明显成效。\"\n\n代表接待日\"已成为全市人大工作的品牌。" + foot
        XCTAssertEqual(BulletinReader.read(opened).article?.lead, ["林州市人大常委会组织各级代表深入开展主题活动，取得明显成效。“代表接待日”已成为全市人大工作的品牌。"])
        XCTAssertTrue(codes(opened).contains("3 A1"))
        // A lead without a comma after one U+3000 is still the lead (no fix gluing the two).
        let oneLine = "林州市：强化代表履职 助力乡村振兴　林州市人大常委会组织全市1860名各级人大代表深入开展主题活动。" + foot
        XCTAssertEqual(BulletinReader.read(oneLine).article?.headline, "强化代表履职 助力乡村振兴")
        XCTAssertEqual(Fixer.fixed(bytes: Array(oneLine.utf8)).bytes, Array(oneLine.utf8))
        // A unit's word after a space is no author's name: no space added before 供稿.
        XCTAssertEqual(Article.contributorLine(unit: "林州市人大常委会 代表工委"), "（林州市人大常委会 代表工委供稿）")
        // Contents under 本期目录 with a stale first entry: the contents still, S4 reports it.
        let stale = ReadingShapes.contentsUnderThisIssuesHeading.text.replacingOccurrences(of: "郑州市：高位部署强担当 凝心聚力启新程\n焦作市", with: "郑州市：高位部署强担当\n焦作市")
        XCTAssertEqual(try XCTUnwrap(BulletinReader.read(stale).bulletin).articles.count, 2)
        XCTAssertEqual(codes(stale).map { $0.split(separator: " ").last.map(String.init) ?? "" }, ["S4"])
        // The album's theme wrapped inside its quotation.
        let album = ReadingShapes.issue(album: "“聚焦两高四着力、奋发有为十五五·人大代表\n在行动”主题活动专辑（八）")
        XCTAssertEqual(BulletinReader.read(album).bulletin?.album?.number, 8)
        XCTAssertEqual(codes(album), [])
    }

    /// The thirteenth audit (realistic submissions against today's rules), each failing before.
    func testThirteenthAuditShapes() throws {
        func codes(_ text: String) -> [String] { Checker.lineCodes(text) }
        let foot = "\n（周口市人大常委会代表工委供稿）\n"
        // A submission signed with its unit and a date in Chinese numerals is no issue.
        let signed = "周口市：代表建议办理“回头看”推动问题真解决\n今年以来，周口市人大常委会组织开展代表建议办理“回头看”活动，成效明显。\n周口市人大常委会代表工委\n二〇二六年七月三日" + foot
        XCTAssertEqual(BulletinReader.read(signed).kind, .article)
        XCTAssertEqual(codes(signed), [])
        // `南阳市：` over a title broken once more: all three lines are the title.
        let three = "南阳市：\n“学解绘”三步法 凝聚代表合力\n服务“十五五”开局起步\n南阳市人大常委会组织全市各级人大代表深入开展主题活动，取得明显成效。\n（南阳市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(three).article?.headline, "“学解绘”三步法 凝聚代表合力服务“十五五”开局起步")
        XCTAssertEqual(codes(three), ["1 A1", "2 A1"])
        // After a phrased sub-heading, `市人大常委会主任周明` (a subject, cut) is no sub-heading.
        let cut = "鹤壁市：推动主题活动走深走实\n\n建强阵地优载体 赋能代表履职\n\n市人大常委会主任周明\n\n带队到淇滨区代表联络站接待群众，现场交办问题12件。\n\n（鹤壁市人大常委会代表工委供稿）\n"
        XCTAssertEqual(codes(cut), ["5 A1"])
        // One U+3000 between a title's phrases is its phrase space: no P4, no fix.
        let title = "郑州市：坚持“四个聚焦”　推动代表主题活动走深走实\n郑州市人大常委会组织代表开展活动，取得明显成效。\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(codes(title), [])
        // A handling mark set right on the 第 N 期 line (Word): the number read, no finding.
        let marked = ReadingShapes.issue().replacingOccurrences(of: "第 11 期\n", with: "第 11 期　　　　　　内部资料\n")
        XCTAssertEqual(BulletinReader.read(marked).bulletin?.masthead.issueNumber, 11)
        XCTAssertEqual(codes(marked), [])
        // `（总第 156 期）` alone under 刊名 is the 总期号, no part of the issuing body.
        let total = ReadingShapes.issue().replacingOccurrences(of: "代表工作\n\n第 11 期", with: "代表工作\n\n（总第 156 期）\n\n第 11 期")
        let masthead = try XCTUnwrap(BulletinReader.read(total).bulletin?.masthead)
        XCTAssertEqual(masthead.totalIssueNumber, 156)
        XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        // A title broken over two lines with a blank line between, its contents entry on one line:
        // one title for parse, as check joins it (before, its second line went into the lead).
        let blank = ReadingShapes.issue().replacingOccurrences(of: "\n\n郑州市：高位部署强担当 凝心聚力启新程\n", with: "\n\n郑州市：高位部署强担当\n\n凝心聚力启新程\n")
        XCTAssertEqual(BulletinReader.read(blank).bulletin?.articles.first?.headline, "高位部署强担当 凝心聚力启新程")
        XCTAssertEqual(BulletinReader.read(blank).bulletin?.articles.first?.lead.first?.hasPrefix("今年以来"), true)
        // A local number on a contact line, and two names after a colon, keep their spaces.
        XCTAssertEqual(codes("卫辉市：代表联络站建设\n\n卫辉市人大常委会建成联络站。\n\n联系人：赵文华 23881234\n\n参加人员：王建国 李红梅，以及各县区代表。\n\n（新乡市人大常委会代表工委供稿）\n"), [])
    }
}
