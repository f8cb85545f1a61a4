import SourceText
import Templating
import XCTest

/// Every parse error names the template, the 1-based line and column of the offending
/// tag, shows the source line with a caret, and says what is wrong in plain Chinese.
final class ParseErrorTests: XCTestCase {
    private func parseError(_ source: String, name: String = "report.md") -> TemplateError? {
        do {
            _ = try Template(source: source, name: name, escape: .none)
            return nil
        } catch {
            return error
        }
    }

    private func assertError(_ source: String, line: Int, column: Int, contains fragments: [String], file: StaticString = #filePath, lineNumber: UInt = #line) {
        guard let error = parseError(source) else {
            XCTFail("expected a parse error for \(source.debugDescription)", file: file, line: lineNumber)
            return
        }
        XCTAssertEqual(error.templateName, "report.md", file: file, line: lineNumber)
        XCTAssertEqual(error.diagnostics.count, 1, file: file, line: lineNumber)
        guard let diagnostic = error.diagnostics.first else { return }
        XCTAssertEqual(diagnostic.range.start.line, line, "line", file: file, line: lineNumber)
        XCTAssertEqual(diagnostic.range.start.column, column, "column", file: file, line: lineNumber)
        for fragment in fragments {
            XCTAssertTrue(diagnostic.message.contains(fragment), "“\(diagnostic.message)” should mention “\(fragment)”", file: file, line: lineNumber)
        }
        XCTAssertTrue(error.rendered().hasPrefix("report.md:\(line):\(column): error: "), error.rendered(), file: file, line: lineNumber)
    }

    func testUnclosedSectionPointsAtItsOpeningTag() {
        assertError("标题\n  {{#文章}}\n{{标题}}\n", line: 2, column: 3, contains: ["{{#文章}}", "没有对应的结束标签", "{{/文章}}"])
    }

    func testMismatchedClosingNamesBothTags() {
        assertError("{{#文章}}\n{{#要点}}{{小标题}}{{/文章}}\n", line: 2, column: 15, contains: ["{{/文章}}", "{{#要点}}", "第 2 行第 1 列", "应为 {{/要点}}"])
    }

    func testClosingTagWithoutOpening() {
        assertError("正文{{/文章}}", line: 1, column: 3, contains: ["{{/文章}}", "没有对应的开始标签"])
    }

    func testUnclosedTagIsFoundAtItsStart() {
        assertError("第一行\n标题：{{标题\n第三行 {{日期}}\n", line: 2, column: 4, contains: ["标签没有闭合", "}}"])
        assertError("{{标题", line: 1, column: 1, contains: ["标签没有闭合"])
        assertError("{{{标题}}", line: 1, column: 1, contains: ["}}}"])
    }

    func testBadDelimiterSetting() {
        assertError("一\n{{=<% =}}", line: 2, column: 1, contains: ["分隔符设置无效"])
        assertError("{{=<% %> x=}}", line: 1, column: 1, contains: ["分隔符设置无效"])
        assertError("{{=a= b=}}", line: 1, column: 1, contains: ["分隔符设置无效"])
    }

    func testEmptyOrUnfinishedDelimiterTagIsABadDelimiterNotAnUnclosedTag() {
        assertError("{{=}}", line: 1, column: 1, contains: ["分隔符设置无效"])
        assertError("一\n  {{= <% %> }}\n", line: 2, column: 3, contains: ["分隔符设置无效"])
        // A later "=}}" on another line does not make the first tag unclosed.
        assertError("{{=}}\n{{=<% %>=}}", line: 1, column: 1, contains: ["分隔符设置无效"])
        assertError("{{=<% %>=}}<%=%>", line: 1, column: 12, contains: ["分隔符设置无效"])
    }

    func testEmptyNameSegmentsAreErrors() {
        let message = "名字“%@”不完整：点号两边都要有名字，如“文章.标题”；单独一个点“.”表示当前项"
        for (source, name, column) in [("{{a..b}}", "a..b", 1), ("x{{.a}}", ".a", 2), ("{{a.}}", "a.", 1), ("{{&a..}}", "a..", 1), ("{{{..}}}", "..", 1),
                                       ("{{#a..b}}{{/a..b}}", "a..b", 1), ("{{^ .a }}{{/.a}}", ".a", 1), ("{{>*文章.}}", "文章.", 1)] {
            assertError(source, line: 1, column: column, contains: [message.replacingOccurrences(of: "%@", with: name)])
        }
        // The implicit iterator, dotted names and partial names with dots stay valid.
        for source in ["{{.}}", "{{ . }}", "{{#a}}{{.}}{{/a}}", "{{#.}}{{/.}}", "{{a.b.c}}", "{{> partials/point.md}}", "{{$块.名}}{{/块.名}}"] {
            XCTAssertNil(parseError(source), source)
        }
    }

    func testMissingAndBlankNames() {
        assertError("x {{}}", line: 1, column: 3, contains: ["缺少名字"])
        assertError("{{#a b}}{{/a b}}", line: 1, column: 1, contains: ["“a b”", "不能有空白"])
    }

    func testPartialNamesCannotLeaveTheFolder() {
        assertError("{{> ../secret}}", line: 1, column: 1, contains: ["“../secret”", "不安全"])
        assertError("\n  {{>/etc/passwd}}", line: 2, column: 3, contains: ["“/etc/passwd”", "不安全"])
        assertError("{{<partials/../../x}}{{/partials/../../x}}", line: 1, column: 1, contains: ["不安全"])
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let source = String(repeating: "{{#a}}", count: 5000) + String(repeating: "{{/a}}", count: 5000)
        assertError(source, line: 1, column: 1 + 200 * 6, contains: ["嵌套超过 200 层"])
    }

    func testByteOrderMarkIsNotText() throws {
        let template = try Template(source: "\u{FEFF}{{x}}", name: "bom.txt", escape: .none)
        XCTAssertEqual(try template.render(["x": "值"]), "值")
        let error = parseError("\u{FEFF}{{#x}}")
        XCTAssertEqual(error?.diagnostics.first?.range.start.column, 1)
    }

    func testCaretSitsUnderTheTag() {
        let error = parseError("要点：{{#要点}}")
        XCTAssertEqual(error?.rendered(), """
        report.md:1:4: error: “{{#要点}}”没有对应的结束标签 {{/要点}}
          要点：{{#要点}}
                ^
        """)
    }

    func testExcerptOfAVeryLongLineIsAWindowAroundTheTag() throws {
        let source = String(repeating: "甲", count: 1500) + "{{#乙}}" + String(repeating: "丙", count: 1500)
        let error = try XCTUnwrap(parseError(source))
        let lines = error.rendered().split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0], "report.md:1:1501: error: “{{#乙}}”没有对应的结束标签 {{/乙}}")
        XCTAssertEqual(lines[1], "  …" + String(repeating: "甲", count: 40) + "{{#乙}}" + String(repeating: "丙", count: 35) + "…")
        XCTAssertEqual(lines[2], "  " + String(repeating: " ", count: 81) + "^")
    }

    func testDelimitersChangeWhereErrorsAreLooked() {
        // With <% %> delimiters `{{` is plain text; the unclosed tag is the <% one.
        assertError("{{=<% %>=}}\n{{not a tag}} <%标题", line: 2, column: 15, contains: ["标签没有闭合", "%>"])
    }

    func testMessagesQuoteTagsWithTheDelimitersInForceThere() {
        assertError("{{=<% %>=}}\n<%#甲%>\n", line: 2, column: 1, contains: ["“<%#甲%>”没有对应的结束标签 <%/甲%>"])
        assertError("{{#甲}}\n{{=<% %>=}}<%/乙%>", line: 2, column: 12, contains: ["结束标签 <%/乙%> 与第 1 行第 1 列的开始标签“{{#甲}}”不匹配，应为 <%/甲%>"])
        assertError("{{=[ ]=}}[/甲]", line: 1, column: 10, contains: ["结束标签 [/甲] 前面没有对应的开始标签"])
        assertError("{{=<% %>=}}<%=x=%>", line: 1, column: 12, contains: ["应写成 <%={{ }}=%> 的形式"])
        assertError("{{=x=}}", line: 1, column: 1, contains: ["应写成 {{=<% %>=}} 的形式"])
        // Back to the default delimiters, the default quoting returns.
        assertError("{{=<% %>=}}<%={{ }}=%>{{^乙}}", line: 1, column: 23, contains: ["“{{^乙}}”没有对应的结束标签 {{/乙}}"])
    }

    func testRenderMessagesQuoteTagsWithTheDelimitersInForceThere() throws {
        let template = try Template(source: "{{=<% %>=}}<%要点%>", name: "a.txt", escape: .none)
        XCTAssertThrowsError(try template.render(["要点": ["一"]], options: RenderOptions(strict: true))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.diagnostics.map(\.message), ["“要点”是列表，不能直接输出；请用 <%#要点%>…<%/要点%> 逐项输出（严格模式）"])
        }
    }

    func testLibraryReportsErrorsOfEveryFile() {
        XCTAssertThrowsError(try TemplateLibrary(sources: ["a.txt.mustache": "{{#x}}", "b.txt.mustache": "ok", "c.txt.mustache": "{{/y}}"])) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.paths, ["a.txt", "c.txt"])
            XCTAssertEqual(error.diagnostics.count, 2)
        }
    }
}
