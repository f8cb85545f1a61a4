import Foundation

/// A number shared by concurrent renderings of one template: a hint, so a lost update is harmless.
final class SizeHint: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0

    var value: Int {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

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

/// The tag delimiters in force at a place: messages quote tags the way the user writes
/// them there (`<%#甲%>` after `{{=<% %>=}}`).
struct Delimiters: Sendable, Equatable {
    let open: String
    let close: String

    static let standard = Delimiters(open: "{{", close: "}}")

    func tag(_ sigil: String, _ name: String) -> String { open + sigil + name + close }
}

/// A set-delimiter tag: from byte `offset` on, `delimiters` are in force.
struct DelimiterChange: Sendable {
    let offset: Int
    let delimiters: Delimiters
}

extension [DelimiterChange] {
    /// The delimiters in force at byte `offset` (templates rarely change them: usually empty).
    func delimiters(at offset: Int) -> Delimiters {
        last { $0.offset <= offset }?.delimiters ?? .standard
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

/// Literal template text, kept as a `String` so output is built by appending strings:
/// the result then needs no second UTF-8 validation, which would cost more than rendering.
struct TextPiece: Sendable {
    let string: String
    let endsWithLineBreak: Bool
    let isLineBreak: Bool

    init(_ bytes: ArraySlice<UInt8>) {
        string = String(decoding: bytes, as: UTF8.self)
        endsWithLineBreak = bytes.last == UInt8(ascii: "\n")
        isLineBreak = bytes.elementsEqual([UInt8(ascii: "\n")]) || bytes.elementsEqual([UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }
}

/// One instruction. Parts with a body (sections, blocks, overrides) keep it in the
/// following instructions up to `end`, so a template is one flat array.
enum Op: Sendable {
    /// Literal text `texts[piece]`.
    case text(piece: Int32)
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
    let texts: [TextPiece]
    let ops: [Op]
    let names: [Name]
    let references: [PartialReference]
    let blockNames: [[UInt8]]
    let indents: [String]
    let overrideSets: [[BlockOverride]]
    /// Source byte range of each tag, for messages.
    let tags: [Range<Int>]
    /// Where set-delimiter tags change the delimiters, for quoting tags in messages.
    let delimiterChanges: [DelimiterChange]
    /// How large the output was last time, to reserve it at once next time.
    let outputSizeHint = SizeHint()

    init(name: String, source: [UInt8], texts: [TextPiece], ops: [Op], names: [Name], references: [PartialReference],
         blockNames: [[UInt8]], indents: [String], overrideSets: [[BlockOverride]], tags: [Range<Int>],
         delimiterChanges: [DelimiterChange])
    {
        self.name = name
        self.source = source
        self.texts = texts
        self.ops = ops
        self.names = names
        self.references = references
        self.blockNames = blockNames
        self.indents = indents
        self.overrideSets = overrideSets
        self.tags = tags
        self.delimiterChanges = delimiterChanges
    }

    func delimiters(atTag tag: Int32) -> Delimiters {
        delimiterChanges.delimiters(at: tags[Int(tag)].lowerBound)
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
