import XCTest
@testable import Bulletin

extension ReadingShapes {
    /// A table pasted from Word as text, a row a line, its cells set apart by tabs (the twenty-first
    /// audit: A1 ran each row into the next, `320` and the next row's `2` into `3202`, and P8
    /// deleted the tabs).
    static let tableWithTabs = Shape(name: "table-with-tabs", text: """
    漯河市：推进代表联络站建设 打通联系群众最后一公里
    漯河市人大常委会持续推进代表联络站规范化建设，各县区进展如下表：
    序号\t县区\t联络站数\t进站代表
    1\t源汇区\t12\t320
    2\t郾城区\t15\t410
    合计\t\t27\t730
    下一步，漯河市将继续推进联络站提质增效。
    （漯河市人大常委会代表工委供稿）

    """)

    /// The same table saved from Word a cell a line (`12` / `320` ran into `12320`).
    static let tableCellALine = Shape(name: "table-cell-a-line", text: """
    漯河市：推进代表联络站建设 打通联系群众最后一公里
    漯河市人大常委会持续推进代表联络站规范化建设，各县区进展如下。
    县区
    联络站数
    源汇区
    12
    郾城区
    15
    下一步，漯河市将继续推进联络站提质增效。
    （漯河市人大常委会代表工委供稿）

    """)

    /// Its cells aligned with spaces.
    static let tableAlignedWithSpaces = Shape(name: "table-aligned-with-spaces", text: """
    漯河市：推进代表联络站建设 打通联系群众最后一公里
    漯河市人大常委会持续推进代表联络站规范化建设，各县区进展如下表：
    县区      联络站数      进站代表
    源汇区    12            320
    郾城区    15            410
    下一步，漯河市将继续推进联络站提质增效。
    （漯河市人大常委会代表工委供稿）

    """)

    /// A lead typed without its final 。 over an attachment note, the office and the date (A1 ran
    /// all three into the lead).
    static let endMatterUnderAnOpenLead = Shape(name: "end-matter-under-an-open-lead", text: """
    巩义市：开展代表述职评议 增强代表履职意识
    巩义市人大常委会组织部分代表向选民述职，接受选民评议。全市共有56名代表述职，满意率100%
    附件：述职代表名单
    巩义市人大常委会代表工委
    2026年5月8日
    （巩义市人大常委会代表工委供稿）

    """)

    /// A PDF's copy of a short submission (too few lines for the wrap width to show): the lead's
    /// first line, opening with the committee's name, is no second line of a title that has its
    /// words (the twenty-second audit: the title took the lead's first line, cut mid-word).
    static let leadUnderACompleteTitle = Shape(name: "lead-under-a-complete-title", text: """
    沁阳市：代表“家站点”成为履职主阵地
    沁阳市人大常委会坚持把代表之家、代表联络站、代表联
    络点建设作为支持代表履职的基础工程，持续用力推进。
    一、完善阵地布局。全市建成代表之家13个、代表联络站
    46个、代表联络点120个，实现城乡全覆盖。
    二、规范活动开展。各“家站点”每月至少开展两次接待活
    动，今年以来共接待群众4100余人次，收集意见建议。
    （沁阳市人大常委会代表工委供稿）

    """)

    static let twentyFirstAudit = [tableWithTabs, tableCellALine, tableAlignedWithSpaces, endMatterUnderAnOpenLead, leadUnderACompleteTitle]
}

/// The twenty-first fresh-eyes audit (December 2026: is `check --fix` safe on what clerks paste?).
final class TwentyFirstAuditTests: XCTestCase {
    /// A table's rows and cells stay as typed: no finding, nothing for --fix to change, and the
    /// reader keeps a row (or a cell) a paragraph.
    func testTablesPastedAsTextAreLeftAlone() throws {
        for shape in [ReadingShapes.tableWithTabs, ReadingShapes.tableCellALine, ReadingShapes.tableAlignedWithSpaces] {
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
            let fixed = String(decoding: Fixer.fixed(bytes: Array(shape.text.utf8)).bytes, as: UTF8.self)
            XCTAssertEqual(fixed, shape.text, shape.name)
            let lead = try XCTUnwrap(BulletinReader.read(shape.text).article?.lead, shape.name)
            let tableLines = shape.text.split(separator: "\n").dropFirst(2).dropLast(2).map(String.init)
            XCTAssertEqual(Array(lead.dropFirst()), tableLines, shape.name)
        }
    }

    /// What the tables' tests must not take: a number alone between two parts of a sentence (a
    /// page cut them) still joins, a Word list number's tab is still P4's, a letter-spaced 刊名
    /// is still P4's, and a sentence cut at a line's end still goes on.
    func testWhatStaysJoinedOrReported() {
        let cut = "林州市：代表建议办理情况\n\n今年以来，林州市人大常委会督办代表建议，重点督办的有\n\n3\n\n项，已全部办结。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(cut).article?.lead, ["今年以来，林州市人大常委会督办代表建议，重点督办的有3项，已全部办结。"])
        let numbered = "林州市：强化代表履职\n林州市人大常委会组织代表开展活动。\n一、\t强化组织领导。成立工作专班。\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(Checker.lineCodes(numbered), ["3 P4"])
        let wrapped = "林州市：强化代表履职\n\n林州市人大常委会组织代表开展活动，共有代表\n126名参加。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(wrapped).article?.lead, ["林州市人大常委会组织代表开展活动，共有代表126名参加。"])
    }

    /// A `.` ending a paragraph after a closing quote or bracket, or after a number that numbers
    /// nothing, is its full stop, for both jobs: the lead under a title is no line of the title
    /// (--fix joined them), and P1 fixes the stop.
    func testAStopAfterAQuoteABracketOrANumberEndsTheSentence() throws {
        for lead in [#"群众称之为"连心桥"."#, "全市代表全部参与(含列席代表).", "热线电话为0370-3211234.", "其中涉及营商环境的占1/3."] {
            // A short lead, as short as a title's further line (the audit's shape).
            let text = "安阳市：建强代表联络站 密切代表联系群众\n\(lead)\n一、完善机制。建立代表联系群众制度。\n（安阳市人大常委会代表工委供稿）\n"
            let article = try XCTUnwrap(BulletinReader.read(text).article, lead)
            XCTAssertEqual(article.headline, "建强代表联络站 密切代表联系群众", lead)
            XCTAssertFalse(Checker.lineCodes(text).contains("2 A1"), lead)
            let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
            XCTAssertTrue(fixed.contains("。\n一、完善机制"), fixed)
            XCTAssertTrue(fixed.hasPrefix("安阳市：建强代表联络站 密切代表联系群众\n"), fixed)
        }
        // `附件1.` may number the line after: no stop known, nothing fixed.
        let attachment = "安阳市人大常委会印发通知，见附件1.\n"
        XCTAssertEqual(String(decoding: Fixer.fixed(bytes: Array(attachment.utf8), options: CheckOptions(mode: .fragment)).bytes, as: UTF8.self), attachment)
    }

    /// A dotted abbreviation keeps its last dot (`a.m.开始` was fixed to `a.m。开始`).
    func testADottedAbbreviationKeepsItsDot() {
        let text = "座谈会于上午9:30 a.m.开始，代表团赴U.S.A.和欧盟考察。\n"
        XCTAssertEqual(Checker.check(text, options: CheckOptions(mode: .fragment)).findings.filter { $0.finding.rule.code == "P1" }.count, 0)
    }

    /// End matter under a lead left open stays apart: nothing for A1, nothing joined by the reader.
    func testEndMatterIsNoPartOfTheLead() throws {
        let text = ReadingShapes.endMatterUnderAnOpenLead.text
        XCTAssertEqual(Checker.lineCodes(text), [])
        let lead = try XCTUnwrap(BulletinReader.read(text).article?.lead)
        XCTAssertEqual(lead.first, "巩义市人大常委会组织部分代表向选民述职，接受选民评议。全市共有56名代表述职，满意率100%")
        XCTAssertFalse(lead.contains { $0.contains("附件：述职代表名单巩义市") })
        // A sentence opening with a label a sentence may have (`指出：`) still goes on.
        let said = "巩义市：开展代表述职评议\n\n会上，市人大常委会主任\n指出：要持续深化代表述职评议工作。\n\n（巩义市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(said).article?.lead, ["会上，市人大常委会主任指出：要持续深化代表述职评议工作。"])
    }

    /// P2 turns the marks inside a full-width string half-width with it: no `1，200人` (read as
    /// “1 and 200”), no `www．xyrd．gov．cn`; a range of full-width digits keeps its dash for P5.
    func testMarksInsideAFullWidthStringTurnWithIt() {
        func fixed(_ text: String) -> String {
            String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: CheckOptions(mode: .fragment)).bytes, as: UTF8.self)
        }
        XCTAssertEqual(fixed("参训代表１，２００人，乡级代表１２，３４５名。"), "参训代表1,200人，乡级代表12,345名。")
        XCTAssertEqual(fixed("网站ｗｗｗ．ｘｙｒｄ．ｇｏｖ．ｃｎ，邮箱ｘｙｒｄ＠１６３．ｃｏｍ。"), "网站www.xyrd.gov.cn，邮箱xyrd@163.com。")
        XCTAssertEqual(fixed("每天９：３０至１７：３０接待，比例为３：１，编号ＸＹ－２０２６－００１，占１／３。"), "每天9:30至17:30接待，比例为3:1，编号XY-2026-001，占1/3。")
        // Not a group of three: a list of numbers keeps its comma; a range keeps its dash (P5's).
        XCTAssertEqual(fixed("于５，６月份开展活动。"), "于5，6月份开展活动。")
        XCTAssertTrue(fixed("计划于５－６月份开展活动。").contains("5－6"))
    }

    /// A title with its words keeps them: the lead's first line (the committee acting) is the
    /// lead's, for both jobs, in Word's layout and with blank lines; `郑州市：` alone still takes
    /// its title from the next line.
    func testTheLeadsFirstLineIsNoTitleLine() throws {
        let shape = ReadingShapes.leadUnderACompleteTitle
        let article = try XCTUnwrap(BulletinReader.read(shape.text).article)
        XCTAssertEqual(article.headline, "代表“家站点”成为履职主阵地")
        XCTAssertEqual(article.lead, ["沁阳市人大常委会坚持把代表之家、代表联络站、代表联络点建设作为支持代表履职的基础工程，持续用力推进。"])
        XCTAssertFalse(Checker.lineCodes(shape.text).contains("1 A1"), "\(Checker.lineCodes(shape.text))")
        let quoted = "新乡市：闻令而动强部署 统筹谋划开新局\n新乡市人大常委会深入开展“聚焦两高四着力、奋发有为十五五\n人大代表在行动”主题活动，推动代表履职走深走实。\n（新乡市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(quoted).article?.headline, "闻令而动强部署 统筹谋划开新局")
        let regionAlone = "郑州市：\n市人大常委会召开代表工作座谈会\n\n郑州市人大常委会近日召开代表工作座谈会，听取意见建议。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(regionAlone).article?.headline, "市人大常委会召开代表工作座谈会")
    }

    /// A 供稿 line padded inside its brackets is the 供稿 line (S8 called it missing), and --fix
    /// deletes the padding only, keeping the space that sets the writer's name apart (it fused
    /// `代表工委王五`).
    func testAPaddedContributorLineKeepsItsNameApart() {
        for line in ["（ 林州市人大常委会代表工委 王五 供稿 ）", "( 林州市人大常委会代表工委  王五  供稿 )"] {
            let text = "林州市：强化代表履职 助力乡村振兴\n林州市人大常委会聚焦乡村振兴，组织代表开展系列活动。\n\(line)\n"
            XCTAssertFalse(Checker.lineCodes(text).contains("3 S8"), line)
            let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
            XCTAssertTrue(fixed.hasSuffix("代表工委 王五 供稿）\n") || fixed.hasSuffix("代表工委  王五  供稿）\n"), fixed)
            XCTAssertEqual(BulletinReader.read(text).article?.contributor?.hasPrefix("林州市人大常委会代表工委"), true, line)
        }
    }
}
