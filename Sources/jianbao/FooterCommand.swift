// Owner: issue 4. Not implemented yet.
enum FooterCommand: Command {
    static let name = "footer"
    static let summary = "按预设打印版记（送、发、印发、共印份数）"
    static let usage = "用法：jianbao footer（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
