import Bulletin

enum FooterCommand: Command {
    static let name = "footer"
    static let summary = "按预设打印版记（送、发、印发、共印份数）"
    static let usage = """
    用法：jianbao footer [--preset 预设名] [--copies 份数] [--date 日期] [--format txt|md|html] [--profile 画像] [--templates 模板目录] [-o 输出文件]
          jianbao footer --list [--profile 画像]

    按画像中的分送预设打印版记：送、发、印发单位，以及“共印 N 份”。

    选项：
      --list            列出画像中的分送预设（笔记“分送:”可写的名字）及各自印出的内容
      --preset 预设名   分送预设（默认为画像的默认分送，标准画像中为“默认”）
      --copies 份数     印“共印 N 份”，覆盖预设中的份数
      --date 日期       在印发行印“2026年4月13日印发”（GB/T 9704 的印发日期）；预设写了
                        “印发日期: 是”而不给 --date 时印今天的日期
      --format 格式     txt（默认）、md 或 html
      --profile 画像    画像文件，或内置画像名 standard、2024
      --templates 目录  用该目录中的模板覆盖内置模板
      -o, --output 文件 写入文件（原子写入），默认输出到标准输出
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let list = arguments.flag("--list")
        let presetName = try arguments.option("--preset")
        let copies = try arguments.integer("--copies")
        let dateText = try arguments.option("--date")
        let format = try arguments.choice("--format", from: Drafter.formats, default: "txt")
        let output = try arguments.option("-o", "--output")
        let setup = try DraftingSetup(&arguments)
        if let first = try arguments.positionals().first {
            throw CommandError(message: "footer 不接受文件参数：\(first)")
        }
        if list {
            guard presetName == nil, copies == nil, dateText == nil else {
                throw CommandError(message: "--list 只列出分送预设，不与 --preset、--copies、--date 同用")
            }
            guard let profile = try setup.profile() else { return ExitStatus.findings }
            try Files.write(profile.presetListing, to: output)
            return ExitStatus.clean
        }
        guard let drafter = try setup.drafter(format: format) else { return ExitStatus.findings }
        let profile = drafter.profile
        guard let name = presetName ?? profile.defaultPresetName else {
            throw CommandError(message: "画像“\(profile.name)”没有默认分送，请用 --preset 指定")
        }
        guard var footer = profile.preset(named: name) else {
            let available = profile.presetNames.isEmpty ? "画像中没有分送预设" : "可用：\(profile.presetNames.joined(separator: "、"))；jianbao footer --list 列出各预设的内容"
            let guess = profile.presetName(closestTo: name).map { "是否想写“\($0)”？" } ?? ""
            throw CommandError(message: "没有名为“\(name)”的分送预设\(guess.isEmpty ? "" : "，")\(guess)（\(available)）")
        }
        if let copies { footer.copies = copies }
        if dateText != nil { footer.issuedDate = .issueDate }
        let issueDate = footer.issuedDate == nil ? nil : try DateOption.value(dateText)
        guard let text = try setup.run({ () throws(DraftError) in try drafter.footer(footer, issueDate: issueDate, format: format) }) else {
            return ExitStatus.findings
        }
        try Files.write(text, to: output)
        return ExitStatus.clean
    }
}
