import XCTest
@testable import SourceText

final class LineIndexTests: XCTestCase {
    func testChineseCharacterIsOneColumn() {
        let index = LineIndex("第一行\n南阳市：标题\n")
        let colon = Array("第一行\n南阳市".utf8).count
        let position = index.position(ofByteOffset: colon)
        XCTAssertEqual(position.line, 2)
        XCTAssertEqual(position.column, 4)
        XCTAssertEqual(index.byteOffset(line: 2, column: 4), colon)
    }

    func testLineTextDropsCarriageReturn() {
        let index = LineIndex("a\r\nb")
        XCTAssertEqual(index.lineText(1), "a")
        XCTAssertEqual(index.lineText(2), "b")
        XCTAssertEqual(index.lineCount, 2)
    }

    func testCaretAlignsUnderWideCharacters() {
        XCTAssertEqual(CaretExcerpt.render(line: "标题：x", column: 3), "  标题：x\n      ^")
    }

    func testHeadlineFormat() {
        let position = SourcePosition(line: 3, column: 7, offset: 20)
        let diagnostic = Diagnostic(severity: .warning, range: SourceRange(at: position), message: "半角逗号", rule: "P1 half-width-punctuation")
        XCTAssertEqual(diagnostic.headline(path: "a.txt"), "a.txt:3:7: warning: 半角逗号 [P1 half-width-punctuation]")
    }
}
