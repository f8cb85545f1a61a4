import XCTest
import SourceText
@testable import Bulletin

/// Every rule in the catalogue: a stable identity, and its documented wrong example fires
/// while its right example stays clean (the fixture tests of the ruff style).
final class CheckRuleCatalogueTests: XCTestCase {
    func testCodesAndSlugsAreUniqueAndWellFormed() {
        let codes = RuleCatalogue.all.map(\.code)
        let slugs = RuleCatalogue.all.map(\.slug)
        XCTAssertEqual(Set(codes).count, codes.count, "duplicate rule code")
        XCTAssertEqual(Set(slugs).count, slugs.count, "duplicate rule slug")
        for rule in RuleCatalogue.all {
            XCTAssertNotNil(rule.code.range(of: #"^[A-Z][0-9]+$"#, options: .regularExpression), rule.code)
            XCTAssertNotNil(rule.slug.range(of: #"^[a-z]+(-[a-z]+)*$"#, options: .regularExpression), rule.slug)
            XCTAssertFalse(rule.message.isEmpty)
            XCTAssertTrue(rule.message.contains("："), "message of \(rule.code) should say what is wrong and how to fix it: \(rule.message)")
            XCTAssertNotEqual(rule.wrongExample, rule.rightExample)
        }
        XCTAssertEqual(RuleCatalogue.rule(named: "unbalanced-quote")?.code, "P3")
        XCTAssertEqual(RuleCatalogue.rule(named: "p3")?.slug, "unbalanced-quote")
        XCTAssertNil(RuleCatalogue.rule(named: "Z9"))
    }

    /// The mode an example is read in: a fragment for text rules, one article, or a whole issue.
    static func mode(for rule: Rule) -> CheckOptions.Mode {
        switch rule.scope {
        case .text: rule.code == "S1" ? .auto : .fragment
        case .article: .article
        case .issue: .issue
        }
    }

    func testWrongExampleFiresAndRightExampleDoesNot() {
        for rule in RuleCatalogue.all {
            let options = CheckOptions.only(rule, mode: Self.mode(for: rule))
            let wrong = Checker.check(rule.wrongExample, options: options).findings
            let right = Checker.check(rule.rightExample, options: options).findings
            XCTAssertFalse(wrong.isEmpty, "\(rule.identifier): wrong example does not fire")
            XCTAssertTrue(wrong.allSatisfy { $0.finding.rule == rule })
            XCTAssertEqual(right.map(\.diagnostic.headlineForTest), [], "\(rule.identifier): right example fires")
        }
    }

    /// Fixable rules: fixing the wrong example leaves nothing for the rule to report.
    func testFixableExamplesFixClean() {
        for rule in RuleCatalogue.all where rule.fixable {
            let options = CheckOptions.only(rule, mode: Self.mode(for: rule))
            let fixed = Fixer.fixed(bytes: Array(rule.wrongExample.utf8), options: options).bytes
            XCTAssertNotEqual(fixed, Array(rule.wrongExample.utf8), rule.identifier)
            XCTAssertEqual(Checker.check(bytes: fixed, options: options).findings.count, 0, "\(rule.identifier): \(String(decoding: fixed, as: UTF8.self))")
        }
    }

    func testRulesDocumentIsGeneratedFromTheCatalogue() throws {
        let committed = try Seeds.file("docs/rules.md")
        XCTAssertEqual(committed, RulesDocument.markdown(), "docs/rules.md is stale: run `jianbao rules > docs/rules.md`")
        for rule in RuleCatalogue.all {
            XCTAssertTrue(committed.contains("**`\(rule.identifier)`**"))
        }
    }

    func testDivisionsDataHasEveryCityAndNamesItsSource() throws {
        let tsv = try XCTUnwrap(DefaultFiles.data["henan-divisions.tsv"])
        XCTAssertTrue(tsv.hasPrefix("#"))
        XCTAssertTrue(tsv.contains("来源"))
        let divisions = HenanDivisions(tsv: tsv)
        let cities = ["郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "鹤壁市", "新乡市", "焦作市", "濮阳市", "许昌市",
                      "漯河市", "三门峡市", "南阳市", "商丘市", "信阳市", "周口市", "驻马店市", "济源示范区"]
        for city in cities { XCTAssertEqual(divisions.parent(of: city), "", city) }
        XCTAssertEqual(divisions.parent(of: "襄城县"), "许昌市")
        XCTAssertEqual(divisions.parent(of: "邓州市"), "南阳市")
        XCTAssertEqual(divisions.parent(of: "淮阳区"), "周口市")
        XCTAssertNil(divisions.parent(of: "郑州县"))
        XCTAssertEqual(divisions.longestPrefix(of: "许昌市人大常委会代表工委供稿"), "许昌市")
    }
}

extension Diagnostic {
    var headlineForTest: String { headline(path: "t") }
}
