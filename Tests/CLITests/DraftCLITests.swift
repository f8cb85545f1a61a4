import Foundation
import XCTest

final class DraftCLITests: XCTestCase {
    // MARK: - Golden: the two recent samples, drafted from the examples

    func testIssue11ReproducesSample000() throws {
        try assertDraftReproducesSample(notes: "examples/issue-11.yaml", sample: .issue11)
    }

    func testIssue16ReproducesSample003() throws {
        try assertDraftReproducesSample(notes: "examples/issue-16.yaml", sample: .issue16)
    }

    /// What the golden comparison must forgive in each recent sample, found by reading it.
    struct SampleQuirks {
        var file: String
        /// Text before each page break that splits a paragraph (step 3).
        var pageBreaks: [String]
        /// The 专辑 number as printed with half-width brackets (step 4).
        var halfWidthAlbumBrackets: String
        /// A contents entry that lacks a space its article heading has (step 5).
        var contentsEntryWithoutSpace: (entry: String, heading: String)?

        static let issue11 = SampleQuirks(file: "000_c878d6b2feb97647.txt",
                                          pageBreaks: ["给予充分", "在“民", "全国统一大", "相互", "以小切口"],
                                          halfWidthAlbumBrackets: "专辑(一)")
        static let issue16 = SampleQuirks(file: "003_89e8e6edd186e997.txt",
                                          pageBreaks: ["面对面开展", "代表联络站和1", "采取“精准培训", "服务高质量发"],
                                          halfWidthAlbumBrackets: "专辑(六)",
                                          contentsEntryWithoutSpace: ("能力淬炼“三位一体”", "能力淬炼 “三位一体”"))
    }

    /// `jianbao draft NOTES` (txt) must equal the sample after a normalization limited to
    /// the sample's text-extraction artifacts and two named defects of the samples:
    /// 1. leading and trailing blank lines are dropped (both sides);
    /// 2. the contents: the `- * ` / `* ` marker is dropped, entries wrapped by the page width
    ///    are joined, blank lines between entries dropped (both sides);
    /// 3. paragraphs split by a page break are joined — only at the listed split points, each
    ///    of which must occur exactly once (sample only);
    /// 4. samples 000 and 003 print the 专辑 number with half-width brackets, 专辑(一) and
    ///    专辑(六): a defect of the samples (the genre and sample 004 use （三十三）) that the
    ///    generated numeral cannot reproduce; only that exact text, which must occur once, is
    ///    mapped to full-width brackets (sample only);
    /// 5. sample 003's contents entry for 襄城县 lacks the space its heading has (能力淬炼 “三位一体”);
    ///    the contents are derived from the headings, so that one entry gets the heading's
    ///    space back (sample only, must occur once in the contents).
    /// Everything else — every paragraph, heading, contents entry, numeral and footer line — must
    /// match exactly.
    private func assertDraftReproducesSample(notes: String, sample: SampleQuirks, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CLI.run(["draft", notes])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, "", file: file, line: line)
        let expected = try Self.expectedLines(of: sample, file: file, line: line)
        let actual = Self.normalized(result.stdout)
        XCTAssertTrue(actual.count > 20, "drafted text too short", file: file, line: line)
        for index in 0..<max(expected.count, actual.count) {
            let want = index < expected.count ? expected[index] : "<end>"
            let got = index < actual.count ? actual[index] : "<end>"
            if want != got {
                XCTFail("line \(index + 1) differs\n  sample: \(want)\n  draft:  \(got)", file: file, line: line)
                return
            }
        }
    }

    /// The sample's lines under the golden normalization (steps 1–5 of `assertDraftReproducesSample`);
    /// shared with the parse round-trip tests so both compare against the same expectation.
    static func expectedLines(of sample: SampleQuirks, file: StaticString, line: UInt) throws -> [String] {
        var sampleText = try String(contentsOf: CLI.packageRoot.appendingPathComponent("seeds/\(sample.file)"), encoding: .utf8)
        let album = sample.halfWidthAlbumBrackets
        XCTAssertEqual(sampleText.components(separatedBy: album).count, 2, file: file, line: line)
        sampleText = sampleText.replacingOccurrences(of: album,
            with: album.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）"))
        var lines = normalized(joiningPageBreaks(sampleText, at: sample.pageBreaks, file: file, line: line))
        if let quirk = sample.contentsEntryWithoutSpace {
            let entries = lines.indices.filter { lines[$0].hasPrefix("目录：") && lines[$0].contains(quirk.entry) }
            XCTAssertEqual(entries.count, 1, "contents entry with “\(quirk.entry)” not found exactly once", file: file, line: line)
            for index in entries { lines[index] = lines[index].replacingOccurrences(of: quirk.entry, with: quirk.heading) }
        }
        return lines
    }

    /// Joins each paragraph ending in one of `splitPoints` with the paragraph after the break.
    static func joiningPageBreaks(_ text: String, at splitPoints: [String], file: StaticString, line: UInt) -> String {
        var result = text
        for point in splitPoints {
            let broken = point + "\n\n"
            XCTAssertEqual(result.components(separatedBy: broken).count, 2, "page break after “\(point)” not found exactly once", file: file, line: line)
            result = result.replacingOccurrences(of: broken, with: point)
        }
        return result
    }

    /// Lines without the leading/trailing blank lines, the contents block reduced to entries.
    static func normalized(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var output: [String] = []
        var index = 0
        while index < lines.count {
            let current = lines[index]
            guard let entry = contentsEntry(current) else {
                output.append(current)
                index += 1
                continue
            }
            // A contents block: entries, their wrapped continuation lines, blank lines between.
            var entries = [entry]
            index += 1
            while index < lines.count {
                if let next = contentsEntry(lines[index]) {
                    entries.append(next)
                } else if !lines[index].isEmpty, !lines[index - 1].isEmpty {
                    entries[entries.count - 1] += lines[index]
                } else if !lines[index].isEmpty {
                    break
                }
                index += 1
            }
            output += entries.map { "目录：" + $0 }
            output.append("")
        }
        return output
    }

    private static func contentsEntry(_ line: String) -> String? {
        for marker in ["- * ", "* "] where line.hasPrefix(marker) { return String(line.dropFirst(marker.count)) }
        return nil
    }

    func testNormalizationKeepsDifferences() {
        // The comparison must be able to fail: a changed word or a moved paragraph break shows.
        XCTAssertNotEqual(Self.normalized("甲\n\n* 乙：丙\n\n丁"), Self.normalized("甲\n\n* 乙：丙\n\n戊"))
        XCTAssertNotEqual(Self.normalized("甲\n\n丁。\n\n戊"), Self.normalized("甲\n\n丁。戊"))
        XCTAssertEqual(Self.normalized("\n\n甲\n\n- * 乙：丙丁\n- * 戊\n\n己\n"), Self.normalized("甲\n\n* 乙：丙\n丁\n\n* 戊\n\n己\n"))
        // A space inside a contents entry counts.
        XCTAssertNotEqual(Self.normalized("* 乙：丙 丁\n\n己"), Self.normalized("* 乙：丙丁\n\n己"))
        XCTAssertEqual(Self.normalized("* 乙：丙\n丁\n\n* 戊\n\n己"), ["目录：乙：丙丁", "目录：戊", "", "己"])
    }

    // MARK: - draft

    func testEveryExampleDraftsInEveryFormat() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("examples").path)
            .filter { $0.hasSuffix(".yaml") && $0 != "profile.yaml" }.sorted()
        XCTAssertGreaterThanOrEqual(examples.count, 4)
        for name in examples {
            let example = "examples/\(name)"
            // Every headline of the notes must reach every format (read through `jianbao notes`).
            let tree = try CLI.run(["notes", example])
            let notes = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(tree.stdout.utf8)) as? [String: Any], example)
            let articles = (notes["文章"] as? [[String: Any]]) ?? [notes]
            let headlines = articles.compactMap { $0["标题"] as? String }
            XCTAssertEqual(headlines.count, articles.count, example)
            for format in ["txt", "md", "html"] {
                let result = try CLI.run(["draft", example, "--format", format, "--strict"])
                XCTAssertEqual(result.status, 0, "\(example) \(format): \(result.stderr)")
                XCTAssertEqual(result.stderr, "", "\(example) \(format)")
                for headline in headlines {
                    XCTAssertTrue(result.stdout.contains(headline), "\(example) \(format) lacks “\(headline)”")
                }
            }
        }
    }

    func testMarkdownOfIssue16() throws {
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("# 代表工作\n"))
        // A hard break between the masthead's issuing-body lines, none after the last (as in sample 004).
        XCTAssertTrue(result.stdout.contains("\n河南省人大常委会  \n代表工作委员会\n\n"), result.stdout)
        XCTAssertFalse(result.stdout.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasSuffix(" ") && !$0.hasSuffix("常委会  ") })
        XCTAssertTrue(result.stdout.contains("\n**二、立足专业“解蓝图”，当好释疑解惑的“辅导员”**。坚持“专业对口"))
    }

    func testStdinAndOutputFile() throws {
        let notes = try String(contentsOf: CLI.packageRoot.appendingPathComponent("examples/issue-16.yaml"), encoding: .utf8)
        let fromStdin = try CLI.run(["draft", "-"], stdin: notes)
        let fromFile = try CLI.run(["draft", "examples/issue-16.yaml"])
        XCTAssertEqual(fromStdin.status, 0, fromStdin.stderr)
        XCTAssertEqual(fromStdin.stdout, fromFile.stdout)

        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("16.txt")
        let written = try CLI.run(["draft", "examples/issue-16.yaml", "-o", output.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(written.stdout, "")
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), fromFile.stdout)
    }

    func testNeverWritesOverTheNotes() throws {
        let folder = try temporaryFolder()
        let notes = folder.appendingPathComponent("n.yaml")
        let original = "地区: 甲\n标题: 乙\n"
        try original.write(to: notes, atomically: true, encoding: .utf8)
        let result = try CLI.run(["draft", notes.path, "-o", notes.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("拒绝覆盖"), result.stderr)
        XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), original)
    }

    func testDecodingErrorsAreLocatedInChinese() throws {
        let notes = "期号: 三\n日期: 2026年6月4日\n文章:\n  - 地区: 南阳市\n    标提: 某标题\n"
        let result = try CLI.run(["draft", "-"], stdin: notes)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("<stdin>:1:5: error: “期号”应为正整数（如 16），而不是“三”"), result.stderr)
        XCTAssertTrue(result.stderr.contains("<stdin>:5:5: error: 未知字段“标提”，是否想写“标题”？\n      标提: 某标题\n"), result.stderr)
        XCTAssertTrue(result.stderr.contains("<stdin>:4:5: error: 第 1 篇文章缺少必填字段“标题”"), result.stderr)
    }

    func testUsageErrors() throws {
        XCTAssertEqual(try CLI.run(["draft"]).status, 2)
        XCTAssertEqual(try CLI.run(["draft", "no-such-file.yaml"]).status, 2)
        let badFormat = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "rtf"])
        XCTAssertEqual(badFormat.status, 2)
        XCTAssertTrue(badFormat.stderr.contains("--format"), badFormat.stderr)
        XCTAssertEqual(try CLI.run(["draft", "examples/issue-16.yaml", "--profile", "no-such-profile"]).status, 2)
        XCTAssertEqual(try CLI.run(["draft", "examples/issue-16.yaml", "--templates", "no-such-folder"]).status, 2)
    }

    func testProfiles() throws {
        let older = try CLI.run(["draft", "examples/issue-16.yaml", "--profile", "2024"])
        XCTAssertEqual(older.status, 0, older.stderr)
        XCTAssertTrue(older.stdout.hasSuffix("\n河南省人大常委会选举任免代表联络工作委员会印发 共印 60 份\n"), older.stdout)
        // The notes name their own issuing body, so the masthead stays as written there.
        XCTAssertTrue(older.stdout.contains("\n河南省人大常委会\n代表工作委员会\n"))

        let house = try CLI.run(["draft", "examples/article.yaml", "--profile", "examples/profile.yaml"])
        XCTAssertEqual(house.status, 0, house.stderr)
        let footer = try CLI.run(["footer", "--profile", "examples/profile.yaml"])
        XCTAssertEqual(footer.status, 0, footer.stderr)
        XCTAssertTrue(footer.stdout.hasSuffix("某市人大常委会办公室印发 共印 40 份\n"), footer.stdout)

        let folder = try temporaryFolder()
        let broken = folder.appendingPathComponent("p.yaml")
        try "刊名: 甲\n默认分送: 不存在\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--profile", broken.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("p.yaml:2:7: error: 默认分送“不存在”不是本画像的分送预设"), result.stderr)
    }

    func testHouseTemplatesOverrideAndStrictModeLocatesMistakes() throws {
        let folder = try temporaryFolder()
        try "{{#分送}}【{{印发单位}}】{{/分送}}\n".write(to: folder.appendingPathComponent("footer.txt.mustache"), atomically: true, encoding: .utf8)
        let house = try CLI.run(["draft", "examples/issue-16.yaml", "--templates", folder.path])
        XCTAssertEqual(house.status, 0, house.stderr)
        XCTAssertTrue(house.stdout.hasSuffix("（许昌市人大常委会代表工委供稿）\n\n【河南省人大常委会代表工作委员会】\n"), house.stdout)

        try "{{刊名}} {{期数}}\n".write(to: folder.appendingPathComponent("bulletin.txt.mustache"), atomically: true, encoding: .utf8)
        let lenient = try CLI.run(["draft", "examples/issue-16.yaml", "--templates", folder.path])
        XCTAssertEqual(lenient.stdout, "代表工作 \n")
        let strict = try CLI.run(["draft", "examples/issue-16.yaml", "--templates", folder.path, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("bulletin.txt.mustache:1:"), strict.stderr)
    }

    func testMisspeltPartialInHouseTemplateIsAnErrorAtItsTag() throws {
        let folder = try temporaryFolder()
        try "{{刊名}}\n{{#文章}}\n{{> partials/artcle.txt}}\n{{/文章}}\n".write(to: folder.appendingPathComponent("bulletin.txt.mustache"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--templates", folder.path])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("bulletin.txt.mustache:3:1: error:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("partials/artcle.txt"), result.stderr)
    }

    // MARK: - new

    /// The skeleton decodes, but `draft` refuses it until every placeholder is replaced: each one
    /// is reported at its line, and the filled-in skeleton drafts.
    func testNewPrintsASkeletonThatDraftsOnceFilledIn() throws {
        let skeleton = try CLI.run(["new", "--issue", "17", "--album-number", "7", "--date", "2026年6月18日"])
        XCTAssertEqual(skeleton.status, 0, skeleton.stderr)
        XCTAssertTrue(skeleton.stdout.contains("\n期号: 17\n"))
        XCTAssertTrue(skeleton.stdout.contains("  序号: 7 "))
        XCTAssertTrue(skeleton.stdout.contains("# "), "the skeleton is commented")
        let unfilled = try CLI.run(["draft", "-"], stdin: skeleton.stdout)
        XCTAssertEqual(unfilled.status, 1, unfilled.stderr)
        XCTAssertEqual(unfilled.stdout, "")
        let placeholderLines = skeleton.stdout.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { ["“……”", "某某", "在这里写", "的小标题。", "正文第一段", "第一段。", "第二段。", "下一步，……"].contains(where: $0.element.contains) }
            .map { $0.offset + 1 }
        XCTAssertEqual(placeholderLines.count, 11, skeleton.stdout)
        let reported = unfilled.stderr.split(separator: "\n").filter { $0.contains("留下的占位文字") }
        XCTAssertEqual(reported.map { Int($0.split(separator: ":")[1])! }, placeholderLines, unfilled.stderr)
        XCTAssertTrue(unfilled.stderr.contains("<stdin>:11:9: error: “标题”还是 jianbao new 留下的占位文字“在这里写标题”，会照样印出来：请换成实际内容"), unfilled.stderr)

        let filled = Self.fillIn(skeleton.stdout)
        let drafted = try CLI.run(["draft", "-"], stdin: filled)
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        XCTAssertEqual(drafted.stderr, "")
        XCTAssertTrue(drafted.stdout.contains("第 17 期\n"))
        XCTAssertTrue(drafted.stdout.contains("2026 年 6 月 18 日\n"))
        XCTAssertTrue(drafted.stdout.contains("“两高四着力”主题活动专辑（七）\n"), drafted.stdout)
        XCTAssertTrue(drafted.stdout.contains("一、建强阵地。正文。一是甲。二是乙。\n"), drafted.stdout)

        let noAlbum = try CLI.run(["new", "--issue", "3", "--date", "2026-01-05", "--profile", "2024"])
        XCTAssertEqual(noAlbum.status, 0, noAlbum.stderr)
        XCTAssertTrue(noAlbum.stdout.contains("\n# 专辑:"), "the 专辑 lines are offered as comments")
        let plain = try CLI.run(["draft", "-", "--profile", "2024"], stdin: Self.fillIn(noAlbum.stdout))
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.hasPrefix("代表工作\n\n第 3 期\n\n河南省人大常委会\n选举任免代表联络工作委员会\n\n2026 年 1 月 5 日\n\n* 新乡市："), plain.stdout)
        XCTAssertFalse(plain.stdout.contains("专辑"))
    }

    /// What would misprint is refused without --strict (exit 1, nothing drafted); a 小标题
    /// without its final 。 is a warning and the issue drafts.
    func testDraftRefusesWhatItWouldMisprint() throws {
        let notes = "期号: 3\n日期: 2026年1月5日\n文章:\n  - 地区: 新乡市\n    标题: 甲\n    要点:\n      - 小标题: 一、织密阵地网。\n"
        let refused = try CLI.run(["draft", "-"], stdin: notes)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertTrue(refused.stderr.hasPrefix("<stdin>:7:14: error: “小标题”开头已有编号“一、”"), refused.stderr)
        let warned = try CLI.run(["draft", "-"], stdin: notes.replacingOccurrences(of: "一、织密阵地网。", with: "织密阵地网\n        正文: 新建联络站。"))
        XCTAssertEqual(warned.status, 0, warned.stderr)
        XCTAssertTrue(warned.stderr.hasPrefix("<stdin>:7:14: warning: “小标题”末尾没有句末标点"), warned.stderr)
        XCTAssertTrue(warned.stdout.contains("\n一、织密阵地网新建联络站。\n"), warned.stdout)
        // Without a body the heading stands alone on its line: nothing runs into it, no warning.
        let alone = try CLI.run(["draft", "-"], stdin: notes.replacingOccurrences(of: "一、织密阵地网。", with: "织密阵地网"))
        XCTAssertEqual(alone.status, 0, alone.stderr)
        XCTAssertEqual(alone.stderr, "")
        XCTAssertTrue(alone.stdout.contains("\n一、织密阵地网\n"), alone.stdout)
    }

    /// A skeleton as an editor fills it in: every placeholder replaced by real text.
    static func fillIn(_ skeleton: String) -> String {
        [("“……”主题活动专辑", "“两高四着力”主题活动专辑"), ("某某市人大常委会", "新乡市人大常委会"), ("地区: 某某市", "地区: 新乡市"),
         ("在这里写标题", "织密阵地网"), ("在这里写导语。", "导语。"), ("第一个要点的小标题。", "建强阵地。"),
         ("正文第一段接在小标题后面。一是……二是……照原样写。", "正文。一是甲。二是乙。"), ("第二个要点的小标题。", "完善机制。"),
         ("- 第一段。", "- 丙。"), ("- 第二段。", "- 丁。"), ("下一步，……", "下一步，继续。")]
            .reduce(skeleton) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    func testNewContinuesFromTheNewestNotesInAFolder() throws {
        // The newest notes in examples/ are issue 17, 专辑 7.
        let skeleton = try CLI.run(["new", "--from", "examples"])
        XCTAssertEqual(skeleton.status, 0, skeleton.stderr)
        XCTAssertTrue(skeleton.stdout.contains("\n期号: 18\n"), skeleton.stdout)
        XCTAssertTrue(skeleton.stdout.contains("  名称: \"“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑\"\n  序号: 8 "), skeleton.stdout)
        let given = try CLI.run(["new", "--from", "examples", "--issue", "20"])
        XCTAssertTrue(given.stdout.contains("\n期号: 20\n"))
        XCTAssertTrue(given.stdout.contains("  序号: 8 "))
        // 分送 and 份数 are carried as issue 17 wrote them.
        XCTAssertTrue(skeleton.stdout.contains("\n分送: 默认 "), skeleton.stdout)
        XCTAssertTrue(skeleton.stdout.contains("\n份数: 60 "), skeleton.stdout)
        XCTAssertFalse(skeleton.stdout.contains("# 份数"), skeleton.stdout)
    }

    /// A previous `份数: 80` comes back as `份数: 80` (not `# 份数: 60`), a written-out 分送 as
    /// written, and the skeleton filled in drafts with both.
    func testNewCarriesDistributionAndCopiesForward() throws {
        let folder = try temporaryFolder()
        try "期号: 5\n日期: 2026年1月5日\n文章:\n  - 标题: 甲\n分送:\n  送: 甲、乙\n  发: 丁\n  印发: 丙\n份数: 80\n"
            .write(to: folder.appendingPathComponent("第5期.yaml"), atomically: true, encoding: .utf8)
        try "期号: 4\n日期: 2026年1月1日\n文章:\n  - 标题: 甲\n分送: 无\n".write(to: folder.appendingPathComponent("第4期.yaml"), atomically: true, encoding: .utf8)
        let skeleton = try CLI.run(["new", "--from", folder.path, "--date", "2026-02-01"])
        XCTAssertEqual(skeleton.status, 0, skeleton.stderr)
        XCTAssertTrue(skeleton.stdout.contains("\n期号: 6\n"), skeleton.stdout)
        XCTAssertTrue(skeleton.stdout.contains("\n分送:\n  送: 甲、乙\n  发: 丁\n  印发: 丙\n份数: 80 "), skeleton.stdout)
        let drafted = try CLI.run(["draft", "-"], stdin: Self.fillIn(skeleton.stdout))
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        XCTAssertTrue(drafted.stdout.hasSuffix("送：甲、乙\n\n发：丁\n\n丙印发 共印 80 份\n"), drafted.stdout)
        // 分送: 无 carries no 份数 (the decoder would refuse it).
        try FileManager.default.removeItem(at: folder.appendingPathComponent("第5期.yaml"))
        let none = try CLI.run(["new", "--from", folder.path, "--date", "2026-02-01"])
        XCTAssertTrue(none.stdout.contains("\n分送: 无 "), none.stdout)
        XCTAssertTrue(none.stdout.contains("\n# 份数: 60 "), none.stdout)
    }

    func testNewNeedsANumber() throws {
        let result = try CLI.run(["new"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--issue"), result.stderr)
        XCTAssertEqual(try CLI.run(["new", "--from", "no-such-folder"]).status, 2)
        XCTAssertEqual(try CLI.run(["new", "--issue", "十七"]).status, 2)
        let folder = try temporaryFolder()
        try "期号: \"9223372036854775807\"\n日期: 2026年1月1日\n文章:\n  - 标题: 甲\n".write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let overflow = try CLI.run(["new", "--from", folder.path])
        XCTAssertEqual(overflow.status, 2, overflow.stderr)
        XCTAssertTrue(overflow.stderr.contains("期号 9223372036854775807 太大"), overflow.stderr)
        let tooLarge = try CLI.run(["new", "--issue", "5", "--album-number", "10000"])
        XCTAssertEqual(tooLarge.status, 2)
        XCTAssertEqual(tooLarge.stdout, "")
        XCTAssertTrue(tooLarge.stderr.contains("专辑序号 10000 超出可写成中文数字的范围（1–9999）"), tooLarge.stderr)
    }

    // MARK: - footer

    func testFooterPresetsAndCopies() throws {
        let standard = try CLI.run(["footer"])
        XCTAssertEqual(standard.status, 0, standard.stderr)
        XCTAssertEqual(standard.stdout, """
        送：省人大常委会主任、副主任、秘书长

        发：省人大常委会副秘书长、机关党组成员、办公厅研究室主任，省人大各专门委员会、省人大常委会各工作机构和办事机构，各省辖市人大常委会、济源示范区人大工委

        河南省人大常委会代表工作委员会印发

        """)
        let copies = try CLI.run(["footer", "--copies", "100"])
        XCTAssertTrue(copies.stdout.hasSuffix("河南省人大常委会代表工作委员会印发 共印 100 份\n"), copies.stdout)
        let older = try CLI.run(["footer", "--profile", "2024", "--format", "md"])
        XCTAssertEqual(older.status, 0, older.stderr)
        XCTAssertTrue(older.stdout.hasSuffix("\n---\n\n河南省人大常委会选举任免代表联络工作委员会印发 共印 60 份\n\n---\n"), older.stdout)
        let folder = try temporaryFolder()
        let written = try CLI.run(["footer", "--copies", "100", "-o", folder.appendingPathComponent("版记.txt").path])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(written.stdout, "")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("版记.txt"), encoding: .utf8), copies.stdout)
        let unknown = try CLI.run(["footer", "--preset", "默任"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("没有名为“默任”的分送预设，是否想写“默认”？"), unknown.stderr)
    }

    /// `--date` prints GB/T 9704's 印发日期 at the right of the 印发 line; an impossible date is a
    /// usage error; `new` hands `印发日期: 是` on and offers it as a comment otherwise.
    func testIssuedDate() throws {
        let dated = try CLI.run(["footer", "--date", "2026-04-13", "--copies", "60"])
        XCTAssertEqual(dated.status, 0, dated.stderr)
        XCTAssertTrue(dated.stdout.hasSuffix("\n河南省人大常委会代表工作委员会 2026年4月13日印发\u{3000}共印 60 份\n"), dated.stdout)
        let impossible = try CLI.run(["footer", "--date", "2026年2月30日"])
        XCTAssertEqual(impossible.status, 2)
        XCTAssertTrue(impossible.stderr.contains("无法识别的日期“2026年2月30日”"), impossible.stderr)
        let folder = try temporaryFolder()
        // A 刊名 of the notes' own comes along too (a house without a profile of its own).
        try "刊名: 人大工作简报\n期号: 5\n日期: 2026年1月5日\n文章:\n  - 标题: 甲\n印发日期: 是\n".write(to: folder.appendingPathComponent("第5期.yaml"), atomically: true, encoding: .utf8)
        let skeleton = try CLI.run(["new", "--from", folder.path, "--date", "2026-02-01"])
        XCTAssertTrue(skeleton.stdout.contains("\n印发日期: 是 "), skeleton.stdout)
        XCTAssertTrue(skeleton.stdout.contains("\n刊名: 人大工作简报 "), skeleton.stdout)
        let drafted = try CLI.run(["draft", "-"], stdin: Self.fillIn(skeleton.stdout))
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        XCTAssertTrue(drafted.stdout.hasPrefix("人大工作简报\n"), drafted.stdout)
        XCTAssertTrue(drafted.stdout.hasSuffix("\n河南省人大常委会代表工作委员会 2026年2月1日印发\n"), drafted.stdout)
        let fresh = try CLI.run(["new", "--issue", "1", "--date", "2026-02-01"])
        XCTAssertTrue(fresh.stdout.contains("\n# 印发日期: 是 "), fresh.stdout)
    }

    /// `footer --list` names every value `分送:` accepts, with what each prints (issue 15, item 5).
    func testFooterListsThePresetsOfTheProfile() throws {
        let standard = try CLI.run(["footer", "--list"])
        XCTAssertEqual(standard.status, 0, standard.stderr)
        XCTAssertEqual(standard.stdout, """
        画像“standard”的分送预设（笔记中写“分送: 预设名”，或 jianbao footer --preset 预设名）：
          默认（默认）
            送：省人大常委会主任、副主任、秘书长
            发：省人大常委会副秘书长、机关党组成员、办公厅研究室主任，省人大各专门委员会、省人大常委会各工作机构和办事机构，各省辖市人大常委会、济源示范区人大工委
            河南省人大常委会代表工作委员会印发
          无
            不印版记

        """)
        let own = try CLI.run(["footer", "--list", "--profile", "examples/profile.yaml"])
        XCTAssertEqual(own.status, 0, own.stderr)
        XCTAssertTrue(own.stdout.hasPrefix("画像“某市人大”的分送预设"), own.stdout)
        XCTAssertTrue(own.stdout.contains("\n  默认\n"), "the standard preset kept, not the default here")
        XCTAssertTrue(own.stdout.contains("\n  内部（默认）\n    送：市人大常委会主任、副主任、秘书长\n"), own.stdout)
        XCTAssertTrue(own.stdout.contains("某市人大常委会办公室印发 共印 40 份\n"), own.stdout)
        let mixed = try CLI.run(["footer", "--list", "--preset", "默认"])
        XCTAssertEqual(mixed.status, 2)
        XCTAssertTrue(try CLI.run(["footer", "--preset", "默任"]).stderr.contains("jianbao footer --list"))
    }

    /// The skeleton names every output format; parse documents its short -v.
    func testSkeletonNamesEveryFormatAndParseDocumentsItsShortOption() throws {
        let skeleton = try CLI.run(["new", "--issue", "3", "--date", "2026-01-05"])
        XCTAssertTrue(skeleton.stdout.contains("--format txt|md|html|docx"), skeleton.stdout)
        let usage = try CLI.run(["help", "parse"]).stdout
        XCTAssertTrue(usage.contains("  -v, --verbose "), usage)
        let notes = try CLI.run(["parse", "seeds/003_89e8e6edd186e997.txt", "-v"])
        XCTAssertEqual(notes.status, 0, notes.stderr)
        XCTAssertEqual(notes.stderr, try CLI.run(["parse", "seeds/003_89e8e6edd186e997.txt", "--verbose"]).stderr)
        XCTAssertFalse(notes.stderr.isEmpty)
    }

    func testHelpIsChinese() throws {
        for command in ["draft", "new", "footer"] {
            let result = try CLI.run(["help", command])
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.stdout.hasPrefix("用法：jianbao \(command)"), result.stdout)
        }
    }
}
