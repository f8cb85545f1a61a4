/// Turns tokens into a `Program`: one flat instruction array, literal text gathered in
/// pieces, names split once. Runs once per template; rendering never re-parses.
struct Compiler {
    private let source: [UInt8]
    private let name: String
    private var tokens: [Token]

    private var text: [UInt8] = []
    private var textRanges: [Range<Int>] = []
    private var ops: [Op] = []
    private var names: [Name] = []
    private var nameIndex: [String: Int32] = [:]
    private var references: [PartialReference] = []
    private var blockNames: [[UInt8]] = []
    private var indents: [String] = []
    private var overrideSets: [[BlockOverride]] = []
    private var tags: [Range<Int>] = []
    /// The text op that a following text token may extend (none across a part boundary).
    private var extendableTextOp = -1

    private enum OpenPart {
        case section(op: Int)
        case block(op: Int)
        case parent(op: Int, overrides: [BlockOverride])
        case override(name: [UInt8], start: Int)
        /// Inside a parent but outside its blocks: parsed, never rendered.
        case ignored
    }
    private var openParts: [OpenPart] = []
    private var ignoredDepth = 0
    /// Leading whitespace removed from each line inside standalone blocks (innermost last):
    /// a block's indentation is removed where it is defined and added where it is expanded.
    private var dedents: [Int] = [0]

    static func compile(source: [UInt8], name: String) throws(TemplateError) -> Program {
        let lexed = try Lexer.tokenize(source, name: name)
        var tokens = lexed.tokens
        StandaloneLines.apply(&tokens, source: source)
        var compiler = Compiler(source: source, name: name, tokens: tokens)
        compiler.run()
        let texts = compiler.textRanges.map { TextPiece(compiler.text[$0]) }
        return Program(name: name, source: source, texts: texts, ops: compiler.ops, names: compiler.names,
                       references: compiler.references, blockNames: compiler.blockNames, indents: compiler.indents,
                       overrideSets: compiler.overrideSets, tags: compiler.tags, delimiterChanges: lexed.delimiterChanges)
    }

    private init(source: [UInt8], name: String, tokens: [Token]) {
        self.source = source
        self.name = name
        self.tokens = tokens
        text.reserveCapacity(source.count)
    }

    private var silent: Bool {
        if ignoredDepth > 0 { return true }
        if case .parent = openParts.last { return true }
        return false
    }

    private mutating func run() {
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .text:
                guard !token.removed, !silent else { continue }
                appendText(token, index: index)
            case .variable, .unescaped:
                guard !silent else { continue }
                ops.append(.interpolate(name: nameID(token), escaped: token.kind == .variable, tag: tagID(token)))
                extendableTextOp = -1
            case .comment, .delimiters:
                continue
            case .partial:
                guard !silent else { continue }
                ops.append(.partial(reference: referenceID(token), indent: token.standalone ? indentID(relativeIndent(token)) : -1, tag: tagID(token)))
                extendableTextOp = -1
            case .section, .inverted:
                if silent { openIgnored(); continue }
                openParts.append(.section(op: ops.count))
                ops.append(.section(name: nameID(token), inverted: token.kind == .inverted, end: -1, tag: tagID(token)))
            case .parent:
                if silent { openIgnored(); continue }
                openParts.append(.parent(op: ops.count, overrides: []))
                ops.append(.parent(reference: referenceID(token), indent: token.standalone ? indentID(relativeIndent(token)) : -1, overrides: -1, end: -1, tag: tagID(token)))
            case .block:
                if ignoredDepth > 0 { openIgnored(); continue }
                let enclosing = dedents[dedents.count - 1]
                let (strip, intrinsic) = token.standalone ? blockIndentation(index, enclosing: enclosing) : (enclosing, [])
                if case .parent = openParts.last {
                    openParts.append(.override(name: Array(source[token.nameStart..<token.nameEnd]), start: ops.count))
                } else {
                    let indent = token.standalone ? indentID(intrinsic.isEmpty ? relativeIndent(token) : intrinsic) : -1
                    openParts.append(.block(op: ops.count))
                    ops.append(.block(name: blockNameID(token), indent: indent, end: -1, tag: tagID(token)))
                }
                dedents.append(strip)
            case .close:
                closePart()
            }
        }
    }

    private mutating func openIgnored() {
        openParts.append(.ignored)
        ignoredDepth += 1
    }

    /// The lexer has already checked that every part is closed by its own name.
    private mutating func closePart() {
        guard let part = openParts.popLast() else { return }
        let end = Int32(ops.count)
        switch part {
        case .ignored:
            ignoredDepth -= 1
        case .section(let op):
            if case .section(let name, let inverted, _, let tag) = ops[op] {
                ops[op] = .section(name: name, inverted: inverted, end: end, tag: tag)
            }
        case .block(let op):
            dedents.removeLast()
            if case .block(let name, let indent, _, let tag) = ops[op] {
                ops[op] = .block(name: name, indent: indent, end: end, tag: tag)
            }
        case .override(let blockName, let start):
            dedents.removeLast()
            if case .parent(let op, var overrides) = openParts.popLast() {
                overrides.append(BlockOverride(name: blockName, body: start..<ops.count))
                openParts.append(.parent(op: op, overrides: overrides))
            }
        case .parent(let op, let overrides):
            overrideSets.append(overrides)
            if case .parent(let reference, let indent, _, _, let tag) = ops[op] {
                ops[op] = .parent(reference: reference, indent: indent, overrides: Int32(overrideSets.count - 1), end: end, tag: tag)
            }
        }
        extendableTextOp = -1
    }

    private mutating func appendText(_ token: Token, index: Int) {
        var start = token.start
        let strip = dedents[dedents.count - 1]
        if strip > 0, index == 0 || StandaloneLines.endsLine(tokens[index - 1], source) {
            var removed = 0
            while removed < strip, start < token.end, isIndentation(source[start]) { start += 1; removed += 1 }
        }
        guard start < token.end else { return }
        let textStart = text.count
        text.append(contentsOf: source[start..<token.end])
        if extendableTextOp == ops.count - 1, extendableTextOp >= 0, case .text(let piece) = ops[extendableTextOp] {
            textRanges[Int(piece)] = textRanges[Int(piece)].lowerBound..<text.count
        } else {
            textRanges.append(textStart..<text.count)
            ops.append(.text(piece: Int32(textRanges.count - 1)))
            extendableTextOp = ops.count - 1
        }
    }

    /// The whitespace before a standalone tag, less what the enclosing block removes.
    private func relativeIndent(_ token: Token) -> [UInt8] {
        let strip = min(dedents[dedents.count - 1], token.indentEnd - token.indentStart)
        return Array(source[(token.indentStart + strip)..<token.indentEnd])
    }

    /// For a standalone block: how much leading whitespace its body lines lose (their common
    /// indentation), and its intrinsic indentation (that common part beyond the enclosing one).
    private func blockIndentation(_ index: Int, enclosing: Int) -> (strip: Int, intrinsic: [UInt8]) {
        let token = tokens[index]
        let close = token.partner
        guard close > index else { return (enclosing, []) }
        var bodyStart = token.end
        if index + 1 < close, tokens[index + 1].kind == .text, tokens[index + 1].removed { bodyStart = tokens[index + 1].end }
        var bodyEnd = tokens[close].start
        if close - 1 > index, tokens[close - 1].kind == .text, tokens[close - 1].removed, !StandaloneLines.endsLine(tokens[close - 1], source) {
            bodyEnd = tokens[close - 1].start
        }
        guard bodyStart < bodyEnd else { return (enclosing, []) }

        var firstLine = -1
        var common = 0
        var lineStart = bodyStart
        while lineStart < bodyEnd {
            var lineEnd = lineStart
            while lineEnd < bodyEnd, source[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var indentEnd = lineStart
            while indentEnd < lineEnd, isIndentation(source[indentEnd]) { indentEnd += 1 }
            let blank = indentEnd == lineEnd || (indentEnd + 1 == lineEnd && source[indentEnd] == UInt8(ascii: "\r"))
            if !blank {
                if firstLine < 0 {
                    firstLine = lineStart
                    common = indentEnd - lineStart
                } else {
                    var shared = 0
                    while shared < common, lineStart + shared < indentEnd, source[lineStart + shared] == source[firstLine + shared] { shared += 1 }
                    common = shared
                }
            }
            lineStart = lineEnd + 1
        }
        guard firstLine >= 0, common > enclosing else { return (enclosing, []) }
        return (common, Array(source[(firstLine + enclosing)..<(firstLine + common)]))
    }

    private func isIndentation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private func nameText(_ token: Token) -> String {
        String(decoding: source[token.nameStart..<token.nameEnd], as: UTF8.self)
    }

    private mutating func nameID(_ token: Token) -> Int32 {
        let text = nameText(token)
        if let id = nameIndex[text] { return id }
        names.append(Name(text))
        let id = Int32(names.count - 1)
        nameIndex[text] = id
        return id
    }

    private mutating func referenceID(_ token: Token) -> Int32 {
        let text = nameText(token)
        references.append(token.dynamic ? .dynamic(Name(text)) : .fixed(text))
        return Int32(references.count - 1)
    }

    private mutating func blockNameID(_ token: Token) -> Int32 {
        blockNames.append(Array(source[token.nameStart..<token.nameEnd]))
        return Int32(blockNames.count - 1)
    }

    private mutating func indentID(_ indent: [UInt8]) -> Int32 {
        indents.append(String(decoding: indent, as: UTF8.self))
        return Int32(indents.count - 1)
    }

    private mutating func tagID(_ token: Token) -> Int32 {
        tags.append(token.start..<token.end)
        return Int32(tags.count - 1)
    }
}
