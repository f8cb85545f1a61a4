/// The spec's whitespace rules: a line holding only whitespace and one tag that prints
/// nothing (section, comment, partial, …) disappears from the output, and the
/// whitespace before a standalone partial becomes its indentation.
///
/// Inheritance adds adjacent pairs that count as one tag: `{{<parent}}{{/parent}}`,
/// `{{<parent}}{{$block}}`, `{{/block}}{{/parent}}` and `{{$block}}{{/block}}` (which
/// keeps its line break, so an empty block leaves an empty line, as the spec asks).
enum StandaloneLines {
    static func apply(_ tokens: inout [Token], source: [UInt8]) {
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind != .text else { index += 1; continue }
            if index + 1 < tokens.count, let pair = pairKind(tokens, index),
               let before = lineStart(tokens, index, source), let after = lineEnd(tokens, index + 1, source)
            {
                markStandalone(&tokens, tag: index, before: before, after: after, keepLineBreak: pair == .emptyBlock, source: source)
                tokens[index + 1].standalone = true
                index += 2
                continue
            }
            if tokens[index].kind.canStandAlone, let before = lineStart(tokens, index, source), let after = lineEnd(tokens, index, source) {
                markStandalone(&tokens, tag: index, before: before, after: after, keepLineBreak: false, source: source)
            }
            index += 1
        }
    }

    enum PairKind { case parentAndClose, parentAndBlock, closes, emptyBlock }

    private static func pairKind(_ tokens: [Token], _ first: Int) -> PairKind? {
        let a = tokens[first]
        let b = tokens[first + 1]
        switch (a.kind, b.kind) {
        case (.parent, .close) where b.partner == first: return .parentAndClose
        case (.parent, .block): return .parentAndBlock
        case (.block, .close) where b.partner == first: return .emptyBlock
        case (.close, .close) where a.partner >= 0 && b.partner >= 0
            && tokens[a.partner].kind == .block && tokens[b.partner].kind == .parent:
            return .closes
        default: return nil
        }
    }

    /// Where a tag's line starts: `.some(nil)` right at a line start, `.some(i)` after the
    /// blank text token `i`, `nil` when something else precedes the tag on its line.
    private static func lineStart(_ tokens: [Token], _ index: Int, _ source: [UInt8]) -> Int?? {
        guard index > 0 else { return .some(nil) }
        let previous = tokens[index - 1]
        guard previous.kind == .text else { return nil }
        if endsLine(previous, source) { return .some(nil) }
        guard isBlank(previous, source) else { return nil }
        if index - 1 == 0 || (tokens[index - 2].kind == .text && endsLine(tokens[index - 2], source)) {
            return .some(index - 1)
        }
        return nil
    }

    /// Where a tag's line ends: `.some(nil)` at the end of the template, `.some(i)` when
    /// text token `i` holds only blanks and the line break, `nil` otherwise.
    private static func lineEnd(_ tokens: [Token], _ index: Int, _ source: [UInt8]) -> Int?? {
        guard index + 1 < tokens.count else { return .some(nil) }
        let next = tokens[index + 1]
        guard next.kind == .text else { return nil }
        var cursor = next.start
        while cursor < next.end, source[cursor] == UInt8(ascii: " ") || source[cursor] == UInt8(ascii: "\t") { cursor += 1 }
        let rest = source[cursor..<next.end]
        if rest.isEmpty { return index + 2 == tokens.count ? .some(index + 1) : nil }
        if rest.elementsEqual([UInt8(ascii: "\n")]) || rest.elementsEqual([UInt8(ascii: "\r"), UInt8(ascii: "\n")]) {
            return .some(index + 1)
        }
        return nil
    }

    private static func markStandalone(_ tokens: inout [Token], tag: Int, before: Int?, after: Int?, keepLineBreak: Bool, source: [UInt8]) {
        tokens[tag].standalone = true
        if let before {
            tokens[tag].indentStart = tokens[before].start
            tokens[tag].indentEnd = tokens[before].end
            tokens[before].removed = true
        } else {
            tokens[tag].indentStart = tokens[tag].start
            tokens[tag].indentEnd = tokens[tag].start
        }
        guard let after else { return }
        if keepLineBreak, endsLine(tokens[after], source) {
            let end = tokens[after].end
            tokens[after].start = end >= 2 && source[end - 2] == UInt8(ascii: "\r") ? end - 2 : end - 1
        } else {
            tokens[after].removed = true
        }
    }

    static func endsLine(_ token: Token, _ source: [UInt8]) -> Bool {
        token.kind == .text && token.end > token.start && source[token.end - 1] == UInt8(ascii: "\n")
    }

    private static func isBlank(_ token: Token, _ source: [UInt8]) -> Bool {
        source[token.start..<token.end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
