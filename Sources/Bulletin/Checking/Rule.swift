import SourceText

/// How a rule reports by default; `off` rules run only when enabled.
public enum RuleSeverity: String, Sendable, Hashable, CaseIterable {
    case error, warning, off

    /// A level as users write it, in a profile or on the command line: 错误 | 警告 | 关闭,
    /// or error | warning | off.
    public init?(userText text: String) {
        switch text.trimmingSpaces.lowercased() {
        case "错误", "error": self = .error
        case "警告", "warning": self = .warning
        case "关闭", "off": self = .off
        default: return nil
        }
    }

    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .off: nil
        }
    }
}

/// Whether a rule needs the whole issue (masthead, contents, footer) or also applies to one article.
public enum RuleScope: String, Sendable, Hashable {
    case text, article, issue
}

/// One check with a stable identity, in the manner of ruff: code + slug, severity,
/// a one-line Chinese message, and documentation with a wrong and a right example.
/// A class, so that the many findings of a long text share one rule instead of copying its texts.
public final class Rule: Sendable, Hashable {
    /// Stable short code, e.g. `P3`; never reused for another check.
    public let code: String
    /// Stable readable name, e.g. `unbalanced-quote`.
    public let slug: String
    public let severity: RuleSeverity
    public let scope: RuleScope
    /// Short Chinese title for the rules document.
    public let title: String
    /// Default one-line message: what is wrong and how to fix it.
    public let message: String
    /// Why the rule exists and what it leaves alone (Chinese, may cite GB/T).
    public let explanation: String
    public let wrongExample: String
    public let rightExample: String
    /// True when `--fix` can repair findings of this rule safely (content words never change).
    public let fixable: Bool

    public init(code: String, slug: String, severity: RuleSeverity, scope: RuleScope, title: String, message: String,
                explanation: String, wrongExample: String, rightExample: String, fixable: Bool = false) {
        self.code = code
        self.slug = slug
        self.severity = severity
        self.scope = scope
        self.title = title
        self.message = message
        self.explanation = explanation
        self.wrongExample = wrongExample
        self.rightExample = rightExample
        self.fixable = fixable
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// `P3 unbalanced-quote`, as shown in brackets after each diagnostic.
    public var identifier: String { code + " " + slug }

    /// True when `name` names this rule by code or slug (case-insensitive) or as `code slug`.
    public func matches(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered == code.lowercased() || lowered == slug || lowered == identifier.lowercased()
    }
}

/// Every rule, in documentation order. Codes are stable: add new rules at the end of a group.
public enum RuleCatalogue {
    public static let all: [Rule] = [
        HalfwidthPunctuation.rule,
        FullwidthAlphanumeric.rule,
        UnbalancedQuote.rule,
        StraySpace.rule,
        DateRangeDash.rule,
        RepeatedPunctuation.rule,
        PointNumberForm.rule,
        SpaceBesideAlphanumeric.rule,
        SplitParagraph.rule,
        PlusReadAsTen.rule,
        NotABulletin.rule,
        MastheadIncomplete.rule,
        AlbumLine.rule,
        ContentsMismatch.rule,
        HeadingForm.rule,
        PointSequence.rule,
        SubPointSequence.rule,
        MissingContributor.rule,
        FooterIncomplete.rule,
        CopiesForm.rule,
        LevelSequence.rule,
        UnknownRegion.rule,
        ContributorRegion.rule,
        CountyUnderWrongCity.rule,
        ArticleTooLong.rule,
    ]

    /// The rule named by code, slug or `code slug`.
    public static func rule(named name: String) -> Rule? {
        all.first { $0.matches(name) }
    }

    /// The rules a user's name selects (profile, `--enable`/`--disable`, suppression comments):
    /// a code, a slug, `code slug`, or `all` / `全部`; nil when it names none.
    public static func rules(named name: String) -> [Rule]? {
        let name = name.trimmingSpaces
        if name == "all" || name == "全部" { return all }
        return rule(named: name).map { [$0] }
    }

    /// What to tell a user whose rule name names none: the closest name, else where to look.
    public static func unknownNameMessage(_ name: String) -> String {
        "没有规则“\(name)”" + (closestName(to: name).map { "，是否想写“\($0)”？" } ?? "（用 jianbao rules 查看全部规则）")
    }

    /// The code, slug or `code slug` closest to a misspelt rule name, for "did you mean".
    public static func closestName(to name: String) -> String? {
        Suggestion.closest(to: name.lowercased(), among: all.flatMap { [$0.code.lowercased(), $0.slug, $0.identifier.lowercased()] })
            .flatMap { lowered in all.lazy.compactMap { rule in [rule.code, rule.slug, rule.identifier].first { $0.lowercased() == lowered } }.first }
    }
}
