import Foundation
import XCTest

/// `jianbao render` as a template author uses it.
final class RenderCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("house/partials"), withIntermediateDirectories: true)
        try write("data.json", #"{"刊名": "代表工作", "期号": 16, "文章": [{"标题": "甲 & 乙", "要点": ["一", "二"]}]}"#)
        try write("issue.txt.mustache", "{{刊名}}第{{期号}}期\n{{#文章}}\n{{标题}}\n{{#要点}}\n  - {{.}}\n{{/要点}}\n{{/文章}}\n")
        try write("issue.html.mustache", "<h1>{{#文章}}{{标题}}{{/文章}}</h1>\n")
        try write("house/frame.md.mustache", "# {{刊名}}\n{{$正文}}\n{{/正文}}\n{{> partials/footer}}\n")
        try write("house/partials/footer.mustache", "（第{{期号}}期完）\n")
        try write("uses-frame.md.mustache", "{{<frame.md}}{{$正文}}\n正文在此\n{{/正文}}{{/frame.md}}\n")
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private func render(_ arguments: [String], stdin: String? = nil) throws -> CLIResult {
        try CLI.run(["render"] + arguments, stdin: stdin, directory: folder)
    }

    func testRendersATextTemplateWithJSONData() throws {
        let result = try render(["issue.txt.mustache", "--data", "data.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "代表工作第16期\n甲 & 乙\n  - 一\n  - 二\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testEscapingFollowsTheTemplateNameUnlessChosen() throws {
        XCTAssertEqual(try render(["issue.html.mustache", "--data", "data.json"]).stdout, "<h1>甲 &amp; 乙</h1>\n")
        XCTAssertEqual(try render(["issue.html.mustache", "--data", "data.json", "--escape", "none"]).stdout, "<h1>甲 & 乙</h1>\n")
        XCTAssertEqual(try render(["issue.txt.mustache", "--data", "data.json", "--escape", "html"]).stdout.split(separator: "\n")[1], "甲 &amp; 乙")
        let bad = try render(["issue.txt.mustache", "--data", "data.json", "--escape", "xml"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--escape 的值应为 html 或 none"), bad.stderr)
    }

    func testPartialsAndParentsComeFromTheGivenFolder() throws {
        let result = try render(["uses-frame.md.mustache", "--data", "data.json", "--partials", "house"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "# 代表工作\n正文在此\n（第16期完）\n")
    }

    func testMissingPartialIsAnErrorWithAHint() throws {
        let result = try render(["uses-frame.md.mustache", "--data", "data.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("uses-frame.md.mustache:1:1: error: 找不到局部模板“frame.md”"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--partials"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testParseErrorIsLocatedWithCaret() throws {
        try write("broken.txt.mustache", "第一行\n{{#文章}}\n{{标题}}\n")
        let result = try render(["broken.txt.mustache", "--data", "data.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
        broken.txt.mustache:2:1: error: “{{#文章}}”没有对应的结束标签 {{/文章}}
          {{#文章}}
          ^

        """)
    }

    func testErrorsInPartialsNameThePartialFile() throws {
        try write("house/partials/bad.mustache", "{{#x}}")
        try write("main.txt.mustache", "{{> partials/bad}}")
        let result = try render(["main.txt.mustache", "--data", "data.json", "--partials", "house"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("house/partials/bad.mustache:1:1: error: “{{#x}}”没有对应的结束标签"), result.stderr)
    }

    func testStrictModeListsEveryUnresolvedName() throws {
        try write("typo.txt.mustache", "{{刊民}}\n{{#文章}}{{题目}}{{/文章}}\n")
        let lenient = try render(["typo.txt.mustache", "--data", "data.json"])
        XCTAssertEqual(lenient.status, 0)
        XCTAssertEqual(lenient.stdout, "\n\n")
        let strict = try render(["typo.txt.mustache", "--data", "data.json", "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stdout, "")
        let headlines = strict.stderr.split(separator: "\n").filter { $0.contains("error:") }
        XCTAssertEqual(headlines.count, 2, strict.stderr)
        XCTAssertTrue(headlines[0].hasPrefix("typo.txt.mustache:1:1: error: 找不到名字“刊民”"), strict.stderr)
        XCTAssertTrue(headlines[1].hasPrefix("typo.txt.mustache:2:8: error: 找不到名字“题目”"), strict.stderr)
    }

    func testStrictModeListsMissingPartialsAndNamesInOneRun() throws {
        try write("house/partials/uses.mustache", "{{缺项}}{{#文章}}{{> 无此}}{{/文章}}\n")
        try write("many.txt.mustache", "{{> 甲}}\n{{刊民}}\n{{> partials/uses}}\n{{#文章}}{{题目}}{{/文章}}{{#否}}{{> 乙}}{{/否}}\n")
        let strict = try render(["many.txt.mustache", "--data", "data.json", "--partials", "house", "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.stdout, "")
        let headlines = strict.stderr.split(separator: "\n").filter { $0.contains("error:") }.map(String.init)
        // Missing partials (also 乙, in a section that does not render) and missing names,
        // each once, the rendered template first, then by place.
        XCTAssertEqual(headlines, [
            "many.txt.mustache:1:1: error: 找不到局部模板“甲”：模板文件夹中没有 甲.mustache",
            "many.txt.mustache:2:1: error: 找不到名字“刊民”：数据中没有这一项（严格模式）",
            "many.txt.mustache:4:8: error: 找不到名字“题目”：数据中没有这一项（严格模式）",
            "many.txt.mustache:4:21: error: 找不到名字“否”：数据中没有这一项（严格模式）；可以没有的项，请在数据中写成 null、false 或空列表",
            "many.txt.mustache:4:27: error: 找不到局部模板“乙”：模板文件夹中没有 乙.mustache",
            "house/partials/uses.mustache:1:1: error: 找不到名字“缺项”：数据中没有这一项（严格模式）",
            "house/partials/uses.mustache:1:14: error: 找不到局部模板“无此”：模板文件夹中没有 无此.mustache",
        ], strict.stderr)
        // Without --strict only the missing partials are errors.
        let lenient = try render(["many.txt.mustache", "--data", "data.json", "--partials", "house"])
        XCTAssertEqual(lenient.status, 1)
        XCTAssertEqual(lenient.stderr.split(separator: "\n").filter { $0.contains("error:") }.count, 3, lenient.stderr)
    }

    func testIndentValuesOption() throws {
        try write("quote.md.mustache", "> {{引文}}\n")
        try write("quote.json", #"{"引文": "第一行\n第二行"}"#)
        XCTAssertEqual(try render(["quote.md.mustache", "--data", "quote.json"]).stdout, "> 第一行\n第二行\n")
        XCTAssertEqual(try render(["quote.md.mustache", "--data", "quote.json", "--indent-values"]).stdout, "> 第一行\n> 第二行\n")
    }

    func testNotesFileAsData() throws {
        try write("issue.yaml", "刊名: 代表工作\n期号: 16\n文章:\n  - 标题: 甲 & 乙\n    要点:\n      - 一\n      - 二\n")
        let result = try render(["issue.txt.mustache", "--data", "issue.yaml"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "代表工作第16期\n甲 & 乙\n  - 一\n  - 二\n")
        try write("flags.yaml", "末篇: false\n供稿: \"false\"\n")
        try write("flags.txt.mustache", "{{#末篇}}末{{/末篇}}{{^末篇}}非末{{/末篇}}|{{供稿}}")
        XCTAssertEqual(try render(["flags.txt.mustache", "--data", "flags.yaml"]).stdout, "非末|false")
    }

    func testMalformedNotesFileIsUnreadableInput() throws {
        try write("bad.yaml", "刊名: 代表工作\n  期号: 16\n")
        let result = try render(["issue.txt.mustache", "--data", "bad.yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("bad.yaml:2:"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testMalformedJSONIsUnreadableInput() throws {
        try write("bad.json", "{\"刊名\": \"代表工作\",\n \"期号\": }")
        let result = try render(["issue.txt.mustache", "--data", "bad.json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("bad.json:2:8: error: JSON 语法错误"), result.stderr)
    }

    func testUsageErrors() throws {
        let noData = try render(["issue.txt.mustache"])
        XCTAssertEqual(noData.status, 2)
        XCTAssertTrue(noData.stderr.contains("缺少 --data"), noData.stderr)
        let noTemplate = try render(["--data", "data.json"])
        XCTAssertEqual(noTemplate.status, 2)
        XCTAssertTrue(noTemplate.stderr.contains("缺少模板文件"), noTemplate.stderr)
        let missingFile = try render(["nope.mustache", "--data", "data.json"])
        XCTAssertEqual(missingFile.status, 2)
        XCTAssertTrue(missingFile.stderr.contains("找不到文件 nope.mustache"), missingFile.stderr)
        let missingFolder = try render(["issue.txt.mustache", "--data", "data.json", "--partials", "nowhere"])
        XCTAssertEqual(missingFolder.status, 2)
        XCTAssertEqual(missingFolder.stderr, "jianbao render：模板文件夹 nowhere 不存在\n")
        let fileAsFolder = try render(["issue.txt.mustache", "--data", "data.json", "--partials", "data.json"])
        XCTAssertEqual(fileAsFolder.status, 2)
        XCTAssertEqual(fileAsFolder.stderr, "jianbao render：data.json 不是文件夹：--partials 应给出模板所在的文件夹\n")
    }

    func testPartialsFolderWithTrailingSlashGivesPlainPaths() throws {
        try write("house/partials/bad.mustache", "{{#x}}")
        try write("main.txt.mustache", "{{> partials/bad}}")
        for folder in ["house/", "house//"] {
            let result = try render(["main.txt.mustache", "--data", "data.json", "--partials", folder])
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.hasPrefix("house/partials/bad.mustache:1:1: error: "), result.stderr)
        }
    }

    func testTemplateFromStdinAndOutputToFile() throws {
        let result = try render(["-", "--data", "data.json", "-o", "out.txt"], stdin: "{{刊名}}！")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let written = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
        XCTAssertEqual(written, "代表工作！")
    }

    func testHelpIsChinese() throws {
        let result = try CLI.run(["help", "render"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("用法：jianbao render 模板文件 --data 数据文件"))
    }
}
