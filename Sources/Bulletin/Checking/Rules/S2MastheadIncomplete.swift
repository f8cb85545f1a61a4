/// S2: the masthead lacks 刊名, 第 N 期, the issuing body or a real calendar date.
enum MastheadIncomplete: LayoutRule {
    static let rule = Rule(
        code: "S2", slug: "masthead-incomplete", severity: .error, scope: .issue,
        title: "刊头不完整",
        message: "刊头不完整：补齐刊名、期号、编发单位和日期",
        explanation: "刊头应有刊名（如“代表工作”）、期号“第 N 期”（N 从 1 起）、编发单位和日历上存在的日期（如“2026 年 4 月 13 日”）。逐字空开、全角数字由其他规则指出，这里只看内容是否齐全、日期是否真实。",
        wrongExample: "河南省人大常委会代表工作委员会 2026年2月30日\n\n“人大代表在行动”主题活动专辑（一）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发",
        rightExample: "代表工作\n\n第 11 期\n\n河南省人大常委会\n代表工作委员会\n\n2026 年 4 月 13 日\n\n“人大代表在行动”主题活动专辑（一）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        var hasTitle = false, hasIssue = false, hasBody = false
        var dates: [(text: String, block: Int)] = []
        // Line by line: the Markdown masthead breaks 河南省人大常委会 / 代表工作委员会 within one block,
        // and a masthead typed without blank lines is a single block.
        for index in layout.mastheadBlocks {
            let block = layout.blocks[index]
            for lineNumber in block.firstLine...block.lastLine {
                let compact = HeadingText.compact(layout.trimmedContent(ofLine: layout.lines[lineNumber]))
                if compact.isEmpty { continue }
                if let number = TextLayout.issueNumber(in: compact) {
                    hasIssue = true
                    if number < 1 {
                        sink.report(rule, block.textStart, block.end, message: "期号“第 \(number) 期”不对：期号从第 1 期起编")
                    }
                    // 刊名 or “…编”, and the date, may share the line (人大工作简报 2023年第5期).
                    if let before = TextLayout.mastheadText(beforeIssueIn: compact) { if before.hasSuffix("编") { hasBody = true } else { hasTitle = true } }
                    if let date = firstDate(in: compact) { dates.append((date, index)) }
                    continue
                }
                // One line may hold the issuing body and the date (sample 001).
                let date = firstDate(in: compact)
                if let date { dates.append((date, index)) }
                if compact.contains("委员会") || compact.contains("常委会") || compact.contains("办公厅") || compact.contains("办公室") {
                    hasBody = true
                } else if date == nil, (2...12).contains(compact.count), !compact.contains("专辑") {
                    hasTitle = true
                }
            }
        }
        var missing: [String] = []
        if !hasTitle { missing.append("刊名") }
        if !hasIssue { missing.append("期号（第 N 期）") }
        if !hasBody { missing.append("编发单位") }
        if dates.isEmpty { missing.append("日期") }
        let start = layout.mastheadBlocks.first.map { layout.blocks[$0].textStart } ?? 0
        let end = layout.mastheadBlocks.first.map { layout.blocks[$0].end } ?? 0
        if !missing.isEmpty {
            sink.report(rule, start, end, message: "刊头不完整，缺少\(missing.joined(separator: "、"))：补齐刊头")
        }
        for (text, index) in dates where !isRealDate(text) {
            let block = layout.blocks[index]
            sink.report(rule, block.textStart, block.end, message: "刊头日期“\(text)”在日历上不存在：核对日期")
        }
    }

    /// `2026年4月13日` in compacted text (digits already half-width).
    static func firstDate(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            var k = index
            // Only the shape counts here; `isRealDate` reads the values, so a run of digits
            // longer than any Int (9999999999999999999年) is a date that does not exist, not a trap.
            var parts = 0
            for unit in ["年", "月", "日"] as [Unicode.Scalar] {
                var digits = 0
                while k < scalars.count, ("0"..."9").contains(scalars[k]) {
                    digits += 1
                    k += 1
                }
                guard digits > 0, k < scalars.count, scalars[k] == unit else { break }
                parts += 1
                k += 1
            }
            if parts == 3 { return String(String.UnicodeScalarView(scalars[index..<k])) }
            // No start inside the runs just read can succeed (each ends at the wrong unit), so
            // resume where this attempt stopped: one pass over a long line of digits.
            index = max(index + 1, k)
        }
        return nil
    }

    static func isRealDate(_ text: String) -> Bool {
        let numbers = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 3, (1900...2200).contains(numbers[0]) else { return false }
        return BulletinDate(year: numbers[0], month: numbers[1], day: numbers[2]) != nil
    }
}
