import Foundation

/// S3: the 专辑 line is missing, or its number is not a Chinese numeral in brackets.
enum AlbumLine: LayoutRule {
    static let rule = Rule(
        code: "S3", slug: "album-line", severity: .error, scope: .issue,
        title: "专辑行缺失或序号不对",
        message: "缺少专辑行：在刊头后写“……主题活动专辑（一）”（本刊不设专辑的，用 --disable S3 或在画像的“检查规则”中关闭）",
        explanation: "刊头之后应有专辑行，末尾是括号中的汉字序号，如“专辑（六）”。没有序号、阿拉伯数字序号或没有括号会被指出；半角括号由 P1 指出。增刊不属专辑，不要求专辑行；不设专辑的刊物可在画像中关闭本规则。",
        wrongExample: "代表工作\n\n第 11 期\n\n2026 年 4 月 13 日\n\n“人大代表在行动”主题活动专辑 3\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）",
        rightExample: "代表工作\n\n第 11 期\n\n2026 年 4 月 13 日\n\n“人大代表在行动”主题活动专辑（三）\n\n郑州市：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        guard let index = layout.albumBlock else {
            // A 增刊 stands outside the album series (the fourteenth audit).
            guard !layout.isSupplement else { return }
            let anchor = layout.articles.first.map { layout.blocks[$0.headingBlock] }
            sink.report(rule, anchor?.textStart ?? layout.start, anchor?.end ?? layout.start)
            return
        }
        let block = layout.blocks[index]
        // The reader's album line (`GenrePatterns.album`): the numeral in brackets at the end, in
        // the genre's form (ChineseNumeral.value, not the lenient reading); half-width brackets are P1's.
        let bytes = Array(block.text.utf8)
        guard let match = GenrePatterns.album(bytes), let range = block.text.range(of: "专辑", options: .backwards) else { return }
        let numeral = GenrePatterns.string(bytes, match.numeralStart, match.numeralEnd).trimmingSpaces
        if match.isNumbered, ChineseNumeral.value(numeral) != nil { return }
        let tail = HeadingText.compact(String(block.text[range.upperBound...]))
        // No number at all: say it is missing (an empty “” told the clerk nothing, the audit).
        let message = tail.isEmpty ? "专辑行缺少序号：在“专辑”后写括号中的汉字序号，如“专辑（三）”"
            : "专辑序号“\(tail)”不规范：应为括号中的汉字序号，如“专辑（三）”"
        sink.report(rule, block.textStart, block.end, message: message)
    }
}
