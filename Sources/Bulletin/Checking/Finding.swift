import SourceText

/// One replacement of the UTF-8 bytes `[start, end)` by `replacement`.
public struct TextEdit: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var replacement: String

    public init(start: Int, end: Int, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}

/// A safe repair: every edit changes punctuation, width, spacing or line breaks, never a word
/// (A1 also deletes a page number's line: a residue of the page, no text).
public struct Fix: Sendable, Hashable {
    /// Chinese, e.g. "改为全角“，”".
    public var description: String
    public var edits: [TextEdit]

    public init(description: String, edits: [TextEdit]) {
        self.description = description
        self.edits = edits
    }
}

/// A rule's finding before it is located: byte offsets into the checked text.
public struct Finding: Sendable, Hashable {
    public var rule: Rule
    public var severity: Severity
    public var start: Int
    public var end: Int
    public var message: String
    public var fix: Fix?

    public init(rule: Rule, severity: Severity, start: Int, end: Int, message: String, fix: Fix? = nil) {
        self.rule = rule
        self.severity = severity
        self.start = start
        self.end = end
        self.message = message
        self.fix = fix
    }
}

/// A located finding, ready to print.
public struct LocatedFinding: Sendable, Hashable {
    public var finding: Finding
    public var range: SourceRange

    public var diagnostic: Diagnostic {
        Diagnostic(severity: finding.severity, range: range, message: finding.message, rule: finding.rule.identifier)
    }
}
