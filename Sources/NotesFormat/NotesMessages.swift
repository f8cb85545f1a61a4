/// Every message the notes reader shows, in one place so wording stays consistent.
/// Each names the feature or mistake and says how to write it instead.
enum NotesMessage {
    // MARK: Encoding and characters
    static let invalidUTF8 = "文件不是有效的 UTF-8 编码；如为 GBK 等编码，请先另存为 UTF-8"
    static func controlCharacter(_ value: UInt32) -> String {
        "含有不可见的控制字符 \(codePoint(value))；请删除它"
    }
    static func lineSeparator(_ value: UInt32) -> String {
        "含有特殊换行字符 \(codePoint(value))，各 YAML 解析器对它的处理不一致；请改用普通换行"
    }
    static let loneCarriageReturn = "单独的回车符（CR）不是受支持的换行；请使用 LF 或 CRLF 换行"
    static let byteOrderMarkInside = "文件中间出现了字节顺序标记（BOM，U+FEFF）；请删除它"
    static func nonCharacter(_ value: UInt32) -> String { "含有非字符 \(codePoint(value))；请删除它" }

    // MARK: Whitespace
    static let tabIndentation = "不支持用制表符（Tab）缩进或分隔；请改用半角空格"
    static let tabInPlainScalar = "不支持在不加引号的值里写制表符（Tab）；请改用空格，或给整个值加引号"
    static let fullWidthSpaceIndentation = "用全角空格“　”缩进了；缩进只能用半角空格"
    static let whitespaceOnlyLastLine = "文件最后一行只有空格且没有换行；请删除这些空格"

    // MARK: Chinese-typing mistakes
    static let fullWidthColon = "键后用了全角冒号“：”；键和值之间要用半角冒号加空格“: ”，例如“标题: 内容”"
    static let missingSpaceAfterColon = "冒号“:”后缺少空格；键和值之间要用半角冒号加空格“: ”"
    static func chineseCommaInFlow(_ comma: String) -> String {
        "方括号列表里用了中文标点“\(comma)”；列表项之间要用半角逗号“,”分隔。如果“\(comma)”是文字的一部分，请给这一项加引号"
    }
    static func unintendedComment(_ dropped: String, quoted: String) -> String {
        "“ #”会开始注释，其后的“\(dropped)”会被丢弃；如果它是值的一部分，请给整个值加引号：\(quoted)；如果是注释，请在“#”后加空格"
    }
    static func unintendedCommentInFlow(_ dropped: String, quoted: String) -> String {
        "“ #”会开始注释，其后的“\(dropped)”会被丢弃，方括号列表也就没有闭合；如果它是列表项的一部分，请给这一项加引号：\(quoted)"
    }

    // MARK: Structure
    static let expectedKey = "这一行应是“键: 值”，但没有找到“: ”（半角冒号加空格）"
    static func duplicateKey(_ key: String, firstLine: Int) -> String {
        "键“\(key)”重复；第 \(firstLine) 行已经有这个键"
    }
    static let rootNotCollection = "笔记的顶层必须是“键: 值”映射或“- ”列表"
    static let misalignedIndentation = "缩进不对：这一行与上面任何一层都对不齐"
    static let unexpectedIndentation = "缩进过深：上一行没有以“:”或“- ”结尾，这一行不应多缩进"
    static let indentationBelowDocument = "缩进比文档第一行还浅；文档的各行至少要与第一行对齐"
    static let expectedSequenceItem = "这里应是列表项“- …”，与上一项对齐"
    static let sequenceItemNotAllowed = "这里不能开始列表项“- ”：同一缩进上是“键: 值”映射"
    static let sequenceOnKeyLine = "列表不能和键写在同一行；请把“- ”项写到下一行并缩进"
    static func keyInValue(_ quoted: String) -> String {
        "值里出现了“: ”，会被当作又一个键；请给整个值加引号：\(quoted)"
    }
    static let trailingContentAfterQuoted = "引号闭合后还有多余的内容；请把整个值都放进引号内"
    static let trailingContentAfterFlow = "方括号列表闭合后还有多余的内容"
    static let commentNeedsSpace = "“#”注释前需要空格"
    static let missingKey = "行首的“: ”前缺少键"
    static func indicatorStart(_ indicator: String, quoted: String) -> String {
        "不加引号的值不能以“\(indicator)”开头；请给整个值加引号：\(quoted)"
    }
    static let keyTooLong = "键太长：从键的第一个字符到冒号超过 1024 个字符（引号、转义和冒号前的空格都算）；YAML 解析器不接受这么长的键"
    static func tooDeep(_ limit: Int) -> String { "不支持超过 \(limit) 层的嵌套；笔记不需要这么深的结构" }
    static let emptyFlowItem = "方括号列表里有空项（多了一个逗号）"
    static let expectedFlowSeparator = "方括号列表项之间要用半角逗号“,”分隔"
    static func flowIndicatorInItem(_ indicator: String) -> String {
        "方括号列表项里不能直接出现“\(indicator)”；请给这一项加引号"
    }

    // MARK: Quoted scalars
    static func invalidEscape(_ escape: String) -> String {
        "双引号里的转义“\\\(escape)”无效；反斜杠本身请写成“\\\\”，或改用单引号"
    }
    static let invalidEscapedCodePoint = "转义写出的码点不是有效的 Unicode 字符"
    static let multiLineQuoted = "不支持跨行的引号文字：引号必须在同一行内闭合；多行文字请用“|”（保留换行）或“>”（折叠成一段）"

    // MARK: Block scalars
    static let blockIndentationIndicator = "不支持块文字的缩进数字（如“|2”）；请去掉数字，让第一行文字决定缩进"
    static let blockHeaderText = "“|”或“>”后不能在同一行写文字；文字请从下一行起缩进书写"
    static let blockLeadingSpaces = "块文字开头的空行比第一行文字缩进得多；请删除这些空行里的空格"
    static let blockTabIndentation = "不支持以制表符（Tab）开头的块文字第一行：有的 YAML 解析器无法确定缩进；请改用空格"
    static let blockTabOnlyLine = "不支持块文字里只含空白却带有制表符（Tab）的行；请删除其中的制表符"

    // MARK: Unsupported YAML features
    static func anchor(_ quoted: String) -> String {
        "不支持锚点（&名称）：笔记格式不用锚点和别名，请直接写出内容。如果这是文字，请加引号：\(quoted)"
    }
    static func alias(_ quoted: String) -> String {
        "不支持别名（*名称）：笔记格式不用锚点和别名，请直接写出内容。如果这是文字，请加引号：\(quoted)"
    }
    static func tag(_ quoted: String) -> String {
        "不支持标签（!类型）：笔记里的值都是文字。如果这是文字，请加引号：\(quoted)"
    }
    static let directive = "不支持指令（%YAML、%TAG）"
    static let multipleDocuments = "不支持多个文档（又一个“---”）；一个文件只写一份笔记"
    static let documentEnd = "不支持文档结束标记“...”；一个文件只写一份笔记"
    static let contentOnDocumentStart = "不支持在“---”这一行写内容；请把内容写到下一行"
    static let explicitKey = "不支持“? ”显式键（复杂键）；请写成“键: 值”"
    static let mergeKey = "不支持合并键“<<”；请直接写出各个键"
    static let flowMapping = "不支持花括号映射“{…}”；请改用每行一个“键: 值”的缩进写法"
    static let nestedFlow = "不支持在方括号列表里再嵌套括号；请改用“- ”逐行书写"
    static let flowUnclosed = "不支持跨行的方括号列表：方括号列表必须在同一行内闭合；较长的列表请改用“- ”逐行书写"
    static let flowKey = "不支持把方括号列表当作键"
    static func overIndentedKey(_ spaces: Int) -> String {
        "这一行比同级的字段多缩进了 \(spaces) 格，会被读成上一行文字的续行；是新字段就与上一行的字段名对齐（多行文字请用“|”或“>”）"
    }
    static let dashWithoutSpace = "列表项的“-”后面缺少空格：写成“- 小标题: …”这样，“-”与内容之间空一格"
    static let multiLinePlain = "不支持跨行的不加引号的值；多行文字请用“|”（保留换行）或“>”（折叠成一段）"
    static let scalarOnNextLine = "不支持把值写在键的下一行；请写在“: ”后面的同一行，多行文字请用“|”或“>”"

    // MARK: Type lint
    static func ambiguousValue(_ text: String, kind: String, quoted: String) -> String {
        "“\(text)”会被有的 YAML 解析器读成\(kind)而不是文字；请加引号：\(quoted)"
    }
    static func ambiguousKey(_ text: String, kind: String, quoted: String) -> String {
        "键“\(text)”会被有的 YAML 解析器读成\(kind)而不是文字；请加引号：\(quoted)"
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
