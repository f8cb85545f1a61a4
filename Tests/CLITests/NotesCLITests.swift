import Foundation
import XCTest

final class NotesCLITests: XCTestCase {
    func testPrintsTreeAsJSONInFileOrder() throws {
        let result = try CLI.run(["notes", "-"], stdin: "期号: 16\n刊名: 代表工作\n编发单位: [甲, \"乙\"]\n结语:\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        {
          "期号": "16",
          "刊名": "代表工作",
          "编发单位": [
            "甲",
            "乙"
          ],
          "结语": null
        }

        """)
        XCTAssertEqual(result.stderr, "")
    }

    func testMalformedNotesGiveLocatedErrorAndStatus1() throws {
        let result = try CLI.run(["notes", "-"], stdin: "刊名: 代表工作\n期号：16\n")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[0].hasPrefix("<stdin>:2:3: error: "), result.stderr)
        XCTAssertTrue(lines[0].contains("全角冒号"), result.stderr)
        XCTAssertEqual(lines[1], "  期号：16")
        XCTAssertEqual(lines[2], "      ^")   // two cells per Chinese character before the caret
    }

    func testFilePathAppearsInTheError() throws {
        let directory = try temporaryFolder()
        let file = directory.appendingPathComponent("笔记.yaml")
        try Data("日期: 2026-06-04\n".utf8).write(to: file)
        let result = try CLI.run(["notes", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("\(file.path):1:5: error: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("\"2026-06-04\""), result.stderr)
    }

    func testNonUTF8IsALocatedError() throws {
        let directory = try temporaryFolder()
        let file = directory.appendingPathComponent("gbk.yaml")
        try Data([0x61, 0x3A, 0x20, 0xD6, 0xD0, 0x0A]).write(to: file)   // "a: 中" in GBK
        let result = try CLI.run(["notes", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains(":1:4: error: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("UTF-8"), result.stderr)
    }

    func testUnreadableInputAndUsageAreStatus2() throws {
        let missing = try CLI.run(["notes", "/nonexistent/笔记.yaml"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("找不到文件"), missing.stderr)
        let noArgument = try CLI.run(["notes"])
        XCTAssertEqual(noArgument.status, 2)
        XCTAssertTrue(noArgument.stderr.contains("缺少"), noArgument.stderr)
    }

    func testEmptyInputIsNull() throws {
        let result = try CLI.run(["notes", "-"], stdin: "# 只有注释\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "null\n")
    }
}
