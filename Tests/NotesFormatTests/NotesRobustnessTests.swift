import NotesFormat
import XCTest

/// Hostile shapes: a clear located error or a correct result, never a crash.
final class NotesRobustnessTests: XCTestCase {
    func testTenThousandCompactSequenceLevelsAreRejectedClearly() {
        let error = parseError(String(repeating: "- ", count: 10_000) + "x\n")
        XCTAssertEqual(error?.kind, .unsupported)
        XCTAssertTrue(error?.diagnostic.message.contains("\(NotesParser.maximumDepth)") ?? false)
        XCTAssertEqual(error?.diagnostic.range.start.column, NotesParser.maximumDepth * 2 + 1)
    }

    func testDeepIndentedMappingsAreRejectedAtTheLimit() {
        let text = (0..<2_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        let error = parseError(text)
        XCTAssertEqual(error?.diagnostic.range.start.line, NotesParser.maximumDepth + 1)
    }

    func testNestingJustBelowTheLimitIsRead() throws {
        let depth = NotesParser.maximumDepth
        var node = try NotesParser.parse(String(repeating: "- ", count: depth - 1) + "底\n").plainValue
        for _ in 0..<(depth - 1) {
            guard case .sequence(let items) = node, items.count == 1 else { return XCTFail("not a one-item sequence") }
            node = items[0]
        }
        XCTAssertEqual(node, .string("底"))
    }

    func testTenThousandNestedBracketsAreRejected() {
        let error = parseError("a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")
        XCTAssertEqual(error?.diagnostic.range.start.column, 5)
    }

    func testVeryLongLinesAreRead() throws {
        let long = String(repeating: "很长的一行，", count: 200_000)
        XCTAssertEqual(try plain("正文: \(long)\n"), .mapping([("正文", .string(long))]))
        XCTAssertEqual(try plain("正文: \"\(long)\"\n"), .mapping([("正文", .string(long))]))
        let items = Array(repeating: "项", count: 100_000)
        XCTAssertEqual(try plain("列表: [" + items.joined(separator: ", ") + "]\n"),
                       .mapping([("列表", .sequence(items.map { .string($0) }))]))
    }

    func testOverlongKeyIsRejected() {
        let error = parseError(String(repeating: "键", count: 5_000) + ": 值\n")
        XCTAssertTrue(error?.diagnostic.message.contains("键太长") ?? false)
    }

    func testLongErrorLineKeepsColumnsRight() {
        let error = parseError("正文: " + String(repeating: "字", count: 100_000) + " #注\n")
        XCTAssertEqual(error?.diagnostic.range.start.column, 100_006)
    }
}
