/// S2: the masthead lacks 刊名, 第 N 期, the issuing body or a real calendar date.
enum MastheadIncomplete: LayoutRule {
    static let rule = Rule(
        code: "S2", slug: "masthead-incomplete", severity: .error, scope: .issue,
        title: "刊头不完整",
        message: "刊头不完整：补齐刊名、期号、编发单位和日期",
        explanation: "刊头应有刊名（如“代表工作”）、期号“第 N 期”（N 从 1 起；增刊写“增刊”或“代表工作（增刊）”，不必有期号）、编发单位和日历上存在的日期（如“2026 年 4 月 13 日”）。刊头各项按 jianbao parse 的读法认出（日期是刊头某行末尾的年月日，写成“二〇二六年五月八日”这样的汉字数字也算；“内部资料”“注意保存”这类标注不算刊名）；日历上没有的日期（如 2 月 30 日）报在该行。逐字空开、全角数字由其他规则指出，这里只看内容是否齐全、日期是否真实。",
        wrongExample: "河南省人大常委会代表工作委员会 2026年2月30日\n\n“人大代表在行动”主题活动专辑（一）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发",
        rightExample: "代表工作\n\n第 11 期\n\n河南省人大常委会\n代表工作委员会\n\n2026 年 4 月 13 日\n\n“人大代表在行动”主题活动专辑（一）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        var hasTitle = false, hasIssue = false, hasBody = false
        var dates: [(written: String, date: BulletinDate?, line: Int)] = []
        // Line by line: the Markdown masthead breaks 河南省人大常委会 / 代表工作委员会 within one block,
        // and a masthead typed without blank lines is a single block. Each line is read with the
        // reader's recognisers (`GenrePatterns.issueMark`, `supplementMark`, `trailingDate`).
        for index in layout.mastheadBlocks {
            let block = layout.blocks[index]
            for lineNumber in block.firstLine...block.lastLine {
                let trimmed = layout.trimmedContent(ofLine: layout.lines[lineNumber])
                let compact = HeadingText.compact(trimmed)
                if compact.isEmpty { continue }
                let bytes = Array(compact.utf8)
                // `内部资料　注意保存` is no 刊名 (the reader drops it): a masthead with it and no
                // 刊名 lacks one.
                if GenrePatterns.isClassificationMark(bytes) { continue }
                if let mark = GenrePatterns.issueMark(bytes) {
                    hasIssue = true
                    if mark.number < 1 {
                        sink.report(rule, block.textStart, block.end, message: "期号“第 \(mark.number) 期”不对：期号从第 1 期起编")
                    }
                    // 刊名 or “…编”, and the date, may share the line (人大工作简报 2023年第5期).
                    if mark.beforeEnd > 0 {
                        if GenrePatterns.string(bytes, 0, mark.beforeEnd).hasSuffix("编") { hasBody = true } else { hasTitle = true }
                    }
                    if let dateStart = mark.dateStart, let found = GenrePatterns.trailingDate(Array(bytes[dateStart...])) {
                        dates.append((found.written, found.date, lineNumber))
                    }
                    continue
                }
                // 增刊 stands in place of 第 N 期, alone or after 刊名.
                if let supplement = GenrePatterns.supplementMark(bytes) {
                    hasIssue = true
                    if supplement.titleEnd > 0 { hasTitle = true }
                    continue
                }
                // One line may hold the issuing body and the date (sample 001).
                // (A numeric date as typed: compacting made `2026.5.8` `2026。5。8`.)
                let found = GenrePatterns.trailingDate(bytes) ?? GenrePatterns.trailingDate(Array(trimmed.utf8))
                if let found { dates.append((found.written, found.date, lineNumber)) }
                if GenrePatterns.namesAnOffice(bytes) {
                    hasBody = true
                } else if found == nil, (2...12).contains(compact.count), GenrePatterns.lastOccurrence(of: GenrePatterns.zhuanJi, in: bytes, before: bytes.count) == nil {
                    hasTitle = true
                }
            }
        }
        var missing: [String] = []
        if !hasTitle { missing.append("刊名") }
        if !hasIssue { missing.append("期号（第 N 期）") }
        if !hasBody { missing.append("编发单位") }
        if dates.isEmpty { missing.append("日期") }
        let start = layout.mastheadBlocks.first.map { layout.blocks[$0].textStart } ?? layout.start
        let end = layout.mastheadBlocks.first.map { layout.blocks[$0].end } ?? layout.start
        if !missing.isEmpty {
            sink.report(rule, start, end, message: "刊头不完整，缺少\(missing.joined(separator: "、"))：补齐刊头")
        }
        // On the date's own line (a masthead typed without blank lines is one block).
        for (written, date, lineNumber) in dates {
            let line = layout.lines[lineNumber]
            let start = TextLayout.firstTextOffset(layout.bytes, from: line.contentStart, to: line.end)
            if !isRealDate(date) {
                sink.report(rule, start, line.end, message: "刊头日期“\(written)”在日历上不存在：核对日期")
            } else if written.utf8.contains(where: { (0x30...0x39).contains($0) }), GenrePatterns.zeroForLetterO(written) != written {
                // Read as the date it stands for (both jobs), but the letter is still to correct.
                // (Among Chinese numerals, `二O二六` is the 〇 as commonly typed: no finding.)
                sink.report(rule, start, line.end, message: "刊头日期“\(written)”里的字母 O 应为数字 0：改为“\(GenrePatterns.zeroForLetterO(written))”")
            }
        }
    }

    /// A day the calendar has, in a year a bulletin can bear.
    static func isRealDate(_ date: BulletinDate?) -> Bool {
        guard let date else { return false }
        return (1900...2200).contains(date.year)
    }
}
