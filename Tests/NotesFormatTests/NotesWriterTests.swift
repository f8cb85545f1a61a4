import NotesFormat
import XCTest

/// Deterministic generator (SplitMix64) so a failing round trip can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Pieces that exercise every quoting rule: indicators, comment and key markers, Chinese
/// punctuation, numeric-looking text, line breaks, control and special characters.
let trickyFragments: [String] = [
    "", "a", "南阳市", "代表工作", "正文", ": ", " #", "#", "：", "，", "、", "'", "\"", "[", "]", "{", "}",
    "-", "- ", "?", "? ", "|", ">", "&", "*", "!", "%", "@", "`", ",", "0123", "1.10", "2026-06-04",
    "no", "~", "yes", "null", "16", "0", " ", "  ", "　", "\n", "\n\n", "\t", "\\", "...", "---", "<<", "=",
    "1e3", "0x1F", ".inf", "10:30", "\u{85}", "\u{2028}", "\u{1}", "\r", "\u{FEFF}", "😀", "y", "N",
    "a: b", "key:", "“引号”", "一是", "#3号", "e\u{301}", "\u{7F}", "\u{A0}", "''",
    // A quote followed by a combining mark is one Character, but still a quote to YAML (found by fuzzing).
    "'\u{59E}\\", "\"'\u{301}",
]

func randomText(_ generator: inout SeededGenerator) -> String {
    let pieces = Int.random(in: 0...4, using: &generator)
    return (0..<pieces).map { _ in trickyFragments.randomElement(using: &generator) ?? "" }.joined()
}

func randomValue(depth: Int, _ generator: inout SeededGenerator) -> NotesValue {
    let choice = depth >= 4 ? Int.random(in: 0...1, using: &generator) : Int.random(in: 0...3, using: &generator)
    switch choice {
    case 0: return .string(randomText(&generator))
    case 1: return Bool.random(using: &generator) ? .null : .string(randomText(&generator))
    case 2: return .sequence((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValue(depth: depth + 1, &generator) })
    default: return randomMapping(depth: depth, &generator)
    }
}

func randomMapping(depth: Int, _ generator: inout SeededGenerator) -> NotesValue {
    var entries: [(String, NotesValue)] = []
    for _ in 0..<Int.random(in: 0...4, using: &generator) {
        let key = randomText(&generator)
        guard !entries.contains(where: { Array($0.0.utf8) == Array(key.utf8) }) else { continue }
        entries.append((key, randomValue(depth: depth + 1, &generator)))
    }
    return .mapping(entries)
}

/// What the subset can express: an empty mapping reads back as an empty value.
func expressible(_ value: NotesValue) -> NotesValue {
    switch value {
    case .mapping(let entries) where entries.isEmpty: return .null
    case .mapping(let entries): return .mapping(entries.map { ($0.0, expressible($0.1)) })
    case .sequence(let items): return .sequence(items.map(expressible))
    default: return value
    }
}

final class NotesWriterTests: XCTestCase {
    func testRoundTripOfGeneratedValues() throws {
        var generator = SeededGenerator(state: 20260604)
        var checked = 0
        for _ in 0..<3000 {
            let root: NotesValue = Bool.random(using: &generator)
                ? randomMapping(depth: 0, &generator)
                : .sequence((1...3).map { _ in randomValue(depth: 1, &generator) })
            if case .mapping(let entries) = root, entries.isEmpty { continue }
            let yaml = NotesWriter.yaml(root)
            do {
                let parsed = try NotesParser.parse(yaml).plainValue
                XCTAssertEqual(parsed, expressible(root), "round trip changed the tree:\n\(yaml)")
            } catch {
                XCTFail("written YAML does not parse: \(error.diagnostic.rendered(path: "written.yaml"))\n\(yaml)")
            }
            checked += 1
        }
        XCTAssertGreaterThan(checked, 2500)
    }

    func testEveryTrickyStringRoundTripsAsValueAndKey() throws {
        var texts = trickyFragments
        for first in trickyFragments { for second in ["a", "南", " ", "\n", ": x", "#"] { texts.append(first + second); texts.append(second + first) } }
        for text in texts {
            let value = NotesValue.mapping([(text, .string(text)), ("列表", .sequence([.string(text), .sequence([.string(text)])]))])
            let yaml = NotesWriter.yaml(value)
            XCTAssertEqual(try? NotesParser.parse(yaml).plainValue, value, "not re-read as written:\n\(yaml)")
        }
    }

    func testLayoutOfBulletinNotes() {
        let value = NotesValue.mapping([
            ("期号", .string("16")),
            ("日期", .string("2026-06-04")),
            ("编发单位", .sequence([.string("河南省人大常委会"), .string("代表工作委员会")])),
            ("文章", .sequence([.mapping([
                ("地区", .string("南阳市")),
                ("要点", .sequence([.mapping([("小标题", .string("一、学蓝图：当好宣传员")), ("正文", .string("一是……\n二是……\n"))])])),
                ("结语", .null),
            ])])),
            ("空表", .sequence([])),
        ])
        let expected = """
        # 第 16 期笔记
        期号: 16  # 必填，整数
        日期: "2026-06-04"
        编发单位:
          - 河南省人大常委会
          - 代表工作委员会
        文章:
          - 地区: 南阳市
            要点:
              - 小标题: 一、学蓝图：当好宣传员
                正文: |
                  一是……
                  二是……
            结语:
        空表: []

        """
        XCTAssertEqual(NotesWriter.yaml(value, comments: ["第 16 期笔记"], keyComments: ["期号": "必填，整数"]), expected)
    }

    func testQuotingChoices() {
        XCTAssertEqual(NotesWriter.inlineScalar("no"), "\"no\"")
        XCTAssertEqual(NotesWriter.inlineScalar("16"), "16")
        XCTAssertEqual(NotesWriter.inlineScalar("16", asKey: true), "\"16\"")
        XCTAssertEqual(NotesWriter.inlineScalar("他说\"好\""), "他说\"好\"")
        XCTAssertEqual(NotesWriter.inlineScalar("\"好\"字当头"), "'\"好\"字当头'")
        XCTAssertEqual(NotesWriter.inlineScalar("a: b"), "\"a: b\"")
        XCTAssertEqual(NotesWriter.inlineScalar("第 #3 号"), "\"第 #3 号\"")
        XCTAssertEqual(NotesWriter.inlineScalar("标题：副标题"), "标题：副标题")
        XCTAssertEqual(NotesWriter.inlineScalar(""), "\"\"")
    }

    func testMultiLineChompingIndicators() {
        XCTAssertEqual(NotesWriter.yaml(.mapping([("a", .string("x\ny"))])), "a: |-\n  x\n  y\n")
        XCTAssertEqual(NotesWriter.yaml(.mapping([("a", .string("x\n\n"))])), "a: |+\n  x\n\n")
        XCTAssertEqual(NotesWriter.yaml(.mapping([("a", .string(" x\ny"))])), "a: \" x\\ny\"\n")
    }

    func testJSONKeepsOrderAndChinese() {
        let value = NotesValue.mapping([("乙", .string("第\"1\"\n")), ("甲", .sequence([.null, .sequence([]), .mapping([])]))])
        XCTAssertEqual(NotesWriter.json(value), """
        {
          "乙": "第\\"1\\"\\n",
          "甲": [
            null,
            [],
            {}
          ]
        }
        """)
    }
}
