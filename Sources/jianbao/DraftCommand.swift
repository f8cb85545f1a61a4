// Owner: issue 4. Not implemented yet.
enum DraftCommand: Command {
    static let name = "draft"
    static let summary = "根据笔记起草一期简报（文本、Markdown、HTML）"
    static let usage = "用法：jianbao draft（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
