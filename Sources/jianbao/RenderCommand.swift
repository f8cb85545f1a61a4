// Owner: issue 3. Not implemented yet.
enum RenderCommand: Command {
    static let name = "render"
    static let summary = "用数据文件渲染任意模板"
    static let usage = "用法：jianbao render（尚未实现）"

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        throw CommandError(message: "尚未实现")
    }
}
