/// S4: a contents entry differs from its article heading, or an article is missing from the contents.
enum ContentsMismatch: LayoutRule {
    static let rule = Rule(
        code: "S4", slug: "contents-mismatch", severity: .error, scope: .issue,
        title: "目录与正文标题不一致",
        message: "目录条目与正文标题不一致：按正文标题改正目录",
        explanation: "目录的每一条应与对应文章的标题一致（比较时忽略折行、空格和标点的全半角），每篇文章都应出现在目录中。报在不一致的目录条目上；目录中缺少的文章报在文章标题上。只有一篇文章的一期可以没有目录；有几篇文章却没有目录的，只在第一篇的标题上报一次。",
        wrongExample: "代表工作\n\n第 11 期\n\n2026 年 4 月 13 日\n\n专辑（一）\n\n* 郑州市：高位部署强担当\n\n郑州市：高位部署强担当 凝心聚力启新程\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n焦作市：闻令即动抓落实\n\n正文。\n\n（焦作市人大常委会代表工委供稿）",
        rightExample: "代表工作\n\n第 11 期\n\n2026 年 4 月 13 日\n\n专辑（一）\n\n* 郑州市：高位部署强担当 凝心聚力启新程\n* 焦作市：闻令即动抓落实\n\n郑州市：高位部署强担当 凝心聚力启新程\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n焦作市：闻令即动抓落实\n\n正文。\n\n（焦作市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        // No contents at all: nothing to compare. An issue of one article needs none; one of
        // several is told once, not once an article.
        if layout.contents.isEmpty {
            if layout.articles.count > 1 {
                let block = layout.blocks[layout.articles[0].headingBlock]
                sink.report(rule, block.textStart, block.end, message: "本期有 \(layout.articles.count) 篇文章，却没有目录：在刊头（专辑行）之后按顺序列出各篇标题")
            }
            return
        }
        // `焦作：` and `焦作市：` name one region (R1 asks for the full name): the entry is no
        // different from its heading for that, and S4 must not advise the bare name.
        let entries = layout.compactedContents.map(GenrePatterns.regionSpelledInFull)
        let headings = layout.articles.map { GenrePatterns.regionSpelledInFull(HeadingText.compactUTF8($0.heading)) }
        var entryMatched = Array(repeating: false, count: entries.count)
        // Each text's entries in order, and how far each list is used up: the first unmatched
        // entry with a heading's text is found without a search through all entries.
        var entriesByText: [HeadingText.Key: [Int]] = [:]
        for (position, entry) in entries.enumerated() { entriesByText[HeadingText.Key(bytes: entry), default: []].append(position) }
        var usedUpTo: [HeadingText.Key: Int] = [:]
        var unmatchedArticles: [Int] = []
        for (position, heading) in headings.enumerated() {
            if position < entries.count, entries[position] == heading, !entryMatched[position] {
                entryMatched[position] = true
                continue
            }
            let key = HeadingText.Key(bytes: heading)
            let candidates = entriesByText[key] ?? []
            var next = usedUpTo[key] ?? 0
            while next < candidates.count, entryMatched[candidates[next]] { next += 1 }
            usedUpTo[key] = next
            if next < candidates.count {
                entryMatched[candidates[next]] = true
            } else {
                unmatchedArticles.append(position)
            }
        }
        let unmatchedEntries = entries.indices.filter { !entryMatched[$0] }
        var nextUnmatched = 0
        for position in unmatchedArticles {
            let article = layout.articles[position]
            if nextUnmatched < unmatchedEntries.count {
                let entry = unmatchedEntries[nextUnmatched]
                nextUnmatched += 1
                let range = layout.contents[entry]
                sink.report(rule, layout.blocks[range.lowerBound].textStart, layout.blocks[range.upperBound - 1].end,
                            message: "目录条目与正文标题“\(article.heading.trimmingSpaces.quotedInMessage)”不一致：按正文标题改正目录")
            } else {
                let block = layout.blocks[article.headingBlock]
                sink.report(rule, block.textStart, block.end, message: "目录中缺少这篇文章：在目录中补上“\(article.heading.trimmingSpaces.quotedInMessage)”")
            }
        }
        for entry in unmatchedEntries[nextUnmatched...] {
            let range = layout.contents[entry]
            sink.report(rule, layout.blocks[range.lowerBound].textStart, layout.blocks[range.upperBound - 1].end,
                        message: "正文中没有与这条目录对应的文章：删去该条目或补上文章")
        }
    }
}
