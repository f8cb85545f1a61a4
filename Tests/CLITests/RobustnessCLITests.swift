import Foundation
import XCTest

/// The defects an attack run found (issue 13): crashes, special files replaced, data lost,
/// files as root. Each test failed before its fix.
final class RobustnessCLITests: XCTestCase {
    private let article = "南阳市：三步法推进代表联络站建设\n南阳市人大常委会开展活动，效果良好。\n（南阳市人大常委会代表工委供稿）\n"

    func testDigitsLongerThanAnyIntegerInTheMastheadAreNoCrash() throws {
        for options in [[], ["--fix"], ["--format", "json"], ["--format", "sarif"], ["--format", "github"]] {
            let result = try CLI.run(["check"] + options + ["-"], stdin: "第1期\n9999999999999999999年\n")
            XCTAssertEqual(result.status, 1, "\(options): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
        }
        let result = try CLI.run(["check", "-"], stdin: "第1期\n9999999999999999999年1月1日\n")
        XCTAssertTrue(result.stdout.contains("在日历上不存在"), result.stdout)
    }

    func testAFullDiskOnStdoutIsAMessageAndStatus2() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let (status, stderr) = try shell("\"$0\" draft examples/issue-16.yaml > /dev/full")
        XCTAssertEqual(status, 2, stderr)
        XCTAssertTrue(stderr.contains("无法写入标准输出：磁盘空间不足"), stderr)
        // A diagnostic that cannot reach stderr still makes the status say so.
        XCTAssertEqual(try shell("printf 'x\\n' | \"$0\" check - 2> /dev/full > /dev/null").status, 2)
    }

    func testAClosedPipeWithSIGPIPEIgnoredIsAMessageAndStatus2() throws {
        // Under many supervisors SIGPIPE is ignored, so a write to a closed pipe fails with EPIPE.
        let folder = try temporaryFolder()
        let big = folder.appendingPathComponent("big.txt")
        try String(repeating: "南阳市人大常委会开展活动,效果好.\n", count: 6_000).write(to: big, atomically: true, encoding: .utf8)
        let (status, stderr) = try shell("trap '' PIPE; \"$0\" check --article --fix - < \"$1\" | head -c 10 > /dev/null; exit ${PIPESTATUS[0]}", big.path)
        XCTAssertEqual(status, 2, stderr)
        XCTAssertTrue(stderr.contains("管道已关闭"), stderr)
        XCTAssertFalse(stderr.contains("Fatal error"), stderr)
    }

    func testAFIFOIsWrittenToNotReplaced() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("out.fifo")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        // The reader must be there before the writer opens the FIFO.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo.path]
        let received = Pipe()
        reader.standardOutput = received
        try reader.run()
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "-o", fifo.path])
        let text = String(decoding: received.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(text.contains("代表工作"), text)
        var status = stat()
        XCTAssertEqual(lstat(fifo.path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the FIFO was replaced by a regular file")
    }

    func testDevNullStaysADevice() throws {
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "-o", "/dev/null"])
        XCTAssertEqual(result.status, 0, result.stderr)
        var status = stat()
        XCTAssertEqual(stat("/dev/null", &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR)
    }

    func testDevStdoutAppendsThroughTheShellsDescriptor() throws {
        let folder = try temporaryFolder()
        let log = folder.appendingPathComponent("log.txt")
        try "早先的内容\n".write(to: log, atomically: true, encoding: .utf8)
        XCTAssertEqual(try shell("\"$0\" footer --copies 60 -o /dev/stdout >> \"$1\"", log.path).status, 0)
        let text = try String(contentsOf: log, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("早先的内容\n"), text)
        XCTAssertTrue(text.contains("共印 60 份") || text.contains("60"), text)
    }

    /// --fix changes a notes file only inside its values (NotesCheckCLITests); notes that do not
    /// parse are refused, never rewritten as bulletin text.
    func testFixNeverRewritesANotesFile() throws {
        let folder = try temporaryFolder()
        let notes = folder.appendingPathComponent("稿.yaml")
        let original = try String(contentsOf: CLI.packageRoot.appendingPathComponent("examples/article.yaml"), encoding: .utf8)
        try original.write(to: notes, atomically: true, encoding: .utf8)
        for option in ["--fix", "--diff"] {
            let result = try CLI.run(["check", option, notes.path])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, "", "clean notes: nothing to fix")
            XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), original)
        }
        // By content, not by name: the same notes as a .txt are still notes.
        let renamed = folder.appendingPathComponent("稿.txt")
        try original.write(to: renamed, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["check", "--fix", renamed.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: renamed, encoding: .utf8), original)
        // Notes that do not parse cannot be fixed inside their values: refused.
        let broken = original.replacingOccurrences(of: "结语: 下一步，", with: "结语: \"下一步，")
        try broken.write(to: renamed, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["check", "--fix", renamed.path])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("是笔记文件"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: renamed, encoding: .utf8), broken)
    }

    func testFixOfStdinPrintsTheTextEvenWhenNothingChanged() throws {
        let clean = try CLI.run(["check", "--article", "--fix", "-"], stdin: article)
        XCTAssertEqual(clean.stdout, article)
        let fixed = try CLI.run(["check", "--article", "--fix", "-"], stdin: article.replacingOccurrences(of: "，", with: ","))
        XCTAssertEqual(fixed.stdout, article)
    }

    func testAReadOnlyFileIsNotReplacedEvenByRoot() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("来稿.txt")
        let typed = article.replacingOccurrences(of: "，", with: ",")
        try typed.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(file.path, 0o444), 0)
        let result = try CLI.run(["check", "--article", "--fix", file.path])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("只读"), result.stderr)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), typed)
        let output = folder.appendingPathComponent("out.txt")
        try "旧\n".write(to: output, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(output.path, 0o444), 0)
        XCTAssertEqual(try CLI.run(["draft", "examples/issue-16.yaml", "-o", output.path]).status, 2)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "旧\n")
    }

    func testFixKeepsHardLinksTogether() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("来稿.txt"), other = folder.appendingPathComponent("另一个名字.txt")
        try article.replacingOccurrences(of: "，", with: ",").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(link(file.path, other.path), 0)
        let result = try CLI.run(["check", "--article", "--fix", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOf: other, encoding: .utf8), article, "the other name kept the old text")
    }

    func testFixKeepsTheOwnerAndGroup() throws {
        guard geteuid() == 0 else { throw XCTSkip("only root can give a file to another user") }
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("来稿.txt")
        try article.replacingOccurrences(of: "，", with: ",").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(chown(file.path, 65534, 65534), 0)
        let result = try CLI.run(["check", "--article", "--fix", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        var status = stat()
        XCTAssertEqual(stat(file.path, &status), 0)
        XCTAssertEqual(status.st_uid, 65534)
        XCTAssertEqual(status.st_gid, 65534)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), article)
    }

    func testAStaleTemporaryFileOfADeadRunIsRemoved() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("第16期.txt")
        // A PID above the kernel's maximum is never a live process.
        let stale = folder.appendingPathComponent(".第16期.txt.jianbao-99999999.tmp")
        let unrelated = folder.appendingPathComponent(".别的.txt.jianbao-99999999.tmp")
        try "半截".write(to: stale, atomically: true, encoding: .utf8)
        try "半截".write(to: unrelated, atomically: true, encoding: .utf8)
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: unrelated.path), "only leftovers of the same name are ours to remove")
    }

    /// SIGTERM while the fixed text is being written: the temporary file goes with the process and
    /// the original stays whole. The write is caught by watching for the temporary file.
    func testATerminatedWriteLeavesNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("来稿.txt")
        // Large, so the write takes a while; one finding, so the check before it does not.
        let original = "南阳市：标题\n效果好," + String(repeating: "南阳市人大常委会开展活动，效果好。", count: 60_000) + "\n（南阳市人大常委会代表工委供稿）\n"
        for _ in 0..<5 {
            try original.write(to: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["check", "--article", "--fix", file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var caught = false
            while process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".来稿.txt.jianbao-") }) {
                    process.terminate()
                    caught = true
                    break
                }
                usleep(500)
            }
            process.waitUntilExit()
            guard caught, process.terminationReason == .uncaughtSignal else { continue }
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
            XCTAssertEqual(left, [], "the temporary file outlived the process")
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), original)
            return
        }
        throw XCTSkip("the write was never caught in progress")
    }

    /// `/dev/zero` given by mistake ends in a message, not in all the memory there is.
    func testAnEndlessInputStopsAtTheInputLimit() throws {
        for command in [["check"], ["parse"], ["notes"]] {
            let result = try CLI.run(command + ["/dev/zero"])
            XCTAssertEqual(result.status, 2, "\(command): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("超过 256 MB"), result.stderr)
        }
    }

    /// A FIFO was read to its end: --fix must not block writing the fixed text back into it.
    func testFixDoesNotWriteBackIntoAFIFO() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("来稿.fifo")
        XCTAssertEqual(mkfifo(fifo.path, 0o644), 0)
        let (status, stderr) = try shell("printf '%s' \"$2\" > \"$1\" & timeout 20 \"$0\" check --article --fix \"$1\"", fifo.path,
                                         article.replacingOccurrences(of: "，", with: ","))
        XCTAssertEqual(status, 2, stderr)
        XCTAssertTrue(stderr.contains("不是普通文件，--fix 不写回"), stderr)
    }

    func testStdinTwiceAndEmptyInputAreSaidSo() throws {
        let twice = try CLI.run(["check", "-", "-"], stdin: article)
        XCTAssertEqual(twice.status, 2)
        XCTAssertTrue(twice.stderr.contains("只能给一次"), twice.stderr)
        // The same for parse, which wrote `标题: ""` with exit 0 before.
        for command in ["check", "parse"] {
            for empty in ["", "\u{FEFF}", " \n\n　\n"] {
                let result = try CLI.run([command, "--article", "-"], stdin: empty)
                XCTAssertEqual(result.status, 2, "\(command): \(result.stderr)")
                XCTAssertTrue(result.stderr.contains("是空的"), result.stderr)
                XCTAssertEqual(result.stdout, "", command)
            }
        }
    }

    /// A FIFO or a link to a device in a folder of past issues is passed over, never waited on.
    func testSpecialFilesInAnArchiveArePassedOver() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("examples/issue-16.yaml"), to: folder.appendingPathComponent("第16期.yaml"))
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("等待.yaml").path, 0o644), 0)
        XCTAssertEqual(symlink("/dev/zero", folder.appendingPathComponent("零.txt").path), 0)
        let (status, stderr) = try shell("timeout 20 \"$0\" stats \"$1\" > /dev/null", folder.path)
        XCTAssertEqual(status, 0, stderr)
        XCTAssertTrue(stderr.contains("等待.yaml：跳过：不是普通文件"), stderr)
        XCTAssertTrue(stderr.contains("零.txt：跳过：不是普通文件"), stderr)
    }

    func testProcVersionIsNotCalledAMissingFolder() throws {
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "-o", "/proc/version"])
        XCTAssertEqual(result.status, 2)
        XCTAssertFalse(result.stderr.contains("文件夹不存在"), result.stderr)
        XCTAssertTrue(result.stderr.contains("无法写入 /proc/version"), result.stderr)
    }

    func testATemplateOrJSONThatIsNotUTF8IsLocatedAtItsFirstBadByte() throws {
        let folder = try temporaryFolder()
        let partials = folder.appendingPathComponent("partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        var broken = Array("第一行 {{a}}\n中".utf8)
        broken.append(0xC3)
        try Data(broken).write(to: partials.appendingPathComponent("p.mustache"))
        let main = folder.appendingPathComponent("main.mustache"), json = folder.appendingPathComponent("d.json")
        try "{{>p}}".write(to: main, atomically: true, encoding: .utf8)
        try "{\"a\": \"x\"}".write(to: json, atomically: true, encoding: .utf8)
        let partial = try CLI.run(["render", main.path, "--data", json.path, "--partials", partials.path])
        XCTAssertTrue(partial.stderr.contains("p.mustache:2:2: error: 模板不是 UTF-8 编码的文本（此处字节 0xC3 无效）"), partial.stderr)
        try Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x20, 0x22, 0xFF, 0x22, 0x7D]).write(to: json)
        let data = try CLI.run(["render", main.path, "--data", json.path, "--partials", partials.path])
        XCTAssertEqual(data.status, 2)
        XCTAssertTrue(data.stderr.contains("d.json:1:8: error: 不是 UTF-8 编码的文本"), data.stderr)
    }

    func testALinkToAFolderInsideTheTemplateFolderIsNotCalledOutside() throws {
        let folder = try temporaryFolder()
        let partials = folder.appendingPathComponent("partials")
        try FileManager.default.createDirectory(at: partials.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "甲".write(to: partials.appendingPathComponent("sub/a.mustache"), atomically: true, encoding: .utf8)
        XCTAssertEqual(symlink(partials.appendingPathComponent("sub").path, partials.appendingPathComponent("x.mustache").path), 0)
        let main = folder.appendingPathComponent("main.mustache"), json = folder.appendingPathComponent("d.json")
        try "{{>x}}".write(to: main, atomically: true, encoding: .utf8)
        try "{}".write(to: json, atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", main.path, "--data", json.path, "--partials", partials.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stderr.contains("之外"), result.stderr)
        XCTAssertTrue(result.stderr.contains("是指向文件夹的符号链接"), result.stderr)
    }

    func testCarriageReturnLineEndsAreLinesAndKeptByTheFix() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("来稿.txt")
        try article.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "\n", with: "\r").write(to: file, atomically: true, encoding: .utf8)
        let check = try CLI.run(["check", "--article", file.path])
        XCTAssertTrue(check.stdout.contains("来稿.txt:2:"), check.stdout)
        XCTAssertEqual(try CLI.run(["check", "--article", "--fix", file.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), article.replacingOccurrences(of: "\n", with: "\r"))
        let parsed = try CLI.run(["parse", "--article", file.path])
        XCTAssertTrue(parsed.stdout.contains("供稿: 南阳市人大常委会代表工委"), parsed.stdout)
    }

    /// Runs a bash script with the binary as `$0` (and `arguments` as `$1`…) in the package root,
    /// for what only a shell sets up: redirections to devices, ignored signals, `>>`.
    private func shell(_ script: String, _ arguments: String...) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLI.binary.path] + arguments
        process.currentDirectoryURL = CLI.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }
}
