import NotesFormat
import XCTest
@testable import Bulletin

final class NotesDecoderTests: XCTestCase {
    private func decodeBulletin(_ text: String, profile: HouseProfile = .standard) throws -> Bulletin {
        guard case .bulletin(let bulletin) = try NotesDecoder(profile: profile).decode(text: text) else {
            XCTFail("expected an issue"); return Bulletin(masthead: Masthead(title: ""))
        }
        return bulletin
    }

    /// Headlines of the decoding errors of `text`, as the CLI prints them.
    private func errors(_ text: String, profile: HouseProfile = .standard) -> [String] {
        do {
            _ = try NotesDecoder(profile: profile).decode(text: text)
            XCTFail("expected decoding errors")
            return []
        } catch {
            return error.diagnostics.map { $0.headline(path: "n.yaml") }
        }
    }

    func testIssue16ExampleDecodesToTheSamplesStructure() throws {
        let bulletin = try decodeBulletin(Seeds.file("examples/issue-16.yaml"))
        XCTAssertEqual(bulletin.masthead, Masthead(title: "代表工作", issueNumber: 16, issuingBody: ["河南省人大常委会", "代表工作委员会"],
                                                   date: BulletinDate(year: 2026, month: 6, day: 4)))
        XCTAssertEqual(bulletin.album, Album(theme: "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑", number: 6))
        XCTAssertEqual(bulletin.articles.map(\.region), ["南阳市", "襄城县"])
        XCTAssertEqual(bulletin.articles.map(\.points.count), [3, 3])
        XCTAssertEqual(bulletin.articles[0].points[0].heading, "深钻细研“学蓝图”，当好凝心聚力的“宣传员”。")
        XCTAssertTrue(bulletin.articles[0].points[2].body[0].contains("以以种养"), "the sample's typo is kept")
        XCTAssertEqual(bulletin.articles[1].contributor, "许昌市人大常委会代表工委")
        XCTAssertEqual(bulletin.footer, HouseProfile.standard.defaultFooter)
    }

    func testSingleArticleExample() throws {
        let document = try NotesDecoder().decode(text: Seeds.file("examples/article.yaml"))
        guard case .article(let article) = document else { return XCTFail("expected a single article") }
        XCTAssertEqual(article.region, "襄城县")
        XCTAssertEqual(article.points.map(\.body.count), [1, 2])
        XCTAssertEqual(article.closing.count, 1)
    }

    func testProfileFillsWhatTheNotesLeaveOutAndNotesWin() throws {
        let minimal = """
        期号: 3
        日期: "2026-01-05"
        文章:
          - 标题: 甲
        """
        let standard = try decodeBulletin(minimal)
        XCTAssertEqual(standard.masthead.title, "代表工作")
        XCTAssertEqual(standard.footer, HouseProfile.standard.defaultFooter)
        let older = try decodeBulletin(minimal, profile: HouseProfile.named("2024"))
        XCTAssertEqual(older.masthead.issuingBody, ["河南省人大常委会", "选举任免代表联络工作委员会"])
        XCTAssertEqual(older.footer?.copies, 60)
        let overridden = try decodeBulletin(minimal + "\n刊名: 人大简报\n编发单位: 某某办公室\n分送: 无\n")
        XCTAssertEqual(overridden.masthead.title, "人大简报")
        XCTAssertEqual(overridden.masthead.issuingBody, ["某某办公室"])
        XCTAssertNil(overridden.footer)
        let copies = try decodeBulletin(minimal + "\n份数: 80\n")
        XCTAssertEqual(copies.footer?.copies, 80)
        XCTAssertEqual(copies.footer?.issuer, "河南省人大常委会代表工作委员会")
    }

    /// An issue's required fields with one article; tests add the field they are about.
    private let oneArticleIssue = "期号: 3\n日期: 2026年1月5日\n文章:\n  - 标题: 乙\n"

    func testFooterAsAMappingDefaultsTheIssuer() throws {
        let bulletin = try decodeBulletin(oneArticleIssue + """
        分送:
          送: 甲
          份数: 10
        """)
        XCTAssertEqual(bulletin.footer, DistributionFooter(sendTo: "甲", copyTo: nil, issuer: "河南省人大常委会代表工作委员会", copies: 10))
    }

    func testRecipientsAsAListAreJoinedWithTheEnumerationComma() throws {
        let bulletin = try decodeBulletin(oneArticleIssue + """
        分送:
          送: [省人大常委会主任, 副主任, 秘书长]
          发:
            - 省人大各专门委员会
            - 各省辖市人大常委会
        """)
        XCTAssertEqual(bulletin.footer?.sendTo, "省人大常委会主任、副主任、秘书长")
        XCTAssertEqual(bulletin.footer?.copyTo, "省人大各专门委员会、各省辖市人大常委会")
        XCTAssertEqual(errors(oneArticleIssue + "分送:\n  送:\n    - 甲\n    - - 乙\n"), [
            "n.yaml:8:7: error: “送”应为一段文字，这里是列表",
        ])
    }

    func testUnknownKeySuggestsTheClosestField() {
        XCTAssertEqual(errors("""
        期号: 3
        日期: 2026年1月5日
        文章:
          - 地区: 南阳市
            标提: 某标题
        """), [
            "n.yaml:4:5: error: 第 1 篇文章缺少必填字段“标题”",
            "n.yaml:5:5: error: 未知字段“标提”，是否想写“标题”？",
        ])
    }

    func testMissingFieldsNonNumericIssueAndBadDateAreLocated() {
        XCTAssertEqual(errors("""
        期号: 十六
        日期: 2026年2月30日
        专辑:
          名称: 某专辑
        """), [
            "n.yaml:1:1: error: 笔记顶层缺少必填字段“文章”",
            "n.yaml:1:5: error: “期号”应为正整数（如 16），而不是“十六”",
            "n.yaml:2:5: error: 无法识别的日期“2026年2月30日”：请写作 2026年6月4日 或 \"2026-06-04\"，且须是日历上存在的日期",
            "n.yaml:4:3: error: 专辑缺少必填字段“序号”",
        ])
    }

    func testWrongShapesAreNamed() {
        XCTAssertEqual(errors("""
        期号: 3
        日期: 2026年1月5日
        文章:
          地区: 南阳市
        分送: 默任
        """), [
            "n.yaml:4:3: error: “文章”应为列表（每篇一项，以“- 地区: …”开头），这里是映射",
            "n.yaml:5:5: error: 没有名为“默任”的分送预设，是否想写“默认”？（可用：默认、无）",
        ])
        XCTAssertEqual(errors("""
        期号: [3]
        日期: 2026年1月5日
        文章:
          - 标题: 甲
            要点:
              - 小标题:
                  正文: 乙
        """), [
            "n.yaml:1:5: error: “期号”应为正整数，这里是列表",
            "n.yaml:7:11: error: “小标题”应为一段文字，这里是映射",
        ])
    }

    func testControlCharactersFromEscapesAreRefusedWhereTheyStand() {
        XCTAssertEqual(errors("地区: 南阳市\n标题: \"甲\\v乙\"\n导语: [\"a\\tb\", \"c\\ed\"]\n"), [
            "n.yaml:2:5: error: 这里有控制字符 U+000B（多半来自 \\ 转义），简报中不能出现；请删去",
            "n.yaml:3:14: error: 这里有控制字符 U+001B（多半来自 \\ 转义），简报中不能出现；请删去",
        ])
    }

    func testAnIssueWithoutArticlesIsAnError() {
        XCTAssertEqual(errors("期号: 3\n日期: 2026年1月5日\n文章: []\n"), [
            "n.yaml:3:5: error: “文章”是空列表：一期简报至少要有一篇文章",
        ])
    }

    func testEmptyAndSyntacticallyBrokenNotes() {
        XCTAssertEqual(errors("# 只有注释\n").count, 1)
        let broken = errors("期号: 3\n  日期: [\n")
        XCTAssertEqual(broken.count, 1)
        XCTAssertTrue(broken[0].hasPrefix("n.yaml:"), broken[0])
    }

    /// The examples in part 2 of docs/notes-format.md decode: an issue, an article, then a
    /// profile's 检查规则.
    func testDocumentedExamplesDecode() throws {
        let doc = try Seeds.file("docs/notes-format.md")
        let part2 = try XCTUnwrap(doc.range(of: "## 二、字段")).upperBound
        let blocks = doc[part2...].components(separatedBy: "```yaml\n").dropFirst()
            .map { $0.components(separatedBy: "```")[0] }
        XCTAssertEqual(blocks.count, 3)
        guard case .bulletin(let bulletin) = try NotesDecoder().decode(text: blocks[0]) else { return XCTFail("issue expected") }
        XCTAssertEqual(bulletin.footer?.copies, 60)
        XCTAssertEqual(bulletin.articles.first?.points.count, 2)
        guard case .article = try NotesDecoder().decode(text: blocks[1]) else { return XCTFail("article expected") }
        XCTAssertEqual(try HouseProfile.load(text: blocks[2]).ruleSeverities, ["P4": .off, "L1": .error, "P3": .warning])
    }

    /// encode → NotesWriter.yaml → parse → decode gives the original back.
    func testRoundTripThroughWrittenNotes() throws {
        let original = try decodeBulletin(Seeds.file("examples/issue-11.yaml"))
        var variants = [original]
        var changed = original
        changed.footer = DistributionFooter(sendTo: "甲", copyTo: nil, issuer: "乙", copies: 5)
        changed.album = nil
        changed.masthead.issuingBody = ["某某办公室"]
        changed.articles[0].closing = ["下一步，甲。", "乙：“丙” # 丁"]
        changed.articles[1].contributor = nil
        changed.articles[2].points[0].body = []
        variants.append(changed)
        var withoutFooter = original
        withoutFooter.footer = nil
        variants.append(withoutFooter)
        var withCopies = original
        withCopies.footer?.copies = 120
        variants.append(withCopies)
        for (index, bulletin) in variants.enumerated() {
            for profile in [HouseProfile.standard, nil] {
                let yaml = NotesWriter.yaml(NotesEncoder.encode(bulletin, profile: profile))
                XCTAssertEqual(try decodeBulletin(yaml), bulletin, "variant \(index)\n\(yaml)")
            }
        }
        let article = original.articles[2]
        let yaml = NotesWriter.yaml(NotesEncoder.encode(article))
        XCTAssertEqual(try NotesDecoder().decode(text: yaml), .article(article), yaml)
    }

    func testEncoderUsesPresetNamesWithAProfile() {
        var bulletin = Bulletin(masthead: Masthead(title: "代表工作", issueNumber: 1, date: BulletinDate(year: 2026, month: 1, day: 1)))
        bulletin.footer = HouseProfile.standard.defaultFooter
        bulletin.footer?.copies = 60
        let yaml = NotesWriter.yaml(NotesEncoder.encode(bulletin, profile: .standard))
        XCTAssertTrue(yaml.contains("分送: 默认\n"), yaml)
        XCTAssertTrue(yaml.contains("份数: "), yaml)
    }

    /// Damaged notes (lines dropped, indentation shifted, values swapped for lists) never crash
    /// the decoder: each gives a model or located errors, each inside the text.
    func testDamagedNotesGiveLocatedErrorsNeverACrash() throws {
        let lines = try Seeds.file("examples/issue-11.yaml").components(separatedBy: "\n")
        var generator = SystemRandomNumberGenerator()
        var failures = 0
        for round in 0..<120 {
            var damaged = lines
            let index = Int.random(in: 0..<damaged.count, using: &generator)
            switch round % 4 {
            case 0: damaged.remove(at: index)
            case 1: damaged[index] = "  " + damaged[index]
            case 2: damaged[index] = damaged[index].replacingOccurrences(of: ": ", with: ": [甲]\n#")
            default: damaged.insert("未知: 值", at: index)
            }
            let text = damaged.joined(separator: "\n")
            do {
                _ = try NotesDecoder().decode(text: text)
            } catch {
                failures += 1
                let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
                for diagnostic in error.diagnostics {
                    XCTAssertTrue((1...lineCount).contains(diagnostic.range.start.line), diagnostic.message)
                    XCTAssertFalse(diagnostic.message.isEmpty)
                }
            }
        }
        XCTAssertGreaterThan(failures, 40, "most damage must be reported")
    }

    func testSuggestionDistance() {
        XCTAssertEqual(Suggestion.editDistance(Array("标提"), Array("标题")), 1)
        XCTAssertEqual(Suggestion.editDistance(Array("小标题"), Array("标题")), 1)
        XCTAssertEqual(Suggestion.closest(to: "标提", among: NotesDecoder.articleKeys), "标题")
        XCTAssertNil(Suggestion.closest(to: "作者", among: NotesDecoder.articleKeys))
    }
}
