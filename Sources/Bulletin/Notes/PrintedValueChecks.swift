import NotesFormat
import SourceText

/// Values that read as notes but would misprint: the templates add the point numeral, the
/// brackets and 供稿 around the contributor, the colon after the region; `new` leaves
/// placeholders. Refused at decoding, located at the value, with the fix — `draft` needs no
/// `--strict` for them. Each genre fact is judged by the recogniser the reader and checker use.
enum PrintedValueChecks {
    static func article(_ fields: Fields, region: String, headline: String?, lead: [String], closing: [String],
                        contributor: String?, _ reading: NotesReading) {
        if let node = fields["地区"] {
            placeholder(region, field: "地区", at: node, reading)
            regionColon(region, at: node, reading)
        }
        if let headline, let node = fields["标题"] { placeholder(headline, field: "标题", at: node, reading) }
        for (key, paragraphs) in [("导语", lead), ("结语", closing)] where !paragraphs.isEmpty {
            guard let node = fields[key] else { continue }
            for (text, range) in paragraphNodes(node) { placeholder(text, field: key, at: range, reading) }
        }
        if let contributor, let node = fields["供稿"] {
            placeholder(contributor, field: "供稿", at: node, reading)
            contributorWrapping(contributor, at: node, reading)
        }
    }

    static func point(_ fields: Fields, number: Int, heading: String?, _ reading: NotesReading) {
        if let heading, let node = fields["小标题"] {
            placeholder(heading, field: "小标题", at: node, reading)
            ownNumeral(heading, field: "小标题", number: number, at: node.range, reading)
            let bytes = Array(heading.utf8)
            if !GenrePatterns.endsSentence(bytes, 0, bytes.count) {
                reading.warning("“小标题”末尾没有句末标点：小标题和正文印在同一段，会连成一句；请在末尾加上“。”", at: node.range)
            }
        }
        guard let node = fields["正文"] else { return }
        for (index, (text, range)) in paragraphNodes(node).enumerated() {
            placeholder(text, field: "正文", at: range, reading)
            // The first paragraph prints right after “一、小标题。”: any numbering there misprints.
            // Later ones may number their own sub-levels （一） 1., but not the points' 一、.
            ownNumeral(text, field: "正文", number: number, at: range, firstParagraph: index == 0, reading)
        }
    }

    static func placeholder(_ value: String, field: String, at node: NotesNode, _ reading: NotesReading) {
        placeholder(value, field: field, at: node.range, reading)
    }

    static func placeholder(_ value: String, field: String, at range: SourceRange, _ reading: NotesReading) {
        guard let text = NotesSkeleton.Placeholder.left(in: value, field: field) else { return }
        let optional = ["导语", "结语", "供稿", "正文"].contains(field) ? "，或删去这一项" : ""
        reading.error("“\(field)”还是 jianbao new 留下的占位文字“\(text)”，会照样印出来：请换成实际内容\(optional)", at: range)
    }

    /// `地区: 新乡市：` prints 新乡市：：标题.
    static func regionColon(_ region: String, at node: NotesNode, _ reading: NotesReading) {
        var trimmed = Substring(region)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last, last == "：" || last == ":" else { return }
        let bare = trimmed.dropLast().trimmingCharacters(in: " ")
        reading.error("“地区”末尾不要写冒号：起草时地区和标题之间自动加“：”，这样会印成“\(trimmed)：……”；请写作“地区: \(bare)”", at: node.range)
    }

    /// `供稿: （新乡市人大常委会代表工委供稿）` prints （（…供稿）供稿）.
    static func contributorWrapping(_ contributor: String, at node: NotesNode, _ reading: NotesReading) {
        let trimmed = contributor.trimmingCharacters(in: " ")
        let bytes = Array(trimmed.utf8)
        var unit: Substring
        if let match = GenrePatterns.contributor(bytes) {
            unit = Substring(GenrePatterns.string(bytes, match.unitStart, match.unitEnd))
        } else {
            unit = Substring(trimmed)
            if let first = unit.first, first == "（" || first == "(" { unit = unit.dropFirst() }
            if let last = unit.last, last == "）" || last == ")" { unit = unit.dropLast() }
            if unit.hasSuffix("供稿") { unit = unit.dropLast(2) }
        }
        guard unit.count != trimmed.count else { return }
        let bare = unit.trimmingCharacters(in: " ")
        let fix = bare.isEmpty ? "请只写供稿单位" : "请写作“供稿: \(bare)”"
        reading.error("“供稿”只写供稿单位：括号和“供稿”二字由起草自动加上，这样会印成“（\(trimmed.quotedInMessage)供稿）”；\(fix)", at: node.range)
    }

    /// A 小标题 (or a 正文 paragraph) that opens with a point number: the point's 一、 is printed
    /// before it, so `一、织密阵地网` prints 一、一、织密阵地网. Recognised as the checker and the
    /// layout recognise point numbers (PointNumberPrefix).
    static func ownNumeral(_ text: String, field: String, number: Int, at range: SourceRange,
                           firstParagraph: Bool = true, _ reading: NotesReading) {
        guard let first = text.unicodeScalars.first(where: { !ScalarClass.isSpace($0.value) }),
              PointNumberPrefix.canOpen(first.value) else { return }
        let values = text.unicodeScalars.prefix(12).map(\.value)
        guard let prefix = PointNumberPrefix(values, from: 0) else { return }
        // After the first paragraph only the points' own form (一、) is refused.
        guard firstParagraph || (!prefix.arabic && !prefix.bracketed) else { return }
        let scalars = Array(text.unicodeScalars)
        let written = String(String.UnicodeScalarView(scalars[prefix.numberStart..<prefix.end]))
        let rest = String(String.UnicodeScalarView(scalars[prefix.end...])).trimmingCharacters(in: " ")
        let label = ChineseNumeral.pointLabel(number) ?? ""
        let printed = switch (field, firstParagraph) {
        case ("小标题", _): "“\(label)\(written)……”"
        case (_, true): "“\(label)小标题……\(written)……”（正文第一段紧接小标题）"
        default: "一段以“\(written)”开头的正文，和自动编号的要点混在一起"
        }
        let fix = rest.isEmpty ? "请删去“\(written)”" : "请删去“\(written)”，写作“\(field): \(rest.quotedInMessage)”"
        reading.error("“\(field)”开头已有编号“\(written)”：要点编号由起草自动生成，这样会印成\(printed)；\(fix)", at: range)
    }

    /// Each paragraph of a 导语/正文/结语 value with where it is written: a list item at its own
    /// range, the lines of one text at the text's.
    static func paragraphNodes(_ node: NotesNode) -> [(String, SourceRange)] {
        switch node.value {
        case .string(let text, _):
            return lines(text).map { ($0, node.range) }
        case .sequence(let items):
            return items.flatMap { item -> [(String, SourceRange)] in
                guard case .string(let text, _) = item.value else { return [] }
                return lines(text).map { ($0, item.range) }
            }
        case .null, .mapping:
            return []
        }
    }

    private static func lines(_ text: String) -> [String] {
        guard NotesReading.hasLineBreak(text) else { return [text] }
        return text.split(separator: "\n").map(String.init).filter { !NotesReading.isBlank($0.utf8[...]) }
    }
}
