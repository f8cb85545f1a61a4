import Foundation
import XCTest

/// `jianbao assemble` (issue 15, item 1): submissions → the next issue's notes → draft → check.
final class AssembleCLITests: XCTestCase {
    static let textSubmission = """
    信阳市：搭平台 强履职 推动主题活动在老区落地见效

    信阳市人大常委会深入落实省人大常委会关于主题活动的安排部署，组织引导全市五级人大代表在推动高质量发展中担当作为。

    一、夯实阵地基础，让代表履职有平台。一是推进站点提质增效。围绕特色产业新建产业代表联络站12个。二是完善常态化进站机制。今年以来累计接待群众2300余人次。

    二、聚焦中心工作，让代表履职有方向。组织代表开展“助力老区振兴”专题调研，形成调研报告3篇。

    下一步，信阳市人大常委会将持续深化代表主题活动。

    （信阳市人大常委会代表工委供稿）

    """

    static let markdownSubmission = """
    ## 滑县：做实“家站点” 畅通民意“直通车”

    滑县人大常委会把代表之家、代表联络站建设作为开展主题活动的重要抓手，让群众的烦心事在家门口得到回应。

    **一、建强阵地，让群众找得到代表。**对全县代表联络站进行提档升级，新设代表联络点8个。

    **二、健全机制，让民意办得好。**一是建立民意分类办理机制。二是建立办理情况反馈机制。

    （安阳市人大常委会代表工委供稿）

    """

    /// A desk: an archive of issues 16 (notes), 17 (notes) and 11 (the seed's text), and three
    /// submissions in four formats (text, Markdown, article notes, Word).
    private func desk() throws -> URL {
        let desk = try temporaryFolder()
        let archive = desk.appendingPathComponent("过刊")
        let submissions = desk.appendingPathComponent("来稿")
        for folder in [archive, submissions] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for name in ["issue-16.yaml", "issue-17.yaml"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("examples/\(name)"), to: archive.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("seeds/000_c878d6b2feb97647.txt"),
                                         to: archive.appendingPathComponent("第11期.txt"))
        try Self.textSubmission.write(to: submissions.appendingPathComponent("信阳.txt"), atomically: true, encoding: .utf8)
        try Self.markdownSubmission.write(to: submissions.appendingPathComponent("滑县.md"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("examples/article.yaml"),
                                         to: submissions.appendingPathComponent("襄城县.yaml"))
        // A Word submission, made as an office would send it: an article drafted as .docx.
        try Self.wordSubmissionNotes.write(to: desk.appendingPathComponent("辉县.yaml"), atomically: true, encoding: .utf8)
        let word = try CLI.run(["draft", "辉县.yaml", "--format", "docx", "-o", "来稿/辉县.docx"], directory: desk)
        XCTAssertEqual(word.status, 0, word.stderr)
        return desk
    }

    static let wordSubmissionNotes = """
    地区: 辉县市
    标题: 建强代表之家 服务群众有温度
    导语: 今年以来，辉县市人大常委会以代表之家建设为抓手，推动代表履职常态化。
    要点:
      - 小标题: 建强阵地，让群众找得到代表。
        正文: 一是完善设施。二是健全制度。
      - 小标题: 丰富活动，让代表作用看得见。
        正文: 组织代表开展接待活动12次。
    供稿: 新乡市人大常委会代表工委

    """

    func testSubmissionsInFourFormatsAssembleDraftAndCheckClean() throws {
        let desk = try desk()
        let submissions = ["来稿/信阳.txt", "来稿/滑县.md", "来稿/襄城县.yaml", "来稿/辉县.docx"]
        // The submissions' own findings: none.
        let own = try CLI.run(["check"] + submissions, directory: desk)
        XCTAssertEqual(own.status, 0, own.stdout + own.stderr)

        let assembled = try CLI.run(["assemble"] + submissions + ["--from", "过刊", "--date", "2026-07-01", "-o", "第18期.yaml"], directory: desk)
        XCTAssertEqual(assembled.status, 0, assembled.stderr)
        XCTAssertEqual(assembled.stderr, "")
        XCTAssertEqual(assembled.stdout, "")
        let notes = try String(contentsOf: desk.appendingPathComponent("第18期.yaml"), encoding: .utf8)
        // 期号 and 专辑 follow the archive's last issue (17, 专辑 7); 分送 and 份数 as it had them.
        XCTAssertTrue(notes.contains("\n期号: 18\n"), notes)
        XCTAssertTrue(notes.contains("\n日期: 2026年7月1日 "), notes)
        XCTAssertTrue(notes.contains("\n  名称: \"“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑\"\n  序号: 8 "), notes)
        XCTAssertTrue(notes.contains("\n分送: 默认 "), notes)
        XCTAssertTrue(notes.contains("\n份数: 60 "), notes)
        // The articles in the order given, each under its file's name.
        let order = ["# 来稿：信阳.txt（纯文本）\n  - 地区: 信阳市\n", "# 来稿：滑县.md（Markdown）\n  - 地区: 滑县\n", "# 来稿：襄城县.yaml（笔记）\n  - 地区: 襄城县\n",
                     "# 来稿：辉县.docx（Word 文档）\n  - 地区: 辉县市\n"]
            .map { notes.range(of: $0)?.lowerBound }
        XCTAssertFalse(order.contains(nil), notes)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())

        let drafted = try CLI.run(["draft", "第18期.yaml", "-o", "第18期.txt"], directory: desk)
        XCTAssertEqual(drafted.status, 0, drafted.stderr)
        XCTAssertEqual(drafted.stderr, "", "no edit needed: no error, no warning")
        let issue = try String(contentsOf: desk.appendingPathComponent("第18期.txt"), encoding: .utf8)
        XCTAssertTrue(issue.contains("\n第 18 期\n"), issue)
        XCTAssertTrue(issue.contains("主题活动专辑（八）\n"), issue)
        XCTAssertTrue(issue.contains("* 信阳市：搭平台 强履职 推动主题活动在老区落地见效\n* 滑县：做实“家站点” 畅通民意“直通车”\n* 襄城县："), issue)
        XCTAssertTrue(issue.contains("\n* 辉县市：建强代表之家 服务群众有温度\n"), issue)
        XCTAssertTrue(issue.contains("\n二、丰富活动，让代表作用看得见。组织代表开展接待活动12次。\n"), issue)
        XCTAssertTrue(issue.contains("一、建强阵地，让群众找得到代表。对全县代表联络站进行提档升级"), issue)
        XCTAssertTrue(issue.hasSuffix("河南省人大常委会代表工作委员会印发 共印 60 份\n"), issue)
        let checked = try CLI.run(["check", "第18期.txt"], directory: desk)
        XCTAssertEqual(checked.status, 0, checked.stdout + checked.stderr)
        XCTAssertFalse((checked.stdout + checked.stderr).contains("error:"))
        XCTAssertFalse((checked.stdout + checked.stderr).contains("warning:"))
    }

    /// Each submission's findings come under its own name; the reader's repairs become comments
    /// beside the fields they concern; the notes are still written (exit 1).
    func testFindingsUnderEachSubmissionsNameAndRemarksBesideTheirFields() throws {
        let desk = try desk()
        let halfWidth = Self.textSubmission.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "。", with: ".")
            .replacingOccurrences(of: "：", with: ":").replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        try halfWidth.write(to: desk.appendingPathComponent("来稿/信阳OCR.txt"), atomically: true, encoding: .utf8)
        try Self.markdownSubmission.replacingOccurrences(of: "让群众的烦心事", with: "让群众的烦心事,")
            .write(to: desk.appendingPathComponent("来稿/滑县.md"), atomically: true, encoding: .utf8)
        let assembled = try CLI.run(["assemble", "来稿/信阳OCR.txt", "来稿/滑县.md", "--issue", "3", "--date", "2026-01-05"], directory: desk)
        XCTAssertEqual(assembled.status, 1, assembled.stderr)
        XCTAssertTrue(assembled.stderr.contains("来稿/滑县.md:3:"), assembled.stderr)
        XCTAssertTrue(assembled.stderr.contains("[P1 halfwidth-punctuation]"), assembled.stderr)
        XCTAssertTrue(assembled.stderr.contains("来稿/信阳OCR.txt:1:"), assembled.stderr)
        XCTAssertTrue(assembled.stdout.contains("\n期号: 3\n"), assembled.stdout)
        XCTAssertTrue(assembled.stdout.contains("\n# 专辑:"), "no archive, no album")
        XCTAssertTrue(assembled.stdout.contains("    供稿: 信阳市人大常委会代表工委  # 读入时：供稿行的括号是半角，按全角（）读取\n"), assembled.stdout)
        XCTAssertTrue(assembled.stdout.contains("    要点:  # 第 1 点：读入时：第 5 行起的这段有"), assembled.stdout)
        // The comments are comments: the notes read back with the repaired text.
        let decoded = try CLI.run(["notes", "-"], stdin: assembled.stdout)
        XCTAssertEqual(decoded.status, 0, decoded.stderr)
        XCTAssertTrue(decoded.stdout.contains("\"供稿\": \"信阳市人大常委会代表工委\""), decoded.stdout)
    }

    /// A notes submission is judged as `check` judges notes: what it prints, at its own line.
    func testANotesSubmissionsFindingsAreAtItsOwnLines() throws {
        let desk = try desk()
        let notes = try String(contentsOf: CLI.packageRoot.appendingPathComponent("examples/article.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "每月15日为代表接待日。", with: "每月15日为代表接待日,")
        try notes.write(to: desk.appendingPathComponent("来稿/襄城县.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["assemble", "来稿/襄城县.yaml", "--issue", "5", "--date", "2026-01-01"], directory: desk)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("来稿/襄城县.yaml:8:22: error: 中文里用了半角“,”"), result.stderr)
        XCTAssertTrue(result.stdout.contains("一是每月15日为代表接待日,二是"), "the notes are written as submitted")
    }

    func testAnUnreadableSubmissionWritesNoNotes() throws {
        let desk = try desk()
        try "这是一段普通的文字，没有标题。\n\n第二段。\n".write(to: desk.appendingPathComponent("来稿/随笔.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["assemble", "来稿/信阳.txt", "来稿/随笔.txt", "--from", "过刊", "-o", "第18期.yaml"], directory: desk)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("来稿/随笔.txt：不是简报"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: desk.appendingPathComponent("第18期.yaml").path))
        XCTAssertEqual(try CLI.run(["assemble", "来稿/信阳.txt"], directory: desk).status, 2, "needs --from or --issue")
        XCTAssertEqual(try CLI.run(["assemble", "--from", "过刊"], directory: desk).status, 2, "needs a submission")
    }

    /// The last issue is the latest year's highest number, not the highest number overall.
    func testTheLastIssueIsTheLatestYearsHighestNumber() throws {
        let desk = try desk()
        let archive = desk.appendingPathComponent("旧刊")
        try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
        try "期号: 30\n日期: 2025年12月20日\n文章:\n  - 标题: 甲\n".write(to: archive.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "期号: 2\n日期: 2026年1月20日\n文章:\n  - 标题: 乙\n份数: 70\n".write(to: archive.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["assemble", "来稿/信阳.txt", "--from", "旧刊", "--date", "2026-02-01"], directory: desk)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\n期号: 3\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n份数: 70 "), result.stdout)
    }
}
