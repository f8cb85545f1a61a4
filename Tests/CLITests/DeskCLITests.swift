import Foundation
import XCTest

/// The editor's desk commands (`new`, `assemble`, `stats`) at their edges: special output files,
/// exit statuses as the help gives them, archives in several formats.
final class DeskCLITests: XCTestCase {
    static let submission = """
    信阳市：搭平台 强履职 推动主题活动在老区落地见效

    信阳市人大常委会深入落实省人大常委会关于主题活动的安排部署，组织引导全市五级人大代表在推动高质量发展中担当作为。

    一、夯实阵地基础，让代表履职有平台。一是推进站点提质增效。二是完善常态化进站机制。

    二、聚焦中心工作，让代表履职有方向。组织代表开展“助力老区振兴”专题调研，形成调研报告3篇。

    下一步，信阳市人大常委会将持续深化代表主题活动。

    （信阳市人大常委会代表工委供稿）

    """

    // MARK: - Output to special files

    /// /dev/stdout, /dev/null and FIFOs are written to; only an existing regular file is refused.
    func testNewAndAssembleWriteToSpecialFilesButNeverReplaceARegularOne() throws {
        let folder = try temporaryFolder()
        let toStdout = try CLI.run(["new", "--issue", "3", "--date", "2026-01-05", "-o", "/dev/stdout"])
        XCTAssertEqual(toStdout.status, 0, toStdout.stderr)
        XCTAssertTrue(toStdout.stdout.contains("\n期号: 3\n"), toStdout.stdout)
        let toNull = try CLI.run(["new", "--issue", "3", "--date", "2026-01-05", "-o", "/dev/null"])
        XCTAssertEqual(toNull.status, 0, toNull.stderr)
        XCTAssertEqual(toNull.stdout, "")

        let submission = folder.appendingPathComponent("信阳.txt")
        try Self.submission.write(to: submission, atomically: true, encoding: .utf8)
        let assembled = try CLI.run(["assemble", submission.path, "--issue", "18", "--date", "2026-06-30", "-o", "/dev/null"])
        XCTAssertEqual(assembled.status, 0, assembled.stderr)
        XCTAssertFalse(assembled.stderr.contains("已存在"), assembled.stderr)

        // A FIFO: its reader gets the notes (opened non-blocking first, so the writer's open succeeds).
        let fifo = folder.appendingPathComponent("notes.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(reader, 0)
        defer { close(reader) }
        let throughFifo = try CLI.run(["assemble", submission.path, "--issue", "18", "--date", "2026-06-30", "-o", fifo])
        XCTAssertEqual(throughFifo.status, 0, throughFifo.stderr)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &buffer, buffer.count)
        XCTAssertGreaterThan(count, 0)
        XCTAssertTrue(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).contains("\n期号: 18\n"))

        // An existing regular file is still protected, for both commands.
        let existing = folder.appendingPathComponent("第18期.yaml")
        try "期号: 18\n".write(to: existing, atomically: true, encoding: .utf8)
        for arguments in [["new", "--issue", "18"], ["assemble", submission.path, "--issue", "18"]] {
            let refused = try CLI.run(arguments + ["-o", existing.path])
            XCTAssertEqual(refused.status, 2, refused.stderr)
            XCTAssertTrue(refused.stderr.contains("拒绝覆盖"), refused.stderr)
            XCTAssertEqual(try String(contentsOf: existing, encoding: .utf8), "期号: 18\n")
        }
    }
}
