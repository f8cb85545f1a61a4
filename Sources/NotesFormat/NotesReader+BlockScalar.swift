import SourceText

/// Literal `|` and folded `>` block scalars, following the YAML 1.2 rules as PyYAML and
/// libyaml implement them (auto-detected indentation only; `-`/`+` chomping).
extension NotesReader {
    private enum Chomping { case strip, clip, keep }

    /// Parses the header at `offset` and the content lines below it. Leaves the reader on the
    /// first line after the scalar, marked unprocessed.
    mutating func parseBlockScalar(at offset: Int, parentIndent: Int) throws(NotesError) -> NotesNode {
        let folded = bytes[offset] == UInt8(ascii: ">")
        var index = offset + 1
        var chomping = Chomping.clip
        if index < lineEnd, bytes[index] == Byte.dash || bytes[index] == UInt8(ascii: "+") {
            chomping = bytes[index] == Byte.dash ? .strip : .keep
            index += 1
        }
        if index < lineEnd, NotesTypeLint.isDigit(bytes[index]) {
            throw error(NotesMessage.blockIndentationIndicator, at: index, kind: .unsupported)
        }
        let headerEnd = index
        while index < lineEnd, bytes[index] == Byte.space { index += 1 }
        if index < lineEnd {
            if bytes[index] == Byte.tab { throw error(NotesMessage.tabIndentation, at: index, kind: .unsupported) }
            if bytes[index] != Byte.hash { throw error(NotesMessage.blockHeaderText, at: index) }
            if index == headerEnd { throw error(NotesMessage.commentNeedsSpace, at: index) }
        }
        let start = position(offset)
        var end = position(headerEnd)
        let style: ScalarStyle = folded ? .folded : .literal
        guard hasLineBreak else {
            return NotesNode(value: .string("", style), range: SourceRange(start: start, end: end))
        }
        advanceLine()
        currentLineIsUnprocessed = true

        // Leading empty lines, then the first content line fixes the indentation.
        var breaks = 0
        var widestEmptyLine = 0
        var widestEmptyLineNumber = 0
        var widestEmptyLineStart = 0
        var contentIndent = -1
        while true {
            let spaces = leadingSpaces()
            if lineStart + spaces == lineEnd {
                guard hasLineBreak else { break }
                breaks += 1
                if spaces > widestEmptyLine {
                    widestEmptyLine = spaces
                    widestEmptyLineNumber = lineNumber
                    widestEmptyLineStart = lineStart
                }
                advanceLine()
                continue
            }
            try rejectTabOnlyLine(from: lineStart + spaces)
            contentIndent = spaces
            break
        }
        let minimumIndent = parentIndent + 1
        guard contentIndent >= minimumIndent else {
            // No content: the scalar is empty and this line belongs to the structure again.
            let text = chomping == .keep ? String(repeating: "\n", count: breaks) : ""
            return NotesNode(value: .string(text, style), range: SourceRange(start: start, end: end))
        }
        if widestEmptyLine > contentIndent {
            throw NotesError(diagnostic: Diagnostic(
                range: SourceRange(at: SourcePosition(line: widestEmptyLineNumber, column: 1, offset: widestEmptyLineStart)),
                message: NotesMessage.blockLeadingSpaces, sourceLine: String(repeating: " ", count: widestEmptyLine)))
        }
        let indent = contentIndent

        var content: [UInt8] = []
        var lineBreak = false
        while true {
            // The current line has at least `indent` spaces and more after them.
            content.append(contentsOf: repeatElement(Byte.lineFeed, count: breaks))
            let textStart = lineStart + indent
            let leadingNonSpace = bytes[textStart] != Byte.space && bytes[textStart] != Byte.tab
            content.append(contentsOf: bytes[textStart..<lineEnd])
            end = position(lineEnd)
            lineBreak = hasLineBreak
            breaks = 0
            guard hasLineBreak else { break }
            advanceLine()
            // Empty lines (at most `indent` spaces) between or after content lines.
            var spaces = 0
            var atEnd = false
            while true {
                spaces = leadingSpaces(upTo: indent)
                if lineStart + spaces == lineEnd {
                    if !hasLineBreak {
                        atEnd = true
                        break
                    }
                    breaks += 1
                    advanceLine()
                    continue
                }
                try rejectTabOnlyLine(from: lineStart + spaces)
                break
            }
            guard !atEnd, spaces == indent else { break }
            let next = bytes[lineStart + indent]
            if folded, leadingNonSpace, next != Byte.space, next != Byte.tab {
                if breaks == 0 { content.append(Byte.space) }
            } else {
                content.append(Byte.lineFeed)
            }
        }
        switch chomping {
        case .strip: break
        case .clip: if lineBreak { content.append(Byte.lineFeed) }
        case .keep:
            if lineBreak { content.append(Byte.lineFeed) }
            content.append(contentsOf: repeatElement(Byte.lineFeed, count: breaks))
        }
        return NotesNode(value: .string(String(decoding: content, as: UTF8.self), style), range: SourceRange(start: start, end: end))
    }

    private func leadingSpaces(upTo limit: Int = .max) -> Int {
        var index = lineStart
        while index < lineEnd, index - lineStart < limit, bytes[index] == Byte.space { index += 1 }
        return index - lineStart
    }

    /// A line of only spaces and tabs inside a block scalar: libyaml rejects it, PyYAML keeps the tab.
    private func rejectTabOnlyLine(from offset: Int) throws(NotesError) {
        guard bytes[offset] == Byte.tab else { return }
        var index = offset
        while index < lineEnd, bytes[index] == Byte.tab || bytes[index] == Byte.space { index += 1 }
        if index == lineEnd { throw error(NotesMessage.blockTabOnlyLine, at: offset, kind: .unsupported) }
    }
}
