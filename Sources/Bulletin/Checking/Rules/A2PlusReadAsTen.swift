/// A2: 十 inside a quoted term where + was meant (“网格十代表”), a typesetting or OCR slip.
enum PlusReadAsTen {
    static let rule = Rule(
        code: "A2", slug: "plus-read-as-ten", severity: .warning, scope: .text,
        title: "“+”误作“十”",
        message: "引号内的“十”像是“+”之误（如“网格+代表”）：核对原稿",
        explanation: "排版或识别时“+”常被换成形近的“十”。当全文别处用“+”连接词语（如“党建+网格”），而引号内的“十”两边各有至少两个汉字、且都不是数字时（或“十”紧跟在词中间多出的左引号之后），提示核对。“十五五”“三十工程”等数字不受影响，本规则不自动修改。",
        wrongExample: "深化“党建+网格”模式，积极参与“网格十代表”融合治理。",
        rightExample: "深化“党建+网格”模式，积极参与“网格+代表”融合治理，服务“十五五”开局和“三十工程”。")

    static func visit(_ scanner: inout TypographyScanner, at index: Int) {
        let values = scanner.values
        guard scanner.pairs.insideQuotes, index >= 2, index + 2 < values.count else { return }
        func isWordCharacter(_ value: UInt32) -> Bool { ScalarClass.isIdeograph(value) && !ScalarClass.isNumeralCharacter(value) }
        guard isWordCharacter(values[index + 1]), isWordCharacter(values[index + 2]) else { return }
        let joinsWords = isWordCharacter(values[index - 2]) && isWordCharacter(values[index - 1])
        // “精准培训“十实战…: a stray opening quote in the middle of a phrase stands before the 十.
        let afterStrayQuote = values[index - 1] == 0x201C && scanner.previousSignificant(index - 1, skippingSpaces: false).map(isWordCharacter) == true
        guard joinsWords || afterStrayQuote else { return }
        let offset = scanner.offset(index)
        scanner.plusCandidates.append((offset, offset + 3))
    }
}
