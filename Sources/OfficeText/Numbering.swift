/// Word's automatic numbering (numbering.xml): which number a numbered paragraph shows, so the
/// extracted text reads as the page does ("一、", "（二）", "3.").
struct NumberingDefinitions {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// What follows the number: "tab" (Word's default), "space" or "nothing".
        var suffix = "tab"
        /// Legal numbering (`w:isLgl`): every level's number shown in decimal.
        var legal = false
    }

    /// abstractNumId → level → definition.
    var abstractLevels: [String: [Int: Level]] = [:]
    /// numId → abstractNumId.
    var abstractOfNumber: [String: String] = [:]
    /// numId → level → start override.
    var startOverrides: [String: [Int: Int]] = [:]
    /// numId → level → a whole level redefined in the instance.
    var levelOverrides: [String: [Int: Level]] = [:]

    init() {}

    init(xml: [UInt8]) {
        var scanner = XMLScanner(xml)
        var abstractId: String?
        var numberId: String?
        var overrideLevel: Int?
        var level: Level?
        var levelIndex = 0
        while let event = scanner.next() {
            switch event {
            case .start(let name, let attributes, _):
                switch name {
                case "w:abstractNum": abstractId = attributes.value("w:abstractNumId")
                case "w:num": numberId = attributes.value("w:numId")
                case "w:abstractNumId":
                    if let numberId, let value = attributes.value("w:val") { abstractOfNumber[numberId] = value }
                case "w:lvlOverride": overrideLevel = attributes.value("w:ilvl").flatMap { Int($0) }
                case "w:startOverride":
                    if let numberId, let overrideLevel, let value = attributes.value("w:val").flatMap({ Int($0) }) {
                        startOverrides[numberId, default: [:]][overrideLevel] = value
                    }
                case "w:lvl":
                    level = Level()
                    levelIndex = attributes.value("w:ilvl").flatMap { Int($0) } ?? 0
                case "w:start": if let value = attributes.value("w:val").flatMap({ Int($0) }) { level?.start = value }
                case "w:numFmt": if let value = attributes.value("w:val") { level?.format = value }
                case "w:lvlText": level?.text = attributes.value("w:val") ?? ""
                case "w:suff": if let value = attributes.value("w:val") { level?.suffix = value }
                case "w:isLgl": level?.legal = attributes.value("w:val").map { !["0", "false", "off"].contains($0) } ?? true
                default: break
                }
            case .end(let name):
                switch name {
                case "w:lvl":
                    if let finished = level {
                        if let numberId, overrideLevel != nil {
                            levelOverrides[numberId, default: [:]][levelIndex] = finished
                        } else if let abstractId {
                            abstractLevels[abstractId, default: [:]][levelIndex] = finished
                        }
                    }
                    level = nil
                case "w:abstractNum": abstractId = nil
                case "w:num": numberId = nil
                case "w:lvlOverride": overrideLevel = nil
                default: break
                }
            case .text: break
            }
        }
    }

    func level(_ index: Int, of numberId: String) -> Level? {
        if let level = levelOverrides[numberId]?[index] { return level }
        guard let abstractId = abstractOfNumber[numberId], var level = abstractLevels[abstractId]?[index] else { return nil }
        if let start = startOverrides[numberId]?[index] { level.start = start }
        return level
    }
}

/// Counts numbered paragraphs as Word does: the list instances (numId) of one abstract list share
/// its counters — a second instance continues the numbers — unless the instance overrides a level's
/// start, which restarts that level where the instance is first used; a number at one level
/// restarts the levels below it.
struct NumberingCounter {
    let definitions: NumberingDefinitions
    /// Counters per abstract list (or per instance that redefines its levels).
    private var counters: [String: [Int: Int]] = [:]
    private var instancesSeen = Set<String>()

    init(_ definitions: NumberingDefinitions) { self.definitions = definitions }

    /// The number text of the next paragraph of list `numberId` at `level` ("一、", "（2）"),
    /// with its suffix; nil when the list or level is not defined, or shows nothing.
    mutating func next(numberId: String, level: Int) -> String? {
        guard numberId != "0", let definition = definitions.level(level, of: numberId) else { return nil }
        let key = definitions.levelOverrides[numberId] != nil ? "num " + numberId
            : definitions.abstractOfNumber[numberId].map { "abstract " + $0 } ?? "num " + numberId
        var levels = counters[key, default: [:]]
        if instancesSeen.insert(numberId).inserted, let overrides = definitions.startOverrides[numberId] {
            for overridden in overrides.keys { levels[overridden] = nil }
        }
        levels[level] = (levels[level] ?? definition.start - 1) + 1
        for deeper in levels.keys where deeper > level { levels[deeper] = nil }
        counters[key] = levels

        var text = ""
        var rest = Substring(definition.text)
        while let percent = rest.firstIndex(of: "%") {
            text += rest[..<percent]
            let after = rest.index(after: percent)
            guard after < rest.endIndex, let digit = rest[after].wholeNumberValue, (1...9).contains(digit) else {
                text += "%"
                rest = rest[after...]
                continue
            }
            let shown = digit - 1
            let shownDefinition = definitions.level(shown, of: numberId)
            let value = levels[shown] ?? shownDefinition?.start ?? 1
            let format = definition.legal && shown != level ? "decimal" : shownDefinition?.format ?? "decimal"
            text += NumberFormat.format(value, as: format)
            rest = rest[rest.index(after: after)...]
        }
        text += rest
        guard definition.format != "none" || !text.isEmpty, !text.isEmpty else { return nil }
        // The suffix: a tab or space is what separates "1." from the text on the page, but after
        // a full-width mark such as 、 or ） the page shows no gap, and the text must not get one.
        if definition.suffix == "nothing" { return text }
        if let last = text.unicodeScalars.last, last.value >= 0x2E80 { return text }
        return text + " "
    }
}

/// Numbers in Word's formats (`w:numFmt`).
enum NumberFormat {
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
            return chinese(value)
        case "chineseLegalSimplified":
            return chinese(value, legal: true)
        case "ideographDigital":
            return digits(value)
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return value >= 1 ? String(stems[(value - 1) % 10]) : String(value)
        case "ideographZodiac":
            let branches = Array("子丑寅卯辰巳午未申酉戌亥")
            return value >= 1 ? String(branches[(value - 1) % 12]) : String(value)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? String(Character(Unicode.Scalar(0x2460 + UInt32(value) - 1)!)) : String(value)
        case "decimalEnclosedParen":
            return (1...20).contains(value) ? String(Character(Unicode.Scalar(0x2474 + UInt32(value) - 1)!)) : "(\(value))"
        case "decimalZero": return value < 10 ? "0\(value)" : String(value)
        case "upperLetter", "lowerLetter":
            guard value >= 1 else { return String(value) }
            // Word repeats the letter: 27 → AA, 53 → AAA.
            let letter = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8((value - 1) % 26)))
            let text = String(repeating: letter, count: (value - 1) / 26 + 1)
            return format == "lowerLetter" ? text.lowercased() : text
        case "upperRoman", "lowerRoman":
            let text = roman(value)
            return format == "lowerRoman" ? text.lowercased() : text
        case "bullet", "none": return ""
        default: return String(value)
        }
    }

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十.
    static func chinese(_ value: Int, legal: Bool = false) -> String {
        let digitNames = Array(legal ? "零壹贰叁肆伍陆柒捌玖" : "〇一二三四五六七八九")
        let unitNames = legal ? ["", "拾", "佰", "仟"] : ["", "十", "百", "千"]
        guard value > 0 else { return String(digitNames[0]) }
        guard value < 10_000 else { return String(value) }
        if value < 20, value >= 10, !legal {
            return "十" + (value == 10 ? "" : String(digitNames[value - 10]))
        }
        var text = ""
        var pendingZero = false
        var started = false
        for power in stride(from: 3, through: 0, by: -1) {
            let unit = [1, 10, 100, 1000][power]
            let digit = value / unit % 10
            if digit == 0 {
                if started { pendingZero = true }
                continue
            }
            if pendingZero { text += "零"; pendingZero = false }
            text += String(digitNames[digit]) + unitNames[power]
            started = true
        }
        return text
    }

    /// Digits one by one: 2024 → 二〇二四.
    static func digits(_ value: Int) -> String {
        let digitNames = Array("〇一二三四五六七八九")
        return String(String(value).compactMap { $0.wholeNumberValue.map { digitNames[$0] } })
    }

    static func roman(_ value: Int) -> String {
        guard (1..<4000).contains(value) else { return String(value) }
        let numerals: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, text = ""
        for (amount, numeral) in numerals {
            while rest >= amount { text += numeral; rest -= amount }
        }
        return text
    }
}
