import Bulletin
import Foundation

enum AssembleCommand: Command {
    static let name = "assemble"
    static let summary = "把来稿编成下一期的笔记（期号、专辑接续过刊）"
    static let usage = """
    用法：jianbao assemble 来稿… [--from 过刊目录] [--issue 期号] [--album-number 专辑序号] [--date 日期] [--profile 画像] [-o 输出文件]

    读取每篇来稿（纯文本、Markdown、Word 文档 .docx 或单篇文章的笔记，按内容判断），按给出的顺序编成下一期
    的笔记：期号和专辑序号接续过刊中的最后一期（各加 1），专辑名称、分送和份数照抄，日期默认
    今天。每篇来稿的问题以来稿自己的文件名报告；读入时的修复和未归入的行作为注释写在相关字段
    旁边。来稿没有问题时，生成的笔记不必再改即可用 jianbao draft 起草。

    选项：
      --from 目录           过刊目录（笔记、纯文本、Markdown、.docx），取其中最后一期（年份、期号最大）
      --issue 期号          新一期的期号（优先于 --from）
      --album-number 序号   新一期在专辑中的序号（优先于 --from）
      --date 日期           出刊日期（如 2026年6月18日），默认今天
      --profile 画像        画像文件，或内置画像名 standard、2024
      -o, --output 文件     写入文件（不覆盖已有的文件；/dev/stdout、设备、管道照常写入），默认输出到标准输出

    退出状态：0 来稿都没有错误；1 有来稿带错误（笔记照常写出），或有来稿读不出简报或文章
    （如空文件、不是简报的文字、有误的笔记；不写笔记）；2 用法错误，或来稿、过刊目录无法读取
    （如文件不存在、没有读权限、不是 UTF-8 或 GB18030 文本、损坏的 .docx；不写笔记）。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let (issue, albumNumber, folder, dateText, output, setup) = try nextIssueOptions(&arguments)
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw CommandError(message: "缺少来稿文件") }
        guard folder != nil || issue != nil else {
            throw CommandError(message: "请用 --from 指定过刊目录，或用 --issue 给出期号")
        }
        if let output, Files.wouldReplaceRegularFile(output) {
            throw CommandError(message: "\(output) 已存在；为保护已有笔记，拒绝覆盖")
        }
        guard let profile = try setup.profile() else { return ExitStatus.findings }

        let previous = try folder.flatMap { try DeskFiles.predecessor(in: $0, profile: profile) }
        if let folder, previous == nil, issue == nil { throw DeskFiles.noNumberedIssue(in: folder) }
        return try assemble(paths, previous: previous, issue: issue, albumNumber: albumNumber, dateText: dateText, output: output, profile: profile)
    }

    private static func assemble(_ paths: [String], previous: NotesSkeleton.Predecessor?, issue: Int?, albumNumber: Int?,
                                 dateText: String?, output: String?, profile: HouseProfile) throws -> Int32 {
        var options = CheckOptions(mode: .auto)
        if let limit = profile.articleLengthLimit { options.maxArticleLength = limit }
        for (code, level) in profile.ruleSeverities { options.severities[code] = level }
        var submissions: [Assembly.Submission] = []
        var unreadable = false
        for path in paths {
            let file = try DeskFiles.read(path, profile: profile, checkOptions: options)
            Terminal.report(file.findings, path: path)
            if let reason = file.unreadable {
                Terminal.printError("\(Files.displayName(path))：\(reason)")
                unreadable = true
            }
            submissions.append(Assembly.Submission(name: (path as NSString).lastPathComponent, file: file))
        }
        guard !unreadable else {
            Terminal.printError("jianbao assemble：有来稿无法读取，未写出笔记")
            return ExitStatus.findings
        }
        let skeleton = try NewCommand.skeleton(previous: previous, issue: issue, albumNumber: albumNumber, dateText: dateText)
        let notes = Assembly.notes(skeleton, submissions: submissions, profile: profile)
        try Files.write(notes, to: output, inputs: paths)
        return submissions.contains(where: \.file.hasErrors) ? ExitStatus.findings : ExitStatus.clean
    }
}
