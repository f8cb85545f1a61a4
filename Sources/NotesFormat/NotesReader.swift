import SourceText

/// The line-by-line reader behind `NotesParser`. Works on UTF-8 bytes; every line is looked
/// at a bounded number of times, so the cost is linear in the size of the file.
struct NotesReader {
    /// Valid only during `NotesParser.parse`, which owns the array behind it.
    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    let typeLint: Bool
    /// 3 when the file starts with a BOM (columns and content start after it), else 0.
    let contentStart: Int

    // The current line.
    var lineNumber = 1
    /// Where columns start counting: the line's first byte (after a BOM on line 1).
    var lineStart = 0
    /// Just past the line's last character, before `\r\n` or `\n`.
    var lineEnd = 0
    var nextLineStart = 0
    var hasLineBreak = false
    private var columnCacheOffset = 0
    private var columnCacheColumn = 1

    var stack: [OpenCollection] = []
    var root: NotesNode?
    var sawDocumentStart = false
    var sawContent = false
    /// The last content line ended in a plain scalar: a deeper next line would continue it in YAML.
    var previousLineEndedInPlainScalar = false
    /// Where that plain scalar was, to name a `：` in it if the next line shows it meant a key.
    var previousPlainScalar = PlainScalarPlace()
    /// A block scalar moved on to a line that still has to be processed.
    var currentLineIsUnprocessed = false

    init(bytes: UnsafeBufferPointer<UInt8>, options: NotesParser.Options) {
        self.bytes = bytes
        self.count = bytes.count
        self.typeLint = options.typeLint
        self.contentStart = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    // MARK: Document

    mutating func parseDocument() throws(NotesError) -> NotesNode {
        try checkLastLine()
        try loadLine(at: contentStart)
        while true {
            try processCurrentLine()
            if currentLineIsUnprocessed {
                currentLineIsUnprocessed = false
                continue
            }
            guard hasLineBreak else { break }
            try advanceLine()
        }
        while !stack.isEmpty { try closeTop() }
        return root ?? NotesNode(value: .null, range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: contentStart)))
    }

    mutating func processCurrentLine() throws(NotesError) {
        var first = lineStart
        while first < lineEnd, bytes[first] == Byte.space { first += 1 }
        if first == lineEnd { return }
        let byte = bytes[first]
        if byte == Byte.tab { throw error(NotesMessage.tabIndentation, at: first, kind: .unsupported) }
        if byte == Byte.hash { return }
        if isFullWidthSpace(at: first) { throw error(NotesMessage.fullWidthSpaceIndentation, at: first) }
        let indent = first - lineStart
        if indent == 0 {
            if hasMarker(Byte.dash, at: first) {
                guard !sawContent, !sawDocumentStart else {
                    throw error(NotesMessage.multipleDocuments, at: first, to: first + 3, kind: .unsupported)
                }
                sawDocumentStart = true
                var next = first + 3
                while next < lineEnd, bytes[next] == Byte.space { next += 1 }
                if next < lineEnd {
                    if bytes[next] == Byte.tab { throw error(NotesMessage.tabIndentation, at: next, kind: .unsupported) }
                    if bytes[next] != Byte.hash || next == first + 3 {
                        throw error(NotesMessage.contentOnDocumentStart, at: next, kind: .unsupported)
                    }
                }
                return
            }
            if hasMarker(UInt8(ascii: "."), at: first) {
                throw error(NotesMessage.documentEnd, at: first, to: first + 3, kind: .unsupported)
            }
            if byte == UInt8(ascii: "%") { throw error(NotesMessage.directive, at: first, kind: .unsupported) }
        }
        sawContent = true
        try placeLine(indent: indent, at: first)
    }

    /// `---` or `...` followed by a blank or the end of the line.
    private func hasMarker(_ marker: UInt8, at offset: Int) -> Bool {
        offset + 3 <= lineEnd && bytes[offset] == marker && bytes[offset + 1] == marker && bytes[offset + 2] == marker
            && (offset + 3 == lineEnd || bytes[offset + 3] == Byte.space || bytes[offset + 3] == Byte.tab)
    }

    // MARK: Block structure

    /// Fits a content line into the open collections by its indentation.
    mutating func placeLine(indent: Int, at offset: Int) throws(NotesError) {
        // Only fields of the top are read, never a copy of it: a live copy would make every
        // append to its items copy the whole array.
        let isDash = isSequenceIndicator(at: offset)
        if let top = stack.indices.last, stack[top].pendingAt != nil {
            if indent > stack[top].indent {
                try beginNode(at: offset, column: indent, onNewLine: true)
                return
            }
            if indent == stack[top].indent, stack[top].isMapping, isDash {
                try checkDepth(at: offset)
                stack.append(OpenCollection(isMapping: false, indent: indent, indentless: true, start: position(offset)))
                try addSequenceItem(at: offset)
                return
            }
            attachPendingNull()
        }
        var closedAny = false
        while let topIndent = stack.last?.indent, topIndent > indent {
            if stack.count == 1 { throw error(NotesMessage.indentationBelowDocument, at: offset) }
            try closeTop()
            closedAny = true
        }
        guard let top = stack.indices.last else {
            try beginNode(at: offset, column: indent, onNewLine: true)
            return
        }
        if stack[top].indent < indent {
            if closedAny { throw error(NotesMessage.misalignedIndentation, at: offset) }
            guard previousLineEndedInPlainScalar else { throw error(NotesMessage.unexpectedIndentation, at: offset) }
            if let colon = fullWidthColonBeforeAlignedLine(indent: indent) { throw colon }
            if let dash = dashWithoutSpaceOpeningPreviousLine() { throw dash }
            // `key: value` one space too deep reads, in YAML, as more of the line above.
            if looksLikeKey(at: offset) { throw error(NotesMessage.overIndentedKey(indent - stack[top].indent), at: offset) }
            throw error(NotesMessage.multiLinePlain, at: offset, kind: .unsupported)
        }
        if !stack[top].isMapping {
            if isDash {
                try addSequenceItem(at: offset)
                return
            }
            guard stack[top].indentless else {
                let dashWithoutSpace = bytes[offset] == UInt8(ascii: "-") && offset + 1 < lineEnd && bytes[offset + 1] != Byte.space
                throw error(dashWithoutSpace ? NotesMessage.dashWithoutSpace : NotesMessage.expectedSequenceItem, at: offset)
            }
            try closeTop()
        } else if isDash {
            throw error(NotesMessage.sequenceItemNotAllowed, at: offset)
        }
        guard case .key(let key) = try scanSegment(at: offset) else {
            throw keyExpected(at: offset, fallback: NotesMessage.expectedKey)
        }
        try addEntry(key)
    }

    /// Starts the node that fills the pending slot of the top collection (or the root).
    mutating func beginNode(at offset: Int, column: Int, onNewLine: Bool) throws(NotesError) {
        try checkDepth(at: offset)
        if isSequenceIndicator(at: offset) {
            stack.append(OpenCollection(isMapping: false, indent: column, start: position(offset)))
            try addSequenceItem(at: offset)
            return
        }
        let segment = try scanSegment(at: offset)
        if case .key(let key) = segment {
            stack.append(OpenCollection(isMapping: true, indent: column, start: key.range.start))
            try addEntry(key)
            return
        }
        if stack.isEmpty { throw keyExpected(at: offset, fallback: NotesMessage.rootNotCollection) }
        if onNewLine {
            // A colon without a space is ordinary text here (a time, a URL), not a hint of a key.
            throw keyExpected(at: offset, fallback: NotesMessage.scalarOnNextLine, kind: .unsupported, hintMissingSpace: false)
        }
        try attachValue(segment)
    }

    /// The top collection is a sequence and `offset` is at its `-`.
    mutating func addSequenceItem(at offset: Int) throws(NotesError) {
        let afterDash = offset + 1
        stack[stack.count - 1].pendingAt = position(afterDash)
        guard let next = try valueStart(after: afterDash) else { return }
        try beginNode(at: next, column: next - lineStart, onNewLine: false)
    }

    /// Registers a key in the top mapping (duplicates fail here, at the second one), then its value.
    mutating func addEntry(_ key: ScannedKey) throws(NotesError) {
        let top = stack.count - 1
        if let firstLine = stack[top].keys.insert(key.text, line: key.range.start.line) {
            throw NotesError(diagnostic: diagnostic(NotesMessage.duplicateKey(key.text, firstLine: firstLine), range: key.range))
        }
        stack[top].pendingKey = key.text
        stack[top].pendingKeyRange = key.range
        stack[top].pendingAt = position(key.afterColon)
        guard let next = try valueStart(after: key.afterColon) else { return }
        if isSequenceIndicator(at: next) { throw error(NotesMessage.sequenceOnKeyLine, at: next) }
        let segment = try scanSegment(at: next, asValue: true)
        if case .key(let inner) = segment {
            throw error(NotesMessage.keyInValue(quotedSuggestion(from: next)), at: inner.colonOffset)
        }
        try attachValue(segment)
    }

    /// Where the value after `key:` or `-` starts on this line; nil when the line ends there
    /// (or a comment follows), which leaves the value to the next lines or makes it empty.
    mutating func valueStart(after offset: Int) throws(NotesError) -> Int? {
        var next = offset
        while next < lineEnd, bytes[next] == Byte.space { next += 1 }
        if next < lineEnd, bytes[next] == Byte.tab { throw error(NotesMessage.tabIndentation, at: next, kind: .unsupported) }
        previousLineEndedInPlainScalar = false
        if next == lineEnd { return nil }
        if bytes[next] == Byte.hash {
            try checkCommentIsIntended(at: next, valueStart: next)
            return nil
        }
        return next
    }

    /// Attaches a scalar (or parses a block scalar) as the value of the top's pending slot.
    mutating func attachValue(_ segment: Segment) throws(NotesError) {
        switch segment {
        case .key:
            return
        case .scalar(let node, let isPlain):
            attach(node)
            previousLineEndedInPlainScalar = isPlain
            if isPlain {
                previousPlainScalar = PlainScalarPlace(line: lineNumber, lineStart: lineStart, lineEnd: lineEnd,
                                                       start: node.range.start.offset, end: node.range.end.offset,
                                                       column: node.range.start.column)
            }
        case .blockScalar(let offset):
            let parentIndent = stack[stack.count - 1].indent
            let node = try parseBlockScalar(at: offset, parentIndent: parentIndent)
            attach(node)
        }
    }

    mutating func attach(_ node: NotesNode) {
        let top = stack.count - 1
        if stack[top].isMapping {
            stack[top].entries.append(NotesEntry(key: stack[top].pendingKey, keyRange: stack[top].pendingKeyRange, value: node))
        } else {
            stack[top].items.append(node)
        }
        stack[top].pendingAt = nil
        stack[top].end = node.range.end
    }

    mutating func attachPendingNull() {
        guard let at = stack.last?.pendingAt else { return }
        attach(NotesNode(value: .null, range: SourceRange(at: at)))
    }

    /// Finishes the top collection and hands it to its parent (or makes it the root).
    mutating func closeTop() throws(NotesError) {
        attachPendingNull()
        guard let open = stack.popLast() else { return }
        let value: NotesNode.Value = open.isMapping ? .mapping(open.entries) : .sequence(open.items)
        let node = NotesNode(value: value, range: SourceRange(start: open.start, end: open.end))
        if stack.isEmpty {
            root = node
        } else {
            attach(node)
        }
    }

    func checkDepth(at offset: Int) throws(NotesError) {
        if stack.count >= NotesParser.maximumDepth {
            throw error(NotesMessage.tooDeep(NotesParser.maximumDepth), at: offset, kind: .unsupported)
        }
    }

    /// `-` followed by a space, a tab or the end of the line.
    func isSequenceIndicator(at offset: Int) -> Bool {
        bytes[offset] == Byte.dash && (offset + 1 == lineEnd || bytes[offset + 1] == Byte.space || bytes[offset + 1] == Byte.tab)
    }

    func isFullWidthSpace(at offset: Int) -> Bool {
        offset + 2 < lineEnd && bytes[offset] == 0xE3 && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x80
    }

    /// `：` (U+FF1A), all three bytes before `limit` (the end of the line unless given).
    func isFullWidthColon(at offset: Int, before limit: Int? = nil) -> Bool {
        offset + 2 < (limit ?? lineEnd) && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBC && bytes[offset + 2] == 0x9A
    }

    /// `- 地区：南阳市` and then `标题: …` aligned with 地区: the `：` was meant to separate a key, so
    /// name it rather than the plain scalar that the deeper line would continue in YAML.
    func fullWidthColonBeforeAlignedLine(indent: Int) -> NotesError? {
        let scalar = previousPlainScalar
        guard scalar.column == indent + 1 else { return nil }
        var index = scalar.start
        while index < scalar.end, !isFullWidthColon(at: index, before: scalar.end) { index += 1 }
        guard index < scalar.end else { return nil }
        return onLine(of: scalar).error(NotesMessage.fullWidthColon, at: index)
    }

    /// This reader moved back to the line of an earlier plain scalar, to locate an error there.
    private func onLine(of scalar: PlainScalarPlace) -> NotesReader {
        var onThatLine = self
        onThatLine.lineNumber = scalar.line
        onThatLine.lineStart = scalar.lineStart
        onThatLine.lineEnd = scalar.lineEnd
        onThatLine.columnCacheOffset = scalar.lineStart
        onThatLine.columnCacheColumn = 1
        return onThatLine
    }

    /// `-小标题: …` (no space after the dash) is a key named `-小标题` in YAML, and the error shows
    /// only on the next, deeper line: name the dash on its own line instead.
    func dashWithoutSpaceOpeningPreviousLine() -> NotesError? {
        let scalar = previousPlainScalar
        var index = scalar.lineStart
        while index < scalar.lineEnd, bytes[index] == Byte.space { index += 1 }
        guard index + 1 < scalar.lineEnd, bytes[index] == UInt8(ascii: "-"),
              bytes[index + 1] != Byte.space, bytes[index + 1] != UInt8(ascii: "-") else { return nil }
        return onLine(of: scalar).error(NotesMessage.dashWithoutSpace, at: index)
    }

    /// Whether the line from `offset` reads as `key: value` or `key:` (a `: ` before any comment).
    func looksLikeKey(at offset: Int) -> Bool {
        var index = offset
        while index < lineEnd {
            let byte = bytes[index]
            if byte == Byte.hash, index > offset, bytes[index - 1] == Byte.space { return false }
            if byte == Byte.colon, index > offset, index + 1 == lineEnd || bytes[index + 1] == Byte.space { return true }
            index += 1
        }
        return false
    }

    /// A line that should have been `key: value`: names the likely typing mistake if there is one.
    func keyExpected(at offset: Int, fallback: String, kind: NotesError.Kind = .syntax, hintMissingSpace: Bool = true) -> NotesError {
        var index = offset
        var colonWithoutSpace: Int?
        while index < lineEnd {
            let byte = bytes[index]
            if byte == Byte.hash, index > offset, bytes[index - 1] == Byte.space { break }
            if isFullWidthColon(at: index) { return error(NotesMessage.fullWidthColon, at: index) }
            if byte == Byte.colon, colonWithoutSpace == nil, index > offset { colonWithoutSpace = index }
            index += 1
        }
        if let colon = colonWithoutSpace, hintMissingSpace {
            return error(NotesMessage.missingSpaceAfterColon, at: colon)
        }
        return error(fallback, at: offset, kind: kind)
    }

    // MARK: Lines and positions

    mutating func loadLine(at start: Int) throws(NotesError) {
        lineStart = start
        let index = try validatedLineFeed(from: start)
        hasLineBreak = index < count
        nextLineStart = hasLineBreak ? index + 1 : count
        lineEnd = index > start && bytes[index - 1] == Byte.carriageReturn ? index - 1 : index
        columnCacheOffset = start
        columnCacheColumn = 1
    }

    mutating func advanceLine() throws(NotesError) {
        lineNumber += 1
        try loadLine(at: nextLineStart)
    }

    /// The position of a byte offset on the current line (columns count Unicode scalars).
    mutating func position(_ offset: Int) -> SourcePosition {
        if offset < columnCacheOffset {
            columnCacheOffset = lineStart
            columnCacheColumn = 1
        }
        var column = columnCacheColumn
        var index = columnCacheOffset
        // Eight bytes at a time: every byte that is not a continuation byte (10xxxxxx) starts a scalar.
        if let base = bytes.baseAddress {
            while index + 8 <= offset {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let continuations = word & ~(word << 1) & 0x8080_8080_8080_8080
                column += 8 - continuations.nonzeroBitCount
                index += 8
            }
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        columnCacheOffset = offset
        columnCacheColumn = column
        return SourcePosition(line: lineNumber, column: column, offset: offset)
    }

    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(start), end: position(end))
    }

    func lineText() -> String {
        String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    }

    func diagnostic(_ message: String, range: SourceRange) -> Diagnostic {
        Diagnostic(severity: .error, range: range, message: message, sourceLine: lineText())
    }

    /// An error on the current line, covering `[start, end)` (one character when `end` is nil).
    func error(_ message: String, at start: Int, to end: Int? = nil, kind: NotesError.Kind = .syntax) -> NotesError {
        var stop = end ?? min(start + 1, lineEnd)
        while stop < lineEnd, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
        var copy = self
        return NotesError(diagnostic: diagnostic(message, range: copy.range(start, max(start, stop))), kind: kind)
    }

    /// The rest of the value from `offset`, without a comment or trailing spaces, as a quoted
    /// suggestion; in a flow list only up to the item's end (`,` or `]`).
    func quotedSuggestion(from offset: Int, inFlow: Bool = false) -> String {
        var end = lineEnd
        var index = offset
        while index < lineEnd {
            if bytes[index] == Byte.hash, index > offset, bytes[index - 1] == Byte.space { end = index; break }
            if inFlow, bytes[index] == Byte.comma || bytes[index] == Byte.closeBracket, index > offset { end = index; break }
            index += 1
        }
        while end > offset, bytes[end - 1] == Byte.space { end -= 1 }
        return NotesQuoting.suggestion(String(decoding: bytes[offset..<end], as: UTF8.self))
    }
}
