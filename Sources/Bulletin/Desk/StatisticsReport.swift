import SourceText

/// `jianbao stats` output: a terminal table, CSV (the per-unit counts, one table for a
/// spreadsheet), JSON (everything), or one standalone HTML page with an SVG bar chart per unit
/// (no script, no external file).
public enum StatisticsReport {
    public enum Format: String, Sendable, CaseIterable { case text, csv, json, html }

    public static func render(_ statistics: ArchiveStatistics, format: Format) -> String {
        switch format {
        case .text: text(statistics)
        case .csv: csv(statistics)
        case .json: json(statistics)
        case .html: html(statistics)
        }
    }

    // MARK: - Wording shared by the formats

    public static func periodText(_ period: StatisticsPeriod) -> String {
        switch (period.since, period.until) {
        case (nil, nil): "全部"
        case (let since?, nil): "\(since)起"
        case (nil, let until?): "至\(until)"
        case (let since?, let until?): "\(since)至\(until)"
        }
    }

    static func rangesText(_ ranges: [ClosedRange<Int>], format: (Int) -> String) -> String {
        guard !ranges.isEmpty else { return "无" }
        return ranges.map { $0.count == 1 ? format($0.lowerBound) : "\(format($0.lowerBound))至\(format($0.upperBound))" }.joined(separator: "、")
    }

    static func albumNumeral(_ number: Int) -> String { ChineseNumeral.albumNumber(number) ?? "（\(number)）" }

    static func albumLine(_ album: ArchiveStatistics.Album) -> String {
        let issues = album.issues.map { "\($0.issueLine ?? $0.name)\(albumNumeral($0.albumNumber))" }
        let duplicates = album.duplicates.isEmpty ? "无" : album.duplicates.map(albumNumeral).joined(separator: "、")
        return "\(album.theme)：\(issues.joined(separator: "、"))；序号缺：\(rangesText(album.gaps, format: albumNumeral))；序号重复：\(duplicates)"
    }

    static func yearLine(_ year: ArchiveStatistics.Year) -> String {
        let duplicates = year.duplicates.isEmpty ? "无" : year.duplicates.map { "第 \($0.number) 期（\($0.names.joined(separator: "、"))）" }.joined(separator: "、")
        let disorder = year.outOfOrder.isEmpty ? "无" : year.outOfOrder.map {
            "第 \($0.number) 期（\($0.date)）早于第 \($0.previousNumber) 期（\($0.previousDate)）"
        }.joined(separator: "、")
        return "\(year.year) 年：\(year.issues) 期，第 \(year.first) 至 \(year.last) 期；缺：\(rangesText(year.gaps) { "第 \($0) 期" })；重复：\(duplicates)；日期倒序：\(disorder)"
    }

    /// “2026 年第 16 期：计入 第16期.yaml，另有 第16期.docx”
    public static func copiesLine(_ copies: ArchiveStatistics.Copies) -> String {
        let issue = copies.year.map { "\($0) 年第 \(copies.number) 期" } ?? "第 \(copies.number) 期（无日期）"
        return "\(issue)：计入 \(copies.counted)，另有 \(copies.others.joined(separator: "、"))"
    }

    static let copiesHeading = "同一期的多个文件（按一期计，依次取笔记、Word 文档、文本）"

    static func summaryLine(_ statistics: ArchiveStatistics) -> String {
        "过刊 \(statistics.issueCount) 期，文章 \(statistics.articleCount) 篇（期间：\(periodText(statistics.period))）"
    }

    // MARK: - Terminal

    public static func text(_ statistics: ArchiveStatistics) -> String {
        var lines = [summaryLine(statistics), ""]
        lines.append("各供稿单位采用篇数（按地市）")
        let yearHeader = statistics.years.map { "\($0)" }
        lines += table(header: ["地市", "供稿单位", "合计"] + yearHeader, rows: statistics.units.map { unit in
            [unit.city, unit.unit, "\(unit.total)"] + statistics.years.map { "\(unit.byYear[$0] ?? 0)" }
        }, numericFrom: 2)
        if !statistics.months.isEmpty {
            lines += ["", "按月"]
            lines += table(header: ["地市", "供稿单位"] + statistics.months.map(\.description), rows: statistics.units.filter { $0.total > 0 }.map { unit in
                [unit.city, unit.unit] + statistics.months.map { "\(unit.byMonth[$0] ?? 0)" }
            }, numericFrom: 2)
        }
        let silentUnits = statistics.units.filter { $0.total == 0 }.map(\.unit)
        lines += ["", "本期间无来稿的单位：\(silentUnits.isEmpty ? "无" : silentUnits.joined(separator: "、"))"]
        lines.append("本期间无来稿的地市：\(statistics.silentCities.isEmpty ? "无" : statistics.silentCities.joined(separator: "、"))")
        lines += ["", "专辑"]
        lines += statistics.albums.isEmpty ? ["  无"] : statistics.albums.map { "  " + albumLine($0) }
        lines += ["", "期号连续性"]
        lines += statistics.continuity.isEmpty ? ["  无"] : statistics.continuity.map { "  " + yearLine($0) }
        if !statistics.copies.isEmpty {
            lines += ["", copiesHeading] + statistics.copies.map { "  " + copiesLine($0) }
        }
        if !statistics.undated.isEmpty {
            lines += ["", "没有日期、未计入的文件：\(statistics.undated.joined(separator: "、"))"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns padded by terminal cells (a Chinese character takes two); numbers right-aligned.
    static func table(header: [String], rows: [[String]], numericFrom: Int) -> [String] {
        func width(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + CaretExcerpt.displayWidth($1) } }
        var widths = header.map(width)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], width(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: max(0, widths[index] - width(cell)))
                return index >= numericFrom ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        return [line(header)] + rows.map(line)
    }

    // MARK: - CSV

    /// The per-unit table: city, unit, total, then one column per year and per month.
    public static func csv(_ statistics: ArchiveStatistics) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingAll("\"", with: "\"\"") + "\"" : text
        }
        var lines = [(["地市", "供稿单位", "合计"] + statistics.years.map { "\($0)" } + statistics.months.map(\.description)).map(field).joined(separator: ",")]
        for unit in statistics.units {
            let cells = [unit.city, unit.unit, "\(unit.total)"] + statistics.years.map { "\(unit.byYear[$0] ?? 0)" }
                + statistics.months.map { "\(unit.byMonth[$0] ?? 0)" }
            lines.append(cells.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: - JSON

    public static func json(_ statistics: ArchiveStatistics) -> String {
        func quoted(_ text: String) -> String { JSONString.quoted(text) }
        func date(_ date: BulletinDate?) -> String { date.map { quoted($0.isoForm) } ?? "null" }
        func ranges(_ ranges: [ClosedRange<Int>]) -> String { "[" + ranges.map { "[\($0.lowerBound), \($0.upperBound)]" }.joined(separator: ", ") + "]" }
        func object(_ counts: [(String, Int)]) -> String { "{" + counts.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}" }
        var out = "{\n"
        out += "  \"period\": {\"since\": \(date(statistics.period.since)), \"until\": \(date(statistics.period.until))},\n"
        out += "  \"issues\": \(statistics.issueCount),\n  \"articles\": \(statistics.articleCount),\n"
        out += "  \"years\": [\(statistics.years.map(String.init).joined(separator: ", "))],\n"
        out += "  \"months\": [\(statistics.months.map { quoted($0.description) }.joined(separator: ", "))],\n"
        let units = statistics.units.map { unit in
            "    {\"city\": \(quoted(unit.city)), \"unit\": \(quoted(unit.unit)), \"total\": \(unit.total), "
                + "\"byYear\": \(object(statistics.years.compactMap { year in unit.byYear[year].map { ("\(year)", $0) } })), "
                + "\"byMonth\": \(object(statistics.months.compactMap { month in unit.byMonth[month].map { (month.description, $0) } }))}"
        }
        out += "  \"units\": [\n" + units.joined(separator: ",\n") + (units.isEmpty ? "" : "\n") + "  ],\n"
        out += "  \"silentCities\": [\(statistics.silentCities.map(quoted).joined(separator: ", "))],\n"
        let albums = statistics.albums.map { album in
            let issues = album.issues.map {
                "{\"albumNumber\": \($0.albumNumber), \"issue\": \($0.issueNumber.map(String.init) ?? "null"), \"date\": \(date($0.date)), \"file\": \(quoted($0.name))}"
            }
            return "    {\"theme\": \(quoted(album.theme)), \"issues\": [\(issues.joined(separator: ", "))], "
                + "\"gaps\": \(ranges(album.gaps)), \"duplicates\": [\(album.duplicates.map(String.init).joined(separator: ", "))]}"
        }
        out += "  \"albums\": [\n" + albums.joined(separator: ",\n") + (albums.isEmpty ? "" : "\n") + "  ],\n"
        let years = statistics.continuity.map { year in
            let duplicates = year.duplicates.map { "{\"number\": \($0.number), \"files\": [\($0.names.map(quoted).joined(separator: ", "))]}" }
            let disorder = year.outOfOrder.map {
                "{\"number\": \($0.number), \"date\": \(date($0.date)), \"previousNumber\": \($0.previousNumber), \"previousDate\": \(date($0.previousDate))}"
            }
            return "    {\"year\": \(year.year), \"issues\": \(year.issues), \"first\": \(year.first), \"last\": \(year.last), "
                + "\"gaps\": \(ranges(year.gaps)), \"duplicates\": [\(duplicates.joined(separator: ", "))], \"outOfOrder\": [\(disorder.joined(separator: ", "))]}"
        }
        out += "  \"continuity\": [\n" + years.joined(separator: ",\n") + (years.isEmpty ? "" : "\n") + "  ],\n"
        let copies = statistics.copies.map {
            "    {\"year\": \($0.year.map(String.init) ?? "null"), \"number\": \($0.number), \"counted\": \(quoted($0.counted)), "
                + "\"others\": [\($0.others.map(quoted).joined(separator: ", "))]}"
        }
        out += "  \"copies\": [\n" + copies.joined(separator: ",\n") + (copies.isEmpty ? "" : "\n") + "  ],\n"
        out += "  \"undated\": [\(statistics.undated.map(quoted).joined(separator: ", "))]\n}\n"
        return out
    }

    // MARK: - HTML

    /// One standalone page: the tables, and per unit an inline SVG bar chart of its articles by
    /// month. No script and no external file: it opens and prints anywhere.
    public static func html(_ statistics: ArchiveStatistics) -> String {
        func escaped(_ text: String) -> String {
            var out = ""
            for character in text {
                switch character {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.append(character)
                }
            }
            return out
        }
        func row(_ cells: [String], header: Bool = false, numericFrom: Int = Int.max) -> String {
            "<tr>" + cells.enumerated().map { index, cell in
                header ? "<th>\(escaped(cell))</th>" : index >= numericFrom ? "<td class=\"n\">\(escaped(cell))</td>" : "<td>\(escaped(cell))</td>"
            }.joined() + "</tr>"
        }
        var page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>过刊统计</title>
        <style>
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border: 1px solid #bbb; padding: 0.2em 0.6em; }
        th { background: #eee; }
        td.n { text-align: right; }
        figure { display: inline-block; margin: 0 1.5em 1.5em 0; }
        figcaption { font-size: 0.9em; }
        svg rect.bar { fill: #b22222; }
        svg text { font-size: 10px; fill: #444; }
        </style>
        </head>
        <body>
        <h1>过刊统计</h1>

        """
        page += "<p>\(escaped(summaryLine(statistics)))</p>\n"
        page += "<h2>各供稿单位采用篇数</h2>\n<table>\n"
        page += row(["地市", "供稿单位", "合计"] + statistics.years.map { "\($0)" }, header: true) + "\n"
        for unit in statistics.units {
            page += row([unit.city, unit.unit, "\(unit.total)"] + statistics.years.map { "\(unit.byYear[$0] ?? 0)" }, numericFrom: 2) + "\n"
        }
        page += "</table>\n"
        if !statistics.months.isEmpty {
            page += "<h2>按月</h2>\n<table>\n"
            page += row(["地市", "供稿单位"] + statistics.months.map(\.description), header: true) + "\n"
            for unit in statistics.units where unit.total > 0 {
                page += row([unit.city, unit.unit] + statistics.months.map { "\(unit.byMonth[$0] ?? 0)" }, numericFrom: 2) + "\n"
            }
            page += "</table>\n"
        }
        let silentUnits = statistics.units.filter { $0.total == 0 }.map(\.unit)
        page += "<p>本期间无来稿的单位：\(escaped(silentUnits.isEmpty ? "无" : silentUnits.joined(separator: "、")))</p>\n"
        page += "<p>本期间无来稿的地市：\(escaped(statistics.silentCities.isEmpty ? "无" : statistics.silentCities.joined(separator: "、")))</p>\n"
        page += "<h2>各单位按月篇数</h2>\n"
        for unit in statistics.units where unit.total > 0 {
            page += "<figure>\n" + barChart(unit, months: statistics.months, escaped: escaped)
            page += "<figcaption>\(escaped(unit.unit))（\(escaped(unit.city))，共 \(unit.total) 篇）</figcaption>\n</figure>\n"
        }
        page += "<h2>专辑</h2>\n"
        if statistics.albums.isEmpty { page += "<p>无</p>\n" }
        for album in statistics.albums {
            page += "<h3>\(escaped(album.theme))</h3>\n<table>\n" + row(["序号", "期号", "日期", "文件"], header: true) + "\n"
            for issue in album.issues {
                page += row([albumNumeral(issue.albumNumber), issue.issueLine ?? "", issue.date?.description ?? "", issue.name]) + "\n"
            }
            page += "</table>\n<p>序号缺：\(escaped(rangesText(album.gaps, format: albumNumeral)))；序号重复："
            page += escaped(album.duplicates.isEmpty ? "无" : album.duplicates.map(albumNumeral).joined(separator: "、")) + "</p>\n"
        }
        page += "<h2>期号连续性</h2>\n<table>\n" + row(["年份", "期数", "首期", "末期", "缺号", "重复", "日期倒序"], header: true) + "\n"
        for year in statistics.continuity {
            let duplicates = year.duplicates.map { "第 \($0.number) 期（\($0.names.joined(separator: "、"))）" }.joined(separator: "、")
            let disorder = year.outOfOrder.map { "第 \($0.number) 期（\($0.date)）早于第 \($0.previousNumber) 期（\($0.previousDate)）" }.joined(separator: "、")
            page += row(["\(year.year)", "\(year.issues)", "\(year.first)", "\(year.last)", rangesText(year.gaps) { "第 \($0) 期" },
                         duplicates.isEmpty ? "无" : duplicates, disorder.isEmpty ? "无" : disorder], numericFrom: 1) + "\n"
        }
        page += "</table>\n"
        if !statistics.copies.isEmpty {
            page += "<h2>\(escaped(copiesHeading))</h2>\n"
            for copies in statistics.copies { page += "<p>\(escaped(copiesLine(copies)))</p>\n" }
        }
        if !statistics.undated.isEmpty {
            page += "<p>没有日期、未计入的文件：\(escaped(statistics.undated.joined(separator: "、")))</p>\n"
        }
        return page + "</body>\n</html>\n"
    }

    /// Bars of one unit's articles per month of the period, with the month under each bar
    /// when there is room and the count above each non-empty one.
    static func barChart(_ unit: ArchiveStatistics.Unit, months: [YearMonth], escaped: (String) -> String) -> String {
        let slot = max(6, min(40, 480 / max(1, months.count)))
        let height = 100, top = 14, bottom = 16
        let width = slot * months.count + 8
        let peak = max(1, months.map { unit.byMonth[$0] ?? 0 }.max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height + top + bottom)\" role=\"img\" "
        svg += "aria-label=\"\(escaped(unit.unit))按月篇数\">\n"
        svg += "<line x1=\"2\" y1=\"\(top + height)\" x2=\"\(width - 2)\" y2=\"\(top + height)\" stroke=\"#888\" stroke-width=\"1\"/>\n"
        for (index, month) in months.enumerated() {
            let count = unit.byMonth[month] ?? 0
            let x = 4 + index * slot
            let barHeight = count * height / peak
            if count > 0 {
                svg += "<rect class=\"bar\" x=\"\(x + 1)\" y=\"\(top + height - barHeight)\" width=\"\(max(1, slot - 2))\" height=\"\(barHeight)\"><title>\(month)：\(count) 篇</title></rect>\n"
                svg += "<text x=\"\(x + slot / 2)\" y=\"\(top + height - barHeight - 2)\" text-anchor=\"middle\">\(count)</text>\n"
            }
            if slot >= 30 {
                svg += "<text x=\"\(x + slot / 2)\" y=\"\(top + height + 12)\" text-anchor=\"middle\">\(month.year % 100)-\(month.month)</text>\n"
            }
        }
        return svg + "</svg>\n"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var slice = Substring(self)
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
