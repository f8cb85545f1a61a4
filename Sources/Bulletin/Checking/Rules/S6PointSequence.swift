/// S6: points 一、二、三、… with a gap, a repeat or in the wrong order.
enum PointSequence: LayoutRule {
    static let rule = Rule(
        code: "S6", slug: "point-sequence", severity: .error, scope: .article,
        title: "要点序号跳号、重复或倒序",
        message: "要点序号跳号、重复或倒序：按一、二、三……连续编号",
        explanation: "一篇文章中段首的要点序号“一、二、三、……”应从“一、”起连续编号。报在不合顺序的序号上；其后的序号接着错的那个或按原来的位置编号都算对，一处错误（跳号、重号）只报一次，不会连带报出后面所有要点。",
        wrongExample: "郑州市：高位部署强担当\n\n一、精准对标明确方向。\n\n三、上下联动掀热潮。\n\n（郑州市人大常委会代表工委供稿）",
        rightExample: "郑州市：高位部署强担当\n\n一、精准对标明确方向。\n\n二、上下联动掀热潮。\n\n（郑州市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        for article in layout.articles {
            var counter = SubPointCounter()
            for index in article.blocks where layout.blocks[index].role == .point {
                let block = layout.blocks[index]
                guard let (value, length) = TextLayout.pointNumber(block.text) else { continue }
                let (inOrder, expected) = counter.take(value)
                guard !inOrder, let want = ChineseNumeral.string(expected) else { continue }
                // The numeral and its mark as written (`三、`, or `三.` which P7 also reports), counted
                // in scalars of the text: a byte count would cut a character in two.
                // (`三 、`: a space typed before the mark is written too.)
                let head = Array(block.text.utf8.prefix(GenrePatterns.pointNumberHeadLength))
                let markEnd = GenrePatterns.pointNumber(head)?.markEnd ?? 0
                let markScalars = markEnd > 0 ? GenrePatterns.scalarCount(head, 0, markEnd) : length + 1
                let written = String(String.UnicodeScalarView(block.text.unicodeScalars.prefix(markScalars)))
                let end = layout.offset(afterScalars: markScalars, from: block.textStart, limit: block.end)
                sink.report(rule, block.textStart, end,
                            message: "要点序号应为“\(want)、”，这里是“\(written)”：按一、二、三……连续编号")
            }
        }
    }
}
