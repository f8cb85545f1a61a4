import SourceText

/// How a scalar was written; kept so later stages (and the type lint) can tell `16` from `"16"`.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a parsed notes file, with the source range it came from.
public struct NotesNode: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// Every scalar is text; the consumer converts (numbers, dates) and reports its own errors.
        case string(String, ScalarStyle)
        /// Only from an empty value: `key:` or `-` with nothing after it.
        case null
        case sequence([NotesNode])
        /// Entries in file order; keys are unique.
        case mapping([NotesEntry])
    }

    public var value: Value
    public var range: SourceRange

    public init(value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// One `key: value` pair of a mapping.
public struct NotesEntry: Sendable, Hashable {
    public var key: String
    public var keyRange: SourceRange
    public var value: NotesNode

    public init(key: String, keyRange: SourceRange, value: NotesNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// A malformed notes file: one located diagnostic in Simplified Chinese, with the source line.
public struct NotesError: Error, Sendable, Hashable {
    /// What kind of problem it is, for callers and tests that treat them differently.
    public enum Kind: Sendable, Hashable {
        /// Not UTF-8, or a character YAML parsers disagree on.
        case encoding
        /// Broken structure: indentation, missing `: `, unclosed quote, bad escape, duplicate key…
        case syntax
        /// Valid YAML that the subset deliberately leaves out (anchors, tags, flow mappings, …).
        case unsupported
        /// A plain scalar some YAML parser would read as a boolean, null, number or date.
        case ambiguousType
    }

    public var diagnostic: Diagnostic
    public var kind: Kind

    public init(diagnostic: Diagnostic, kind: Kind = .syntax) {
        self.diagnostic = diagnostic
        self.kind = kind
    }
}

/// A range-free notes value, for writing notes files (`NotesWriter`) and for comparing trees.
///
/// Mapping entries are `(key, value)` tuples in order; `Hashable` is written by hand
/// because tuples are not. Keys should be unique (the writer does not check).
public indirect enum NotesValue: Sendable, Hashable {
    case string(String)
    case null
    case sequence([NotesValue])
    case mapping([(String, NotesValue)])

    public static func == (lhs: NotesValue, rhs: NotesValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): return a == b
        case (.null, .null): return true
        case let (.sequence(a), .sequence(b)): return a == b
        case let (.mapping(a), .mapping(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let text):
            hasher.combine(0)
            hasher.combine(text)
        case .null:
            hasher.combine(1)
        case .sequence(let items):
            hasher.combine(2)
            hasher.combine(items)
        case .mapping(let entries):
            hasher.combine(3)
            hasher.combine(entries.count)
            for (key, value) in entries {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }
}

extension NotesNode {
    /// The same tree without source ranges or scalar styles.
    public var plainValue: NotesValue {
        switch value {
        case .string(let text, _): return .string(text)
        case .null: return .null
        case .sequence(let items): return .sequence(items.map(\.plainValue))
        case .mapping(let entries): return .mapping(entries.map { ($0.key, $0.value.plainValue) })
        }
    }
}
