// Owner: issue 5. Not implemented yet.
enum ParseCommand: Command {
    static let name = "parse"
    static let summary = "把已有简报或来稿读回为笔记（YAML/JSON）"
    static let usage = "用法：jianbao parse（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
