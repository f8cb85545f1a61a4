import Foundation
import NotesFormat
import SourceText

/// Reads values out of a notes tree and collects located problems, so one run reports all of
/// them. Shared by the notes decoder and the profile decoder: one set of shape checks and
/// one wording of every message.
final class NotesReading {
    private(set) var diagnostics: [Diagnostic] = []
    private let source: String?
    /// Built on the first error only: a clean file never pays for it.
    private lazy var lines: LineIndex? = source.map { LineIndex($0) }

    /// Parses notes text; a syntax error becomes the single diagnostic of a decoding error,
    /// so callers handle one error type for the whole text → model step.
    static func parse(_ text: String) throws(NotesDecodingError) -> NotesNode {
        do throws(NotesError) {
            return try NotesParser.parse(text)
        } catch {
            throw NotesDecodingError(diagnostics: [error.diagnostic])
        }
    }

    init(source: String?) {
        self.source = source
    }

    /// Control characters can only come from escapes (`"\0"`, `"\v"`, `"\e"`): the notes format
    /// rejects them raw. No output may carry them (XML forbids most; a text file with NUL or ESC
    /// misprints), so they are refused here, once, located at their value, for every format.
    /// Tab and line feed stay: the fields that take one line report a line break themselves.
    func rejectControlCharacters(in node: NotesNode) {
        // Recursion, not a work list: copying nodes into a list cost a third of decoding an issue.
        // The parser bounds nesting (500 levels), so the depth is safe.
        switch node.value {
        case .string(let text, _):
            guard Self.mayHoldControl(text), let bad = text.unicodeScalars.first(where: Self.isForbiddenControl) else { return }
            let code = String(bad.value, radix: 16, uppercase: true)
            error("这里有控制字符 U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)（多半来自 \\ 转义），简报中不能出现；请删去", at: node.range)
        case .null: break
        case .sequence(let items): for item in items { rejectControlCharacters(in: item) }
        case .mapping(let entries): for entry in entries { rejectControlCharacters(in: entry.value) }
        }
    }

    static func mayHoldControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                // E2 starts “ ” … as well: only E2 80 A8/A9 (U+2028, U+2029) counts.
                if byte != 0xE2 || (index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) { return true }
            }
            return false
        }
    }

    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isForbiddenControl(scalar.value)
    }

    func error(_ message: String, at range: SourceRange) {
        report(.error, message, at: range)
    }

    /// A value that reads but may not print as meant: reported, and decoding goes on.
    func warning(_ message: String, at range: SourceRange) {
        report(.warning, message, at: range)
    }

    private func report(_ severity: Severity, _ message: String, at range: SourceRange) {
        var diagnostic = Diagnostic(severity: severity, range: range, message: message)
        if let lines { diagnostic.attachExcerpt(from: lines) }
        diagnostics.append(diagnostic)
        if severity == .error { hasErrors = true }
    }

    private var hasErrors = false

    /// Throws everything collected so far (warnings too) when there is an error, in file order;
    /// otherwise returns the warnings.
    @discardableResult
    func finish() throws(NotesDecodingError) -> [Diagnostic] {
        let sorted = diagnostics.sorted { $0.range.start < $1.range.start }
        if hasErrors { throw NotesDecodingError(diagnostics: sorted) }
        return sorted
    }

    /// The entries of a mapping whose keys are all among `keys` (nil: any key); unknown keys
    /// are reported (with a suggestion), and a node of another shape gives nil and an error.
    func fields(_ node: NotesNode, of what: String, keys: [String]?) -> Fields? {
        guard case .mapping(let entries) = node.value else {
            error("\(what)应为“字段: 值”形式的映射，这里是\(Self.shapeName(node))", at: node.range)
            return nil
        }
        for entry in entries {
            guard let keys, !keys.contains(entry.key) else { continue }
            if let suggestion = Suggestion.closest(to: entry.key, among: keys) {
                error("未知字段“\(entry.key)”，是否想写“\(suggestion)”？", at: entry.keyRange)
            } else {
                error("未知字段“\(entry.key)”；\(what)可用的字段：\(keys.joined(separator: "、"))", at: entry.keyRange)
            }
        }
        return Fields(node: node, entries: entries, what: what, reading: self)
    }

    /// One line of text. Block scalars may end in a line break, which is not part of the value.
    func text(_ node: NotesNode, field: String, allowEmpty: Bool = true) -> String? {
        guard case .string(let raw, let style) = node.value else {
            error("“\(field)”应为一段文字，这里是\(Self.shapeName(node))", at: node.range)
            return nil
        }
        var value = raw
        if style == .literal || style == .folded {
            while value.hasSuffix("\n") { value.removeLast() }
        }
        if Self.hasLineBreak(value) {
            error("“\(field)”应为一行文字；多段内容请写成列表", at: node.range)
            return nil
        }
        if !allowEmpty, Self.isBlank(value.utf8[...]) {
            error("“\(field)”不能为空", at: node.range)
            return nil
        }
        return value
    }

    /// Paragraphs: a string is one paragraph (each non-empty line of a block is one paragraph),
    /// a list gives one paragraph per item.
    /// Paragraphs of a text or a list of texts, empty lines dropped. With `keepsLeadingEmpty`
    /// (a point's 正文) a list whose first item is `""` keeps it: the heading stands alone on its
    /// line and the body starts on the next, as `parse` writes a heading typed on a line of its own.
    func paragraphs(_ node: NotesNode, field: String, keepsLeadingEmpty: Bool = false) -> [String]? {
        switch node.value {
        case .null:
            return []
        case .string(let raw, _):
            return Self.nonEmptyLines(raw)
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                guard case .string(let raw, _) = item.value else {
                    error("“\(field)”的列表项应为一段文字，这里是\(Self.shapeName(item))", at: item.range)
                    continue
                }
                result += Self.nonEmptyLines(raw)
            }
            if keepsLeadingEmpty, items.count > 1, case .string(let first, _)? = items.first?.value,
               first.allSatisfy(\.isWhitespace), !result.isEmpty {
                result.insert("", at: 0)
            }
            return result
        case .mapping:
            error("“\(field)”应为一段文字或文字列表，这里是映射", at: node.range)
            return nil
        }
    }

    /// A 送 or 发 line: one text as printed, or a list of recipients printed joined by “、”
    /// (groups that need “，” between them are written as one text).
    func recipients(_ node: NotesNode, field: String) -> String? {
        guard case .sequence = node.value else { return text(node, field: field) }
        return lineList(node, field: field)?.joined(separator: "、")
    }

    /// Lines as printed one under another (编发单位): one string or a list of strings.
    func lineList(_ node: NotesNode, field: String) -> [String]? {
        switch node.value {
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                if let line = text(item, field: field) { result.append(line) }
            }
            return result
        case .string:
            return text(node, field: field).map { [$0] }
        case .null:
            return []
        case .mapping:
            error("“\(field)”应为一行文字或文字列表，这里是映射", at: node.range)
            return nil
        }
    }

    /// A positive whole number such as 期号 16; full-width digits (OCR) are accepted.
    func wholeNumber(_ node: NotesNode, field: String) -> Int? {
        guard case .string(let raw, _) = node.value else {
            error("“\(field)”应为正整数，这里是\(Self.shapeName(node))", at: node.range)
            return nil
        }
        let digits = BulletinDate.halfWidthDigits(raw)
        let allDigits = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        if allDigits, Int(digits) == nil {
            error("“\(field)”的值“\(raw)”太大，超出可用的范围（至多 \(Int.max)）", at: node.range)
            return nil
        }
        guard allDigits, let value = Int(digits), value > 0 else {
            error("“\(field)”应为正整数（如 16），而不是“\(raw)”", at: node.range)
            return nil
        }
        return value
    }

    func date(_ node: NotesNode, field: String) -> BulletinDate? {
        guard let raw = text(node, field: field) else { return nil }
        guard let date = BulletinDate(parsing: raw) else {
            error("无法识别的日期“\(raw)”：请写作 2026年6月4日 或 \"2026-06-04\"，且须是日历上存在的日期", at: node.range)
            return nil
        }
        return date
    }

    static func shapeName(_ node: NotesNode) -> String {
        switch node.value {
        case .string: return "一段文字"
        case .null: return "空值"
        case .sequence: return "列表"
        case .mapping: return "映射"
        }
    }

    /// The non-blank lines of a text. Works on UTF-8 bytes: this runs for every paragraph
    /// of every issue, and a paragraph without a line break (the usual case) is not copied.
    private static func nonEmptyLines(_ text: String) -> [String] {
        let bytes = text.utf8
        guard hasLineBreak(text) else { return isBlank(bytes[...]) ? [] : [text] }
        return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            .filter { !isBlank($0) }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// memchr over the contiguous UTF-8 storage (native strings always have it): every
    /// paragraph of every issue passes here, and the generic `Sequence.contains` over the
    /// view costs about a nanosecond a byte.
    static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(UInt8(ascii: "\n")), buffer.count) != nil
        } ?? text.utf8.contains(UInt8(ascii: "\n"))
    }

    /// Only spaces, tabs, carriage returns or ideographic spaces (U+3000, bytes E3 80 80).
    static func isBlank(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index = bytes.index(after: index)
            case 0xE3 where bytes[index...].starts(with: [0xE3, 0x80, 0x80]):
                index = bytes.index(index, offsetBy: 3)
            default:
                return false
            }
        }
        return true
    }
}

/// The checked entries of one mapping, looked up by key.
struct Fields {
    let node: NotesNode
    let entries: [NotesEntry]
    let what: String
    let reading: NotesReading

    /// The value of `key`; an empty value (`key:`) counts as absent.
    subscript(key: String) -> NotesNode? {
        guard let node = entries.first(where: { $0.key == key })?.value else { return nil }
        if case .null = node.value { return nil }
        return node
    }

    /// The value of a required key; reports it missing (at the mapping) when absent or empty.
    func required(_ key: String) -> NotesNode? {
        if let node = self[key] { return node }
        if let entry = entries.first(where: { $0.key == key }) {
            reading.error("“\(key)”不能为空", at: entry.value.range)
        } else {
            reading.error("\(what)缺少必填字段“\(key)”", at: SourceRange(at: node.range.start))
        }
        return nil
    }
}
