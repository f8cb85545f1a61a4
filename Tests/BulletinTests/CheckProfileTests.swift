import XCTest
@testable import Bulletin

/// 检查规则 in a house profile: which rules run and at what severity.
final class CheckProfileTests: XCTestCase {
    func testProfileSetsRuleSeverities() throws {
        let profile = try HouseProfile.load(text: """
        检查规则:
          P4: 关闭
          L1: 错误
          P3 unbalanced-quote: 警告
          split-paragraph: "off"
          p2: error
          A2: Warning
        """)
        XCTAssertEqual(profile.ruleSeverities, ["P4": .off, "L1": .error, "P3": .warning, "A1": .off, "P2": .error, "A2": .warning])
        // Everything else of the standard profile is kept.
        XCTAssertEqual(profile.title, HouseProfile.standard.title)
        XCTAssertEqual(HouseProfile.standard.ruleSeverities, [:])
    }

    func testAllThenOneInFileOrder() throws {
        let profile = try HouseProfile.load(text: "检查规则:\n  all: 关闭\n  P1: 警告\n")
        XCTAssertEqual(profile.ruleSeverities.count, RuleCatalogue.all.count)
        XCTAssertEqual(profile.ruleSeverities.filter { $0.value != .off }, ["P1": .warning])
        // Applied as check options: only P1 reports, as a warning.
        let options = CheckOptions(mode: .article, severities: profile.ruleSeverities)
        let findings = Checker.check("郑州市:高位部署\n\n活动启动,效果良好\n", options: options).findings
        XCTAssertEqual(findings.map(\.finding.rule.code), ["P1", "P1"])
        XCTAssertEqual(Set(findings.map(\.finding.severity)), [.warning])
    }

    func testUnknownRuleOrValueIsALocatedError() {
        func diagnostics(_ text: String) -> [String] {
            do {
                _ = try HouseProfile.load(text: text)
                return []
            } catch {
                return error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column): \($0.message)" }
            }
        }
        XCTAssertEqual(diagnostics("名称: 某市\n检查规则:\n  unbalanced-qoute: 关闭\n  P4: 关掉\n  Z99: 警告\n"), [
            "3:3: 没有规则“unbalanced-qoute”，是否想写“unbalanced-quote”？",
            "4:7: 规则“P4”的级别应为 错误、警告 或 关闭（也可写 error、warning、\"off\"），而不是“关掉”",
            "5:3: 没有规则“Z99”（用 jianbao rules 查看全部规则）",
        ])
        // An unquoted off reads as a boolean elsewhere: the notes format refuses it, with the fix.
        XCTAssertEqual(diagnostics("检查规则:\n  P4: off\n").first?.hasPrefix("2:7: “off”会被有的 YAML 解析器读成布尔值"), true)
        // A list where the mapping belongs.
        XCTAssertEqual(diagnostics("检查规则: [P4]\n").first, "1:7: 检查规则应为“字段: 值”形式的映射，这里是列表")
        // A misspelt key of the profile itself.
        XCTAssertEqual(diagnostics("检查规测:\n  P4: 关闭\n").first, "1:1: 未知字段“检查规测”，是否想写“检查规则”？")
    }

    func testExampleProfileChoosesRules() throws {
        let profile = try HouseProfile.load(text: Seeds.file("examples/profile.yaml"))
        XCTAssertEqual(profile.ruleSeverities, ["L1": .error, "A2": .off])
    }
}
