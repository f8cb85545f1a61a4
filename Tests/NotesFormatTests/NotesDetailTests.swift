import NotesFormat
import SourceText
import XCTest

/// Styles, ranges and line-ending details later stages rely on.
final class NotesDetailTests: XCTestCase {
    func entries(_ text: String) throws -> [NotesEntry] {
        guard case .mapping(let entries) = try NotesParser.parse(text).value else {
            XCTFail("not a mapping")
            return []
        }
        return entries
    }

    func testScalarStylesAreRecorded() throws {
        let found = try entries("a: x\nb: 'x'\nc: \"x\"\nd: |\n  x\ne: >\n  x\nf: [x]\n")
        let styles: [ScalarStyle?] = found.map { entry in
            switch entry.value.value {
            case .string(_, let style): return style
            case .sequence(let items):
                if case .string(_, let style) = items.first?.value { return style }
                return nil
            default: return nil
            }
        }
        XCTAssertEqual(styles, [.plain, .singleQuoted, .doubleQuoted, .literal, .folded, .plain])
    }

    func testByteOrderMarkDoesNotShiftColumns() throws {
        let found = try entries("\u{FEFF}刊名: 代表工作\n")
        XCTAssertEqual(found.first?.keyRange.start, SourcePosition(line: 1, column: 1, offset: 3))
        XCTAssertEqual(found.first?.value.range.start.column, 5)
    }

    func testCRLFIsReadLikeLF() throws {
        let crlf = try NotesParser.parse("a: 一\r\nb: |\r\n  二\r\n  三\r\n").plainValue
        let lf = try NotesParser.parse("a: 一\nb: |\n  二\n  三\n").plainValue
        XCTAssertEqual(crlf, lf)
        XCTAssertEqual(crlf, .mapping([("a", .string("一")), ("b", .string("二\n三\n"))]))
    }

    func testEmptyValueRangeSitsAfterTheColonAndBlockRangeCoversItsLines() throws {
        let found = try entries("结语:\n正文: |\n  一是\n  二是\n")
        XCTAssertEqual(found[0].value.value, .null)
        XCTAssertEqual(found[0].value.range.start, SourcePosition(line: 1, column: 4, offset: 7))
        XCTAssertEqual(found[1].value.range.start, SourcePosition(line: 2, column: 5, offset: 16))
        XCTAssertEqual(found[1].value.range.end.line, 4)
        XCTAssertEqual(found[1].value.range.end.column, 5)
    }

    func testQuotedKeyRangeIncludesQuotes() throws {
        let found = try entries("\"期号\": 16\n")
        XCTAssertEqual(found[0].key, "期号")
        XCTAssertEqual(found[0].keyRange.start.column, 1)
        XCTAssertEqual(found[0].keyRange.end.column, 5)
    }

    func testNotesValueHashingAgreesWithEquality() {
        let a = NotesValue.mapping([("甲", .sequence([.string("1"), .null]))])
        let b = NotesValue.mapping([("甲", .sequence([.string("1"), .null]))])
        let c = NotesValue.mapping([("乙", .sequence([.string("1"), .null]))])
        XCTAssertEqual(Set([a, b, c]).count, 2)
        XCTAssertNotEqual(a, c)
    }

    func testFoldedScalarFollowsYAMLFolding() throws {
        let found = try entries("f: >\n  一\n  二\n\n  三\n    缩进\n  四\n")
        XCTAssertEqual(found[0].value.value, .string("一 二\n三\n  缩进\n四\n", .folded))
    }

    func testTypeLintAllowsCanonicalIntegersOnlyAsValues() {
        XCTAssertFalse(NotesTypeLint.needsQuoting("16", asKey: false))
        XCTAssertTrue(NotesTypeLint.needsQuoting("16", asKey: true))
        XCTAssertTrue(NotesTypeLint.needsQuoting("016", asKey: false))
        XCTAssertTrue(NotesTypeLint.needsQuoting("2026-6-4 10:30:00", asKey: false))
        XCTAssertFalse(NotesTypeLint.needsQuoting("2026年6月4日", asKey: false))
        XCTAssertFalse(NotesTypeLint.needsQuoting("2026-06-04 会议", asKey: false))
        XCTAssertFalse(NotesTypeLint.needsQuoting("yesterday", asKey: false))
        XCTAssertTrue(NotesTypeLint.needsQuoting("-.inf", asKey: false))
    }
}
