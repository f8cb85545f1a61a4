import XCTest
@testable import Bulletin

/// Fixtures for the finer points of single rules, beyond each rule's documented examples.
final class CheckRuleFixtureTests: XCTestCase {
    /// `line code` of every finding with all rules on.
    func findings(_ text: String, mode: CheckOptions.Mode = .auto) -> [String] {
        Checker.check(text, options: CheckOptions(mode: mode)).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
    }

    static let issue = """
    代表工作

    第 NUMBER 期

    河南省人大常委会
    代表工作委员会

    2026 年 4 月 13 日

    “人大代表在行动”主题活动专辑（一）

    * 郑州市：高位部署强担当

    郑州市：高位部署强担当

    郑州市人大常委会全面启动年度代表主题活动。

    （郑州市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发

    """

    func testIssueNumberStartsAtOne() {
        XCTAssertEqual(findings(Self.issue.replacingOccurrences(of: "NUMBER", with: "1")), [])
        let zero = Checker.check(Self.issue.replacingOccurrences(of: "NUMBER", with: "0")).findings
        XCTAssertEqual(zero.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["3 S2"])
        XCTAssertEqual(zero.first?.finding.message, "期号“第 0 期”不对：期号从第 1 期起编")
        XCTAssertEqual(findings(Self.issue.replacingOccurrences(of: "NUMBER", with: "12")), [])
    }

    func testBracketedNumberTakesNoMark() {
        for wrong in ["（一）、压实工作责任。", "（一），压实工作责任。", "（一）.压实工作责任。", "（2）、压实工作责任。"] {
            let result = Checker.check(wrong, options: CheckOptions(mode: .fragment)).findings
            // Only P7, at the number: the `.` is not turned into 。 by P1.
            XCTAssertEqual(result.map(\.finding.rule.code), ["P7"], wrong)
            XCTAssertEqual(result.first?.range.start.column, 1, wrong)
            XCTAssertTrue(result.first?.finding.message.hasPrefix("括号序号后不再加标点") == true, wrong)
        }
        for right in ["（一）压实工作责任。", "（2）压实工作责任。", "（郑州市人大常委会代表工委供稿）", "（一是）不算序号。"] {
            XCTAssertEqual(findings(right, mode: .fragment), [], right)
        }
        // Half-width brackets are P1's; the mark after them is still P7's.
        XCTAssertEqual(Checker.check("(一)、压实工作责任。", options: CheckOptions(mode: .fragment)).findings.map(\.finding.rule.code), ["P1", "P7", "P1"])
    }

    func testWrongMarkAfterNumberIsOneFinding() {
        for (number, mark) in [("二", "."), ("二", "．"), ("二", "，"), ("二", ",")] {
            let text = "郑州市：高位部署强担当\n\n一、精准对标明确方向。\n\n\(number)\(mark)上下联动掀热潮。\n\n三、系统发力求实效。\n\n（郑州市人大常委会代表工委供稿）\n"
            // The slip is P7 at line 5; 二 still counts as the second point, so 三、 is in order (no S6),
            // and the half-width mark is not also P1.
            XCTAssertEqual(findings(text), ["5 P7"], "\(number)\(mark)")
        }
        // A real gap is still reported: 二. then 四、.
        let gap = "郑州市：高位部署强担当\n\n一、精准对标明确方向。\n\n二.上下联动掀热潮。\n\n四、系统发力求实效。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(gap), ["5 P7", "7 S6"])
        let message = Checker.check(gap).findings.first { $0.finding.rule.code == "S6" }?.finding.message
        XCTAssertEqual(message, "要点序号应为“三、”，这里是“四、”：按一、二、三……连续编号")
        // A 一， that goes on with a sentence a page break left open is not a point. (The point
        // holds a sentence: a short `一、推动全国统` alone on its line would be a heading.)
        let split = "郑州市：高位部署强担当\n\n一、精准对标明确方向。推动全国统\n\n一，大市场建设。\n\n二、系统发力求实效。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(split), ["3 A1"])
    }

    func testPointNumberAfterIdeographicIndentIsLocatedAndQuotedAtTheNumeral() {
        // The customary two-character indent (U+3000) before each paragraph.
        let text = "洛阳市：推进代表工作 服务发展大局\n\n　　市人大常委会扎实推进代表工作。\n\n　　一、强化学习。\n\n　　三、拓展平台。\n\n　　二.突出导向。\n\n（洛阳市人大常委会代表工委供稿）\n"
        let found = Checker.check(text).findings.filter { $0.finding.rule.code == "S6" }
        // At the numeral and its mark, past the indent (columns in scalars).
        XCTAssertEqual(found.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column)" }, ["7:3-5", "9:3-5"])
        // The numeral as written, never the indent nor a character cut in two (U+FFFD).
        XCTAssertEqual(found.map(\.finding.message), [
            "要点序号应为“二、”，这里是“三、”：按一、二、三……连续编号",
            "要点序号应为“三、”，这里是“二.”：按一、二、三……连续编号",
        ])
    }

    func testRepeatedMarksAcrossMarkupEndAtTheSecondMark() {
        // `**` between the two marks: the finding ends after the second ，, not three bytes into it.
        let text = "推动问题解决，**，确保实效。"
        let found = Checker.check(text, options: .only(RepeatedPunctuation.rule, mode: .fragment)).findings
        XCTAssertEqual(found.map(\.range.end.offset), [Array("推动问题解决，**，".utf8).count])
    }

    func testOneSlipInASequenceIsOneFinding() {
        func article(_ numbers: [String]) -> String {
            "郑州市：高位部署强担当\n\n" + numbers.map { "\($0)、加强组织领导。\n\n" }.joined() + "（郑州市人大常委会代表工委供稿）\n"
        }
        // Points: a wrong number, a repeat, a gap, a swap; each line is 3 + 2 × (position − 1).
        XCTAssertEqual(findings(article(["一", "三", "三", "四"])), ["5 S6"])
        XCTAssertEqual(findings(article(["一", "二", "二", "三"])), ["7 S6"])
        XCTAssertEqual(findings(article(["一", "三", "四"])), ["5 S6"])
        XCTAssertEqual(findings(article(["一", "三", "二", "四"])), ["5 S6", "7 S6"])
        XCTAssertEqual(findings(article(["二", "三"])), ["3 S6"])
        // 一是、二是 likewise (reported at the numeral, column 8 or 15).
        func subPoints(_ text: String) -> [Int] {
            Checker.check(text, options: .only(SubPointSequence.rule, mode: .article)).findings.map(\.range.start.column)
        }
        XCTAssertEqual(subPoints("一是注重学习。三是注重培训。三是注重宣传。四是注重实效。"), [8])
        XCTAssertEqual(subPoints("一是注重学习。二是注重培训。二是注重宣传。三是注重实效。"), [15])
        XCTAssertEqual(subPoints("一是注重学习。三是注重培训。二是注重宣传。"), [8, 15])
    }

    func testSubPointsRestartUnderEachLowerLevel() {
        func subPoints(_ text: String) -> [String] {
            Checker.check(text, options: .only(SubPointSequence.rule, mode: .article)).findings.map { "\($0.range.start.line):\($0.range.start.column)" }
        }
        // 一是… starts again under each （一）, 1. and （1）, opening a paragraph or a sentence.
        let levels = "三、突出导向。一是聚焦重点。二是聚焦难点。\n\n（一）健全制度。一是完善规则。二是细化流程。\n\n（二）压实责任。一是明确分工。二是强化考核。\n\n"
            + "1.完善规则。一是细化。二是落实。\n\n2、规范台账。一是登记。\n\n（1）细化流程。一是梳理。二是公开。（2）公开结果。一是上网。二是公示。"
        XCTAssertEqual(subPoints(levels), [])
        // Within a level the order still counts, and a level starts from 一是.
        XCTAssertEqual(subPoints("三、突出导向。一是聚焦重点。\n\n（一）健全制度。二是完善规则。三是细化流程。\n\n（二）压实责任。一是明确分工。三是强化考核。"), ["3:9", "5:16"])
        // A number opening a paragraph is no level: 1.65万 goes on counting.
        XCTAssertEqual(subPoints("一是聚焦重点。二是聚焦难点。\n\n1.65万人次参加。三是强化考核。"), [])
    }

    func testTenReadForPlusNeedsEvidenceForThePhrase() {
        func plus(_ text: String) -> [String] {
            Checker.check(text, options: .only(PlusReadAsTen.rule, mode: .fragment)).findings.map(\.finding.message)
        }
        // + elsewhere is no evidence for an ordinary phrase: 十佳, 十件, 十大, 十进, 十条 are numbers.
        XCTAssertEqual(plus("深化“党建+网格”模式，评选“年度十佳代表”，推出“代表履职十件实事”，落实“人大代表十进”活动，开展“百千万十”工程和“全国人大十四届”学习，制定“代表履职十条”，推进“乡村振兴十大工程”。"), [])
        // Nor is it for words never written beside a + (社区, 代表).
        XCTAssertEqual(plus("深化“党建+网格”模式，参与“社区十代表”活动。"), [])
        // A neighbour of the 十 written beside a + elsewhere is (网格 in 党建+网格), named in the message.
        XCTAssertEqual(plus("深化“党建+网格”模式，积极参与“网格十代表”融合治理。"), ["引号内的“十”像是“+”之误（别处有“党建+网格”）：核对原稿"])
        // …but still not where the 十 is a number with its measure word.
        XCTAssertEqual(plus("深化“党建+网格”模式，实施“网格十大工程”。"), [])
        // 十 repeated as the joint of one quoted term (精准培训十实战练兵十外出考察), in a text that writes +.
        XCTAssertEqual(plus("构建“16+1+N”体系，采取“精准培训十实战练兵十外出考察”相结合的方式。").count, 2)
        // Without any + in the text nothing is reported.
        XCTAssertEqual(plus("积极参与“网格十代表”融合治理，采取“精准培训十实战练兵十外出考察”相结合的方式。"), [])
    }

    func testRangeDashBetweenNumbersOfTimeOrCount() {
        func ranges(_ text: String) -> [String] {
            Checker.check(text, options: .only(DateRangeDash.rule, mode: .fragment)).findings.map(\.finding.message)
        }
        func quoted(_ text: String) -> [String] {
            ranges(text).map { String($0.split(separator: "“")[1].split(separator: "”")[0]) }
        }
        // Years, counts, quarters, a unit after each number, times, percentages, decimals, ～ written as ~.
        XCTAssertEqual(quoted("2025-2026年度共开展5-6次；第3-4季度；2025年-2026年；5:00-6:00开展活动；增长25%-30%；投入1.5-2万元；5~6月。"),
                       ["2025-2026年度", "5-6次", "3-4季度", "2025年-2026年", "5:00-6:00", "25%-30%", "1.5-2万", "5~6月"])
        XCTAssertEqual(ranges("共开展5-6次。"), ["范围“5-6次”用了连接号“-”：改用一字线，写作“5—6次”"])
        XCTAssertEqual(ranges("拟于５－６月份分批次组织。"), ["范围“５－６月份”用了连接号“－”：改用一字线，写作“５—６月份”"])
        // Not a range: an ISO date, a telephone number, a code, a chain of numbers, a URL, a score, the right forms.
        XCTAssertEqual(ranges("活动于2026-06-04举行，电话0371-65501234，G4-1次列车，编号1-2-3号，网址www.lyrd.gov.cn/5-6月，以3-2获胜，5—6月，5～6月，9:30—11:30。"), [])
    }

    func testPercentAndDecimalPointGoHalfWidthWithTheirNumber() {
        // GB/T 15835: the number is half-width, and so are its decimal point and percent sign (95%, 98.5%).
        let text = "办结率９５％，参训率９８．５％，满意率95％，增长％。"
        let found = Checker.check(text, options: .only(FullwidthAlphanumeric.rule, mode: .fragment)).findings
        XCTAssertEqual(found.map(\.finding.message), [
            "全角字符“９５％”：数字和百分号应为半角“95%”",
            "全角字符“９８．５％”：数字和百分号应为半角“98.5%”",
            "全角字符“％”：数字和百分号应为半角“%”",
        ])
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: CheckOptions(mode: .fragment)).bytes, as: UTF8.self)
        XCTAssertEqual(fixed, "办结率95%，参训率98.5%，满意率95%，增长％。")
    }

    func testRegionHeadingsOfAnyLengthAreJudgedByTheDivisionsList() {
        func article(_ region: String, _ contributor: String = "郑州市人大常委会代表工委") -> [String] {
            let text = "\(region)：推进代表工作 服务发展大局\n\n正文。\n\n（\(contributor)供稿）\n"
            return Checker.check(text, options: CheckOptions(mode: .article)).findings.map { "\($0.finding.rule.code) \($0.finding.message)" }
        }
        // A functional zone the statistical division codes list under 郑州市, by its full and short name,
        // contributed by its parent city or by itself under either name.
        XCTAssertEqual(article("郑州航空港经济综合实验区"), [])
        XCTAssertEqual(article("郑州航空港区"), [])
        XCTAssertEqual(article("郑州航空港区", "郑州航空港经济综合实验区人大工委"), [])
        XCTAssertEqual(article("郑州航空港经济综合实验区", "开封市人大常委会代表工委").map { String($0.prefix(2)) }, ["R2"])
        // A long name that ends like a region is a 地区：标题 heading (no S5); R1 judges the name.
        XCTAssertEqual(article("郑州国际物流产业示范区"), ["R1 “郑州国际物流产业示范区”不是河南省的行政区划：核对地区名称"])
        XCTAssertEqual(article("新乡市平原城乡一体化示范区", "新乡市人大常委会代表工委"), [])
        let divisions = HenanDivisions.shared
        XCTAssertEqual(divisions.longestPrefix(of: "郑州航空港经济综合实验区人大工委"), "郑州航空港经济综合实验区")
        XCTAssertEqual(divisions.canonicalName("郑州航空港区"), "郑州航空港经济综合实验区")
    }

    /// R3: `市+县` written together in the text must be a county of that city; the message names
    /// the city it belongs to. Lists of cities and a city's own districts are left alone.
    func testACountyWrittenAfterTheWrongCityNamesItsCity() {
        func findings(_ body: String) -> [String] {
            let text = "开封市：推进代表工作 服务发展大局\n\n\(body)\n\n（开封市人大常委会代表工委供稿）\n"
            return Checker.check(text, options: CheckOptions(mode: .article)).findings.map { "\($0.finding.rule.code) \($0.finding.message)" }
        }
        XCTAssertEqual(findings("开封市林州市人大常委会组织代表视察。"), ["R3 “林州市”属于“安阳市”，不属于“开封市”：核对地名，应写作“安阳市林州市”"])
        XCTAssertEqual(findings("驻马店市新县、平顶山市卫东区代表参加。"), ["R3 “新县”属于“信阳市”，不属于“驻马店市”：核对地名，应写作“信阳市新县”"])
        XCTAssertEqual(findings("安阳市林州市、开封市兰考县、平顶山市卫东区代表参加。"), [])
        XCTAssertEqual(findings("郑州市、开封市、洛阳市人大代表参加，开封市人大常委会主任出席。"), [])
        // At the paragraph's very start and very end (the scan finds 市 by its last byte).
        XCTAssertEqual(findings("开封市林州市代表参加，来自开封市林州市").count, 2)
        XCTAssertEqual(findings("市林州市").count, 0)
        // Located at the mention: the city and the county together.
        let text = "开封市：推进代表工作\n\n活动中，开封市林州市代表发言。\n\n（开封市人大常委会代表工委供稿）\n"
        let located = Checker.check(text, options: CheckOptions(mode: .article)).findings.first { $0.finding.rule.code == "R3" }
        XCTAssertEqual(located?.range.start.line, 3)
        XCTAssertEqual(located?.range.start.column, 5)
        XCTAssertEqual(located?.range.end.column, 11)
    }

    /// R1, R2 and R3 agree: a heading that follows R3's advice (`安阳市林州市：`) names a region,
    /// and a county under the wrong city is R3's alone, on the heading or the 供稿 line.
    func testACityAndItsCountyAreOneRegionAndAWrongCityIsReportedOnce() {
        func article(_ region: String, _ unit: String) -> [String] {
            let text = "\(region)：聚焦民生实事推动代表履职\n\n今年以来，人大常委会组织代表开展活动。\n\n（\(unit)人大常委会代表工委供稿）\n"
            return Checker.check(text, options: CheckOptions(mode: .article)).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
        }
        XCTAssertEqual(article("安阳市林州市", "安阳市林州市"), [])
        XCTAssertEqual(article("安阳市林州市", "林州市"), [])
        XCTAssertEqual(article("安阳市林州市", "安阳市"), [])
        XCTAssertEqual(article("郑州市中原区", "郑州市"), [])
        // The 供稿 line's slip once, as R3 (which names the right city), not also as R2.
        XCTAssertEqual(article("林州市", "开封市林州市"), ["5 R3"])
        XCTAssertEqual(article("安阳市林州市", "开封市林州市"), ["5 R3"])
        XCTAssertEqual(article("安阳市", "开封市林州市"), ["5 R3"])
        // The heading's slip once, as R3, not also as R1 or, for the city as written, R2.
        XCTAssertEqual(article("开封市林州市", "开封市"), ["1 R3"])
        XCTAssertEqual(article("开封市林州市", "安阳市林州市"), ["1 R3"])
        // A unit that fits neither reading is still R2's, and a name that is no region still R1's.
        XCTAssertEqual(article("安阳市林州市", "开封市"), ["5 R2"])
        XCTAssertEqual(article("襄城县", "开封市林州市"), ["5 R2", "5 R3"])
        XCTAssertEqual(article("安阳市郑州县", "安阳市"), ["1 R1"])
        XCTAssertEqual(article("郑州市开封市", "郑州市"), ["1 R1"])
    }

    func testSpaceBesideANumberInTheTextButNotInTheLayout() {
        let text = """
        代表工作

        第 17 期

        河南省人大常委会
        代表工作委员会

        2026 年 7 月 6 日

        “人大代表在行动”主题活动专辑（七）

        * 郑州市：高质量推进 2026年代表工作

        郑州市：高质量推进 2026年代表工作

        推动 32 个部门进站，在代表履职通　APP 开设专栏，2026 年完成。

        （郑州市人大常委会代表工委供稿）

        送：省人大常委会主任、副主任、秘书长

        发：各省辖市人大常委会

        河南省人大常委会代表工作委员会印发 共印 60 份

        """
        let found = Checker.check(text).findings
        // Only line 16: “ 32 ” (one finding, two spaces), the ideographic space before APP with the
        // space after it, and the one after 2026. The masthead, the footer's 共印 60 份 and the heading's phrase space are not.
        XCTAssertEqual(found.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }, ["16:3 P8", "16:19 P8", "16:33 P8"])
        XCTAssertEqual(found.map(\.finding.severity), [.warning, .warning, .warning])
        XCTAssertEqual(found.map(\.finding.message), [
            "“32”前后有空格：公文中汉字与数字、字母之间不加空格，删去空格",
            "“APP”前后有空格：公文中汉字与数字、字母之间不加空格，删去空格",
            "“2026”后有空格：公文中汉字与数字、字母之间不加空格，删去空格",
        ])
        XCTAssertEqual(found[0].finding.fix?.edits.count, 2)
        // The fix removes exactly those spaces, and nothing is left to report.
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.contains("\n推动32个部门进站，在代表履职通APP开设专栏，2026年完成。\n"))
        XCTAssertEqual(fixed.replacingOccurrences(of: "推动32个部门进站，在代表履职通APP开设专栏，2026年完成。", with: ""),
                       text.replacingOccurrences(of: "推动 32 个部门进站，在代表履职通　APP 开设专栏，2026 年完成。", with: ""))
        XCTAssertEqual(Checker.check(fixed).findings.count, 0)
        // In a heading the space after a short phrase is not a phrase break.
        let heading = Checker.check("郑州市：推动 32 个部门进站\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n").findings
        XCTAssertEqual(heading.map(\.finding.rule.code), ["P8"])
        // No rule wants a space: Chinese right against digits and letters is clean.
        XCTAssertEqual(Checker.check("推动32个部门进站，在手机APP开设专栏。", options: CheckOptions(mode: .fragment)).findings.count, 0)
    }
}
