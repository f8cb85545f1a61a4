import SourceText

/// Runs a program against a context stack, writing every byte into one buffer.
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
    private let refused: [String: String]
    private let options: RenderOptions
    private let escapeHTML: Bool

    private var output: [UInt8] = []
    private var stack: [TemplateValue] = []
    private var indent: [UInt8] = []
    private var atLineStart = true
    private var frames: [OverrideFrame] = []
    private var depth = 0
    private var problems: [Problem] = []
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

    static func render(_ template: Template, context: TemplateValue, templates: [String: Template], refused: [String: String],
                       options: RenderOptions) throws(TemplateError) -> String
    {
        var renderer = Renderer(templates: templates, refused: refused, options: options, escapeHTML: template.escape == .html)
        renderer.output.reserveCapacity(template.program.text.count * 2 + 256)
        renderer.stack.reserveCapacity(16)
        renderer.stack.append(context)
        let program = template.program
        try renderer.run(program, from: 0, to: program.ops.count)
        if !renderer.problems.isEmpty { throw renderer.problemsError(rootName: template.name) }
        return String(decoding: renderer.output, as: UTF8.self)
    }

    private init(templates: [String: Template], refused: [String: String], options: RenderOptions, escapeHTML: Bool) {
        self.templates = templates
        self.refused = refused
        self.options = options
        self.escapeHTML = escapeHTML
    }

    // MARK: Instructions

    private mutating func run(_ program: Program, from start: Int, to end: Int) throws(TemplateError) {
        var pc = start
        while pc < end {
            switch program.ops[pc] {
            case .text(let textStart, let textEnd):
                writeText(program.text, Int(textStart), Int(textEnd))
                pc += 1

            case .interpolate(let nameID, let escaped, let tag):
                let name = program.names[Int(nameID)]
                switch lookup(name) {
                case .string(let value)?: writeValue(value, escaped: escaped)
                case .bool(let value)?: writeValue(value ? "true" : "false", escaped: escaped)
                case .null?: break
                case .list?: reportIfStrict(program, tag, Messages.notPrintable(name.text, kind: "列表"))
                case .map?: reportIfStrict(program, tag, Messages.notPrintable(name.text, kind: "映射"))
                case nil: reportIfStrict(program, tag, Messages.unresolvedName(name.text))
                }
                pc += 1

            case .section(let nameID, let inverted, let sectionEnd, _):
                let value = lookup(program.names[Int(nameID)]) ?? .null
                if inverted {
                    if !value.isTruthy { try run(program, from: pc + 1, to: Int(sectionEnd)) }
                } else if value.isTruthy {
                    switch value {
                    case .list(let items):
                        for item in items {
                            stack.append(item)
                            try run(program, from: pc + 1, to: Int(sectionEnd))
                            stack.removeLast()
                        }
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
    private mutating func expand(_ target: Program, from start: Int, to end: Int, indent: [UInt8]?, site: Program, tag: Int32) throws(TemplateError) {
        guard depth < Self.depthLimit else {
            let range = site.tags[Int(tag)]
            let name = String(decoding: site.source[range], as: UTF8.self)
            throw TemplateError.located(Messages.tooDeep(name, limit: Self.depthLimit), in: site.source, name: site.name, from: range.lowerBound, to: range.upperBound)
        }
        depth += 1
        if let indent {
            try indented(indent) { (renderer: inout Renderer) throws(TemplateError) in
                try renderer.run(target, from: start, to: end)
            }
        } else {
            try run(target, from: start, to: end)
        }
        depth -= 1
    }

    /// Runs `body` with `extra` added to the indentation, starting on a fresh line (the
    /// standalone tag's own line, whitespace and all, has been removed).
    private mutating func indented(_ extra: [UInt8], _ body: (inout Renderer) throws(TemplateError) -> Void) throws(TemplateError) {
        let saved = indent.count
        indent.append(contentsOf: extra)
        atLineStart = true
        try body(&self)
        indent.removeSubrange(saved...)
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
        if let reason = refused[templateName] {
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

    /// Context maps are small (a bulletin's article has a dozen keys): comparing UTF-8 bytes
    /// beats hashing a Chinese key, which Swift normalises first. Large maps use the hash.
    @inline(__always)
    private static func value(in entries: [String: TemplateValue], for key: NameComponent) -> TemplateValue? {
        guard entries.count <= 16 else { return entries[key.string] }
        let wanted = key.bytes
        for (candidate, value) in entries where candidate.utf8.count == wanted.count {
            if candidate.utf8.elementsEqual(wanted) { return value }
        }
        return nil
    }

    // MARK: Output

    private mutating func writeText(_ text: [UInt8], _ start: Int, _ end: Int) {
        guard !indent.isEmpty else {
            output.append(contentsOf: text[start..<end])
            atLineStart = text[end - 1] == UInt8(ascii: "\n")
            return
        }
        var lineStart = start
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd < end { lineEnd += 1 }
            if atLineStart, !Self.isLineBreak(text[lineStart..<lineEnd]) { output.append(contentsOf: indent) }
            output.append(contentsOf: text[lineStart..<lineEnd])
            atLineStart = text[lineEnd - 1] == UInt8(ascii: "\n")
            lineStart = lineEnd
        }
    }

    private static func isLineBreak(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count == 1 ? bytes.first == UInt8(ascii: "\n") : bytes.count == 2 && bytes.first == UInt8(ascii: "\r") && bytes.last == UInt8(ascii: "\n")
    }

    private mutating func writeValue(_ value: String, escaped: Bool) {
        guard !value.isEmpty else { return }
        if atLineStart, !indent.isEmpty { output.append(contentsOf: indent) }
        atLineStart = false
        let escape = escaped && escapeHTML
        var value = value
        value.withUTF8 { bytes in
            if options.indentMultilineValues, bytes.contains(UInt8(ascii: "\n")) {
                writeIndentedLines(bytes, escape: escape)
            } else {
                write(bytes, escape: escape)
            }
        }
    }

    /// A multi-line value under `indentMultilineValues`: each further line starts with the
    /// current line's leading spaces, tabs and `>` markers (trimmed on empty lines).
    private mutating func writeIndentedLines(_ bytes: UnsafeBufferPointer<UInt8>, escape: Bool) {
        var lineStart = output.count
        while lineStart > 0, output[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var prefixEnd = lineStart
        while prefixEnd < output.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(output[prefixEnd]) { prefixEnd += 1 }
        let prefix = Array(output[lineStart..<prefixEnd])
        var trimmedPrefix = prefix
        while let last = trimmedPrefix.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmedPrefix.removeLast() }

        var segmentStart = 0
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
            write(UnsafeBufferPointer(rebasing: bytes[segmentStart...index]), escape: escape)
            segmentStart = index + 1
            guard segmentStart < bytes.count else { break }
            let nextIsEmpty = bytes[segmentStart] == UInt8(ascii: "\n") || bytes[segmentStart] == UInt8(ascii: "\r")
            output.append(contentsOf: nextIsEmpty ? trimmedPrefix : prefix)
        }
        if segmentStart < bytes.count { write(UnsafeBufferPointer(rebasing: bytes[segmentStart...]), escape: escape) }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, escape: Bool) {
        guard escape else {
            output.append(contentsOf: bytes)
            return
        }
        var runStart = 0
        for index in 0..<bytes.count {
            let entity: [UInt8]
            switch bytes[index] {
            case UInt8(ascii: "&"): entity = Self.ampersand
            case UInt8(ascii: "\""): entity = Self.quote
            case UInt8(ascii: "'"): entity = Self.apostrophe
            case UInt8(ascii: "<"): entity = Self.lessThan
            case UInt8(ascii: ">"): entity = Self.greaterThan
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(contentsOf: entity)
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
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
