import SourceText

/// Which rules run and how the text is read.
public struct CheckOptions: Sendable, Hashable {
    /// `fragment`: a piece of text, typography only (rule examples, pasted paragraphs).
    public enum Mode: String, Sendable, Hashable { case auto, issue, article, fragment }

    public var mode: Mode
    /// Severity by rule code, overriding the catalogue's default (`off` disables).
    public var severities: [String: RuleSeverity]
    /// Longest article, in characters without spaces (warning `L1` above it).
    public var maxArticleLength: Int

    public static let defaultMaxArticleLength = 3000

    public init(mode: Mode = .auto, severities: [String: RuleSeverity] = [:], maxArticleLength: Int = CheckOptions.defaultMaxArticleLength) {
        self.mode = mode
        self.severities = severities
        self.maxArticleLength = maxArticleLength
    }

    /// The severity `rule` reports with, nil when it is off.
    public func severity(of rule: Rule) -> Severity? {
        (severities[rule.code] ?? rule.severity).severity
    }

    /// Only `rule` runs, at error severity (for fixture tests and `--select`).
    public static func only(_ rule: Rule, mode: Mode = .auto) -> CheckOptions {
        var severities: [String: RuleSeverity] = [:]
        for other in RuleCatalogue.all { severities[other.code] = .off }
        severities[rule.code] = rule.severity == .off ? .error : rule.severity
        return CheckOptions(mode: mode, severities: severities)
    }
}

/// Collects findings of the active rules; checks call `isActive` before doing costly work.
struct FindingSink {
    let options: CheckOptions
    private(set) var findings: [Finding] = []
    /// Only the edits of safe fixes are kept (in `edits`), with their rule's code, and no message
    /// is built: what the reader asks of P1 and P4 for every text of its notes (`NotesTextFixes`),
    /// where the messages cost more than the scan.
    let editsOnly: Bool
    private(set) var edits: [(code: String, edit: TextEdit)] = []
    /// Keyed by the rule object: hashing an identity is cheaper than a code string, per finding.
    private let active: [ObjectIdentifier: Severity]

    init(options: CheckOptions, expectedSize: Int = 0, editsOnly: Bool = false) {
        self.options = options
        self.editsOnly = editsOnly
        var active: [ObjectIdentifier: Severity] = [:]
        for rule in RuleCatalogue.all { active[ObjectIdentifier(rule)] = options.severity(of: rule) }
        self.active = active
        findings.reserveCapacity(expectedSize / 256)
    }

    func isActive(_ rule: Rule) -> Bool { active[ObjectIdentifier(rule)] != nil }

    /// The message and the fix are built only when kept (`@autoclosure`).
    mutating func report(_ rule: Rule, _ start: Int, _ end: Int, message: @autoclosure () -> String? = nil, fix: @autoclosure () -> Fix? = nil) {
        guard let severity = active[ObjectIdentifier(rule)] else { return }
        if editsOnly {
            guard rule.fixable, let fix = fix() else { return }
            for edit in fix.edits { edits.append((rule.code, edit)) }
            return
        }
        findings.append(Finding(rule: rule, severity: severity, start: start, end: end, message: message() ?? rule.message, fix: rule.fixable ? fix() : nil))
    }
}

/// A rule checked on the layout after the typography scan (structure, regions, length).
protocol LayoutRule: Sendable {
    static var rule: Rule { get }
    static func check(_ layout: TextLayout, _ sink: inout FindingSink)
}

/// The outcome of checking one text.
public struct CheckResult: Sendable {
    public var kind: DocumentKind
    /// Sorted by position, then rule code.
    public var findings: [LocatedFinding]
    public var lineIndex: LineIndex
    /// Rule names in `<!-- jianbao-disable … -->` comments that name no rule, with their line:
    /// such a comment suppresses nothing, and the writer should know.
    public var unknownSuppressedRules: [(line: Int, name: String)] = []
    /// The lines (1-based, the editor's) where each issue of a file of several starts, the first
    /// included; empty for a file of one (`IssueBoundaries`).
    public var issueStartLines: [Int] = []

    /// For a file of several issues: that each was checked on its own, and where each starts.
    public var issuesNote: String? {
        guard issueStartLines.count > 1 else { return nil }
        let listed = issueStartLines.prefix(8).map { "第 \($0) 行" }.joined(separator: "、") + (issueStartLines.count > 8 ? "……" : "")
        let (unit, noun) = kind.partCounting
        return "文件中有 \(issueStartLines.count) \(unit)\(noun)（依次从\(listed)起），逐\(unit)检查"
    }

    public var hasErrors: Bool { findings.contains { $0.finding.severity == .error } }
}

/// Runs the catalogue over a text.
public enum Checker {
    static let layoutRules: [any LayoutRule.Type] = [
        MastheadIncomplete.self, AlbumLine.self, ContentsMismatch.self, HeadingForm.self, PointSequence.self,
        MissingContributor.self, FooterIncomplete.self, CopiesForm.self, UnknownRegion.self, ContributorRegion.self,
        CountyUnderWrongCity.self, ArticleTooLong.self,
    ]

    public static func check(_ text: String, options: CheckOptions = .init()) -> CheckResult {
        check(bytes: Array(text.utf8), options: options)
    }

    /// The edits of the safe fixes of a text checked as one fragment, with their rule's code, in
    /// no order and unlocated: what the reader asks of P1 and P4 for every text of the notes
    /// (`NotesTextFixes`), without `check`'s sorting, suppressions and line:column.
    /// `rules`: an empty sink of the options wanted, made once (its table of active rules is the
    /// same for every text).
    static func fragmentFixEdits(bytes: [UInt8], rules: FindingSink) -> [(code: String, edit: TextEdit)] {
        let lineIndex = LineIndex(bytes: bytes, lineStarts: SourceLines.lineStarts(bytes))
        var sink = rules
        let layout = TextLayout(bytes: bytes, lineIndex: lineIndex, lineRange: 0..<lineIndex.lineCount, forcedKind: .fragment)
        TypographyScanner.scan(layout, &sink)
        return sink.editsOnly ? sink.edits : sink.findings.flatMap { finding in (finding.fix?.edits ?? []).map { (finding.rule.code, $0) } }
    }

    public static func check(bytes original: [UInt8], options: CheckOptions = .init()) -> CheckResult {
        // Offsets stay the file's, so fixes apply to the file as it is, CRs and all.
        let converted = LineEnds.breaksAsLineFeeds(original)
        let bytes = converted ?? original
        let forced: DocumentKind? = switch options.mode {
        case .auto: nil
        case .issue: .issue
        case .article: .article
        case .fragment: .fragment
        }
        // The reader's split into lines (`SourceLines.lineStarts`), one for both jobs.
        let readingIndex = LineIndex(bytes: bytes, lineStarts: SourceLines.lineStarts(bytes))
        // Line:column as an editor shows them: a form feed or vertical tab ends a line for the
        // reading (a page break) but not on screen (`LineEnds.editorLineIndex`).
        let index = (converted == nil ? nil : LineEnds.editorLineIndex(original)) ?? readingIndex
        let pieces = TextLayout.issueLayouts(bytes: bytes, lineIndex: readingIndex, forcedKind: forced)
        var sink = FindingSink(options: options, expectedSize: bytes.count)
        var suppressions = Suppressions()
        var kind = DocumentKind.notABulletin
        for (position, (lineRange, layout)) in pieces.enumerated() {
            if position == 0 { kind = layout.kind }
            if layout.kind == .notABulletin {
                let start = position == 0 ? 0 : readingIndex.lineStarts[lineRange.lowerBound]
                sink.report(NotABulletin.rule, start, start)
            } else {
                TypographyScanner.scan(layout, &sink)
                for type in layoutRules {
                    if type.rule.scope == .issue, layout.kind != .issue { continue }
                    if type.rule.scope == .article, layout.kind == .fragment { continue }
                    if sink.isActive(type.rule) { type.check(layout, &sink) }
                }
            }
            suppressions.add(Suppressions(layout, lineIndex: index))
        }
        // Locate in offset order with a running cursor: one walk over the text however many findings.
        let findings = sink.findings
        // Sort indices, not the findings themselves: a finding is a large value to move.
        let order = findings.indices.sorted { a, b in
            findings[a].start != findings[b].start ? findings[a].start < findings[b].start : findings[a].rule.code < findings[b].rule.code
        }
        var located: [LocatedFinding] = []
        located.reserveCapacity(findings.count)
        // Line 1, column 1 is after a byte order mark, if any (LineIndex skips it).
        var cursor = SourcePosition(line: 1, column: 1, offset: index.lineStarts[0])
        for position in order {
            let finding = findings[position]
            let start = index.position(ofByteOffset: finding.start, after: cursor)
            cursor = start
            let end = index.position(ofByteOffset: finding.end, after: start)
            if suppressions.suppresses(finding.rule, line: start.line) { continue }
            located.append(LocatedFinding(finding: finding, range: SourceRange(start: start, end: end)))
        }
        var result = CheckResult(kind: kind, findings: located, lineIndex: index, unknownSuppressedRules: suppressions.unknownNames)
        if pieces.count > 1 {
            result.issueStartLines = pieces.map { range, _ in
                // The first line with text, as the reader counts an issue's start (`ReadResult.startLine`).
                let first = range.first { !SourceLines.isBlankLine(bytes, from: readingIndex.lineStarts[$0], to: readingIndex.endOfLine($0 + 1)) } ?? range.lowerBound
                return index.position(ofByteOffset: readingIndex.lineStarts[first]).line
            }
        }
        return result
    }
}

/// `<!-- jianbao-disable RULE -->`, `<!-- jianbao-enable RULE -->` and
/// `<!-- jianbao-disable-next-line RULE -->` in Markdown; RULE is a code, a slug or `all`.
struct Suppressions {
    /// Per rule code (or `all`): line intervals (1-based, inclusive) where findings are dropped.
    private var ranges: [String: [ClosedRange<Int>]] = [:]
    private(set) var unknownNames: [(line: Int, name: String)] = []

    init() {}

    /// Line numbers are those of `lineIndex` (the editor's), which the findings carry.
    init(_ layout: TextLayout, lineIndex: LineIndex) {
        // The layout's lines are the reading's, and one issue's of a file that holds several:
        // unless they are the editor's every line, the editor's number is looked up.
        let sameLines = lineIndex.lineCount == layout.lines.count
        func lineNumber(_ position: Int) -> Int {
            guard !sameLines else { return position + 1 }
            guard position < layout.lines.count else { return layout.lines.isEmpty ? 1 : lineNumber(layout.lines.count - 1) + 1 }
            return lineIndex.position(ofByteOffset: layout.lines[position].start).line
        }
        var openSince: [String: Int] = [:]
        for (index, line) in layout.lines.enumerated() where line.marker == .comment {
            let text = layout.trimmedContent(ofLine: TextLine(start: line.start, contentStart: line.start, end: line.end, marker: .none, isBlank: false))
            guard let (directive, names) = Self.parse(text) else { continue }
            let number = lineNumber(index)
            for name in names {
                guard let rules = RuleCatalogue.rules(named: name) else {
                    unknownNames.append((number, name))
                    continue
                }
                let code = rules.count == 1 ? rules[0].code : "all"
                switch directive {
                case "jianbao-disable":
                    if openSince[code] == nil { openSince[code] = number }
                case "jianbao-enable":
                    if let start = openSince.removeValue(forKey: code) { ranges[code, default: []].append(start...number) }
                default:
                    // The next non-blank line.
                    var target = index + 1
                    while target < layout.lines.count, layout.lines[target].isBlank { target += 1 }
                    ranges[code, default: []].append(lineNumber(target)...lineNumber(target))
                }
            }
        }
        for (code, start) in openSince { ranges[code, default: []].append(start...Int.max) }
    }

    /// Another issue's comments, of the same file: a `jianbao-disable` left open runs on to its end.
    mutating func add(_ other: Suppressions) {
        for (code, list) in other.ranges { ranges[code, default: []] += list }
        unknownNames += other.unknownNames
    }

    private static func parse(_ text: String) -> (String, [String])? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let words = trimmed.dropFirst(4).dropLast(3).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let directive = words.first, ["jianbao-disable", "jianbao-enable", "jianbao-disable-next-line"].contains(directive) else { return nil }
        let names = words.dropFirst().isEmpty ? ["all"] : Array(words.dropFirst())
        return (directive, names)
    }

    func suppresses(_ rule: Rule, line: Int) -> Bool {
        guard !ranges.isEmpty else { return false }
        for key in [rule.code, rule.slug, "all"] {
            if let list = ranges[key], list.contains(where: { $0.contains(line) }) { return true }
        }
        return false
    }
}
