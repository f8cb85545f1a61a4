/// A1: a paragraph cut mid-sentence by a page break (PDF extraction) or an OCR line.
enum SplitParagraph {
    static let rule = Rule(
        code: "A1", slug: "split-paragraph", severity: .warning, scope: .text,
        title: "段落在句中被分页断开",
        message: "段落在句中被分页或换行断开：与下一段连成一段",
        explanation: "从 PDF 或扫描件得到的文字常在页末把一段从句中断开，下一页接着写。本规则找出以非句末字符结尾、下一段又不是新的要点、供稿行或标题的段落，以及以“三是……。”这样的子项小标题（短语，不带逗号、顿号）结尾、正文在下一段的段落（小标题不能独自结束一段），可自动接成一段（只删去中间的空行和空格，不改动文字）。从 Word 粘贴、段间没有空行的文字，每行是一段，行末在句中断开的也算。单独成行的标题不是被断开的段落，既不与下一段连接，也不接在上一段后面：Markdown 的 # 标题、整行加粗的一行，以及以序号（一、（一）1. 1、一是……）开头、不超过 30 字、没有句末标点、也不以逗号顿号结尾的短行。列表项（- 、* 开头的行）以本行为止；一行一段的来稿里，没有逗号、顿号、分号又不以句末标点结束的短行（“附件：代表名单”）是其后内容的标题，也不连接。识别（OCR）的文字按版面行宽折行：排满行宽（达到常见行宽的 85%）的一行是被版面折断的，即使以句号、分号结尾，下一行也接着写，与 jianbao parse 接合的判断相同。“地区：标题”被断成两三行短行（每行不超过 30 字、没有句末标点，其后是正文）的，也指出并可连成一行，与 jianbao parse 接合标题的判断相同。",
        wrongExample: "市委对活动筹备工作给予充分\n\n肯定，并提出明确要求。",
        rightExample: "市委对活动筹备工作给予充分肯定，并提出明确要求。\n\n一、上下联动掀热潮\n\n（一）健全工作机制\n\n市人大常委会组织代表开展集中学习。\n\n**1.完善制度**\n\n细化工作流程。",
        fixable: true)

    static func report(_ layout: TextLayout, block index: Int, _ sink: inout FindingSink) {
        let block = layout.blocks[index]
        let next = layout.blocks[index + 1]
        var resume = layout.lines[next.firstLine].start
        while resume < next.end, layout.bytes[resume] == 0x20 || layout.bytes[resume] == 0x09 { resume += 1 }
        // Not cut in mid-sentence but after a sub-point heading (“三是……。”), which cannot end a paragraph.
        // A heading (no sentence in it) goes on only where its contents entry does.
        let message = block.breaksTitle ? "标题分两三行排印：与下一行连成一行"
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
        sink.report(rule, joinStart, joinEnd, message: message, fix: Fix(description: "与下一段连成一段", edits: [TextEdit(start: joinStart, end: joinEnd, replacement: "")]))
    }
}
