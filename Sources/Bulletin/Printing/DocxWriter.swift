import Zip

/// Writes a bulletin as an Office Open XML document (.docx) in the GB/T 9704 bulletin layout.
///
/// document.xml is generated here rather than from a Mustache template: WordprocessingML
/// splits a paragraph into runs (the 黑体 point heading and the 仿宋 body share a paragraph)
/// and a slip in a hand-edited template gives a file Word opens only after a repair prompt.
/// The look lives in named paragraph styles (word/styles.xml), which an office restyles in
/// Word or WPS once and keeps in its own house template; the text structure stays valid here.
public enum DocxWriter {
    /// The .docx bytes. Throws when user text holds a character XML 1.0 does not allow.
    public static func document(for bulletin: Bulletin) throws(DocxError) -> [UInt8] {
        package(title: try DocxParts.title(for: bulletin.masthead), date: bulletin.masthead.date,
                body: try documentXML(for: bulletin))
    }

    /// A single submitted article (heading, paragraphs, 供稿 line) on the same page layout,
    /// the form in which a city office sends it in.
    public static func document(for article: Article) throws(DocxError) -> [UInt8] {
        var body = DocumentBody()
        try body.article(article, number: 1)
        return package(title: try DocumentBody.escapedHeading(of: article, number: 1), date: nil,
                       body: DocxParts.document(body: body.xml))
    }

    /// Either kind of notes document.
    public static func document(for notes: NotesDocument) throws(DocxError) -> [UInt8] {
        switch notes {
        case .bulletin(let bulletin): return try document(for: bulletin)
        case .article(let article): return try document(for: article)
        }
    }

    private static func package(title: String, date: BulletinDate?, body: String) -> [UInt8] {
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", text: DocxParts.contentTypes)
        archive.add("_rels/.rels", text: DocxParts.packageRelationships)
        archive.add("docProps/core.xml", text: DocxParts.coreProperties(escapedTitle: title, date: date))
        archive.add("docProps/app.xml", text: DocxParts.appProperties)
        archive.add("word/document.xml", text: body)
        archive.add("word/_rels/document.xml.rels", text: DocxParts.documentRelationships)
        archive.add("word/styles.xml", text: DocxParts.styles)
        archive.add("word/settings.xml", text: DocxParts.settings)
        archive.add("word/fontTable.xml", text: DocxParts.fontTable)
        archive.add("word/footer1.xml", text: DocxParts.footer(alignment: "right"))
        archive.add("word/footer2.xml", text: DocxParts.footer(alignment: "left"))
        return archive.bytes()
    }

    /// The body of word/document.xml: one `w:p` per printed paragraph, in reading order.
    static func documentXML(for bulletin: Bulletin) throws(DocxError) -> String {
        var body = DocumentBody()
        let masthead = bulletin.masthead
        try body.paragraph(.masthead, masthead.title, field: "刊名")
        if let line = masthead.issueLine {
            try body.paragraph(.issueNumber, line, field: "期号")
        }
        // The issuing body's lines stack on the left; the date sits on the last line's right.
        let date = masthead.date?.mastheadForm
        let lines = masthead.issuingBody.isEmpty && date != nil ? [""] : masthead.issuingBody
        for (index, line) in lines.enumerated() {
            var runs = [Run(try XMLText.escaped(line, field: "编发单位第 \(index + 1) 行"))]
            if index == lines.count - 1, let date { runs += [.tab, Run(date)] }
            body.paragraph(.issuingBody, runs: runs)
        }
        body.paragraph(.mastheadRule, runs: [])

        if let album = bulletin.album {
            try body.paragraph(.album, album.theme + (ChineseNumeral.albumNumber(album.number) ?? "（\(album.number)）"), field: "专辑名称")
        }
        for (index, article) in bulletin.articles.enumerated() {
            let entry = try DocumentBody.escapedHeading(of: article, number: index + 1)
            body.paragraph(.contents, runs: [Run("★", style: .contentsMark), Run(entry)])
        }
        for note in bulletin.editorsNoteLines {
            try body.paragraph(.editorsNote, note, field: "编者按")
        }
        for (index, article) in bulletin.articles.enumerated() {
            try body.article(article, number: index + 1)
        }
        if let footer = bulletin.footer {
            var rows: [String] = []
            var lines = 1
            for (label, names, field) in [(footer.sendLabel + "：", footer.sendTo, "分送的“送”"), (footer.copyLabel + "：", footer.copyTo, "分送的“发”")] {
                guard let names else { continue }
                rows.append(DocumentBody.paragraphXML(.recipients, runs: [Run(try XMLText.escaped(label + names, field: field))]))
                lines += DocxParts.footerLines(label + names)
            }
            let issuedLine = footer.issuedLine(issueDate: bulletin.masthead.date)
            var runs = [Run(try XMLText.escaped(issuedLine.unit, field: "印发单位"))]
            if let end = issuedLine.end { runs += [.tab, Run(end)] }
            rows.append(DocumentBody.paragraphXML(.issued, runs: runs))
            // The box is anchored in the document's last paragraph, one point high.
            body.xml += DocxParts.distributionBox(rows: rows, lines: lines)
        }
        return DocxParts.document(body: body.xml)
    }
}

/// The paragraph kinds of a bulletin, each a named style in word/styles.xml.
enum ParagraphKind: String, CaseIterable {
    case masthead = "JBMasthead"
    case issueNumber = "JBIssueNumber"
    case issuingBody = "JBIssuingBody"
    case mastheadRule = "JBMastheadRule"
    case album = "JBAlbum"
    case contents = "JBContents"
    case editorsNote = "JBEditorsNote"
    case articleHeading = "JBArticleHeading"
    case body = "JBBody"
    case point = "JBPoint"
    case contributor = "JBContributor"
    case recipients = "JBRecipients"
    case issued = "JBIssued"
}

extension ParagraphKind {
    /// The style Word and WPS give the paragraph that Enter starts (w:next): text after a
    /// title or a point is body text, not another title.
    var nextKind: ParagraphKind {
        switch self {
        case .masthead: return .issueNumber
        case .issueNumber, .issuingBody: return .issuingBody
        case .album, .contents: return .contents
        case .mastheadRule, .editorsNote, .articleHeading, .body, .point, .contributor: return .body
        case .recipients: return .recipients
        case .issued: return .issued
        }
    }
}

enum RunKind: String {
    case pointHeading = "JBPointHeading"
    case contentsMark = "JBContentsMark"
}

/// A run of already-escaped text, or a tab.
struct Run {
    var escapedText: String?
    var style: RunKind?

    init(_ escapedText: String, style: RunKind? = nil) {
        self.escapedText = escapedText
        self.style = style
    }

    private init() { escapedText = nil; style = nil }
    static let tab = Run()

    var xml: String {
        guard let escapedText else { return "<w:r><w:tab/></w:r>" }
        let properties = style.map { "<w:rPr><w:rStyle w:val=\"\($0.rawValue)\"/></w:rPr>" } ?? ""
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(escapedText)</w:t></w:r>"
    }
}

struct DocumentBody {
    var xml = ""

    mutating func paragraph(_ kind: ParagraphKind, runs: [Run]) {
        xml += DocumentBody.paragraphXML(kind, runs: runs)
    }

    /// Heading, 导语, numbered points (heading run in 黑体, first body paragraph on its line),
    /// further paragraphs, 结语 and the 供稿 line.
    mutating func article(_ article: Article, number: Int) throws(DocxError) {
        let where_ = "文章 \(number) 的"
        paragraph(.articleHeading, runs: [Run(try DocumentBody.escapedHeading(of: article, number: number))])
        for (index, text) in article.lead.enumerated() {
            try paragraph(.body, text, field: where_ + "导语第 \(index + 1) 段")
        }
        for (pointIndex, point) in article.points.enumerated() {
            let label = ChineseNumeral.pointLabel(pointIndex + 1) ?? "\(pointIndex + 1)、"
            let field = where_ + "要点 \(pointIndex + 1) 的"
            var runs = [Run(label + (try XMLText.escaped(point.heading, field: field + "小标题")), style: .pointHeading)]
            if let first = point.body.first {
                runs.append(Run(try XMLText.escaped(first, field: field + "正文第 1 段")))
            }
            paragraph(.point, runs: runs)
            for (index, text) in point.body.enumerated().dropFirst() {
                try paragraph(.body, text, field: field + "正文第 \(index + 1) 段")
            }
        }
        for (index, text) in article.closing.enumerated() {
            try paragraph(.body, text, field: where_ + "结语第 \(index + 1) 段")
        }
        if let contributorLine = article.contributorLine {
            try paragraph(.contributor, contributorLine, field: where_ + "供稿")
        }
    }

    /// "地区：标题", each part checked on its own so an error names the field it is in.
    static func escapedHeading(of article: Article, number: Int) throws(DocxError) -> String {
        let region = try XMLText.escaped(article.region, field: "文章 \(number) 的地区")
        let headline = try XMLText.escaped(article.headline, field: "文章 \(number) 的标题")
        return region.isEmpty ? headline : region + "：" + headline
    }

    static func paragraphXML(_ kind: ParagraphKind, runs: [Run]) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(kind.rawValue)\"/></w:pPr>" + runs.map(\.xml).joined() + "</w:p>\n"
    }

    mutating func paragraph(_ kind: ParagraphKind, _ text: String, field: @autoclosure () -> String) throws(DocxError) {
        paragraph(kind, runs: [Run(try XMLText.escaped(text, field: field()))])
    }
}
