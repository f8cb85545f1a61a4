import Foundation

/// Every subcommand, in the order `jianbao help` lists them.
let commands: [any Command.Type] = [
    NewCommand.self,
    AssembleCommand.self,
    DraftCommand.self,
    FooterCommand.self,
    ParseCommand.self,
    CheckCommand.self,
    StatsCommand.self,
    RulesCommand.self,
    NotesCommand.self,
    RenderCommand.self,
]

@MainActor func helpText() -> String {
    var text = """
    jianbao：简报（工作简报）的起草、读取与检查工具

    用法：jianbao <命令> [选项]

    命令：

    """
    let width = commands.map { $0.name.count }.max() ?? 0
    for command in commands {
        text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n"
    }
    text += "\n用 jianbao help <命令> 查看某个命令的用法。输入文件写 - 表示从标准输入读取。\n"
    return text
}

@MainActor func runMain() -> Int32 {
    var rawArguments = Array(CommandLine.arguments.dropFirst())
    guard let name = rawArguments.first else {
        Terminal.printError(helpText())
        return ExitStatus.usage
    }
    rawArguments.removeFirst()
    if name == "help" || name == "--help" || name == "-h" {
        guard let topic = rawArguments.first else {
            Terminal.printOut(helpText())
            return ExitStatus.clean
        }
        guard let command = commands.first(where: { $0.name == topic }) else {
            Terminal.printError("jianbao help：未知命令“\(topic)”\n\n" + helpText())
            return ExitStatus.usage
        }
        Terminal.printOut(command.usage)
        return ExitStatus.clean
    }
    if name == "--version" || name == "version" {
        guard rawArguments.isEmpty else {
            Terminal.printError("jianbao --version：不接受参数“\(rawArguments[0])”")
            return ExitStatus.usage
        }
        Terminal.printOut("jianbao 0.1.0")
        return ExitStatus.clean
    }
    guard let command = commands.first(where: { $0.name == name }) else {
        Terminal.printError("jianbao：未知命令“\(name)”\n\n" + helpText())
        return ExitStatus.usage
    }
    if rawArguments.contains("--help") || rawArguments.contains("-h") {
        Terminal.printOut(command.usage)
        return ExitStatus.clean
    }
    var arguments = Arguments(command: name, rawArguments)
    do {
        return try command.run(&arguments)
    } catch let error as CommandError {
        // A located message is already `path:line:col: error: …`, which editors make clickable.
        Terminal.printError(error.line(for: name))
        return error.status
    } catch {
        Terminal.printError("jianbao \(name)：\(error)")
        return ExitStatus.usage
    }
}

/// A failed write to stdout or stderr (full disk, closed pipe) is an error, never a crash or a
/// silent success: said on stderr when stderr still works, and exit status 2.
@MainActor func finish(_ status: Int32) -> Never {
    var status = status
    if let code = StandardStream.output.failure {
        Terminal.printError("jianbao：无法写入标准输出：\(Files.systemReason(code))")
        status = ExitStatus.usage
    }
    if StandardStream.error.failure != nil { status = ExitStatus.usage }
    exit(status)
}

finish(runMain())
