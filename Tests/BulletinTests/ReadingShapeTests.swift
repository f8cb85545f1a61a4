import XCTest
@testable import Bulletin

/// The cases under "Why" in issue 12, each as `parse` and `check` are used: every one failed
/// before the reader and the checker shared the recogniser concerned.
final class ReadingShapeTests: XCTestCase {
    private func codes(_ text: String) -> [String] {
        Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
    }

    func testBulletAndStarContentsAreContentsForBothJobs() {
        for shape in [ReadingShapes.contentsBullet, ReadingShapes.contentsStar] {
            let result = BulletinReader.read(shape.text)
            XCTAssertEqual(result.layout.contents.map(\.text), ["郑州市：高位部署强担当 凝心聚力启新程", "焦作市：闻令即动抓落实 推动代表履职见真章"], shape.name)
            // No false 目录中缺少这篇文章: the entries are read as contents.
            XCTAssertEqual(codes(shape.text), [], shape.name)
        }
    }
}

extension ReadingShapeTests {
    func testFenSongIsTheSendFieldForBothJobs() throws {
        let shape = ReadingShapes.footerFenSong
        let footer = try XCTUnwrap(BulletinReader.read(shape.text).bulletin?.footer)
        XCTAssertEqual(footer.sendTo, "省人大常委会主任、副主任、秘书长")
        // Not an article (S4, S5, S8) nor a footer without 送 (S9).
        XCTAssertEqual(codes(shape.text), [])
    }
}
