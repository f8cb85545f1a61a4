import SourceText

/// A template that cannot be parsed or rendered, with every problem located.
///
/// `paths[i]` is the template name `diagnostics[i]` points into: a problem inside a
/// partial names the partial, not the template that was asked for.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// The template that was being parsed or rendered.
    public var templateName: String
    /// The template name of each diagnostic (same order and count as `diagnostics`).
    public var paths: [String]

    public init(diagnostics: [Diagnostic], templateName: String, paths: [String]? = nil) {
        self.diagnostics = diagnostics
        self.templateName = templateName
        self.paths = paths ?? Array(repeating: templateName, count: diagnostics.count)
    }

    /// Every diagnostic as `name:line:col: error: message` with its source line and caret.
    public func rendered(colour: Bool = false) -> String {
        zip(paths, diagnostics).map { path, diagnostic in diagnostic.rendered(path: path, colour: colour) }
            .joined(separator: "\n")
    }

    public var description: String { rendered() }

    /// A problem located at a byte range of a template's source.
    static func located(_ message: String, in source: [UInt8], name: String, from start: Int, to end: Int) -> TemplateError {
        let index = LineIndex(bytes: source)
        let diagnostic = diagnosticAt(message, index: index, from: start, to: end)
        return TemplateError(diagnostics: [diagnostic], templateName: name)
    }

    static func diagnosticAt(_ message: String, index: LineIndex, from start: Int, to end: Int) -> Diagnostic {
        let range = index.range(ofByteOffsets: start, end)
        var diagnostic = Diagnostic(range: range, message: message)
        diagnostic.attachExcerpt(from: index)
        return diagnostic
    }

    /// A problem with no place in a source (a missing template, an unreadable folder).
    static func unlocated(_ message: String, name: String) -> TemplateError {
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        return TemplateError(diagnostics: [Diagnostic(range: SourceRange(at: start), message: message)], templateName: name)
    }

    /// Several errors as one, keeping each diagnostic's own path.
    static func combining(_ errors: [TemplateError]) -> TemplateError? {
        guard let first = errors.first else { return nil }
        var combined = TemplateError(diagnostics: [], templateName: first.templateName)
        for error in errors {
            combined.diagnostics += error.diagnostics
            combined.paths += error.paths
        }
        return combined
    }
}
