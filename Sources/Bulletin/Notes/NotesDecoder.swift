import NotesFormat
import SourceText

/// What a notes file describes: a whole issue, or a single article (a city's submission).
public enum NotesDocument: Sendable, Hashable {
    case bulletin(Bulletin)
    case article(Article)
}

/// Notes tree → model. Every problem is reported at its line and column in the notes file,
/// in Chinese; unknown keys get a "did you mean". Values the notes leave out come from the
/// profile (刊名, 编发单位, the default distribution preset).
public struct NotesDecoder: Sendable {
    public var profile: HouseProfile
    /// Refuse values that would misprint (`PrintedValueChecks`): on for notes about to be
    /// drafted, off for an archive's notes, which were printed long ago.
    public var refusesMisprints = true

    /// The keys of each level of the notes schema (docs/notes-format.md, part 2).
    public static let bulletinKeys = ["刊名", "期号", "总期号", "日期", "编发单位", "专辑", "编者按", "文章", "分送", "份数", "印发日期"]
    public static let albumKeys = ["名称", "序号"]
    public static let articleKeys = ["地区", "标题", "导语", "要点", "结语", "供稿"]
    public static let pointKeys = ["小标题", "正文"]
    /// `分送: 无` prints no distribution footer.
    public static let noFooter = "无"

    /// Whether `text` is a notes file rather than bulletin text, judged by content (a notes file
    /// may be called anything): it parses to a mapping with a key of the schema, or — when a
    /// typing slip keeps it from parsing — two schema keys open lines as `键: ` (a bulletin's
    /// own `送：` or `南阳市：` lines are neither schema keys nor half-width).
    public static func looksLikeNotes(_ text: String) -> Bool {
        if let node = try? NotesParser.parse(text), case .mapping = node.value {
            return isNotes(node)
        }
        return opensSchemaKeyLines(text)
    }

    /// The heuristic of `looksLikeNotes` for text that did not parse as a mapping, for a caller
    /// that has already tried to parse it.
    static func opensSchemaKeyLines(_ text: String) -> Bool {
        var found: Set<Substring> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon]
            let rest = line[line.index(after: colon)...]
            if Self.schemaKeys.contains(String(key)), rest.isEmpty || rest.first == " " { found.insert(key) }
            if found.count >= 2 { return true }
        }
        return false
    }

    public init(profile: HouseProfile = .standard) {
        self.profile = profile
    }

    /// The parsed tree when `text` is notes: a mapping with at least one key of an issue or an
    /// article. Judged by content, not by file name: a submission may come as `来稿.txt`.
    public static func notesTree(ifNotes text: String) -> NotesNode? {
        guard let root = try? NotesReading.parse(text), isNotes(root) else { return nil }
        return root
    }

    static let schemaKeys = Set(bulletinKeys + articleKeys)

    /// A parsed tree is notes when it is a mapping with a key of an issue or an article.
    static func isNotes(_ root: NotesNode) -> Bool {
        guard case .mapping(let entries) = root.value else { return false }
        return entries.contains { schemaKeys.contains($0.key) }
    }

    /// Parses and decodes notes text: syntax and schema problems alike come back located.
    public func decode(text: String) throws(NotesDecodingError) -> NotesDocument {
        var warnings: [Diagnostic] = []
        return try decode(text: text, warnings: &warnings)
    }

    /// As `decode(text:)`, also giving the warnings: values that read but may not print as
    /// meant (a 小标题 without its final 。). The thrown error holds the warnings too.
    public func decode(text: String, warnings: inout [Diagnostic]) throws(NotesDecodingError) -> NotesDocument {
        try decode(NotesReading.parse(text), source: text, warnings: &warnings)
    }

    public func decode(_ node: NotesNode, source: String? = nil) throws(NotesDecodingError) -> NotesDocument {
        var warnings: [Diagnostic] = []
        return try decode(node, source: source, warnings: &warnings)
    }

    /// An issue when the top level has issue keys (期号, 文章, …), a single article when it
    /// has article keys (标题, 地区, …).
    public func decode(_ node: NotesNode, source: String? = nil, warnings: inout [Diagnostic]) throws(NotesDecodingError) -> NotesDocument {
        if case .mapping(let entries) = node.value,
           !entries.contains(where: { Self.bulletinKeys.contains($0.key) }),
           entries.contains(where: { Self.articleKeys.contains($0.key) }) {
            return .article(try decodeArticle(node, source: source, warnings: &warnings))
        }
        return .bulletin(try decodeBulletin(node, source: source, warnings: &warnings))
    }

    public func decodeBulletin(_ node: NotesNode, source: String? = nil) throws(NotesDecodingError) -> Bulletin {
        var warnings: [Diagnostic] = []
        return try decodeBulletin(node, source: source, warnings: &warnings)
    }

    public func decodeBulletin(_ node: NotesNode, source: String? = nil, warnings: inout [Diagnostic]) throws(NotesDecodingError) -> Bulletin {
        let reading = NotesReading(source: source)
        reading.rejectControlCharacters(in: node)
        let bulletin = readBulletin(node, reading)
        warnings += try reading.finish()
        return bulletin ?? Bulletin(masthead: Masthead(title: profile.title))
    }

    public func decodeArticle(_ node: NotesNode, source: String? = nil) throws(NotesDecodingError) -> Article {
        var warnings: [Diagnostic] = []
        return try decodeArticle(node, source: source, warnings: &warnings)
    }

    public func decodeArticle(_ node: NotesNode, source: String? = nil, warnings: inout [Diagnostic]) throws(NotesDecodingError) -> Article {
        let reading = NotesReading(source: source)
        reading.rejectControlCharacters(in: node)
        if case .null = node.value { reading.error("笔记为空：单篇文章至少需要“标题”", at: node.range) }
        let article = readArticle(node, reading, what: "文章")
        warnings += try reading.finish()
        return article ?? Article(region: "", headline: "")
    }

    // MARK: - Levels of the schema

    private func readBulletin(_ node: NotesNode, _ reading: NotesReading) -> Bulletin? {
        if case .null = node.value {
            reading.error("笔记为空：一期简报至少需要“期号”“日期”和“文章”（可用 jianbao new 生成骨架）", at: node.range)
            return nil
        }
        guard let fields = reading.fields(node, of: "笔记顶层", keys: Self.bulletinKeys) else { return nil }
        var masthead = Masthead(title: profile.title, issuingBody: profile.issuingBody)
        if let node = fields["刊名"], let title = reading.text(node, field: "刊名") { masthead.title = title }
        if let node = fields.required("期号") {
            // `期号: 增刊` for a supplement, printed in place of 第 N 期; `增刊第2期` (or `增刊2`) for
            // supplements counted apart.
            if case .string(let raw, _) = node.value, raw.trimmingCharacters(in: .whitespaces).hasPrefix(Masthead.supplementLine) {
                masthead.isSupplement = true
                let rest = raw.trimmingCharacters(in: .whitespaces).dropFirst(Masthead.supplementLine.count).filter { $0 != " " }
                if !rest.isEmpty {
                    let digits = rest.hasPrefix("第") && rest.hasSuffix("期") ? String(rest.dropFirst().dropLast()) : String(rest)
                    if let number = Int(digits), number > 0 {
                        masthead.issueNumber = number
                    } else {
                        reading.error("期号“\(raw)”不对：增刊写“增刊”，增刊另行编号的写“增刊第2期”", at: node.range)
                    }
                }
            } else {
                masthead.issueNumber = reading.wholeNumber(node, field: "期号")
            }
        }
        masthead.totalIssueNumber = fields["总期号"].flatMap { reading.wholeNumber($0, field: "总期号") }
        masthead.date = fields.required("日期").flatMap { reading.date($0, field: "日期") }
        if let node = fields["编发单位"], let lines = reading.lineList(node, field: "编发单位") { masthead.issuingBody = lines }
        let album = fields["专辑"].flatMap { readAlbum($0, reading) }
        let editorsNote = fields["编者按"].flatMap { node -> [String]? in
            guard let paragraphs = reading.paragraphs(node, field: "编者按") else { return nil }
            // The label is printed from the model: written here too, it would be printed twice.
            if let first = paragraphs.first, GenrePatterns.editorsNote(Array(first.utf8)) != nil {
                reading.error("“编者按”的值不要再以“编者按：”开头，印刷时会自动加上", at: node.range)
                return nil
            }
            return paragraphs
        } ?? []
        var articles: [Article] = []
        if let list = fields.required("文章") {
            if case .sequence(let items) = list.value {
                if items.isEmpty { reading.error("“文章”是空列表：一期简报至少要有一篇文章", at: list.range) }
                for (index, item) in items.enumerated() {
                    if let article = readArticle(item, reading, what: "第 \(index + 1) 篇文章") { articles.append(article) }
                }
            } else {
                reading.error("“文章”应为列表（每篇一项，以“- 地区: …”开头），这里是\(NotesReading.shapeName(list))", at: list.range)
            }
        }
        let footer = readFooter(fields, reading)
        return Bulletin(masthead: masthead, album: album, editorsNote: editorsNote, articles: articles, footer: footer)
    }

    private func readAlbum(_ node: NotesNode, _ reading: NotesReading) -> Album? {
        guard let fields = reading.fields(node, of: "专辑", keys: Self.albumKeys) else { return nil }
        let theme = fields.required("名称").flatMap { reading.text($0, field: "名称", allowEmpty: false) }
        if refusesMisprints, let theme, let node = fields["名称"] { PrintedValueChecks.placeholder(theme, field: .albumTheme, at: node.range, reading) }
        let number = fields.required("序号").flatMap { reading.wholeNumber($0, field: "序号") }
        if let number, ChineseNumeral.string(number) == nil {
            reading.error("专辑序号 \(number) 超出可写成中文数字的范围（1–9999）", at: fields["序号"]?.range ?? node.range)
            return nil
        }
        guard let theme, let number else { return nil }
        return Album(theme: theme, number: number)
    }

    private func readArticle(_ node: NotesNode, _ reading: NotesReading, what: String) -> Article? {
        guard let fields = reading.fields(node, of: what, keys: Self.articleKeys) else { return nil }
        let regionNode = fields["地区"], headlineNode = fields.required("标题"), contributorNode = fields["供稿"]
        let leadNode = fields["导语"], closingNode = fields["结语"]
        let region = regionNode.flatMap { reading.text($0, field: "地区") } ?? ""
        let headline = headlineNode.flatMap { reading.text($0, field: "标题", allowEmpty: false) }
        let lead = leadNode.flatMap { reading.paragraphs($0, field: "导语") } ?? []
        let closing = closingNode.flatMap { reading.paragraphs($0, field: "结语") } ?? []
        let contributor = contributorNode.flatMap { reading.text($0, field: "供稿") }
        var points: [Point] = []
        if let list = fields["要点"] {
            if case .sequence(let items) = list.value {
                for (index, item) in items.enumerated() {
                    if let point = readPoint(item, number: index + 1, reading) { points.append(point) }
                }
            } else {
                reading.error("“要点”应为列表（每点一项，以“- 小标题: …”开头），这里是\(NotesReading.shapeName(list))", at: list.range)
            }
        }
        if refusesMisprints {
            PrintedValueChecks.article(region: regionNode.map { ($0, region) }, headline: headlineNode.flatMap { node in headline.map { (node, $0) } },
                                       lead: lead.isEmpty ? nil : leadNode, closing: closing.isEmpty ? nil : closingNode,
                                       contributor: contributorNode.flatMap { node in contributor.map { (node, $0) } }, reading)
        }
        guard let headline else { return nil }
        return Article(region: region, headline: headline, lead: lead, points: points, closing: closing, contributor: contributor)
    }

    private func readPoint(_ node: NotesNode, number: Int, _ reading: NotesReading) -> Point? {
        guard let fields = reading.fields(node, of: "要点", keys: Self.pointKeys) else { return nil }
        let headingNode = fields.required("小标题"), bodyNode = fields["正文"]
        let heading = headingNode.flatMap { reading.text($0, field: "小标题", allowEmpty: false) }
        let body = bodyNode.flatMap { reading.paragraphs($0, field: "正文", keepsLeadingEmpty: true) } ?? []
        if refusesMisprints {
            PrintedValueChecks.point(number: number, heading: headingNode.flatMap { node in heading.map { (node, $0) } }, body: bodyNode,
                                     headingStandsAlone: body.first?.isEmpty ?? true, reading)
        }
        return heading.map { Point(heading: $0, body: body) }
    }

    /// 分送: absent → the profile's default preset; a name → that preset; 无 → none;
    /// a mapping → as written (印发 defaults to the default preset's issuer). 份数 and 印发日期 override
    /// the preset's.
    private func readFooter(_ fields: Fields, _ reading: NotesReading) -> DistributionFooter? {
        var footer: DistributionFooter?
        var explicitlyNone = false
        if let node = fields["分送"] {
            if case .mapping = node.value {
                footer = ProfileDecoder.footer(node, issuerFallback: profile.defaultFooter?.issuer, reading: reading, what: "分送")
            } else if let name = reading.text(node, field: "分送", allowEmpty: false) {
                explicitlyNone = name == Self.noFooter
                footer = profile.preset(named: name)
                if footer == nil, !explicitlyNone {
                    let names = profile.presetNames
                    let hint = Suggestion.closest(to: name, among: names).map { "，是否想写“\($0)”？" } ?? ""
                    let list = names.isEmpty ? "画像中没有分送预设" : "可用：\(names.joined(separator: "、"))、\(Self.noFooter)"
                    reading.error("没有名为“\(name)”的分送预设\(hint)（\(list)）", at: node.range)
                }
            }
        } else {
            footer = profile.defaultFooter
        }
        if let node = fields["份数"], let copies = reading.wholeNumber(node, field: "份数") {
            if explicitlyNone {
                reading.error("“分送: \(Self.noFooter)”时不印版记，“份数”无处可用", at: node.range)
            }
            footer?.copies = copies
        }
        if let node = fields["印发日期"] {
            let setting = ProfileDecoder.readIssuedDate(node, reading: reading)
            if setting.isValid, explicitlyNone {
                reading.error("“分送: \(Self.noFooter)”时不印版记，“印发日期”无处可用", at: node.range)
            }
            if setting.isValid { footer?.issuedDate = setting.date }
        }
        return footer
    }
}
