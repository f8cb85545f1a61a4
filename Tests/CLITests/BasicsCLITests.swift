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
        let help = try CLI.run(["help", "frobnicate"])
        XCTAssertEqual(help.status, 2)
        XCTAssertTrue(help.stderr.hasPrefix("jianbao help：未知命令“frobnicate”"), help.stderr)
        XCTAssertEqual(help.stdout, "")
    }

    func testVersionTakesNoArguments() throws {
        let version = try CLI.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("jianbao "))
        XCTAssertEqual(try CLI.run(["--version", "extra"]).status, 2)
    }
}
