/// L1: an article longer than the profile's limit.
enum ArticleTooLong: LayoutRule {
    static let rule = Rule(
        code: "L1", slug: "article-too-long", severity: .warning, scope: .article,
        title: "文章超过篇幅上限",
        message: "文章超过篇幅上限：压缩篇幅",
        explanation: "简报文章宜短。文章正文（不含标题和供稿行，不计空格）超过上限时提示。上限取画像中的“文章字数上限”（standard 画像为 3000 字），也可用 --max-length 设置。",
        wrongExample: "郑州市：高位部署强担当\n\n" + String(repeating: "市人大常委会坚持高位谋划、系统推进、精准发力。", count: 140) + "\n\n（郑州市人大常委会代表工委供稿）",
        rightExample: "郑州市：高位部署强担当\n\n" + String(repeating: "市人大常委会坚持高位谋划、系统推进、精准发力。", count: 20) + "\n\n（郑州市人大常委会代表工委供稿）")

    /// 1 for a byte that starts a character counted (no continuation byte, space, line break or `*`).
    private static let countedBytes: [UInt8] = (0..<256).map { byte in
        byte & 0xC0 == 0x80 || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x2A ? 0 : 1
    }

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        let limit = sink.options.maxArticleLength
        for article in layout.articles {
            var count = 0
            // Every byte of every article is counted: read in place, a table lookup a byte.
            layout.bytes.withUnsafeBufferPointer { bytes in
                countedBytes.withUnsafeBufferPointer { counted in
                    for index in article.blocks where index != article.contributorBlock && !(index == article.headingBlock && !article.untitled && !layout.blocks[index].continues) {
                        for offset in layout.blocks[index].textStart..<layout.blocks[index].end { count &+= Int(counted[Int(bytes[offset])]) }
                    }
                }
            }
            guard count > limit else { continue }
            let block = layout.blocks[article.headingBlock]
            sink.report(rule, block.textStart, block.end, message: "文章约 \(count) 字，超过 \(limit) 字的篇幅上限：压缩篇幅")
        }
    }
}
