import NotesFormat

extension ReadResult {
    /// The notes of what was read, ready for `NotesWriter` (nil when not a bulletin).
    /// A missing 刊名 is left out so the profile's default applies when drafting again.
    public func notes(profile: HouseProfile? = .standard) -> NotesValue? {
        if let bulletin {
            let value = NotesEncoder.encode(bulletin, profile: profile)
            guard bulletin.masthead.title.isEmpty, case .mapping(let pairs) = value else { return value }
            return .mapping(pairs.filter { $0.0 != "刊名" })
        }
        return article.map(NotesEncoder.encode)
    }

    /// The comments `jianbao parse` puts above the notes: where they came from, how much was
    /// repaired, what the notes lack, and the first lines left out (an editor sees in the file
    /// itself what the newspaper piece lost: captions, byline).
    public func notesComments(source: String, listing limit: Int = 20) -> [String] {
        var comments = ["由 jianbao parse 从 \(source) 读出（\(format.chineseName)）"]
        let counts = "修复 \(repairs.count) 处，未归入 \(unplaced.count) 行"
        comments.append(counts + (repairs.isEmpty && unplaced.isEmpty ? "" : "（用 --verbose 或 --format json 查看）"))
        comments += missingFields
        for line in unplaced.prefix(limit) {
            // A line left out is quoted as written, less what the notes cannot hold (U+FFFF, C1).
            let readable = String(String.UnicodeScalarView(line.text.unicodeScalars.filter { !ScalarClass.isDroppedByReader($0.value) }))
            comments.append("未归入 第 \(line.line) 行，\(line.message)：\(readable.quotedInMessage)")
        }
        if unplaced.count > limit { comments.append("……另有 \(unplaced.count - limit) 行未归入") }
        return comments
    }

    /// The issues of the file in order: this one, then `followingIssues` (a file of one issue: itself).
    public var issuesInFile: [ReadResult] {
        guard !followingIssues.isEmpty else { return [self] }
        var first = self
        first.followingIssues = []
        return [first] + followingIssues
    }

    /// For a file of several issues: which one the notes hold and where the others start, for the
    /// notes' comments and the CLI; nil for a file of one. `part` is the 1-based position in the
    /// file (`parse --part N`), which is not the issue's 期号: both are named.
    public func otherIssuesNote(reading part: Int) -> String? {
        guard !followingIssues.isEmpty else { return nil }
        let issues = issuesInFile
        let listed = issues.prefix(5).map { "\($0.issueName)，第 \($0.startLine) 行起" }
        let more = issues.count > listed.count ? "；……" : ""
        let read = issues.indices.contains(part - 1) ? "（\(issues[part - 1].issueName)）" : ""
        let (unit, noun) = kind.partCounting
        return "文件中有 \(issues.count) \(unit)\(noun)（\(listed.joined(separator: "；"))\(more)），这里读出第 \(part) \(unit)\(read)；用 --part N 读出第 N \(unit)"
    }

    /// `parse --format json` of a file of several issues: every part, its 期 and first line, and
    /// which one the report holds (`part`, 1-based); nil for a file of one.
    public func partsValue(reading part: Int) -> NotesValue? {
        guard !followingIssues.isEmpty else { return nil }
        return .mapping([
            ("读出第几份", .string(String(part))),
            ("各份", .sequence(issuesInFile.enumerated().map { position, issue in
                .mapping([("份", .string(String(position + 1))), ("期", .string(issue.issueName)), ("起始行", .string(String(issue.startLine)))])
            })),
        ])
    }

    /// The issue as the editor names it: `第 16 期`, `增刊`, or what the text is when not an issue.
    var issueName: String {
        guard kind == .issue, let masthead = bulletin?.masthead else { return kind == .article ? (article.flatMap { $0.fullHeading.isEmpty ? nil : $0.fullHeading } ?? "单篇文章") : "不是简报" }
        return masthead.issueLine ?? "没有期号"
    }

    /// What the notes lack because the text did not have it, in Chinese, for YAML comments
    /// and the CLI (the editor fills these in before drafting again).
    public var missingFields: [String] {
        var missing: [String] = []
        if let bulletin {
            if bulletin.masthead.title.isEmpty { missing.append("原文没有刊名，起草时用画像中的刊名") }
            if bulletin.masthead.isUnprinted { missing.append("原文没有编发单位，起草时用画像中的编发单位") }
            if bulletin.masthead.issueNumber == nil, !bulletin.masthead.isSupplement { missing.append("原文没有期号，请补上“期号”后再起草") }
            // `第0期` is read as written; the notes want a positive number (found by fuzzing).
            if bulletin.masthead.issueNumber == 0 { missing.append("原文期号是 0，请改正“期号”后再起草") }
            if bulletin.footer?.copies == 0 { missing.append("原文印数是 0（共印 0 份），请改正“份数”后再起草") }
            // `2026年5月8日印发`: the date stands where the unit should (S9 reports it too).
            if let issuer = bulletin.footer?.issuer, GenrePatterns.trailingDateStart(Array(issuer.utf8)) == 0 {
                missing.append("原文印发行只有日期、没有印发单位，请把“印发”改为印发单位后再起草")
            }
            if bulletin.masthead.date == nil {
                // A date the calendar lacks is read as written, and named here.
                missing.append(layout.masthead.date.map { "原文日期“\($0.text)”在日历上不存在，请改正“日期”后再起草" } ?? "原文没有日期，请补上“日期”后再起草")
            }
            if bulletin.articles.isEmpty { missing.append("没有读到任何文章") }
            // An article opened by an empty `# ` heading, or by text before its heading.
            for (index, article) in bulletin.articles.enumerated() where article.headline.allSatisfy(\.isWhitespace) {
                missing.append("第 \(index + 1) 篇文章没有读到标题，请补上“标题”后再起草")
            }
        }
        if let article, article.region.isEmpty { missing.append("没有读到地区（标题前的“某某市：”），请补上“地区”") }
        // `焦作：…`: read as the region, written in full by the genre (R1 says so too).
        for region in (bulletin?.articles.map(\.region) ?? []) + [article?.region].compactMap({ $0 }) {
            if let full = HenanDivisions.shared.fullName(ofBare: region) { missing.append("地区“\(region)”不全，请写作“\(full)”") }
        }
        if let article, article.headline.allSatisfy(\.isWhitespace) { missing.append("没有读到标题，请补上“标题”后再起草") }
        return missing
    }

    /// The report `jianbao parse --format json` writes: kind, format, notes, repairs and
    /// unplaced lines with their line numbers.
    public func reportValue(profile: HouseProfile? = .standard) -> NotesValue {
        var pairs: [(String, NotesValue)] = []
        switch kind {
        case .issue: pairs.append(("种类", .string("简报")))
        case .article: pairs.append(("种类", .string("文章")))
        case .notABulletin, .fragment:
            pairs.append(("种类", .string("非简报")))
            pairs.append(("原因", .string(reasonNotABulletin ?? "")))
        }
        pairs.append(("格式", .string(format.chineseName)))
        if let notes = notes(profile: profile) { pairs.append(("笔记", notes)) }
        if !missingFields.isEmpty { pairs.append(("缺项", .sequence(missingFields.map(NotesValue.string)))) }
        pairs.append(("修复", .sequence(repairs.map { repair in
            .mapping([
                ("位置", .string("\(repair.range.start.line):\(repair.range.start.column)")),
                ("行", .string(String(repair.range.start.line))),
                ("至行", .string(String(repair.range.end.line))),
                ("类别", .string(repair.kind.rawValue)),
                ("说明", .string(repair.message)),
            ])
        })))
        pairs.append(("未归入", .sequence(unplaced.map { line in
            .mapping([
                ("位置", .string("\(line.range.start.line):\(line.range.start.column)")),
                ("行", .string(String(line.line))),
                ("原因", .string(line.reason.rawValue)),
                ("内容", .string(line.text)),
                ("说明", .string(line.message)),
            ])
        })))
        return .mapping(pairs)
    }
}
