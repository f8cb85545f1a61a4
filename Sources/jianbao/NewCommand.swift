// Owner: issue 4. Not implemented yet.
enum NewCommand: Command {
    static let name = "new"
    static let summary = "为下一期生成带注释的笔记骨架"
    static let usage = "用法：jianbao new（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
