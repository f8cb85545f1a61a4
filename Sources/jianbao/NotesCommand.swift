// Owner: issue 2. Not implemented yet.
enum NotesCommand: Command {
    static let name = "notes"
    static let summary = "按笔记格式读取文件并以 JSON 打印其结构"
    static let usage = "用法：jianbao notes（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
