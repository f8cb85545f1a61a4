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

    // MARK: - Exit statuses as the help gives them

    private func archive() throws -> URL {
        let folder = try temporaryFolder()
        for name in ["issue-16.yaml", "issue-17.yaml"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("examples/\(name)"), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A reversed period is a usage error; a period with nothing in it is status 1, as the help says.
    func testStatsRefusesAReversedPeriodAndSaysStatus1ForAnEmptyOne() throws {
        let folder = try archive()
        let reversed = try CLI.run(["stats", folder.path, "--since", "2026-06", "--until", "2026-05"])
        XCTAssertEqual(reversed.status, 2, reversed.stderr)
        XCTAssertEqual(reversed.stdout, "")
        XCTAssertTrue(reversed.stderr.contains("起始日 2026年6月1日 晚于截止日 2026年5月31日"), reversed.stderr)
        let disjoint = try CLI.run(["stats", folder.path, "--year", "2025", "--since", "2026-01"])
        XCTAssertEqual(disjoint.status, 2, "--year and --since with nothing in common: \(disjoint.stderr)")

        let empty = try CLI.run(["stats", folder.path, "--year", "2024"])
        XCTAssertEqual(empty.status, 1, empty.stderr)
        XCTAssertTrue(empty.stdout.hasPrefix("过刊 0 期，文章 0 篇"), "the zero counts are still printed: \(empty.stdout)")
        XCTAssertTrue(empty.stderr.contains("内没有带日期的过刊"), empty.stderr)
        XCTAssertEqual(try CLI.run(["stats", folder.path, "--year", "2026"]).status, 0)

        let help = try CLI.run(["help", "stats"]).stdout
        XCTAssertTrue(help.contains("所选期间内\n没有带日期的过刊"), help)
        XCTAssertTrue(help.contains("起始日晚于截止日"), help)
    }

    /// What the help says of each status is what happens: unreadable input 2, unusable 1.
    func testAssembleHelpMatchesItsExitStatuses() throws {
        let folder = try temporaryFolder()
        let submission = folder.appendingPathComponent("信阳.txt")
        try Self.submission.write(to: submission, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("空.txt")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        let news = folder.appendingPathComponent("新闻.txt")
        try "本报讯 今天上午，全市代表工作会议召开。\n\n会议要求，进一步做好代表工作。\n".write(to: news, atomically: true, encoding: .utf8)
        let latin1 = folder.appendingPathComponent("坏编码.txt")
        try Data([0xFF, 0xFE, 0x00, 0xC3, 0x28, 0xA0, 0xA1]).write(to: latin1)
        let brokenWord = folder.appendingPathComponent("截断.docx")
        try Data("PK\u{3}\u{4}截断的压缩包".utf8).write(to: brokenWord)
        func status(_ path: URL) throws -> CLIResult {
            try CLI.run(["assemble", submission.path, path.path, "--issue", "18", "--date", "2026-06-30"])
        }
        for unusable in [empty, news] {
            let result = try status(unusable)
            XCTAssertEqual(result.status, 1, "\(unusable.lastPathComponent): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "no notes")
        }
        for unreadable in [folder.appendingPathComponent("没有.txt"), latin1, brokenWord] {
            let result = try status(unreadable)
            XCTAssertEqual(result.status, 2, "\(unreadable.lastPathComponent): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "no notes")
        }
        let help = try CLI.run(["help", "assemble"]).stdout
        XCTAssertFalse(help.contains("或无法读取（不写笔记）"), "status 1 is not for unreadable files: \(help)")
        XCTAssertTrue(help.contains("1 有来稿带错误（笔记照常写出），或有来稿读不出简报或文章\n（如空文件"), help)
        XCTAssertTrue(help.contains("2 用法错误，或来稿、过刊目录无法读取\n（如文件不存在"), help)
    }

    // MARK: - new --from reads the archive as assemble does

    /// An archive with no notes file, only a Word copy of issue 17 and the text of issue 11:
    /// `new --from` and `assemble --from` continue from the same issue.
    func testNewAndAssembleContinueTheSameArchiveInEveryFormat() throws {
        let desk = try temporaryFolder()
        let archive = desk.appendingPathComponent("过刊")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        let word = try CLI.run(["draft", "examples/issue-17.yaml", "--format", "docx", "-o", archive.appendingPathComponent("第17期.docx").path])
        XCTAssertEqual(word.status, 0, word.stderr)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("seeds/000_c878d6b2feb97647.txt"),
                                         to: archive.appendingPathComponent("第11期.txt"))
        let submission = desk.appendingPathComponent("信阳.txt")
        try Self.submission.write(to: submission, atomically: true, encoding: .utf8)

        let skeleton = try CLI.run(["new", "--from", archive.path, "--date", "2026-06-30"])
        XCTAssertEqual(skeleton.status, 0, skeleton.stderr)
        let assembled = try CLI.run(["assemble", submission.path, "--from", archive.path, "--date", "2026-06-30"])
        XCTAssertEqual(assembled.status, 0, assembled.stderr)
        for notes in [skeleton.stdout, assembled.stdout] {
            XCTAssertTrue(notes.contains("\n期号: 18\n"), notes)
            XCTAssertTrue(notes.contains("\n  序号: 8 "), notes)
        }

        // A written-out 分送 with its 份数 comes back as written, 份数 a field of its own, for both.
        let notesArchive = desk.appendingPathComponent("笔记")
        try FileManager.default.createDirectory(at: notesArchive, withIntermediateDirectories: true)
        try "期号: 5\n日期: 2026年1月5日\n文章:\n  - 标题: 甲\n分送:\n  送: 甲、乙\n  发: 丁\n  印发: 丙\n份数: 80\n"
            .write(to: notesArchive.appendingPathComponent("第5期.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["new"], ["assemble", submission.path]] {
            let notes = try CLI.run(arguments + ["--from", notesArchive.path, "--date", "2026-02-01"])
            XCTAssertEqual(notes.status, 0, notes.stderr)
            XCTAssertTrue(notes.stdout.contains("\n期号: 6\n"), notes.stdout)
            XCTAssertTrue(notes.stdout.contains("\n分送:\n  送: 甲、乙\n  发: 丁\n  印发: 丙\n份数: 80 "), notes.stdout)
            XCTAssertFalse(notes.stdout.contains("# 份数"), notes.stdout)
        }
    }

    /// A 期号 that cannot be read is named at its file and line, not as “no notes with a 期号”.
    func testNewNamesWhyAnArchivesNumberCannotBeRead() throws {
        let archive = try temporaryFolder()
        let file = archive.appendingPathComponent("第16期.yaml")
        for (number, reason) in [("9007199254740991", "“9007199254740991”会被有的 YAML 解析器读成数字而不是文字；请加引号"),
                                 ("\"99999999999999999999\"", "“期号”的值“99999999999999999999”太大，超出可用的范围")] {
            try "期号: \(number)\n日期: 2026年6月1日\n文章:\n  - 标题: 甲\n".write(to: file, atomically: true, encoding: .utf8)
            for arguments in [["new"], ["assemble", "examples/article.yaml"]] {
                let result = try CLI.run(arguments + ["--from", archive.path, "--date", "2026-06-30"])
                XCTAssertEqual(result.status, 2, result.stderr)
                XCTAssertEqual(result.stdout, "")
                XCTAssertTrue(result.stderr.contains("\(file.path):1:5: error: \(reason)"), result.stderr)
                XCTAssertTrue(result.stderr.contains("\(file.path)：跳过：笔记有误"), result.stderr)
                XCTAssertFalse(result.stderr.contains("jianbao notes"), "notes reads the file no better: \(result.stderr)")
                XCTAssertTrue(result.stderr.contains("请用 --issue 给出期号"), result.stderr)
            }
        }
    }

    // MARK: - stats counts an issue kept in several formats once

    func testStatsCountsAnIssueKeptAsNotesAndWordOnce() throws {
        let archive = try temporaryFolder()
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("examples/issue-16.yaml"), to: archive.appendingPathComponent("第16期.yaml"))
        let word = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "docx", "-o", archive.appendingPathComponent("第16期.docx").path])
        XCTAssertEqual(word.status, 0, word.stderr)
        let single = try CLI.run(["stats", archive.path, "--format", "json"])
        XCTAssertEqual(single.status, 0, single.stderr)
        let articles = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])?["articles"] as? Int)

        // Another 第16期 with other articles is a duplicate, not a copy.
        let other = try String(contentsOf: CLI.packageRoot.appendingPathComponent("examples/issue-17.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "期号: 17", with: "期号: 16")
        XCTAssertTrue(other.contains("期号: 16\n"))
        try other.write(to: archive.appendingPathComponent("第16期（另稿）.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["stats", archive.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("过刊 2 期，文章 \(articles + 2) 篇"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n同一期的多个文件（按一期计，依次取笔记、Word 文档、文本）\n  2026 年第 16 期：计入 第16期.yaml，另有 第16期.docx\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("重复：第 16 期（第16期.yaml、第16期（另稿）.yaml）"), result.stdout)
        let csv = try CLI.run(["stats", archive.path, "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stderr.contains("同一期的多个文件按一期计：2026 年第 16 期：计入 第16期.yaml，另有 第16期.docx"), csv.stderr)
    }

    /// An archive kept as one document of several issues: `stats` counts each, naming the later
    /// ones `file#2`, ….
    func testStatsCountsEveryIssueOfAFileOfSeveral() throws {
        let archive = try temporaryFolder()
        let first = try String(contentsOf: CLI.packageRoot.appendingPathComponent("seeds/000_c878d6b2feb97647.txt"), encoding: .utf8)
        let second = try String(contentsOf: CLI.packageRoot.appendingPathComponent("seeds/003_89e8e6edd186e997.txt"), encoding: .utf8)
        try (first + "\n" + second).write(to: archive.appendingPathComponent("2026合订本.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["stats", archive.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("过刊 2 期，文章 5 篇"), result.stdout)
        XCTAssertTrue(result.stdout.contains("第 11 期（一）、第 16 期（六）"), result.stdout)
    }
}
