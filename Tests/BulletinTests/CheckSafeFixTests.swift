import XCTest
@testable import Bulletin

/// A fix never changes structure or content: where the checker cannot tell, it reports
/// without a fix or not at all. One test per case of the user audit.
final class CheckSafeFixTests: XCTestCase {
    /// `line code` of every finding with all rules on.
    func findings(_ text: String, mode: CheckOptions.Mode = .auto) -> [String] {
        Checker.check(text, options: CheckOptions(mode: mode)).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
    }

    func fixed(_ text: String, mode: CheckOptions.Mode = .auto) -> String {
        String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: CheckOptions(mode: mode)).bytes, as: UTF8.self)
    }

    // MARK: A heading on its own line is not a split paragraph

    func testPointHeadingOnItsOwnLineIsNotASplitParagraph() {
        let text = """
        洛阳市：推进代表工作 服务发展大局

        今年以来，洛阳市人大常委会扎实推进代表工作，主要做法如下

        一、强化学习培训

        市人大常委会组织代表开展集中学习。

        （一）健全工作机制

        制定工作规范，明确工作标准。

        1.完善制度

        细化工作流程。

        1、健全台账

        规范台账管理。

        一是强化保障

        落实经费保障。

        二、拓展履职平台

        全市建成代表联络站326个。

        （洛阳市人大常委会代表工委供稿）

        """
        // `1、` is still the wrong mark (P7); nothing is a split paragraph, so nothing is glued.
        XCTAssertEqual(findings(text), ["17 P7"])
        XCTAssertEqual(fixed(text), text)
    }

    func testMarkdownHeadingAndWholeLineBoldAreNotSplitParagraphs() {
        let text = """
        ## 洛阳市：推进代表工作

        ### 一、强化学习培训

        市人大常委会组织代表开展集中学习

        **（一）健全工作机制**

        制定工作规范。

        #### 闻令而动强部署 统筹谋划开新局

        市人大常委会第一时间传达学习会议精神。

        （洛阳市人大常委会代表工委供稿）

        """
        // The body line without 。 before a bold heading is not cut by a page break either; the
        // one space between the phrases of a `####` heading is the genre's.
        XCTAssertEqual(findings(text), [])
        XCTAssertEqual(fixed(text), text)
    }

    func testRealSplitsAreStillReported() {
        // A sentence cut by a page break, and a point that ends on a comma, still join.
        XCTAssertEqual(findings("市委对活动筹备工作给予充分\n\n肯定，并提出明确要求。\n", mode: .fragment), ["1 A1"])
        XCTAssertEqual(findings("一是开展集中轮训，\n\n组织代表学习。\n", mode: .fragment), ["1 A1"])
        // A point paragraph is no heading: it is longer than a heading line, or holds a sentence end.
        XCTAssertEqual(findings("一、强化学习培训，市人大常委会组织全市各级人大代表分批次开展集中学习，并\n\n制定工作规范。\n", mode: .fragment), ["1 A1"])
        XCTAssertEqual(findings("一、强化学习培训。市人大常委会组织代表\n\n开展集中学习。\n", mode: .fragment), ["1 A1"])
    }

    func testNewspaperHeadingsAsAnArticle() throws {
        // Sample 002 checked with --article: its `###` headings (line 11 `### 闻令而动强部署 统筹谋划开新局`,
        // 15, 49, 65, 69) are neither split paragraphs nor stray spaces.
        let found = Checker.check(try Seeds.text(Seeds.newspaperFeature), options: CheckOptions(mode: .article)).findings
        for line in [11, 15, 49, 65, 69] {
            XCTAssertEqual(found.filter { $0.range.start.line == line }.map(\.finding.rule.code), [], "line \(line)")
        }
    }

    // MARK: A point number at the start of a line

    func testPointNumbersInWordTextLayout() {
        // Word's "save as text": one paragraph per line, no blank lines.
        let text = """
        洛阳市：聚焦“十五五”开局 推动代表履职提质增效
        今年以来，洛阳市人大常委会扎实推进代表工作。
        一、完善机制。
        （一）、完善运行机制。
        1、健全制度。
        2.规范台账。
        二.加强保障。
        \u{3000}\u{3000}3.落实经费。
        三、加强保障，，确保实效。。
        （洛阳市人大常委会代表工委供稿）

        """
        // P7 judges every number's form (（一）、 1、 二.); 2. and 3. are right; 二. is the second
        // point, so 三、 is in order; no mark is P1's.
        XCTAssertEqual(findings(text), ["4 P7", "5 P7", "7 P7", "9 P6", "9 P6"])
        let result = fixed(text)
        XCTAssertEqual(result, text, "nothing here has a safe fix")
    }

    func testPointNumberAfterAnOpenLineIsNotJudged() {
        // A line that goes on with a sentence the previous line left open is no point.
        XCTAssertEqual(findings("会议要求各地在\n1、2月份完成部署。\n", mode: .fragment), [])
        XCTAssertEqual(findings("全市五级人大代表\n1.65万人次进站。\n", mode: .fragment), [])
    }

    func testMarkdownOrderedListKeepsItsMarkers() {
        let text = """
        ## 洛阳市：推进代表工作

        全市建成代表联络站（点）326个：

        1. 完善运行机制，制定工作规范。
        2. 推动数字赋能，开通网上联络站。

        （洛阳市人大常委会代表工委供稿）

        """
        // `2.` is no sentence end and the space after a list number is Markdown's, not P4's.
        XCTAssertEqual(findings(text), [])
        XCTAssertEqual(fixed(text), text)
    }

    // MARK: Half-width brackets go as a pair

    func testADotAfterANumberBeforeChineseIsReportedWithoutAFix() {
        let text = "南阳市：标题\n\n南阳市人大常委会开展活动，见图1.代表分布，全市近1.8万名代表参加。\n\n（南阳市人大常委会代表工委供稿）\n"
        let result = Checker.check(text)
        XCTAssertEqual(result.findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }, ["3:17 P1"])
        XCTAssertNil(result.findings.first?.finding.fix, "图1. may be a figure number: only the author can say")
        XCTAssertEqual(fixed(text), text)
    }

    func testHalfWidthBracketsAreReportedAndFixedAsAPair() {
        let text = "郑州市：推进代表工作\n\n(1)加强组织领导。\n\n(2)健全机制.\n\n2)完善制度。\n\n参会代表50人(其中女代表20人)。\n\n（郑州市人大常委会代表工委供稿）\n"
        // Both brackets of a pair in Chinese text, the `(` at the paragraph start too; a lone `)`
        // is P3's only, without a fix that would leave a lone `）`.
        XCTAssertEqual(findings(text), ["3 P1", "3 P1", "5 P1", "5 P1", "5 P1", "7 P3", "9 P1", "9 P1"])
        XCTAssertEqual(fixed(text), "郑州市：推进代表工作\n\n（1）加强组织领导。\n\n（2）健全机制。\n\n2)完善制度。\n\n参会代表50人（其中女代表20人）。\n\n（郑州市人大常委会代表工委供稿）\n")
        // A pair in Latin text is left alone; one beside Chinese text goes full-width whatever it holds.
        XCTAssertEqual(findings("Tested on iOS (beta) only.", mode: .fragment), [])
        XCTAssertEqual(fixed("代表履职通APP(2.0版)上线。", mode: .fragment), "代表履职通APP（2.0版）上线。")
    }

    /// `办理(见附件1).`: the `.` after a pair that turns full-width is Chinese text once fixed,
    /// so one pass reports and fixes it with the pair (before, the next pass found it, and the
    /// notes of `parse`, which take one pass, kept it half-width).
    func testAMarkAfterATurningPairTurnsInTheSamePass() throws {
        let text = "问题都已办理(见附件1)."
        let result = Checker.check(text, options: CheckOptions(mode: .fragment))
        XCTAssertEqual(result.findings.map { "\($0.range.start.column) \($0.finding.rule.code)" }, ["7 P1", "12 P1", "13 P1"])
        let (once, _) = Fixer.apply(result.findings.compactMap(\.finding.fix).flatMap(\.edits), to: Array(text.utf8))
        XCTAssertEqual(String(decoding: once, as: UTF8.self), "问题都已办理（见附件1）。")
        let notes = BulletinReader.read("南阳市：强化代表履职\n\n今年以来，群众反映的问题都已办理(见附件1).\n\n（南阳市人大常委会代表工委供稿）\n").article
        XCTAssertEqual(try XCTUnwrap(notes).lead, ["今年以来，群众反映的问题都已办理（见附件1）。"])
        // A pair in Latin text keeps the mark after it.
        XCTAssertEqual(findings("Tested on iOS (beta).", mode: .fragment), [])
    }

    // MARK: Straight quotes go as a pair

    func testStraightQuotesInChineseTextAreFixedAsAPair() {
        let text = "林州市：聚焦民生实事推动代表履职\n\n组织代表深入开展\"聚焦两高四着力\"主题活动，推行\"线上+线下\"联络模式，开展'民呼我应'活动。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(text), Array(repeating: "3 P1", count: 6))
        XCTAssertEqual(fixed(text), "林州市：聚焦民生实事推动代表履职\n\n组织代表深入开展“聚焦两高四着力”主题活动，推行“线上+线下”联络模式，开展‘民呼我应’活动。\n\n（林州市人大常委会代表工委供稿）\n")
        // Opening or closing by the place in the pair, Latin text inside a Chinese pair included.
        XCTAssertEqual(fixed("他说：\"Hello, world.\"会议随后开始。", mode: .fragment), "他说：“Hello, world.”会议随后开始。")
        // An apostrophe and an inch mark are no quotes, and do not shift the pairs after them.
        XCTAssertEqual(fixed("开展'民呼我应'活动，People's Congress代表参加，开展'代表接待日'活动。", mode: .fragment),
                       "开展‘民呼我应’活动，People's Congress代表参加，开展‘代表接待日’活动。")
        XCTAssertEqual(fixed("身高5'10\"的代表参加\"代表接待日\"活动。", mode: .fragment), "身高5'10\"的代表参加“代表接待日”活动。")
        // Inside “…” the pair becomes ‘…’, so the fix leaves the quotes balanced.
        XCTAssertEqual(fixed("他说：“大家要开展\"民呼我应\"活动。”", mode: .fragment), "他说：“大家要开展‘民呼我应’活动。”")
    }

    /// `"WPS","Word"`: the comma between two pairs that turn is reported with them, in the first
    /// report, not found only by --fix's second pass (the report listed what --fix changed, less it).
    func testAMarkBetweenQuotesThatTurnIsReportedWithThem() {
        let options = CheckOptions(mode: .fragment)
        for (text, expected) in [("使用\"WPS\",\"Word\"等软件。", "使用“WPS”，“Word”等软件。"),
                                 ("使用WPS,\"文字\"等软件。", "使用WPS，“文字”等软件。"),
                                 ("以及\"WPS\" , Word。", "以及“WPS” ， Word。")] {
            let reported = Checker.check(text, options: options).findings.filter { $0.finding.fix != nil }
            let once = Fixer.fixed(bytes: Array(text.utf8), options: options, passes: 1).bytes
            XCTAssertEqual(String(decoding: once, as: UTF8.self), expected, text)
            // Every change is a finding of the first report: one per changed character.
            XCTAssertEqual(reported.count, zip(text.unicodeScalars, expected.unicodeScalars).filter { $0 != $1 }.count, text)
        }
        // Latin text between Latin quotes stays as it is.
        XCTAssertEqual(findings("He said \"yes\",\"no\" only.", mode: .fragment), [])
    }

    func testStraightQuotesInLatinTextAndMarkupAreLeftAlone() {
        for text in ["输入Type \"hello world\" to start即可。", "Size: 12\" screen.",
                     "详见[洛阳人大网](https://www.lyrd.gov.cn \"洛阳人大网\")，代码为`x=\"站点\"`。",
                     "[1]: https://www.lyrd.gov.cn \"洛阳人大\"", "<img src=\"map.png\" alt=\"代表联络站分布\">"] {
            XCTAssertEqual(findings(text, mode: .fragment), [], text)
            XCTAssertEqual(fixed(text, mode: .fragment), text)
        }
    }

    func testAStraightQuoteWithoutItsPartnerIsReportedWithoutAFix() {
        let lone = Checker.check("开展\"代表接待日活动。", options: CheckOptions(mode: .fragment)).findings
        XCTAssertEqual(lone.map { "\($0.range.start.column) \($0.finding.rule.code)" }, ["3 P3"])
        XCTAssertNil(lone.first?.finding.fix)
        // A pair that opens before a 。 is no pair of quotes: reported, never turned round.
        let text = "他说'你好\"。开展\"活动。"
        XCTAssertEqual(findings(text, mode: .fragment), ["1 P3", "1 P1", "1 P1"])
        XCTAssertEqual(fixed(text, mode: .fragment), text)
    }

    func testMixedWidthBracketsDoNotPair() {
        for text in ["(1）加强组织领导。", "（1)加强组织领导。", "参会代表50人(其中女代表20人）。"] {
            let found = Checker.check(text, options: CheckOptions(mode: .fragment)).findings
            // One P3 at the half-width bracket, with no fix: which width was meant is the writer's call.
            XCTAssertEqual(found.map(\.finding.rule.code), ["P3"], text)
            let half = text.unicodeScalars.firstIndex { $0 == "(" || $0 == ")" }.map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) + 1 }
            XCTAssertEqual(found.first?.range.start.column, half, text)
            XCTAssertNil(found.first?.finding.fix, text)
            XCTAssertTrue(found.first?.finding.message.contains("全角半角不一致") == true, text)
        }
    }

    // MARK: Link destinations are never touched

    func testMarkdownLinkDestinationsAndAutolinksAreLeftAlone() {
        let text = """
        ## 洛阳市：推进代表工作

        依托“代表履职通”APP开设网上课堂，详见[洛阳人大网](https://www.lyrd.gov.cn/a_b?x=1,2)。

        站点分布见![联络站分布图](img/map(1).png "分布图, 2026")，或登录<https://www.lyrd.gov.cn/list?p=(2)>、<rdlyz@example.gov.cn>查询，代码为`x,y=站点,名单`。

        （洛阳市人大常委会代表工委供稿）

        """
        XCTAssertEqual(findings(text), [])
        XCTAssertEqual(fixed(text), text)
        // The link text is text: its half-width comma is still P1's.
        XCTAssertEqual(fixed("详见[洛阳人大网,首页](https://www.lyrd.gov.cn)。", mode: .fragment), "详见[洛阳人大网，首页](https://www.lyrd.gov.cn)。")
    }

    // MARK: Punctuation inside Latin text

    func testPunctuationInsideQuotedLatinTextIsNotChinese() {
        for text in ["他说：“Hello, world.”会议随后开始。", "界面显示“Tested on iOS (beta)”字样。", "口号是‘Yes, we can!’。"] {
            XCTAssertEqual(findings(text, mode: .fragment), [], text)
            XCTAssertEqual(fixed(text, mode: .fragment), text)
        }
        // Beside Chinese text, or inside a quote that holds Chinese, it is Chinese punctuation.
        XCTAssertEqual(fixed("依托APP,开展活动。提出“增长GDP.”的目标，登录www.lyrd.gov.cn,或致信rdlyz@example.gov.cn.会上", mode: .fragment),
                       "依托APP，开展活动。提出“增长GDP。”的目标，登录www.lyrd.gov.cn，或致信rdlyz@example.gov.cn。会上")
    }

    // MARK: Spaces

    func testNoBreakSpaceIsASpace() {
        let text = "推动\u{00A0}落实，扎实推进。推动\u{00A0}32\u{00A0}个部门进站。"
        let found = Checker.check(text, options: CheckOptions(mode: .fragment)).findings
        XCTAssertEqual(found.map(\.finding.rule.code), ["P4", "P8"])
        XCTAssertEqual(fixed(text, mode: .fragment), "推动落实，扎实推进。推动32个部门进站。")
        // Between the two phrases of a heading it is the genre's one space, as a normal space is.
        XCTAssertEqual(findings("郑州市：高位部署强担当\u{00A0}凝心聚力启新程\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n"), [])
    }

    func testLetterByLetterOnlyWhenMostOfTheLineIsSpaced() {
        func messages(_ text: String) -> [String] {
            Checker.check(text, options: CheckOptions(mode: .fragment)).findings.map(\.finding.message)
        }
        XCTAssertEqual(messages("它是 “ 网格+代表 ” 模式 。"), [StraySpace.rule.message, StraySpace.rule.message])
        XCTAssertEqual(messages(" 河 南 省 人 大 常 委 会"), ["逐字空开：字间有多余空格，删去空格"])
    }

    // MARK: Audit 2026-12: fixes that merged words or joined structure

    /// The audit's Markdown: a list item is never joined to the paragraph after it, and a space
    /// between two names, or a name and a title, is no stray space the fix may delete.
    func testListItemsAndNamesAreNotJoined() {
        let text = "# 郑州市：标题\n\n- 张三 市人大代表\n- 李四 县人大代表\n\n出席人员：王五 赵六 孙七\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertFalse(findings(text).contains { $0.hasSuffix("A1") })
        XCTAssertEqual(fixed(text), text)
        // Inside a sentence the space is stray, and the fix deletes it.
        XCTAssertEqual(fixed("代表们认真学习 市人大常委会工作报告。", mode: .fragment), "代表们认真学习市人大常委会工作报告。")
    }

    /// A list of names a colon opens keeps its spaces to the last name, whatever ends it (`孙七。`,
    /// `周八等参加`, `周八等 20 余名`, whose P8 fix leaves `周八等20余名`). Before, the space before
    /// the last name was reported, and --fix, pass after pass, ran every name together (the audit).
    /// A space before an item's number or beside a telephone number is no P8 either.
    func testAListOfNamesAfterAColonKeepsItsSpaces() {
        for line in ["参加视察的代表有：王五 赵六 孙七。", "市人大代表：王五 赵六 孙七 周八等参加视察。"] {
            XCTAssertEqual(findings(line, mode: .fragment), [], line)
            XCTAssertEqual(fixed(line, mode: .fragment), line, line)
        }
        XCTAssertEqual(fixed("参会人员：王五 赵六 孙七 周八等 20 余名代表。", mode: .fragment), "参会人员：王五 赵六 孙七 周八等20余名代表。")
        // Without the colon, or in a sentence, the space is stray.
        XCTAssertEqual(fixed("全市共组织 活动328场次。", mode: .fragment), "全市共组织活动328场次。")
        XCTAssertEqual(fixed("会议结束后，代表们在南阳 召开座谈会。", mode: .fragment), "会议结束后，代表们在南阳召开座谈会。")
        for line in ["附件：1.代表联络站名单 2.代表接待日安排表", "联系人：张三 13837312345；李四 0373-4412345。"] {
            XCTAssertFalse(findings(line, mode: .fragment).contains { $0.hasSuffix("P8") }, line)
        }
        XCTAssertEqual(fixed("建成代表联络站 13 个。", mode: .fragment), "建成代表联络站13个。")
    }

    /// The 供稿 line with the author's name: both spaces set the name apart, neither is reported
    /// and the fix never joins the name to the unit; a stray space inside the unit still is.
    func testAuthorNameOnTheContributorLineKeepsItsSpaces() {
        func article(_ contributor: String) -> String {
            "林州市：聚焦民生实事推动代表履职\n\n今年以来，林州市人大常委会组织代表开展活动。\n\n（\(contributor)）\n"
        }
        for contributor in ["林州市人大常委会代表工委 王五 供稿", "林州市人大常委会代表工委 王五 赵六 供稿", "林州市人大常委会代表工委 欧阳明月 供稿"] {
            XCTAssertEqual(findings(article(contributor)), [], contributor)
            XCTAssertEqual(fixed(article(contributor)), article(contributor), contributor)
        }
        XCTAssertEqual(fixed(article("林州市人大常委会 代表工委供稿")), article("林州市人大常委会代表工委供稿"))
        XCTAssertEqual(fixed(article("林州市人大常委会代表工委 供稿")), article("林州市人大常委会代表工委供稿"))
        // In the text, a short word between spaces is no name: the spaces are stray.
        XCTAssertEqual(fixed("组织代表 王五 视察。", mode: .fragment), "组织代表王五视察。")
    }

    func testFileExtensionDotIsNoSentenceEnd() {
        XCTAssertEqual(fixed("下载附件“名单.xlsx”后填写.", mode: .fragment), "下载附件“名单.xlsx”后填写。")
        XCTAssertEqual(fixed("请阅读通知.pdf文件.", mode: .fragment), "请阅读通知.pdf文件。")
    }

    /// One paragraph per line: a title-like line without a clause mark, and `附件：代表名单`, are
    /// headings of what follows, not paragraphs cut short.
    func testUnpunctuatedTitleLinesAreNotSplitParagraphs() {
        let text = ReadingAuditTests.titleLinesOnePerLine
        XCTAssertEqual(findings(text), [])
        XCTAssertEqual(fixed(text), text)
    }

    /// GB/T 9704-2012 §7.3.5 numbers several attachments `附件：1.××××`, the later names aligned
    /// under the first: that `.` is the standard's, no sentence end to report or fix.
    func testAttachmentNumbersAfterTheColonAreLeftAlone() {
        let text = "郑州市：聚焦民生实事 推动代表履职\n近年来，郑州市人大常委会推动代表履职。\n附件：1.代表名单\n　　　2.联络站名单\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(text), [])
        XCTAssertEqual(fixed(text), text)
        XCTAssertEqual(fixed("附件:1.代表名单", mode: .fragment), "附件：1.代表名单")
        XCTAssertEqual(fixed("附件：12.代表名单", mode: .fragment), "附件：12.代表名单")
        // Elsewhere a number's dot before Chinese is still reported.
        XCTAssertEqual(findings("见附件1.代表名单", mode: .fragment), ["1 P1"])
        XCTAssertEqual(findings("附件：代表名单共12.联络站名单", mode: .fragment), ["1 P1"])
        // The later items of one attachment line, a space before each (the audit).
        XCTAssertEqual(findings("附件：1.代表联络站名单 2.代表接待日安排表 3.意见建议办理台账", mode: .fragment), [])
        XCTAssertEqual(findings("会议要求 2.代表要积极参与", mode: .fragment), ["1 P1"])
    }

    /// A field line over another (`附件：…` / `参会人员：…`) is a list of fields: no A1, no join by
    /// either job (the audit: --fix ran the attachments into the next line).
    func testAFieldLineOverAnotherIsNoSplitParagraph() throws {
        let text = "卫辉市：代表联络站建设提质增效\n\n卫辉市人大常委会建成代表联络站13个。\n\n附件：1.代表联络站名单 2.代表接待日安排表\n\n参会人员：王五 赵六 孙七 周八等20余名代表。\n\n（新乡市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(text), [])
        XCTAssertEqual(fixed(text), text)
        XCTAssertEqual(try XCTUnwrap(BulletinReader.read(text).article).lead.count, 3)
        XCTAssertTrue(GenrePatterns.isFieldLine("联系人：张三"))
        XCTAssertFalse(GenrePatterns.isFieldLine("南阳市：强化代表履职"))
        XCTAssertFalse(GenrePatterns.isFieldLine("省人大常委会代表工委主任：王五"))
    }

    /// `…几个方面` then `一是…。二是…。` after a break: 二是 follows an 一是, no S7.
    func testSubPointAfterAnUnfinishedLineIsNoSlip() {
        let text = "郑州市：聚焦民生实事 推动代表履职\n\n近年来，郑州市人大常委会坚持以人民为中心，推动代表履职。\n\n主要做法有以下几个方面\n\n一是开展接待日活动。二是组织代表回选区。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertFalse(findings(text).contains { $0.hasSuffix("S7") }, "\(findings(text))")
        // A real slip is still one.
        XCTAssertEqual(findings("一是开展接待日活动。三是组织代表回选区。", mode: .fragment), ["1 S7"])
    }

    /// A doubled half-width `!!` is P6 at the first check, not only after --fix made it `！！`.
    func testDoubledHalfWidthMarkIsRepeatedPunctuation() {
        let codes = findings("满意度显著提升!!群众点赞。", mode: .fragment)
        XCTAssertEqual(codes.filter { $0.hasSuffix("P6") }.count, 1, "\(codes)")
        XCTAssertFalse(findings("He said hello!! twice.", mode: .fragment).contains { $0.hasSuffix("P6") })
    }

    /// A run of straight quotes beside Chinese (`代`) is reported, never turned in part: a
    /// partial fix left the rest beside Chinese and fixable, pass after pass (found by fuzzing).
    func testARunOfStraightQuotesIsNotFixedInPart() {
        let text = "代表说'好'，''代表工作\n"
        XCTAssertEqual(fixed(text, mode: .fragment), "代表说‘好’，''代表工作\n")
        XCTAssertEqual(fixed(fixed(text, mode: .fragment), mode: .fragment), fixed(text, mode: .fragment))
    }
}
