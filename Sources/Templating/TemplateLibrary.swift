import SourceText
import Foundation

/// A folder of templates that may include each other by name.
///
/// Partials and parents resolve only among the templates loaded here: a name is a
/// dictionary key, never a file path, so no template can make the engine read a file
/// outside the folder. Loading never follows a symbolic link out of the folder.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template]
    /// Names that exist in the folder but were not loaded (symbolic links leaving the
    /// folder): asking for them is an error rather than "not found".
    private var refused: Refusals

    /// Every `*.mustache` file below `directory`; a template's name is its path relative to
    /// the folder without ".mustache" ("bulletin.txt", "partials/point.md").
    public init(directory: String) throws(TemplateError) {
        let loaded = try TemplateFolder.load(directory)
        try self.init(files: loaded.files)
        self.refused = loaded.refused
    }

    /// Templates from memory; keys are file names like "bulletin.txt.mustache".
    public init(sources: [String: String]) throws(TemplateError) {
        try self.init(files: sources.map { (TemplateName.strippingExtension($0.key), $0.value) })
    }

    /// Already parsed templates, by their names.
    public init(templates: [Template]) {
        self.templates = Dictionary(templates.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.refused = Refusals()
    }

    private init(files: [(name: String, source: String)]) throws(TemplateError) {
        var templates: [String: Template] = [:]
        var errors: [TemplateError] = []
        for (name, source) in files.sorted(by: { $0.name < $1.name }) {
            do {
                templates[name] = try Template(source: source, name: name, escape: .forTemplateName(name))
            } catch {
                errors.append(error)
            }
        }
        if let combined = TemplateError.combining(errors) { throw combined }
        self.templates = templates
        self.refused = Refusals()
    }

    /// The names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    public func template(named name: String) -> Template? { templates[name] }

    /// Renders template `name`; escaping follows that template's output type, also inside
    /// the partials it includes.
    public func render(_ name: String, _ context: TemplateValue, options: RenderOptions = .init()) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            if let reason = refused.reason(for: name) { throw TemplateError.unlocated(reason, name: name) }
            throw TemplateError.unlocated(Messages.unknownTemplate(name), name: name)
        }
        return try Renderer.render(template, context: context, templates: templates, refused: refused, options: options)
    }

    /// This library with `other`'s templates added; where both have a name, `other` wins
    /// (a house's own templates override the defaults).
    public func merging(_ other: TemplateLibrary) -> TemplateLibrary {
        var merged = self
        merged.templates.merge(other.templates) { _, theirs in theirs }
        merged.refused = refused.merging(other.refused, provided: other.templates.keys)
        return merged
    }

    /// Partial and parent tags naming a template that is not in the library: in every
    /// template, or only in `name` and the templates it includes by fixed names. Rendering
    /// prints nothing for them (as the spec asks) unless strict; this finds them up front.
    public func missingPartials(reachableFrom name: String? = nil) -> TemplateError? {
        var pending = Array((name.map { [$0] } ?? names).reversed())
        var visited = Set(pending)
        var errors: [TemplateError] = []
        while let current = pending.popLast() {
            guard let program = templates[current]?.program else { continue }
            // One index per template, built at its first missing partial: thousands of them on one
            // long line must not each re-index the template.
            var lines: LineIndex?
            for reference in program.fixedReferences {
                if templates[reference.name] == nil {
                    let message = refused.reason(for: reference.name) ?? Messages.unknownPartial(reference.name)
                    let index = lines ?? LineIndex(bytes: program.source)
                    lines = index
                    errors.append(TemplateError(diagnostics: [TemplateError.diagnosticAt(message, index: index, from: reference.tag.lowerBound, to: reference.tag.upperBound)],
                                                templateName: current))
                } else if visited.insert(reference.name).inserted {
                    pending.append(reference.name)
                }
            }
        }
        return TemplateError.combining(errors)
    }
}
