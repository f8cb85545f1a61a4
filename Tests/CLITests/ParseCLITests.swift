import Foundation
import XCTest

final class ParseCLITests: XCTestCase {
    private func seed(_ name: String) -> String { "seeds/\(name)" }

    /// Notes without the header comments `jianbao parse` writes.
    private func notesBody(_ yaml: String) -> String {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    }

    // MARK: - Round trips

    func testDraftOfParsedSample000EqualsTheSample() throws {
        try assertDraftOfParseReproduces(.issue11)
    }

    func testDraftOfParsedSample003EqualsTheSample() throws {
        try assertDraftOfParseReproduces(.issue16)
    }

    /// `jianbao draft` of `jianbao parse` of a sample equals the sample under the drafting
    /// golden test's normalization and the same sample quirks (`DraftCLITests.expectedLines`).
    private func assertDraftOfParseReproduces(_ sample: DraftCLITests.SampleQuirks, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = try temporaryFolder()
        let notes = directory.appendingPathComponent("notes.yaml").path
        let parsed = try CLI.run(["parse", seed(sample.file), "-o", notes])
        XCTAssertEqual(parsed.status, 0, parsed.stderr, file: file, line: line)
        XCTAssertEqual(parsed.stderr, "", file: file, line: line)
        let drafted = try CLI.run(["draft", notes])
        XCTAssertEqual(drafted.status, 0, drafted.stderr, file: file, line: line)
        let expected = try DraftCLITests.expectedLines(of: sample, file: file, line: line)
        let actual = DraftCLITests.normalized(drafted.stdout)
        XCTAssertGreaterThan(actual.count, 20, file: file, line: line)
        XCTAssertEqual(actual, expected, file: file, line: line)
    }

    /// 001 has no 期号: the editor adds one; the notes then draft a clean issue (2024 profile)
    /// that reads back without a single repair to the same notes.
    func testOCRSample001DraftsACleanIssueThatReadsBackTheSame() throws {
        let directory = try temporaryFolder()
        let parsed = try CLI.run(["parse", seed("001_f9581be366cac430.txt")])
        XCTAssertEqual(parsed.status, 0, parsed.stderr)
        XCTAssertTrue(parsed.stderr.contains("原文没有期号"), parsed.stderr)
        XCTAssertTrue(parsed.stdout.contains("# 原文没有期号，请补上“期号”后再起草"))
        XCTAssertFalse(parsed.stdout.contains("期号:"))
        let notes = "期号: 3\n" + notesBody(parsed.stdout)
        let notesPath = directory.appendingPathComponent("001.yaml").path
        try notes.write(toFile: notesPath, atomically: true, encoding: .utf8)
        let drafted = try CLI.run(["draft", notesPath, "--profile", "2024", "-o", directory.appendingPathComponent("001.txt").path])
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        let reparsed = try CLI.run(["parse", directory.appendingPathComponent("001.txt").path])
        XCTAssertEqual(reparsed.status, 0, reparsed.stderr)
        XCTAssertTrue(reparsed.stdout.contains("# 修复 0 处，未归入 0 行\n"), reparsed.stdout)
        // The profile supplied the 刊名 the OCR masthead lacked; everything else is unchanged.
        XCTAssertEqual(notesBody(reparsed.stdout), "刊名: 代表工作\n" + notes)
    }

    func testMarkdownSample004DraftsInTextAndMarkdownAndReadsBackTheSame() throws {
        let directory = try temporaryFolder()
        let notesPath = directory.appendingPathComponent("004.yaml").path
        let parsed = try CLI.run(["parse", seed("004_7acb3700bb16512e.txt"), "-o", notesPath])
        XCTAssertEqual(parsed.status, 0, parsed.stderr)
        let notes = notesBody(try String(contentsOfFile: notesPath, encoding: .utf8))
        XCTAssertTrue(notes.contains("期号: 40\n"))
        for format in ["txt", "md"] {
            let drafted = try CLI.run(["draft", notesPath, "--format", format])
            XCTAssertEqual(drafted.status, 0, drafted.stderr)
            let reparsed = try CLI.run(["parse", "-"], stdin: drafted.stdout)
            XCTAssertEqual(reparsed.status, 0, reparsed.stderr)
            XCTAssertTrue(reparsed.stdout.contains("# 修复 0 处，未归入 0 行\n"), format)
            XCTAssertEqual(notesBody(reparsed.stdout), notes, format)
        }
    }

    // MARK: - Not a bulletin, articles

    func testNewspaperFeatureIsRejectedWithReason() throws {
        let result = try CLI.run(["parse", seed("002_826e4499cd511985.txt")])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("不是简报"), result.stderr)
        XCTAssertTrue(result.stderr.contains("□本报记者 马飞"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--article"), result.stderr)
    }

    func testArticleImportListsWhatWasDropped() throws {
        let result = try CLI.run(["parse", seed("002_826e4499cd511985.txt"), "--article", "--verbose"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("标题: 六件实事 践初心 代表行动 谱新篇\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  - 小标题: 闻令而动强部署 统筹谋划开新局\n"), result.stdout)
        XCTAssertTrue(result.stderr.contains("002_826e4499cd511985.txt:31:1: 未归入：记者署名"), result.stderr)
        XCTAssertTrue(result.stderr.contains("002_826e4499cd511985.txt:9:1: 未归入：图片说明"), result.stderr)
        XCTAssertTrue(result.stderr.contains("没有读到地区"), result.stderr)
        // The notes themselves list what was dropped, so the editor sees it without --verbose.
        let dropped = result.stdout.split(separator: "\n").filter { $0.hasPrefix("# 未归入 ") }
        XCTAssertEqual(dropped.count, 10, result.stdout)
        XCTAssertTrue(dropped.contains("# 未归入 第 31 行，记者署名，简报文章不署名，已舍去：□本报记者 马飞"), "\(dropped)")
        XCTAssertTrue(dropped.contains("# 未归入 第 25 行，图片说明，已舍去：人大代表在商业航天产业代表联络站开展活动"), "\(dropped)")
    }

    func testArticleOptionOnAnIssueIsAUsageError() throws {
        let result = try CLI.run(["parse", seed("000_c878d6b2feb97647.txt"), "--article"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--article 只用于单篇文章"), result.stderr)
    }

    func testSingleArticleFromStdin() throws {
        let submission = "漯河市：迅速行动早部署\n\n漯河市人大常委会聚焦五个方面。\n\n一、扎实推进。优化提升联络站。\n\n（漯河市人大常委会选工委供稿）\n"
        let result = try CLI.run(["parse", "-"], stdin: submission)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(notesBody(result.stdout), """
        地区: 漯河市
        标题: 迅速行动早部署
        导语: 漯河市人大常委会聚焦五个方面。
        要点:
          - 小标题: 扎实推进。
            正文: 优化提升联络站。
        供稿: 漯河市人大常委会选工委

        """)
    }

    // MARK: - JSON, verbose, files

    func testJSONCarriesNotesRepairsAndUnplacedLines() throws {
        let result = try CLI.run(["parse", seed("001_f9581be366cac430.txt"), "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["种类"] as? String, "简报")
        XCTAssertEqual(object["格式"] as? String, "OCR 文本")
        let notes = try XCTUnwrap(object["笔记"] as? [String: Any])
        let articles = try XCTUnwrap(notes["文章"] as? [[String: Any]])
        XCTAssertEqual(articles.compactMap { $0["地区"] as? String }, ["平顶山市", "漯河市", "周口市"])
        let repairs = try XCTUnwrap(object["修复"] as? [[String: Any]])
        XCTAssertTrue(repairs.contains { $0["类别"] as? String == "run-in-heading" && $0["行"] as? String == "64" })
        XCTAssertTrue(repairs.contains { $0["类别"] as? String == "footer-wrap" && $0["行"] as? String == "194" })
        XCTAssertEqual((object["未归入"] as? [Any])?.count, 0)
    }

    func testVerboseListsEachRepairWithItsLine() throws {
        let result = try CLI.run(["parse", seed("000_c878d6b2feb97647.txt"), "--verbose"])
        XCTAssertEqual(result.status, 0)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 6, result.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("seeds/000_c878d6b2feb97647.txt:22:") && $0.hasSuffix("[page-break]") }, result.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("seeds/000_c878d6b2feb97647.txt:12:") }, result.stderr)
    }

    func testOutputFileIsWrittenAndNeverTheInput() throws {
        let directory = try temporaryFolder()
        let input = directory.appendingPathComponent("issue.txt").path
        let original = try String(contentsOf: CLI.packageRoot.appendingPathComponent("seeds/003_89e8e6edd186e997.txt"), encoding: .utf8)
        try original.write(toFile: input, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["parse", input, "-o", input])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), original)
        let output = directory.appendingPathComponent("notes.yaml").path
        let written = try CLI.run(["parse", input, "--output", output])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(written.stdout, "")
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).contains("期号: 16\n"))
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try CLI.run(["parse"]).status, 2)
        XCTAssertEqual(try CLI.run(["parse", "no-such-file.txt"]).status, 2)
        XCTAssertEqual(try CLI.run(["parse", seed("000_c878d6b2feb97647.txt"), "--format", "xml"]).status, 2)
        XCTAssertEqual(try CLI.run(["parse", seed("000_c878d6b2feb97647.txt"), "--bogus"]).status, 2)
        let help = try CLI.run(["help", "parse"])
        XCTAssertTrue(help.stdout.contains("jianbao parse 文件|-"), help.stdout)
    }

    /// A file of two issues: `parse` reads the first and says where the second starts; `--part 2`
    /// reads the second; `--part 3` is a usage error that says what `--part` counts; the JSON report
    /// lists the parts.
    func testParseOfAFileOfTwoIssuesReadsThePartAskedFor() throws {
        let directory = try temporaryFolder()
        let first = try String(contentsOf: CLI.packageRoot.appendingPathComponent(seed("000_c878d6b2feb97647.txt")), encoding: .utf8)
        let second = try String(contentsOf: CLI.packageRoot.appendingPathComponent(seed("003_89e8e6edd186e997.txt")), encoding: .utf8)
        let path = directory.appendingPathComponent("合订本.txt").path
        try (first + "\n" + second).write(toFile: path, atomically: true, encoding: .utf8)
        let secondStart = first.split(separator: "\n", omittingEmptySubsequences: false).count
            + (second.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { !$0.isEmpty } ?? 0) + 1

        let read = try CLI.run(["parse", path])
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertTrue(read.stdout.contains("\n期号: 11\n"), read.stdout)
        let note = "文件中有 2 份简报（第 11 期，第 3 行起；第 16 期，第 \(secondStart) 行起），这里读出第 1 份（第 11 期）；用 --part N 读出第 N 份"
        XCTAssertTrue(read.stdout.contains("# " + note), read.stdout)
        XCTAssertTrue(read.stderr.contains("注意：" + note), read.stderr)
        XCTAssertTrue(read.stdout.contains("未归入 0 行"), read.stdout)

        let later = try CLI.run(["parse", path, "--part", "2"])
        XCTAssertEqual(later.status, 0, later.stderr)
        XCTAssertTrue(later.stdout.contains("\n期号: 16\n"), later.stdout)
        XCTAssertTrue(later.stderr.contains("这里读出第 2 份（第 16 期）"), later.stderr)
        let alone = try CLI.run(["parse", seed("003_89e8e6edd186e997.txt")])
        XCTAssertEqual(notesBody(later.stdout), notesBody(alone.stdout))

        let json = try CLI.run(["parse", path, "--part", "2", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let parts = try XCTUnwrap(report["本文件"] as? [String: Any])
        XCTAssertEqual(parts["读出第几份"] as? String, "2")
        XCTAssertEqual((parts["各份"] as? [[String: String]])?.map { $0["期"] ?? "" }, ["第 11 期", "第 16 期"])
        XCTAssertEqual((parts["各份"] as? [[String: String]])?.last?["起始行"], String(secondStart))

        let missing = try CLI.run(["parse", path, "--part", "16"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("文件中只有 2 份简报，--part 应在 1 至 2 之间（按在文件中的先后，不是期号）"), missing.stderr)
        XCTAssertEqual(try CLI.run(["parse", path, "--part", "0"]).status, 2)
        // check says so too, at the same lines.
        let checked = try CLI.run(["check", path])
        XCTAssertTrue(checked.stderr.contains("注意：文件中有 2 份简报（依次从第 3 行、第 \(secondStart) 行起），逐份检查"), checked.stderr)
        XCTAssertFalse(try CLI.run(["check", seed("003_89e8e6edd186e997.txt")]).stderr.contains("份简报"))

        let single = try CLI.run(["parse", seed("003_89e8e6edd186e997.txt"), "--part", "2"])
        XCTAssertEqual(single.status, 2)
        XCTAssertTrue(single.stderr.contains("文件中只有 1 份简报，不用 --part"), single.stderr)
    }
}
