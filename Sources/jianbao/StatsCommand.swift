import Bulletin
import Foundation

enum StatsCommand: Command {
    static let name = "stats"
    static let summary = "统计过刊：各供稿单位采用篇数、专辑、期号连续性"
    static let usage = """
    用法：jianbao stats 过刊目录 [--format text|csv|json|html] [--year 年份] [--since 日期] [--until 日期] [--profile 画像] [-o 输出文件]

    读取目录中的每一期过刊（笔记、纯文本、Markdown、Word 文档，按内容判断），统计：
      各供稿单位（照“供稿”所写，按所属地市归组）每年、每月被采用的篇数，以及期间内没有来稿的
      单位和地市；每个专辑的各期及序号（缺号、重号）；每年期号的连续性（缺号、重号、日期倒序）。

    选项：
      --format 格式     text（默认，终端表格）、csv（各单位篇数一张表）、json（全部）、
                        html（独立网页：表格和每个单位的柱状图，不含脚本和外部文件）
      --year 年份       只统计该年（如 2026）
      --since 日期      从该日起（2026-06-01、2026年6月1日，或月份 2026-06）
      --until 日期      到该日止（月份 2026-06 含整个六月）
      --profile 画像    画像文件，或内置画像名 standard、2024（读版记时用）
      -o, --output 文件  写入文件（原子写入），默认输出到标准输出

    读不出的文件在标准错误上列出并跳过。没有日期的一期无法归入年月，列出但不计数。同一期存成
    几种格式（年份、期号和各篇文章的地区、标题、供稿相同）只计一次，依次取笔记、Word 文档、
    文本，并列出计入和另有的文件；期号相同而文章不同的仍作重号列出。
    退出状态：0 成功；1 没有可统计的过刊：目录中没有读得出的过刊（不输出统计），或所选期间内
    没有带日期的过刊（统计照常输出，全为 0）；2 用法错误（如起始日晚于截止日）或目录无法读取。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let format = try arguments.choice("--format", from: StatisticsReport.Format.allCases.map(\.rawValue), default: "text")
        let year = try arguments.integer("--year")
        let sinceText = try arguments.option("--since")
        let untilText = try arguments.option("--until")
        let output = try arguments.option("-o", "--output")
        let setup = try DraftingSetup(&arguments, allowTemplates: false)
        var folder = try arguments.single("过刊目录")
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        var period = year.map(StatisticsPeriod.year) ?? StatisticsPeriod()
        for (text, end) in [(sinceText, false), (untilText, true)] {
            guard let text else { continue }
            guard let date = StatisticsPeriod.date(parsing: text, end: end) else {
                throw CommandError(message: "无法识别的日期“\(text)”：请写作 2026-06-01、2026年6月1日 或月份 2026-06")
            }
            // --year with --since/--until: the narrower of the two.
            if end { period.until = min(period.until ?? date, date) } else { period.since = max(period.since ?? date, date) }
        }
        if let since = period.since, let until = period.until, until < since {
            throw CommandError(message: "所选期间是空的：起始日 \(since) 晚于截止日 \(until)；请检查 --since、--until 和 --year")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw CommandError(message: "过刊文件夹 \(folder) 不存在")
        }
        guard isFolder.boolValue else {
            throw CommandError(message: "\(folder) 不是文件夹：stats 读取一个存放过刊的文件夹")
        }
        guard let profile = try setup.profile() else { return ExitStatus.findings }
        let issues = try DeskFiles.archive(in: folder, profile: profile).flatMap { entry in
            // A file of several issues counts each; the later ones are named `file#2`, `file#3`, ….
            let name = (entry.name as NSString).lastPathComponent
            let first = entry.file.bulletin.map { [ArchiveStatistics.Issue(name: name, bulletin: $0, source: entry.file.source)] } ?? []
            return first + entry.file.followingBulletins.enumerated().map { position, bulletin in
                ArchiveStatistics.Issue(name: "\(name)#\(position + 2)", bulletin: bulletin, source: entry.file.source)
            }
        }
        guard !issues.isEmpty else {
            Terminal.printError("jianbao stats：\(folder) 中没有可统计的过刊（*.yaml、*.txt、*.md、*.docx）")
            return ExitStatus.findings
        }
        let statistics = ArchiveStatistics(issues: issues, period: period)
        // The CSV holds the counts only: say there which files were counted as one issue.
        if format == StatisticsReport.Format.csv.rawValue {
            for copies in statistics.copies { Terminal.printError("jianbao stats：同一期的多个文件按一期计：\(StatisticsReport.copiesLine(copies))") }
        }
        try Files.write(StatisticsReport.render(statistics, format: StatisticsReport.Format(rawValue: format) ?? .text), to: output)
        // Nothing counted is what status 1 says, whether the folder or the period is empty.
        guard statistics.issueCount > 0 else {
            Terminal.printError("jianbao stats：所选期间（\(StatisticsReport.periodText(period))）内没有带日期的过刊，统计全为 0")
            return ExitStatus.findings
        }
        return ExitStatus.clean
    }
}
