import NotesFormat
import SourceText

/// `jianbao check` on a notes file: what it will print. The notes are decoded as `draft` decodes
/// them (schema errors, misprints, warnings); when they decode, the issue (or article) is drafted
/// as plain text with the built-in templates and checked by every rule, and each finding is
/// located back at the notes file's own line and column through the value it falls in: a
/// value's character maps to its source position for plain values, quoted values without
/// escapes and `|` blocks. Findings in what the templates add (numerals, brackets) are the
/// templates', not the notes': they are left out. A fix is made inside the value, only where
/// the value is written as it reads (no escape, no folding) and the fixed text is still written
/// the same way; the fixed file is parsed again and must give the same tree with the fixed
/// values, or nothing is written.
public struct NotesCheck: Sendable {
    /// Findings located in the notes file; fixes carry notes-file offsets.
    public var result: CheckResult
    /// Decoding errors and warnings, located in the notes file.
    public var decoding: [Diagnostic]
    /// Fixable findings not fixed automatically: the value is written with escapes or folded, or
    /// the fix crosses from one value into another (A1 joining two paragraphs).
    public var unfixable: Int

    /// Checks notes text; nil when it does not parse as notes.
    public static func check(_ text: String, profile: HouseProfile = .standard, options: CheckOptions = .init()) -> NotesCheck? {
        guard let root = NotesDecoder.notesTree(ifNotes: text) else { return nil }
        let source = Array(text.utf8)
        let lineIndex = LineIndex(bytes: source)
        var decoding: [Diagnostic] = []
        // A profile shares 刊名 and 编发单位 with notes: checked as a profile, nothing printed.
        if isProfile(root) {
            do throws(NotesDecodingError) {
                _ = try HouseProfile.load(text: text)
            } catch {
                decoding = error.diagnostics
            }
            return NotesCheck(result: CheckResult(kind: .fragment, findings: [], lineIndex: lineIndex), decoding: decoding, unfixable: 0)
        }
        let document: NotesDocument
        do throws(NotesDecodingError) {
            document = try NotesDecoder(profile: profile).decode(root, source: text, warnings: &decoding)
        } catch {
            return NotesCheck(result: CheckResult(kind: .fragment, findings: [], lineIndex: lineIndex), decoding: error.diagnostics, unfixable: 0)
        }
        guard let library = try? Drafter.defaultLibrary(format: "txt"),
              let drafted = try? Drafter(library: library, profile: profile).draft(document, format: "txt") else {
            return NotesCheck(result: CheckResult(kind: .fragment, findings: [], lineIndex: lineIndex), decoding: decoding, unfixable: 0)
        }
        var checkOptions = options
        if case .article = document { checkOptions.mode = .article } else { checkOptions.mode = .issue }
        let printed = Array(drafted.utf8)
        let pieces = PrintedPieces(root: root, printed: printed, source: source)
        var findings: [LocatedFinding] = []
        var unfixable = 0
        var seen = Set<String>()
        for located in Checker.check(bytes: printed, options: checkOptions).findings {
            var finding = located.finding
            guard let (piece, offset) = pieces.piece(holding: finding.start) else { continue }
            let map = piece.map
            let valueStart = piece.valueOffset + offset
            let valueEnd = piece.valueOffset + min(piece.length, max(offset, finding.end - piece.printedStart))
            let start = map.sourceOffset(valueStart), end = map.sourceOffset(valueEnd, isEnd: true)
            // A value printed twice (a headline in the contents and over its article) is reported once.
            guard seen.insert("\(finding.rule.code):\(start):\(end)").inserted else { continue }
            if let fix = finding.fix {
                let valueEdits = fix.edits.compactMap { edit -> TextEdit? in
                    guard edit.start >= piece.printedStart, edit.end <= piece.printedStart + piece.length else { return nil }
                    return TextEdit(start: piece.valueOffset + edit.start - piece.printedStart, end: piece.valueOffset + edit.end - piece.printedStart,
                                    replacement: edit.replacement)
                }
                if map.isExact, valueEdits.count == fix.edits.count, let edits = map.sourceEdits(valueEdits, style: map.style) {
                    finding.fix = Fix(description: fix.description, edits: edits)
                } else {
                    finding.fix = nil
                    unfixable += 1
                }
            }
            if !map.isExact { finding.message += "（该值含转义或折行，位置为值的开头）" }
            finding.start = start
            finding.end = end
            findings.append(LocatedFinding(finding: finding, range: lineIndex.range(ofByteOffsets: start, end)))
        }
        findings.sort { $0.range.start.offset != $1.range.start.offset ? $0.range.start.offset < $1.range.start.offset : $0.finding.rule.code < $1.finding.rule.code }
        return NotesCheck(result: CheckResult(kind: .fragment, findings: findings, lineIndex: lineIndex), decoding: decoding, unfixable: unfixable)
    }

    /// The notes with every safe fix made inside its value, to a fixed point (a fix can reveal
    /// another); nil when a fixed file would not read back as the same tree with the fixed values.
    public static func fixed(_ text: String, profile: HouseProfile = .standard, options: CheckOptions = .init()) -> String? {
        var current = text
        for _ in 0..<10 {
            guard let check = check(current, profile: profile, options: options) else { return nil }
            var edits = check.result.findings.compactMap(\.finding.fix).flatMap(\.edits).sorted { $0.start < $1.start }
            // Overlapping edits wait for the next pass.
            var kept: [TextEdit] = []
            for edit in edits where kept.last.map({ $0.end <= edit.start }) ?? true { kept.append(edit) }
            edits = kept
            guard !edits.isEmpty else { return current }
            var bytes = Array(current.utf8)
            for edit in edits.reversed() { bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.replacement.utf8)) }
            let next = String(decoding: bytes, as: UTF8.self)
            guard readsAlike(before: current, after: next, edits: edits) else { return nil }
            current = next
        }
        return current
    }

    /// The fixed text parses, and to the tree of the old one with only the edited values changed:
    /// keys, structure, every other value and every comment-free layout stay as they were.
    static func readsAlike(before: String, after: String, edits: [TextEdit]) -> Bool {
        guard let old = NotesDecoder.notesTree(ifNotes: before), let new = NotesDecoder.notesTree(ifNotes: after) else { return false }
        let oldScalars = scalars(of: old), newScalars = scalars(of: new)
        guard oldScalars.count == newScalars.count, shape(old.plainValue) == shape(new.plainValue) else { return false }
        let source = Array(before.utf8)
        // Edits are sorted and scalars in file order: one walk over both, not one search per value.
        var next = 0
        for ((oldNode, oldValue), (_, newValue)) in zip(oldScalars, newScalars) {
            let end = max(oldNode.range.end.offset, oldNode.range.start.offset)
            while next < edits.count, edits[next].start < oldNode.range.start.offset { next += 1 }
            var inside: [TextEdit] = []
            while next < edits.count, edits[next].end <= end {
                inside.append(edits[next])
                next += 1
            }
            let map = ValueMap(node: oldNode, value: oldValue, source: source)
            var expected = Array(oldValue.utf8)
            if !inside.isEmpty {
                guard map.isExact else { return false }
                for edit in inside.reversed() {
                    guard let start = map.valueOffset(edit.start), let end = map.valueOffset(edit.end) else { return false }
                    expected.replaceSubrange(start..<end, with: Array(edit.replacement.utf8))
                }
            }
            guard expected.elementsEqual(newValue.utf8) else { return false }
        }
        return true
    }

    /// A profile, not notes: a key only profiles have, and none only notes have.
    static func isProfile(_ root: NotesNode) -> Bool {
        guard case .mapping(let entries) = root.value else { return false }
        let shared = Set(ProfileDecoder.keys)
        let notesOnly = NotesDecoder.schemaKeys.subtracting(shared)
        return entries.contains { shared.contains($0.key) && !NotesDecoder.schemaKeys.contains($0.key) }
            && !entries.contains { notesOnly.contains($0.key) }
    }

    /// The tree with every string blanked: keys and structure only.
    static func shape(_ value: NotesValue) -> NotesValue {
        switch value {
        case .string: .string("")
        case .null: .null
        case .sequence(let items): .sequence(items.map(shape))
        case .mapping(let entries): .mapping(entries.map { ($0.0, shape($0.1)) })
        }
    }

    /// Every string scalar with its node, in file order.
    static func scalars(of root: NotesNode) -> [(NotesNode, String)] {
        var result: [(NotesNode, String)] = []
        func walk(_ node: NotesNode) {
            switch node.value {
            case .string(let text, _): result.append((node, text))
            case .null: break
            case .sequence(let items): items.forEach(walk)
            case .mapping(let entries): entries.forEach { walk($0.value) }
            }
        }
        walk(root)
        return result
    }
}

/// Where each byte of a scalar's value is in the notes file. Exact for a plain one-line value,
/// a quoted value without escapes and a `|` block (each line at its indentation); otherwise every
/// offset maps to the value's start.
struct ValueMap {
    let style: ScalarStyle
    /// (value offset, source offset) at the start of each mapped run, value offsets ascending.
    private(set) var runs: [(value: Int, source: Int)] = []
    private(set) var isExact = false
    let start: Int
    let valueLength: Int

    init(node: NotesNode, value: String, source: [UInt8]) {
        start = node.range.start.offset
        valueLength = value.utf8.count
        guard case .string(_, let style) = node.value else { style = .plain; return }
        self.style = style
        let bytes = Array(value.utf8)
        switch style {
        case .plain, .doubleQuoted, .singleQuoted:
            let base = style == .plain ? start : start + 1
            if base + bytes.count <= source.count, source[base..<(base + bytes.count)].elementsEqual(bytes) {
                runs = [(0, base)]
                isExact = true
            }
        case .literal:
            // The header line (`|`, `|-`, `|+`, a comment) ends at the first line feed.
            guard var line = source[start...].firstIndex(of: 0x0A).map({ $0 + 1 }) else { return }
            var valueOffset = 0
            var indent: Int?
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            for (index, text) in lines.enumerated() {
                if index == lines.count - 1, text.isEmpty { break }   // after the final line feed
                let lineEnd = source[line...].firstIndex(of: 0x0A) ?? source.count
                if !text.isEmpty {
                    if indent == nil {
                        var spaces = 0
                        while line + spaces < lineEnd, source[line + spaces] == 0x20 { spaces += 1 }
                        indent = spaces
                    }
                    let contentStart = line + (indent ?? 0)
                    guard contentStart + text.count <= lineEnd, source[contentStart..<(contentStart + text.count)].elementsEqual(text) else {
                        runs = []
                        return
                    }
                    runs.append((valueOffset, contentStart))
                }
                valueOffset += text.count + 1
                line = lineEnd + 1
            }
            isExact = true
        case .folded:
            break
        }
    }

    /// The source offset of a value offset; `isEnd` keeps an offset at a line's end on that line.
    func sourceOffset(_ offset: Int, isEnd: Bool = false) -> Int {
        guard isExact, !runs.isEmpty else { return start }
        var low = 0, high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].value < offset || (!isEnd && runs[middle].value == offset) { low = middle } else { high = middle - 1 }
        }
        return runs[low].source + max(0, offset - runs[low].value)
    }

    /// The value offset of a source offset inside a mapped run, else nil.
    func valueOffset(_ source: Int) -> Int? {
        guard isExact else { return nil }
        for (index, run) in runs.enumerated() {
            let next = index + 1 < runs.count ? runs[index + 1].value : valueLength
            let length = next - run.value
            if source >= run.source, source <= run.source + length { return run.value + (source - run.source) }
        }
        return nil
    }

    /// Value edits as notes-file edits, when each stays inside one line of the value and its
    /// replacement can be written in the value's style as it is (nil otherwise).
    func sourceEdits(_ edits: [TextEdit], style: ScalarStyle) -> [TextEdit]? {
        var result: [TextEdit] = []
        for edit in edits {
            guard !edit.replacement.contains("\n") else { return nil }
            switch style {
            case .doubleQuoted: if edit.replacement.contains(where: { $0 == "\"" || $0 == "\\" }) { return nil }
            case .singleQuoted: if edit.replacement.contains("'") { return nil }
            case .plain, .literal: break
            case .folded: return nil
            }
            let start = sourceOffset(edit.start), end = sourceOffset(edit.end, isEnd: true)
            guard end - start == edit.end - edit.start else { return nil }   // the edit crosses a line break
            result.append(TextEdit(start: start, end: end, replacement: edit.replacement))
        }
        return result
    }
}

/// Where each printed line of each value landed in the drafted text: values are found in file
/// order from a moving cursor (the templates print them in that order), then anywhere for the
/// few printed out of order. A paragraph value of several lines prints each line on its own.
struct PrintedPieces {
    struct Piece {
        var printedStart: Int
        var length: Int
        /// Offset of this line in the value.
        var valueOffset: Int
        var map: ValueMap
    }

    /// By printed start.
    private(set) var pieces: [Piece] = []

    init(root: NotesNode, printed: [UInt8], source: [UInt8]) {
        var cursor = 0
        for (node, value) in NotesCheck.scalars(of: root) {
            let bytes = Array(value.utf8)
            guard bytes.count > 1 else { continue }
            let map = ValueMap(node: node, value: value, source: source)
            var lineStart = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                defer { lineStart += line.count + 1 }
                guard line.count > 1 else { continue }
                let found = Self.find(line, in: printed, from: cursor) ?? Self.find(line, in: printed, from: 0)
                guard let found else { continue }
                pieces.append(Piece(printedStart: found, length: line.count, valueOffset: lineStart, map: map))
                if found >= cursor { cursor = found + line.count }
            }
        }
        pieces.sort { $0.printedStart < $1.printedStart }
    }

    /// The piece whose printed text holds `offset`, and the offset within it.
    func piece(holding offset: Int) -> (Piece, Int)? {
        var low = 0, high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].printedStart <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let piece = pieces[low - 1]
        guard offset < piece.printedStart + piece.length || (offset == piece.printedStart + piece.length && piece.length > 0) else { return nil }
        return (piece, offset - piece.printedStart)
    }

    static func find(_ needle: ArraySlice<UInt8>, in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            guard let hit = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[hit..<(hit + needle.count)].elementsEqual(needle) { return hit }
            index = hit + 1
        }
        return nil
    }
}
