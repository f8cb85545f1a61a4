import NotesFormat
import SourceText

/// Values that read as notes but would misprint: the templates add the point numeral, the
/// brackets and 供稿 around the contributor, the colon after the region; `new` leaves
/// placeholders. Refused at decoding, located at the value, with the fix — `draft` needs no
/// `--strict` for them. Each genre fact is judged by the recogniser the reader and checker use.
/// Every value of every issue drafted passes here: the common case (nothing wrong) compares
/// bytes and allocates nothing per paragraph.
enum PrintedValueChecks {
    typealias Field = NotesSkeleton.Placeholder.Field

    /// Each value with the node it was read from; nil when absent (or already reported).
    static func article(region: (NotesNode, String)?, headline: (NotesNode, String)?, lead: NotesNode?, closing: NotesNode?,
                        contributor: (NotesNode, String)?, _ reading: NotesReading) {
        if let (node, region) = region {
            placeholder(region, field: .region, at: node.range, reading)
            regionColon(region, at: node, reading)
        }
        if let (node, headline) = headline { placeholder(headline, field: .headline, at: node.range, reading) }
        if let lead { forEachParagraph(lead) { placeholder($0, field: .lead, at: $1, reading) } }
        if let closing { forEachParagraph(closing) { placeholder($0, field: .closing, at: $1, reading) } }
        if let (node, contributor) = contributor {
            placeholder(contributor, field: .contributor, at: node.range, reading)
            contributorWrapping(contributor, at: node, reading)
        }
    }

    /// `headingStandsAlone`: no body, or a body list opening with `""`, so the heading is printed
    /// on a line of its own and needs no closing mark.
    static func point(number: Int, heading: (NotesNode, String)?, body: NotesNode?, headingStandsAlone: Bool, _ reading: NotesReading) {
        if let (node, heading) = heading {
            placeholder(heading, field: .heading, at: node.range, reading)
            ownNumeral(heading, field: .heading, number: number, at: node.range, reading)
            let bytes = Array(heading.utf8)
            if !headingStandsAlone, !GenrePatterns.endsSentence(bytes, 0, bytes.count) {
                reading.warning("“小标题”末尾没有句末标点：小标题和正文印在同一段，会连成一句；请在末尾加上“。”", at: node.range)
            }
        }
        guard let body else { return }
        var first = true
        forEachParagraph(body) { text, range in
            placeholder(text, field: .body, at: range, reading)
            // The first paragraph prints right after “一、小标题。”: any numbering there misprints.
            // Later ones may number their own sub-levels （一） 1., but not the points' 一、.
            ownNumeral(text, field: .body, number: number, at: range, firstParagraph: first, reading)
            first = false
        }
    }

    static func placeholder(_ value: String, field: Field, at range: SourceRange, _ reading: NotesReading) {
        guard let text = NotesSkeleton.Placeholder.left(in: value, field: field) else { return }
        let optional = [.lead, .closing, .contributor, .body].contains(field) ? "，或删去这一项" : ""
        reading.error("“\(field.key)”还是 jianbao new 留下的占位文字“\(text)”，会照样印出来：请换成实际内容\(optional)", at: range)
    }

    /// The value's UTF-8 without the ASCII spaces around it, not copied.
    static func trimmedBytes(_ value: String) -> Substring.UTF8View {
        let bytes = value.utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 { start = bytes.index(after: start) }
        while end > start, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        return Substring(value).utf8[start..<end]
    }

    static let fullWidthColon: [UInt8] = Array("：".utf8)

    /// `地区: 新乡市：` prints 新乡市：：标题.
    static func regionColon(_ region: String, at node: NotesNode, _ reading: NotesReading) {
        let bytes = trimmedBytes(region)
        guard bytes.last == UInt8(ascii: ":") || bytes.suffix(3).elementsEqual(fullWidthColon) else { return }
        let written = String(Substring(bytes))
        let bare = written.dropLast().trimmingCharacters(in: " ")
        reading.error("“地区”末尾不要写冒号：起草时地区和标题之间自动加“：”，这样会印成“\(written)：……”；请写作“地区: \(bare)”", at: node.range)
    }

    static let fullWidthOpen: [UInt8] = Array("（".utf8)
    static let fullWidthClose: [UInt8] = Array("）".utf8)
    static let contributedWord: [UInt8] = Array("供稿".utf8)

    /// `供稿: （新乡市人大常委会代表工委供稿）` prints （（…供稿）供稿）.
    static func contributorWrapping(_ contributor: String, at node: NotesNode, _ reading: NotesReading) {
        let bytes = trimmedBytes(contributor)
        // The usual unit has neither bracket nor the word: decided on bytes, nothing copied.
        guard bytes.first == UInt8(ascii: "(") || bytes.starts(with: fullWidthOpen) || bytes.last == UInt8(ascii: ")")
                || bytes.suffix(3).elementsEqual(fullWidthClose) || bytes.suffix(6).elementsEqual(contributedWord) else { return }
        let trimmed = String(Substring(bytes))
        let array = Array(bytes)
        var unit: Substring
        if let match = GenrePatterns.contributor(array) {
            unit = Substring(GenrePatterns.string(array, match.unitStart, match.unitEnd))
        } else {
            unit = Substring(trimmed)
            if let first = unit.first, first == "（" || first == "(" { unit = unit.dropFirst() }
            if let last = unit.last, last == "）" || last == ")" { unit = unit.dropLast() }
            if unit.hasSuffix("供稿") { unit = unit.dropLast(2) }
        }
        let bare = unit.trimmingCharacters(in: " ")
        let fix = bare.isEmpty ? "请只写供稿单位" : "请写作“供稿: \(bare)”"
        reading.error("“供稿”只写供稿单位：括号和“供稿”二字由起草自动加上，这样会印成“（\(trimmed.quotedInMessage)供稿）”；\(fix)", at: node.range)
    }

    /// A 小标题 (or a 正文 paragraph) that opens with a point number: the point's 一、 is printed
    /// before it, so `一、织密阵地网` prints 一、一、织密阵地网. Recognised as the reader does
    /// (GenrePatterns.numberOpeningBody), so that what `parse` writes decodes.
    static func ownNumeral(_ text: String, field: Field, number: Int, at range: SourceRange,
                           firstParagraph: Bool = true, _ reading: NotesReading) {
        guard let prefix = GenrePatterns.numberOpeningBody(text.unicodeScalars.prefix(12).map(\.value), firstParagraph: firstParagraph) else { return }
        let scalars = Array(text.unicodeScalars)
        let written = String(String.UnicodeScalarView(scalars[prefix.numberStart..<prefix.end]))
        let rest = String(String.UnicodeScalarView(scalars[prefix.end...])).trimmingCharacters(in: " ")
        let label = ChineseNumeral.pointLabel(number) ?? ""
        let printed = switch (field, firstParagraph) {
        case (.heading, _): "“\(label)\(written)……”"
        case (_, true): "“\(label)小标题……\(written)……”（正文第一段紧接小标题）"
        default: "一段以“\(written)”开头的正文，和自动编号的要点混在一起"
        }
        let fix = rest.isEmpty ? "请删去“\(written)”" : "请删去“\(written)”，写作“\(field.key): \(rest.quotedInMessage)”"
        reading.error("“\(field.key)”开头已有编号“\(written)”：要点编号由起草自动生成，这样会印成\(printed)；\(fix)", at: range)
    }

    /// Each paragraph of a 导语/正文/结语 value with where it is written: a list item at its own
    /// range, the lines of one text at the text's. No array is built: this runs per paragraph.
    static func forEachParagraph(_ node: NotesNode, _ body: (String, SourceRange) -> Void) {
        func lines(_ text: String, _ range: SourceRange) {
            guard NotesReading.hasLineBreak(text) else { return body(text, range) }
            for line in text.split(separator: "\n") where !NotesReading.isBlank(line.utf8[...]) { body(String(line), range) }
        }
        switch node.value {
        case .string(let text, _):
            lines(text, node.range)
        case .sequence(let items):
            for item in items {
                if case .string(let text, _) = item.value { lines(text, item.range) }
            }
        case .null, .mapping:
            break
        }
    }
}
