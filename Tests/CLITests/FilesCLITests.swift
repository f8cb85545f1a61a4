import Foundation
import XCTest

/// How every command reads inputs and writes outputs: pipes read like files, outputs are atomic,
/// keep the permissions of the file they replace, never land on an input, and failures are in Chinese.
final class FilesCLITests: XCTestCase {
    private let notes = "地区: 南阳市\n标题: 三步法\n导语: 南阳市人大常委会开展活动。\n供稿: 南阳市人大常委会代表工委\n"

    func testStdinThatIsTheOutputFileIsNotOverwritten() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("n.yaml")
        try notes.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["draft", "-", "-o", file.path], stdinFile: file)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("拒绝覆盖"), result.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), notes)
    }

    func testHardLinkToTheNotesIsNotOverwritten() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("n.yaml"), link = folder.appendingPathComponent("link.yaml")
        try notes.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(Foundation.link(file.path, link.path), 0)
        let result = try CLI.run(["draft", file.path, "-o", link.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(try String(contentsOf: link, encoding: .utf8), notes)
    }

    func testReplacedOutputKeepsItsPermissions() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("n.yaml"), output = folder.appendingPathComponent("out.txt")
        try notes.write(to: input, atomically: true, encoding: .utf8)
        try "旧内容\n".write(to: output, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(output.path, 0o640), 0)
        let result = try CLI.run(["draft", input.path, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        var status = stat()
        XCTAssertEqual(stat(output.path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o640)
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).contains("南阳市"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testAPipeNamedByPathReadsLikeAFile() throws {
        // `/dev/stdin` is a pipe here, as `<(…)` gives `/dev/fd/N`: FileManager could not read it.
        let result = try CLI.run(["draft", "/dev/stdin"], stdin: notes)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("南阳市：三步法"), result.stdout)
    }

    func testWriteFailuresAreSaidInChinese() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("n.yaml")
        try notes.write(to: input, atomically: true, encoding: .utf8)
        let missingFolder = try CLI.run(["draft", input.path, "-o", folder.appendingPathComponent("无此目录/out.txt").path])
        XCTAssertEqual(missingFolder.status, 2)
        XCTAssertTrue(missingFolder.stderr.contains("文件夹不存在"), missingFolder.stderr)
        let directory = try CLI.run(["draft", input.path, "-o", folder.path])
        XCTAssertEqual(directory.status, 2)
        XCTAssertTrue(directory.stderr.contains("这是一个目录"), directory.stderr)
        XCTAssertFalse(missingFolder.stderr.contains("The ") || directory.stderr.contains("Is a"), directory.stderr)
        let empty = try CLI.run(["draft", input.path, "-o", ""])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("输出文件名是空的"), empty.stderr)
    }

    func testTextThatIsNotUTF8IsLocatedAtItsFirstBadByte() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("gbk.txt")
        // "南阳市：标题\n\n南阳" in UTF-8, then 市 in GBK (0xCA 0xD0).
        try Data(Array("南阳市：标题\n\n南阳".utf8) + [0xCA, 0xD0, 0x0A]).write(to: file)
        for command in ["check", "parse", "draft"] {
            let result = try CLI.run([command, file.path])
            XCTAssertEqual(result.status, 2, command)
            XCTAssertTrue(result.stderr.hasPrefix("\(file.path):3:3: error: 不是 UTF-8 编码的文本（此处字节 0xCA 无效）"), "\(command): \(result.stderr)")
        }
    }
}
