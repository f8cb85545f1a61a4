import NotesFormat
import SourceText

/// What stays the same from issue to issue in one house style: 刊名, issuing body, named
/// distribution presets, the article length limit and which check rules run at what severity. Profiles are notes-format files
/// (`templates/profiles/*.yaml`, embedded at build time, or a user's own file); the fields
/// of an issue's notes override them.
public struct HouseProfile: Sendable, Hashable {
    /// The profile's name (`standard`, `2024`, or a user's own).
    public var name: String
    /// 刊名, e.g. "代表工作".
    public var title: String
    /// 编发单位, as printed on separate lines.
    public var issuingBody: [String]
    /// 分送预设, in file order.
    public var presets: [DistributionPreset]
    /// 默认分送: the preset used when the notes name none.
    public var defaultPresetName: String?
    /// 文章字数上限: characters of one article's paragraphs, for the checker.
    public var articleLengthLimit: Int?
    /// 检查规则: severity by rule code (`off` disables), over the catalogue's defaults;
    /// the command line's `--enable`/`--disable` override these.
    public var ruleSeverities: [String: RuleSeverity]

    public init(name: String, title: String, issuingBody: [String] = [], presets: [DistributionPreset] = [],
                defaultPresetName: String? = nil, articleLengthLimit: Int? = nil, ruleSeverities: [String: RuleSeverity] = [:]) {
        self.name = name
        self.title = title
        self.issuingBody = issuingBody
        self.presets = presets
        self.defaultPresetName = defaultPresetName
        self.articleLengthLimit = articleLengthLimit
        self.ruleSeverities = ruleSeverities
    }

    /// The footer of a named preset.
    public func preset(named name: String) -> DistributionFooter? {
        presets.first { $0.name == name }?.footer
    }

    /// The footer an issue gets when its notes name no preset.
    public var defaultFooter: DistributionFooter? {
        defaultPresetName.flatMap { preset(named: $0) }
    }

    public var presetNames: [String] { presets.map(\.name) }

    /// The preset name closest to a misspelt one (`默任` → `默认`), for "did you mean".
    public func presetName(closestTo name: String) -> String? {
        Suggestion.closest(to: name, among: presetNames)
    }

    /// The current 代表工作 house style (samples of 2026), from `templates/profiles/standard.yaml`.
    /// Loaded once; the embedded file is tested, so the empty fallback never shows in a release.
    public static let standard: HouseProfile = (try? named("standard")) ?? HouseProfile(name: "standard", title: "")

    /// Names of the built-in profiles (`standard`, `2024`).
    public static var builtInNames: [String] {
        DefaultFiles.templates.keys
            .filter { $0.hasPrefix(profileFolder) && $0.hasSuffix(".yaml") }
            .map { String($0.dropFirst(profileFolder.count).dropLast(5)) }
            .sorted()
    }

    static let profileFolder = "profiles/"

    /// A built-in profile by name, e.g. `named("2024")` for the older 选举任免代表联络工作委员会 style.
    public static func named(_ name: String) throws(NotesDecodingError) -> HouseProfile {
        guard let text = DefaultFiles.templates[profileFolder + name + ".yaml"] else {
            let hint = Suggestion.closest(to: name, among: builtInNames).map { "，是否想写“\($0)”？" } ?? ""
            throw NotesDecodingError(diagnostics: [.init(range: .startOfFile,
                message: "没有名为“\(name)”的内置画像\(hint)（可用：\(builtInNames.joined(separator: "、"))）")])
        }
        return try ProfileDecoder.decode(text: text, base: nil)
    }

    /// A user's profile file over the standard one: keys the file leaves out keep the standard
    /// values, presets of the same name are replaced, new ones are added.
    public static func load(text: String, base: HouseProfile = .standard) throws(NotesDecodingError) -> HouseProfile {
        try ProfileDecoder.decode(text: text, base: base)
    }
}

/// One named distribution preset of a profile (`默认`, …).
public struct DistributionPreset: Sendable, Hashable {
    public var name: String
    public var footer: DistributionFooter

    public init(name: String, footer: DistributionFooter) {
        self.name = name
        self.footer = footer
    }
}
