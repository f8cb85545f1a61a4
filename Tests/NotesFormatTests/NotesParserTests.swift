import NotesFormat
import SourceText
import XCTest

/// Shorthand: parse and drop ranges.
func plain(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> NotesValue {
    try NotesParser.parse(text).plainValue
}

/// The error a text produces, or a test failure if it parses.
func parseError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> NotesError? {
    do {
        let node = try NotesParser.parse(text)
        XCTFail("expected an error, got \(node.plainValue)", file: file, line: line)
        return nil
    } catch {
        return error
    }
}

final class NotesParserTests: XCTestCase {
    func testBulletinShapedNotes() throws {
        let text = """
        # 第 16 期
        刊名: 代表工作
        期号: 16
        编发单位: [河南省人大常委会, 代表工作委员会]
        专辑:
          名称: "“聚焦两高四着力”主题活动专辑"
          序号: 6
        文章:
          - 地区: 南阳市
            标题: '“学解绘”三步法 凝聚代表合力'
            要点:
              - 小标题: 深钻细研“学蓝图”。
                正文: |
                  一是注重系统化学习。
                  二是……
            结语:
        分送: 默认
        """
        let value = try plain(text)
        let expected: NotesValue = .mapping([
            ("刊名", .string("代表工作")),
            ("期号", .string("16")),
            ("编发单位", .sequence([.string("河南省人大常委会"), .string("代表工作委员会")])),
            ("专辑", .mapping([("名称", .string("“聚焦两高四着力”主题活动专辑")), ("序号", .string("6"))])),
            ("文章", .sequence([.mapping([
                ("地区", .string("南阳市")),
                ("标题", .string("“学解绘”三步法 凝聚代表合力")),
                ("要点", .sequence([.mapping([
                    ("小标题", .string("深钻细研“学蓝图”。")),
                    ("正文", .string("一是注重系统化学习。\n二是……\n")),
                ])])),
                ("结语", .null),
            ])])),
            ("分送", .string("默认")),
        ])
        XCTAssertEqual(value, expected)
    }

    func testRangesCountChineseCharactersAsOneColumn() throws {
        let node = try NotesParser.parse("地区: 南阳市\n标题: 学\n")
        guard case .mapping(let entries) = node.value else { return XCTFail("not a mapping") }
        XCTAssertEqual(entries[0].keyRange.start, SourcePosition(line: 1, column: 1, offset: 0))
        XCTAssertEqual(entries[0].value.range.start, SourcePosition(line: 1, column: 5, offset: 8))
        XCTAssertEqual(entries[0].value.range.end, SourcePosition(line: 1, column: 8, offset: 17))
        XCTAssertEqual(entries[1].keyRange.start.line, 2)
        XCTAssertEqual(node.range.start.line, 1)
        XCTAssertEqual(node.range.end.line, 2)
    }

    func testEmptyDocumentIsNull() throws {
        XCTAssertEqual(try plain(""), .null)
        XCTAssertEqual(try plain("# 只有注释\n\n---\n"), .null)
        XCTAssertEqual(try plain("\u{FEFF}"), .null)
    }

    func testDuplicateKeyPointsAtSecondOccurrence() {
        let error = parseError("标题: 一\n正文: 二\n标题: 三\n")
        XCTAssertEqual(error?.diagnostic.range.start.line, 3)
        XCTAssertEqual(error?.diagnostic.range.start.column, 1)
        XCTAssertTrue(error?.diagnostic.message.contains("第 1 行") ?? false)
    }

    func testFullWidthColonIsNamed() {
        let error = parseError("刊名: 代表工作\n期号：16\n")
        XCTAssertEqual(error?.diagnostic.range.start.line, 2)
        XCTAssertEqual(error?.diagnostic.range.start.column, 3)
        XCTAssertTrue(error?.diagnostic.message.contains("全角冒号") ?? false)
    }

    func testFullWidthColonIsNamedWhereItSeparatesAKey() {
        let inItem = parseError("文章:\n  - 地区：南阳市\n    标题: 三步法\n")
        XCTAssertEqual(inItem?.diagnostic.range.start, SourcePosition(line: 2, column: 7, offset: 18))
        XCTAssertEqual(inItem?.diagnostic.sourceLine, "  - 地区：南阳市")
        XCTAssertTrue(inItem?.diagnostic.message.contains("全角冒号") ?? false)
        let afterQuotedKey = parseError("- \"期号\" ：16\n")
        XCTAssertEqual(afterQuotedKey?.diagnostic.range.start.column, 8)
        XCTAssertTrue(afterQuotedKey?.diagnostic.message.contains("全角冒号") ?? false)
        let inFlow = parseError("a: [\"张三\"、 李四]\n")
        XCTAssertEqual(inFlow?.diagnostic.range.start.column, 9)
        XCTAssertTrue(inFlow?.diagnostic.message.contains("中文标点“、”") ?? false)
    }

    func testFullWidthColonInTextIsNotCalledASeparator() {
        // The next line is not aligned with the text: a continuation, not a sibling key.
        let continued = parseError("正文: 第一段：内容\n  续写\n")
        XCTAssertEqual(continued?.kind, .unsupported)
        XCTAssertEqual(continued?.diagnostic.range.start.line, 2)
        // After `key: ` a quoted scalar is a value: what follows it is just extra content.
        let afterValue = parseError("标题: \"引文\"：说明\n")
        XCTAssertTrue(afterValue?.diagnostic.message.contains("引号闭合后") ?? false)
    }

    func testQuotingSuggestionInAFlowListStopsAtTheItem() {
        let cases = [
            ("a: [&x y]\n", "\"&x y\""), ("a: [*x]\n", "\"*x\""), ("a: [b, !标签 c, d]\n", "\"!标签 c\""),
            ("a: [@henanrd, b] # 注释\n", "\"@henanrd\""), ("a: &x y, z\n", "\"&x y, z\""),
        ]
        for (text, suggestion) in cases {
            let message = parseError(text)?.diagnostic.message ?? ""
            XCTAssertTrue(message.hasSuffix("：" + suggestion), "\(text): \(message)")
        }
    }

    func testHashGluedToTextInAFlowListIsAnUnintendedComment() {
        let error = parseError("a: [第 #3 号, b]\n")
        XCTAssertEqual(error?.diagnostic.range.start.column, 7)
        XCTAssertTrue(error?.diagnostic.message.contains("“#3 号, b]”会被丢弃") ?? false)
        XCTAssertTrue(error?.diagnostic.message.contains("\"第 #3 号\"") ?? false)
        let first = parseError("a: [ #3]\n")
        XCTAssertTrue(first?.diagnostic.message.contains("\"#3\"") ?? false)
        // A real comment (`# ` with a space) inside the list still means the list is not closed.
        XCTAssertTrue(parseError("a: [b, # 注释\n")?.diagnostic.message.contains("同一行内闭合") ?? false)
    }

    /// One space too many before a key read as a continuation of the line above: the message
    /// names the indentation, at that line (issue 13, item 11).
    func testAKeyIndentedOneSpaceTooFarIsCalledThat() {
        let error = parseError("标题: 三步法\n 导语: 南阳市人大常委会开展活动。\n")
        XCTAssertEqual(error?.diagnostic.range.start.line, 2)
        XCTAssertEqual(error?.diagnostic.range.start.column, 2)
        XCTAssertTrue(error?.diagnostic.message.contains("多缩进了 1 格") ?? false, error?.diagnostic.message ?? "")
        // A genuine multi-line plain value still gets the | and > advice.
        XCTAssertTrue(parseError("导语: 南阳市人大常委会\n  开展活动。\n")?.diagnostic.message.contains("不支持跨行") ?? false)
    }

    /// `-小标题:` without the space is a key in YAML; the mistake is named on its own line,
    /// not on the deeper line after it (issue 13, item 11).
    func testADashWithoutItsSpaceIsNamedOnItsLine() {
        let first = parseError("要点:\n  -小标题: 固定接待日。\n    正文: 一是每月15日为代表接待日。\n")
        XCTAssertEqual(first?.diagnostic.range.start.line, 2)
        XCTAssertEqual(first?.diagnostic.range.start.column, 3)
        XCTAssertTrue(first?.diagnostic.message.contains("“-”后面缺少空格") ?? false, first?.diagnostic.message ?? "")
        let second = parseError("要点:\n  - 小标题: 甲。\n  -小标题: 乙。\n")
        XCTAssertEqual(second?.diagnostic.range.start.line, 3)
        XCTAssertTrue(second?.diagnostic.message.contains("“-”后面缺少空格") ?? false, second?.diagnostic.message ?? "")
        // `-foo: bar` alone is a valid YAML key (yaml-test-suite 2EBW) and stays one.
        XCTAssertNotNil(try? NotesParser.parse("-foo: safe dash\n"))
    }

    func testTypeLintShowsQuotedForm() {
        let error = parseError("日期: 2026-06-04\n")
        XCTAssertEqual(error?.kind, .ambiguousType)
        XCTAssertTrue(error?.diagnostic.message.contains("\"2026-06-04\"") ?? false)
        XCTAssertEqual(error?.diagnostic.range.start.column, 5)
    }
}
