import SourceText

/// What a piece of template source is: literal text or one kind of tag.
enum TokenKind: UInt8 {
    case text
    case variable      // {{name}}
    case unescaped     // {{{name}}} or {{&name}}
    case section       // {{#name}}
    case inverted      // {{^name}}
    case close         // {{/name}}
    case comment       // {{! … }}
    case delimiters    // {{=<% %>=}}
    case partial       // {{>name}} / {{>*name}}
    case parent        // {{<name}} / {{<*name}}
    case block         // {{$name}}

    /// Tags that open a part closed by `{{/name}}`.
    var opens: Bool { self == .section || self == .inverted || self == .parent || self == .block }

    /// Tags that print nothing themselves, so a line holding only such a tag disappears.
    var canStandAlone: Bool { self != .text && self != .variable && self != .unescaped }

    /// The sigil users typed, for messages.
    var sigil: String {
        switch self {
        case .section: return "#"
        case .inverted: return "^"
        case .close: return "/"
        case .comment: return "!"
        case .delimiters: return "="
        case .partial: return ">"
        case .parent: return "<"
        case .block: return "$"
        case .unescaped: return "&"
        case .text, .variable: return ""
        }
    }
}

/// One piece of the source. Text tokens never span a line break: each ends at its `\n`,
/// which is what the standalone-line rules look at.
struct Token {
    var kind: TokenKind
    /// The whole token, delimiters included: `source[start..<end]`.
    var start: Int
    var end: Int
    /// The tag's name, trimmed, without the `*` of a dynamic name.
    var nameStart = 0
    var nameEnd = 0
    var dynamic = false
    /// For tags that open or close a part: the index of the matching token.
    var partner = -1
    /// The tag is alone on its line (with at most one adjacent partner tag).
    var standalone = false
    /// Whitespace before a standalone tag on its line: the indentation of a partial or block.
    var indentStart = 0
    var indentEnd = 0
    /// Text dropped by the standalone-line rules.
    var removed = false
}

/// Splits a template into tokens, applying set-delimiter tags as it goes, and pairs
/// opening and closing tags. Works on UTF-8 bytes; every error is located at its tag.
struct Lexer {
    let source: [UInt8]
    let name: String
    private(set) var tokens: [Token] = []
    private(set) var delimiterChanges: [DelimiterChange] = []

    init(source: [UInt8], name: String) {
        self.source = source
        self.name = name
    }

    static let nestingLimit = 200

    static func tokenize(_ source: [UInt8], name: String) throws(TemplateError) -> (tokens: [Token], delimiterChanges: [DelimiterChange]) {
        var lexer = Lexer(source: source, name: name)
        try lexer.scan()
        try lexer.pairSections()
        return (lexer.tokens, lexer.delimiterChanges)
    }

    private func error(_ message: String, _ start: Int, _ end: Int) -> TemplateError {
        TemplateError.located(message, in: source, name: name, from: start, to: end)
    }

    private mutating func scan() throws(TemplateError) {
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var position = 0
        let count = source.count
        while position < count {
            let tagStart = find(open, from: position) ?? count
            appendText(from: position, to: tagStart)
            guard tagStart < count else { break }

            var cursor = tagStart + open.count
            var kind = TokenKind.variable
            var closing = close
            if cursor < count {
                switch source[cursor] {
                case UInt8(ascii: "{"): kind = .unescaped; closing = [UInt8(ascii: "}")] + close
                case UInt8(ascii: "&"): kind = .unescaped
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .close
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "="): kind = .delimiters; closing = [UInt8(ascii: "=")] + close
                default: break
                }
                if kind != .variable { cursor += 1 }
            }
            let closingText = String(decoding: closing, as: UTF8.self)
            // A name never spans lines or holds another tag: such content means this
            // tag's closing delimiter is missing and a later tag's was found instead.
            let contentEnd = find(closing, from: cursor)
            guard let contentEnd, kind == .comment || isTagContent(from: cursor, to: contentEnd, open: open) else {
                // `{{=}}` or `{{= <% %> }}`: closed, only without the `=` before the closing
                // delimiter, so the setting is what is wrong, not the tag's end.
                if kind == .delimiters, let plainEnd = find(close, from: cursor), isTagContent(from: cursor, to: plainEnd, open: open) {
                    throw error(Messages.badDelimiter(in: delimiterChanges.delimiters(at: tagStart)), tagStart, plainEnd + close.count)
                }
                throw error(Messages.unclosedTag(close: closingText), tagStart, cursor)
            }
            let tagEnd = contentEnd + closing.count
            var token = Token(kind: kind, start: tagStart, end: tagEnd)

            if kind == .delimiters {
                guard let (newOpen, newClose) = parseDelimiters(from: cursor, to: contentEnd) else {
                    throw error(Messages.badDelimiter(in: delimiterChanges.delimiters(at: tagStart)), tagStart, tagEnd)
                }
                open = newOpen
                close = newClose
                delimiterChanges.append(DelimiterChange(offset: tagEnd, delimiters: Delimiters(open: String(decoding: open, as: UTF8.self), close: String(decoding: close, as: UTF8.self))))
            } else if kind != .comment {
                var (nameStart, nameEnd) = trimmed(from: cursor, to: contentEnd)
                if kind == .partial || kind == .parent || kind == .close, nameStart < nameEnd, source[nameStart] == UInt8(ascii: "*") {
                    token.dynamic = true
                    (nameStart, nameEnd) = trimmed(from: nameStart + 1, to: nameEnd)
                }
                guard nameStart < nameEnd else { throw error(Messages.missingName, tagStart, tagEnd) }
                if contains(UInt8(ascii: " "), from: nameStart, to: nameEnd) || contains(UInt8(ascii: "\t"), from: nameStart, to: nameEnd) {
                    throw error(Messages.spaceInName(text(nameStart, nameEnd)), tagStart, tagEnd)
                }
                token.nameStart = nameStart
                token.nameEnd = nameEnd
                if kind == .variable || kind == .unescaped || kind == .section || kind == .inverted || token.dynamic && kind != .close,
                   hasEmptySegment(from: nameStart, to: nameEnd)
                {
                    throw error(Messages.emptyNameSegment(text(nameStart, nameEnd)), tagStart, tagEnd)
                }
                if (kind == .partial || kind == .parent), !token.dynamic, !TemplateName.isSafe(text(nameStart, nameEnd)) {
                    throw error(Messages.unsafePartialName(text(nameStart, nameEnd)), tagStart, tagEnd)
                }
            }
            tokens.append(token)
            position = tagEnd
        }
    }

    /// Literal text, cut after every line break.
    private mutating func appendText(from start: Int, to end: Int) {
        var lineStart = start
        var index = start
        while index < end {
            if source[index] == UInt8(ascii: "\n") {
                tokens.append(Token(kind: .text, start: lineStart, end: index + 1))
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < end { tokens.append(Token(kind: .text, start: lineStart, end: end)) }
    }

    /// Content that can be a tag's: on one line, without another opening delimiter.
    private func isTagContent(from start: Int, to end: Int, open: [UInt8]) -> Bool {
        !contains(UInt8(ascii: "\n"), from: start, to: end) && find(open, from: start, before: end) == nil
    }

    /// `a..b`, `.a`, `a.`: a data name with an empty key (`.` alone is the current item).
    private func hasEmptySegment(from start: Int, to end: Int) -> Bool {
        let dot = UInt8(ascii: ".")
        guard end - start > 1 || source[start] != dot else { return false }
        if source[start] == dot || source[end - 1] == dot { return true }
        var index = start + 1
        while index < end {
            if source[index] == dot, source[index - 1] == dot { return true }
            index += 1
        }
        return false
    }

    /// `<% %>` from the content of `{{=<% %>=}}`: two words without `=`.
    private func parseDelimiters(from start: Int, to end: Int) -> ([UInt8], [UInt8])? {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in source[start..<end] {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if !current.isEmpty { words.append(current); current = [] }
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { words.append(current) }
        guard words.count == 2, !words.contains(where: { $0.contains(UInt8(ascii: "=")) }) else { return nil }
        return (words[0], words[1])
    }

    /// Matches every opening tag with its `{{/name}}`, reporting stray, crossed and unclosed parts.
    private mutating func pairSections() throws(TemplateError) {
        var openTags: [Int] = []
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind.opens {
                openTags.append(index)
                // Rendering recurses once per nesting level; a bound keeps hostile input from
                // exhausting the stack.
                guard openTags.count <= Lexer.nestingLimit else {
                    throw error(Messages.nestedTooDeeply(limit: Lexer.nestingLimit), token.start, token.end)
                }
            } else if token.kind == .close {
                let closeName = (token.dynamic ? "*" : "") + text(token.nameStart, token.nameEnd)
                let delimiters = delimiterChanges.delimiters(at: token.start)
                guard let openIndex = openTags.popLast() else {
                    throw error(Messages.strayClose(closeName, delimiters), token.start, token.end)
                }
                let opening = tokens[openIndex]
                guard opening.dynamic == token.dynamic, source[opening.nameStart..<opening.nameEnd].elementsEqual(source[token.nameStart..<token.nameEnd]) else {
                    let position = LineIndex(bytes: source).position(ofByteOffset: opening.start)
                    throw error(
                        Messages.mismatchedClose(close: closeName, openingTag: openingTagText(opening), openingName: displayName(opening),
                                                 line: position.line, column: position.column, delimiters),
                        token.start, token.end)
                }
                tokens[openIndex].partner = index
                tokens[index].partner = openIndex
            }
        }
        if let unclosed = openTags.last {
            let opening = tokens[unclosed]
            throw error(Messages.unclosedSection(openingTagText(opening), name: displayName(opening), delimiterChanges.delimiters(at: opening.start)),
                        opening.start, opening.end)
        }
    }

    private func openingTagText(_ token: Token) -> String {
        delimiterChanges.delimiters(at: token.start).tag(token.kind.sigil, displayName(token))
    }

    private func displayName(_ token: Token) -> String {
        (token.dynamic ? "*" : "") + text(token.nameStart, token.nameEnd)
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: source[start..<end], as: UTF8.self)
    }

    private func trimmed(from start: Int, to end: Int) -> (Int, Int) {
        var low = start
        var high = end
        while low < high, isBlank(source[low]) { low += 1 }
        while high > low, isBlank(source[high - 1]) { high -= 1 }
        return (low, high)
    }

    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    private func contains(_ byte: UInt8, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if source[index] == byte { return true }
            index += 1
        }
        return false
    }

    /// First occurrence of `needle` at or after `start` (and starting before `limit`).
    private func find(_ needle: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            source.withUnsafeBufferPointer { source in
                ByteSearch.firstIndex(of: needle, in: source, from: start, lastStart: (limit ?? source.count) - 1)
            }
        }
    }
}
