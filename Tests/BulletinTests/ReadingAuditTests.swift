import XCTest
@testable import Bulletin

/// The reading defects of the CLI audit of 2026-12 (data lost or misread by `parse`), one test
/// each; every one failed before its fix.
final class ReadingAuditTests: XCTestCase {
    /// `## 一、…` inside an article is a point heading, as `**一、…**` is; nothing after it is lost.
    func testMarkdownPointHeadingsAreRead() throws {
        let text = "# 洛阳市：建强代表联络站\n\n导语第一段。\n\n## 一、完善站点布局\n\n正文甲。\n\n### （一）细化\n\n正文乙。\n\n## 二、健全机制\n\n正文丙。\n\n（洛阳市人大常委会代表工委供稿）\n"
        let result = BulletinReader.read(text)
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.lead, ["导语第一段。"])
        XCTAssertEqual(article.points.map(\.heading), ["完善站点布局", "健全机制"])
        XCTAssertEqual(article.points.map { $0.body.filter { !$0.isEmpty } }, [["正文甲。", "（一）细化", "正文乙。"], ["正文丙。"]])
        XCTAssertEqual(article.closing, [])
        XCTAssertEqual(article.contributor, "洛阳市人大常委会代表工委")
        XCTAssertEqual(result.unplaced.count, 0)
    }

    /// What a single article's notes cannot hold (text read as a further article) is listed as
    /// unplaced, never dropped silently.
    func testTextAfterTheArticleIsListedAsUnplaced() throws {
        let text = "洛阳市：建强代表联络站\n\n导语第一段。\n\n（洛阳市人大常委会代表工委供稿）\n\n开封市：另一篇\n\n正文乙。\n"
        let result = BulletinReader.read(text)
        XCTAssertEqual(try XCTUnwrap(result.article).lead, ["导语第一段。"])
        XCTAssertEqual(result.unplaced.map(\.text), ["开封市：另一篇", "正文乙。"])
        XCTAssertEqual(result.unplaced.map(\.range.start.line), [7, 9])
    }
}
