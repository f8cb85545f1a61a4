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

    /// The note as the reader reads it (`GenrePatterns.issuedLine`): on the 印发 line or on a line
    /// of its own under it; reported when it is not Arabic digits between 共印 and 份.
    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        for index in layout.footerBlocks {
            let block = layout.blocks[index]
            guard block.text.utf8Contains("共印"),
                  let issued = GenrePatterns.issuedLine(Array(block.text.utf8)), issued.copiesStart != nil, !issued.copiesInArabic else { continue }
            sink.report(rule, block.textStart, block.end)
        }
    }
}
