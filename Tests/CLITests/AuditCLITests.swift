import Foundation
import XCTest

/// The CLI audit of 2026-12, as a user runs it: each test failed before its fix.
final class AuditCLITests: XCTestCase {
    /// The drafted .docx checks as clean as the drafted .txt, and reads back to the same notes:
    /// the tab between 编发单位 and the date and between the issuer and 共印 N 份 (the DOCX
    /// writer's tab stops) set fields apart as spaces do.
    func testDraftedWordIssueChecksAndReadsLikeTheText() throws {
        let folder = try temporaryFolder()
        let notes = CLI.packageRoot.appendingPathComponent("examples/issue-17.yaml").path
        var read: [String] = []
        for format in ["docx", "txt"] {
            let output = folder.appendingPathComponent("i17.\(format)").path
            let draft = try CLI.run(["draft", notes, "--format", format, "-o", output])
            XCTAssertEqual(draft.status, 0, draft.stderr)
            let check = try CLI.run(["check", output])
            XCTAssertEqual(check.status, 0, format + ": " + check.stdout + check.stderr)
            let parse = try CLI.run(["parse", output])
            XCTAssertEqual(parse.status, 0, parse.stderr)
            // Past the two comment lines (source name, repair count).
            read.append(parse.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n"))
        }
        XCTAssertEqual(read[0], read[1])
        XCTAssertFalse(read[0].contains("\t"))
    }
}
