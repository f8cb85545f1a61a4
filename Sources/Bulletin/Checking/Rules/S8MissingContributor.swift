/// S8: an article that does not end with its （…供稿） line.
enum MissingContributor: LayoutRule {
    static let rule = Rule(
        code: "S8", slug: "missing-contributor", severity: .error, scope: .article,
        title: "文章末尾缺少供稿行",
        message: "文章末尾缺少供稿行：补上“（××人大常委会代表工委供稿）”",
        explanation: "每篇文章以单独一行的“（××供稿）”结束，注明来稿单位。缺少时报在文章最后一段（文末只有落款单位和日期时报在落款上，建议把单位写成供稿行）；写成“供稿：××”“××供稿”（没有括号）或“（供稿：××）”时报在这一行，说明写法。",
        wrongExample: "郑州市：高位部署强担当\n\n郑州市人大常委会全面启动年度代表主题活动。",
        rightExample: "郑州市：高位部署强担当\n\n郑州市人大常委会全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        // A 供稿 line in another form is the 供稿 line (the reader reads it so): say how to write it.
        for article in layout.articles {
            guard let index = article.contributorBlock, TextLayout.isContributorLineInOtherForm(layout.blocks[index].text) else { continue }
            let block = layout.blocks[index]
            let bytes = Array(block.text.utf8)
            guard let unit = GenrePatterns.contributorInOtherForm(bytes) else { continue }
            sink.report(rule, block.textStart, block.end,
                        message: "供稿行要写成“（××供稿）”：改为“（\(GenrePatterns.string(bytes, unit.unitStart, unit.unitEnd))供稿）”")
        }
        for article in layout.articles where article.contributorBlock == nil {
            // A letter's signature in its place: the unit it names is the one to credit.
            if let unitBlock = layout.signatureBlocks.first, article.blocks.contains(unitBlock) {
                let block = layout.blocks[unitBlock]
                let unit = layout.trimmedContent(ofLine: layout.lines[block.firstLine])
                sink.report(rule, block.textStart, layout.lines[block.firstLine].end,
                            message: "文章末尾缺少供稿行，落款不能代替：把落款单位写成供稿行“\(Article.contributorLine(unit: unit))”，删去日期")
                continue
            }
            guard let lastIndex = article.blocks.last(where: { ![.separator, .credit].contains(layout.blocks[$0].role) }) else { continue }
            let block = layout.blocks[lastIndex]
            sink.report(rule, block.textStart, block.end)
        }
    }
}
