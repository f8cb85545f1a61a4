/// Every user-facing message of the engine, in Simplified Chinese, in one place.
enum Messages {
    static func unclosedTag(close: String) -> String {
        "标签没有闭合：缺少“\(close)”"
    }
    static func unclosedSection(_ opening: String, name: String, _ delimiters: Delimiters) -> String {
        "“\(opening)”没有对应的结束标签 \(delimiters.tag("/", name))"
    }
    static func mismatchedClose(close: String, openingTag: String, openingName: String, line: Int, column: Int, _ delimiters: Delimiters) -> String {
        "结束标签 \(delimiters.tag("/", close)) 与第 \(line) 行第 \(column) 列的开始标签“\(openingTag)”不匹配，应为 \(delimiters.tag("/", openingName))"
    }
    static func strayClose(_ name: String, _ delimiters: Delimiters) -> String {
        "结束标签 \(delimiters.tag("/", name)) 前面没有对应的开始标签"
    }
    static func nestedTooDeeply(limit: Int) -> String {
        "节嵌套超过 \(limit) 层，请检查是否漏写了结束标签"
    }
    /// The example is written with the delimiters in force, switching to different ones.
    static func badDelimiter(in delimiters: Delimiters) -> String {
        let example = delimiters == .standard ? "<% %>" : "{{ }}"
        return "分隔符设置无效：应写成 \(delimiters.tag("=", example + "=")) 的形式，即两个不含空白和等号的分隔符，中间用空格隔开"
    }
    static let missingName = "标签里缺少名字"
    static func emptyNameSegment(_ name: String) -> String {
        "名字“\(name)”不完整：点号两边都要有名字，如“文章.标题”；单独一个点“.”表示当前项"
    }
    static func spaceInName(_ name: String) -> String {
        "名字“\(name)”里不能有空白"
    }
    static func unsafePartialName(_ name: String) -> String {
        "局部模板名“\(name)”不安全：只能引用模板文件夹内的模板，名字不能含“..”，也不能以“/”开头"
    }
    static func unknownPartial(_ name: String) -> String {
        "找不到局部模板“\(name)”：模板文件夹中没有 \(name).mustache"
    }
    static func partialOutsideFolder(_ name: String) -> String {
        "局部模板“\(name)”是指向模板文件夹之外的符号链接，为安全起见不读取"
    }
    static func partialLinksToFolder(_ name: String) -> String {
        "“\(name).mustache”是指向文件夹的符号链接，不是模板文件；局部模板要用文件名引用，如 {{> \(name)/文件名}}"
    }
    static func partialLinkBroken(_ name: String) -> String {
        "局部模板“\(name)”是符号链接，但它指向的文件不存在"
    }
    static func partialInFolderOutside(_ name: String, folder: String) -> String {
        "局部模板“\(name)”在指向模板文件夹之外的符号链接文件夹“\(folder)”里，为安全起见不读取"
    }
    static func unknownTemplate(_ name: String) -> String {
        "找不到模板“\(name)”"
    }
    static func unresolvedName(_ name: String) -> String {
        "找不到名字“\(name)”：数据中没有这一项（严格模式）"
    }
    static func absentSectionName(_ name: String) -> String {
        "找不到名字“\(name)”：数据中没有这一项（严格模式）；可以没有的项，请在数据中写成 null、false 或空列表"
    }
    static func notPrintable(_ name: String, kind: String, _ delimiters: Delimiters) -> String {
        "“\(name)”是\(kind)，不能直接输出；请用 \(delimiters.tag("#", name))…\(delimiters.tag("/", name)) 逐项输出（严格模式）"
    }
    static func dynamicNameNotString(_ name: String) -> String {
        "动态模板名“*\(name)”的值不是字符串（严格模式）"
    }
    static func tooDeep(_ name: String, limit: Int) -> String {
        "局部模板嵌套超过 \(limit) 层（在“\(name)”处），可能是模板直接或间接包含了自己"
    }
    static func tooManyTurns(limit: Int) -> String {
        "循环和局部模板展开超过 \(limit) 次，从这里的循环或局部模板开始展开过多（多层区块套在同一个列表上会成倍增长）；检查模板，或用 --max-output 调高上限（它同时限定输出的字节数和展开的次数）"
    }
    static func outputTooLarge(limit: Int) -> String {
        "输出超过上限 \(limit >> 20) MB，从这里的循环或局部模板开始展开过多（多层区块套在同一个列表上会成倍增长）；检查模板，或用 --max-output 调高上限"
    }
    static func notUTF8(byte: UInt8) -> String {
        "模板不是 UTF-8 编码的文本（此处字节 0x\(String(byte, radix: 16, uppercase: true)) 无效）；如为 GBK，请先另存为 UTF-8"
    }
    static func folderMissing(_ path: String) -> String {
        "模板文件夹 \(path) 不存在或不是文件夹"
    }
    static func unreadable(_ path: String) -> String {
        "无法读取模板文件 \(path)"
    }
}
