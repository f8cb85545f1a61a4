import NotesFormat

/// The commented notes file `jianbao new` prints for the next issue, so a newcomer never
/// starts from a blank file. It parses as it stands; `draft` refuses it until every placeholder
/// is replaced (`Placeholder`).
public struct NotesSkeleton: Sendable, Hashable {
    public var issueNumber: Int
    public var date: BulletinDate
    public var album: Album?
    /// 分送 as the previous issue wrote it (a preset name, or a mapping); nil: the profile's default.
    public var distribution: NotesValue?
    /// 份数 carried from the previous issue; nil offers the field as a comment.
    public var copies: Int?
    /// `印发日期: 是` carried from the previous issue; false offers the field as a comment.
    public var datedIssuedLine: Bool
    /// 刊名 carried from the previous issue's notes, where they named one of their own.
    public var title: String?

    public init(issueNumber: Int, date: BulletinDate, album: Album? = nil, distribution: NotesValue? = nil, copies: Int? = nil,
                datedIssuedLine: Bool = false, title: String? = nil) {
        self.issueNumber = issueNumber
        self.date = date
        self.album = album
        self.distribution = distribution
        self.copies = copies
        self.datedIssuedLine = datedIssuedLine
        self.title = title
    }

    /// What an earlier issue's notes hand on to the next: 期号, 专辑, 分送, 份数 and
    /// `印发日期: 是` as written (a date of its own belongs to that issue and is not handed on).
    public struct Predecessor: Sendable, Hashable {
        public var issueNumber: Int
        public var album: Album?
        public var distribution: NotesValue?
        public var copies: Int?
        public var datedIssuedLine: Bool
        /// 刊名, when the earlier issue's notes wrote one (a house without a profile of its own).
        public var title: String?

        public init(issueNumber: Int, album: Album? = nil, distribution: NotesValue? = nil, copies: Int? = nil, datedIssuedLine: Bool = false,
                    title: String? = nil) {
            self.issueNumber = issueNumber
            self.album = album
            self.distribution = distribution
            self.copies = copies
            self.datedIssuedLine = datedIssuedLine
            self.title = title
        }
    }

    /// What an earlier notes file hands on. Read leniently from the tree (a half-finished file
    /// still counts); nil when it is not readable notes or has no 期号.
    public static func predecessor(ofNotes text: String) -> Predecessor? {
        guard let root = try? NotesReading.parse(text), case .mapping(let entries) = root.value else { return nil }
        func string(_ node: NotesNode?) -> String? {
            if case .string(let value, _)? = node?.value { return value }
            return nil
        }
        func number(_ key: String, in entries: [NotesEntry]) -> Int? {
            string(entries.first { $0.key == key }?.value).flatMap { Int(BulletinDate.halfWidthDigits($0)) }
        }
        guard let issue = number("期号", in: entries) else { return nil }
        var album: Album?
        if case .mapping(let albumEntries)? = entries.first(where: { $0.key == "专辑" })?.value.value,
           let theme = string(albumEntries.first { $0.key == "名称" }?.value),
           let albumNumber = number("序号", in: albumEntries) {
            album = Album(theme: theme, number: albumNumber)
        }
        var distribution = entries.first { $0.key == "分送" }?.value.plainValue
        if distribution == .null { distribution = nil }
        var dated = string(entries.first { $0.key == "印发日期" }?.value) == "是"
        if case .mapping(var lines)? = distribution, let index = lines.firstIndex(where: { $0.0 == "印发日期" }) {
            dated = lines[index].1 == .string("是")
            lines.remove(at: index)
            distribution = .mapping(lines)
        }
        return Predecessor(issueNumber: issue, album: album, distribution: distribution, copies: number("份数", in: entries),
                           datedIssuedLine: dated, title: string(entries.first { $0.key == "刊名" }?.value))
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

        /// The fields of the skeleton that hold a placeholder.
        public enum Field: Int, Sendable, CaseIterable {
            case region, headline, lead, heading, body, closing, contributor, albumTheme

            /// The key as the notes write it.
            public var key: String {
                switch self {
                case .region: "地区"
                case .headline: "标题"
                case .lead: "导语"
                case .heading: "小标题"
                case .body: "正文"
                case .closing: "结语"
                case .contributor: "供稿"
                case .albumTheme: "名称"
                }
            }

            var placeholders: [String] {
                typealias Text = Placeholder
                return switch self {
                case .region: [Text.region]
                case .headline: [Text.headline]
                case .lead: [Text.lead]
                case .heading: [Text.firstHeading, Text.secondHeading]
                case .body: [Text.firstBody] + Text.bodyParagraphs
                case .closing: [Text.closing]
                case .contributor: [Text.contributor]
                case .albumTheme: [Text.albumTheme]
                }
            }
        }

        /// Each field's placeholders as UTF-8 bytes, indexed by `Field.rawValue`.
        static let bytesByField: [[[UInt8]]] = Field.allCases.map { $0.placeholders.map { Array($0.utf8) } }

        /// Placeholders of at least this many bytes (six CJK characters) are too distinctive to
        /// occur in real text, so a value that starts or ends with one still holds it.
        static let distinctiveLength = 18

        /// The placeholder `value` of `field` still holds, if any: the whole value (spaces
        /// around it aside), or, for distinctive placeholders, its start or end (a value typed
        /// next to the placeholder rather than over it). Compares UTF-8 bytes, without copying:
        /// this runs on every paragraph drafted, and String's comparisons normalise.
        public static func left(in value: String, field: Field) -> String? {
            let candidates = bytesByField[field.rawValue]
            let bytes = value.utf8
            var start = bytes.startIndex, end = bytes.endIndex
            while start < end, bytes[start] == 0x20 { start = bytes.index(after: start) }
            while end > start, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
            let trimmed = bytes[start..<end]
            let count = trimmed.count
            for candidate in candidates {
                let found = count == candidate.count
                    ? trimmed.elementsEqual(candidate)
                    : count > candidate.count && candidate.count >= distinctiveLength
                        && (trimmed.starts(with: candidate) || trimmed.suffix(candidate.count).elementsEqual(candidate))
                if found { return String(decoding: candidate, as: UTF8.self) }
            }
            return nil
        }
    }

    /// The skeleton's text: every field of the schema with a short Chinese comment.
    public func text(profile: HouseProfile) -> String {
        var lines = headerLines(profile: profile, madeBy: "jianbao new")
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
        lines += footerLines(profile: profile)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Comments, 期号, 日期 and 专辑: the lines before 文章.
    func headerLines(profile: HouseProfile, madeBy: String) -> [String] {
        let albumNumeral = album.flatMap { ChineseNumeral.albumNumber($0.number) } ?? ""
        var lines = [
            "# 《\(title ?? profile.title)》第 \(issueNumber) 期的笔记（由 \(madeBy) 生成）。",
            "# 起草：jianbao draft 本文件 --format \(Drafter.formats.joined(separator: "|"))|docx（docx 须加 -o 文件名）",
            "# “#”之后是注释，起草时忽略；字段说明见 docs/notes-format.md 第二部分。",
        ]
        if let title, title != profile.title {
            lines.append("刊名: \(NotesWriter.inlineScalar(title))                # 沿用上一期")
        }
        lines += [
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
        return lines
    }

    /// 分送, 份数 and 印发日期, carried from the previous issue when it had them.
    func footerLines(profile: HouseProfile) -> [String] {
        var lines: [String] = []
        let presets = profile.presetNames.joined(separator: "、")
        let presetsComment = "画像中的分送预设（\(presets.isEmpty ? "无" : presets)）；“无”表示不印版记"
        if case .mapping? = distribution, let distribution {
            lines.append("# 分送沿用上一期；也可改写为\(presetsComment)")
            lines += NotesWriter.yaml(.mapping([("分送", distribution)])).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        } else {
            var preset = profile.defaultPresetName ?? NotesDecoder.noFooter
            if case .string(let name)? = distribution { preset = name }
            let carried = distribution == nil ? "" : "沿用上一期；"
            lines.append("分送: \(NotesWriter.inlineScalar(preset))                   # \(carried)\(presetsComment)")
        }
        // 份数 with 分送: 无 is refused by the decoder: there is no footer to print it in.
        if let copies, distribution != .string(NotesDecoder.noFooter) {
            lines.append("份数: \(copies)                 # 沿用上一期；印“共印 \(copies) 份”")
        } else {
            lines.append("# 份数: 60                 # 需要印“共印 N 份”时填写")
        }
        if datedIssuedLine, distribution != .string(NotesDecoder.noFooter) {
            lines.append("印发日期: 是               # 沿用上一期；印发行印刊头日期（“\(date.description)印发”）")
        } else {
            lines.append("# 印发日期: 是             # 需要在印发行印日期（GB/T 9704）时填写；也可写一个日期")
        }
        return lines
    }
}
