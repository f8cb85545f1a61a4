/// How `{{name}}` writes a value: a setting of the template, chosen by its output type,
/// so a text bulletin can never contain `&amp;`. `{{{name}}}` and `{{&name}}` never escape.
public enum EscapeMode: Sendable, Hashable {
    /// Escapes `& " < > '` as `&amp; &quot; &lt; &gt; &#39;`.
    case html
    /// Writes values as they are (text, Markdown).
    case none

    /// `.html` for templates producing HTML or XML ("x.html.mustache", "x.html", "x.xml"), else `.none`.
    public static func forTemplateName(_ name: String) -> EscapeMode {
        var base = Substring(name.lowercased())
        if base.hasSuffix(".mustache") { base = base.dropLast(".mustache".count) }
        for suffix in [".html", ".htm", ".xhtml", ".xml", ".svg"] where base.hasSuffix(suffix) {
            return .html
        }
        return .none
    }
}

/// Choices made per rendering call.
public struct RenderOptions: Sendable {
    /// Report every name that resolves to nothing (and every missing partial) instead of
    /// printing nothing for it. A section name counts only when absent: a key present with
    /// null, false or an empty list is how data says "optional, not here".
    public var strict: Bool = false
    /// Start every further line of a multi-line interpolated value with the Markdown
    /// structure of the tag's line (blanks, `>` markers, list markers turned into spaces),
    /// so it stays in the same list item or block quote.
    public var indentMultilineValues: Bool = false
    /// Output past this many bytes stops the rendering with an error at the outermost loop or
    /// partial: nested sections over a list multiply (ten `{{#l}}` over ten items ask for 10^10
    /// lines), and a user's template must not be able to take the machine. The same number (at
    /// least a million) caps the turns of loops and partial expansions, which multiply as well
    /// while printing nothing (28 empty sections over two items: 2^28 turns, a minute).
    public var maximumOutputBytes: Int = Self.defaultMaximumOutputBytes
    public static let defaultMaximumOutputBytes = 16 << 20

    public init(strict: Bool = false, indentMultilineValues: Bool = false, maximumOutputBytes: Int = Self.defaultMaximumOutputBytes) {
        self.strict = strict
        self.indentMultilineValues = indentMultilineValues
        self.maximumOutputBytes = maximumOutputBytes
    }
}
