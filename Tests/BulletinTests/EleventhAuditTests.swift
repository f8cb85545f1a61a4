import XCTest
@testable import Bulletin

/// The eleventh fresh-eyes audit (December 2026: round trips, fixes, the clerk's view): what it
/// found, each a shape both jobs read alike.
final class EleventhAuditTests: XCTestCase {
    /// `三、四月份，……` opening a paragraph lists months: no point for either job. Before, it was
    /// point 三 headed `四月份，…`, S6 asked to renumber it, and the draft printed `二、四月份`.
    func testMonthsListedOpenNoPoint() throws {
        let text = ReadingShapes.monthsListedAtAParagraphsStart.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["精心组织部署。", "强化跟踪问效。"])
        XCTAssertEqual(article.points.first?.body.last, "三、四月份，市人大常委会先后组织代表120余人次，对全市36个重点项目进行视察。")
        XCTAssertEqual(Checker.lineCodes(text), [])
        for opening in ["三、四月份", "十一、十二月", "二、三季度"] {
            XCTAssertNil(GenrePatterns.pointNumber(Array((opening + "，市人大常委会组织代表视察。").utf8)), opening)
        }
        // A point whose heading opens with a numeral of something else is still one.
        XCTAssertEqual(GenrePatterns.pointNumber(Array("三、四项措施保障落实。".utf8))?.number, 3)
    }

    /// Contents under `本期目录`, `【本期要目】`, `目录：`: the heading is no text and the entries
    /// the contents, for both jobs. Before, the reader listed the heading as unplaced and took
    /// the entries for articles of their own, which the draft printed twice and empty.
    func testContentsUnderOtherHeadingsAreTheContents() throws {
        for shape in [ReadingShapes.contentsUnderThisIssuesHeading, ReadingShapes.contentsUnderABracketedHeading] {
            let read = BulletinReader.read(shape.text)
            let bulletin = try XCTUnwrap(read.bulletin, shape.name)
            XCTAssertEqual(bulletin.articles.map(\.region), ["郑州市", "焦作市"], shape.name)
            XCTAssertEqual(read.unplaced.map(\.text), [], shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
        for heading in ["本期目录", "目录：", "【本期目录】", "本期导读", "目  录"] {
            let bytes = Array(heading.utf8)
            XCTAssertTrue(GenrePatterns.isContentsHeading(bytes, from: 0, to: bytes.count), heading)
        }
        let title = Array("目录管理".utf8)
        XCTAssertFalse(GenrePatterns.isContentsHeading(title, from: 0, to: title.count))
    }

    /// The album line wrapped over two lines is one album line for both jobs, the join listed.
    func testAnAlbumLineWrappedOverTwoLinesIsTheAlbum() throws {
        for shape in [ReadingShapes.albumLineWrapped, ReadingShapes.albumNumberWrapped] {
            let read = BulletinReader.read(shape.text)
            let album = try XCTUnwrap(read.bulletin?.album, shape.name)
            XCTAssertEqual(album.theme, "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑", shape.name)
            XCTAssertEqual(album.number, 8, shape.name)
            XCTAssertEqual(read.unplaced.map(\.text), [], shape.name)
            XCTAssertEqual(read.repairs.filter { $0.kind == .joinedAlbumLine }.count, 1, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
        // A theme line over the album line proper is not joined to it.
        XCTAssertFalse(GenrePatterns.albumWrapsOnto(Array("代表工作委员会".utf8), Array("主题活动专辑（八）".utf8)))
    }
}
