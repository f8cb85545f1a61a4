import Foundation
import XCTest
@testable import Bulletin

/// `check --format html`: one standalone page with the text and every finding where it is.
final class CheckReportHTMLTests: XCTestCase {
    private let submission = "郑州市：高位部署 <script>alert(1)</script>\n\n活动启动,效果良好 。\n代表们说：“很好。\n"

    func testEveryFindingIsHighlightedAndListed() throws {
        let result = Checker.check(submission, options: CheckOptions(mode: .article))
        XCTAssertGreaterThanOrEqual(result.findings.count, 3)
        let page = CheckReport.html([CheckReport.Entry(path: "来稿<1>.txt", result: result)])
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        XCTAssertTrue(page.hasSuffix("</html>\n"))
        // The summary on top, the same words as the text report's.
        XCTAssertTrue(page.contains("<p>\(CheckReport.summary([CheckReport.Entry(path: "x", result: result)]))。</p>"))
        // Each finding: a numbered note with message and rule, and a numbered reference in the text.
        for (index, located) in result.findings.enumerated() {
            let number = index + 1
            XCTAssertTrue(page.contains("id=\"file-1-finding-\(number)\""), "note \(number)")
            XCTAssertTrue(page.contains("<a href=\"#file-1-finding-\(number)\">\(number)</a>"), "reference \(number)")
            XCTAssertTrue(page.contains("[\(located.finding.rule.identifier)]"))
            XCTAssertTrue(page.contains(CheckReport.escape(located.finding.message)))
        }
        let fixable = result.findings.filter { $0.finding.fix != nil }.count
        XCTAssertGreaterThan(fixable, 0)
        XCTAssertEqual(page.components(separatedBy: "✔ 可自动修正：").count - 1, fixable)
        // The half-width comma itself is marked.
        XCTAssertTrue(page.contains("活动启动<mark class=\"error\" title=\"中文里用了半角“,”：改为全角“，”\">,</mark>"), page)
        // A finding about the whole article (no 供稿 line) is a point, not a shade over the text.
        let missing = try XCTUnwrap(result.findings.firstIndex { $0.finding.rule.code == "S8" })
        XCTAssertTrue(page.contains("<span class=\"point error\">▲</span><sup><a href=\"#file-1-finding-\(missing + 1)\">"), page)
        // User text is escaped; nothing runs, nothing is fetched.
        XCTAssertFalse(page.contains("<script"))
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(page.contains("来稿&lt;1&gt;.txt"))
        XCTAssertNil(page.range(of: #"(src|href)="(?!#)"#, options: .regularExpression), "only in-page links")
        XCTAssertFalse(page.contains("@import") || page.contains("url("))
    }

    func testCleanFileAndSeveralFiles() {
        let clean = Checker.check("郑州市：高位部署\n\n活动启动，效果良好。\n\n（郑州市人大常委会代表工委供稿）\n", options: CheckOptions(mode: .article))
        let flagged = Checker.check(submission, options: CheckOptions(mode: .article))
        let page = CheckReport.html([CheckReport.Entry(path: "a.txt", result: clean), CheckReport.Entry(path: "b.txt", result: flagged)])
        XCTAssertTrue(page.contains("<section id=\"file-1\">\n<h2>a.txt</h2>\n<p>未发现问题。</p>"))
        XCTAssertTrue(page.contains("<a href=\"#file-2\">b.txt</a>"))
        XCTAssertTrue(page.contains("id=\"file-2-finding-1\""))
        XCTAssertEqual(page.components(separatedBy: "<section ").count - 1, 2)
    }

    /// A long line full of findings renders in time proportional to it, not to findings × length.
    func testManyFindingsOnOneLineStayLinear() {
        let line = String(repeating: "代表,", count: 20_000)
        let result = Checker.check(line + "\n", options: CheckOptions(mode: .article))
        XCTAssertGreaterThanOrEqual(result.findings.count, 20_000)
        let start = Date()
        let page = CheckReport.html([CheckReport.Entry(path: "long.txt", result: result)])
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
        XCTAssertEqual(page.components(separatedBy: "<sup><a href=").count - 1, result.findings.count)
        XCTAssertGreaterThanOrEqual(page.components(separatedBy: "<mark ").count - 1, 20_000)
    }
}
