/// S9: the distribution footer lacks its 送, 发 or 印发 line.
enum FooterIncomplete: LayoutRule {
    static let rule = Rule(
        code: "S9", slug: "footer-incomplete", severity: .error, scope: .issue,
        title: "版记不完整",
        message: "版记不完整：应有“送：”“发：”两行和“××印发”一行",
        explanation: "整期简报末尾的版记依次是“送：……”“发：……”和“××委员会印发”（可带“共印 N 份”）。缺少任何一行都会被指出，报在版记开头（没有版记时报在全文末尾）；单位名后漏了“印发”二字（“××办公室　　（共印100份）”）、只写日期没有印发单位（“2026年5月8日印发”）、写成“印发单位：……　印发时间：……”的也会被指出。",
        wrongExample: "代表工作\n\n第 11 期\n\n专辑（一）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任、副主任、秘书长\n\n河南省人大常委会代表工作委员会印发",
        rightExample: "代表工作\n\n第 11 期\n\n专辑（一）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        let roles = Set(layout.footerBlocks.map { layout.blocks[$0].role })
        var missing: [String] = []
        if !roles.contains(.footerSend) { missing.append("“送：”行") }
        // `分送：` names every recipient: no 发 line is wanted after it.
        let sendsToAll = layout.footerBlocks.contains { layout.blocks[$0].role == .footerSend && GenrePatterns.isWholeDistributionLabel(Array(layout.blocks[$0].text.utf8)) }
        if !roles.contains(.footerCopy), !sendsToAll { missing.append("“发：”行") }
        if !roles.contains(.footerIssuer) { missing.append("“××印发”行") }
        // The issuer named without 印发 (`××办公室　　（共印100份）`): the line, 印发 to add.
        for index in layout.footerBlocks where layout.blocks[index].role == .footerIssuer {
            let block = layout.blocks[index]
            let bytes = Array(block.text.utf8)
            let issued = GenrePatterns.issuedLine(bytes) ?? GenrePatterns.datedIssuerWithoutIssuedWord(bytes)
            // `2026年5月8日印发`: a date, and no unit issuing (the seventeenth audit: no finding).
            // (Not with the unit on a line of its own right over or under it, as a PDF breaks it.)
            func isOffice(_ line: TextLine?) -> Bool {
                line.map { GenrePatterns.isBareOfficeName(Array(layout.trimmedContent(ofLine: $0).utf8)) } ?? false
            }
            let above = layout.lines[..<block.firstLine].last { !$0.isBlank }, below = layout.lines[(block.lastLine + 1)...].first { !$0.isBlank }
            if let issued, issued.issuerEnd > 0, issued.dateStart == nil, GenrePatterns.trailingDateStart(Array(bytes[..<issued.issuerEnd])) == 0,
               !isOffice(above), !isOffice(below) {
                sink.report(rule, block.textStart, block.end, message: "印发行缺少印发单位：写成“××办公室　　日期印发”")
                continue
            }
            // The labelled form (`印发单位：…　印发时间：…`): read as the 印发 line, written as the genre's.
            if let issued, issued.issuerStart > 0 {
                let unit = GenrePatterns.string(bytes, issued.issuerStart, issued.issuerEnd)
                let date = issued.dateStart.map { GenrePatterns.string(bytes, $0, issued.dateEnd ?? bytes.count) }
                sink.report(rule, block.textStart, block.end, message: "印发行应写作“\(unit)\(date.map { "　　\($0)" } ?? "")印发”，不加“印发单位：”等标签")
                continue
            }
            guard issued?.lacksIssuedWord == true else { continue }
            sink.report(rule, block.textStart, block.end, message: "印发行缺少“印发”二字：在单位名称后补上，写成“××印发”")
        }
        guard !missing.isEmpty else { return }
        let anchor = layout.footerBlocks.first.map { layout.blocks[$0] }
        // No footer at all: at the end of the issue's last line (of the file's, or before the next issue).
        let start = anchor?.textStart ?? layout.lines.last { !$0.isBlank }?.end ?? layout.end
        sink.report(rule, start, anchor?.end ?? start, message: "版记不完整，缺少\(missing.joined(separator: "、"))：补齐版记")
    }
}
