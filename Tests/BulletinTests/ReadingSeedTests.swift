import XCTest
@testable import Bulletin

/// The structure of every sample, as read by a person from `seeds/` (not copied from the
/// reader's output): 期号, date, 专辑 number, articles, regions, points, 供稿, footer.
final class ReadingSeedTests: XCTestCase {
    private func issue(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Bulletin, ReadResult) {
        let result = BulletinReader.read(try Seeds.text(name))
        XCTAssertEqual(result.kind, .issue, file: file, line: line)
        let bulletin = try XCTUnwrap(result.bulletin, file: file, line: line)
        return (bulletin, result)
    }

    private let copyToRecent = "省人大常委会副秘书长、机关党组成员、办公厅研究室主任，省人大各专门委员会、省人大常委会各工作机构和办事机构，各省辖市人大常委会、济源示范区人大工委"
    private let copyTo2024 = "省人大常委会副秘书长、办公厅一级巡视员、机关党组成员、办公厅研究室主任，省人大各专门委员会、省人大常委会各工作机构和办事机构，各省辖市人大常委会、济源示范区人大工委"

    func testSample000PlainTextIssue11() throws {
        let (bulletin, result) = try issue(Seeds.recentIssue11)
        XCTAssertEqual(result.format, .plainText)
        XCTAssertEqual(bulletin.masthead.title, "代表工作")
        XCTAssertEqual(bulletin.masthead.issueNumber, 11)
        XCTAssertEqual(bulletin.masthead.date, BulletinDate(year: 2026, month: 4, day: 13))
        XCTAssertEqual(bulletin.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertEqual(bulletin.album?.number, 1)
        XCTAssertEqual(bulletin.album?.theme, "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑")
        XCTAssertEqual(bulletin.articles.map(\.region), ["郑州市", "焦作市", "周口市"])
        XCTAssertEqual(bulletin.articles.map(\.headline), ["高位部署强担当 凝心聚力启新程", "闻令即动抓落实 推动代表履职见真章", "对标对表细部署 全域联动促履职"])
        XCTAssertEqual(bulletin.articles.map(\.points.count), [3, 3, 3])
        XCTAssertEqual(bulletin.articles.map(\.contributor), ["郑州市人大常委会代表工委", "焦作市人大常委会代表工委", "周口市人大常委会代表工委"])
        XCTAssertEqual(bulletin.articles[0].points.map(\.heading), ["精准对标明确方向。", "上下联动掀热潮。", "系统发力求实效。"])
        XCTAssertEqual(bulletin.articles.map(\.closing.count), [0, 0, 1])
        XCTAssertTrue(bulletin.articles[2].closing[0].hasPrefix("下一步，周口市人大常委会"))
        // The page break after "给予充分" is joined into one sentence.
        XCTAssertTrue(bulletin.articles[0].points[0].body[0].contains("给予充分肯定，并就深化"))
        XCTAssertEqual(bulletin.footer, DistributionFooter(sendTo: "省人大常委会主任、副主任、秘书长", copyTo: copyToRecent,
                                                           issuer: "河南省人大常委会代表工作委员会", copies: nil))
        XCTAssertEqual(result.layout.contents.map(\.text), bulletin.tableOfContents)
        XCTAssertEqual(result.unplaced, [])
    }

    func testSample003PlainTextIssue16() throws {
        let (bulletin, result) = try issue(Seeds.recentIssue16)
        XCTAssertEqual(bulletin.masthead.issueNumber, 16)
        XCTAssertEqual(bulletin.masthead.date, BulletinDate(year: 2026, month: 6, day: 4))
        XCTAssertEqual(bulletin.album?.number, 6)
        XCTAssertEqual(bulletin.articles.map(\.region), ["南阳市", "襄城县"])
        // The heading keeps the space the sample prints before “三位一体”; the contents line lost it.
        XCTAssertEqual(bulletin.articles[1].headline, "平台赋能·活动牵引·能力淬炼 “三位一体”推进主题活动走深走实")
        XCTAssertEqual(result.layout.contents.map(\.text), ["南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步",
                                                            "襄城县：平台赋能·活动牵引·能力淬炼“三位一体”推进主题活动走深走实"])
        XCTAssertEqual(result.layout.contents.map(\.lines), [[14, 15], [17, 18]])
        XCTAssertEqual(bulletin.articles.map(\.points.count), [3, 3])
        XCTAssertEqual(bulletin.articles.map(\.contributor), ["南阳市人大常委会代表工委", "许昌市人大常委会代表工委"])
        XCTAssertEqual(bulletin.articles[1].points.map(\.heading), ["平台赋能：建强载体，让履职有阵地。", "活动牵引：设计抓手，让履职有方向。", "能力淬炼：提升素养，让履职有底气。"])
        XCTAssertEqual(bulletin.footer?.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(bulletin.footer?.copyTo, copyToRecent)
        XCTAssertNil(bulletin.footer?.copies)
        // Sub-points 一是…三是 in each point of 南阳市, kept as written in the body.
        XCTAssertEqual(result.layout.articles[0].subPoints.map(\.marker.text), ["一是", "二是", "三是", "一是", "二是", "三是", "一是", "二是", "三是"])
        XCTAssertEqual(result.layout.articles[1].subPoints.count, 0)
    }

    func testSample001OCRText2024() throws {
        let (bulletin, result) = try issue(Seeds.ocrIssue2024)
        XCTAssertEqual(result.format, .ocrText)
        XCTAssertEqual(bulletin.masthead.title, "", "the OCR masthead has no 刊名")
        XCTAssertNil(bulletin.masthead.issueNumber, "the OCR masthead has no 期号")
        XCTAssertEqual(bulletin.masthead.date, BulletinDate(year: 2024, month: 4, day: 11))
        XCTAssertEqual(bulletin.masthead.issuingBody, ["河南省人大常委会", "选举任免代表联络工作委员会"])
        XCTAssertEqual(bulletin.album?.number, 3)
        XCTAssertEqual(bulletin.album?.theme, "“为人民履职、为中原添彩人大代表在行动”主题活动专辑")
        XCTAssertEqual(bulletin.articles.map(\.region), ["平顶山市", "漯河市", "周口市"])
        XCTAssertEqual(bulletin.articles.map(\.headline), ["以“五个切实”为抓手，持续推动代表主题活动向纵深发展",
                                                           "迅速行动早部署，紧盯目标抓落实",
                                                           "坚持一县一主题、一地一特色，将主题活动开展落地落实"])
        // Points only as 一是…: no numbered points, the sub-points stay in the text.
        XCTAssertEqual(bulletin.articles.map(\.points.count), [0, 0, 0])
        XCTAssertEqual(result.layout.articles.map(\.subPoints.count), [5, 5, 4])
        XCTAssertEqual(bulletin.articles.map(\.contributor), ["平顶山市人大常委会选工委", "漯河市人大常委会选工委", "周口市人大常委会选工委"])
        XCTAssertTrue(bulletin.articles[1].lead[0].hasPrefix("聚焦五个方面，采取有力措施，推动主题活动走深走实。一是扎实推进"))
        XCTAssertTrue(bulletin.articles[0].lead[0].hasPrefix("一是切实加强组织领导。要求全市各级人大主要负责同志"))
        XCTAssertTrue(bulletin.articles[0].lead[0].contains("拟于5－6月份"), "full-width digits become ASCII")
        XCTAssertTrue(bulletin.articles[0].lead[0].contains("按照“四必建”（特色产业园必建"), "spaces and half-width brackets repaired")
        XCTAssertEqual(bulletin.footer, DistributionFooter(sendTo: "省人大常委会主任、副主任、秘书长", copyTo: copyTo2024,
                                                           issuer: "河南省人大常委会选举任免代表联络工作委员会", copies: 60))
        XCTAssertEqual(result.unplaced, [])
    }

    func testSample004Markdown() throws {
        let (bulletin, result) = try issue(Seeds.markdownIssue40)
        XCTAssertEqual(result.format, .markdown)
        XCTAssertEqual(bulletin.masthead.title, "代表工作")
        XCTAssertEqual(bulletin.masthead.issueNumber, 40)
        XCTAssertEqual(bulletin.masthead.date, BulletinDate(year: 2024, month: 10, day: 14))
        XCTAssertEqual(bulletin.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertEqual(bulletin.album?.number, 33)
        XCTAssertEqual(bulletin.articles.map(\.region), ["开封市", "洛阳市", "安阳市"])
        XCTAssertEqual(bulletin.articles[1].headline, "健全制度机制 丰富内容形式 推动“人大代表在行动”走深走实", "bold markers removed")
        XCTAssertEqual(bulletin.articles.map(\.points.count), [3, 3, 3])
        XCTAssertEqual(bulletin.articles[0].points[0].heading, "高站位谋划部署，代表行动有序开展。")
        XCTAssertTrue(bulletin.articles[0].points[0].body[0].hasPrefix("一是协调联动整体推进。"))
        XCTAssertEqual(bulletin.articles.map(\.contributor), ["开封市人大常委会代表工委", "洛阳市人大常委会代表工委", "安阳市人大常委会代表工委"])
        XCTAssertEqual(bulletin.articles.map(\.closing.count), [1, 0, 0])
        XCTAssertTrue(bulletin.articles[0].closing[0].hasPrefix("主题活动开展以来，开封市"))
        // The bold sub-heads of 洛阳市 point 一 are located and their markers removed from the text.
        XCTAssertEqual(result.layout.articles[1].points[0].subHeadings.map(\.text), ["加强制度建设。", "加强履职管理。", "加强学习培训。"])
        XCTAssertTrue(bulletin.articles[1].points[0].body[0].hasPrefix("常委会始终把坚持党的全面领导"), "the page break after **…**常 is joined")
        XCTAssertFalse(bulletin.articles.flatMap { $0.points.flatMap(\.body) }.contains { $0.contains("**") })
        // 三是履职保障上求“新”。 ends a page: the next page continues the sub-point, not a closing.
        XCTAssertTrue(bulletin.articles[2].points[2].body[0].hasSuffix("对区域社会稳定做出了重要贡献。"))
        XCTAssertEqual(bulletin.footer, DistributionFooter(sendTo: "省人大常委会主任、副主任、秘书长", copyTo: copyTo2024,
                                                           issuer: "河南省人大常委会代表工作委员会", copies: nil))
        XCTAssertEqual(result.layout.contents.count, 3)
        XCTAssertEqual(result.unplaced, [])
    }

    /// The drafting helper wrote examples/issue-11.yaml and issue-16.yaml by hand from the same
    /// samples; reading the samples must give the same model.
    func testReadingAgreesWithTheHandWrittenExamples() throws {
        for (sample, notes) in [(Seeds.recentIssue11, "examples/issue-11.yaml"), (Seeds.recentIssue16, "examples/issue-16.yaml")] {
            guard case .bulletin(let expected) = try NotesDecoder().decode(text: Seeds.file(notes)) else {
                XCTFail("\(notes) is not an issue"); continue
            }
            let (read, _) = try issue(sample)
            XCTAssertEqual(read.masthead, expected.masthead, sample)
            XCTAssertEqual(read.album, expected.album, sample)
            XCTAssertEqual(read.footer, expected.footer, sample)
            XCTAssertEqual(read.articles.count, expected.articles.count, sample)
            for (got, want) in zip(read.articles, expected.articles) {
                XCTAssertEqual(got, want, "\(sample): \(want.region)")
            }
        }
    }

    func testNewspaperFeatureIsNotABulletin() throws {
        let result = BulletinReader.read(try Seeds.text(Seeds.newspaperFeature))
        guard result.kind == .notABulletin, let reason = result.reasonNotABulletin else { return XCTFail("002 read as \(result.kind)") }
        XCTAssertTrue(reason.contains("没有刊头"), reason)
        XCTAssertTrue(reason.contains("第 31 行有记者署名“□本报记者 马飞”"), reason)
        XCTAssertTrue(reason.contains("--article"), reason)
        XCTAssertNil(result.bulletin)
        XCTAssertNil(result.article)
    }

    func testNewspaperFeatureImportsAsArticleDraft() throws {
        let result = BulletinReader.read(try Seeds.text(Seeds.newspaperFeature), options: ReadOptions(forceArticle: true))
        XCTAssertEqual(result.kind, .article)
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.headline, "六件实事 践初心 代表行动 谱新篇")
        XCTAssertEqual(article.region, "")
        XCTAssertEqual(article.points.map(\.heading), ["闻令而动强部署 统筹谋划开新局", "建强阵地优载体 赋能代表履职强根基",
                                                        "聚焦重点显担当 锚定六件实事谋推进", "履职为民聚合力 深耕细作促提升",
                                                        "风劲潮涌正当时 履职尽责启新程"])
        XCTAssertEqual(article.points.map(\.body.count), [1, 3, 6, 1, 1])
        XCTAssertEqual(article.lead.count, 1)
        XCTAssertTrue(article.lead[0].contains("推进会会，市人大常委会党组书记"), "lines 3 and 5 are one paragraph split by a page break")
        let dropped = result.unplaced.map { "\($0.reason.rawValue)@\($0.line)" }
        XCTAssertEqual(dropped, ["caption@9", "caption@25", "subtitle@29", "byline@31", "caption@35", "caption@39",
                                 "caption@43", "caption@47", "caption@75", "caption@79"])
        XCTAssertNil(article.contributor)
    }

    /// A second paragraph after the last point stays in it when a "下一步" closing follows.
    func testClosingStartsAtItsOpener() throws {
        let text = "襄城县：标题\n\n导语。\n\n一、要点。第一段。\n\n第二段。\n\n下一步，继续努力。\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.body), [["第一段。", "第二段。"]])
        XCTAssertEqual(article.closing, ["下一步，继续努力。"])
    }

    func testSingleArticleSubmission() throws {
        let text = """
        南阳市：“学解绘”三步法 凝聚代表合力

        南阳市人大常委会以主题活动为牵引，创新履职路径。

        一、深钻细研“学蓝图”，当好“宣传员”。一是注重系统化学习。二是注重分层次培训。

        二、立足专业“解蓝图”，当好“辅导员”。坚持原则，推动代表积极宣讲。

        下一步，南阳市人大常委会将继续努力。

        （南阳市人大常委会代表工委供稿）
        """
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.kind, .article)
        XCTAssertEqual(result.article, Article(
            region: "南阳市", headline: "“学解绘”三步法 凝聚代表合力",
            lead: ["南阳市人大常委会以主题活动为牵引，创新履职路径。"],
            points: [Point(heading: "深钻细研“学蓝图”，当好“宣传员”。", body: ["一是注重系统化学习。二是注重分层次培训。"]),
                     Point(heading: "立足专业“解蓝图”，当好“辅导员”。", body: ["坚持原则，推动代表积极宣讲。"])],
            closing: ["下一步，南阳市人大常委会将继续努力。"],
            contributor: "南阳市人大常委会代表工委"))
    }
}
