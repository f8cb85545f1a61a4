import Zip

/// Why a file could not be read as a Word document.
public enum WordDocumentError: Error, Sendable, Hashable {
    /// The ZIP container is broken, encrypted, too large…
    case archive(ZipError)
    /// An OLE compound file: Word 97–2003 `.doc`, WPS `.wps`, or a password-protected `.docx`
    /// (which Office stores encrypted inside a compound file).
    case legacyBinary
    /// A ZIP that is an OpenDocument file (`.odt`), not Office Open XML.
    case openDocument
    /// A ZIP without a WordprocessingML main part (a workbook, a presentation, any other ZIP).
    case notAWordDocument
    /// The document has no body text at all.
    case noBodyText
    /// More paragraphs than any real document (a hostile or broken file).
    case tooManyParagraphs(limit: Int)

    /// What went wrong, said for a user (Simplified Chinese).
    public var message: String {
        switch self {
        case .archive(let error): "无法读取 Word 文档：\(error.message)"
        case .legacyBinary: "这是 Word 97-2003（.doc）或 WPS（.wps）格式的文档，或设有打开密码的文档；请在 Word 或 WPS 中去掉密码，另存为 .docx 后再试"
        case .openDocument: "这是 OpenDocument（.odt）文档；请另存为 .docx 后再试"
        case .notAWordDocument: "这个压缩包不是 Word 文档（没有 word/document.xml）；请另存为 .docx 后再试"
        case .noBodyText: "Word 文档的正文是空的（没有任何文字）"
        case .tooManyParagraphs(let limit): "Word 文档的段落超过 \(limit) 段，疑为异常文件，已停止读取"
        }
    }
}

/// The text of a Word (.docx) document, one paragraph per line, as a reader of the page sees it:
/// automatic numbers written out, deleted text of tracked changes left out, inserted text kept;
/// headers, footers, footnotes and comments are not part of the body and are left out.
public struct WordDocument: Sendable {
    public enum Container: Sendable, Hashable {
        case body, table, textBox
    }

    public struct Paragraph: Sendable, Hashable {
        /// The paragraph's text, with its automatic number (if any) at the start; no line breaks.
        public var text: String
        /// Unicode scalars at the start of `text` that Word's automatic numbering supplies.
        public var numberLength: Int
        /// When the paragraph opens with bold text followed by plain text (a run-in heading,
        /// "**一是加强学习。**代表们……"), the scalar offset in `text` where the bold part ends.
        public var runInHeadingEnd: Int?
        /// Where the paragraph sits: the body, a table cell, or a text box.
        public var container: Container
    }

    public var paragraphs: [Paragraph]

    /// What a review copy needs: the package, the main part's path and bytes, and where each
    /// paragraph's text sits in it.
    var package: ZipReader?
    var mainPartPath = "word/document.xml"
    var documentXML: [UInt8] = []
    var sources: [ParagraphSource] = []

    /// The paragraphs joined with line feeds (and one after the last): line N is paragraph N.
    public var text: String {
        paragraphs.map(\.text).joined(separator: "\n") + "\n"
    }

    /// The first bytes of a Word 97–2003 / WPS binary document (an OLE compound file).
    public static func isLegacyBinary(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// Whether `bytes` look like a document this type reads, or should explain it cannot:
    /// a ZIP container or an OLE compound file.
    public static func isWordLike(_ bytes: [UInt8]) -> Bool {
        ZipReader.hasSignature(bytes) || isLegacyBinary(bytes)
    }

    /// Reads the document in `bytes` (the whole .docx file).
    public init(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(WordDocumentError) {
        if Self.isLegacyBinary(bytes) { throw .legacyBinary }
        let archive: ZipReader
        do { archive = try ZipReader(bytes, limits: limits) } catch { throw .archive(error) }
        func part(_ path: String) throws(WordDocumentError) -> [UInt8]? {
            do { return try archive.contents(of: path) } catch { throw .archive(error) }
        }
        if let mimetype = try part("mimetype"), String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
            throw .openDocument
        }
        let mainPath = Relationships(try part("_rels/.rels") ?? [], base: "").target(ofType: "officeDocument") ?? "word/document.xml"
        guard let main = try part(mainPath) else { throw .notAWordDocument }
        let folder = mainPath.contains("/") ? String(mainPath[..<mainPath.lastIndex(of: "/")!]) + "/" : ""
        let fileName = String(mainPath.split(separator: "/").last ?? "")
        let relationships = Relationships(try part(folder + "_rels/" + fileName + ".rels") ?? [], base: folder)
        let numbering = try relationships.target(ofType: "numbering").flatMap { path throws(WordDocumentError) in try part(path) }
        let styles = try relationships.target(ofType: "styles").flatMap { path throws(WordDocumentError) in try part(path) }
        try self.init(documentXML: main, numberingXML: numbering, stylesXML: styles)
        package = archive
        mainPartPath = mainPath
    }

    /// Reads the parts themselves: `word/document.xml`, and optionally numbering and styles.
    public init(documentXML: [UInt8], numberingXML: [UInt8]? = nil, stylesXML: [UInt8]? = nil,
                maximumParagraphs: Int = 1_000_000) throws(WordDocumentError) {
        var extractor = BodyExtractor(
            numbering: NumberingCounter(numberingXML.map(NumberingDefinitions.init(xml:)) ?? NumberingDefinitions()),
            styles: stylesXML.map(StyleSheet.init(xml:)) ?? StyleSheet()
        )
        extractor.maximumParagraphs = maximumParagraphs
        paragraphs = extractor.extract(documentXML)
        guard !extractor.tooManyParagraphs else { throw .tooManyParagraphs(limit: maximumParagraphs) }
        sources = extractor.sources
        self.documentXML = documentXML
        guard paragraphs.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { throw .noBodyText }
    }
}

/// A part's relationships (`_rels/*.rels`): relationship type → target part path.
struct Relationships {
    private var targets: [(type: String, target: String)] = []

    init(_ xml: [UInt8], base: String) {
        var scanner = XMLScanner(xml)
        while let event = scanner.next() {
            guard case .start("Relationship", let attributes, _) = event,
                  let type = attributes.value("Type"), let target = attributes.value("Target"),
                  attributes.value("TargetMode") != "External" else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : Self.resolve(target, base: base)
            targets.append((type, path))
        }
    }

    /// The first target whose type ends with `/name` (transitional and strict namespaces alike).
    func target(ofType name: String) -> String? {
        targets.first { $0.type.hasSuffix("/" + name) }?.target
    }

    private static func resolve(_ target: String, base: String) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

/// What the extractor needs of styles.xml: a style's numbering and boldness, through `w:basedOn`.
struct StyleSheet {
    struct Style {
        var basedOn: String?
        var numberId: String?
        var numberLevel: Int?
        var bold: Bool?
    }

    var styles: [String: Style] = [:]

    init() {}

    init(xml: [UInt8]) {
        var scanner = XMLScanner(xml)
        var current: (id: String, style: Style)?
        var inRunProperties = false
        var skip = 0
        while let event = scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if skip > 0 { if !selfClosing { skip += 1 }; continue }
                switch name {
                case "w:style": current = (attributes.value("w:styleId") ?? "", Style())
                case "w:basedOn": current?.style.basedOn = attributes.value("w:val")
                case "w:numId": current?.style.numberId = attributes.value("w:val")
                case "w:ilvl": current?.style.numberLevel = attributes.value("w:val").flatMap { Int($0) }
                case "w:rPr": inRunProperties = !selfClosing
                case "w:b" where inRunProperties: current?.style.bold = isOn(attributes)
                case "w:rPrChange", "w:pPrChange", "w:tblStylePr": if !selfClosing { skip = 1 }
                default: break
                }
            case .end(let name):
                if skip > 0 { skip -= 1; continue }
                if name == "w:rPr" { inRunProperties = false }
                if name == "w:style", let finished = current {
                    styles[finished.id] = finished.style
                    current = nil
                }
            case .text: break
            }
        }
    }

    /// The numbering a paragraph style gives, looking through the styles it is based on.
    func numbering(of styleId: String?) -> (id: String, level: Int)? {
        var id = styleId, seen = Set<String>()
        while let current = id, seen.insert(current).inserted, let style = styles[current] {
            if let numberId = style.numberId { return (numberId, style.numberLevel ?? 0) }
            id = style.basedOn
        }
        return nil
    }

    func bold(of styleId: String?) -> Bool? {
        var id = styleId, seen = Set<String>()
        while let current = id, seen.insert(current).inserted, let style = styles[current] {
            if let bold = style.bold { return bold }
            id = style.basedOn
        }
        return nil
    }
}

/// `w:b`, `w:val="true"` and the like are on; `w:val="0"`, `"false"`, `"off"` are off.
func isOn(_ attributes: XMLAttributes) -> Bool {
    guard let value = attributes.value("w:val") else { return true }
    return !["0", "false", "off", "none"].contains(value)
}
