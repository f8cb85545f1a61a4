import Foundation
import XCTest

/// The runner the CLI tests share: it must return whatever the child writes, on any stream.
final class CLIRunnerTests: XCTestCase {
    /// 3,000 unreadable files give about 300 KB on stderr and nothing on stdout: a runner that
    /// reads stdout to the end before stderr waits forever while the child waits for it to read
    /// stderr. Run on another thread with a time limit, so a deadlock fails instead of hanging.
    func testMuchOnStderrDoesNotBlockTheRunner() throws {
        let paths = (0..<3000).map { "没有这个文件-\($0).txt" }
        let box = ResultBox()
        let finished = expectation(description: "the runner returns")
        DispatchQueue.global().async {
            box.set(Result { try CLI.run(["check"] + paths) })
            finished.fulfill()
        }
        wait(for: [finished], timeout: 120)
        let result = try XCTUnwrap(box.get()).get()
        XCTAssertEqual(result.status, 2, "unreadable files")
        XCTAssertGreaterThan(result.stderr.utf8.count, 65_536, "more than a pipe buffer")
        XCTAssertEqual(result.stderr.split(separator: "\n").filter { $0.contains("没有这个文件-") }.count, 3000)
        XCTAssertTrue(result.stderr.contains("没有这个文件-2999.txt"), "the last one too")
    }

    /// Much on stdin and much on stdout at once: the fixed text comes back whole.
    func testMuchInAndOutAtOnce() throws {
        let text = String(repeating: "代表履职,推动工作。\n\n", count: 20_000)
        let result = try CLI.run(["check", "--article", "--fix", "-"], stdin: text)
        XCTAssertEqual(result.stdout, text.replacingOccurrences(of: ",", with: "，"))
    }

    /// A child that exits without reading its input (a usage error) closes the pipe under the
    /// runner's write: EPIPE, not a SIGPIPE that ends the whole test run (as it once did, now and then).
    func testAChildThatReadsNoInputDoesNotKillTheRunner() throws {
        let input = String(repeating: "代表履职，推动工作。\n", count: 50_000)
        for _ in 0..<3 {
            XCTAssertEqual(try CLI.run(["check", "--review", "-"], stdin: input).status, 2)
        }
        // Not by ignoring SIGPIPE in the runner's process: its children would inherit that.
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let ignored = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }?.split(separator: "\t").last)
        XCTAssertEqual((UInt64(ignored, radix: 16) ?? 0) & (1 << (UInt64(SIGPIPE) - 1)), 0, "SIGPIPE is ignored by the runner")
    }
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<CLIResult, Error>?

    func set(_ value: Result<CLIResult, Error>) { lock.withLock { result = value } }
    func get() -> Result<CLIResult, Error>? { lock.withLock { result } }
}
