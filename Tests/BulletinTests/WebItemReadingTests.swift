import XCTest
@testable import Bulletin

/// A county's web item re-posted as a submission (issue 12): a title without `地区：`, the page's
/// metadata line, a `□本报记者 …` byline, the text and a `（图文：… 审核：…）` credit line, pasted from
/// Word or with blank lines. `parse` imports it as an article draft, `check` judges the same
/// article; what the page prints around the text is dropped and listed, never text of the article.
final class WebItemReadingTests: XCTestCase {
    private func unplaced(_ result: ReadResult) -> [String] {
        result.unplaced.map { "\($0.line) \($0.reason) \($0.text)" }
    }

    func testAWordPastedWebItemIsAnArticleWithoutItsMetadataBylineAndCredit() {
        let read = BulletinReader.read(ReadingShapes.webItemWordPasted.text)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.region, "")
        // The title is the first line alone: the metadata line is not joined to it.
        XCTAssertEqual(read.article?.headline, "滑县人大常委会赴外地考察学习代表联络站建设工作")
        XCTAssertEqual(read.repairs.filter { $0.kind == .joinedTitleLines }.count, 0)
        XCTAssertEqual(read.article?.lead, [
            "4月10日，滑县人大常委会组织部分常委会组成人员和人大代表，赴长垣市考察学习代表联络站建设工作。",
            "考察组一行先后来到长垣市蒲东街道代表联络站、满村镇代表联络站，实地查看站点建设、制度上墙、活动开展等情况。",
            "大家纷纷表示，要学习借鉴先进经验，推动全县代表联络站建设提档升级。",
        ])
        XCTAssertEqual(read.article?.contributor, nil)
        XCTAssertEqual(unplaced(read), ["2 byline 发布时间：2026-04-12 来源：滑县人大", "3 byline □本报记者 张伟 通讯员 李明",
                                        "7 byline （图文：王伟 审核：李明）"])
        let messages = read.unplaced.map(\.message)
        XCTAssertTrue(messages.first?.contains("网页发布信息") == true, "\(messages)")
        XCTAssertTrue(messages.dropFirst().first?.contains("记者署名") == true, "\(messages)")
        // `--article` reads it alike.
        let forced = BulletinReader.read(ReadingShapes.webItemWordPasted.text, options: ReadOptions(forceArticle: true))
        XCTAssertEqual(forced.article, read.article)
        XCTAssertEqual(unplaced(forced), unplaced(read))
    }

    /// A web page's buttons under the 供稿 line (`【打印本页】【关闭窗口】`, `扫一扫在手机打开当前页`):
    /// no next article for either job. Before, `check` gave them S5 and S8 (the audit).
    func testWebPageButtonsUnderTheContributorLineAreNoArticle() throws {
        let article = "濮阳县：“代表+网格”织密基层治理网\n今年以来，濮阳县人大常委会深化“代表+网格”模式，推动全县1126名各级人大代表全员下沉网格。\n（濮阳市人大常委会代表工委供稿）\n"
        for chrome in ["【打印本页】【关闭窗口】", "[打印] [关闭]", "【字体：大 中 小】【打印】", "扫一扫在手机打开当前页"] {
            let text = article + "责任编辑：李四\n" + chrome + "\n"
            XCTAssertEqual(Checker.lineCodes(text), [], chrome)
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.kind, .article, chrome)
            XCTAssertEqual(read.unplaced.map(\.text).last, chrome)
        }
        // Buttons and the QR line on one line; a page's location line over the item.
        XCTAssertTrue(GenrePatterns.isWebPageChrome("【打印本页】【关闭窗口】扫一扫在手机打开当前页"))
        let located = "当前位置：首页 > 代表工作 > 工作动态\n" + article
        XCTAssertEqual(Checker.lineCodes(located), ["1 A1"])
        let read = BulletinReader.read(located)
        XCTAssertEqual(read.article?.headline, "“代表+网格”织密基层治理网")
        XCTAssertEqual(read.article?.lead.count, 1)
        XCTAssertTrue(read.repairs.contains { $0.kind == .droppedPageNumber && $0.message.contains("位置导航") }, "\(read.repairs)")
        XCTAssertFalse(GenrePatterns.isBreadcrumbLine(Array("首页工作".utf8), 0, 12))
        // A bracketed title is no button.
        XCTAssertFalse(GenrePatterns.isWebPageChrome("【工作动态】"))
        XCTAssertFalse(GenrePatterns.isWebPageChrome("【打印本页】代表联络站建设"))
    }

    func testCheckJudgesTheSameArticle() {
        // No S1: an article; S5 at the title (no 地区：) and S8 once, at the last paragraph of the text
        // (no 供稿 line; the credit line is no paragraph). No P-rule finds the metadata line's space.
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.webItemWordPasted.text), ["1 S5", "6 S8"])
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.webItemWordPasted.text, options: CheckOptions(mode: .article)), ["1 S5", "6 S8"])
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.webItemBlankLines.text), ["1 S5", "9 S8"])
        let layout = TextLayout(bytes: Array(ReadingShapes.webItemWordPasted.text.utf8))
        XCTAssertEqual(layout.kind, .article)
        XCTAssertEqual(layout.blocks.filter { $0.role == .credit }.map { $0.firstLine + 1 }, [2, 3, 7])
    }

    func testWithBlankLinesTwoMetadataLinesAndADateMakeNoMasthead() {
        let text = ReadingShapes.webItemBlankLines.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.headline, "滑县人大常委会赴外地考察学习代表联络站建设工作")
        XCTAssertEqual(read.article?.lead, ["4月10日，滑县人大常委会组织部分常委会组成人员和人大代表，赴长垣市考察学习代表联络站建设工作。",
                                            "大家纷纷表示，要学习借鉴先进经验。"])
        XCTAssertEqual(read.unplaced.map { "\($0.line)" }, ["3", "4", "6", "11"])
        XCTAssertEqual(TextLayout(bytes: Array(text.utf8)).kind, .article)
    }

    func testTheRecogniserOfAMetadataLine() {
        func metadata(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return GenrePatterns.isWebMetadataLine(bytes, 0, bytes.count)
        }
        XCTAssertTrue(metadata("发布时间：2026-04-12 来源：滑县人大"))
        XCTAssertTrue(metadata("来源：滑县人大 作者：张伟 编辑：李明"))
        XCTAssertTrue(metadata("时间：2026-04-12  浏览次数：128"))
        XCTAssertTrue(metadata("来源:滑县人大"))
        // A sentence, a label inside a word, no colon: text.
        XCTAssertFalse(metadata("时间：4月10日上午，县人大常委会召开主任会议。"))
        XCTAssertFalse(metadata("考察时间：4月10日"))
        XCTAssertFalse(metadata("来源于群众的意见建议"))
        XCTAssertFalse(metadata("来源："))
    }

    func testOnlyTheLinesRightUnderTheTitleAreThePagesHead() {
        // Further down, `时间：…` is text of the article, for both jobs.
        let text = "滑县人大常委会召开代表座谈会\n来源：滑县人大\n\n县人大常委会召开代表座谈会，听取意见建议。\n\n时间：4月10日 地点：县人大常委会\n\n（滑县人大常委会供稿）\n"
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.headline, "滑县人大常委会召开代表座谈会")
        XCTAssertEqual(read.article?.lead, ["县人大常委会召开代表座谈会，听取意见建议。", "时间：4月10日 地点：县人大常委会"])
        XCTAssertEqual(read.article?.contributor, "滑县人大常委会")
        XCTAssertEqual(read.unplaced.map { "\($0.line) \($0.text)" }, ["2 来源：滑县人大"])
        XCTAssertEqual(ReadingAgreementTests.parseView(text), ReadingAgreementTests.checkView(text))
        // Text, so its space is judged as text (P4); the head's line is not.
        XCTAssertEqual(Checker.lineCodes(text), ["1 S5", "6 P4"])
    }

    func testAFeatureReadWithArticleDropsItsCreditLine() {
        let feature = "# 滑县代表联络站见闻\n\n□本报记者 马飞\n\n为进一步提升代表联络站建设水平，县人大常委会组织考察。\n\n### 阵地建设\n\n考察组实地察看了联络站。\n\n（图文：王伟 审核：李明）\n"
        XCTAssertEqual(BulletinReader.read(feature).kind, .notABulletin)
        let read = BulletinReader.read(feature, options: ReadOptions(forceArticle: true))
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.unplaced.map { "\($0.line) \($0.reason)" }, ["3 byline", "11 byline"])
        XCTAssertFalse((read.article?.lead ?? []).contains { $0.contains("图文") })
        XCTAssertFalse((read.article?.points ?? []).contains { $0.body.contains { $0.contains("图文") } })
    }

    func testAReportsCoverTitleOverTheRegionHeadingIsDropped() {
        let text = ReadingShapes.reportCoverTitle.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.region, "许昌市")
        XCTAssertEqual(read.article?.headline, "多措并举推动代表履职提质增效")
        XCTAssertEqual(read.article?.points.map(\.heading), ["加强组织领导，确保活动有序开展", "突出工作重点，推动活动走深走实", "强化宣传引导，营造浓厚活动氛围"])
        XCTAssertEqual(read.article?.closing, ["下一步，许昌市人大常委会将持续深化主题活动，推动代表工作提质增效。"])
        XCTAssertEqual(read.article?.contributor, "许昌市人大常委会代表工委")
        XCTAssertEqual(read.unplaced.map { "\($0.line) \($0.reason)" }, ["1 subtitle", "2 subtitle", "3 subtitle", "14 byline", "15 byline"])
        // The checker judges the same article: only the half-width punctuation (P1), no S5 or S8.
        XCTAssertEqual(Set(Checker.lineCodes(text).map { $0.split(separator: " ")[1] }), ["P1"])
        XCTAssertEqual(TextLayout(bytes: Array(text.utf8)).articles.map(\.heading), ["许昌市:多措并举推动代表履职提质增效"])
    }

    func testTheRecogniserOfACoverTitle() {
        func length(_ lines: [String]) -> Int { GenrePatterns.coverTitleLength(lines.map { Array($0.utf8) }) }
        XCTAssertEqual(length(["许昌市人大常委会", "“人大代表在行动”主题活动", "开展情况汇报", "许昌市:多措并举推动代表履职提质增效"]), 3)
        XCTAssertEqual(length(["滑县人大常委会", "滑县：考察学习代表联络站建设"]), 1)
        // No region line under them, too many lines, a sentence, a masthead line: no cover title.
        XCTAssertEqual(length(["滑县人大常委会赴外地考察学习", "代表联络站建设工作", "为进一步提升代表联络站建设水平。"]), 0)
        XCTAssertEqual(length(["一", "二", "三", "四", "许昌市：多措并举"]), 0)
        XCTAssertEqual(length(["县人大常委会召开会议。", "许昌市：多措并举"]), 0)
        XCTAssertEqual(length(["代表工作", "第 1 期", "郑州市：高位部署强担当"]), 0)
        XCTAssertEqual(length(["郑州市：高位部署强担当", "凝心聚力启新程"]), 0)
    }
}
