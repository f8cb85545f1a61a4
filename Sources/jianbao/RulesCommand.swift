// Owner: issue 7. Not implemented yet.
enum RulesCommand: Command {
    static let name = "rules"
    static let summary = "列出全部检查规则及说明"
    static let usage = "用法：jianbao rules（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
