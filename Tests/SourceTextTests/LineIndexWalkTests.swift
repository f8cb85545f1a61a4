import XCTest
import SourceText

/// The forward walk and the guessed-line search give the positions a plain lookup gives.
final class LineIndexWalkTests: XCTestCase {
    func testWalkAndGuessAgreeWithLookup() {
        let text = "\u{FEFF}代表工作\r\n第 1 期\n\n郑州市：标题 ab\n正文。"
        let index = LineIndex(text)
        var cursor = index.position(ofByteOffset: 0)
        var guess = -1
        for offset in 0...index.bytes.count {
            let expected = index.position(ofByteOffset: offset)
            let walked = index.position(ofByteOffset: offset, after: cursor)
            XCTAssertEqual(walked, expected, "offset \(offset)")
            cursor = walked
            XCTAssertEqual(index.lineIndex(ofByteOffset: offset, near: &guess) + 1, expected.line, "offset \(offset)")
        }
        // Behind the cursor, and from a stale guess: looked up.
        XCTAssertEqual(index.position(ofByteOffset: 5, after: cursor), index.position(ofByteOffset: 5))
        var stale = 4
        XCTAssertEqual(index.lineIndex(ofByteOffset: 4, near: &stale), 0)
    }
}
