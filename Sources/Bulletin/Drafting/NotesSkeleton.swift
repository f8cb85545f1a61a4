import NotesFormat

/// The commented notes file `jianbao new` prints for the next issue, so a newcomer never
/// starts from a blank file. It decodes as it stands (placeholders are valid values).
public struct NotesSkeleton: Sendable, Hashable {
    public var issueNumber: Int
    public var date: BulletinDate
    public var album: Album?
    public var presetName: String?

    public init(issueNumber: Int, date: BulletinDate, album: Album? = nil, presetName: String? = nil) {
        self.issueNumber = issueNumber
        self.date = date
        self.album = album
        self.presetName = presetName
    }

    /// What an earlier notes file says about numbering: its 期号 and 专辑. Read leniently
    /// from the tree (a half-finished file still counts); nil when it is not readable notes.
    public static func numbering(ofNotes text: String) -> (issueNumber: Int, album: Album?)? {
        guard let root = try? NotesReading.parse(text), case .mapping(let entries) = root.value else { return nil }
        func string(_ node: NotesNode?) -> String? {
            if case .string(let value, _)? = node?.value { return value }
            return nil
        }
        guard let issue = string(entries.first { $0.key == "期号" }?.value).flatMap({ Int($0) }) else { return nil }
        var album: Album?
        if case .mapping(let albumEntries)? = entries.first(where: { $0.key == "专辑" })?.value.value,
           let theme = string(albumEntries.first { $0.key == "名称" }?.value),
           let number = string(albumEntries.first { $0.key == "序号" }?.value).flatMap({ Int($0) }) {
            album = Album(theme: theme, number: number)
        }
        return (issue, album)
    }

    /// The texts the skeleton stands in for real content with. `draft` refuses notes that still
    /// hold one (`NotesDecoder`), so they are kept here, once, for both.
    public enum Placeholder {
        public static let region = "某某市"
        public static let headline = "在这里写标题"
        public static let lead = "在这里写导语。"
        public static let firstHeading = "第一个要点的小标题。"
        public static let firstBody = "正文第一段接在小标题后面。一是……二是……照原样写。"
        public static let secondHeading = "第二个要点的小标题。"
        public static let bodyParagraphs = ["第一段。", "第二段。"]
        public static let closing = "下一步，……"
        public static let contributor = "某某市人大常委会代表工委"
        public static let albumTheme = "“……”主题活动专辑"

        /// Every placeholder a field of the skeleton holds, by field name.
        static let byField: [String: [String]] = [
            "地区": [region], "标题": [headline], "导语": [lead],
            "小标题": [firstHeading, secondHeading], "正文": [firstBody] + bodyParagraphs,
            "结语": [closing], "供稿": [contributor], "名称": [albumTheme],
        ]

        /// The placeholder `value` of `field` still holds, if any: the whole value, or, for
        /// placeholders too distinctive to occur in real text, its start or end (a value typed
        /// next to the placeholder rather than over it). Prefix and suffix only: this runs on
        /// every paragraph drafted.
        public static func left(in value: String, field: String) -> String? {
            guard let candidates = byField[field] else { return nil }
            let trimmed = value.trimmingCharacters(in: " ")
            return candidates.first { trimmed == $0 || ($0.count >= 6 && (trimmed.hasPrefix($0) || trimmed.hasSuffix($0))) }
        }
    }

    /// The skeleton's text: every field of the schema with a short Chinese comment.
    public func text(profile: HouseProfile) -> String {
        let albumNumeral = album.flatMap { ChineseNumeral.albumNumber($0.number) } ?? ""
        var lines = [
            "# 《\(profile.title)》第 \(issueNumber) 期的笔记（由 jianbao new 生成）。",
            "# 填写后运行：jianbao draft 本文件 --format \(Drafter.formats.joined(separator: "|"))|docx（docx 须加 -o 文件名）",
            "# “#”之后是注释，起草时忽略；字段说明见 docs/notes-format.md 第二部分。",
            "期号: \(issueNumber)",
            "日期: \(date)            # 也可写 \(date.mastheadForm) 或 \"\(date.isoForm)\"",
        ]
        if let album {
            lines += [
                "专辑:",
                "  名称: \(NotesQuoting.doubleQuoted(album.theme))",
                "  序号: \(album.number)            # 印为\(albumNumeral)，不要自己写括号和中文数字",
            ]
        } else {
            lines += [
                "# 专辑:                  # 属于某个专辑时去掉这三行开头的“# ”",
                "#   名称: \(NotesQuoting.doubleQuoted(Placeholder.albumTheme))",
                "#   序号: 1",
            ]
        }
        lines += [
            "文章:",
            "  - 地区: \(Placeholder.region)               # 目录和标题印为“\(Placeholder.region)：标题”",
            "    标题: \(Placeholder.headline)",
            "    导语: \(Placeholder.lead)         # 一段写成一行；多段写成列表（每段一行“- ”）",
            "    要点:                      # 编号“一、二、三、”自动生成，不要自己写",
            "      - 小标题: \(Placeholder.firstHeading)",
            "        正文: \(Placeholder.firstBody)",
            "      - 小标题: \(Placeholder.secondHeading)",
            "        正文:",
        ] + Placeholder.bodyParagraphs.map { "          - \($0)" } + [
            "    结语: \(Placeholder.closing)             # 可省略",
            "    供稿: \(Placeholder.contributor)  # 不写括号和“供稿”二字",
        ]
        let presets = profile.presetNames.joined(separator: "、")
        let preset = presetName ?? profile.defaultPresetName ?? NotesDecoder.noFooter
        lines.append("分送: \(preset)                   # 画像中的分送预设（\(presets.isEmpty ? "无" : presets)）；“无”表示不印版记")
        lines.append("# 份数: 60                 # 需要印“共印 N 份”时填写")
        return lines.joined(separator: "\n") + "\n"
    }
}
