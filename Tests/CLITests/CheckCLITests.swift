import Foundation
import XCTest

/// `jianbao check` and `jianbao rules` as a user runs them.
final class CheckCLITests: XCTestCase {
    func seed(_ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("seeds").path)
        return "seeds/" + (try XCTUnwrap(names.first { $0.hasPrefix(prefix) }))
    }

    func testExitCodesAndTextFormat() throws {
        let ocr = try CLI.run(["check", try seed("001")])
        XCTAssertEqual(ocr.status, 1)
        let lines = ocr.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 295) // as listed rule by rule in CheckSeedTests.testOCRIssue2024
        let pattern = #"^seeds/001_[0-9a-f]+\.txt:[0-9]+:[0-9]+: (error|warning): .+ \[[A-Z][0-9]+ [a-z-]+\]$"#
        for line in lines { XCTAssertNotNil(line.range(of: pattern, options: .regularExpression), line) }
        // The one P3 of 001, exactly: the stray ” of "(人大代表亮身份,…招商员”主题活动)".
        XCTAssertEqual(lines.filter { $0.hasSuffix("[P3 unbalanced-quote]") },
                       ["seeds/001_f9581be366cac430.txt:156:16: error: 右引号 ” 没有对应的左引号：补上左引号，或删去这个右引号 [P3 unbalanced-quote]"])
        // Sorted by line, then column.
        let positions = lines.map { line -> [Int] in line.split(separator: ":").dropFirst().prefix(2).compactMap { Int($0) } }
        XCTAssertEqual(positions, positions.sorted { $0.lexicographicallyPrecedes($1) })
        XCTAssertFalse(ocr.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and stdout is a pipe")
        XCTAssertTrue(ocr.stderr.contains("错误"))

        // Warnings only: exit 0.
        let markdown = try CLI.run(["check", try seed("004")])
        XCTAssertEqual(markdown.status, 0)
        XCTAssertTrue(markdown.stdout.contains("[A1 split-paragraph]"))
        XCTAssertTrue(markdown.stdout.contains("seeds/004_7acb3700bb16512e.txt:30:98: warning: “171”前后有空格：公文中汉字与数字、字母之间不加空格，删去空格 [P8 space-beside-alphanumeric]\n"))
        XCTAssertEqual(try CLI.run(["check", "--disable", "A1", "--disable", "P8", try seed("004")]).stdout, "")

        XCTAssertEqual(try CLI.run(["check", "no-such-file.txt"]).status, 2)
        XCTAssertEqual(try CLI.run(["check"]).status, 2)
        XCTAssertEqual(try CLI.run(["check", "--disable", "Z9", try seed("000")]).status, 2)
        XCTAssertEqual(try CLI.run(["check", "--format", "xml", try seed("000")]).status, 2)
    }

    func testStdinAndArticleMode() throws {
        let article = "郑州市：高位部署强担当\n\n郑州市人大常委会全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工委供稿）\n"
        let clean = try CLI.run(["check", "-"], stdin: article)
        XCTAssertEqual(clean.status, 0, clean.stdout + clean.stderr)
        XCTAssertEqual(clean.stdout, "")
        let broken = try CLI.run(["check", "--article", "-"], stdin: article.replacingOccurrences(of: "活动。", with: "活动."))
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.stdout, "<stdin>:3:21: error: 中文里用了半角“.”：改为全角“。” [P1 halfwidth-punctuation]\n")
        let notBulletin = try CLI.run(["check", try seed("002")])
        XCTAssertEqual(notBulletin.status, 1)
        XCTAssertTrue(notBulletin.stdout.hasSuffix("[S1 not-a-bulletin]\n"))
    }

    func testFindingsThatRemainAfterFixingStdinOrBesideADiffGoToStderr() throws {
        let article = "郑州市：标题\n\n郑州市人大常委会开展“活动,取得成效。\n\n（郑州市人大常委会代表工委供稿）\n"
        let fixed = try CLI.run(["check", "--fix", "-"], stdin: article)
        XCTAssertEqual(fixed.status, 1)
        XCTAssertEqual(fixed.stdout, article.replacingOccurrences(of: ",", with: "，"))
        XCTAssertTrue(fixed.stderr.contains("<stdin>:3:11: error: "), fixed.stderr)   // the unpaired “ is still shown
        let diff = try CLI.run(["check", "--diff", "-"], stdin: article)
        XCTAssertTrue(diff.stdout.hasPrefix("--- <stdin>\n+++ <stdin>\n"), diff.stdout)
        XCTAssertTrue(diff.stderr.contains("<stdin>:3:11: error: "), diff.stderr)
        XCTAssertTrue(diff.stderr.contains("<stdin>:3:14: error: "), diff.stderr)
        let both = try CLI.run(["check", "--fix", "--diff", "-"], stdin: article)
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.contains("--fix 与 --diff 不能同时使用"), both.stderr)
    }

    func testAnUnknownRuleInASuppressionCommentIsSaid() throws {
        let text = "南阳市：标题\n\n<!-- jianbao-disable P99 P1 -->\n\n南阳市人大常委会开展活动,取得成效。\n\n（南阳市人大常委会代表工委供稿）\n"
        let result = try CLI.run(["check", "-"], stdin: text)
        XCTAssertEqual(result.status, 0, result.stdout)   // P1 is still suppressed
        XCTAssertTrue(result.stderr.contains("<stdin>:3:1: warning: 屏蔽注释中的“P99”不是规则代号或名称"), result.stderr)
    }

    func testAnUnreadableFileDoesNotHideTheOthers() throws {
        let result = try CLI.run(["check", try seed("000"), "no-such-file.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("000_c878d6b2feb97647.txt:12:32: error:"), result.stdout)
        XCTAssertTrue(result.stderr.contains("找不到文件 no-such-file.txt"), result.stderr)
    }

    func testABrokenProfileIsReportedLineByLine() throws {
        let folder = try temporaryFolder()
        let profile = folder.appendingPathComponent("画像.yaml")
        try "检查规则:\n  P99: 关闭\n  P3: 大概\n".write(to: profile, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "--profile", profile.path, try seed("000")])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("画像.yaml:2:3: error: 没有规则“P99”"), result.stderr)
        XCTAssertTrue(result.stderr.contains("画像.yaml:3:7: error: "), result.stderr)
    }

    func testJSONCarriesPositionsOffsetsAndFixes() throws {
        let result = try CLI.run(["check", "--format", "json", try seed("000")])
        XCTAssertEqual(result.status, 1)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 8)
        let first = array[0]
        XCTAssertEqual(first["line"] as? Int, 12)
        XCTAssertEqual(first["column"] as? Int, 32)
        XCTAssertEqual(first["endColumn"] as? Int, 33)
        XCTAssertEqual(first["rule"] as? String, "P1 halfwidth-punctuation")
        XCTAssertEqual(first["severity"] as? String, "error")
        let fix = try XCTUnwrap(first["fix"] as? [String: Any])
        let edit = try XCTUnwrap((fix["edits"] as? [[String: Any]])?.first)
        XCTAssertEqual(edit["replacement"] as? String, "（")
        // The byte offsets point at the "(" in the file.
        let bytes = Array(try Data(contentsOf: CLI.packageRoot.appendingPathComponent(try seed("000"))))
        let offset = try XCTUnwrap(edit["offset"] as? Int)
        XCTAssertEqual(bytes[offset], UInt8(ascii: "("))
        XCTAssertEqual(first["offset"] as? Int, offset)
        XCTAssertNil(array.first { ($0["rule"] as? String) == "A2 plus-read-as-ten" }?["fix"])
    }

    func testSARIFAndGitHubFormats() throws {
        let sarif = try CLI.run(["check", "--format", "sarif", try seed("003")])
        XCTAssertEqual(sarif.status, 1)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 12) // as listed in CheckSeedTests.testIssue16
        let quote = try XCTUnwrap(results.first { ($0["ruleId"] as? String) == "P3" })
        let region = try XCTUnwrap(((quote["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 48)
        XCTAssertEqual(region["startColumn"] as? Int, 1)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, 25)
        XCTAssertEqual(((quote["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String },
                       "seeds/003_89e8e6edd186e997.txt")

        // A file name with a space and Chinese characters reaches SARIF percent-encoded.
        let directory = try temporaryFolder()
        try Data(contentsOf: CLI.packageRoot.appendingPathComponent(try seed("003"))).write(to: directory.appendingPathComponent("第 16 期.txt"))
        let named = try CLI.run(["check", "--format", "sarif", "第 16 期.txt"], directory: directory)
        XCTAssertTrue(named.stdout.contains("\"uri\": \"%E7%AC%AC%2016%20%E6%9C%9F.txt\""), named.stdout)
        XCTAssertFalse(named.stdout.contains("第 16 期.txt"))

        let github = try CLI.run(["check", "--format", "github", try seed("003")])
        let lines = github.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 12)
        XCTAssertTrue(lines.contains { $0.hasPrefix("::error file=seeds/003_89e8e6edd186e997.txt,line=48,col=1,endLine=48,endColumn=2,title=P3 unbalanced-quote::") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("::warning file=") })
    }

    func testDiffShowsAndFixWritesAtomically() throws {
        let directory = try temporaryFolder()
        let copy = directory.appendingPathComponent("001.txt")
        let original = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(try seed("001")))
        try original.write(to: copy)

        let diff = try CLI.run(["check", "--diff", copy.path])
        XCTAssertTrue(diff.stdout.hasPrefix("--- \(copy.path)\n+++ "))
        XCTAssertTrue(diff.stdout.contains("\n-＊平顶山市:以 “五个切实”为抓手,持续推动代表主题活动向\n"))
        XCTAssertEqual(try Data(contentsOf: copy), original, "--diff must not write")

        let fix = try CLI.run(["check", "--fix", copy.path])
        XCTAssertEqual(fix.status, 1, "unfixable errors remain")
        let fixed = try String(contentsOf: copy, encoding: .utf8)
        XCTAssertTrue(fixed.contains("＊平顶山市：以“五个切实”为抓手，持续推动代表主题活动向纵深发展\n"))
        XCTAssertEqual(Set(fix.stdout.split(separator: "\n").compactMap { $0.split(separator: "[").last?.split(separator: " ").first.map(String.init) }), ["S2", "P5", "P3"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        XCTAssertEqual(leftovers, ["001.txt"], "no temporary file left behind")
        // A second --fix has nothing left to do.
        XCTAssertEqual(try CLI.run(["check", "--diff", copy.path]).stdout, "")
    }

    func testRulesCommandPrintsTheCommittedDocument() throws {
        let result = try CLI.run(["rules"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8))
        let one = try CLI.run(["rules", "P3"])
        XCTAssertTrue(one.stdout.contains("**`P3 unbalanced-quote`**"))
        XCTAssertFalse(one.stdout.contains("**`P1 "))
        XCTAssertEqual(try CLI.run(["rules", "nope"]).status, 2)
    }

    func testSuppressionCommentsInMarkdown() throws {
        let directory = try temporaryFolder()
        let file = directory.appendingPathComponent("来稿.md")
        try Data("""
        # 郑州市：高位部署强担当

        <!-- jianbao-disable-next-line P1 -->
        活动启动,效果良好。

        第二段,要报。

        <!-- jianbao-disable halfwidth-punctuation -->
        第三段,不报。

        第四段,也不报。

        <!-- jianbao-enable P1 -->
        第五段,要报。

        <!-- jianbao-disable-next-line stray-space -->
        第六段 有空格,只报半角。

        （郑州市人大常委会代表工委供稿）

        """.utf8).write(to: file)
        let result = try CLI.run(["check", "来稿.md"], directory: directory)
        XCTAssertEqual(result.status, 1)
        // Line 4 is the next line after disable-next-line; lines 8–13 lie between disable and enable
        // (a slug turns off what a code turns back on); line 17 loses only its P4.
        let found = result.stdout.split(separator: "\n").map { line -> String in
            let parts = line.split(separator: ":")
            return "\(parts[1]):\(parts[2]) " + (line.split(separator: "[").last?.split(separator: " ").first.map(String.init) ?? "")
        }
        XCTAssertEqual(found, ["6:4 P1", "14:4 P1", "17:8 P1"], result.stdout)
        // Without the comments every one of them is reported.
        let plain = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("<!--") ? "" : String($0) }.joined(separator: "\n")
        let unsuppressed = try CLI.run(["check", "-"], stdin: plain)
        XCTAssertEqual(unsuppressed.stdout.split(separator: "\n").count, 7, unsuppressed.stdout)
    }

    func testColourIsForcedByCLICOLORFORCEAndNoColourWins() throws {
        let seed000 = try seed("000")
        // Standard output is a pipe here: no colour unless forced.
        let forced = try CLI.run(["check", seed000], environment: ["NO_COLOR": "", "CLICOLOR_FORCE": "1"])
        XCTAssertTrue(forced.stdout.contains("\u{1B}["), forced.stdout)
        XCTAssertEqual(forced.stdout.split(separator: "\n").count, 8)
        let both = try CLI.run(["check", seed000], environment: ["NO_COLOR": "1", "CLICOLOR_FORCE": "1"])
        XCTAssertFalse(both.stdout.contains("\u{1B}["), "NO_COLOR wins over CLICOLOR_FORCE")
        let zero = try CLI.run(["check", seed000], environment: ["NO_COLOR": "", "CLICOLOR_FORCE": "0"])
        XCTAssertFalse(zero.stdout.contains("\u{1B}["), "CLICOLOR_FORCE=0 forces nothing")
        let neither = try CLI.run(["check", seed000], environment: ["NO_COLOR": ""])
        XCTAssertFalse(neither.stdout.contains("\u{1B}["), "no colour into a pipe")
        // Only the text format is coloured; JSON stays JSON.
        let json = try CLI.run(["check", "--format", "json", seed000], environment: ["NO_COLOR": "", "CLICOLOR_FORCE": "1"])
        XCTAssertFalse(json.stdout.contains("\u{1B}["))
    }

    func testProfileRulesAndCommandLineOverrides() throws {
        let directory = try temporaryFolder()
        let profile = directory.appendingPathComponent("画像.yaml")
        // 000's only errors are the two half-width brackets of 专辑(一) (P1, line 12).
        try Data("名称: 测试\n检查规则:\n  P1: 警告\n  A1: 关闭\n".utf8).write(to: profile)
        let seed000 = try seed("000")
        func codes(_ output: String) -> [String] {
            output.split(separator: "\n").compactMap { line in
                guard let severity = line.split(separator: ":").dropFirst(3).first, let rule = line.split(separator: "[").last?.split(separator: " ").first else { return nil }
                return "\(rule)\(severity)"
            }
        }
        let plain = try CLI.run(["check", seed000])
        XCTAssertEqual(plain.status, 1)
        XCTAssertEqual(Set(codes(plain.stdout)), ["P1 error", "A1 warning", "A2 warning"])

        // The profile turns P1 into a warning and A1 off: exit 0.
        let profiled = try CLI.run(["check", "--profile", profile.path, seed000])
        XCTAssertEqual(profiled.status, 0, profiled.stderr)
        XCTAssertEqual(codes(profiled.stdout), ["P1 warning", "P1 warning", "A2 warning"])

        // The command line beats the profile.
        let raised = try CLI.run(["check", "--profile", profile.path, "--enable", "P1=error", "--enable", "A1", seed000])
        XCTAssertEqual(raised.status, 1)
        XCTAssertEqual(Set(codes(raised.stdout)), ["P1 error", "A1 warning", "A2 warning"])
        XCTAssertEqual(try CLI.run(["check", "--profile", profile.path, "--disable", "P1", seed000]).stdout.contains("[P1 "), false)

        // --disable and --enable in the order given: the later one wins.
        XCTAssertEqual(codes(try CLI.run(["check", "--disable", "P1", "--enable=P1=warning", "--disable", "A1", "--disable", "A2", seed000]).stdout), ["P1 warning", "P1 warning"])
        XCTAssertEqual(codes(try CLI.run(["check", "--enable", "all=警告", "--disable", "P1", seed000]).stdout).filter { $0.hasPrefix("P1") }, [])
        let bad = try CLI.run(["check", "--enable", "P1=off", seed000])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("关闭规则用 --disable"), bad.stderr)
        let misspelt = try CLI.run(["check", "--disable", "unbalanced-qoute", seed000])
        XCTAssertEqual(misspelt.status, 2)
        XCTAssertTrue(misspelt.stderr.contains("是否想写“unbalanced-quote”"), misspelt.stderr)

        // A wrong rule in the profile is a located error, exit 2.
        try Data("检查规则:\n  P1: 警告\n  P33: 关闭\n".utf8).write(to: profile)
        let broken = try CLI.run(["check", "--profile", profile.path, seed000])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("画像.yaml:3:3: error: 没有规则“P33”，是否想写“P3”？"), broken.stderr)
    }
}
