import NotesFormat
import SourceText
import Templating
import XCTest
@testable import Bulletin

final class DraftingTests: XCTestCase {
    private func issue16(copies: Int? = nil) throws -> Bulletin {
        guard case .bulletin(var bulletin) = try NotesDecoder().decode(text: Seeds.file("examples/issue-16.yaml")) else {
            throw XCTSkip("examples/issue-16.yaml is not an issue")
        }
        bulletin.footer?.copies = copies
        return bulletin
    }

    private func drafter(profile: HouseProfile = .standard) throws -> Drafter {
        Drafter(library: try Drafter.defaultLibrary(), profile: profile, strict: true)
    }

    /// Every key of docs/template-context.md renders, and string keys whose documented
    /// example is complete render exactly that example (first occurrence).
    func testEveryDocumentedContextKeyRenders() throws {
        let doc = try Seeds.file("docs/template-context.md")
        var bulletin = try issue16(copies: 60)
        // Issue 16 has no closing paragraphs and one-paragraph bodies; give every key a value.
        bulletin.articles[0].closing = ["下一步，……"]
        bulletin.articles[0].points[0].body.append("第二段。")
        bulletin.masthead.totalIssueNumber = 45
        bulletin.editorsNote = ["今年以来，……"]
        bulletin.footer?.issuedDate = .issueDate
        let context = TemplateContext.value(for: bulletin)
        var checked = 0
        for line in doc.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let keys = cells[0].split(separator: "/").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
            for key in keys {
                let path = key.split(separator: ".").map(String.init)
                let open = path.map { "{{#\($0)}}" }.joined()
                let close = path.reversed().map { "{{/\($0)}}" }.joined()
                let library = try TemplateLibrary(sources: [
                    "present.txt.mustache": open + "✓" + close,
                    "value.txt.mustache": path.dropLast().map { "{{#\($0)}}" }.joined() + "{{\(path.last ?? "")}}|"
                        + path.dropLast().reversed().map { "{{/\($0)}}" }.joined(),
                ])
                XCTAssertTrue(try library.render("present.txt", context, options: .init()).contains("✓"), "key \(key) is missing or empty")
                let example = cells[2].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                if cells[1] == "string", !example.isEmpty, !example.contains("…"), !example.contains("`"), !example.contains("(") {
                    let first = try library.render("value.txt", context, options: .init()).split(separator: "|").first.map(String.init)
                    XCTAssertEqual(first, example, "key \(key)")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30, "the key table of docs/template-context.md was not found")
    }

    func testMarkdownFollowsSample004Conventions() throws {
        let markdown = try drafter().draft(try issue16(), format: "md")
        XCTAssertTrue(markdown.hasPrefix("# 代表工作\n\n第 16 期\n\n河南省人大常委会  \n代表工作委员会"), markdown)
        for expected in [
            "\n---\n\n“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（六）\n",
            "\n\\* 南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步\n\n\\* 襄城县：",
            "\n## 南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步\n\n南阳市人大常委会以",
            "\n**一、深钻细研“学蓝图”，当好凝心聚力的“宣传员”**。一是注重系统化学习。",
            "\n**三、能力淬炼：提升素养，让履职有底气**。围绕",
            "\n（许昌市人大常委会代表工委供稿）\n\n---\n\n送：省人大常委会主任、副主任、秘书长\n\n发：",
            "\n---\n\n河南省人大常委会代表工作委员会印发\n\n---\n",
        ] {
            XCTAssertTrue(markdown.contains(expected), "missing: \(expected)\n\(markdown)")
        }
        XCTAssertTrue(markdown.hasSuffix("印发\n\n---\n"))
    }

    /// A closing `**` right after punctuation closes in CommonMark only before whitespace or
    /// punctuation: the heading's final marks move out of the bold run until it closes.
    func testMarkdownBoldClosesUnderCommonMark() {
        func split(_ text: String, _ next: String?) -> [String] {
            let bold = TemplateContext.markdownBold(text, before: next?.unicodeScalars.first)
            return [bold.inside, bold.after]
        }
        XCTAssertEqual(split("一、建强载体，让履职有阵地。", "坚"), ["一、建强载体，让履职有阵地", "。"])
        XCTAssertEqual(split("一、当好“宣传员”。", "一"), ["一、当好“宣传员”", "。"])
        XCTAssertEqual(split("一、当好“宣传员”", "一"), ["一、当好“宣传员", "”"])
        XCTAssertEqual(split("一、当好宣传员", "一"), ["一、当好宣传员", ""])
        XCTAssertEqual(split("一、当好宣传员。", nil), ["一、当好宣传员。", ""])
        XCTAssertEqual(split("一、当好宣传员。", " "), ["一、当好宣传员。", ""])
        XCTAssertEqual(split("一、", "正"), ["一", "、"])
    }

    func testTextAndMarkdownNeverEscapeButHTMLDoes() throws {
        var bulletin = try issue16()
        bulletin.articles[0].lead = ["甲 <b>乙</b> & “丙” 'd'"]
        let drafter = try drafter()
        for format in ["txt", "md"] {
            XCTAssertTrue(try drafter.draft(bulletin, format: format).contains("\n甲 <b>乙</b> & “丙” 'd'\n"), format)
        }
        if drafter.library.contains("bulletin.html") {
            let html = try drafter.draft(bulletin, format: "html")
            XCTAssertTrue(html.contains("&lt;b&gt;乙&lt;/b&gt; &amp;"), "HTML output must escape")
            XCTAssertFalse(html.contains("<b>乙</b>"))
        }
    }

    func testMissingFormatTemplateIsReportedClearly() throws {
        let library = try TemplateLibrary(sources: ["bulletin.txt.mustache": "{{刊名}}\n"])
        let drafter = Drafter(library: library)
        XCTAssertEqual(try drafter.draft(try issue16(), format: "txt"), "代表工作\n")
        XCTAssertThrowsError(try drafter.draft(try issue16(), format: "html")) { error in
            guard let error = error as? DraftError, case .unavailable = error else { return XCTFail("\(error)") }
            XCTAssertEqual(error.message, "没有模板“bulletin.html.mustache”，无法输出 html 格式（当前可用：txt、md）")
        }
    }

    func testFooterPresets() throws {
        let standard = try XCTUnwrap(HouseProfile.standard.defaultFooter)
        XCTAssertEqual(try drafter().footer(standard, format: "txt"), """
        送：省人大常委会主任、副主任、秘书长

        发：省人大常委会副秘书长、机关党组成员、办公厅研究室主任，省人大各专门委员会、省人大常委会各工作机构和办事机构，各省辖市人大常委会、济源示范区人大工委

        河南省人大常委会代表工作委员会印发

        """)
        let older = try XCTUnwrap(HouseProfile.named("2024").defaultFooter)
        XCTAssertTrue(try drafter().footer(older, format: "txt").hasSuffix("\n河南省人大常委会选举任免代表联络工作委员会印发 共印 60 份\n"))
        let bare = DistributionFooter(issuer: "某办公室")
        XCTAssertEqual(try drafter().footer(bare, format: "txt"), "某办公室印发\n")
        XCTAssertEqual(try drafter().footer(bare, format: "md"), "---\n\n---\n\n某办公室印发\n\n---\n")
    }

    func testSingleArticle() throws {
        guard case .article(let article) = try NotesDecoder().decode(text: Seeds.file("examples/article.yaml")) else {
            return XCTFail("expected an article")
        }
        let text = try drafter().draft(article, format: "txt")
        XCTAssertEqual(text, """
        襄城县：代表联络站“开门迎访” 群众诉求“就地办结”

        今年以来，襄城县人大常委会依托代表联络站常态化开展接待活动，推动群众诉求在基层解决。

        一、固定接待日，让群众找得到代表。一是每月15日为代表接待日。二是在站内公示代表照片和联系方式。

        二、建立台账，让诉求件件有回音。对收集到的意见建议逐条登记，明确承办单位和办理时限。

        办结后由代表回访群众，满意度纳入代表履职档案。

        下一步，襄城县人大常委会将持续完善联络站运行机制，让代表履职更接地气。

        （许昌市人大常委会代表工委供稿）

        """)
        XCTAssertTrue(try drafter().draft(article, format: "md").hasPrefix("## 襄城县："))
        var marked = article
        marked.headline = "<甲> & 乙"
        let html = try drafter().draft(marked, format: "html")
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<h2 class=\"article-heading\">襄城县：&lt;甲&gt; &amp; 乙</h2>"), html)
    }

    /// Issue 16: the single article prints like a page of the issue (same style sheet, page
    /// numbers, right-aligned 供稿 line), and print rules are SVG rectangles of exact size,
    /// since browsers round borders to whole pixels (0.26 mm).
    func testSingleArticleAndIssueSharePrintStyle() throws {
        guard case .article(let article) = try NotesDecoder().decode(text: Seeds.file("examples/article.yaml")) else {
            return XCTFail("examples/article.yaml is not a single article")
        }
        let articleHTML = try drafter().draft(article, format: "html")
        let issueHTML = try drafter().draft(try issue16(copies: 60), format: "html")
        func styleSheet(_ html: String) -> Substring? {
            guard let start = html.range(of: "<style>"), let end = html.range(of: "</style>") else { return nil }
            return html[start.upperBound..<end.lowerBound]
        }
        XCTAssertNotNil(styleSheet(articleHTML))
        XCTAssertEqual(styleSheet(articleHTML), styleSheet(issueHTML))
        for html in [articleHTML, issueHTML] {
            XCTAssertTrue(html.contains("@bottom-right { content: \"— \" counter(page) \" —\""))
            XCTAssertTrue(html.contains("<p class=\"contributor\" data-unit=\"许昌市人大常委会代表工委\">（许昌市人大常委会代表工委供稿）</p>"))
            XCTAssertTrue(html.contains("widows: 2;") && html.contains("break-after: avoid;"))
            // Titles, contents entries and the album line break between phrases, not inside words.
            XCTAssertTrue(html.contains(".article-heading, .contents li, .album { word-break: keep-all; }"))
        }
        XCTAssertTrue(issueHTML.contains("<svg class=\"rule masthead-rule\" aria-hidden=\"true\"><rect width=\"100%\" height=\"0.75mm\"/></svg>"))
        XCTAssertEqual(issueHTML.components(separatedBy: "height=\"0.35mm\"/>").count - 1, 2)
        XCTAssertEqual(issueHTML.components(separatedBy: "height=\"0.25mm\"/>").count - 1, 1)
        XCTAssertFalse(issueHTML.contains("border-top: 0.35mm"))
    }

    func testPointsAreNumberedFromPositions() throws {
        var bulletin = try issue16()
        bulletin.articles[0].points = (1...12).map { Point(heading: "第\($0)点。", body: ["正文"]) }
        let text = try drafter().draft(bulletin, format: "txt")
        XCTAssertTrue(text.contains("\n十一、第11点。正文\n"))
        XCTAssertTrue(text.contains("\n十二、第12点。正文\n"))
        bulletin.album?.number = 33
        XCTAssertTrue(try drafter().draft(bulletin, format: "txt").contains("主题活动专辑（三十三）\n"))
    }

    /// A point heading typed on a line of its own (as clerks type `一、强化阵地建设` and then the
    /// body) is read as `正文: ["", …]`; the leading `""` keeps it on its own line when drafted,
    /// with no "no closing mark" warning. Before, the `""` was dropped and the body ran on
    /// after the heading (`一、强化阵地建设一是统一标识标牌。`).
    func testAHeadingOnItsOwnLineStaysThere() throws {
        let text = "辉县市：扎实推进代表联络站建设\n今年以来，辉县市人大常委会扎实推进代表联络站建设。\n一、强化阵地建设\n一是统一标识标牌。全市联络站统一制作标识。\n二是完善设施设备。\n二、健全工作机制。建立接待制度。\n（辉县市人大常委会供稿）\n"
        let read = BulletinReader.read(text)
        let yaml = NotesWriter.yaml(try XCTUnwrap(read.notes()))
        var warnings: [Diagnostic] = []
        let document = try NotesDecoder().decode(text: yaml, warnings: &warnings)
        guard case .article(let article) = document else { return XCTFail("expected an article") }
        XCTAssertEqual(article.points.map(\.body), [["", "一是统一标识标牌。全市联络站统一制作标识。", "二是完善设施设备。"], ["建立接待制度。"]])
        XCTAssertEqual(warnings.filter { $0.message.contains("句末标点") }.map(\.message), [])
        let drafted = try drafter().draft(document, format: "txt")
        XCTAssertTrue(drafted.contains("\n一、强化阵地建设\n\n一是统一标识标牌。"), drafted)
        XCTAssertTrue(drafted.contains("\n二、健全工作机制。建立接待制度。\n"), drafted)
        let markdown = try drafter().draft(document, format: "md")
        XCTAssertTrue(markdown.contains("\n**一、强化阵地建设**\n\n一是统一标识标牌。"), markdown)
        // A `""` alone, or later in the list, is no paragraph.
        guard case .article(let alone) = try NotesDecoder().decode(text: "标题: 甲\n要点:\n  - 小标题: 乙\n    正文: [\"\", \"\"]\n  - 小标题: 丙\n    正文: [丁, \"\", 戊]\n") else { return XCTFail() }
        XCTAssertEqual(alone.points.map(\.body), [[], ["丁", "戊"]])
    }
}
