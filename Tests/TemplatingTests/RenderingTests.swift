import SourceText
import Templating
import XCTest

final class RenderingTests: XCTestCase {
    private let article: TemplateValue = [
        "标题": "“学解绘”三步法 凝聚代表合力",
        "地区": "南阳市",
        "要点": [
            ["序号": "一", "小标题": "深钻细研“学蓝图”。"],
            ["序号": "二", "小标题": "走访调研 <听民声> & 汇民意。"],
        ],
        "供稿": nil,
    ]

    // MARK: Escape modes

    func testEscapeModeFollowsTheOutputType() {
        XCTAssertEqual(EscapeMode.forTemplateName("bulletin.html.mustache"), .html)
        XCTAssertEqual(EscapeMode.forTemplateName("bulletin.html"), .html)
        XCTAssertEqual(EscapeMode.forTemplateName("docx/document.xml"), .html)
        XCTAssertEqual(EscapeMode.forTemplateName("bulletin.txt"), .none)
        XCTAssertEqual(EscapeMode.forTemplateName("partials/point.md.mustache"), .none)
        XCTAssertEqual(EscapeMode.forTemplateName("footer"), .none)
    }

    func testHTMLTemplatesEscapeFiveCharactersAndTextTemplatesNone() throws {
        let data: TemplateValue = ["x": "A & B \"引\" <i> 'q'"]
        let html = try Template(source: "{{x}}|{{{x}}}|{{&x}}", name: "a.html", escape: .html).render(data)
        XCTAssertEqual(html, "A &amp; B &quot;引&quot; &lt;i&gt; &#39;q&#39;|A & B \"引\" <i> 'q'|A & B \"引\" <i> 'q'")
        let text = try Template(source: "{{x}}", name: "a.txt", escape: .none).render(data)
        XCTAssertEqual(text, "A & B \"引\" <i> 'q'")
    }

    func testEscapingAtEveryPositionOfLongValues() throws {
        let template = try Template(source: "[{{x}}]", name: "a.html", escape: .html)
        let cases: [(String, String)] = [
            ("<", "&lt;"),
            ("&&", "&amp;&amp;"),
            ("中文中文中文中文>", "中文中文中文中文&gt;"),
            ("'中文中文中文中文中文中文'", "&#39;中文中文中文中文中文中文&#39;"),
            ("abcdefghijklmnop\"qrstuvwxyz", "abcdefghijklmnop&quot;qrstuvwxyz"),
            ("代表工作委员会<b>代表</b>工作委员会", "代表工作委员会&lt;b&gt;代表&lt;/b&gt;工作委员会"),
            ("没有需要转义的字符，一二三四五六七八九十", "没有需要转义的字符，一二三四五六七八九十"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(try template.render(["x": .string(value)]), "[\(expected)]", value)
        }
    }

    func testPartialsEscapeLikeTheTemplateBeingRendered() throws {
        let library = try TemplateLibrary(sources: [
            "page.html.mustache": "<p>{{> point}}</p>",
            "page.txt.mustache": "{{> point}}",
            "point.mustache": "{{小标题}}",
        ])
        let data: TemplateValue = ["小标题": "甲 & 乙"]
        XCTAssertEqual(try library.render("page.html", data), "<p>甲 &amp; 乙</p>")
        XCTAssertEqual(try library.render("page.txt", data), "甲 & 乙")
    }

    // MARK: Strict mode

    func testLenientModePrintsNothingForMissingNames() throws {
        let template = try Template(source: "{{地区}}：{{题目}}{{作者.姓名}}", name: "a.txt", escape: .none)
        XCTAssertEqual(try template.render(article), "南阳市：")
    }

    func testStrictModeReportsEveryUnresolvedNameWithItsPlace() throws {
        let source = "{{地区}}：{{题目}}\n{{#要点}}\n  {{序号}}、{{小题目}}\n{{/要点}}\n{{作者.姓名}}{{#专辑}}{{名称}}{{/专辑}}{{^供稿}}无{{/供稿}}\n"
        let template = try Template(source: source, name: "article.txt", escape: .none)
        XCTAssertThrowsError(try template.render(article, options: RenderOptions(strict: true))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.templateName, "article.txt")
            let places = error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }
            // 题目 (1:8), 小题目 once although two points miss it (3:10), 作者.姓名 (5:1),
            // the absent section 专辑 (5:10); 供稿 is present as null, which is not missing.
            XCTAssertEqual(places, ["1:8", "3:10", "5:1", "5:10"])
            XCTAssertTrue(error.diagnostics[1].message.contains("“小题目”"))
            XCTAssertTrue(error.rendered().contains("article.txt:3:10: error: 找不到名字“小题目”"), error.rendered())
        }
    }

    func testStrictModeReportsAbsentSectionNamesButNotFalsyOnes() throws {
        // An optional parent that is null or false makes the names below it optional too.
        let source = "{{#专辑}}{{名称}}{{/专辑}}{{^否}}无{{/否}}\n{{#空}}{{/空}}{{^假}}{{/假}}{{#无}}{{/无}}{{#供稿}}{{/供稿}}{{#文章.作者}}{{/文章.作者}}"
            + "{{#空.名称}}{{/空.名称}}{{^假.甲.乙}}{{/假.甲.乙}}\n"
        let template = try Template(source: source, name: "a.txt", escape: .none)
        let data: TemplateValue = ["空": nil, "假": false, "无": [], "供稿": "", "文章": [:]]
        XCTAssertEqual(try template.render(data), "无\n\n")
        XCTAssertThrowsError(try template.render(data, options: RenderOptions(strict: true))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }, ["1:1", "1:21", "2:51"])
            XCTAssertEqual(error.diagnostics.map(\.message), [
                "找不到名字“专辑”：数据中没有这一项（严格模式）；可以没有的项，请在数据中写成 null、false 或空列表",
                "找不到名字“否”：数据中没有这一项（严格模式）；可以没有的项，请在数据中写成 null、false 或空列表",
                "找不到名字“文章.作者”：数据中没有这一项（严格模式）；可以没有的项，请在数据中写成 null、false 或空列表",
            ])
        }
    }

    func testStrictModeNamesThePartialAProblemIsIn() throws {
        let library = try TemplateLibrary(sources: [
            "main.md.mustache": "# {{标题}}\n{{#要点}}\n{{> partials/point}}\n{{/要点}}\n{{> partials/missing}}\n",
            "partials/point.mustache": "- {{小题目}}\n",
        ])
        XCTAssertThrowsError(try library.render("main.md", article, options: RenderOptions(strict: true))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.paths, ["partials/point", "main.md"])
            XCTAssertTrue(error.diagnostics[0].message.contains("小题目"))
            XCTAssertTrue(error.diagnostics[1].message.contains("找不到局部模板“partials/missing”"))
            XCTAssertEqual(error.diagnostics[1].range.start.line, 5)
        }
        XCTAssertEqual(try library.render("main.md", article), "# “学解绘”三步法 凝聚代表合力\n- \n- \n")
    }

    /// Ten sections nested over one ten-item list ask for 10^10 bytes: the output limit stops
    /// it at the outermost loop, in the template's own place, instead of taking the machine.
    func testNestedSectionsOverAListStopAtTheOutputLimit() throws {
        let source = "前言\n" + String(repeating: "{{#l}}", count: 10) + "x" + String(repeating: "{{/l}}", count: 10)
        let template = try Template(source: source, name: "nest.txt", escape: .none)
        let data: TemplateValue = ["l": .list((1...10).map { .string(String($0)) })]
        XCTAssertThrowsError(try template.render(data, options: RenderOptions(maximumOutputBytes: 100_000))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.diagnostics.count, 1)
            XCTAssertEqual(error.diagnostics[0].range.start.line, 2)
            XCTAssertEqual(error.diagnostics[0].range.start.column, 1)
            XCTAssertTrue(error.diagnostics[0].message.contains("输出超过上限"), error.diagnostics[0].message)
        }
        // Under the limit the same template renders in full.
        let small = try Template(source: "{{#l}}{{#l}}x{{/l}}{{/l}}", name: "two.txt", escape: .none)
        XCTAssertEqual(try small.render(data, options: RenderOptions(maximumOutputBytes: 100)).count, 100)
    }

    /// Loops that print nothing multiply work all the same (28 empty sections over two items took
    /// a minute, found by fuzzing): their turns are capped like bytes, at the outermost loop.
    func testNestedSectionsThatPrintNothingStopAtTheTurnLimit() throws {
        let source = "前言\n" + String(repeating: "{{#l}}", count: 28) + String(repeating: "{{/l}}", count: 28)
        let template = try Template(source: source, name: "empty.txt", escape: .none)
        let data: TemplateValue = ["l": ["一", "二"]]
        // The smallest limit (a million turns) keeps the test quick; the default is 16 MB, 2^24 turns.
        XCTAssertThrowsError(try template.render(data, options: RenderOptions(maximumOutputBytes: 1000))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.diagnostics.first?.range.start.line, 2)
            XCTAssertTrue(error.diagnostics.first?.message.contains("展开超过 1048576 次") ?? false, error.description)
        }
        XCTAssertEqual(try Template(source: "{{#l}}{{#l}}{{/l}}{{/l}}", name: "four.txt", escape: .none).render(data), "")
    }

    /// Thirty partials that each include the next one twice ask for 2^30 copies, well inside the
    /// nesting limit: the output limit stops them at the first partial tag.
    func testDoublingPartialsStopAtTheOutputLimit() throws {
        var sources = ["p30.txt.mustache": "xxxxxxxx"]
        for level in 0..<30 { sources["p\(level).txt.mustache"] = "{{>p\(level + 1).txt}}{{>p\(level + 1).txt}}" }
        sources["main.txt.mustache"] = "开头\n{{>p0.txt}}"
        let library = try TemplateLibrary(sources: sources)
        XCTAssertThrowsError(try library.render("main.txt", [:], options: RenderOptions(maximumOutputBytes: 10_000))) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertTrue(error.diagnostics[0].message.contains("输出超过上限"), error.description)
            XCTAssertEqual(error.diagnostics[0].range.start.line, 2)
        }
    }

    func testStrictModeRefusesToPrintListsAndMaps() throws {
        let template = try Template(source: "{{要点}}", name: "a.txt", escape: .none)
        XCTAssertEqual(try template.render(article), "")
        XCTAssertThrowsError(try template.render(article, options: RenderOptions(strict: true))) { error in
            XCTAssertTrue(String(describing: error).contains("“要点”是列表"))
        }
    }

    // MARK: Values

    func testEmptyStringsAndListsAreFalse() throws {
        let template = try Template(source: "{{#a}}A{{/a}}{{^a}}非A{{/a}}|{{#b}}B{{/b}}{{^b}}非B{{/b}}|{{#c}}[{{.}}]{{/c}}", name: "t", escape: .none)
        XCTAssertEqual(try template.render(["a": "", "b": [], "c": "有"]), "非A|非B|[有]")
    }

    func testJSONNumbersBecomeText() throws {
        let data = try TemplateValue(json: #"{"期号": 16, "比例": 1.210, "整": 2.0, "大": 1e21, "空": null, "真": true, "负": -3}"#, name: "d.json")
        XCTAssertEqual(data, ["期号": "16", "比例": "1.21", "整": "2", "大": "1e+21", "空": nil, "真": true, "负": "-3"])
    }

    func testJSONErrorsAreLocatedInChinese() {
        XCTAssertThrowsError(try TemplateValue(json: "{\n  \"a\": 1,\n  \"b\" 2\n}", name: "data.json")) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.diagnostics.first?.range.start.line, 3)
            XCTAssertEqual(error.diagnostics.first?.range.start.column, 7)
            XCTAssertTrue(error.rendered().hasPrefix("data.json:3:7: error: JSON 语法错误：键名后面缺少冒号"), error.rendered())
        }
        XCTAssertThrowsError(try TemplateValue(json: "[1, 2", name: "d.json"))
        XCTAssertThrowsError(try TemplateValue(json: "{\"a\": 01}", name: "d.json"))
        XCTAssertThrowsError(try TemplateValue(json: "\"tab\there\"", name: "d.json"))
    }

    func testRenderingTwiceGivesTheSameOutput() throws {
        let template = try Template(source: "{{#要点}}{{序号}}、{{小标题}}\n{{/要点}}", name: "t.txt", escape: .none)
        let first = try template.render(article)
        XCTAssertEqual(first, "一、深钻细研“学蓝图”。\n二、走访调研 <听民声> & 汇民意。\n")
        XCTAssertEqual(try template.render(article), first)
    }

    // MARK: Multi-line values

    func testMultilineValuesKeepTheSpecIndentationByDefault() throws {
        let library = try TemplateLibrary(sources: ["list.md.mustache": "- 要点\n  {{> body}}\n", "body.mustache": "{{正文}}\n"])
        XCTAssertEqual(try library.render("list.md", ["正文": "第一段\n第二段"]), "- 要点\n  第一段\n第二段\n")
    }

    func testIndentMultilineValuesIndentsEveryLineLikeTheTagsLine() throws {
        let template = try Template(source: "- 要点\n  {{正文}}\n> {{引文}}\n", name: "a.md", escape: .none)
        let data: TemplateValue = ["正文": "第一段\n\n第二段", "引文": "甲\n\n乙\n"]
        let options = RenderOptions(indentMultilineValues: true)
        XCTAssertEqual(try template.render(data, options: options), "- 要点\n  第一段\n\n  第二段\n> 甲\n>\n> 乙\n\n")
        XCTAssertEqual(try template.render(data), "- 要点\n  第一段\n\n第二段\n> 甲\n\n乙\n\n")
    }

    func testIndentMultilineValuesAddsToPartialIndentation() throws {
        let library = try TemplateLibrary(sources: ["a.md.mustache": "列表：\n  {{> item}}\n", "item.mustache": "- {{x}}\n  {{y}}\n"])
        let output = try library.render("a.md", ["x": "一\n二", "y": "三\n四"], options: RenderOptions(indentMultilineValues: true))
        XCTAssertEqual(output, "列表：\n  - 一\n    二\n    三\n    四\n")
    }

    func testIndentMultilineValuesContinueInsideListItemsAndQuotes() throws {
        let options = RenderOptions(indentMultilineValues: true)
        let value: TemplateValue = ["x": "甲\n\n乙"]
        let cases: [(String, String)] = [
            ("- {{x}}", "- 甲\n\n  乙"),
            ("\t- {{x}}", "\t- 甲\n\n\t  乙"),
            ("* {{x}}", "* 甲\n\n  乙"),
            ("+\t{{x}}", "+\t甲\n\n \t乙"),
            ("1. {{x}}", "1. 甲\n\n   乙"),
            ("10) {{x}}", "10) 甲\n\n    乙"),
            ("> - {{x}}", "> - 甲\n>\n>   乙"),
            ("  > 1. > {{x}}", "  > 1. > 甲\n  >    >\n  >    > 乙"),
            // Text before the tag that is not structure: the structure alone continues.
            ("1. 条目：{{x}}", "1. 条目：甲\n\n   乙"),
            ("- **要点** {{x}}", "- **要点** 甲\n\n  乙"),
            // Not list markers: no blank after them, or not a marker at all.
            ("-{{x}}", "-甲\n\n乙"),
            ("1.{{x}}", "1.甲\n\n乙"),
            ("**粗** {{x}}", "**粗** 甲\n\n乙"),
            ("第1. {{x}}", "第1. 甲\n\n乙"),
        ]
        for (source, expected) in cases {
            let template = try Template(source: source, name: "a.md", escape: .none)
            XCTAssertEqual(try template.render(value, options: options), expected, source.debugDescription)
        }
    }

    // MARK: Inheritance, as a house frame uses it

    func testHouseFrameWithBlocks() throws {
        let library = try TemplateLibrary(sources: [
            "frame.md.mustache": "# {{刊名}}\n\n{{$正文}}\n（无正文）\n{{/正文}}\n\n{{$落款}}{{编发单位}}{{/落款}}\n",
            "issue.md.mustache": "{{<frame.md}}\n{{$正文}}\n{{#文章}}\n## {{标题}}\n{{/文章}}\n{{/正文}}\n{{/frame.md}}\n",
        ])
        let data: TemplateValue = ["刊名": "代表工作", "编发单位": "代表工作委员会", "文章": [["标题": "甲"], ["标题": "乙"]]]
        XCTAssertEqual(try library.render("issue.md", data), "# 代表工作\n\n## 甲\n## 乙\n\n代表工作委员会\n")
        XCTAssertEqual(try library.render("frame.md", data), "# 代表工作\n\n（无正文）\n\n代表工作委员会\n")
    }

    func testDynamicParent() throws {
        let library = try TemplateLibrary(sources: [
            "page.mustache": "{{<*版式}}{{$正文}}内容{{/正文}}{{/*版式}}",
            "简版.mustache": "[{{$正文}}{{/正文}}]",
            "繁版.mustache": "<<{{$正文}}{{/正文}}>>",
        ])
        XCTAssertEqual(try library.render("page", ["版式": "简版"]), "[内容]")
        XCTAssertEqual(try library.render("page", ["版式": "繁版"]), "<<内容>>")
        XCTAssertThrowsError(try TemplateLibrary(sources: ["bad.mustache": "{{<*版式}}{{/版式}}"])) { error in
            XCTAssertTrue(String(describing: error).contains("应为 {{/*版式}}"), String(describing: error))
        }
    }

    // MARK: Limits

    func testSelfIncludingPartialFailsCleanly() throws {
        /// Each case stops at the tag that would have gone one level too deep.
        func assertTooDeep(_ library: TemplateLibrary, _ name: String, at tag: String, in path: String, line: Int, column: Int,
                           file: StaticString = #filePath, lineNumber: UInt = #line)
        {
            XCTAssertThrowsError(try library.render(name, [:]), file: file, line: lineNumber) { error in
                guard let error = error as? TemplateError else { return XCTFail("not a TemplateError", file: file, line: lineNumber) }
                XCTAssertEqual(error.paths, [path], file: file, line: lineNumber)
                XCTAssertEqual(error.diagnostics.map(\.message), ["局部模板嵌套超过 100 层（在“\(tag)”处），可能是模板直接或间接包含了自己"],
                               file: file, line: lineNumber)
                XCTAssertEqual(error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }, ["\(line):\(column)"], file: file, line: lineNumber)
            }
        }
        assertTooDeep(try TemplateLibrary(sources: ["loop.txt.mustache": "x\n{{> loop.txt}}"]), "loop.txt", at: "{{> loop.txt}}", in: "loop.txt", line: 2, column: 1)
        // Parents including each other: the 101st expansion starts from a.
        assertTooDeep(try TemplateLibrary(sources: ["a.mustache": "{{<b}}{{/b}}", "b.mustache": "{{<a}}{{/a}}"]), "a", at: "{{<b}}", in: "a", line: 1, column: 1)
        // A block argument holding the same block expands itself.
        assertTooDeep(try TemplateLibrary(sources: ["p.mustache": "{{$x}}{{/x}}", "c.mustache": "{{<p}}{{$x}}again {{$x}}{{/x}}{{/x}}{{/p}}"]),
                      "c", at: "{{$x}}", in: "c", line: 1, column: 19)
    }

    func testDataDrivenRecursionWorks() throws {
        let library = try TemplateLibrary(sources: ["node.mustache": "{{名}}{{#子}}({{> node}}){{/子}}"])
        // Leaves need their own empty list: a missing 子 would be looked up in the parent's context.
        let tree: TemplateValue = ["名": "甲", "子": [["名": "乙", "子": [["名": "丙", "子": []]]], ["名": "丁", "子": []]]]
        XCTAssertEqual(try library.render("node", tree), "甲(乙(丙))(丁)")
    }

    // MARK: Library

    func testMergingLetsHouseTemplatesWin() throws {
        let defaults = try TemplateLibrary(sources: ["main.txt.mustache": "{{> footer}}", "footer.mustache": "默认落款"])
        let house = try TemplateLibrary(sources: ["footer.mustache": "本单位落款"])
        XCTAssertEqual(try defaults.render("main.txt", [:]), "默认落款")
        let merged = defaults.merging(house)
        XCTAssertEqual(try merged.render("main.txt", [:]), "本单位落款")
        XCTAssertEqual(merged.names, ["footer", "main.txt"])
        XCTAssertTrue(merged.contains("footer"))
        XCTAssertFalse(merged.contains("footer.mustache"))
    }

    func testMissingPartialsAreFoundUpFront() throws {
        let library = try TemplateLibrary(sources: ["main.txt.mustache": "一\n  {{> foter}}\n{{>*动态}}", "footer.mustache": ""])
        let error = try XCTUnwrap(library.missingPartials())
        XCTAssertEqual(error.diagnostics.count, 1)
        XCTAssertTrue(error.rendered().hasPrefix("main.txt:2:3: error: 找不到局部模板“foter”"), error.rendered())
        XCTAssertNil(try TemplateLibrary(sources: ["a.mustache": "{{> b}}", "b.mustache": ""]).missingPartials())
    }

    func testUnknownTemplateIsAnError() throws {
        let library = try TemplateLibrary(sources: [:])
        XCTAssertThrowsError(try library.render("nope", [:])) { error in
            XCTAssertTrue(String(describing: error).contains("找不到模板“nope”"))
        }
    }

    func testDynamicNamesCannotLeaveTheFolder() throws {
        let library = try TemplateLibrary(sources: ["main.mustache": "{{>*which}}", "ok.mustache": "好"])
        XCTAssertEqual(try library.render("main", ["which": "ok"]), "好")
        XCTAssertEqual(try library.render("main", ["which": "nope"]), "")
        XCTAssertThrowsError(try library.render("main", ["which": "../etc/passwd"])) { error in
            XCTAssertTrue(String(describing: error).contains("不安全"))
        }
    }
}
