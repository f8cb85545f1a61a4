// Owner: issue 7. Not implemented yet.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "检查来稿或整期简报，给出定位的诊断"
    static let usage = "用法：jianbao check（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
