import XCTest

/// Inputs that are no bulletin text at all, said so plainly (the sixteenth audit).
final class InputKindCLITests: XCTestCase {
    /// An HTML page (what `draft --format html` writes) is refused with a reason and exit 2, not
    /// checked as "not a bulletin".
    func testAnHTMLPageIsNoInput() throws {
        let directory = try temporaryFolder()
        let file = directory.appendingPathComponent("17.html")
        try Data("<!DOCTYPE html>\n<html lang=\"zh-CN\"><body><p>代表工作</p></body></html>\n".utf8).write(to: file)
        for command in ["check", "parse"] {
            let result = try CLI.run([command, file.path])
            XCTAssertEqual(result.status, 2, command)
            XCTAssertTrue(result.stderr.contains("是 HTML 网页"), result.stderr)
            XCTAssertFalse(result.stdout.contains("S1"), command)
        }
    }

    /// `stats` of a folder that does not exist says so (it said "not a folder").
    func testStatsOfAMissingFolderSaysItDoesNotExist() throws {
        let result = try CLI.run(["stats", "/nonexistent/过刊"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("不存在"), result.stderr)
    }
}
