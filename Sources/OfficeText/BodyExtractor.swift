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
        "w:pPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange",
        "w:numberingChange", "w:fldData",
    ]

    private enum Tag {
        case skipped, propertiesChange, paragraph, paragraphProperties, paragraphStyle, numberId, numberLevel
        case run, runProperties, bold, runStyle, text, simpleField, insertion, tab, noBreakHyphen, symbol
        case fieldCharacter, table, textBox, sectionProperties, cell
    }

    /// The elements the extractor acts on.
    private static let tags: [String: Tag] = {
        var tags: [String: Tag] = [
            "w:rPrChange": .propertiesChange, "w:p": .paragraph, "w:pPr": .paragraphProperties, "w:pStyle": .paragraphStyle,
            "w:numId": .numberId, "w:ilvl": .numberLevel, "w:r": .run, "w:rPr": .runProperties, "w:b": .bold,
            "w:rStyle": .runStyle, "w:t": .text, "w:fldSimple": .simpleField, "w:ins": .insertion, "w:moveTo": .insertion,
            "w:tab": .tab, "w:ptab": .tab, "w:noBreakHyphen": .noBreakHyphen, "w:sym": .symbol, "w:fldChar": .fieldCharacter,
            "w:tbl": .table, "w:txbxContent": .textBox, "w:sectPr": .sectionProperties, "w:tc": .cell,
        ]
        for name in skipped { tags[name] = .skipped }
        return tags
    }()

    /// Where each paragraph's text came from in document.xml, for writing a review copy.
    private(set) var sources: [ParagraphSource] = []

    private struct OpenParagraph {
        var index: Int
        var source: ParagraphSource
        var styleId: String?
        var numberId: String?
        var numberLevel: Int?
        var text = ""
        var scalars = 0
        var utf8Count = 0
        /// Leading text so far: nothing shown yet, bold so far, or settled.
        var opening = Opening.empty
        var boldEnd = 0
        /// The paragraph mark is deleted (a tracked change): the next paragraph continues this one.
        var markDeleted = false
        /// Continuing after a deleted mark: the first paragraph's properties stand.
        var merging = false
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
        // How many of them are in their instruction: a count, so text is judged in constant time
        // however many fields a hostile document leaves open.
        var fieldsInInstruction = 0
        var simpleFieldDepth = 0, revisionDepth = 0
        var runProperties = "", runPropertiesStart = 0, runPropertiesChanged = false
        // The w:t being read: where it starts, the paragraph's length there, its text.
        var node: (start: Int, offset: Int, text: String)?

        @discardableResult
        func append(_ text: String, bold: Bool) -> Bool {
            guard !open.isEmpty, !text.isEmpty, fieldsInInstruction == 0 else { return false }
            let last = open.count - 1
            let count = text.unicodeScalars.count
            // Mutated in place: a copy of the open paragraph would copy its text at every run.
            switch open[last].opening {
            case .empty:
                if bold {
                    open[last].opening = .bold
                    open[last].boldEnd = open[last].scalars + count
                } else if !Self.isBlank(text) {
                    open[last].opening = .settled(nil)
                }
            case .bold:
                if bold {
                    open[last].boldEnd = open[last].scalars + count
                } else if !Self.isBlank(text) {
                    open[last].opening = .settled(open[last].boldEnd)
                }
            case .settled: break
            }
            open[last].text += text
            open[last].scalars += count
            open[last].utf8Count += text.utf8.count
            return true
        }

        func raw(_ start: Int, _ end: Int) -> String {
            String(decoding: xml[max(0, start)..<min(end, xml.count)], as: UTF8.self)
        }

        func runIsBold() -> Bool {
            directBold ?? runStyleBold ?? styles.bold(of: open.last?.styleId) ?? false
        }

        reading: while let event = scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if skipDepth > 0 {
                    if !selfClosing { skipDepth += 1 }
                    continue
                }
                // One hash lookup per tag: a switch over strings compares them one by one.
                guard let tag = Self.tags[name] else { continue }
                switch tag {
                case .skipped, .propertiesChange:
                    // A run whose formatting is itself a tracked change is not split by ours.
                    if tag == .propertiesChange, inRunProperties { runPropertiesChanged = true }
                    if inParagraphProperties, !inRun, !open.isEmpty {
                        // A deleted paragraph mark (w:pPr/w:rPr/w:del): read as accepted, the
                        // paragraph runs on into the next.
                        if name == "w:del" || name == "w:moveFrom" { open[open.count - 1].markDeleted = true }
                        if name == "w:pPrChange" { setSite(&open) { site in if site.propertiesTail == nil { site.propertiesTail = scanner.eventStart } } }
                    }
                    if !selfClosing { skipDepth = 1 }
                case .paragraph:
                    let start = scanner.eventStart, end = scanner.offset
                    let site = MarkSite(paragraphStart: start, paragraphTagEnd: end, selfClosing: selfClosing)
                    if var continued = carry, open.count == carryDepth, containerSerial == carrySerial {
                        // The previous paragraph's mark is deleted: this one continues it.
                        carry = nil
                        continued.merging = true
                        continued.markDeleted = false
                        continued.source.selfClosing = false
                        continued.source.end = selfClosing ? end : start
                        continued.source.site = site
                        open.append(continued)
                    } else if open.count >= Self.maximumNesting || paragraphs.count >= maximumParagraphs {
                        // Paragraphs nested deeper than any document nests them (text boxes in
                        // tables in text boxes…), or more than any document has: read as the
                        // enclosing paragraph's text, or stop, so a hostile file costs bounded memory.
                        if paragraphs.count >= maximumParagraphs { tooManyParagraphs = true; break reading }
                        if !selfClosing { ignoredParagraphs += 1 }
                        continue
                    } else {
                        if let pending = carry {
                            carry = nil
                            complete(pending, into: &paragraphs)
                        }
                        paragraphs.append(WordDocument.Paragraph(text: "", numberLength: 0, runInHeadingEnd: nil,
                                                                 container: textBoxDepth > 0 ? .textBox : tableDepth > 0 ? .table : .body))
                        var source = ParagraphSource(start: start, contentStart: end, end: selfClosing ? end : start, selfClosing: selfClosing)
                        source.container = containerSerial
                        source.site = site
                        open.append(OpenParagraph(index: paragraphs.count - 1, source: source))
                    }
                    if selfClosing { finish(&open, into: &paragraphs) }
                case .paragraphProperties where !inRun:
                    inParagraphProperties = !selfClosing
                    let start = scanner.eventStart, end = scanner.offset
                    setSite(&open) { site in
                        site.propertiesStart = start
                        if selfClosing {
                            site.propertiesEnd = end
                            site.propertiesSelfClosing = true
                        }
                    }
                    if selfClosing, !open.isEmpty, !open[open.count - 1].merging { open[open.count - 1].source.contentStart = end }
                case .paragraphStyle where inParagraphProperties && !open.isEmpty && !open[open.count - 1].merging:
                    open[open.count - 1].styleId = attributes.value("w:val")
                case .numberId where inParagraphProperties && !open.isEmpty && !open[open.count - 1].merging:
                    open[open.count - 1].numberId = attributes.value("w:val")
                case .numberLevel where inParagraphProperties && !open.isEmpty && !open[open.count - 1].merging:
                    open[open.count - 1].numberLevel = attributes.value("w:val").flatMap { Int($0) }
                case .runProperties where inParagraphProperties && !inRun:
                    let start = scanner.eventStart, end = scanner.offset
                    setSite(&open) { site in
                        if selfClosing { site.markPropertiesSelfClosing = start..<end } else { site.markPropertiesContent = end }
                    }
                case .sectionProperties where inParagraphProperties:
                    let start = scanner.eventStart
                    setSite(&open) { site in if site.propertiesTail == nil { site.propertiesTail = start } }
                case .run:
                    inRun = !selfClosing
                    directBold = nil
                    runStyleBold = nil
                    runProperties = ""
                    runPropertiesChanged = false
                case .runProperties where inRun:
                    inRunProperties = !selfClosing
                    runPropertiesStart = scanner.eventStart
                    if selfClosing { runProperties = raw(runPropertiesStart, scanner.offset) }
                case .bold where inRunProperties: directBold = isOn(attributes)
                case .runStyle where inRunProperties: runStyleBold = styles.bold(of: attributes.value("w:val"))
                case .text where !selfClosing:
                    inText = true
                    node = (scanner.eventStart, open.last?.utf8Count ?? 0, "")
                case .simpleField where !selfClosing: simpleFieldDepth += 1
                case .insertion where !selfClosing: revisionDepth += 1
                case .tab where inRun && !inRunProperties:
                    append("\t", bold: runIsBold())
                case .noBreakHyphen where inRun: append("-", bold: runIsBold())
                case .symbol where inRun:
                    if let symbol = Self.symbol(attributes.value("w:char")) { append(symbol, bold: runIsBold()) }
                case .fieldCharacter:
                    switch attributes.value("w:fldCharType") {
                    case "begin":
                        fields.append(true)
                        fieldsInInstruction += 1
                    case "separate":
                        if fields.last == true {
                            fields[fields.count - 1] = false
                            fieldsInInstruction -= 1
                        }
                    case "end":
                        if fields.popLast() == true { fieldsInInstruction -= 1 }
                    default: break
                    }
                case .table:
                    if !selfClosing { tableDepth += 1 }
                    containerSerial += 1
                case .textBox:
                    if !selfClosing { textBoxDepth += 1 }
                    containerSerial += 1
                case .cell: containerSerial += 1
                default: break
                }
            case .end(let name):
                if skipDepth > 0 {
                    skipDepth -= 1
                    continue
                }
                guard let tag = Self.tags[name] else { continue }
                switch tag {
                case .paragraph:
                    if ignoredParagraphs > 0 {
                        ignoredParagraphs -= 1
                        continue
                    }
                    if !open.isEmpty { open[open.count - 1].source.end = scanner.eventStart }
                    finish(&open, into: &paragraphs)
                case .paragraphProperties:
                    if inParagraphProperties, !open.isEmpty {
                        let start = scanner.eventStart, end = scanner.offset
                        if !open[open.count - 1].merging { open[open.count - 1].source.contentStart = end }
                        setSite(&open) { site in
                            site.propertiesEnd = end
                            if site.propertiesTail == nil { site.propertiesTail = start }
                        }
                    }
                    inParagraphProperties = false
                case .run: inRun = false
                case .runProperties:
                    if inRunProperties { runProperties = raw(runPropertiesStart, scanner.offset) }
                    inRunProperties = false
                case .text:
                    inText = false
                    if let finished = node, !finished.text.isEmpty, !open.isEmpty {
                        open[open.count - 1].source.nodes.append(TextNode(
                            offset: finished.offset, text: finished.text, elementStart: finished.start, elementEnd: scanner.offset,
                            runProperties: runProperties,
                            editable: fields.isEmpty && simpleFieldDepth == 0 && revisionDepth == 0 && !runPropertiesChanged))
                    }
                    node = nil
                case .simpleField: simpleFieldDepth = max(0, simpleFieldDepth - 1)
                case .insertion: revisionDepth = max(0, revisionDepth - 1)
                case .table:
                    tableDepth = max(0, tableDepth - 1)
                    containerSerial += 1
                case .textBox:
                    textBoxDepth = max(0, textBoxDepth - 1)
                    containerSerial += 1
                case .cell: containerSerial += 1
                default: break
                }
            case .text(let text):
                guard inText, skipDepth == 0 else { continue }
                // A paragraph is one line: line breaks inside text (never written by Word) become spaces.
                let flat = text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
                    ? String(text.map { $0.isNewline ? " " : $0 }) : text
                if append(flat, bold: runIsBold()) {
                    node?.text += flat
                } else {
                    // Text the page does not show (a field's instruction) cannot be mapped back.
                    node = nil
                }
            }
        }
        while !open.isEmpty { finish(&open, into: &paragraphs) }
        if let pending = carry { complete(pending, into: &paragraphs) }
        return paragraphs
    }

    /// Limits for hostile documents: real ones nest paragraphs a few levels deep (a text box in a
    /// table cell) and have thousands of paragraphs, not millions.
    static let maximumNesting = 32
    var maximumParagraphs = 1_000_000
    /// Set when the document has more paragraphs than `maximumParagraphs`.
    private(set) var tooManyParagraphs = false
    private var ignoredParagraphs = 0

    /// A paragraph whose mark is deleted, waiting for the paragraph that continues it.
    private var carry: OpenParagraph?
    private var carryDepth = 0
    private var carrySerial = 0
    /// Changes whenever a table, cell or text box opens or closes: paragraphs with the same value
    /// are siblings, the only ones a deleted paragraph mark can join.
    private var containerSerial = 0

    /// Updates the XML paragraph being read (the last part of the innermost open paragraph).
    private func setSite(_ open: inout [OpenParagraph], _ change: (inout MarkSite) -> Void) {
        guard !open.isEmpty, open[open.count - 1].source.site != nil else { return }
        change(&open[open.count - 1].source.site!)
    }

    /// Closes the innermost open paragraph, unless its mark is deleted: then it waits for the next.
    private mutating func finish(_ open: inout [OpenParagraph], into paragraphs: inout [WordDocument.Paragraph]) {
        guard let paragraph = open.popLast() else { return }
        if paragraph.markDeleted {
            if let pending = carry { complete(pending, into: &paragraphs) }
            carry = paragraph
            carryDepth = open.count
            carrySerial = containerSerial
            return
        }
        complete(paragraph, into: &paragraphs)
    }

    /// A paragraph's number written out, its run-in heading settled, its source kept.
    private mutating func complete(_ paragraph: OpenParagraph, into paragraphs: inout [WordDocument.Paragraph]) {
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
        var source = paragraph.source
        source.numberBytes = number.utf8.count
        if sources.count <= paragraph.index {
            sources.append(contentsOf: repeatElement(ParagraphSource(start: 0, contentStart: 0, end: 0, selfClosing: true),
                                                     count: paragraph.index + 1 - sources.count))
        }
        sources[paragraph.index] = source
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
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

/// One `w:t` element whose text is part of a paragraph.
struct TextNode: Sendable {
    /// UTF-8 offset of the text within the paragraph's text, after any automatic number.
    var offset: Int
    var text: String
    /// Byte range of the whole `<w:t …>…</w:t>` element in document.xml.
    var elementStart: Int
    var elementEnd: Int
    /// The run's `<w:rPr>…</w:rPr>` as written, so split-off runs keep the formatting.
    var runProperties: String
    /// Outside fields and others' tracked changes: a tracked change of ours may go inside it.
    var editable: Bool
}

/// Where a paragraph is in document.xml.
struct ParagraphSource: Sendable {
    /// Offset of `<w:p`, just past `<w:p …>` and its `w:pPr`, and of `</w:p>` (for `<w:p/>`, its end).
    var start: Int
    var contentStart: Int
    var end: Int
    var selfClosing: Bool
    var nodes: [TextNode] = []
    /// UTF-8 bytes of the automatic number at the start of the paragraph's text.
    var numberBytes = 0
    /// Paragraphs with the same value are siblings (same body, cell or text box).
    var container = 0
    /// The XML paragraph whose mark ends it (the last, when deleted marks joined several).
    /// Inline, not an array: a document of millions of empty paragraphs costs no allocation each.
    var site: MarkSite?
}

/// Where a paragraph mark can be marked deleted: the paragraph's tag and its properties.
struct MarkSite: Sendable {
    var paragraphStart: Int
    /// Just past `<w:p …>` (or `<w:p/>`).
    var paragraphTagEnd: Int
    var selfClosing: Bool
    /// The `w:pPr` element, if any.
    var propertiesStart: Int?
    var propertiesEnd: Int?
    var propertiesSelfClosing = false
    /// Just past `<w:rPr>` inside `w:pPr` (where a mark's deletion goes first), or a `<w:rPr/>`.
    var markPropertiesContent: Int?
    var markPropertiesSelfClosing: Range<Int>?
    /// Where a new `w:rPr` goes inside `w:pPr`: before `w:sectPr` or `w:pPrChange`, else before `</w:pPr>`.
    var propertiesTail: Int?
}
