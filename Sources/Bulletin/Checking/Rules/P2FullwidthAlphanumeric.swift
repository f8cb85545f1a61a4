/// P2: full-width digits or Latin letters (GB/T 15835-2011 wants half-width).
enum FullwidthAlphanumeric {
    static let rule = Rule(
        code: "P2", slug: "fullwidth-alphanumeric", severity: .error, scope: .text,
        title: "全角数字或字母",
        message: "全角数字或字母：改为半角",
        explanation: "GB/T 15835-2011 规定阿拉伯数字和拉丁字母使用半角形式。全角的 ０–９、Ａ–Ｚ、ａ–ｚ 会被指出，可自动改为半角；连续的一串只报一次。",
        wrongExample: "市人大常委会拟于５、７月份分别举办２期代表履职能力提升班。",
        rightExample: "市人大常委会拟于5、7月份分别举办2期代表履职能力提升班。",
        fixable: true)

    static func report(_ scanner: TypographyScanner, from start: Int, to end: Int, _ sink: inout FindingSink) {
        var written = String.UnicodeScalarView()
        var ascii = String.UnicodeScalarView()
        for k in start..<end {
            let value = scanner.values[k]
            if let scalar = Unicode.Scalar(value) { written.append(scalar) }
            if let scalar = Unicode.Scalar(value - 0xFEE0) { ascii.append(scalar) }
        }
        let startOffset = scanner.offset(start)
        let endOffset = scanner.offset(end - 1) + 3
        sink.report(rule, startOffset, endOffset, message: "全角字符“\(String(written))”：数字和字母应为半角“\(String(ascii))”",
                    fix: Fix(description: "改为半角“\(String(ascii))”", edits: [TextEdit(start: startOffset, end: endOffset, replacement: String(ascii))]))
    }
}
