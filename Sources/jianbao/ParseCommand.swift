import Bulletin
import NotesFormat
import SourceText

enum ParseCommand: Command {
    static let name = "parse"
    static let summary = "把已有简报或来稿读回为笔记（YAML/JSON）"
    static let usage = """
    用法：jianbao parse 文件|- [--format yaml|json] [-o 输出文件] [--article] [--part N] [--profile 画像] [-v|--verbose]

    读取一期已有简报（Word 的 .docx、从 PDF 提取的纯文本、Markdown 或 OCR 识别文本）或一篇来稿，
    输出笔记，可直接修改后用 jianbao draft 重新起草。分页截断的段落、折行的目录条目和
    OCR 的硬折行会被接合，半角标点、全角数字等会被规范；每一处修复都有记录，原文件不会被改动。

    选项：
      --format 格式     yaml（默认，笔记格式）或 json（笔记加修复记录和未归入的行，带行号）
      -o, --output 文件  写入文件（原子写入；不会覆盖输入文件），默认输出到标准输出
      --article         把不是简报的文字（如报纸通讯）作为一篇文章草稿导入：标题、导语、
                        ### 小标题作要点；图片说明、记者署名等舍去并列出
      --part N          文件中有几份简报（如整年合订的存档）或几篇来稿时，读出文件中的第 N 份
                        （按先后，不是期号）；默认第 1 份
      --profile 画像    版记与画像中的分送预设相同时写预设名；默认 standard
      -v, --verbose     在标准错误上列出每一处修复和未归入的行

    退出状态：0 读取成功；1 不是简报（说明原因）；2 用法错误或文件无法读取。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let format = try arguments.choice("--format", from: ["yaml", "json"], default: "yaml")
        let output = try arguments.option("-o", "--output")
        let forceArticle = arguments.flag("--article")
        let verbose = arguments.flag("--verbose", "-v")
        let part = try arguments.integer("--part")
        let setup = try DraftingSetup(&arguments, allowTemplates: false)
        let path = try arguments.single("输入文件")
        let input = try InputDocument.read(path)
        guard !input.isBlank else { throw CommandError(message: InputDocument.emptyMessage(path)) }
        let text = input.text
        guard let profile = try setup.profile() else { return ExitStatus.findings }

        let whole = BulletinReader.read(text, options: ReadOptions(forceArticle: forceArticle))
        let displayPath = Files.displayName(path)
        let issues = whole.issuesInFile
        if let part, part > issues.count {
            let (unit, noun) = whole.kind.partCounting
            throw CommandError(message: issues.count == 1
                ? "\(displayPath)：文件中只有 1 \(unit)\(noun)，不用 --part（--part 按在文件中的先后选取几\(unit)中的一\(unit)，不是期号）"
                : "\(displayPath)：文件中只有 \(issues.count) \(unit)\(noun)，--part 应在 1 至 \(issues.count) 之间（按在文件中的先后，不是期号）")
        }
        let result = issues[(part ?? 1) - 1]
        let otherIssues = whole.otherIssuesNote(reading: part ?? 1)
        if verbose { reportRepairs(result, path: displayPath) }
        if result.kind == .notABulletin, let reason = result.reasonNotABulletin {
            Terminal.printError("\(displayPath)：\(reason)")
            return ExitStatus.findings
        }
        if forceArticle, result.kind == .issue {
            Terminal.printError("\(displayPath)：这是一期完整的简报（\(result.bulletin?.articles.count ?? 0) 篇文章），--article 只用于单篇文章；去掉 --article 即可读取整期")
            return ExitStatus.usage
        }
        let rendered: String
        switch format {
        case "json":
            var report = result.reportValue(profile: profile)
            if case .mapping(var pairs) = report, let parts = whole.partsValue(reading: part ?? 1) {
                pairs.insert(("本文件", parts), at: 0)
                report = .mapping(pairs)
            }
            rendered = NotesWriter.json(report)
        default:
            guard let notes = result.notes(profile: profile) else { return ExitStatus.findings }
            rendered = NotesWriter.yaml(notes, comments: result.notesComments(source: displayPath) + (otherIssues.map { [$0] } ?? []))
        }
        try Files.write(rendered.hasSuffix("\n") ? rendered : rendered + "\n", to: output, inputs: [path])
        if !verbose, !result.missingFields.isEmpty {
            Terminal.printError(result.missingFields.map { "\(displayPath)：注意：\($0)" }.joined(separator: "\n"))
        }
        if let otherIssues { Terminal.printError("\(displayPath)：注意：\(otherIssues)") }
        return ExitStatus.clean
    }

    /// One located line per repair and per unplaced line, in the diagnostic format.
    static func reportRepairs(_ result: ReadResult, path: String) {
        var lines: [String] = []
        for repair in result.repairs {
            lines.append("\(path):\(repair.range.start.line):\(repair.range.start.column): 修复：\(repair.message) [\(repair.kind.rawValue)]")
        }
        for line in result.unplaced {
            lines.append("\(path):\(line.range.start.line):\(line.range.start.column): 未归入：\(line.message)：“\(line.text)” [\(line.reason.rawValue)]")
        }
        for missing in result.missingFields { lines.append("\(path)：注意：\(missing)") }
        if !lines.isEmpty { Terminal.printError(lines.joined(separator: "\n")) }
    }
}
