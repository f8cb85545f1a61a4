import Foundation
import XCTest
import Zip
@testable import OfficeText

final class WordReviewTests: XCTestCase {
    private func offset(of needle: String, in text: String) throws -> Int {
        let range = try XCTUnwrap(text.range(of: needle))
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    }

    /// The copy's parts: document.xml, comments.xml (if any), the relationships and content types.
    private func parts(_ bytes: [UInt8]) throws -> [String: String] {
        let reader = try ZipReader(bytes)
        var parts: [String: String] = [:]
        for entry in reader.entries { parts[entry.path] = String(decoding: try reader.contents(of: entry), as: UTF8.self) }
        return parts
    }

    /// Every change rejected: insertions dropped, deletions restored.
    private func rejected(_ xml: String) -> String {
        xml.replacingOccurrences(of: #"<w:del w:id="[0-9]+" w:author="[^"]*" w:date="[^"]*"/>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<w:ins w:id="[0-9]+" w:author="[^"]*" w:date="[^"]*">.*?</w:ins>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<w:del w:id="[0-9]+" w:author="[^"]*" w:date="[^"]*">"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "</w:del>", with: "")
            .replacingOccurrences(of: "w:delText", with: "w:t")
    }

    func testTrackedChangesKeepFormattingAndRejectToTheOriginal() throws {
        let numbering = Package.numbering([("chineseCounting", "%1、")])
        let body = Package.paragraph(Package.run("南阳市：标题"))
            + Package.numbered("加强学习,提高能力 。", numId: 1, bold: true)
            + Package.paragraph(Package.run("前半") + Package.run("后半,完"))
        let original = Package.docx(body, numbering: numbering)
        let document = try WordDocument(original)
        let text = document.text
        XCTAssertEqual(text, "南阳市：标题\n一、加强学习,提高能力 。\n前半后半,完\n")
        let comma = try offset(of: ",提高", in: text), space = try offset(of: " 。", in: text)
        let secondComma = try offset(of: ",完", in: text)
        let revisions = [
            Revision(start: comma, end: comma + 1, replacement: "，", comment: "半角逗号 [P1]"),
            Revision(start: space, end: space + 1, replacement: "", comment: "多余空格 [P4]"),
            Revision(start: secondComma, end: secondComma + 1, replacement: "，", comment: "半角逗号 [P1]"),
            Revision(start: 0, end: try offset(of: "\n一", in: text), comment: "标题写法 [S5]"),
        ]
        let review = try WordReview.copy(of: document, revisions: revisions, author: "简报检查", date: "2026-06-01T00:00:00Z")
        XCTAssertEqual(review.trackedChanges, 3)
        XCTAssertEqual(review.comments, 1)
        let copy = try parts(review.bytes)
        let xml = try XCTUnwrap(copy["word/document.xml"])
        // Accepted (as the reader reads it: deletions out, insertions in).
        XCTAssertEqual(try WordDocument(review.bytes).text, "南阳市：标题\n一、加强学习，提高能力。\n前半后半，完\n")
        // Rejected: the original text exactly.
        XCTAssertEqual(try WordDocument(documentXML: Array(rejected(xml).utf8), numberingXML: Array(try XCTUnwrap(copy["word/numbering.xml"]).utf8)).text, text)
        // The split runs keep the bold of the original run, also inside the marks.
        XCTAssertTrue(xml.contains(#"<w:del w:id=""#))
        XCTAssertTrue(xml.contains(#"w:author="简报检查" w:date="2026-06-01T00:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">,</w:delText>"#), xml)
        XCTAssertTrue(xml.contains(#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">，</w:t></w:r></w:ins>"#), xml)
        // The comment: anchored in the text, written in comments.xml, which is related and typed.
        XCTAssertTrue(xml.contains("<w:commentRangeStart w:id="))
        XCTAssertTrue(xml.contains("<w:commentReference w:id="))
        XCTAssertTrue(try XCTUnwrap(copy["word/comments.xml"]).contains(">标题写法 [S5]</w:t>"))
        XCTAssertTrue(try XCTUnwrap(copy["word/_rels/document.xml.rels"]).contains(#"Target="comments.xml""#))
        XCTAssertTrue(try XCTUnwrap(copy["[Content_Types].xml"]).contains(#"PartName="/word/comments.xml""#))
        // Every id is used once.
        let ids = xml.matches(of: /<w:(?:ins|del) w:id="([0-9]+)"/).map { String($0.1) }
        XCTAssertEqual(Set(ids).count, ids.count)
    }

    func testWhatCannotBeTrackedBecomesAComment() throws {
        let numbering = Package.numbering([("chineseCounting", "%1、")])
        let body = Package.numbered("要点", numId: 1) + Package.paragraph(Package.run("前") + Package.run("后"))
            + "<w:p/>" + Package.paragraph(Package.run("末段"))
        let document = try WordDocument(Package.docx(body, numbering: numbering))
        let text = document.text
        XCTAssertEqual(text, "一、要点\n前后\n\n末段\n")
        let acrossRuns = try offset(of: "前后", in: text)
        let emptyParagraph = try offset(of: "\n\n", in: text) + 1
        let review = try WordReview.copy(of: document, revisions: [
            Revision(start: 0, end: 3, replacement: "二", comment: "序号 [S6]"),                  // in the automatic number
            Revision(start: acrossRuns, end: acrossRuns + 6, replacement: "前、后", comment: "跨两段文字 [X]"),
            Revision(start: emptyParagraph, end: emptyParagraph, comment: "空段 [Y]"),
        ], author: "简报检查", date: "2026-06-01T00:00:00Z")
        XCTAssertEqual(review.trackedChanges, 0)
        XCTAssertEqual(review.comments, 3)
        let copy = try parts(review.bytes)
        let xml = try XCTUnwrap(copy["word/document.xml"])
        XCTAssertEqual(xml.components(separatedBy: "<w:commentRangeStart").count - 1, 3)
        XCTAssertEqual(xml.components(separatedBy: "<w:commentReference").count - 1, 3)
        XCTAssertFalse(xml.contains("<w:p/>"), "the empty paragraph opened to hold its comment")
        XCTAssertEqual(try WordDocument(review.bytes).text, text, "comments change no text")
    }

    func testExistingCommentsAreKept() throws {
        let body = Package.paragraph(#"<w:commentRangeStart w:id="7"/>"# + Package.run("已有批注的段落,") + #"<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>"#)
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", text: #"<Types><Override PartName="/word/comments.xml" ContentType="x"/></Types>"#)
        archive.add("_rels/.rels", text: #"<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        archive.add("word/_rels/document.xml.rels", text: #"<Relationships><Relationship Id="r9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#)
        archive.add("word/document.xml", text: Package.document(body))
        archive.add("word/comments.xml", text: "<w:comments \(Package.namespaces)><w:comment w:id=\"7\" w:author=\"审稿人\"><w:p><w:r><w:t>原有批注</w:t></w:r></w:p></w:comment></w:comments>")
        let document = try WordDocument(archive.bytes())
        let comma = try offset(of: ",", in: document.text)
        let review = try WordReview.copy(of: document, revisions: [Revision(start: comma, end: comma + 1, comment: "半角逗号 [P1]")],
                                         author: "简报检查", date: "2026-06-01T00:00:00Z")
        let copy = try parts(review.bytes)
        let comments = try XCTUnwrap(copy["word/comments.xml"])
        XCTAssertTrue(comments.contains("原有批注"))
        XCTAssertTrue(comments.contains(#"<w:comment w:id="8" w:author="简报检查""#), comments)
        XCTAssertEqual(try XCTUnwrap(copy["word/_rels/document.xml.rels"]).components(separatedBy: "comments.xml").count - 1, 1)
    }

    /// Many marks in one long run, and many in many runs: time grows with the marks, not their square.
    func testManyRevisionsStayLinear() throws {
        let piece = "代表,"
        let count = 20_000
        let document = try WordDocument(Package.docx(Package.paragraph(Package.run(String(repeating: piece, count: count)))))
        let step = piece.utf8.count
        var revisions: [Revision] = []
        for index in 0..<count {
            let comma = index * step + step - 1
            revisions.append(index % 2 == 0 ? Revision(start: comma, end: comma + 1, replacement: "，", comment: "x")
                                             : Revision(start: comma, end: comma + 1, comment: "半角逗号"))
        }
        let started = Date()
        let review = try WordReview.copy(of: document, revisions: revisions, author: "简报检查", date: "2026-06-01T00:00:00Z")
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        XCTAssertEqual(review.trackedChanges, count / 2)
        XCTAssertEqual(review.comments, count / 2)
        XCTAssertEqual(try WordDocument(review.bytes).text.filter { $0 == "，" }.count, count / 2)
    }

    /// Paragraphs split by a page break, joined back: each mark in between deleted as a tracked
    /// change, whatever the paragraph's properties look like.
    func testParagraphJoinsAreDeletedMarks() throws {
        let layouts = [
            Package.paragraph(Package.run("甲前")),                                                        // no w:pPr
            Package.paragraph(Package.run("甲前"), properties: #"<w:jc w:val="both"/>"#),                // w:pPr without w:rPr
            Package.paragraph(Package.run("甲前"), properties: #"<w:jc w:val="both"/><w:rPr><w:b/></w:rPr>"#), // with w:rPr
            #"<w:p><w:pPr/>"# + Package.run("甲前") + "</w:p>",                                             // empty w:pPr
            #"<w:p><w:pPr><w:rPr/></w:pPr>"# + Package.run("甲前") + "</w:p>",                             // empty w:rPr
        ]
        for (number, first) in layouts.enumerated() {
            let body = first + "<w:p/>" + Package.paragraph(Package.run("后半。")) + Package.paragraph(Package.run("另一段"))
            let document = try WordDocument(Package.docx(body))
            let text = document.text
            XCTAssertEqual(text, "甲前\n\n后半。\n另一段\n")
            let start = try offset(of: "\n\n后", in: text)
            let review = try WordReview.copy(of: document, revisions: [Revision(start: start, end: start + 2, replacement: "", comment: "断段 [A1]")],
                                             author: "简报检查", date: "2026-06-01T00:00:00Z")
            XCTAssertEqual(review.trackedChanges, 1, "layout \(number)")
            XCTAssertEqual(review.comments, 0, "layout \(number)")
            let xml = try XCTUnwrap(try parts(review.bytes)["word/document.xml"])
            // Two marks deleted (the first paragraph's and the empty one's), inside w:pPr/w:rPr.
            XCTAssertEqual(xml.components(separatedBy: #"w:author="简报检查" w:date="2026-06-01T00:00:00Z"/>"#).count - 1, 2, xml)
            XCTAssertEqual(xml.components(separatedBy: "<w:rPr><w:del ").count - 1, 2, xml)
            // Accepted: one paragraph; rejected: the original three.
            XCTAssertEqual(try WordDocument(review.bytes).text, "甲前后半。\n另一段\n", "layout \(number): \(xml)")
            XCTAssertEqual(try WordDocument(documentXML: Array(rejected(xml).utf8)).text, text, "layout \(number)")
        }
    }

    /// Table cells are not joined: the last paragraph mark of a cell is the cell's own. Such a
    /// join becomes a comment, and is counted as an untracked fix.
    func testNoJoinAcrossTableCells() throws {
        func cell(_ text: String) -> String { "<w:tc>" + Package.paragraph(Package.run(text)) + "</w:tc>" }
        let body = "<w:tbl><w:tr>" + cell("地区") + cell("站点数") + "</w:tr></w:tbl>"
        let document = try WordDocument(Package.docx(body))
        XCTAssertEqual(document.text, "地区\n站点数\n")
        let review = try WordReview.copy(of: document, revisions: [Revision(start: 6, end: 7, replacement: "", comment: "断段 [A1]")],
                                         author: "简报检查", date: "2026-06-01T00:00:00Z")
        XCTAssertEqual(review.trackedChanges, 0)
        XCTAssertEqual(review.comments, 1)
        XCTAssertEqual(review.untrackedReplacements, 1)
        // And a deleted mark at a cell's end does not pull the next cell's text into it.
        let marked = "<w:tbl><w:tr><w:tc>" + Package.paragraph(Package.run("地区"), properties: #"<w:rPr><w:del w:id="1" w:author="x" w:date="2026-06-01T00:00:00Z"/></w:rPr>"#)
            + "</w:tc>" + cell("站点数") + "</w:tr></w:tbl>"
        XCTAssertEqual(try WordDocument(Package.docx(marked)).text, "地区\n站点数\n")
    }
}
