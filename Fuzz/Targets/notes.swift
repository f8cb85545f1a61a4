import NotesFormat
import SourceText

// Notes parser (the YAML subset): any bytes either parse or give one located error; what
// parses, written back by NotesWriter, reads back as the same tree.
func fuzz(_ bytes: [UInt8]) {
    for typeLint in [true, false] {
        let node: NotesNode
        do {
            node = try NotesParser.parse(bytes: bytes, options: .init(typeLint: typeLint))
        } catch {
            let position = error.diagnostic.range.start
            let end = error.diagnostic.range.end
            // One line more than the text has is allowed: "unexpected end" points past the last line.
            let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            guard position.line >= 1, position.column >= 1, position.line <= lines + 1,
                  position.offset >= 0, position.offset <= bytes.count, end.offset >= position.offset, end.offset <= bytes.count
            else {
                propertyFailed("a notes error is located inside the text", "\(error.diagnostic.range) for \(describe(bytes))")
            }
            _ = error.diagnostic.rendered(path: "fuzz.yaml")
            continue
        }
        guard !typeLint else { continue }
        let value = node.plainValue
        // What NotesWriter documents it cannot express: a string root, a key written longer than 1024.
        if case .string = value { continue }
        if hasLongKey(value) { continue }
        let yaml = NotesWriter.yaml(value)
        _ = NotesWriter.json(value)
        do {
            let again = try NotesParser.parse(bytes: Array(yaml.utf8), options: .init(typeLint: false)).plainValue
            let expected: NotesValue = switch value {
            case .sequence(let items) where items.isEmpty: .null
            default: expressible(value)
            }
            guard again == expected else {
                propertyFailed("written notes read back as the same tree", "input \(describe(bytes))\nwritten \(String(reflecting: yaml))")
            }
        } catch {
            propertyFailed("written notes parse", "input \(describe(bytes))\nwritten \(String(reflecting: yaml))\n\(error.diagnostic.rendered(path: "written.yaml"))")
        }
    }
}

/// Whether a key's written form spans more than 1024 characters up to its `:`, which the
/// writer writes and the reader rejects (YAML's limit for implicit keys).
func hasLongKey(_ value: NotesValue) -> Bool {
    switch value {
    case .mapping(let entries):
        return entries.contains { NotesWriter.inlineScalar($0.0, asKey: true).unicodeScalars.count > 1000 || hasLongKey($0.1) }
    case .sequence(let items):
        return items.contains(where: hasLongKey)
    default:
        return false
    }
}

/// The tree as the writer can express it: an empty mapping, or a root that is not a non-empty
/// mapping or sequence, is written as null.
func expressible(_ value: NotesValue) -> NotesValue {
    switch value {
    case .mapping(let entries) where entries.isEmpty: return .null
    case .mapping(let entries): return .mapping(entries.map { ($0.0, expressible($0.1)) })
    case .sequence(let items): return .sequence(items.map(expressible))
    default: return value
    }
}
