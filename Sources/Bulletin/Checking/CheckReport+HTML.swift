import SourceText

extension CheckReport {
    /// One standalone HTML5 page an editor can e-mail back: a summary on top, then each file's text
    /// line by line with every finding highlighted where it is and its message and rule beside the
    /// line; fixable findings are marked. No script and no external resource: it reads in any
    /// browser or mail client, and prints.
    public static func html(_ entries: [Entry]) -> String {
        let all = entries.flatMap(\.result.findings)
        let fixable = all.filter { $0.finding.fix != nil }.count
        var page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>简报检查报告</title>
        <style>
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; line-height: 1.7; }
        h1 { font-size: 1.5em; margin-bottom: .2em; }
        h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: .2em; word-break: break-all; }
        .summary { font-size: 1.05em; }
        .summary table { border-collapse: collapse; margin-top: .5em; }
        .summary td, .summary th { border: 1px solid #ccc; padding: .15em .6em; text-align: left; }
        .lines { display: grid; grid-template-columns: 3.5em minmax(0, 3fr) minmax(12em, 2fr); column-gap: 1em; }
        .number { color: #999; text-align: right; font-variant-numeric: tabular-nums; }
        .line { white-space: pre-wrap; word-break: break-all; }
        .notes { font-size: .88em; }
        .notes ul { list-style: none; margin: 0; padding: 0; }
        .notes li { margin-bottom: .3em; padding-left: .4em; border-left: 3px solid #d33; }
        .notes li.warning { border-left-color: #e90; }
        .row-flagged { background: #fafafa; }
        mark { background: #fdd; border-bottom: 2px solid #d33; color: inherit; }
        mark.warning { background: #fed; border-bottom-color: #e90; }
        .point { color: #d33; font-weight: bold; }
        sup { color: #d33; font-size: .7em; }
        code { font-size: .9em; color: #555; }
        .fix { color: #070; }
        .severity { font-weight: bold; }
        @media print { .lines { grid-template-columns: 3em 3fr 2fr; } }
        </style>
        </head>
        <body>
        <header>
        <h1>简报检查报告</h1>
        <div class="summary">
        <p>\(escape(summary(entries)))。</p>

        """
        if !all.isEmpty {
            page += "<table>\n<thead><tr><th>文件</th><th>错误</th><th>警告</th><th>可自动修正</th></tr></thead>\n<tbody>\n"
            for (index, entry) in entries.enumerated() {
                let findings = entry.result.findings
                let fileErrors = findings.filter { $0.finding.severity == .error }.count
                page += "<tr><td><a href=\"#file-\(index + 1)\">\(escape(entry.path))</a></td><td>\(fileErrors)</td><td>\(findings.count - fileErrors)</td><td>\(findings.filter { $0.finding.fix != nil }.count)</td></tr>\n"
            }
            page += "</tbody>\n</table>\n"
            if fixable > 0 { page += "<p>标有“✔ 可自动修正”的 \(fixable) 处可用 <code>jianbao check --fix</code> 修正（Word 文档请在 Word 中修改）。</p>\n" }
        }
        page += "</div>\n</header>\n<main>\n"
        for (index, entry) in entries.enumerated() {
            page += fileSection(entry, anchor: "file-\(index + 1)")
        }
        page += "</main>\n</body>\n</html>\n"
        return page
    }

    /// UTF-8 bytes beyond which a finding's range is shown as a point (about 20 Chinese characters).
    static let longestHighlight = 60

    private static func fileSection(_ entry: Entry, anchor: String) -> String {
        let index = entry.result.lineIndex
        let bytes = index.bytes
        let findings = entry.result.findings
        var section = "<section id=\"\(anchor)\">\n<h2>\(escape(entry.path))</h2>\n"
        if findings.isEmpty { section += "<p>未发现问题。</p>\n" }
        // Each finding, numbered in order, cut into the pieces that fall on each line.
        var pieces: [Int: [(start: Int, end: Int, number: Int, isLast: Bool)]] = [:]
        var notes: [Int: [Int]] = [:]
        for (number, located) in findings.enumerated() {
            var range = located.range
            // A finding about a whole paragraph or article (a missing 供稿 line, an over-long article)
            // is a point at its start: shading the whole text would hide the findings inside it.
            if range.end.line != range.start.line || range.end.offset - range.start.offset > Self.longestHighlight {
                range.end = range.start
            }
            let firstLine = max(1, range.start.line), lastLine = max(firstLine, min(range.end.line, index.lineCount))
            notes[firstLine, default: []].append(number)
            for line in firstLine...lastLine {
                guard line <= index.lineCount else { break }
                let lineStart = index.lineStarts[line - 1], lineEnd = index.endOfLine(line)
                let start = max(lineStart, min(range.start.offset, lineEnd))
                let end = max(start, min(range.end.offset, lineEnd))
                pieces[line, default: []].append((start, end, number, line == lastLine))
            }
        }
        section += "<div class=\"lines\">\n"
        // The empty "line" after a final line break is not a line of the text.
        var lineCount = index.lineCount
        if lineCount > 1, index.lineStarts[lineCount - 1] == bytes.count, pieces[lineCount] == nil { lineCount -= 1 }
        for line in 1...max(1, lineCount) {
            guard line <= lineCount else { break }
            let lineStart = index.lineStarts[line - 1], lineEnd = index.endOfLine(line)
            let linePieces = pieces[line] ?? []
            let flagged = !linePieces.isEmpty
            let rowClass = flagged ? " row-flagged" : ""
            section += "<div class=\"number\(rowClass)\" id=\"\(anchor)-line-\(line)\">\(line)</div>"
            section += "<div class=\"line\(rowClass)\">" + highlighted(bytes, from: lineStart, to: lineEnd, pieces: linePieces, findings: findings, anchor: anchor) + "</div>"
            section += "<div class=\"notes\(rowClass)\">"
            if let numbers = notes[line] {
                section += "<ul>"
                for number in numbers {
                    let finding = findings[number].finding
                    let severity = finding.severity == .error ? "error" : "warning"
                    section += "<li class=\"\(severity)\" id=\"\(anchor)-finding-\(number + 1)\"><sup>\(number + 1)</sup> "
                    section += "<span class=\"severity\">\(finding.severity == .error ? "错误" : "警告")</span>（\(findings[number].range.start.line):\(findings[number].range.start.column)）"
                    section += escape(finding.message) + " <code>[\(escape(finding.rule.identifier))]</code>"
                    if let fix = finding.fix { section += " <span class=\"fix\">✔ 可自动修正：\(escape(fix.description))</span>" }
                    section += "</li>"
                }
                section += "</ul>"
            }
            section += "</div>\n"
        }
        section += "</div>\n</section>\n"
        return section
    }

    /// The line's text with every finding's piece in a `<mark>` (overlaps split at each boundary)
    /// and its number after the piece where it ends; an empty range is a ▲ at its place.
    private static func highlighted(_ bytes: [UInt8], from lineStart: Int, to lineEnd: Int,
                                    pieces: [(start: Int, end: Int, number: Int, isLast: Bool)],
                                    findings: [LocatedFinding], anchor: String) -> String {
        guard !pieces.isEmpty else { return escape(String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)) }
        // A sweep over the boundaries: pieces start, end and are marked in one pass, so a long line
        // with many findings costs its length plus the findings (sorting aside), not their product.
        var starting: [Int: [Int]] = [:], ending: [Int: [Int]] = [:]
        for (index, piece) in pieces.enumerated() {
            if piece.start < piece.end { starting[piece.start, default: []].append(index) }
            if piece.start < piece.end { ending[piece.end, default: []].append(index) }
        }
        var endMarks: [Int: [Int]] = [:]
        for (index, piece) in pieces.enumerated() where piece.isLast { endMarks[piece.end, default: []].append(index) }
        var boundaries = Set([lineStart, lineEnd])
        for piece in pieces { boundaries.insert(piece.start); boundaries.insert(piece.end) }
        let sorted = boundaries.sorted()
        var active = Set<Int>()
        var html = ""
        for (position, start) in sorted.enumerated() {
            for index in ending[start] ?? [] { active.remove(index) }
            for index in endMarks[start] ?? [] {
                let piece = pieces[index]
                let severity = findings[piece.number].finding.severity == .error ? "error" : "warning"
                if piece.start == piece.end { html += "<span class=\"point \(severity)\">▲</span>" }
                html += "<sup><a href=\"#\(anchor)-finding-\(piece.number + 1)\">\(piece.number + 1)</a></sup>"
            }
            for index in starting[start] ?? [] { active.insert(index) }
            guard position + 1 < sorted.count else { break }
            let end = sorted[position + 1]
            let text = escape(String(decoding: bytes[start..<end], as: UTF8.self))
            if active.isEmpty {
                html += text
            } else {
                let numbers = active.map { pieces[$0].number }.sorted()
                let isError = numbers.contains { findings[$0].finding.severity == .error }
                let titles = numbers.prefix(3).map { findings[$0].finding.message }.joined(separator: "；")
                html += "<mark class=\"\(isError ? "error" : "warning")\" title=\"\(escape(titles))\">\(text)</mark>"
            }
        }
        return html
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
