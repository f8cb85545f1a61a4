import XCTest
@testable import Bulletin

/// The fourteenth fresh-eyes audit (December 2026: the shapes issue 12 names, read by both jobs),
/// with what the thirteenth left: each defect a shape both jobs read alike.
final class FourteenthAuditTests: XCTestCase {
    /// Unmarked contents whose entries wrap over two lines: two entries, each joined, and the
    /// articles under them — not four articles, two of them empty, and no false S4/S8.
    func testUnmarkedContentsEntriesWrappedOverLines() throws {
        // A line a line, the wrap is a line break A1 joins (as for a marked entry); lines a
        // blank line apart, the entry's two lines are one paragraph already.
        let cases = [(ReadingShapes.unmarkedContentsWrappedOnePerLine, ["洛阳市", "濮阳市"], "洛阳市：组织五级代表集中视察 推动重点项目提速增效", ["6 A1"]),
                     (ReadingShapes.unmarkedContentsWrappedBlankLines, ["焦作市", "温县"], "焦作市：“人大代表+”模式激活基层治理“一池春水”", [])]
        for (shape, regions, firstEntry, findings) in cases {
            let read = BulletinReader.read(shape.text)
            let bulletin = try XCTUnwrap(read.bulletin, shape.name)
            XCTAssertEqual(bulletin.articles.map(\.region), regions, shape.name)
            XCTAssertTrue(bulletin.articles.allSatisfy { !$0.lead.isEmpty && $0.contributor != nil }, shape.name)
            XCTAssertEqual(read.layout.contents.count, 2, shape.name)
            XCTAssertEqual(read.layout.contents.first.map { HeadingText.compact($0.text) }, HeadingText.compact(firstEntry), shape.name)
            XCTAssertEqual(read.repairs.filter { $0.kind == .joinedContentsEntry }.count, 1, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), findings, shape.name)
        }
        XCTAssertEqual(GenrePatterns.unmarkedContentsEntries(["安阳市：甲乙", "丙丁", "鹤壁市：戊", "安阳市：甲乙丙丁", "正文。"]), [0..<2, 2..<3])
        // A title wrapped as its entry was: the first line repeats.
        XCTAssertEqual(GenrePatterns.unmarkedContentsEntries(["安阳市：甲乙", "丙丁", "鹤壁市：戊", "安阳市：甲乙", "丙丁", "正文。"]), [0..<2, 2..<3])
        // A title over its lead is no entry: the lead is a sentence.
        XCTAssertEqual(GenrePatterns.unmarkedContentsEntries(["安阳市：甲乙", "市人大常委会组织代表视察。", "鹤壁市：戊"]), [])
    }
}
