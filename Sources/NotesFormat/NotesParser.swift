import SourceText

/// Reads notes: the strict YAML subset described in `docs/notes-format.md`.
///
/// Anything accepted reads as the same tree of strings in any real YAML parser; anything
/// outside the subset is rejected with a located Chinese message naming the feature.
public enum NotesParser {
    /// Deeper nesting is rejected: notes need a handful of levels, and a bound keeps every
    /// later recursive walk (decoding, writing, comparing) far from the stack limit.
    public static let maximumDepth = 500

    public struct Options: Sendable, Hashable {
        /// Reject plain scalars that some YAML parser reads as a non-string (on by default).
        public var typeLint: Bool

        public init(typeLint: Bool = true) {
            self.typeLint = typeLint
        }
    }

    /// Parses a notes document; an empty document (only comments, or nothing) is a `.null` node.
    public static func parse(_ text: String) throws(NotesError) -> NotesNode {
        try parse(bytes: Array(text.utf8), options: Options())
    }

    public static func parse(bytes: [UInt8]) throws(NotesError) -> NotesNode {
        try parse(bytes: bytes, options: Options())
    }

    public static func parse(bytes: [UInt8], options: Options) throws(NotesError) -> NotesNode {
        // The reader indexes an unsafe buffer: no bounds or uniqueness checks in the byte loops.
        try bytes.withUnsafeBufferPointer { (buffer) throws(NotesError) -> NotesNode in
            var reader = NotesReader(bytes: buffer, options: options)
            return try reader.parseDocument()
        }
    }
}

/// ASCII bytes the reader looks at.
enum Byte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let dash = UInt8(ascii: "-")
    static let comma = UInt8(ascii: ",")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
}

/// A block collection still receiving entries, kept on an explicit stack (no recursion per level).
struct OpenCollection {
    var isMapping: Bool
    /// Column (0-based) of the keys or of the `-` indicators.
    var indent: Int
    /// A sequence written at its parent key's column (`key:` then `- item` below it).
    var indentless: Bool
    var start: SourcePosition
    var end: SourcePosition
    var items: [NotesNode] = []
    var entries: [NotesEntry] = []
    var keys = KeySet()
    var pendingKey = ""
    var pendingKeyRange: SourceRange
    /// Set while an entry or item waits for its value; the position an empty value gets.
    var pendingAt: SourcePosition?

    init(isMapping: Bool, indent: Int, indentless: Bool = false, start: SourcePosition) {
        self.isMapping = isMapping
        self.indent = indent
        self.indentless = indentless
        self.start = start
        self.end = start
        self.pendingKeyRange = SourceRange(at: start)
    }
}

/// Keys of one mapping, compared by code points as YAML parsers do (not by Swift's
/// canonical equivalence); linear for the small mappings notes have, hashed beyond.
struct KeySet {
    private var small: [(key: String, line: Int)] = []
    private var large: [Key: Int] = [:]

    private struct Key: Hashable {
        var text: String
        static func == (lhs: Key, rhs: Key) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }
        func hash(into hasher: inout Hasher) {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }

    /// Adds a key; returns the line of an earlier equal key instead if there is one.
    mutating func insert(_ key: String, line: Int) -> Int? {
        if large.isEmpty {
            for existing in small where existing.key.utf8.elementsEqual(key.utf8) { return existing.line }
            small.append((key, line))
            if small.count > 16 {
                for item in small { large[Key(text: item.key)] = item.line }
                small = []
            }
            return nil
        }
        if let line = large[Key(text: key)] { return line }
        large[Key(text: key)] = line
        return nil
    }
}

/// One node start on a line: a key, a complete single-line scalar, or a block scalar header.
enum Segment {
    case key(ScannedKey)
    case scalar(NotesNode, isPlain: Bool)
    case blockScalar(at: Int)
}

/// A plain scalar's place in the source: its line and its bytes `[start, end)`.
struct PlainScalarPlace {
    var line = 0
    var lineStart = 0
    var lineEnd = 0
    var start = 0
    var end = 0
    /// Editor column (1-based) of its first character.
    var column = 0
}

struct ScannedKey {
    var text: String
    var range: SourceRange
    /// Offset just after the `:`.
    var afterColon: Int
    var colonOffset: Int
}
