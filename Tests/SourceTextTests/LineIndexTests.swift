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

    /// Long lines are located through checkpoints: every column must equal a plain count from the line start.
    func testColumnsOnALongLineMatchACountFromTheLineStart() {
        let piece = "南阳市,ab“代表”é\u{1F600}x"
        let text = "短行\n" + String(repeating: piece, count: 2_000) + "\n尾"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes: bytes)
        let lineStart = index.lineStarts[1]
        var offset = lineStart
        var column = 1
        while offset < index.endOfLine(2) {
            if bytes[offset] & 0xC0 != 0x80 {
                XCTAssertEqual(index.position(ofByteOffset: offset), SourcePosition(line: 2, column: column, offset: offset))
                column += 1
            }
            offset += 1
        }
        XCTAssertEqual(index.position(ofByteOffset: bytes.count).line, 3)
    }

    /// Far into a long line the excerpt is a window around the column, marked as cut on both sides.
    func testExcerptOfALongLineIsAWindowAroundTheColumn() {
        let text = String(repeating: "甲", count: 50_000) + "错" + String(repeating: "乙", count: 50_000)
        let index = LineIndex(text)
        let offset = 50_000 * 3
        var diagnostic = Diagnostic(range: index.range(ofByteOffsets: offset, offset + 3), message: "m")
        diagnostic.attachExcerpt(from: index)
        XCTAssertLessThan(diagnostic.sourceLine?.count ?? .max, 1_000)
        let lines = diagnostic.rendered(path: "p").split(separator: "\n")
        XCTAssertEqual(lines[0], "p:1:50001: error: m")
        XCTAssertTrue(lines[1].hasPrefix("  …") && lines[1].hasSuffix("…"), String(lines[1]))
        // The caret stands under 错: the padding is as wide as what precedes it in the excerpt.
        let shown = lines[1].dropFirst(2), caretLine = lines[2].dropFirst(2)
        let before = shown.prefix { $0 != "错" }
        XCTAssertEqual(caretLine.count - 1, before.unicodeScalars.reduce(0) { $0 + CaretExcerpt.displayWidth($1) })
    }
}

final class LineEndsTests: XCTestCase {
    /// An editor's lines end at LF, CRLF and a lone CR, not at a form feed or a vertical tab.
    func testEditorLinesKeepFormFeedsOnTheirLine() throws {
        XCTAssertNil(LineEnds.editorLineIndex(Array("a\nb\r\nc\rd".utf8)))
        let index = try XCTUnwrap(LineEnds.editorLineIndex(Array("页一\u{0C}页二\r末\n\u{0B}行".utf8)))
        XCTAssertEqual(index.lineCount, 3)
        XCTAssertEqual(index.lineText(1), "页一\u{0C}页二")
        // 二 is at column 5: the form feed counts as one.
        XCTAssertEqual(index.position(ofByteOffset: Array("页一\u{0C}页".utf8).count), SourcePosition(line: 1, column: 5, offset: 10))
        XCTAssertEqual(index.position(ofByteOffset: Array("页一\u{0C}页二\r末\n\u{0B}".utf8).count).line, 3)
    }

    func testBreaksBecomeLineFeedsByteForByte() {
        func converted(_ text: String) -> String? {
            LineEnds.breaksAsLineFeeds(Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        XCTAssertNil(converted("代表工作\n第 1 期\r\n正文。"))
        XCTAssertNil(converted(""))
        XCTAssertEqual(converted("a\rb"), "a\nb")
        XCTAssertEqual(converted("a\r"), "a\n")
        XCTAssertEqual(converted("\r\r\n"), "\n\r\n")
        XCTAssertEqual(converted("页一\u{0C}页二\u{0B}行\r\n末\r"), "页一\n页二\n行\r\n末\n")
        // Every break is found, however far apart.
        let long = String(repeating: "测试\r", count: 10_000)
        XCTAssertEqual(converted(long), String(repeating: "测试\n", count: 10_000))
    }
}
