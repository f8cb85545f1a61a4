import Foundation
import XCTest

/// `jianbao check` on notes files (issue 15, item 2): what they will print, located in the notes;
/// --fix inside the values only.
final class NotesCheckCLITests: XCTestCase {
    /// The complaint: the example's own comment says to check it, and that gave S1 (and
    /// 25 errors with --article). Now it is checked as the article it prints: clean.
    func testTheExampleArticleChecksClean() throws {
        let result = try CLI.run(["check", "examples/article.yaml"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "检查了 1 个文件，未发现问题\n")
    }

    func testFindingsAndDecodingProblemsAreLocatedInTheNotes() throws {
        let notes = "期号: 3\n日期: 2026年1月5日\n文章:\n  - 地区: 新乡市\n    标题: 织密阵地网\n    要点:\n      - 小标题: 一、建强阵地。\n        正文: 新建联络站１２个,覆盖全市。\n    供稿: 新乡市人大常委会代表工委\n"
        let result = try CLI.run(["check", "-"], stdin: notes)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("<stdin>:7:14: error: “小标题”开头已有编号“一、”"), result.stderr)
        // The summary counts it: never “未发现问题” beside an error (a broken profile said so).
        XCTAssertTrue(result.stderr.hasSuffix("检查了 1 个文件：笔记或画像中的错误 1 处，须改正后才能使用\n"), result.stderr)
        let profile = try CLI.run(["check", "-"], stdin: "名称: 某市\n刊名: 人大工作简报\n分送预设:\n  内部:\n    印发: 乙\n    印发日期: 可能\n")
        XCTAssertEqual(profile.status, 1)
        XCTAssertTrue(profile.stderr.contains("<stdin>:6:11: error: “印发日期”应为"), profile.stderr)
        XCTAssertFalse(profile.stderr.contains("未发现问题"), profile.stderr)
        // Decoding refuses the file, so nothing is drafted to check: the refusal is the finding.
        let fine = notes.replacingOccurrences(of: "一、建强阵地。", with: "建强阵地。")
        let checked = try CLI.run(["check", "-"], stdin: fine)
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.stdout.contains("<stdin>:8:18: error: 全角字符“１２”"), checked.stdout)
        XCTAssertTrue(checked.stdout.contains("<stdin>:8:21: error: 中文里用了半角“,”"), checked.stdout)
        let json = try CLI.run(["check", "--format", "json", "-"], stdin: fine)
        XCTAssertTrue(json.stdout.contains("\"line\": 8, \"column\": 21"), json.stdout)
    }

    func testFixRepairsTheValuesAndTheFileStillReads() throws {
        let folder = try temporaryFolder()
        let notes = folder.appendingPathComponent("第17期.yaml")
        let original = try String(contentsOf: CLI.packageRoot.appendingPathComponent("examples/issue-17.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "开展分类评估，", with: "开展分类评估,")
            .replacingOccurrences(of: "联络站12个", with: "联络站１２个")
            .replacingOccurrences(of: "接待群众2300余人次", with: "接待群众 2300 余人次")
        XCTAssertNotEqual(broken, original)
        try broken.write(to: notes, atomically: true, encoding: .utf8)
        let diff = try CLI.run(["check", "--diff", notes.path])
        XCTAssertTrue(diff.stdout.contains("+        正文: 一是推进站点提质增效。对全市代表联络站开展分类评估，"), diff.stdout)
        XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), broken, "--diff writes nothing")
        let fixed = try CLI.run(["check", "--fix", notes.path])
        XCTAssertEqual(fixed.status, 0, fixed.stdout + fixed.stderr)
        XCTAssertEqual(try String(contentsOf: notes, encoding: .utf8), original, "comments, quoting and indentation as written")
        XCTAssertEqual(try CLI.run(["draft", notes.path]).status, 0)
    }
}
