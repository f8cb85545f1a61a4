/// P2: full-width digits or Latin letters (GB/T 15835-2011 wants half-width).
enum FullwidthAlphanumeric {
    static let rule = Rule(
        code: "P2", slug: "fullwidth-alphanumeric", severity: .error, scope: .text,
        title: "全角数字或字母",
        message: "全角数字或字母：改为半角",
        explanation: "GB/T 15835-2011 规定阿拉伯数字和拉丁字母使用半角形式。全角的 ０–９、Ａ–Ｚ、ａ–ｚ 会被指出，可自动改为半角；连续的一串只报一次。数字中的小数点“．”、数字后的百分号“％”和段首序号的下脚点“．”随数字一起改为半角（９８．５％、95％ 都写作 98.5%，“１．”写作“1.”），不会留下半角数字配全角符号。",
        wrongExample: "市人大常委会拟于５、７月份分别举办２期代表履职能力提升班，参训率９８．５％。",
        rightExample: "市人大常委会拟于5、7月份分别举办2期代表履职能力提升班，参训率98.5%。",
        fixable: true)

    /// A full-width digit or letter, or a ％ right after a digit (95％ as much as ９５％).
    @inline(__always)
    static func startsRun(_ value: UInt32, after previous: UInt32) -> Bool {
        ScalarClass.isFullWidthAlphanumeric(value) || (value == 0xFF05 && ScalarClass.isDigit(previous))
    }

    /// The run goes on through full-width digits and letters, a ．between digits (９８．５) and a ％
    /// after one, and the ．of a serial number opening the line (`１．明确…`, `pointMark`: the
    /// scanner's): `--fix` left `1．`, which P7 then reported (audit 19).
    static func continuesRun(_ values: [UInt32], at index: Int, pointMark: Int) -> Bool {
        let value = values[index]
        if value == 0xFF0E {
            return index == pointMark || (index + 1 < values.count && ScalarClass.isDigit(values[index - 1]) && ScalarClass.isDigit(values[index + 1]))
        }
        return startsRun(value, after: values[index - 1])
    }

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
        // The percent sign and decimal point go with their number (GB/T 15835: 95%, 98.5%).
        let what = written.contains("％") ? "数字和百分号" : "数字和字母"
        sink.report(rule, startOffset, endOffset, message: "全角字符“\(String(written))”：\(what)应为半角“\(String(ascii))”",
                    fix: Fix(description: "改为半角“\(String(ascii))”", edits: [TextEdit(start: startOffset, end: endOffset, replacement: String(ascii))]))
    }
}
