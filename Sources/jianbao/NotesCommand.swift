import NotesFormat

/// `jianbao notes FILE|-`: shows how the tool reads a notes file, as JSON.
enum NotesCommand: Command {
    static let name = "notes"
    static let summary = "按笔记格式读取文件并以 JSON 打印其结构"
    static let usage = """
    用法：jianbao notes <文件|->

    按笔记格式（严格的 YAML 子集）读取文件，把读到的结构以 JSON 打印到标准输出：
    映射为对象（键按文件中的顺序），列表为数组，值一律为字符串，空值为 null。
    文件有错时在标准错误上打印“文件:行:列: error: 说明”和出错的行，退出状态为 1；
    文件无法读取时退出状态为 2。文件写 - 表示从标准输入读取。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let path = try arguments.single("笔记文件")
        let bytes = try Files.read(path)
        do {
            let node = try NotesParser.parse(bytes: bytes)
            Terminal.printOut(NotesWriter.json(node.plainValue))
            return ExitStatus.clean
        } catch {
            Terminal.report([error.diagnostic], path: path)
            return ExitStatus.findings
        }
    }
}
