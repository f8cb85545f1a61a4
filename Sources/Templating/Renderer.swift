import SourceText

/// Runs a program against a context stack, appending everything to one output string
/// (appending known-valid strings skips the UTF-8 validation a byte buffer would need).
///
/// Indentation of standalone partials and blocks is applied as output is written: at the
/// start of each output line that comes from template text (never inside an interpolated
/// value, as the spec asks), the current indentation is written first. Empty lines stay
/// empty, so indented Markdown gets no trailing blanks.
struct Renderer {
    /// Nested partials, parents and overridden blocks allowed before we stop: deep enough for
    /// any real template tree, shallow enough that a template including itself fails cleanly.
    static let depthLimit = 100

    private let templates: [String: Template]
    private let refused: Refusals
    private let options: RenderOptions
    private let escapeHTML: Bool

    private var output = ""
    /// List items and partial expansions so far (`checkOutputSize`).
    private var turns = 0
    private var stack: [TemplateValue] = []
    private var indent = ""
    private var atLineStart = true
    private var frames: [OverrideFrame] = []
    private var depth = 0
    private var problems: [Problem] = []
    /// The outermost list section or partial being expanded: where an oversized output is reported.
    private var outermostRepeat: (program: Program, tag: Int32)?
    private var reported: Set<ProblemKey> = []

    private struct OverrideFrame {
        let program: Program
        let overrides: [BlockOverride]
    }

    private struct Problem {
        let program: Program
        let tag: Range<Int>
        let message: String
    }

    private struct ProblemKey: Hashable {
        let program: ObjectIdentifier
        let tag: Int32
    }

    static func render(_ template: Template, context: TemplateValue, templates: [String: Template], refused: Refusals,
                       options: RenderOptions) throws(TemplateError) -> String
    {
        var renderer = Renderer(templates: templates, refused: refused, options: options, escapeHTML: template.escape == .html)
        // Reserve what this template produced last time: growing a large string while
        // rendering copies it and touches fresh pages, which would make cost superlinear.
        renderer.output.reserveCapacity(max(template.program.outputSizeHint.value, template.program.source.count * 2 + 256))
        renderer.stack.reserveCapacity(16)
        renderer.stack.append(context)
        let program = template.program
        try renderer.run(program, from: 0, to: program.ops.count)
        if !renderer.problems.isEmpty { throw renderer.problemsError(rootName: template.name) }
        template.program.outputSizeHint.value = renderer.output.utf8.count + renderer.output.utf8.count / 8
        return renderer.output
    }

    private init(templates: [String: Template], refused: Refusals, options: RenderOptions, escapeHTML: Bool) {
        self.templates = templates
        self.refused = refused
        self.options = options
        self.escapeHTML = escapeHTML
    }

    // MARK: Instructions

    private mutating func run(_ program: Program, from start: Int, to end: Int) throws(TemplateError) {
        // Local copies: one retain per run instead of one per instruction.
        let ops = program.ops
        let names = program.names
        let texts = program.texts
        var pc = start
        while pc < end {
            switch ops[pc] {
            case .text(let piece):
                writeText(texts[Int(piece)])
                pc += 1

            case .interpolate(let nameID, let escaped, let tag):
                switch lookup(names[Int(nameID)]) {
                case .string(let value)?: writeValue(value, escaped: escaped)
                case .bool(let value)?: writeValue(value ? "true" : "false", escaped: escaped)
                case .null?: break
                case .list?: reportIfStrict(program, tag, Messages.notPrintable(names[Int(nameID)].text, kind: "列表", program.delimiters(atTag: tag)))
                case .map?: reportIfStrict(program, tag, Messages.notPrintable(names[Int(nameID)].text, kind: "映射", program.delimiters(atTag: tag)))
                case nil: reportIfStrict(program, tag, Messages.unresolvedName(names[Int(nameID)].text))
                }
                pc += 1

            case .section(let nameID, let inverted, let sectionEnd, let tag):
                // Absent is not false: an optional field is written as null/false/[], so a
                // section name found nowhere is a typo worth reporting in strict mode.
                let found = lookup(names[Int(nameID)])
                if found == nil, options.strict, isAbsent(names[Int(nameID)]) {
                    reportIfStrict(program, tag, Messages.absentSectionName(names[Int(nameID)].text))
                }
                let value = found ?? .null
                if inverted {
                    if !value.isTruthy { try run(program, from: pc + 1, to: Int(sectionEnd)) }
                } else if value.isTruthy {
                    switch value {
                    case .list(let items):
                        let isOutermost = outermostRepeat == nil
                        if isOutermost { outermostRepeat = (program, tag) }
                        for item in items {
                            stack.append(item)
                            try run(program, from: pc + 1, to: Int(sectionEnd))
                            stack.removeLast()
                            try checkOutputSize()
                        }
                        if isOutermost { outermostRepeat = nil }
                    case .bool:
                        try run(program, from: pc + 1, to: Int(sectionEnd))
                    default:
                        stack.append(value)
                        try run(program, from: pc + 1, to: Int(sectionEnd))
                        stack.removeLast()
                    }
                }
                pc = Int(sectionEnd)

            case .partial(let reference, let indentID, let tag):
                if let target = try resolve(program, reference, tag) {
                    try expand(target, from: 0, to: target.ops.count, indent: indentID >= 0 ? program.indents[Int(indentID)] : nil, site: program, tag: tag)
                }
                pc += 1

            case .parent(let reference, let indentID, let overridesID, let parentEnd, let tag):
                if let target = try resolve(program, reference, tag) {
                    frames.append(OverrideFrame(program: program, overrides: program.overrideSets[Int(overridesID)]))
                    try expand(target, from: 0, to: target.ops.count, indent: indentID >= 0 ? program.indents[Int(indentID)] : nil, site: program, tag: tag)
                    frames.removeLast()
                }
                pc = Int(parentEnd)

            case .block(let nameID, let indentID, let blockEnd, let tag):
                let indent = indentID >= 0 ? program.indents[Int(indentID)] : nil
                if let (owner, body) = override(named: program.blockNames[Int(nameID)]) {
                    try expand(owner, from: body.lowerBound, to: body.upperBound, indent: indent, site: program, tag: tag)
                } else if let indent {
                    try indented(indent) { (renderer: inout Renderer) throws(TemplateError) in
                        try renderer.run(program, from: pc + 1, to: Int(blockEnd))
                    }
                } else {
                    try run(program, from: pc + 1, to: Int(blockEnd))
                }
                pc = Int(blockEnd)
            }
        }
    }

    /// The argument for a block: the outermost parent call that passes one wins, so a
    /// template's own overrides beat those of the templates it inherits from.
    private func override(named name: [UInt8]) -> (Program, Range<Int>)? {
        for frame in frames {
            for candidate in frame.overrides where candidate.name == name {
                return (frame.program, candidate.body)
            }
        }
        return nil
    }

    /// Renders another program (or part of one) as a partial, parent or overridden block.
    private mutating func expand(_ target: Program, from start: Int, to end: Int, indent: String?, site: Program, tag: Int32) throws(TemplateError) {
        guard depth < Self.depthLimit else {
            let range = site.tags[Int(tag)]
            let name = String(decoding: site.source[range], as: UTF8.self)
            throw TemplateError.located(Messages.tooDeep(name, limit: Self.depthLimit), in: site.source, name: site.name, from: range.lowerBound, to: range.upperBound)
        }
        depth += 1
        let isOutermost = outermostRepeat == nil
        if isOutermost { outermostRepeat = (site, tag) }
        defer { if isOutermost { outermostRepeat = nil } }
        if let indent {
            try indented(indent) { (renderer: inout Renderer) throws(TemplateError) in
                try renderer.run(target, from: start, to: end)
            }
        } else {
            try run(target, from: start, to: end)
        }
        depth -= 1
        try checkOutputSize()
    }

    /// Checked after each list item and each partial: the only ways a template multiplies output
    /// or work. Each is a turn; turns are capped like bytes, so loops that print nothing stop too.
    private mutating func checkOutputSize() throws(TemplateError) {
        turns += 1
        // As many turns as bytes, and never fewer than a million: a small byte limit must not stop
        // a loop that prints a byte a turn before its bytes do.
        let turnLimit = max(options.maximumOutputBytes, 1 << 20)
        let tooLarge = output.utf8.count > options.maximumOutputBytes
        guard tooLarge || turns > turnLimit, let (program, tag) = outermostRepeat else { return }
        let range = program.tags[Int(tag)]
        let message = tooLarge ? Messages.outputTooLarge(limit: options.maximumOutputBytes) : Messages.tooManyTurns(limit: turnLimit)
        throw TemplateError.located(message, in: program.source, name: program.name, from: range.lowerBound, to: range.upperBound)
    }

    /// Runs `body` with `extra` added to the indentation, starting on a fresh line (the
    /// standalone tag's own line, whitespace and all, has been removed).
    private mutating func indented(_ extra: String, _ body: (inout Renderer) throws(TemplateError) -> Void) throws(TemplateError) {
        let saved = indent
        indent.append(extra)
        atLineStart = true
        try body(&self)
        indent = saved
    }

    /// The program a partial or parent tag names, or nil (printing nothing) when there is none.
    private mutating func resolve(_ program: Program, _ referenceID: Int32, _ tag: Int32) throws(TemplateError) -> Program? {
        let templateName: String
        switch program.references[Int(referenceID)] {
        case .fixed(let name):
            templateName = name
        case .dynamic(let name):
            switch lookup(name) {
            case .string(let value)?:
                templateName = value
            case nil:
                reportIfStrict(program, tag, Messages.unresolvedName(name.text))
                return nil
            default:
                reportIfStrict(program, tag, Messages.dynamicNameNotString(name.text))
                return nil
            }
            guard TemplateName.isSafe(templateName) else {
                let range = program.tags[Int(tag)]
                throw TemplateError.located(Messages.unsafePartialName(templateName), in: program.source, name: program.name, from: range.lowerBound, to: range.upperBound)
            }
        }
        if let template = templates[templateName] { return template.program }
        if let reason = refused.reason(for: templateName) {
            let range = program.tags[Int(tag)]
            throw TemplateError.located(reason, in: program.source, name: program.name, from: range.lowerBound, to: range.upperBound)
        }
        reportIfStrict(program, tag, Messages.unknownPartial(templateName))
        return nil
    }

    // MARK: Names

    /// The value of a name, or nil when it resolves to nothing. The first key is looked up
    /// from the innermost context outwards; the rest only inside what the first one found.
    private func lookup(_ name: Name) -> TemplateValue? {
        let components = name.components
        guard let first = components.first else { return stack.last }
        var found: TemplateValue?
        var index = stack.count - 1
        while index >= 0 {
            if case .map(let entries) = stack[index], let value = Self.value(in: entries, for: first) {
                found = value
                break
            }
            index -= 1
        }
        guard var value = found else { return nil }
        var position = 1
        while position < components.count {
            guard case .map(let entries) = value, let next = Self.value(in: entries, for: components[position]) else { return nil }
            value = next
            position += 1
        }
        return value
    }

    /// For a name that resolves to nothing: whether a key is really missing, rather than the
    /// walk stopping at a present but false parent (`专辑.名称` with `专辑: null` is optional).
    private func isAbsent(_ name: Name) -> Bool {
        let components = name.components
        guard let first = components.first else { return false }
        var found: TemplateValue?
        for context in stack.reversed() {
            if case .map(let entries) = context, let value = Self.value(in: entries, for: first) {
                found = value
                break
            }
        }
        guard var value = found else { return true }
        for component in components.dropFirst() {
            guard case .map(let entries) = value else { return value.isTruthy }
            guard let next = Self.value(in: entries, for: component) else { return true }
            value = next
        }
        return false
    }

    /// Context maps are small (a bulletin's article has a dozen keys): comparing UTF-8 bytes
    /// beats hashing a Chinese key, which Swift normalises first. Large maps use the hash.
    @inline(__always)
    private static func value(in entries: [String: TemplateValue], for key: NameComponent) -> TemplateValue? {
        guard entries.count <= 16 else { return entries[key.string] }
        let wanted = key.bytes
        var index = entries.startIndex
        while index != entries.endIndex {
            let candidate = entries.keys[index]
            if candidate.utf8.count == wanted.count, Self.sameBytes(candidate, wanted) { return entries.values[index] }
            index = entries.index(after: index)
        }
        return nil
    }

    @inline(__always)
    private static func sameBytes(_ candidate: String, _ wanted: [UInt8]) -> Bool {
        var candidate = candidate
        return candidate.withUTF8 { bytes in
            wanted.withUnsafeBufferPointer { wantedBytes in
                var index = 0
                while index < bytes.count {
                    if bytes[index] != wantedBytes[index] { return false }
                    index += 1
                }
                return true
            }
        }
    }

    // MARK: Output

    private mutating func writeText(_ piece: TextPiece) {
        guard !indent.isEmpty else {
            output.append(piece.string)
            atLineStart = piece.endsWithLineBreak
            return
        }
        guard !piece.isLineBreak else {
            output.append(piece.string)
            atLineStart = true
            return
        }
        let text = piece.string
        var lineStart = text.utf8.startIndex
        while lineStart != text.utf8.endIndex {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if atLineStart, !Self.isLineBreak(line) { output.append(indent) }
            output.append(contentsOf: line)
            atLineStart = line.utf8.last == UInt8(ascii: "\n")
            lineStart = lineEnd
        }
    }

    private static func isLineBreak(_ line: Substring) -> Bool {
        line.utf8.elementsEqual([UInt8(ascii: "\n")]) || line.utf8.elementsEqual([UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    private mutating func writeValue(_ value: String, escaped: Bool) {
        guard !value.isEmpty else { return }
        if atLineStart, !indent.isEmpty { output.append(indent) }
        atLineStart = false
        if options.indentMultilineValues, value.utf8.contains(UInt8(ascii: "\n")) {
            writeIndentedLines(value, escape: escaped && escapeHTML)
        } else if escaped && escapeHTML {
            appendEscapingHTML(value)
        } else {
            output.append(value)
        }
    }

    /// A multi-line value under `indentMultilineValues`: each further line starts with the
    /// Markdown structure of the current line (trimmed on empty lines), so it continues
    /// inside the same list item or block quote.
    private mutating func writeIndentedLines(_ value: String, escape: Bool) {
        let utf8 = output.utf8
        var lineStart = utf8.endIndex
        while lineStart != utf8.startIndex, utf8[utf8.index(before: lineStart)] != UInt8(ascii: "\n") { lineStart = utf8.index(before: lineStart) }
        let prefix = Self.continuationPrefix(Array(utf8[lineStart...]))
        var trimmedPrefix = prefix
        while trimmedPrefix.last == " " || trimmedPrefix.last == "\t" { trimmedPrefix.removeLast() }

        let lines = value.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        for (number, line) in lines.enumerated() {
            if number > 0 {
                output.append("\n")
                guard number < lines.count - 1 || !line.isEmpty else { break }
                let isEmpty = line.utf8.isEmpty || line.utf8.elementsEqual([UInt8(ascii: "\r")])
                output.append(isEmpty ? trimmedPrefix : prefix)
            }
            if escape { appendEscapingHTML(String(line)) } else { output.append(contentsOf: line) }
        }
    }

    /// The structural prefix a line opens with: blanks and `>` quote markers as they are,
    /// list markers (`-`, `*`, `+`, `1.`, `1)` followed by a blank) as spaces of their width
    /// — a continuation line must not repeat the marker. Stops at the first other text.
    private static func continuationPrefix(_ line: [UInt8]) -> String {
        func isBlank(_ index: Int) -> Bool {
            index < line.count && (line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t"))
        }
        var prefix: [UInt8] = []
        var index = 0
        while index < line.count {
            let byte = line[index]
            if isBlank(index) || byte == UInt8(ascii: ">") {
                prefix.append(byte)
                index += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"), isBlank(index + 1) {
                prefix.append(UInt8(ascii: " "))
                index += 1
            } else {
                // Ordered markers have at most nine digits (CommonMark).
                var end = index
                while end < line.count, end - index < 9, line[end] >= UInt8(ascii: "0"), line[end] <= UInt8(ascii: "9") { end += 1 }
                guard end > index, end < line.count, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"), isBlank(end + 1) else { break }
                prefix.append(contentsOf: repeatElement(UInt8(ascii: " "), count: end + 1 - index))
                index = end + 1
            }
        }
        return String(decoding: prefix, as: UTF8.self)
    }

    /// Appends `text` with `& " ' < >` as entities, copying the runs between them whole.
    private mutating func appendEscapingHTML(_ text: String) {
        var value = text
        var runStart = 0
        while let special = value.withUTF8({ bytes in Self.firstEntityByte(in: bytes, from: runStart) }) {
            let utf8 = value.utf8
            if special > runStart {
                output.append(contentsOf: value[utf8.index(utf8.startIndex, offsetBy: runStart)..<utf8.index(utf8.startIndex, offsetBy: special)])
            }
            switch utf8[utf8.index(utf8.startIndex, offsetBy: special)] {
            case UInt8(ascii: "&"): output.append("&amp;")
            case UInt8(ascii: "\""): output.append("&quot;")
            case UInt8(ascii: "'"): output.append("&#39;")
            case UInt8(ascii: "<"): output.append("&lt;")
            default: output.append("&gt;")
            }
            runStart = special + 1
        }
        if runStart == 0 {
            output.append(value)
        } else if runStart < value.utf8.count {
            output.append(contentsOf: value[value.utf8.index(value.utf8.startIndex, offsetBy: runStart)...])
        }
    }

    /// Offset of the first byte needing an entity at or after `start`. Eight bytes at a
    /// time: a word whose bytes all have the high bit set (Chinese text) has none.
    private static func firstEntityByte(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
        var index = start
        while index < bytes.count {
            if index + 8 <= bytes.count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                index += 8
                continue
            }
            if needsEntity(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    /// The five bytes HTML escaping replaces; all are below `?`, so one comparison
    /// dismisses every byte of Chinese text.
    @inline(__always)
    private static func needsEntity(_ byte: UInt8) -> Bool {
        byte <= UInt8(ascii: ">") && (byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">"))
    }

    // MARK: Strict mode

    private mutating func reportIfStrict(_ program: Program, _ tag: Int32, _ message: String) {
        guard options.strict else { return }
        guard reported.insert(ProblemKey(program: ObjectIdentifier(program), tag: tag)).inserted else { return }
        problems.append(Problem(program: program, tag: program.tags[Int(tag)], message: message))
    }

    private func problemsError(rootName: String) -> TemplateError {
        var indexes: [ObjectIdentifier: LineIndex] = [:]
        var diagnostics: [Diagnostic] = []
        var paths: [String] = []
        for problem in problems {
            let key = ObjectIdentifier(problem.program)
            let index = indexes[key] ?? LineIndex(bytes: problem.program.source)
            indexes[key] = index
            diagnostics.append(TemplateError.diagnosticAt(problem.message, index: index, from: problem.tag.lowerBound, to: problem.tag.upperBound))
            paths.append(problem.program.name)
        }
        return TemplateError(diagnostics: diagnostics, templateName: rootName, paths: paths)
    }
}
