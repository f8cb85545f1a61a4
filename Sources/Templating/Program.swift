/// One key of a dotted name, kept both as bytes (for the fast comparison in small maps)
/// and as a string (for hashed lookup in large ones).
struct NameComponent: Sendable {
    let bytes: [UInt8]
    let string: String
}

/// A variable or section name: `.` (the current item) or dotted keys `a.b.c`.
struct Name: Sendable {
    let components: [NameComponent]
    let text: String

    var isImplicit: Bool { components.isEmpty }

    init(_ text: String) {
        self.text = text
        if text == "." {
            components = []
        } else {
            components = text.split(separator: ".", omittingEmptySubsequences: false).map {
                NameComponent(bytes: Array($0.utf8), string: String($0))
            }
        }
    }
}

/// The template a partial or parent tag names: fixed, or read from the data.
enum PartialReference: Sendable {
    case fixed(String)
    case dynamic(Name)
}

/// One block argument passed to a parent: `{{$name}}…{{/name}}` inside `{{<parent}}`.
struct BlockOverride: Sendable {
    let name: [UInt8]
    let body: Range<Int>
}

/// One instruction. Parts with a body (sections, blocks, overrides) keep it in the
/// following instructions up to `end`, so a template is one flat array.
enum Op: Sendable {
    /// Literal bytes `text[start..<end]`.
    case text(start: Int32, end: Int32)
    /// `{{name}}` (escaped by the template's mode) or `{{{name}}}` / `{{&name}}`.
    case interpolate(name: Int32, escaped: Bool, tag: Int32)
    /// `{{#name}}` or `{{^name}}`: body is the following ops up to `end`.
    case section(name: Int32, inverted: Bool, end: Int32, tag: Int32)
    /// `{{>name}}`; `indent` indexes `indents` for a standalone tag, -1 inline.
    case partial(reference: Int32, indent: Int32, tag: Int32)
    /// `{{<name}}…{{/name}}`: renders the parent with `overrides`; continues at `end`.
    case parent(reference: Int32, indent: Int32, overrides: Int32, end: Int32, tag: Int32)
    /// `{{$name}}default{{/name}}`: default body up to `end`; `indent` as for partials.
    case block(name: Int32, indent: Int32, end: Int32, tag: Int32)
}

/// A parsed template: instructions plus the tables they index. Immutable and shared.
final class Program: Sendable {
    let name: String
    /// The source, kept only to locate render-time problems (strict mode).
    let source: [UInt8]
    let text: [UInt8]
    let ops: [Op]
    let names: [Name]
    let references: [PartialReference]
    let blockNames: [[UInt8]]
    let indents: [[UInt8]]
    let overrideSets: [[BlockOverride]]
    /// Source byte range of each tag, for messages.
    let tags: [Range<Int>]

    init(name: String, source: [UInt8], text: [UInt8], ops: [Op], names: [Name], references: [PartialReference],
         blockNames: [[UInt8]], indents: [[UInt8]], overrideSets: [[BlockOverride]], tags: [Range<Int>])
    {
        self.name = name
        self.source = source
        self.text = text
        self.ops = ops
        self.names = names
        self.references = references
        self.blockNames = blockNames
        self.indents = indents
        self.overrideSets = overrideSets
        self.tags = tags
    }

    /// Names of partials and parents this template names directly (not dynamic ones).
    var fixedReferences: [(name: String, tag: Range<Int>)] {
        var found: [(String, Range<Int>)] = []
        for op in ops {
            switch op {
            case .partial(let reference, _, let tag), .parent(let reference, _, _, _, let tag):
                if case .fixed(let name) = references[Int(reference)] { found.append((name, tags[Int(tag)])) }
            default:
                break
            }
        }
        return found
    }
}
