import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Bulletin
import Zip

final class PrintDocxTests: XCTestCase {
    // MARK: CRC-32

    func testCRC32KnownVectors() {
        // Published check values of CRC-32/ISO-HDLC (the ZIP CRC).
        XCTAssertEqual(CRC32.checksum([]), 0)
        XCTAssertEqual(CRC32.checksum(Array("a".utf8)), 0xE8B7_BE43)
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
        XCTAssertEqual(CRC32.checksum([UInt8](repeating: 0, count: 32)), 0x190A_55AD)
    }

    // MARK: ZIP structure

    func testZipReadsBackThroughItsCentralDirectory() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hello")
        archive.add("dir/b.xml", text: "<x>简报</x>")
        archive.add("empty", [])
        let zip = archive.bytes()
        let entries = try ZipReader.entries(zip)
        XCTAssertEqual(entries.map(\.path), ["a.txt", "dir/b.xml", "empty"])
        XCTAssertEqual(entries.map { String(decoding: $0.bytes, as: UTF8.self) }, ["hello", "<x>简报</x>", ""])
    }

    func testZipMarksNonASCIINamesAsUTF8() throws {
        var archive = ZipArchive()
        archive.add("简报.txt", text: "x")
        let zip = archive.bytes()
        XCTAssertEqual(ZipReader.uint16(zip, 6), 0x0800, "general purpose flag bit 11")
        XCTAssertEqual(try ZipReader.entries(zip).first?.path, "简报.txt")
    }

    // MARK: The document

    func testPackageHoldsThePartsWordRequires() throws {
        let entries = try ZipReader.entries(try DocxWriter.document(for: PrintSample.issue16))
        let paths = Set(entries.map(\.path))
        for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                         "word/settings.xml", "word/_rels/document.xml.rels", "word/footer1.xml", "word/footer2.xml",
                         "docProps/core.xml", "docProps/app.xml"] {
            XCTAssertTrue(paths.contains(required), "missing \(required)")
        }
        XCTAssertEqual(entries.first?.path, "[Content_Types].xml", "content types first, as Office writes them")
        // Every part named in the content types or relationships exists.
        let types = try XCTUnwrap(entries.first { $0.path == "[Content_Types].xml" }).text
        for override in types.matches(of: /PartName="\/([^"]+)"/) {
            XCTAssertTrue(paths.contains(String(override.1)), "content type for missing part \(override.1)")
        }
        let relationships = try XCTUnwrap(entries.first { $0.path == "word/_rels/document.xml.rels" }).text
        for target in relationships.matches(of: /Target="([^"]+)"/) {
            XCTAssertTrue(paths.contains("word/" + target.1), "relationship to missing part \(target.1)")
        }
    }

    func testEveryPartIsWellFormedXML() throws {
        for entry in try ZipReader.entries(try DocxWriter.document(for: PrintSample.issue16)) {
            let parser = XMLParser(data: Data(entry.bytes))
            XCTAssertTrue(parser.parse(), "\(entry.path): \(String(describing: parser.parserError))")
        }
    }

    func testParagraphsComeInReadingOrderWithTheirStyles() throws {
        let paragraphs = try PrintSample.paragraphs(of: PrintSample.issue16)
        let expected: [(String, String)] = [
            ("JBMasthead", "代表工作"),
            ("JBIssueNumber", "第 16 期"),
            ("JBIssuingBody", "河南省人大常委会"),
            ("JBIssuingBody", "代表工作委员会\t2026 年 6 月 4 日"),
            ("JBMastheadRule", ""),
            ("JBAlbum", "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（六）"),
            ("JBContents", "★南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步"),
            ("JBContents", "★襄城县：平台赋能·活动牵引 <&> 走深走实"),
            ("JBArticleHeading", "南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步"),
            ("JBBody", "南阳市人大常委会以主题活动为牵引。"),
            ("JBPoint", "一、深钻细研“学蓝图”，当好凝心聚力的“宣传员”。一是注重系统化学习。"),
            ("JBBody", "二是注重分层次培训。"),
            ("JBPoint", "二、立足专业“解蓝图”。"),
            ("JBBody", "下一步，继续推进。"),
            ("JBContributor", "（南阳市人大常委会代表工委供稿）"),
            ("JBArticleHeading", "襄城县：平台赋能·活动牵引 <&> 走深走实"),
            ("JBPoint", "一、平台赋能：建强载体，让履职有阵地。坚持把阵地建设作为基础性工程。"),
            // The 版记: the last body paragraph anchors a text box at the text block's foot,
            // holding the rules (empty bordered paragraphs) and the lines.
            ("", ""),   // the anchor paragraph
            ("", ""),   // top rule
            ("JBRecipients", "送：省人大常委会主任、副主任、秘书长"),
            ("JBRecipients", "发：各省辖市人大常委会"),
            ("", ""),   // inner rule
            ("JBIssued", "河南省人大常委会代表工作委员会印发\t共印 60 份"),
            ("", ""),   // bottom rule
        ]
        XCTAssertEqual(paragraphs.map(\.style), expected.map(\.0))
        XCTAssertEqual(paragraphs.map(\.text), expected.map(\.1))
        // The point heading is its own 黑体 run; the body text after it is not.
        let point = try XCTUnwrap(paragraphs.first { $0.style == "JBPoint" })
        XCTAssertEqual(point.runStyles.first, "JBPointHeading")
        XCTAssertEqual(point.runStyles.last, "")
    }

    func testEveryParagraphStyleIsDefined() throws {
        let entries = try ZipReader.entries(try DocxWriter.document(for: PrintSample.issue16))
        let styles = try XCTUnwrap(entries.first { $0.path == "word/styles.xml" }).text
        let defined = Set(styles.matches(of: /w:styleId="([^"]+)"/).map { String($0.1) })
        for paragraph in try PrintSample.paragraphs(of: PrintSample.issue16) {
            XCTAssertTrue(paragraph.style.isEmpty || defined.contains(paragraph.style), "undefined style \(paragraph.style)")
            for run in paragraph.runStyles where !run.isEmpty { XCTAssertTrue(defined.contains(run), "undefined style \(run)") }
        }
    }

    /// Issue 16: widow control on, titles kept whole and with the next paragraph, Enter after a
    /// title gives body text, one red (the HTML's), a 0.75 mm masthead rule, and a font table
    /// whose families send 仿宋/宋体/小标宋 to a serif and 黑体 to a sans.
    func testStylesKeepTitlesAndFallBackByFamily() throws {
        let styles = try PrintSample.part("word/styles.xml", of: PrintSample.issue16)
        XCTAssertTrue(styles.contains("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr><w:widowControl/>"))
        XCTAssertFalse(styles.contains("<w:widowControl w:val=\"0\"/>"))
        let heading = try XCTUnwrap(styles.firstMatch(of: /<w:style [^>]*w:styleId="JBArticleHeading">.*?<\/w:style>/)).output
        XCTAssertTrue(heading.contains("<w:next w:val=\"JBBody\"/>"))
        XCTAssertTrue(heading.contains("<w:keepNext/><w:keepLines/>"))
        let point = try XCTUnwrap(styles.firstMatch(of: /<w:style [^>]*w:styleId="JBPoint">.*?<\/w:style>/)).output
        XCTAssertTrue(point.contains("<w:next w:val=\"JBBody\"/>"))
        XCTAssertTrue(styles.contains("w:color w:val=\"E60012\""))
        XCTAssertFalse(styles.contains("FF0000"))
        XCTAssertTrue(styles.contains("<w:top w:val=\"single\" w:sz=\"17\""), "2.125 pt = 0.75 mm")
        let fonts = try PrintSample.part("word/fontTable.xml", of: PrintSample.issue16)
        for (name, family) in [("仿宋_GB2312", "roman"), ("方正小标宋简体", "roman"), ("宋体", "roman"), ("黑体", "swiss")] {
            let entry = try XCTUnwrap(fonts.firstMatch(of: try Regex("<w:font w:name=\"\(name)\">.*?</w:font>")), name).output[0].substring ?? ""
            XCTAssertTrue(entry.contains("<w:family w:val=\"\(family)\"/>"), String(entry))
            XCTAssertTrue(entry.contains("<w:altName w:val="), String(entry))
            XCTAssertTrue(entry.contains("<w:panose1 w:val="), String(entry))
        }
    }

    func testSectionHasA4AndTheGBT9704Margins() throws {
        let document = try PrintSample.part("word/document.xml", of: PrintSample.issue16)
        XCTAssertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // 37 mm top, 28 mm left; the text block 156 × 225 mm leaves 26 mm right and 35 mm bottom.
        let twipsPerMillimetre = 1440.0 / 25.4
        for (attribute, millimetres) in [("top", 37.0), ("left", 28.0), ("right", 26.0), ("bottom", 35.0)] {
            let margins = try XCTUnwrap(document.firstMatch(of: /<w:pgMar [^>]*>/)).output
            let match = try XCTUnwrap(margins.firstMatch(of: try Regex("w:\(attribute)=\"([0-9]+)\"")))
            let twips = try XCTUnwrap(Double(match.output[1].substring ?? ""))
            XCTAssertEqual(twips / twipsPerMillimetre, millimetres, accuracy: 0.05, attribute)
        }
        XCTAssertTrue(document.contains("w:linePitch=\"579\""), "22 lines of 28.95 pt")
        XCTAssertTrue(document.contains("w:type=\"even\""), "even pages have their own footer")
        let settings = try PrintSample.part("word/settings.xml", of: PrintSample.issue16)
        XCTAssertTrue(settings.contains("<w:evenAndOddHeaders/>"))
    }

    func testFootersCarryAPageFieldBetweenDashes() throws {
        for (part, alignment) in [("word/footer1.xml", "right"), ("word/footer2.xml", "left")] {
            let footer = try PrintSample.part(part, of: PrintSample.issue16)
            XCTAssertTrue(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"), part)
            XCTAssertTrue(footer.contains("— </w:t>") && footer.contains("> —</w:t>"), part)
            XCTAssertTrue(footer.contains("<w:jc w:val=\"\(alignment)\"/>"), part)
        }
    }

    func testUserTextIsEscaped() throws {
        let document = try PrintSample.part("word/document.xml", of: PrintSample.issue16)
        XCTAssertTrue(document.contains("平台赋能·活动牵引 &lt;&amp;&gt; 走深走实"))
        XCTAssertFalse(document.contains("<&>"))
    }

    func testDisallowedCharacterIsReportedWithItsField() throws {
        var bulletin = PrintSample.issue16
        bulletin.articles[1].points[0].body = ["正常段落。", "第二段\u{7}有响铃字符。"]
        XCTAssertThrowsError(try DocxWriter.document(for: bulletin)) { error in
            guard let error = error as? DocxError else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(error.field, "文章 2 的要点 1 的正文第 2 段")
            XCTAssertEqual(error.characterIndex, 4)
            XCTAssertEqual(error.codePoint, "U+0007")
            XCTAssertTrue(error.message.contains("U+0007"), error.message)
        }
    }

    func testDisallowedCharacterIsLocatedInTheNotes() throws {
        let error = DocxError(field: "刊名", text: "代表\u{1}工作", characterIndex: 3, scalar: "\u{1}")
        let diagnostic = try XCTUnwrap(error.diagnostic(in: "期号: 16\n刊名: 代表\u{1}工作\n"))
        XCTAssertEqual(diagnostic.range.start.line, 2)
        XCTAssertEqual(diagnostic.range.start.column, 7)
        XCTAssertEqual(diagnostic.range.start.offset, 11 + 14, "UTF-8 bytes before the character")
        XCTAssertNil(error.diagnostic(in: "刊名: \"代表\\x01工作\""), "an escaped form is not the character")
    }

    func testSingleArticleIsASubmissionWithoutMastheadOrFooter() throws {
        let bytes = try DocxWriter.document(for: NotesDocument.article(PrintSample.issue16.articles[0]))
        let document = try XCTUnwrap(try ZipReader.entries(bytes).first { $0.path == "word/document.xml" }).text
        let collector = try PrintSample.paragraphs(ofDocumentXML: document)
        XCTAssertEqual(collector.map(\.style), ["JBArticleHeading", "JBBody", "JBPoint", "JBBody", "JBPoint", "JBBody", "JBContributor"])
        XCTAssertEqual(collector.first?.text, "南阳市：“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步")
        XCTAssertFalse(document.contains("<w:tbl>"), "no distribution footer")
        let core = try XCTUnwrap(try ZipReader.entries(bytes).first { $0.path == "docProps/core.xml" }).text
        XCTAssertTrue(core.contains("<dc:title>南阳市：“学解绘”三步法"))
    }

    /// The 版记 is a text box bottom-aligned to the text block's margin, anchored in the last
    /// paragraph, with text wrapped above and below: LibreOffice places it too (issue 16).
    func testDistributionFooterIsATextBoxAtTheFootOfTheTextBlock() throws {
        let document = try PrintSample.part("word/document.xml", of: PrintSample.issue16)
        XCTAssertFalse(document.contains("<w:tbl>"))
        XCTAssertFalse(document.contains("w:framePr"))
        let anchor = try XCTUnwrap(document.firstMatch(of: /<wp:anchor .*<\/wp:anchor>/.dotMatchesNewlines())).output
        XCTAssertTrue(anchor.contains("<wp:positionV relativeFrom=\"margin\"><wp:align>bottom</wp:align></wp:positionV>"))
        XCTAssertTrue(anchor.contains("<wp:wrapTopAndBottom/>"))
        XCTAssertTrue(anchor.contains("anchor=\"b\""), "text at the box's foot")
        // Three lines (送, 发, 印发) at 448 twips plus three rules at 22, in EMU (635 a twip).
        XCTAssertTrue(anchor.contains("<wp:extent cx=\"\(8845 * 635)\" cy=\"\((3 * 448 + 3 * 22) * 635)\"/>"), String(anchor.prefix(600)))
        XCTAssertTrue(document.hasSuffix("</w:drawing></w:r></w:p>\n<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"1438\" w:gutter=\"0\"/><w:docGrid w:linePitch=\"579\"/></w:sectPr></w:body></w:document>"), String(document.suffix(400)))
        XCTAssertEqual(DocxParts.footerLines("送：省人大常委会主任、副主任、秘书长"), 1)
        XCTAssertEqual(DocxParts.footerLines("发：省人大常委会副秘书长、机关党组成员、办公厅研究室主任，省人大各专门委员会、省人大常委会各工作机构和办事机构，各省辖市人大常委会、济源示范区人大工委"), 3)
    }

    func testFooterWithoutRecipientsHasOnlyTheOuterRules() throws {
        var bulletin = PrintSample.issue16
        bulletin.footer = DistributionFooter(issuer: "某某委员会")
        let issued = try XCTUnwrap(try PrintSample.paragraphs(of: bulletin).last { $0.style == "JBIssued" })
        XCTAssertEqual(issued.text, "某某委员会印发")
        let document = try PrintSample.part("word/document.xml", of: bulletin)
        XCTAssertEqual(document.components(separatedBy: "<w:top w:val=\"single\" w:sz=\"6\"").count - 1, 0, "no inner rule without 送/发")
        XCTAssertEqual(document.components(separatedBy: "<w:top w:val=\"single\" w:sz=\"8\"").count - 1, 2, "two thick rules")
    }
}

/// A hand-built issue shaped like seed 003 (issue 16), shortened, with one heading holding
/// markup characters to prove escaping.
enum PrintSample {
    static let issue16 = Bulletin(
        masthead: Masthead(title: "代表工作", issueNumber: 16, issuingBody: ["河南省人大常委会", "代表工作委员会"],
                           date: BulletinDate(year: 2026, month: 6, day: 4)),
        album: Album(theme: "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑", number: 6),
        articles: [
            Article(region: "南阳市", headline: "“学解绘”三步法 凝聚代表合力 服务“十五五”开局起步",
                    lead: ["南阳市人大常委会以主题活动为牵引。"],
                    points: [Point(heading: "深钻细研“学蓝图”，当好凝心聚力的“宣传员”。", body: ["一是注重系统化学习。", "二是注重分层次培训。"]),
                             Point(heading: "立足专业“解蓝图”。")],
                    closing: ["下一步，继续推进。"],
                    contributor: "南阳市人大常委会代表工委"),
            Article(region: "襄城县", headline: "平台赋能·活动牵引 <&> 走深走实",
                    points: [Point(heading: "平台赋能：建强载体，让履职有阵地。", body: ["坚持把阵地建设作为基础性工程。"])]),
        ],
        footer: DistributionFooter(sendTo: "省人大常委会主任、副主任、秘书长", copyTo: "各省辖市人大常委会",
                                   issuer: "河南省人大常委会代表工作委员会", copies: 60))

    struct Paragraph { var style: String; var text: String; var runStyles: [String] }

    static func part(_ path: String, of bulletin: Bulletin) throws -> String {
        let entries = try ZipReader.entries(try DocxWriter.document(for: bulletin))
        return try XCTUnwrap(entries.first { $0.path == path }, "no \(path)").text
    }

    /// The body paragraphs of word/document.xml as a reader sees them: style, text (tabs as
    /// "\t"), and each run's character style.
    static func paragraphs(of bulletin: Bulletin) throws -> [Paragraph] {
        try paragraphs(ofDocumentXML: try part("word/document.xml", of: bulletin))
    }

    static func paragraphs(ofDocumentXML xml: String) throws -> [Paragraph] {
        let collector = ParagraphCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), String(describing: parser.parserError))
        return collector.paragraphs
    }

    private final class ParagraphCollector: NSObject, XMLParserDelegate {
        var paragraphs: [Paragraph] = []
        private var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:p": paragraphs.append(Paragraph(style: "", text: "", runStyles: []))
            case "w:pStyle": paragraphs[paragraphs.count - 1].style = attributes["w:val"] ?? ""
            case "w:r": paragraphs[paragraphs.count - 1].runStyles.append("")
            case "w:rStyle":
                let runs = paragraphs[paragraphs.count - 1].runStyles.count
                paragraphs[paragraphs.count - 1].runStyles[runs - 1] = attributes["w:val"] ?? ""
            case "w:tab" where !paragraphs.isEmpty && !paragraphs[paragraphs.count - 1].runStyles.isEmpty:
                paragraphs[paragraphs.count - 1].text += "\t"
            case "w:t": inText = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:t" { inText = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { paragraphs[paragraphs.count - 1].text += string }
        }
    }
}

/// Reads a ZIP archive through its end-of-central-directory record and central directory,
/// the way unzip and Word do, and checks each local header against its central entry.
enum ZipReader {
    struct Entry {
        var path: String
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 { UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16 }

    static func entries(_ zip: [UInt8]) throws -> [Entry] {
        let end = zip.count - 22   // no archive comment is written
        guard end >= 0, uint32(zip, end) == 0x0605_4b50 else { throw Malformed(description: "no end of central directory") }
        let count = Int(uint16(zip, end + 10))
        guard uint16(zip, end + 8) == count else { throw Malformed(description: "entry counts differ") }
        let size = Int(uint32(zip, end + 12)), start = Int(uint32(zip, end + 16))
        guard start + size == end else { throw Malformed(description: "central directory does not end at the end record") }
        var entries: [Entry] = []
        var at = start
        for _ in 0..<count {
            guard uint32(zip, at) == 0x0201_4b50 else { throw Malformed(description: "bad central header at \(at)") }
            let method = uint16(zip, at + 10), crc = uint32(zip, at + 16)
            let compressed = Int(uint32(zip, at + 20)), uncompressed = Int(uint32(zip, at + 24))
            let nameLength = Int(uint16(zip, at + 28)), extra = Int(uint16(zip, at + 30)), comment = Int(uint16(zip, at + 32))
            let local = Int(uint32(zip, at + 42))
            let name = Array(zip[(at + 46)..<(at + 46 + nameLength)])
            guard method == 0, compressed == uncompressed else { throw Malformed(description: "not stored") }
            guard uint32(zip, local) == 0x0403_4b50, uint32(zip, local + 14) == crc,
                  Int(uint32(zip, local + 18)) == compressed, Int(uint16(zip, local + 26)) == nameLength,
                  Array(zip[(local + 30)..<(local + 30 + nameLength)]) == name
            else { throw Malformed(description: "local header disagrees with central entry at \(local)") }
            let dataStart = local + 30 + nameLength + Int(uint16(zip, local + 28))
            let data = Array(zip[dataStart..<(dataStart + compressed)])
            guard CRC32.checksum(data) == crc else { throw Malformed(description: "CRC mismatch") }
            entries.append(Entry(path: String(decoding: name, as: UTF8.self), bytes: data))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }
}
