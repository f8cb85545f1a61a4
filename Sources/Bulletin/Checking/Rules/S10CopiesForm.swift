import Foundation

/// S10: 共印 N 份 not written as an Arabic number between 共印 and 份.
enum CopiesForm: LayoutRule {
    static let rule = Rule(
        code: "S10", slug: "copies-form", severity: .error, scope: .issue,
        title: "“共印 N 份”写法不对",
        message: "印数写法不对：应写作“共印 N 份”，N 为阿拉伯数字",
        explanation: "版记的印发行可带印数，写作“共印 60 份”。缺少数字、用汉字数字或缺少“份”时报在该行。",
        wrongExample: "（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发 共印六十\n",
        rightExample: "（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发 共印 60 份\n")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        for index in layout.footerBlocks {
            let block = layout.blocks[index]
            let compact = HeadingText.compact(block.text)
            guard let range = compact.range(of: "共印") else { continue }
            let tail = compact[range.upperBound...]
            let digits = tail.prefix { $0.isASCII && $0.isNumber }
            if digits.isEmpty || !tail.dropFirst(digits.count).hasPrefix("份") {
                sink.report(rule, block.textStart, block.end)
            }
        }
    }
}
