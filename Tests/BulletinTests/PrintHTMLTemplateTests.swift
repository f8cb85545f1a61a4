import Foundation
import Templating
import XCTest
@testable import Bulletin

/// The print template `templates/bulletin.html.mustache` rendered by the real engine with a
/// context shaped as docs/template-context.md describes, including markup in user text.
final class PrintHTMLTemplateTests: XCTestCase {
    static let context: TemplateValue = [
        "刊名": "代表<工作>",
        "期号": "16",
        "日期": "2026年6月4日",
        "刊头日期": "2026 年 6 月 4 日",
        "编发单位": ["河南省人大常委会", "代表工作委员会"],
        "专辑": ["名称": "“聚焦…”主题活动专辑", "序号": "六", "全称": "“聚焦…”主题活动专辑（六）"],
        "目录": [["条目": "南阳市：“学解绘”三步法"], ["条目": "襄城县：<script>alert(1)</script>"]],
        "文章": [
            ["地区": "南阳市", "标题": "“学解绘”三步法", "全标题": "南阳市：“学解绘”三步法",
             "导语": ["导语一段 A&B。", "导语二段。"],
             "要点": [["序号": "一", "编号": "一、", "小标题": "深钻细研“学蓝图”。", "首段": "一是注重系统化学习。",
                      "后续段落": ["二是注重分层次培训。"]],
                     ["序号": "二", "编号": "二、", "小标题": "立足专业。", "首段": "", "后续段落": []]],
             "结语": ["下一步，继续推进。"],
             "供稿": "南阳市人大常委会代表工委", "供稿行": "（南阳市人大常委会代表工委供稿）", "末篇": false],
            ["地区": "襄城县", "标题": "<script>alert(1)</script>", "全标题": "襄城县：<script>alert(1)</script>",
             "导语": ["引号\"与'撇号'。"], "要点": [], "结语": [], "末篇": true],
        ],
        "分送": ["送": "省人大常委会主任、副主任、秘书长", "发": "各省辖市人大常委会",
               "印发单位": "河南省人大常委会代表工作委员会", "印发行": "河南省人大常委会代表工作委员会",
               "印发日期": "2026年6月4日印发", "份数": "60", "共印": "共印 60 份", "印发行尾": "2026年6月4日印发　共印 60 份"],
    ]

    /// Rendered from the built-in library, since the page's style sheet, script and article
    /// markup are partials shared with the single-article page.
    private func render(_ context: TemplateValue = context) throws -> String {
        let name = "bulletin.html.mustache"
        XCTAssertNotNil(DefaultFiles.templates[name], "template not embedded")
        XCTAssertEqual(EscapeMode.forTemplateName(name), .html)
        return try Drafter.defaultLibrary(format: "html").render("bulletin.html", context)
    }

    /// Every string of the context, as the HTML escaping writes it.
    private func strings(_ value: TemplateValue) -> [String] {
        switch value {
        case .string(let text): return text.isEmpty ? [] : [text]
        case .list(let items): return items.flatMap(strings)
        case .map(let entries): return entries.values.flatMap(strings)
        case .bool, .null: return []
        }
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    func testEveryFieldIsRenderedEscaped() throws {
        let html = try render()
        for text in strings(Self.context) {
            let apostropheFree = escaped(text).replacingOccurrences(of: "'", with: "")
            let found = html.contains(escaped(text))
                || html.replacingOccurrences(of: "&#39;", with: "").replacingOccurrences(of: "&#x27;", with: "").contains(apostropheFree)
            XCTAssertTrue(found, "missing or unescaped: \(text)")
        }
        XCTAssertFalse(html.contains("<script>alert"), "user markup must be escaped")
        XCTAssertFalse(html.contains("代表<工作>"))
        XCTAssertTrue(html.contains("class=\"article last\""), "末篇 marks the last article")
    }

    func testPageIsStandaloneAndPrintReady() throws {
        let html = try render()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<html lang=\"zh-CN\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("size: A4"))
        XCTAssertTrue(html.contains("margin: 37mm 26mm 35mm 28mm"), "top 37, left 28, text block 156 × 225 mm")
        XCTAssertTrue(html.contains("counter(page)"), "page numbers")
        for family in ["仿宋_GB2312", "FangSong", "STFangsong", "Noto Serif CJK", "serif"] {
            XCTAssertTrue(html.contains(family), "font stack names \(family)")
        }
        for network in ["http://", "https://", "src=\"", "<link"] {
            XCTAssertFalse(html.contains(network), "no network resource: \(network)")
        }
    }

    func testElementsAreBalanced() throws {
        let html = try render()
        let void: Set<String> = ["meta", "br", "img", "link", "hr", "input"]
        var stack: [String] = []
        // Tags outside <style> and <script>, whose content is not markup.
        let markup = html.replacing(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/, with: "")
        for match in markup.matches(of: /<(\/?)([a-z][a-z0-9]*)[^>]*>/) {
            let name = String(match.2)
            if void.contains(name) || match.0.hasSuffix("/>") { continue }   // and self-closed SVG elements
            if match.1.isEmpty {
                stack.append(name)
            } else {
                XCTAssertEqual(stack.popLast(), name, "unbalanced </\(name)>")
            }
        }
        XCTAssertEqual(stack, [], "unclosed elements")
    }

    func testOptionalPartsMayBeAbsent() throws {
        guard case .map(var entries) = Self.context else { return XCTFail("context is a map") }
        entries["专辑"] = nil
        entries["分送"] = nil
        let html = try render(.map(entries))
        XCTAssertFalse(html.contains("class=\"album\""))
        XCTAssertFalse(html.contains("<footer"))
        XCTAssertTrue(html.contains("南阳市：“学解绘”三步法"))
    }
}
