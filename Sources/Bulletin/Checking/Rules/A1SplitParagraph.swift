/// A1: a paragraph cut mid-sentence by a page break (PDF extraction) or an OCR line; and the page
/// number a page break left on its own line (`- 2 -`), deleted with the join or alone.
enum SplitParagraph {
    static let rule = Rule(
        code: "A1", slug: "split-paragraph", severity: .warning, scope: .text,
        title: "段落在句中被分页断开",
        message: "段落在句中被分页或换行断开：与下一段连成一段",
        explanation: "从 PDF 或扫描件得到的文字常在页末把一段从句中断开，下一页接着写。本规则找出以非句末字符结尾、下一段又不是新的要点、供稿行或标题的段落，以及以“三是……。”这样的子项小标题（短语，不带逗号、顿号）结尾、正文在下一段的段落（小标题不能独自结束一段），可自动接成一段（只删去中间的空行和空格，不改动文字）。从 Word 粘贴、段间没有空行的文字，每行是一段，行末在句中断开的也算。单独成行的标题不是被断开的段落，既不与下一段连接，也不接在上一段后面：Markdown 的 # 标题、整行加粗的一行，以及以序号（一、（一）1. 1、一是……）开头、不超过 30 字、没有句末标点、也不以逗号顿号结尾的短行，以及没有序号、由两三个以一个空格隔开的短语组成的小标题（“闻令而动强部署 统筹谋划开新局”，网页转载常见；同一篇里其后不超过 16 字、没有逗号顿号的标题式短行，如“聚焦民生办实事”，也按小标题处理）。列表项（- 、* 开头的行）以本行为止；一行一段的来稿里，没有逗号、顿号、分号又不以句末标点结束的短行（“附件：代表名单”）是其后内容的标题，也不连接。识别（OCR）的文字按版面行宽折行：排满行宽（达到常见行宽的 85%）的一行是被版面折断的，即使以句号、分号结尾，下一行也接着写，与 jianbao parse 接合的判断相同。“地区：标题”被断成两三行短行（每行不超过 30 字、没有句末标点，其后是正文）的，也指出并可连成一行，与 jianbao parse 接合标题的判断相同。PDF 提取的文字在分页处留下单独成行的页码（“- 2 -”“— 3 —”“－ 4 －”“-5-”“第 4 页 共 8 页”；单独一个数字不算，连着几行都是页码样式的是列表，也不算），页码不是正文，按分页读：夹在被断开的段落中间的，接合时一并删去；在两个完整段落之间的，单独指出，可自动删去这一行（连同其下的空行）。jianbao parse 同样删去页码，列在修复中。分页处重复的刊头（页眉：本期刊名及本期“第 N 期”行）和网页转载开头的位置导航（“当前位置：首页 > ……”）也按页码处理。",
        wrongExample: "市委对活动筹备工作给予充分\n\n肯定，并提出明确要求。",
        rightExample: "市委对活动筹备工作给予充分肯定，并提出明确要求。\n\n一、上下联动掀热潮\n\n（一）健全工作机制\n\n市人大常委会组织代表开展集中学习。\n\n**1.完善制度**\n\n细化工作流程。",
        fixable: true)

    static func report(_ layout: TextLayout, block index: Int, _ sink: inout FindingSink) {
        let block = layout.blocks[index]
        let next = layout.blocks[index + 1]
        // A title over its subtitle (`——……综述`, which the contents entry runs on with): one
        // title to both jobs, printed on two lines by design, no break to report.
        if block.role == .heading, next.text.utf8.starts(with: "——".utf8) { return }
        var resume = layout.lines[next.firstLine].start
        while resume < next.end, layout.bytes[resume] == 0x20 || layout.bytes[resume] == 0x09 { resume += 1 }
        // Not cut in mid-sentence but after a sub-point heading (“三是……。”), which cannot end a paragraph.
        // A heading (no sentence in it) goes on only where its contents entry does.
        let message = block.breaksTitle ? (next.firstLine > block.lastLine + 1 ? "标题分两行排印（中间隔着空行）：与下面一行连成一行" : "标题分两三行排印：与下一行连成一行")
            : block.role == .heading && TextLayout.sentenceEnd(in: block.text) == nil ? "标题被换行断开（目录中是一行）：与下一行连成一行"
            : TextLayout.endsOpen(block.text) ? nil
            : block.cutAtWrapWidth ? "识别文字在版面行宽处折行，句末不是段末：与下一行连成一段" : "段落在“一是……”式小标题之后被分页断开：与下一段连成一段"
        var joinStart = block.end, joinEnd = resume
        // `**漯河市：聚焦民生实事**` / `**彰显代表担当**`: a bold title's lines join into one bold run,
        // not `…实事****彰显…`.
        let bold = Array("**".utf8)
        if block.breaksTitle, joinStart - 2 >= block.textStart, layout.bytes[(joinStart - 2)..<joinStart].elementsEqual(bold),
           joinEnd + 2 <= next.end, layout.bytes[joinEnd..<(joinEnd + 2)].elementsEqual(bold) {
            joinStart -= 2
            joinEnd += 2
        }
        // A page number between the two parts (`- 2 -`) goes with the join: the fix deletes it too.
        if let page = pageNumber(layout, between: block.lastLine, next.firstLine) {
            let joined = message == nil ? "段落在句中被分页断开，中间夹着页码“\(page)”：删去页码，与下一段连成一段"
                : (message ?? rule.message) + "（删去中间的页码“\(page)”）"
            sink.report(rule, joinStart, joinEnd, message: joined,
                        fix: Fix(description: "删去页码，与下一段连成一段", edits: [TextEdit(start: joinStart, end: joinEnd, replacement: "")]))
            return
        }
        // A title broken between two phrases joins with the phrase space, as the reader joins it.
        let space = block.joinsWithSpace ? " " : ""
        sink.report(rule, joinStart, joinEnd, message: message, fix: Fix(description: "与下一段连成一段", edits: [TextEdit(start: joinStart, end: joinEnd, replacement: space)]))
    }

    /// `新乡市：` on a line of its own over its title, a line a paragraph (Word's layout): one
    /// heading block to both jobs (`GenrePatterns.regionAwaitsTitle`), its two lines joined by the
    /// fix (the fourteenth audit: nothing was said, and the file kept the region alone).
    static func reportRegionLineAlone(_ layout: TextLayout, block index: Int, _ sink: inout FindingSink) {
        let block = layout.blocks[index]
        guard layout.wordLayout, block.lastLine == block.firstLine + 1 else { return }
        let (start, end) = SourceLines.trimmed(layout.bytes, layout.lines[block.firstLine].start, layout.lines[block.firstLine].end)
        guard GenrePatterns.regionAwaitsTitle(Array(layout.bytes[start..<end])) else { return }
        let (resume, _) = SourceLines.trimmed(layout.bytes, layout.lines[block.lastLine].start, layout.lines[block.lastLine].end)
        sink.report(rule, end, resume, message: "标题分两三行排印：与下一行连成一行",
                    fix: Fix(description: "与下一行连成一行", edits: [TextEdit(start: end, end: resume, replacement: "")]))
    }

    /// The text of the first page-number line between lines `last` and `next` (0-based, exclusive), if any.
    private static func pageNumber(_ layout: TextLayout, between last: Int, _ next: Int) -> String? {
        guard next - last > 1, !layout.pageNumberLines.isEmpty else { return nil }
        let pages = layout.pageNumberLines
        // The first page-number line after `last` (the lines are in order).
        var low = 0, high = pages.count
        while low < high {
            let middle = (low + high) / 2
            if pages[middle] <= last { low = middle + 1 } else { high = middle }
        }
        guard low < pages.count, pages[low] < next else { return nil }
        return pageNumberText(layout, pages[low])
    }

    private static func pageNumberText(_ layout: TextLayout, _ line: Int) -> String {
        let (start, end) = SourceLines.trimmed(layout.bytes, layout.lines[line].start, layout.lines[line].end)
        return String(decoding: layout.bytes[start..<end], as: UTF8.self)
    }

    /// A page number the reported joins do not take away (`joinedGaps`, in order: the lines between
    /// the two parts of each): one between two whole paragraphs, no text, to delete. The fix deletes
    /// its line and the blank lines under it (over it, at the end of the text), so the paragraphs
    /// around it stand as they stood, a blank line apart.
    static func reportPageNumbers(_ layout: TextLayout, besides joinedGaps: [Range<Int>], _ sink: inout FindingSink) {
        let pages = layout.pageNumberLines
        var gap = 0
        for (position, line) in pages.enumerated() {
            while gap < joinedGaps.count, joinedGaps[gap].upperBound <= line { gap += 1 }
            if gap < joinedGaps.count, joinedGaps[gap].contains(line) { continue }
            let (start, end) = SourceLines.trimmed(layout.bytes, layout.lines[line].start, layout.lines[line].end)
            let page = pageNumberText(layout, line)
            // Up to the next line of text, or the next page number (which deletes its own line).
            let nextPage = position + 1 < pages.count ? pages[position + 1] : nil
            let limit = nextPage ?? layout.lines.count
            var deleteStart = layout.lines[line].start
            let deleteEnd: Int
            if let following = layout.lines[(line + 1)..<limit].firstIndex(where: { !$0.isBlank }) {
                deleteEnd = layout.lines[following].start
            } else if let nextPage {
                deleteEnd = layout.lines[nextPage].start
            } else if layout.end < layout.bytes.count {
                // Last of one issue of a file of several: up to the next issue's first line, and
                // reported at its own line (it was at the end of the line over it).
                deleteEnd = layout.end
            } else if let previous = layout.lines[..<line].lastIndex(where: { !$0.isBlank }), position == 0 || pages[position - 1] < previous {
                // Last in the text: from the end of the paragraph over it, whose line break stays.
                deleteStart = layout.lines[previous].end
                deleteEnd = layout.lines[line].end
            } else {
                deleteEnd = layout.lines[line].end
            }
            // The finding spans what its fix deletes (the blank lines under it too): a fix edits
            // only inside its finding (fuzzing).
            sink.report(rule, min(start, deleteStart), max(end, deleteEnd), message: GenrePatterns.isBreadcrumbLine(Array(page.utf8), 0, page.utf8.count) ? "“\(page)”是网页的位置导航，不是正文：删去这一行"
                            : (page.unicodeScalars.contains { ScalarClass.isIdeograph($0.value) } && !page.contains("页")
                            ? "页眉“\(page)”（分页处重复的刊头）" : "页码“\(page)”") + "是分页处留下的，不是正文：删去这一行",
                        fix: Fix(description: "删去页码", edits: [TextEdit(start: deleteStart, end: deleteEnd, replacement: "")]))
        }
    }
}
