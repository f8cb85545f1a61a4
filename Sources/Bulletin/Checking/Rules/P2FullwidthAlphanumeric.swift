/// P2: full-width digits or Latin letters (GB/T 15835-2011 wants half-width).
enum FullwidthAlphanumeric {
    static let rule = Rule(
        code: "P2", slug: "fullwidth-alphanumeric", severity: .error, scope: .text,
        title: "全角数字或字母",
        message: "全角数字或字母：改为半角",
        explanation: "GB/T 15835-2011 规定阿拉伯数字和拉丁字母使用半角形式。全角的 ０–９、Ａ–Ｚ、ａ–ｚ 会被指出，可自动改为半角；连续的一串只报一次。数字中的小数点“．”、数字后的百分号“％”、段首序号的下脚点“．”，以及夹在全角数字、字母中间的“．＠／”、时间和比例中的“：”、代号中的“－”、千位分隔的“，”，随数字一起改为半角（９８．５％、95％ 都写作 98.5%，“１．”写作“1.”，ｗｗｗ．ｘｙｒｄ．ｇｏｖ．ｃｎ 写作 www.xyrd.gov.cn，９：３０ 写作 9:30，１，２００ 写作 1,200），不会留下半角数字配全角符号。",
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
    /// Also the marks that belong to the string they stand in (the twenty-first audit: --fix left
    /// `www．xyrd．gov．cn`, `9：30`, `KF－001` and `1，200人`, which reads as “1 and 200”): ．＠／
    /// between two full-width letters or digits, ：between digits (a time, a ratio), － after a
    /// letter (a code; between digits it is P5's range), ，before a group of three digits.
    static func continuesRun(_ values: [UInt32], at index: Int, pointMark: Int) -> Bool {
        let value = values[index]
        let previous = values[index - 1]
        let next = index + 1 < values.count ? values[index + 1] : 0
        switch value {
        case 0xFF0E:
            if index == pointMark { return true }
            return ScalarClass.isFullWidthAlphanumeric(previous) ? ScalarClass.isFullWidthAlphanumeric(next)
                : ScalarClass.isDigit(previous) && ScalarClass.isDigit(next)
        case 0xFF20, 0xFF0F:
            return ScalarClass.isFullWidthAlphanumeric(previous) && ScalarClass.isFullWidthAlphanumeric(next)
        case 0xFF1A:
            return isFullWidthDigit(previous) && isFullWidthDigit(next)
        case 0xFF0D:
            // `ＸＹ－２０２６－００１`: after a letter, or between digits of a code a letter opened.
            guard ScalarClass.isFullWidthAlphanumeric(previous), ScalarClass.isFullWidthAlphanumeric(next) else { return false }
            var k = index - 1
            while k >= 0, index - k <= 24, ScalarClass.isFullWidthAlphanumeric(values[k]) || values[k] == 0xFF0D {
                if ScalarClass.isFullWidthAlphanumeric(values[k]), !isFullWidthDigit(values[k]) { return true }
                k -= 1
            }
            return false
        case 0xFF0C:
            guard isFullWidthDigit(previous), index + 4 <= values.count else { return false }
            let group = values[(index + 1)..<(index + 4)]
            return group.allSatisfy(isFullWidthDigit) && (index + 4 == values.count || !ScalarClass.isDigit(values[index + 4]))
        default:
            return startsRun(value, after: previous)
        }
    }

    private static func isFullWidthDigit(_ value: UInt32) -> Bool { value >= 0xFF10 && value <= 0xFF19 }

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
