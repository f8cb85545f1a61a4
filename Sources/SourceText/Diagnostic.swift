/// How serious a finding is. `error` findings make `jianbao check` exit with status 1.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case error
    case warning

    /// The word users see: the compiler convention editors parse (`error`, `warning`).
    public var label: String { rawValue }
}

/// One located message: the single format every stage reports in, so editors can jump to it.
///
/// Rendered as `path:line:col: error: message [RULE-ID]`, optionally followed by the
/// source line and a caret under the column.
public struct Diagnostic: Sendable, Hashable {
    public var severity: Severity
    public var range: SourceRange
    /// Simplified Chinese, says what is wrong and, where possible, how to fix it.
    public var message: String
    /// Stable rule identifier with its slug, e.g. `P3 unbalanced-quote`; nil for syntax errors.
    public var rule: String?
    /// The text of the line at `range.start`, for the caret excerpt; of a long line only a
    /// window around the column (see `attachExcerpt`).
    public var sourceLine: String?
    /// The column at which `sourceLine` starts: 1 for a whole line.
    public var sourceLineStartColumn = 1
    /// Whether the line goes on past the end of `sourceLine`.
    public var sourceLineContinues = false

    public init(severity: Severity = .error, range: SourceRange, message: String, rule: String? = nil, sourceLine: String? = nil) {
        self.severity = severity
        self.range = range
        self.message = message
        self.rule = rule
        self.sourceLine = sourceLine
    }

    /// `path:line:col: severity: message [rule]`, with ANSI colour when `colour` is set.
    public func headline(path: String, colour: Bool = false) -> String {
        let location = "\(path):\(range.start.line):\(range.start.column):"
        var severityText = "\(severity.label):"
        if colour {
            let code = severity == .error ? "31" : "33"
            severityText = "\u{1B}[1;\(code)m\(severityText)\u{1B}[0m"
        }
        let suffix = rule.map { " [\($0)]" } ?? ""
        return "\(location) \(severityText) \(message)\(suffix)"
    }

    /// The headline followed by the source line and a caret, as compilers print errors.
    public func rendered(path: String, colour: Bool = false) -> String {
        var text = headline(path: path, colour: colour)
        if let sourceLine {
            text += "\n" + CaretExcerpt.render(line: sourceLine, column: range.start.column - sourceLineStartColumn + 1,
                                               cutBefore: sourceLineStartColumn > 1, cutAfter: sourceLineContinues)
        }
        return text
    }

    /// Keeps the line at `range.start` for the caret excerpt — of a long line only the window
    /// the excerpt can show, so thousands of findings on one 16 MB line copy kilobytes, not gigabytes.
    public mutating func attachExcerpt(from index: LineIndex) {
        let line = range.start.line
        guard line >= 1, line <= index.lineCount else { return }
        let lineStart = index.lineStarts[line - 1], lineEnd = index.endOfLine(line)
        // Bytes, not scalars: at most 4 per scalar, so this window holds the excerpt's radius and more.
        let reach = 4 * (CaretExcerpt.radius * 2 + 2)
        guard lineEnd - lineStart > 2 * reach else {
            sourceLine = index.lineText(line)
            return
        }
        var start = max(lineStart, range.start.offset - reach), end = min(lineEnd, range.start.offset + reach)
        while start > lineStart, index.bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < lineEnd, index.bytes[end] & 0xC0 == 0x80 { end += 1 }
        sourceLine = String(decoding: index.bytes[start..<end], as: UTF8.self)
        sourceLineStartColumn = range.start.column - LineIndex.scalarCount(index.bytes, from: start, to: range.start.offset)
        sourceLineContinues = end < lineEnd
    }
}

/// A source line with a caret under a column, aligned for a terminal where CJK
/// characters take two cells.
public enum CaretExcerpt {
    /// Characters shown on each side of the column when a line is too long to show whole:
    /// a one-line template or paragraph can be kilobytes long.
    public static let radius = 40

    /// `cutBefore` and `cutAfter` say that `line` is itself a window of a longer line.
    public static func render(line: String, column: Int, cutBefore: Bool = false, cutAfter: Bool = false) -> String {
        let scalars = Array(line.unicodeScalars)
        let caret = max(0, column - 1)
        let width = 2 * radius + 1
        // Long lines: a window of fixed width, moved in from the ends to stay full.
        let start = scalars.count <= width ? 0 : max(0, min(caret - radius, scalars.count - width))
        let end = min(scalars.count, start + width)
        let ellipsis: Unicode.Scalar = "…"
        var shown = String.UnicodeScalarView()
        var padding = ""
        if start > 0 || cutBefore {
            shown.append(ellipsis)
            padding += String(repeating: " ", count: displayWidth(ellipsis))
        }
        for index in start..<end {
            let scalar = scalars[index]
            shown.append(scalar)
            guard index < caret else { continue }
            padding += scalar == "\t" ? "\t" : String(repeating: " ", count: displayWidth(scalar))
        }
        if end < scalars.count || cutAfter { shown.append(ellipsis) }
        return "  \(String(shown))\n  \(padding)^"
    }

    /// Terminal cells a scalar occupies: 2 for East Asian wide and full-width forms, 0 for combining marks.
    public static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}
