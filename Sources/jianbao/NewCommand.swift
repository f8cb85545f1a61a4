import Bulletin
import Foundation

enum NewCommand: Command {
    static let name = "new"
    static let summary = "为下一期生成带注释的笔记骨架"
    static let usage = """
    用法：jianbao new [--issue 期号] [--album-number 专辑序号] [--from 目录] [--date 日期] [--profile 画像] [-o 输出文件]

    打印下一期的笔记骨架（每个字段都有中文注释），填好后用 jianbao draft 起草。

    选项：
      --issue 期号          新一期的期号
      --album-number 序号   新一期在专辑中的序号（印为“（七）”）
      --from 目录           过刊目录（笔记、纯文本、Markdown、.docx，与 assemble 读法相同）：从最后
                            一期（年份、期号最大）取期号和专辑（各加 1）、分送和份数（照抄）；
                            --issue、--album-number 给出时以它们为准
      --date 日期           出刊日期（如 2026年6月18日），默认今天
      --profile 画像        画像文件，或内置画像名 standard、2024
      -o, --output 文件     写入文件（不覆盖已有的文件；/dev/stdout、设备、管道照常写入），默认输出到标准输出
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let (issue, albumNumber, folder, dateText, output, setup) = try nextIssueOptions(&arguments)
        if let first = try arguments.positionals().first {
            throw CommandError(message: "new 不接受文件参数：\(first)（要从已有笔记续编，请用 --from 目录）")
        }
        guard let profile = try setup.profile() else { return ExitStatus.findings }

        let previous = try folder.flatMap { try DeskFiles.predecessor(in: $0, profile: profile) }
        if let folder, previous == nil, issue == nil { throw DeskFiles.noNumberedIssue(in: folder) }
        let skeleton = try Self.skeleton(previous: previous, issue: issue, albumNumber: albumNumber, dateText: dateText)
        if let output, Files.wouldReplaceRegularFile(output) {
            throw CommandError(message: "\(output) 已存在；为保护已有笔记，拒绝覆盖")
        }
        try Files.write(skeleton.text(profile: profile), to: output)
        return ExitStatus.clean
    }

    /// The next issue after `previous` (期号 and 专辑序号 one past it, 分送 and 份数 as it had them);
    /// `--issue`, `--album-number` and `--date` win. Shared with `assemble`.
    static func skeleton(previous: NotesSkeleton.Predecessor?, issue: Int?, albumNumber: Int?, dateText: String?) throws -> NotesSkeleton {
        // Numbers read from a folder are the user's text: the next one may not exist (Int.max).
        func next(_ number: Int, _ what: String) throws -> Int {
            let (result, overflow) = number.addingReportingOverflow(1)
            guard !overflow else { throw CommandError(message: "过刊中的\(what) \(number) 太大，无法续编；请用 --issue 和 --album-number 给出") }
            return result
        }
        guard let issueNumber = try issue ?? previous.map({ try next($0.issueNumber, "期号") }) else {
            throw CommandError(message: "请用 --issue 给出期号，或用 --from 指定过刊目录")
        }
        var album = try previous?.album.map { Album(theme: $0.theme, number: try next($0.number, "专辑序号")) }
        if let albumNumber {
            album = Album(theme: album?.theme ?? NotesSkeleton.Placeholder.albumTheme, number: albumNumber)
        }
        // The skeleton prints the number as a Chinese numeral: refuse one that has none.
        if let number = album?.number, !ChineseNumeral.range.contains(number) {
            throw CommandError(message: "专辑序号 \(number) 超出可写成中文数字的范围（\(ChineseNumeral.range.lowerBound)–\(ChineseNumeral.range.upperBound)）")
        }
        let date = try DateOption.value(dateText)
        return NotesSkeleton(issueNumber: issueNumber, date: date, album: album,
                             distribution: previous?.distribution, copies: previous?.copies,
                             datedIssuedLine: previous?.datedIssuedLine ?? false, title: previous?.title)
    }
}

/// `--date`: a date as the notes write it, or today when the option is absent.
enum DateOption {
    static func value(_ text: String?) throws -> BulletinDate {
        if let text {
            guard let parsed = BulletinDate(parsing: text) else {
                throw CommandError(message: "无法识别的日期“\(text)”：请写作 2026年6月4日 或 2026-06-04，且须是日历上存在的日期")
            }
            return parsed
        }
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let today = BulletinDate(year: year, month: month, day: day) else {
            throw CommandError(message: "无法确定今天的日期，请用 --date 给出")
        }
        return today
    }
}

/// The options `new` and `assemble` share for the issue they start: its number, its 专辑 number,
/// the archive it follows, its date, where the notes go, and the profile.
func nextIssueOptions(_ arguments: inout Arguments) throws
    -> (issue: Int?, albumNumber: Int?, folder: String?, dateText: String?, output: String?, setup: DraftingSetup)
{
    let issue = try arguments.integer("--issue")
    let albumNumber = try arguments.integer("--album-number")
    let folder = try arguments.folder("--from", holding: "过刊")
    let dateText = try arguments.option("--date")
    let output = try arguments.option("-o", "--output")
    let setup = try DraftingSetup(&arguments, allowTemplates: false)
    return (issue, albumNumber, folder, dateText, output, setup)
}
