/// Walks word/document.xml once and collects each `w:p` as one paragraph, in the order paragraphs
/// start: a text box's paragraphs follow the paragraph that anchors it, table cells read row by row.
struct BodyExtractor {
    var numbering: NumberingCounter
    let styles: StyleSheet

    /// Elements whose content is not shown text: deleted or moved-away text of tracked changes,
    /// the fallback copy of a text box (the `mc:Choice` copy is read), field instructions,
    /// and earlier formatting kept by tracked property changes.
    private static let skipped: Set<String> = [
        "w:del", "w:moveFrom", "mc:Fallback", "w:delText", "w:delInstrText", "w:instrText",
        "w:rPrChange", "w:pPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange",
        "w:numberingChange", "w:fldData",
    ]

    private struct OpenParagraph {
        var index: Int
        var styleId: String?
        var numberId: String?
        var numberLevel: Int?
        var text = ""
        var scalars = 0
        /// Leading text so far: nothing shown yet, bold so far, or settled.
        var opening = Opening.empty
        var boldEnd = 0
    }

    private enum Opening { case empty, bold, settled(Int?) }

    init(numbering: NumberingCounter, styles: StyleSheet) {
        self.numbering = numbering
        self.styles = styles
    }

    mutating func extract(_ xml: [UInt8]) -> [WordDocument.Paragraph] {
        var scanner = XMLScanner(xml)
        var paragraphs: [WordDocument.Paragraph] = []
        var open: [OpenParagraph] = []
        var skipDepth = 0
        var tableDepth = 0, textBoxDepth = 0
        var inText = false
        var inRun = false, inRunProperties = false, inParagraphProperties = false
        var directBold: Bool?, runStyleBold: Bool?
        // One entry per open complex field: true while in its instruction (before `separate`).
        var fields: [Bool] = []

        func append(_ text: String, bold: Bool) {
            guard !open.isEmpty, !text.isEmpty, !fields.contains(true) else { return }
            let count = text.unicodeScalars.count
            var paragraph = open[open.count - 1]
            let blank = text.allSatisfy(\.isWhitespace)
            switch paragraph.opening {
            case .empty:
                if bold {
                    paragraph.opening = .bold
                    paragraph.boldEnd = paragraph.scalars + count
                } else if !blank {
                    paragraph.opening = .settled(nil)
                }
            case .bold:
                if bold {
                    paragraph.boldEnd = paragraph.scalars + count
                } else if !blank {
                    paragraph.opening = .settled(paragraph.boldEnd)
                }
            case .settled: break
            }
            paragraph.text += text
            paragraph.scalars += count
            open[open.count - 1] = paragraph
        }

        func runIsBold() -> Bool {
            directBold ?? runStyleBold ?? styles.bold(of: open.last?.styleId) ?? false
        }

        while let event = scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if skipDepth > 0 {
                    if !selfClosing { skipDepth += 1 }
                    continue
                }
                if Self.skipped.contains(name) {
                    if !selfClosing { skipDepth = 1 }
                    continue
                }
                switch name {
                case "w:p":
                    paragraphs.append(WordDocument.Paragraph(text: "", numberLength: 0, runInHeadingEnd: nil,
                                                             container: textBoxDepth > 0 ? .textBox : tableDepth > 0 ? .table : .body))
                    open.append(OpenParagraph(index: paragraphs.count - 1))
                    if selfClosing { finish(&open, into: &paragraphs) }
                case "w:pPr" where !inRun: inParagraphProperties = !selfClosing
                case "w:pStyle" where inParagraphProperties && !open.isEmpty: open[open.count - 1].styleId = attributes.value("w:val")
                case "w:numId" where inParagraphProperties && !open.isEmpty: open[open.count - 1].numberId = attributes.value("w:val")
                case "w:ilvl" where inParagraphProperties && !open.isEmpty: open[open.count - 1].numberLevel = attributes.value("w:val").flatMap { Int($0) }
                case "w:r":
                    inRun = !selfClosing
                    directBold = nil
                    runStyleBold = nil
                case "w:rPr" where inRun: inRunProperties = !selfClosing
                case "w:b" where inRunProperties: directBold = isOn(attributes)
                case "w:rStyle" where inRunProperties: runStyleBold = styles.bold(of: attributes.value("w:val"))
                case "w:t" where !selfClosing: inText = true
                case "w:tab" where inRun && !inRunProperties, "w:ptab" where inRun:
                    append("\t", bold: runIsBold())
                case "w:noBreakHyphen" where inRun: append("-", bold: runIsBold())
                case "w:sym" where inRun:
                    if let symbol = Self.symbol(attributes.value("w:char")) { append(symbol, bold: runIsBold()) }
                case "w:fldChar":
                    switch attributes.value("w:fldCharType") {
                    case "begin": fields.append(true)
                    case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                    case "end": _ = fields.popLast()
                    default: break
                    }
                case "w:tbl": if !selfClosing { tableDepth += 1 }
                case "w:txbxContent": if !selfClosing { textBoxDepth += 1 }
                default: break
                }
            case .end(let name):
                if skipDepth > 0 {
                    skipDepth -= 1
                    continue
                }
                switch name {
                case "w:p": finish(&open, into: &paragraphs)
                case "w:pPr": inParagraphProperties = false
                case "w:r": inRun = false
                case "w:rPr": inRunProperties = false
                case "w:t": inText = false
                case "w:tbl": tableDepth = max(0, tableDepth - 1)
                case "w:txbxContent": textBoxDepth = max(0, textBoxDepth - 1)
                default: break
                }
            case .text(let text):
                guard inText, skipDepth == 0 else { continue }
                // A paragraph is one line: line breaks inside text (never written by Word) become spaces.
                let flat = text.contains(where: \.isNewline)
                    ? String(text.map { $0.isNewline ? " " : $0 }) : text
                append(flat, bold: runIsBold())
            }
        }
        while !open.isEmpty { finish(&open, into: &paragraphs) }
        return paragraphs
    }

    /// Closes the innermost open paragraph: its number written out, its run-in heading settled.
    private mutating func finish(_ open: inout [OpenParagraph], into paragraphs: inout [WordDocument.Paragraph]) {
        guard let paragraph = open.popLast() else { return }
        var numberId = paragraph.numberId, level = paragraph.numberLevel
        if numberId == nil, let inherited = styles.numbering(of: paragraph.styleId) {
            numberId = inherited.id
            level = level ?? inherited.level
        }
        var number = ""
        if let numberId, let text = numbering.next(numberId: numberId, level: level ?? 0) { number = text }
        let numberLength = number.unicodeScalars.count
        var headingEnd: Int?
        if case .settled(let end) = paragraph.opening, let end { headingEnd = end + numberLength }
        paragraphs[paragraph.index].text = number + paragraph.text
        paragraphs[paragraph.index].numberLength = numberLength
        paragraphs[paragraph.index].runInHeadingEnd = headingEnd
    }

    /// `w:sym w:char="F06C"`: symbol fonts put their glyphs at F000 + code; an ASCII code is
    /// shown as that character, anything else as the scalar Word stored.
    private static func symbol(_ hex: String?) -> String? {
        guard let hex, var value = UInt32(hex, radix: 16) else { return nil }
        if (0xF020...0xF07E).contains(value) { value -= 0xF000 }
        guard let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
        return String(Character(scalar))
    }
}
