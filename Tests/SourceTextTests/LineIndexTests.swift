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

    func testByteOrderMarkIsNoColumn() {
        let index = LineIndex("\u{FEFF}南阳市：标题\n甲")
        let colon = Array("\u{FEFF}南阳市".utf8).count
        XCTAssertEqual(index.position(ofByteOffset: colon).column, 4)
        XCTAssertEqual(index.position(ofByteOffset: colon).offset, colon, "offsets stay file offsets")
        XCTAssertEqual(index.position(ofByteOffset: 0).column, 1)
        XCTAssertEqual(index.byteOffset(line: 1, column: 1), 3)
        XCTAssertEqual(index.lineText(1), "南阳市：标题")
        XCTAssertEqual(index.position(ofByteOffset: colon + Array("：标题\n".utf8).count), SourcePosition(line: 2, column: 1, offset: colon + 10))
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

    func testLongLinesShowAWindowAroundTheColumn() {
        let digits = String((0..<3000).map { Character(String($0 % 10)) })
        let window = String(Array(digits)[1459..<1540])
        XCTAssertEqual(CaretExcerpt.render(line: digits, column: 1500), "  …\(window)…\n  " + String(repeating: " ", count: 41) + "^")

        let wide = String(repeating: "汉", count: 100) + "x" + String(repeating: "字", count: 100)
        XCTAssertEqual(CaretExcerpt.render(line: wide, column: 101),
                       "  …" + String(repeating: "汉", count: 40) + "x" + String(repeating: "字", count: 40) + "…\n  " + String(repeating: " ", count: 81) + "^")
        // Near either end the window keeps its width and is marked on the cut side only.
        XCTAssertEqual(CaretExcerpt.render(line: wide, column: 2), "  " + String(repeating: "汉", count: 81) + "…\n    ^")
        XCTAssertEqual(CaretExcerpt.render(line: wide, column: 201),
                       "  …" + String(repeating: "字", count: 81) + "\n  " + String(repeating: " ", count: 1 + 80 * 2) + "^")
        // A caret after the end of the line, as for a missing closing quote.
        XCTAssertEqual(CaretExcerpt.render(line: wide, column: 202),
                       "  …" + String(repeating: "字", count: 81) + "\n  " + String(repeating: " ", count: 1 + 81 * 2) + "^")
        // Up to 81 characters are shown whole.
        let fits = String(repeating: "汉", count: 81)
        XCTAssertEqual(CaretExcerpt.render(line: fits, column: 81), "  \(fits)\n  " + String(repeating: " ", count: 160) + "^")
    }

    func testHeadlineFormat() {
        let position = SourcePosition(line: 3, column: 7, offset: 20)
        let diagnostic = Diagnostic(severity: .warning, range: SourceRange(at: position), message: "半角逗号", rule: "P1 half-width-punctuation")
        XCTAssertEqual(diagnostic.headline(path: "a.txt"), "a.txt:3:7: warning: 半角逗号 [P1 half-width-punctuation]")
    }
}
