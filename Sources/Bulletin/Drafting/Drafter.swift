import SourceText
import Templating

/// Model + templates + profile → the finished text of an issue, a single article or the
/// distribution footer, in one output format (`txt`, `md`, `html`, …). The format names the
/// template: format `md` renders `bulletin.md` (from `bulletin.md.mustache`).
public struct Drafter: Sendable {
    public var library: TemplateLibrary
    public var profile: HouseProfile
    public var options: RenderOptions

    /// The formats the default templates offer, in the order help texts list them.
    public static let formats = ["txt", "md", "html"]

    public init(library: TemplateLibrary, profile: HouseProfile = .standard, strict: Bool = false) {
        self.library = library
        self.profile = profile
        var options = RenderOptions()
        options.strict = strict
        self.options = options
    }

    /// The built-in templates (`templates/*.mustache`, embedded at build time); with a
    /// format, only the templates of that output type (`*.txt.mustache`), so a one-shot
    /// command does not parse the HTML and DOCX templates it will not use.
    public static func defaultLibrary(format: String? = nil) throws(TemplateError) -> TemplateLibrary {
        let suffix = format.map { ".\($0).mustache" } ?? ".mustache"
        return try TemplateLibrary(sources: DefaultFiles.templates.filter { $0.key.hasSuffix(suffix) })
    }

    /// The built-in templates with a house's own folder over them (its templates win).
    public static func library(overriddenBy directory: String?, format: String? = nil) throws(TemplateError) -> TemplateLibrary {
        let defaults = try defaultLibrary(format: format)
        guard let directory else { return defaults }
        return defaults.merging(try TemplateLibrary(directory: directory))
    }

    public func draft(_ document: NotesDocument, format: String) throws(DraftError) -> String {
        switch document {
        case .bulletin(let bulletin): return try draft(bulletin, format: format)
        case .article(let article): return try draft(article, format: format)
        }
    }

    public func draft(_ bulletin: Bulletin, format: String) throws(DraftError) -> String {
        try render("bulletin", format: format, TemplateContext.value(for: bulletin))
    }

    /// A single article (a submission) without masthead or footer.
    public func draft(_ article: Article, format: String) throws(DraftError) -> String {
        try render("article", format: format, TemplateContext.value(forSubmission: article))
    }

    /// The distribution footer alone.
    /// `issueDate` is what `印发日期: 是` prints.
    public func footer(_ footer: DistributionFooter, issueDate: BulletinDate? = nil, format: String) throws(DraftError) -> String {
        try render("footer", format: format, TemplateContext.value(forFooter: footer, issueDate: issueDate))
    }

    /// The formats this library, or the built-in templates, can produce for `kind`
    /// (`bulletin`, `article`, `footer`); the library may hold only the format asked for.
    public func availableFormats(_ kind: String) -> [String] {
        Self.formats.filter { library.contains("\(kind).\($0)") || DefaultFiles.templates["\(kind).\($0).mustache"] != nil }
    }

    private func render(_ kind: String, format: String, _ context: TemplateValue) throws(DraftError) -> String {
        let name = "\(kind).\(format)"
        guard library.contains(name) else {
            throw .unavailable(template: name, format: format, available: availableFormats(kind).filter { $0 != format })
        }
        // A misspelt partial in a house template would otherwise print nothing (the spec's
        // rule for unknown partials) and silently drop a part of the bulletin.
        if let missing = library.missingPartials(reachableFrom: name) { throw .template(missing) }
        do throws(TemplateError) {
            return try library.render(name, context, options: options)
        } catch {
            throw .template(error)
        }
    }
}

/// Drafting failed: the format has no template, or a template is broken (located in it).
public enum DraftError: Error, Sendable {
    case unavailable(template: String, format: String, available: [String])
    case template(TemplateError)

    /// Chinese text for the CLI; template problems also carry located diagnostics.
    public var message: String {
        switch self {
        case .unavailable(let template, let format, let available):
            let list = available.isEmpty ? "无" : available.joined(separator: "、")
            return "没有模板“\(template).mustache”，无法输出 \(format) 格式（当前可用：\(list)）"
        case .template(let error):
            return "模板“\(error.templateName)”有误"
        }
    }

    public var diagnostics: [Diagnostic] {
        if case .template(let error) = self { return error.diagnostics }
        return []
    }
}
