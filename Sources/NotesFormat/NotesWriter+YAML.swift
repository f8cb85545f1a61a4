/// Writing notes as YAML inside the subset, so that `NotesParser` (and any YAML parser) reads
/// back exactly the same tree.
///
/// Layout: block mappings and sequences indented by two spaces, compact `- key: value` items,
/// multi-line text as `|` blocks, `[]` for an empty sequence. Text is written plain when that is
/// unambiguous, otherwise quoted (single quotes when the text has `"` or `\` and nothing to escape).
///
/// What the subset cannot express: an empty mapping is written as an empty value (reads back as
/// null), and a root that is not a non-empty mapping or sequence is written as an empty document
/// (null) — except a string root, written as one quoted scalar that only general YAML parsers read.
/// A key whose written form spans more than 1024 characters up to its `:` is written but
/// rejected when read back.
extension NotesWriter {
    /// - Parameters:
    ///   - comments: lines written first as `# …` comments (e.g. what the file is for).
    ///   - keyComments: a trailing `# …` comment for keys, by key path: the keys from the root
    ///     joined with `.`, sequence levels skipped (`文章.要点.小标题`); applies to every match.
    public static func yaml(_ value: NotesValue, comments: [String] = [], keyComments: [String: String] = [:]) -> String {
        var writer = YAMLWriter(keyComments: keyComments)
        for comment in comments {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                writer.output += line.isEmpty ? "#\n" : "# \(line)\n"
            }
        }
        switch value {
        case .mapping(let entries) where !entries.isEmpty:
            writer.writeMapping(entries, indent: 0, firstPrefix: "", path: "")
        case .sequence(let items) where !items.isEmpty:
            writer.writeSequence(items, indent: 0, firstPrefix: "", path: "")
        case .string(let text):
            writer.output += NotesQuoting.doubleQuoted(text) + "\n"
        default:
            break
        }
        return writer.output
    }

    /// The scalar as it would be written after `key: ` or `- ` when it fits on one line:
    /// plain if safe, else quoted. Multi-line text gets a `|` block from `yaml(_:)` instead.
    public static func inlineScalar(_ text: String, asKey: Bool = false) -> String {
        if isPlainSafe(text, asKey: asKey) { return text }
        return quoted(text)
    }

    static func quoted(_ text: String) -> String {
        let needsEscape = text.unicodeScalars.contains { !isLiteralCharacter($0) }
        if !needsEscape, text.utf8.contains(UInt8(ascii: "\"")) || text.utf8.contains(UInt8(ascii: "\\")) {
            // Every ' doubled, found as a scalar: as a Character, a ' followed by a combining mark
            // (U+059E) is another grapheme, and the quote went out single, ending the scalar early.
            var quoted = String.UnicodeScalarView()
            quoted.append("'")
            for scalar in text.unicodeScalars {
                quoted.append(scalar)
                if scalar == "'" { quoted.append("'") }
            }
            quoted.append("'")
            return String(quoted)
        }
        return NotesQuoting.doubleQuoted(text)
    }

    /// Characters a notes file may hold as they are (everything else is escaped in double quotes).
    static func isLiteralCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// True if the text reads back as itself when written plain after `key: ` or `- `, or as a key.
    public static func isPlainSafe(_ text: String, asKey: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first == " " || first == "\u{3000}" { return false }
        if last == " " || last == ":" { return false }
        if text.hasPrefix("...") { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if !isLiteralCharacter(scalar) || scalar == "\t" { return false }
            if previous == ":" && scalar == " " { return false }
            if previous == " " && scalar == "#" { return false }
            previous = scalar
        }
        return !NotesTypeLint.needsQuoting(text, asKey: asKey)
    }

    /// Multi-line text that a `|` block reproduces exactly with auto-detected indentation.
    static func fitsLiteralBlock(_ text: String) -> Bool {
        guard text.utf8.contains(Byte.lineFeed) else { return false }
        for scalar in text.unicodeScalars where (scalar != "\n" && !isLiteralCharacter(scalar)) || scalar == "\t" {
            return false
        }
        // The first line with any character fixes the indentation, so it must not start with a space.
        guard let first = text.utf8.first(where: { $0 != Byte.lineFeed }) else { return false }
        return first != Byte.space
    }
}

private struct YAMLWriter {
    var output = ""
    let keyComments: [String: String]

    init(keyComments: [String: String]) {
        self.keyComments = keyComments
    }

    /// Entries of a mapping at `indent`; the first line starts with `firstPrefix` (same width,
    /// e.g. `- ` for a compact item) instead of spaces.
    mutating func writeMapping(_ entries: [(String, NotesValue)], indent: Int, firstPrefix: String?, path: String) {
        let spaces = String(repeating: " ", count: indent)
        for (index, (key, value)) in entries.enumerated() {
            let keyPath = path.isEmpty ? key : path + "." + key
            output += (index == 0 ? firstPrefix ?? spaces : spaces) + NotesWriter.inlineScalar(key, asKey: true) + ":"
            let comment = keyComments[keyPath].map { "  # " + $0.split(separator: "\n").joined(separator: " ") } ?? ""
            switch value {
            case .null:
                output += comment + "\n"
            case .mapping(let inner) where inner.isEmpty:
                output += comment + "\n"
            case .string(let text):
                writeString(text, ownerIndent: indent, comment: comment)
            case .sequence(let items) where items.isEmpty:
                output += " []" + comment + "\n"
            case .sequence(let items):
                output += comment + "\n"
                writeSequence(items, indent: indent + 2, firstPrefix: nil, path: keyPath)
            case .mapping(let inner):
                output += comment + "\n"
                writeMapping(inner, indent: indent + 2, firstPrefix: nil, path: keyPath)
            }
        }
    }

    mutating func writeSequence(_ items: [NotesValue], indent: Int, firstPrefix: String?, path: String) {
        let spaces = String(repeating: " ", count: indent)
        for (index, item) in items.enumerated() {
            let lead = index == 0 ? firstPrefix ?? spaces : spaces
            switch item {
            case .null:
                output += lead + "-\n"
            case .mapping(let entries) where entries.isEmpty:
                output += lead + "-\n"
            case .string(let text):
                output += lead + "-"
                writeString(text, ownerIndent: indent, comment: "")
            case .sequence(let inner) where inner.isEmpty:
                output += lead + "- []\n"
            case .sequence(let inner):
                writeSequence(inner, indent: indent + 2, firstPrefix: lead + "- ", path: path)
            case .mapping(let entries):
                writeMapping(entries, indent: indent + 2, firstPrefix: lead + "- ", path: path)
            }
        }
    }

    /// After `key:` or `-`: ` value` on the same line, or a `|` block indented below `ownerIndent`.
    mutating func writeString(_ text: String, ownerIndent: Int, comment: String) {
        guard NotesWriter.fitsLiteralBlock(text) else {
            output += " " + NotesWriter.inlineScalar(text) + comment + "\n"
            return
        }
        var body = Substring(text)
        var trailingBreaks = 0
        while body.utf8.last == Byte.lineFeed {
            body = body.dropLast()
            trailingBreaks += 1
        }
        let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
        output += " |" + chomping + comment + "\n"
        let spaces = String(repeating: " ", count: ownerIndent + 2)
        for line in body.utf8.split(separator: Byte.lineFeed, omittingEmptySubsequences: false) {
            if !line.isEmpty {
                output += spaces
                output += Substring(line)
            }
            output += "\n"
        }
        output += String(repeating: "\n", count: max(0, trailingBreaks - 1))
    }
}
