import SourceText
import XCTest
@testable import Bulletin

/// Notes that read but would misprint are refused at decoding (issue 15, item 3): each case is
/// located at its value and says how to write it instead.
final class NotesPrintedValueTests: XCTestCase {
    /// One issue with one article; `article` replaces its fields (indented under `  - `).
    private func issue(_ article: String) -> String {
        "期号: 3\n日期: 2026年1月5日\n分送: 无\n文章:\n" + article
    }

    private func diagnostics(_ text: String) -> (errors: [String], warnings: [String]) {
        var warnings: [Diagnostic] = []
        do {
            _ = try NotesDecoder().decode(text: text, warnings: &warnings)
            return ([], warnings.map { $0.headline(path: "n.yaml") })
        } catch {
            let all = error.diagnostics
            return (all.filter { $0.severity == .error }.map { $0.headline(path: "n.yaml") },
                    all.filter { $0.severity == .warning }.map { $0.headline(path: "n.yaml") })
        }
    }

    func testPointHeadingWithItsOwnNumeral() {
        let found = diagnostics(issue("""
          - 地区: 新乡市
            标题: 甲
            要点:
              - 小标题: 一、织密阵地网。
              - 小标题: （二）建强队伍。
              - 小标题: 3. 完善机制。
        """))
        XCTAssertEqual(found.errors, [
            "n.yaml:8:14: error: “小标题”开头已有编号“一、”：要点编号由起草自动生成，这样会印成“一、一、……”；请删去“一、”，写作“小标题: 织密阵地网。”",
            "n.yaml:9:14: error: “小标题”开头已有编号“（二）”：要点编号由起草自动生成，这样会印成“二、（二）……”；请删去“（二）”，写作“小标题: 建强队伍。”",
            "n.yaml:10:14: error: “小标题”开头已有编号“3.”：要点编号由起草自动生成，这样会印成“三、3.……”；请删去“3.”，写作“小标题: 完善机制。”",
        ])
        XCTAssertEqual(found.warnings, [])
    }

    func testBodyWithItsOwnNumeral() {
        let found = diagnostics(issue("""
          - 地区: 新乡市
            标题: 甲
            要点:
              - 小标题: 建强队伍。
                正文:
                  - （一）抓培训。
                  - 二、另起一点。
                  - （二）抓管理。
                  - 1.5万人次参加。
        """))
        XCTAssertEqual(found.errors, [
            "n.yaml:10:13: error: “正文”开头已有编号“（一）”：要点编号由起草自动生成，这样会印成“一、小标题……（一）……”（正文第一段紧接小标题）；请删去“（一）”，写作“正文: 抓培训。”",
            "n.yaml:11:13: error: “正文”开头已有编号“二、”：要点编号由起草自动生成，这样会印成一段以“二、”开头的正文，和自动编号的要点混在一起；请删去“二、”，写作“正文: 另起一点。”",
        ], "a later （二） numbers a sub-level; 1.5 is a number")
    }

    func testContributorWithItsOwnBracketsOrWord() {
        let found = diagnostics(issue("""
          - 地区: 新乡市
            标题: 甲
            供稿: （新乡市人大常委会代表工委供稿）
          - 地区: 滑县
            标题: 乙
            供稿: 滑县人大常委会供稿
          - 地区: 辉县市
            标题: 丙
            供稿: (辉县市人大常委会)
        """))
        XCTAssertEqual(found.errors, [
            "n.yaml:7:9: error: “供稿”只写供稿单位：括号和“供稿”二字由起草自动加上，这样会印成“（（新乡市人大常委会代表工委供稿）供稿）”；请写作“供稿: 新乡市人大常委会代表工委”",
            "n.yaml:10:9: error: “供稿”只写供稿单位：括号和“供稿”二字由起草自动加上，这样会印成“（滑县人大常委会供稿供稿）”；请写作“供稿: 滑县人大常委会”",
            "n.yaml:13:9: error: “供稿”只写供稿单位：括号和“供稿”二字由起草自动加上，这样会印成“（(辉县市人大常委会)供稿）”；请写作“供稿: 辉县市人大常委会”",
        ])
    }

    func testRegionEndingInAColon() {
        let found = diagnostics(issue("""
          - 地区: 新乡市：
            标题: 甲
          - 地区: "滑县:"
            标题: 乙
        """))
        XCTAssertEqual(found.errors, [
            "n.yaml:5:9: error: “地区”末尾不要写冒号：起草时地区和标题之间自动加“：”，这样会印成“新乡市：：……”；请写作“地区: 新乡市”",
            "n.yaml:7:9: error: “地区”末尾不要写冒号：起草时地区和标题之间自动加“：”，这样会印成“滑县:：……”；请写作“地区: 滑县”",
        ])
    }

    func testHeadingWithoutFinalPunctuationIsAWarningOnly() throws {
        let text = issue("""
          - 地区: 新乡市
            标题: 甲
            要点:
              - 小标题: 织密阵地网
                正文: 正文。
              - 小标题: 建强“主阵地”。”
              - 小标题: 为什么？
        """)
        let found = diagnostics(text)
        XCTAssertEqual(found.errors, [])
        XCTAssertEqual(found.warnings, ["n.yaml:8:14: warning: “小标题”末尾没有句末标点：小标题和正文印在同一段，会连成一句；请在末尾加上“。”"])
        var warnings: [Diagnostic] = []
        guard case .bulletin(let bulletin) = try NotesDecoder().decode(text: text, warnings: &warnings) else { return XCTFail("an issue") }
        XCTAssertEqual(bulletin.articles[0].points.map(\.heading), ["织密阵地网", "建强“主阵地”。”", "为什么？"])
        XCTAssertEqual(warnings.count, 1)
    }

    /// The placeholders the refusal knows are the ones `new` writes: one list for both.
    func testEveryPlaceholderOfTheSkeletonIsRefused() throws {
        let skeleton = NotesSkeleton(issueNumber: 4, date: try XCTUnwrap(BulletinDate(year: 2026, month: 1, day: 5)),
                                     album: Album(theme: NotesSkeleton.Placeholder.albumTheme, number: 2)).text(profile: .standard)
        let found = diagnostics(skeleton)
        XCTAssertEqual(found.errors.count, 11, found.errors.joined(separator: "\n"))
        for placeholder in [NotesSkeleton.Placeholder.region, NotesSkeleton.Placeholder.headline, NotesSkeleton.Placeholder.contributor,
                            NotesSkeleton.Placeholder.firstHeading, NotesSkeleton.Placeholder.secondHeading, NotesSkeleton.Placeholder.closing] {
            XCTAssertTrue(skeleton.contains(placeholder), placeholder)
            XCTAssertTrue(found.errors.contains { $0.contains("占位文字“\(placeholder)”") }, placeholder)
        }
        // Typed next to a placeholder rather than over it: still refused.
        let partly = diagnostics(issue("  - 地区: 新乡市\n    标题: 织密阵地网在这里写标题\n"))
        XCTAssertEqual(partly.errors, ["n.yaml:6:9: error: “标题”还是 jianbao new 留下的占位文字“在这里写标题”，会照样印出来：请换成实际内容"])
    }

    /// Nothing in the examples, which print as the genre prints, is refused or warned about.
    func testTheExamplesPassWithoutAFinding() throws {
        for name in ["issue-11", "issue-16", "issue-17", "article"] {
            let found = diagnostics(try Seeds.file("examples/\(name).yaml"))
            XCTAssertEqual(found.errors + found.warnings, [], name)
        }
        // Headings that open with a numeral word are not point numbers.
        let words = diagnostics(issue("""
          - 地区: 新乡市
            标题: 甲
            要点:
              - 小标题: 十四五规划开好局。
                正文: 一是抓学习。二是抓落实。
              - 小标题: 三年来成效明显。
                正文: 2026年以来，接待群众300人次。
        """))
        XCTAssertEqual(words.errors + words.warnings, [])
    }
}
