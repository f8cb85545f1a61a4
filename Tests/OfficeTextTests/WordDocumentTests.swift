import XCTest
import Zip
@testable import OfficeText

/// Builds .docx packages from WordprocessingML fragments, the way Word lays them out.
enum Package {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#

    static func document(_ body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n<w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>"
    }

    static func docx(_ body: String, numbering: String? = nil, styles: String? = nil, extra: [(String, String)] = []) -> [UInt8] {
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", text: "<Types></Types>")
        archive.add("_rels/.rels", text: #"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        var relationships = "<Relationships>"
        if numbering != nil { relationships += #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"# }
        if styles != nil { relationships += #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"# }
        archive.add("word/_rels/document.xml.rels", text: relationships + "</Relationships>")
        archive.add("word/document.xml", text: document(body))
        if let numbering { archive.add("word/numbering.xml", text: "<w:numbering \(namespaces)>\(numbering)</w:numbering>") }
        if let styles { archive.add("word/styles.xml", text: "<w:styles \(namespaces)>\(styles)</w:styles>") }
        for (path, text) in extra { archive.add(path, text: text) }
        return archive.bytes()
    }

    static func paragraph(_ runs: String, properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + #"<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    static func numbered(_ text: String, numId: Int, level: Int = 0, bold: Bool = false) -> String {
        paragraph(run(text, bold: bold), properties: #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(numId)"/></w:numPr>"#)
    }

    /// One list (numId 1 → abstract 0) with the given levels: (format, lvlText).
    static func numbering(_ levels: [(String, String)], start: Int = 1, suffix: String? = nil) -> String {
        var xml = #"<w:abstractNum w:abstractNumId="0">"#
        for (index, level) in levels.enumerated() {
            xml += #"<w:lvl w:ilvl="\#(index)"><w:start w:val="\#(start)"/><w:numFmt w:val="\#(level.0)"/><w:lvlText w:val="\#(level.1)"/>"#
            if let suffix { xml += #"<w:suff w:val="\#(suffix)"/>"# }
            xml += "</w:lvl>"
        }
        return xml + #"</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
    }
}

final class WordDocumentTests: XCTestCase {
    private func lines(_ bytes: [UInt8]) throws -> [String] {
        try WordDocument(bytes).paragraphs.map(\.text)
    }

    func testParagraphsRunsAndInlineContent() throws {
        let body = Package.paragraph(Package.run("代表") + Package.run("工作") + "<w:r><w:tab/><w:t>简报</w:t></w:r>")
            + Package.paragraph(#"<w:r><w:t>第一行</w:t><w:br/><w:t>接着</w:t></w:r>"#)
            + Package.paragraph(#"<w:r><w:t>符号</w:t><w:sym w:font="Symbol" w:char="F02B"/><w:sym w:font="SimSun" w:char="2605"/></w:r>"#)
            + Package.paragraph(#"<w:r><w:t>A &amp; B &lt;C&gt; &#x4E2D;&#25991;</w:t></w:r>"#)
            + "<w:p/>"
            + Package.paragraph(Package.run("最后一段"))
        XCTAssertEqual(try lines(Package.docx(body)), ["代表工作\t简报", "第一行接着", "符号+★", "A & B <C> 中文", "", "最后一段"])
        XCTAssertEqual(try WordDocument(Package.docx(body)).text, "代表工作\t简报\n第一行接着\n符号+★\nA & B <C> 中文\n\n最后一段\n")
    }

    func testFieldsShowTheirResultNotTheirInstruction() throws {
        let complex = #"<w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r>"#
        let simple = #"<w:fldSimple w:instr=" DATE "><w:r><w:t>2024年5月</w:t></w:r></w:fldSimple>"#
        // A field nested in another's instruction (as Word writes IF fields) shows nothing of either instruction.
        let nested = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "是" "否"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>是</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        XCTAssertEqual(try lines(Package.docx(Package.paragraph(complex) + Package.paragraph(simple) + Package.paragraph(nested))),
                       ["第3页", "2024年5月", "是"])
    }

    func testTablesReadRowByRowAndTextBoxesOnce() throws {
        func cell(_ text: String) -> String { "<w:tc><w:tcPr/>" + Package.paragraph(Package.run(text)) + "</w:tc>" }
        let table = "<w:tbl><w:tblPr/><w:tr>" + cell("甲") + cell("乙") + "</w:tr><w:tr>" + cell("丙") + cell("丁") + "</w:tr></w:tbl>"
        let textBox = Package.paragraph(Package.run("锚段") + #"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>"#
            + Package.paragraph(Package.run("框内文字")) + #"</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"#
            + Package.paragraph(Package.run("框内文字")) + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>" + Package.run("后文"))
        let document = try WordDocument(Package.docx(Package.paragraph(Package.run("表前")) + table + textBox))
        XCTAssertEqual(document.paragraphs.map(\.text), ["表前", "甲", "乙", "丙", "丁", "锚段后文", "框内文字"])
        XCTAssertEqual(document.paragraphs.map(\.container), [.body, .table, .table, .table, .table, .body, .textBox])
    }

    func testTrackedChangesCommentsFootnotesHeaders() throws {
        let body = Package.paragraph(Package.run("原有") + #"<w:del w:id="1" w:author="甲"><w:r><w:delText>删去的</w:delText></w:r></w:del><w:ins w:id="2" w:author="甲"><w:r><w:t>插入的</w:t></w:r></w:ins>"#
            + #"<w:commentRangeStart w:id="0"/><w:r><w:t>文字</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>"#
            + #"<w:r><w:footnoteReference w:id="1"/></w:r><w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>移来</w:t></w:r></w:moveTo>"#)
            + #"<w:p><w:pPr><w:pPrChange w:id="5"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>旧格式不算</w:t></w:r></w:p>"#
        let bytes = Package.docx(body, numbering: Package.numbering([("chineseCounting", "%1、")]), extra: [
            ("word/comments.xml", "<w:comments \(Package.namespaces)><w:comment w:id=\"0\"><w:p><w:r><w:t>批注文字</w:t></w:r></w:p></w:comment></w:comments>"),
            ("word/footnotes.xml", "<w:footnotes \(Package.namespaces)><w:footnote w:id=\"1\"><w:p><w:r><w:t>脚注文字</w:t></w:r></w:p></w:footnote></w:footnotes>"),
            ("word/header1.xml", "<w:hdr \(Package.namespaces)><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr>"),
        ])
        XCTAssertEqual(try lines(bytes), ["原有插入的文字移来", "旧格式不算"])
    }

    func testChineseNumberingMaterialised() throws {
        let numbering = Package.numbering([("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
        var body = ""
        for index in 1...12 {
            body += Package.numbered("第\(index)点", numId: 1)
            if index == 2 {
                body += Package.numbered("细目", numId: 1, level: 1) + Package.numbered("细目", numId: 1, level: 1)
                    + Package.numbered("条", numId: 1, level: 2)
            }
        }
        body += Package.numbered("又一细目", numId: 1, level: 1)
        let texts = try lines(Package.docx(body, numbering: numbering))
        XCTAssertEqual(Array(texts.prefix(6)), ["一、第1点", "二、第2点", "（一）细目", "（二）细目", "1. 条", "三、第3点"])
        XCTAssertEqual(texts[12], "十、第10点")
        XCTAssertEqual(texts[13], "十一、第11点")
        XCTAssertEqual(texts[14], "十二、第12点")
        XCTAssertEqual(texts[15], "（一）又一细目", "a higher level restarts the lower")
        let document = try WordDocument(Package.docx(body, numbering: numbering))
        XCTAssertEqual(document.paragraphs[0].numberLength, 2)
        XCTAssertEqual(document.paragraphs[4].numberLength, 3)
    }

    func testNumberFormats() {
        XCTAssertEqual(NumberFormat.format(1, as: "chineseCountingThousand"), "一")
        XCTAssertEqual(NumberFormat.format(10, as: "chineseCountingThousand"), "十")
        XCTAssertEqual(NumberFormat.format(21, as: "chineseCountingThousand"), "二十一")
        XCTAssertEqual(NumberFormat.format(105, as: "chineseCountingThousand"), "一百零五")
        XCTAssertEqual(NumberFormat.format(1010, as: "chineseCountingThousand"), "一千零一十")
        XCTAssertEqual(NumberFormat.format(3, as: "ideographTraditional"), "丙")
        XCTAssertEqual(NumberFormat.format(11, as: "ideographTraditional"), "甲")
        XCTAssertEqual(NumberFormat.format(7, as: "decimal"), "7")
        XCTAssertEqual(NumberFormat.format(3, as: "decimalEnclosedCircle"), "③")
        XCTAssertEqual(NumberFormat.format(12, as: "decimalFullWidth"), "１２")
        XCTAssertEqual(NumberFormat.format(28, as: "upperLetter"), "BB")
        XCTAssertEqual(NumberFormat.format(14, as: "lowerRoman"), "xiv")
        XCTAssertEqual(NumberFormat.format(2024, as: "ideographDigital"), "二〇二四")
    }

    func testNumberingDetails() throws {
        // Start value, a start override in the instance, "nothing" and "space" suffixes, numId 0.
        let numbering = #"<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1．"/></w:lvl></w:abstractNum>"#
            + #"<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>"#
            + #"<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>"#
            + #"<w:num w:numId="8"><w:abstractNumId w:val="6"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>"#
        let body = Package.numbered("项", numId: 7) + Package.numbered("项", numId: 7) + Package.numbered("条", numId: 8)
            + Package.numbered("无号", numId: 0) + Package.numbered("未定义", numId: 42)
        XCTAssertEqual(try lines(Package.docx(body, numbering: numbering)), ["丙．项", "丁．项", "(9)条", "无号", "未定义"])
    }

    func testNumberingThroughParagraphStyle() throws {
        let styles = #"<w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="MyList"><w:basedOn w:val="ListNumber"/></w:style>"#
        let body = Package.paragraph(Package.run("甲"), properties: #"<w:pStyle w:val="ListNumber"/>"#)
            + Package.paragraph(Package.run("乙"), properties: #"<w:pStyle w:val="MyList"/>"#)
        XCTAssertEqual(try lines(Package.docx(body, numbering: Package.numbering([("chineseCounting", "%1、")]), styles: styles)), ["一、甲", "二、乙"])
    }

    func testRunInHeadings() throws {
        let numbering = Package.numbering([("chineseCounting", "%1、")])
        let body = Package.paragraph(Package.run("一是加强学习。", bold: true) + Package.run("代表们认真学习。"))
            + Package.paragraph(Package.run("整段加粗", bold: true))
            + Package.paragraph(Package.run("普通") + Package.run("加粗", bold: true))
            + Package.numbered("抓好落实。", numId: 1, bold: true).replacingOccurrences(of: "</w:p>", with: Package.run("各地……") + "</w:p>")
            + Package.paragraph(Package.run("  ") + Package.run("二是", bold: true) + Package.run("<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>正文</w:t></w:r>"))
        let document = try WordDocument(Package.docx(body, numbering: numbering))
        XCTAssertEqual(document.paragraphs.map(\.runInHeadingEnd), [7, nil, nil, 7, 4])
        XCTAssertEqual(document.paragraphs[3].text, "一、抓好落实。各地……")
    }

    func testBoldFromCharacterAndParagraphStyles() throws {
        let styles = #"<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Title"><w:rPr><w:b/></w:rPr></w:style>"#
        let body = Package.paragraph(#"<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>要点</w:t></w:r>"# + Package.run("正文"))
            + Package.paragraph(#"<w:r><w:t>题目</w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>副</w:t></w:r>"#, properties: #"<w:pStyle w:val="Title"/>"#)
        XCTAssertEqual(try WordDocument(Package.docx(body, styles: styles)).paragraphs.map(\.runInHeadingEnd), [2, 2])
    }

    func testMainPartFoundThroughRelationships() throws {
        var archive = ZipArchive()
        archive.add("_rels/.rels", text: #"<Relationships><Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>"#)
        archive.add("doc/main.xml", text: Package.document(Package.paragraph(Package.run("别处的正文"))))
        XCTAssertEqual(try lines(archive.bytes()), ["别处的正文"])
    }

    func testErrors() throws {
        func error(_ bytes: [UInt8]) -> WordDocumentError? {
            do { _ = try WordDocument(bytes); return nil } catch { return error }
        }
        XCTAssertEqual(error([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)), .legacyBinary)
        XCTAssertEqual(error(Array("纯文本".utf8)), .archive(.notAZip))
        var other = ZipArchive()
        other.add("xl/workbook.xml", text: "<workbook/>")
        XCTAssertEqual(error(other.bytes()), .notAWordDocument)
        var odt = ZipArchive()
        odt.add("mimetype", text: "application/vnd.oasis.opendocument.text")
        odt.add("content.xml", text: "<office:document-content/>")
        XCTAssertEqual(error(odt.bytes()), .openDocument)
        XCTAssertEqual(error(Package.docx(Package.paragraph(Package.run("  ")) + "<w:p/>")), .noBodyText)
        let good = Package.docx(Package.paragraph(Package.run("正文")))
        XCTAssertEqual(error(Array(good.prefix(good.count - 30))), .archive(.truncated))
        XCTAssertTrue(WordDocumentError.legacyBinary.message.contains("另存为 .docx"))
    }

    /// Malformed XML (cut, spliced, random bytes) never crashes the extractor.
    func testMalformedXMLNeverCrashes() {
        let xml = Array(Package.document(Package.paragraph(Package.run("一是", bold: true) + Package.run("正文"), properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#)
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>").utf8)
        let numbering = Array(("<w:numbering>" + Package.numbering([("chineseCounting", "%1、"), ("decimal", "%1.%2")]) + "</w:numbering>").utf8)
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for _ in 0..<3_000 {
            var bytes = xml
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0xE4][Int.random(in: 0..<6, using: &generator)]
                case 1: bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...40, using: &generator)))
                default: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 30)], at: Int.random(in: 0..<bytes.count, using: &generator))
                }
                if bytes.isEmpty { bytes = [0x3C] }
            }
            if let document = try? WordDocument(documentXML: bytes, numberingXML: numbering) {
                XCTAssertFalse(document.text.isEmpty)
                read += 1
            }
        }
        XCTAssertGreaterThan(read, 0)
    }

    /// Fields begun and never ended, by the ten thousand: each run's text is still judged in constant time.
    func testUnclosedFieldsStayLinear() throws {
        let begin = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>字</w:t></w:r>"#
        let xml = Array(Package.document(Package.paragraph(String(repeating: begin, count: 30_000))).utf8)
        let started = Date()
        let document = try WordDocument(documentXML: xml)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        XCTAssertEqual(document.paragraphs.first?.text.count, 30_000)
    }

    /// A deleted paragraph mark (tracked) joins the paragraph with the next, as accepting would.
    func testDeletedParagraphMarksJoinParagraphs() throws {
        let deletedMark = #"<w:rPr><w:del w:id="9" w:author="审稿人" w:date="2026-06-01T00:00:00Z"/></w:rPr>"#
        let numbering = Package.numbering([("chineseCounting", "%1、")])
        let body = Package.paragraph(Package.run("被分页"), properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"# + deletedMark)
            + Package.paragraph("", properties: deletedMark)
            + Package.paragraph(Package.run("断开的段落。"), properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#)
            + Package.numbered("下一点", numId: 1)
        XCTAssertEqual(try lines(Package.docx(body, numbering: numbering)), ["一、被分页断开的段落。", "二、下一点"])
    }

    /// Hostile shapes cost bounded memory: paragraphs nested ten thousand deep are read as the
    /// enclosing paragraph's text; more paragraphs than the limit stop the reading with a reason.
    func testNestingAndParagraphCountAreBounded() throws {
        let nested = Package.document(String(repeating: "<w:p><w:r><w:t>层</w:t></w:r>", count: 10_000) + String(repeating: "</w:p>", count: 10_000) + Package.paragraph(Package.run("之后")))
        let document = try WordDocument(documentXML: Array(nested.utf8))
        XCTAssertEqual(document.paragraphs.count, 33)
        XCTAssertEqual(document.paragraphs.map(\.text).joined().count, 10_002)
        XCTAssertEqual(document.paragraphs.last?.text, "之后")
        let many = Array(Package.document(String(repeating: Package.paragraph(Package.run("段")), count: 101)).utf8)
        XCTAssertThrowsError(try WordDocument(documentXML: many, maximumParagraphs: 100)) { error in
            XCTAssertEqual(error as? WordDocumentError, .tooManyParagraphs(limit: 100))
        }
        XCTAssertEqual(try WordDocument(documentXML: many, maximumParagraphs: 101).paragraphs.count, 101)
    }

    /// Two instances of one abstract list continue each other's numbers, as in Word; an instance
    /// that overrides the start (Word's "restart at 1") begins again.
    func testListInstancesShareCountersUnlessRestarted() throws {
        let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>"#
            + #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
            + #"<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>"#
            + #"<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        let body = Package.numbered("甲", numId: 1) + Package.numbered("乙", numId: 1) + Package.numbered("丙", numId: 2)
            + Package.numbered("重新开始", numId: 3) + Package.numbered("接着", numId: 3) + Package.numbered("又接着", numId: 1)
        XCTAssertEqual(try lines(Package.docx(body, numbering: numbering)), ["一、甲", "二、乙", "三、丙", "一、重新开始", "二、接着", "三、又接着"])
    }
}
