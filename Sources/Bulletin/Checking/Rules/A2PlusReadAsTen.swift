import Foundation

/// A2: 十 inside a quoted term where + was meant (“网格十代表”), a typesetting or OCR slip.
enum PlusReadAsTen {
    static let rule = Rule(
        code: "A2", slug: "plus-read-as-ten", severity: .warning, scope: .text,
        title: "“+”误作“十”",
        message: "引号内的“十”像是“+”之误（如“网格+代表”）：核对原稿",
        explanation: "排版或识别时“+”常被换成形近的“十”。引号内的“十”两边各有至少两个汉字、且都不是数字，并且有证据表明这里本是“+”时提示核对：“十”前或后的词在全文别处紧挨着“+”（别处写“党建+网格”，这里写“网格十代表”），或者全文用“+”、而同一引号内连用几个这样的“十”（“精准培训十实战练兵十外出考察”）。“十佳”“十件”“十大”“十项”“十条”“十余”“十年”等数量词和“十五五”“三十工程”等数字不受影响，本规则不自动修改。",
        wrongExample: "深化“党建+网格”模式，积极参与“网格十代表”融合治理。",
        rightExample: "深化“党建+网格”模式，积极参与“网格+代表”融合治理，评选“年度十佳代表”，推进“乡村振兴十大工程”，服务“十五五”开局和“三十工程”。")

    /// A 十 that could stand for +, with the words on either side and the quote it is in.
    struct Candidate {
        var start: Int
        var before: Word
        var after: Word
        /// Offset of the opening quote: 十 repeated in one term is a chain like 1+2+N.
        var quote: Int
    }

    /// What the scan has seen of + and 十 so far; judged at the end of the text.
    struct Evidence {
        var sawPlus = false
        /// Two-character words written right beside a + (by `Word.key`), each with the first
        /// phrase showing it (党建+网格).
        var plusWords: [UInt64: String] = [:]
        var candidates: [Candidate] = []
    }

    /// 十 as a number with its measure word or in a fixed compound: 十佳, 十件, 十大, 十分, 十足….
    private static let numberFollowers: Set<UInt32> = Set("佳件大项个条余多几年次届位名家种类期天日月周岁分倍强进字句章篇点步招款户村人所座场批支套处台部本张元全足里载星型优美有".unicodeScalars.map(\.value))

    private static func isWordCharacter(_ value: UInt32) -> Bool { ScalarClass.isIdeograph(value) && !ScalarClass.isNumeralCharacter(value) }

    /// Up to two word characters beside a + or 十, in reading order: scalar values, not a string,
    /// since every + and every 十 in quotes is asked (a string a word, hashed, cost more than the scan).
    struct Word {
        var scalars: (UInt32, UInt32) = (0, 0)
        var count = 0

        /// The two characters as one key; nil for a shorter word. Keys compare as the words did as
        /// strings: a CJK compatibility ideograph (U+F900…, U+2F800…) as its canonical one.
        var key: UInt64? {
            guard count == 2 else { return nil }
            func isCompatibility(_ value: UInt32) -> Bool { (0xF900...0xFAFF).contains(value) || (0x2F800...0x2FA1F).contains(value) }
            guard isCompatibility(scalars.0) || isCompatibility(scalars.1) else { return UInt64(scalars.0) << 32 | UInt64(scalars.1) }
            let canonical = text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value)
            guard canonical.count == 2 else { return nil }
            return UInt64(canonical[0]) << 32 | UInt64(canonical[1])
        }

        var text: String {
            var view = String.UnicodeScalarView()
            for value in [scalars.0, scalars.1].prefix(count) { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
            return String(view)
        }
    }

    /// Up to two word characters ending before `index` (or starting after it), line and page breaks skipped.
    private static func word(_ values: [UInt32], from index: Int, step: Int) -> Word {
        var found: (UInt32, UInt32) = (0, 0)
        var count = 0
        var k = index
        while k >= 0, k < values.count, count < 2 {
            let value = values[k]
            if value == TypographyScanner.lineBreak || value == TypographyScanner.pageBreak { k += step; continue }
            guard isWordCharacter(value), Unicode.Scalar(value) != nil else { break }
            if count == 0 { found.0 = value } else { found.1 = value }
            count += 1
            k += step
        }
        if step < 0, count == 2 { found = (found.1, found.0) }
        return Word(scalars: found, count: count)
    }

    /// A + (or ＋): the words beside it are what a 十 elsewhere needs as evidence.
    static func visitPlus(_ scanner: inout TypographyScanner, at index: Int) {
        scanner.plus.sawPlus = true
        let before = word(scanner.values, from: index - 1, step: -1), after = word(scanner.values, from: index + 1, step: 1)
        for word in [before, after] {
            guard let key = word.key, scanner.plus.plusWords[key] == nil else { continue }
            scanner.plus.plusWords[key] = before.text + "+" + after.text
        }
    }

    static func visit(_ scanner: inout TypographyScanner, at index: Int) {
        let values = scanner.values
        guard scanner.pairs.insideQuotes, index >= 2, index + 2 < values.count else { return }
        guard isWordCharacter(values[index + 1]), isWordCharacter(values[index + 2]), !numberFollowers.contains(values[index + 1]) else { return }
        let previous = values[index - 1]
        let joinsWords: Bool = isWordCharacter(values[index - 2]) && isWordCharacter(previous) && previous != 0x7B2C // 第十
        // “精准培训“十实战…: a stray opening quote in the middle of a phrase stands before the 十.
        let afterStrayQuote: Bool = previous == 0x201C && scanner.previousSignificant(index - 1, skippingSpaces: false).map(isWordCharacter) == true
        guard joinsWords || afterStrayQuote else { return }
        let before = word(values, from: afterStrayQuote ? index - 2 : index - 1, step: -1)
        var quote = -1
        for (kind, position) in zip(scanner.pairs.kinds, scanner.pairs.positions) where kind == .double || kind == .single {
            quote = scanner.offset(position)
        }
        let offset = scanner.offset(index)
        scanner.plus.candidates.append(Candidate(start: offset, before: before, after: word(values, from: index + 1, step: 1), quote: quote))
    }

    /// Reports the candidates with evidence, once the whole text has been seen.
    static func finish(_ evidence: Evidence, _ sink: inout FindingSink) {
        guard evidence.sawPlus else { return }
        var perQuote: [Int: Int] = [:]
        for candidate in evidence.candidates { perQuote[candidate.quote, default: 0] += 1 }
        for candidate in evidence.candidates {
            if let phrase = candidate.before.key.flatMap({ evidence.plusWords[$0] }) ?? candidate.after.key.flatMap({ evidence.plusWords[$0] }) {
                sink.report(rule, candidate.start, candidate.start + 3, message: "引号内的“十”像是“+”之误（别处有“\(phrase)”）：核对原稿")
            } else if perQuote[candidate.quote, default: 0] >= 2 {
                sink.report(rule, candidate.start, candidate.start + 3,
                            message: "引号内连用的“十”像是“+”之误（如“\(candidate.before.text)+\(candidate.after.text)”）：核对原稿")
            }
        }
    }
}
