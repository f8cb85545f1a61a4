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

    func testTypeLintHasNoLengthLimitAndShortensTheMessage() throws {
        let digits = String(repeating: "1", count: 1_000_000)
        let error = parseError("比例: 3.\(digits)\n")
        XCTAssertEqual(error?.kind, .ambiguousType)
        XCTAssertLessThan(error?.diagnostic.message.count ?? .max, 300)
        // Text after a leading number is ordinary text, however long.
        let text = "2026" + String(repeating: "年工作要点", count: 200_000)
        XCTAssertEqual(try plain("标题: \(text)\n"), .mapping([("标题", .string(text))]))
    }

    func testOverlongKeyIsRejected() {
        let error = parseError(String(repeating: "键", count: 5_000) + ": 值\n")
        XCTAssertTrue(error?.diagnostic.message.contains("键太长") ?? false)
    }

    /// PyYAML and libyaml drop a key whose source spans more than 1024 characters up to its `:`
    /// (checked with both): the source counts, not the decoded text.
    func testKeySpanLimitIsMeasuredOnTheSourceAtPyYAMLsBoundary() throws {
        func keys(span: Int) -> [String] {
            [
                String(repeating: "键", count: span),
                String(repeating: "键", count: span - 3) + "   ",
                "\"" + String(repeating: "\\u4e2d", count: (span - 2) / 6) + String(repeating: "中", count: (span - 2) % 6) + "\"",
                "'" + String(repeating: "a''", count: (span - 2) / 3) + String(repeating: "a", count: (span - 2) % 3) + "'",
                "\"" + String(repeating: "中", count: span - 4) + "\"  ",
            ]
        }
        for key in keys(span: 1024) {
            XCTAssertEqual(key.unicodeScalars.count, 1024)
            XCTAssertNoThrow(try NotesParser.parse("外:\n  - \(key): 值\n"), String(key.prefix(8)))
        }
        for key in keys(span: 1025) {
            XCTAssertEqual(key.unicodeScalars.count, 1025)
            let error = parseError("外:\n  - \(key): 值\n")
            XCTAssertTrue(error?.diagnostic.message.contains("键太长") ?? false, String(key.prefix(8)))
            XCTAssertEqual(error?.diagnostic.range.start.column, 5)
        }
    }

    func testLongErrorLineKeepsColumnsRight() {
        let error = parseError("正文: " + String(repeating: "字", count: 100_000) + " #注\n")
        XCTAssertEqual(error?.diagnostic.range.start.column, 100_006)
    }
}

/// Mutated fixtures: every input either parses or fails with a sane location — never traps.
final class NotesMutationTests: XCTestCase {
    func testMutatedFixturesNeverCrash() throws {
        let directory = NotesFixtureTests.fixtures.appendingPathComponent("valid")
        let seeds = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
            .map { Array(try Data(contentsOf: $0)) }
        XCTAssertFalse(seeds.isEmpty)
        let insertions: [[UInt8]] = [[0x20], [0x0A], [0x09], [0x23], [0x3A], [0x2D, 0x20], [0x22], [0x27], [0x5B], [0x5D],
                                     [0x7C], [0x3E], [0x5C], [0x0D], [0xE3, 0x80, 0x80], [0xEF, 0xBC, 0x9A], [0xE4]]
        var generator = SeededGenerator(state: 99)
        var parsed = 0, rejected = 0
        for round in 0..<6000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...4, using: &generator) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(contentsOf: insertions.randomElement(using: &generator) ?? [], at: at)
                default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...12, using: &generator)))
                }
            }
            do {
                _ = try NotesParser.parse(bytes: bytes)
                parsed += 1
            } catch {
                let start = error.diagnostic.range.start
                XCTAssertGreaterThanOrEqual(start.line, 1)
                XCTAssertGreaterThanOrEqual(start.column, 1)
                XCTAssertLessThanOrEqual(start.offset, bytes.count)
                XCTAssertFalse(error.diagnostic.message.isEmpty)
                rejected += 1
            }
        }
        XCTAssertGreaterThan(parsed, 100)
        XCTAssertGreaterThan(rejected, 100)
    }
}
