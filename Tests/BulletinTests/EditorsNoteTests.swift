import XCTest
@testable import Bulletin
import NotesFormat

/// 编者按, the editor's note over an issue's articles: in the model and the notes, printed by every
/// format, read back by `parse`, and skipped by `check` as the text (no article heading,
/// no masthead, no contents entry's second line).
final class EditorsNoteTests: XCTestCase {
    private let notes = """
    期号: 16
    日期: 2026年6月4日
    专辑:
      名称: 主题活动专辑
      序号: 6
    编者按: 今年以来，各地人大常委会扎实开展主题活动，现将有关做法刊发，供参考。
    文章:
      - 地区: 郑州市
        标题: 高位部署强担当
        导语: 今年以来，郑州市人大常委会扎实开展主题活动。
        供稿: 郑州市人大常委会代表工委
    分送: 默认

    """

    func testTheNoteIsDraftedInEveryFormatAndReadBack() throws {
        let document = try NotesDecoder().decode(text: notes)
        guard case .bulletin(let bulletin) = document else { return XCTFail("not an issue") }
        XCTAssertEqual(bulletin.editorsNote, "今年以来，各地人大常委会扎实开展主题活动，现将有关做法刊发，供参考。")
        let drafter = Drafter(library: try Drafter.defaultLibrary())
        for format in ["txt", "md"] {
            let text = try drafter.draft(document, format: format)
            XCTAssertTrue(text.contains("\n编者按：今年以来，"), text)
            // Read back: the same issue, notes and all; and the checker has nothing to say of it.
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.bulletin, bulletin, format)
            XCTAssertEqual(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(read.notes()))), document, format)
            XCTAssertEqual(Checker.check(text).findings.map(\.finding.rule.code), [], format)
        }
        XCTAssertTrue(try drafter.draft(document, format: "html").contains("<p class=\"editors-note\">编者按：今年以来，"))
        let xml = try DocxWriter.documentXML(for: bulletin)
        XCTAssertTrue(xml.contains("<w:pStyle w:val=\"JBEditorsNote\"/>"), String(xml.prefix(2000)))
        XCTAssertTrue(DocxParts.styles.contains("<w:name w:val=\"编者按\"/>"))
        // One line of text, as 刊名 is.
        XCTAssertThrowsError(try NotesDecoder().decode(text: notes.replacingOccurrences(of: "编者按: 今年", with: "编者按:\n  - 今年")))
    }

    /// In a 工作动态 without `地区：` headings the note stood where the first title was looked for:
    /// the reader listed the note and both articles' text as unplaced, the checker took the note for
    /// a heading (S5) and the title for a paragraph cut short (A1).
    func testTheNoteOverUntitledArticlesIsNoArticle() throws {
        let text = ReadingShapes.editorsNoteWorkNews.text
        let read = BulletinReader.read(text)
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertEqual(bulletin.editorsNote, "近期，各乡镇人大认真开展代表联络站建设工作，现将有关情况刊发，供交流参考。")
        XCTAssertEqual(bulletin.articles.map(\.headline), ["滑县人大常委会赴外地考察学习代表联络站建设工作", "城关镇人大扎实开展代表主题活动"])
        XCTAssertEqual(read.unplaced.count, 0, "\(read.unplaced.map(\.message))")
        XCTAssertEqual(read.layout.editorsNote?.range.start.line, 7)
        let findings = Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
        // The house genre's headings and album (代表工作) are asked of every issue; the note is none of them.
        XCTAssertEqual(findings, ["9 S3", "9 S4", "9 S5", "17 S5"])
    }

    /// A short note under the contents is no second line of the last entry (for both jobs: the
    /// reader joined it into the entry and lost it, the checker reported S4).
    func testTheNoteUnderTheContentsIsNoContentsEntry() throws {
        let text = ReadingShapes.editorsNoteAfterContents.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.editorsNote, "各地扎实开展主题活动，现将有关做法刊发，供参考。")
        XCTAssertEqual(read.layout.contents.map(\.text), ["郑州市：高位部署强担当"])
        XCTAssertEqual(Checker.check(text).findings.map(\.finding.rule.code), [])
    }

    func testTheLabelIsRecognisedInItsCommonForms() {
        for line in ["编者按：近期，", "编者按:近期", "【编者按】近期", "[编者按] 近期", "（编者按）近期", "**编者按：**近期", "编者按 近期"] {
            XCTAssertNotNil(GenrePatterns.editorsNote(Array(line.utf8)), line)
        }
        for line in ["编者按", "编者按：", "编者按语近期", "本期编者按：近期", "编者：近期"] {
            XCTAssertNil(GenrePatterns.editorsNote(Array(line.utf8)), line)
        }
    }
}
