import XCTest

final class BasicsCLITests: XCTestCase {
    func testHelpListsCommandsInChinese() throws {
        let result = try CLI.run(["help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("draft"))
        XCTAssertTrue(result.stdout.contains("起草"))
    }

    func testUnknownCommandIsUsageError() throws {
        let result = try CLI.run(["frobnicate"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("未知命令"))
    }
}
