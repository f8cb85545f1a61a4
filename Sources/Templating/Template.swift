/// A template parsed once into instructions; render it as often as needed.
public struct Template: Sendable {
    /// The template's name, used in every message ("bulletin.txt", "partials/point.md").
    public let name: String
    /// How `{{name}}` escapes values when this template is the one rendered.
    public let escape: EscapeMode
    let program: Program

    public init(source: String, name: String, escape: EscapeMode) throws(TemplateError) {
        self.name = name
        self.escape = escape
        // A byte-order mark is an editor artefact, not text to print (and not a column).
        var bytes = Array(source.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.program = try Compiler.compile(source: bytes, name: name)
    }

    /// Renders this template alone; partial tags find nothing (use `TemplateLibrary` for partials).
    public func render(_ context: TemplateValue, options: RenderOptions = .init()) throws(TemplateError) -> String {
        try Renderer.render(self, context: context, templates: [:], refused: Refusals(), options: options)
    }
}
