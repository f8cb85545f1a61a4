/// S5: an article heading not of the form 地区：标题.
enum HeadingForm: LayoutRule {
    static let rule = Rule(
        code: "S5", slug: "heading-form", severity: .error, scope: .article,
        title: "文章标题不是“地区：标题”",
        message: "文章标题应为“地区：标题”，如“郑州市：高位部署强担当 凝心聚力启新程”",
        explanation: "简报中每篇文章的标题以来稿地区开头，后接全角冒号和标题，末尾不加句号。缺少地区或冒号时报在标题上（半角冒号由 P1 指出），末尾有句号时报在句号上；来稿没有标题（第一行就是正文，末尾有供稿行）时报在第一段开头。",
        wrongExample: "高位部署强担当 凝心聚力启新程\n\n郑州市人大常委会全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工委供稿）",
        rightExample: "郑州市：高位部署强担当 凝心聚力启新程\n\n郑州市人大常委会全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        for article in layout.articles {
            let block = layout.blocks[article.headingBlock]
            if article.untitled {
                sink.report(rule, block.textStart, block.textStart, message: "文章没有标题：在第一段之前补上“地区：标题”一行，如“郑州市：高位部署强担当 凝心聚力启新程”")
            } else if TextLayout.regionPrefix(block.text) == nil {
                sink.report(rule, block.textStart, block.end)
            } else if block.firstLine == block.lastLine, let mark = GenrePatterns.titleStopAtEnd(Array(layout.bytes[block.textStart..<block.end])),
                      // (Over another `地区：` line, a digest's line of `地区：句子。`, as the reader's survey reads it.)
                      !(article.headingBlock + 1 < layout.blocks.count && TextLayout.regionPrefix(layout.blocks[article.headingBlock + 1].text) != nil) {
                // A title typed as a sentence: a title has no full stop (both jobs read the line as the title).
                sink.report(rule, block.textStart + mark, block.end, message: "标题末尾不加句号：删去“\(String(decoding: layout.bytes[(block.textStart + mark)..<block.end], as: UTF8.self).trimmingSpaces)”")
            }
        }
    }
}
