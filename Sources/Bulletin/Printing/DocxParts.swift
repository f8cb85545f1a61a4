/// The fixed parts of the .docx package and the page geometry of GB/T 9704-2012.
///
/// Lengths are in twips (1/20 pt; 1 mm = 56.7 twips) and font sizes in half-points, the
/// units WordprocessingML uses. Only the parts Word and WPS need to open the file without a
/// repair prompt are written: content types, relationships, core and app properties.
enum DocxParts {
    // A4 with the text block of 156 × 225 mm: top 37 mm, left 28 mm, so right 26 mm, bottom 35 mm.
    static let pageWidth = 11906, pageHeight = 16838
    static let marginTop = 2098, marginBottom = 1984, marginLeft = 1587, marginRight = 1474
    static let textWidth = 8845
    /// 22 lines in 225 mm: 28.95 pt per line (the pitch Word's own 公文 templates use).
    static let linePitch = 579
    /// 28 characters of 16 pt in 156 mm: each character 0.25 pt narrower (in twentieths of a
    /// point). Character spacing rather than a character grid (docGrid linesAndChars), which
    /// LibreOffice widens to far fewer than 28 characters a line.
    static let characterSpacing = -5
    /// The page number's dash 7 mm under the text block (GB/T 9704 §7.5): the footer's distance
    /// from the page's lower edge, measured on LibreOffice's PDF (dash 7.0 mm under the block).
    static let footerDistance = 1438

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes = declaration + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
    <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
    <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
    </Types>
    """

    static let packageRelationships = declaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
    </Relationships>
    """

    static let documentRelationships = declaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>\
    <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
    <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>\
    </Relationships>
    """

    /// "代表工作 第16期", escaped, for the document properties.
    static func title(for masthead: Masthead) throws(DocxError) -> String {
        let number = masthead.compactIssueLine.map { " " + $0 } ?? ""
        return try XMLText.escaped(masthead.title, field: "刊名") + number
    }

    /// Title and date make the file findable in a document list; a fixed creation time (the
    /// issue's date) keeps the output byte-for-byte reproducible.
    static func coreProperties(escapedTitle: String, date: BulletinDate?) -> String {
        let created = date.map { "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\($0.isoForm)T00:00:00Z</dcterms:created>" } ?? ""
        return declaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(escapedTitle)</dc:title><dc:creator>jianbao</dc:creator><dc:language>zh-CN</dc:language>\(created)\
        </cp:coreProperties>
        """
    }

    static let appProperties = declaration + """
    <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
    <Application>jianbao</Application><DocSecurity>0</DocSecurity></Properties>
    """

    /// Odd and even pages get different footers (page number right or left).
    static let settings = declaration + """
    <w:settings xmlns:w="\(wordNamespace)">\
    <w:defaultTabStop w:val="640"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="compressPunctuation"/>\
    <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
    </w:settings>
    """

    /// The official fonts, each with what Word, WPS and LibreOffice fall back to where it is
    /// missing: an alternative name (w:altName), the family (roman is a serif, swiss a sans;
    /// LibreOffice picks its fallback by it) and the PANOSE class of the Windows font.
    static let fontTable: String = {
        let fonts: [(name: String, alternative: String, family: String, panose: String)] = [
            ("仿宋_GB2312", "仿宋", "roman", "02010609030101010101"),
            ("仿宋", "FangSong", "roman", "02010609060101010101"),
            ("方正小标宋简体", "宋体", "roman", "02000000000000000000"),
            ("黑体", "SimHei", "swiss", "02010609060101010101"),
            ("宋体", "SimSun", "roman", "02010600030101010101"),
            ("Times New Roman", "Liberation Serif", "roman", "02020603050405020304"),
        ]
        var xml = declaration + "<w:fonts xmlns:w=\"\(wordNamespace)\">"
        for font in fonts {
            let charset = font.name == "Times New Roman" ? "00" : "86"
            xml += "<w:font w:name=\"\(font.name)\"><w:altName w:val=\"\(font.alternative)\"/><w:panose1 w:val=\"\(font.panose)\"/><w:charset w:val=\"\(charset)\"/><w:family w:val=\"\(font.family)\"/><w:pitch w:val=\"variable\"/></w:font>"
        }
        return xml + "</w:fonts>"
    }()

    /// "— N —" with a PAGE field: 4号 (14 pt) 宋体, one character in from the outer edge.
    static func footer(alignment: String) -> String {
        let indent = alignment == "right" ? "w:right=\"280\"" : "w:left=\"280\""
        return declaration + """
        <w:ftr xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)">\
        <w:p><w:pPr><w:pStyle w:val="JBPageNumber"/><w:ind \(indent)/><w:jc w:val="\(alignment)"/></w:pPr>\
        <w:r><w:t xml:space="preserve">— </w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:t>1</w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:r><w:t xml:space="preserve"> —</w:t></w:r>\
        </w:p></w:ftr>
        """
    }

    static func document(body: String) -> String {
        declaration + """
        <w:document xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>

        """ + body + """
        <w:sectPr>\
        <w:footerReference w:type="default" r:id="rId4"/>\
        <w:footerReference w:type="even" r:id="rId5"/>\
        <w:pgSz w:w="\(pageWidth)" w:h="\(pageHeight)"/>\
        <w:pgMar w:top="\(marginTop)" w:right="\(marginRight)" w:bottom="\(marginBottom)" w:left="\(marginLeft)" \
        w:header="851" w:footer="\(footerDistance)" w:gutter="0"/>\
        <w:docGrid w:linePitch="\(linePitch)"/>\
        </w:sectPr></w:body></w:document>
        """
    }

    // MARK: Styles

    /// The HTML's red (#E60012, a printable 大红), so both outputs print one red.
    static let red = "E60012"
    static let bodyFonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\"/>"
    static let headingFonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"方正小标宋简体\"/>"
    static let heiFonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\"/>"
    /// 楷体, the face of the 编者按.
    static let kaiFonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"楷体_GB2312\"/>"
    static let exactLine = "<w:spacing w:line=\"\(linePitch)\" w:lineRule=\"exact\"/>"

    /// 版记 lines: 4号 (14 pt) at 1.6 lines, as in the HTML.
    static let footerLinePitch = 448

    /// The 版记 as a text box anchored in the document's last paragraph and aligned to the foot
    /// of the text block (GB/T 9704 §7.4.1: the last rule is the foot of the text block), with
    /// text wrapped above and below it. Word, WPS and LibreOffice all place a DrawingML anchor
    /// on the page of its anchor paragraph, bottom-aligned to the margin, so it stays at the foot
    /// of the last page whatever the user adds or removes before it: when the text grows into
    /// its band, the last paragraph moves to the next page and the box with it. (A floating
    /// table is placed after the text by LibreOffice; a w:framePr frame loses its position and
    /// borders there.) The rules are empty full-width paragraphs with a top border, so they span
    /// the text block while the lines are indented one character. The text sits at the box's
    /// foot, so an estimate of its height that is too large only widens the band above it.
    static func distributionBox(rows: [String], lines: Int) -> String {
        func rule(thick: Bool) -> String {
            "<w:p><w:pPr><w:pBdr>\(DocxParts.rule("top", thick: thick))</w:pBdr><w:snapToGrid w:val=\"0\"/>"
                + "<w:spacing w:line=\"2\" w:lineRule=\"exact\"/><w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/></w:pPr></w:p>"
        }
        var content = rule(thick: true)
        for (index, row) in rows.enumerated() {
            if index == rows.count - 1 && rows.count > 1 { content += rule(thick: false) }
            content += row
        }
        content += rule(thick: true)
        let rules = rows.count > 1 ? 3 : 2
        // Rules and the anchor paragraph are a tenth of a point high (plus a rule's 1 pt), so
        // the box takes no more room than the HTML's 版记 and fits where that one does.
        let twips = lines * footerLinePitch + rules * 22
        let width = textWidth * 635, height = twips * 635   // EMU: 635 a twip
        return "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"2\" w:lineRule=\"exact\"/></w:pPr><w:r><w:drawing>"
            + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"0\">"
            + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"margin\"><wp:align>center</wp:align></wp:positionH>"
            + "<wp:positionV relativeFrom=\"margin\"><wp:align>bottom</wp:align></wp:positionV>"
            + "<wp:extent cx=\"\(width)\" cy=\"\(height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapTopAndBottom/>"
            + "<wp:docPr id=\"1\" name=\"版记\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/>"
            + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
            + "<wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx>"
            + "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"b\" anchorCtr=\"0\"><a:spAutoFit/></wps:bodyPr>"
            + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>\n"
    }

    /// Lines a 送/发 entry takes at 14 pt less 0.25 pt a character: 30 on the first line (one
    /// character in on both sides), 28 on the others (aligned after the colon). Half-width
    /// characters count one half.
    static func footerLines(_ text: String) -> Int {
        let width = text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }   // in half characters
        return width <= 60 ? 1 : 1 + (width - 60 + 55) / 56
    }

    /// 0.35 mm (1 pt, w:sz 8) for the outer rules, 0.25 mm (0.75 pt, w:sz 6) for the inner one.
    static func rule(_ side: String, thick: Bool) -> String {
        "<w:\(side) w:val=\"single\" w:sz=\"\(thick ? 8 : 6)\" w:space=\"0\" w:color=\"000000\"/>"
    }

    /// Element order inside w:pPr follows the schema (keepNext, pBdr, tabs, snapToGrid,
    /// spacing, ind, jc, outlineLvl): Word treats out-of-order properties as corruption.
    static func paragraphStyle(_ kind: ParagraphKind) -> (name: String, paragraph: String, run: String) {
        func size(_ points: Int) -> String { "<w:sz w:val=\"\(2 * points)\"/><w:szCs w:val=\"\(2 * points)\"/>" }
        func align(_ value: String) -> String { "<w:jc w:val=\"\(value)\"/>" }
        let noGrid = "<w:snapToGrid w:val=\"0\"/>"
        let indented = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
        let footerLine = noGrid + "<w:spacing w:line=\"\(footerLinePitch)\" w:lineRule=\"exact\"/>"
        switch kind {
        case .masthead:
            return ("刊名", noGrid + "<w:spacing w:line=\"\(3 * linePitch)\" w:lineRule=\"exact\"/>" + align("center"),
                    headingFonts + "<w:color w:val=\"\(red)\"/><w:spacing w:val=\"210\"/>" + size(42))
        case .issueNumber:
            // A blank line under 第 N 期, as in the samples.
            return ("期号", "<w:spacing w:after=\"\(linePitch)\"/>" + align("center"), "")
        case .issuingBody:
            return ("编发单位", "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(textWidth)\"/></w:tabs>" + align("left"), "")
        case .mastheadRule:
            // 0.75 mm (w:sz 17 eighths of a point). A border adds its width to the line, so the
            // line is that much lower and page 1 keeps its 22 lines.
            return ("刊头分隔线", "<w:pBdr><w:top w:val=\"single\" w:sz=\"17\" w:space=\"0\" w:color=\"\(red)\"/></w:pBdr>"
                    + "<w:spacing w:line=\"\(linePitch - 43)\" w:lineRule=\"exact\"/>", "")
        case .album:
            return ("专辑", "<w:keepNext/>" + align("center"), heiFonts)
        case .contents:
            return ("目录", "<w:keepLines/><w:ind w:left=\"640\" w:hanging=\"320\"/>" + align("left"), "")
        case .editorsNote:
            return ("编者按", indented, kaiFonts)
        case .articleHeading:
            return ("文章标题", "<w:keepNext/><w:keepLines/>" + noGrid + "<w:spacing w:before=\"\(linePitch)\" w:after=\"\(linePitch)\" w:line=\"\(linePitch)\" w:lineRule=\"exact\"/>" + align("center") + "<w:outlineLvl w:val=\"0\"/>",
                    headingFonts + size(22))
        case .body:
            return ("简报正文", indented, "")
        case .point:
            return ("要点", indented, "")
        case .contributor:
            return ("供稿", align("right"), "")
        case .recipients:
            // Wrapped lines align after the colon: one character in, plus the two of "送：".
            // keepNext on every line but the last keeps the 版记 together.
            return ("分送", "<w:keepNext/>" + footerLine + "<w:ind w:left=\"840\" w:right=\"280\" w:hanging=\"560\"/>" + align("both"),
                    size(14))
        case .issued:
            return ("印发", "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(textWidth - 280)\"/></w:tabs>" + footerLine + "<w:ind w:left=\"280\" w:right=\"280\"/>" + align("left"),
                    size(14))
        }
    }

    static let styles: String = {
        var xml = declaration + """
        <w:styles xmlns:w="\(wordNamespace)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(bodyFonts)<w:spacing w:val="\(characterSpacing)"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>\
        <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr>\(exactLine)<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:widowControl/>\(exactLine)<w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
        """
        for kind in ParagraphKind.allCases {
            let style = paragraphStyle(kind)
            xml += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(kind.rawValue)\"><w:name w:val=\"\(style.name)\"/><w:basedOn w:val=\"Normal\"/>"
            xml += "<w:next w:val=\"\(kind.nextKind.rawValue)\"/><w:qFormat/>"
            xml += "<w:pPr>\(style.paragraph)</w:pPr>"
            if !style.run.isEmpty { xml += "<w:rPr>\(style.run)</w:rPr>" }
            xml += "</w:style>"
        }
        xml += "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"\(RunKind.pointHeading.rawValue)\"><w:name w:val=\"要点标题\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>\(heiFonts)</w:rPr></w:style>"
        xml += "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"\(RunKind.contentsMark.rawValue)\"><w:name w:val=\"目录标记\"/><w:basedOn w:val=\"DefaultParagraphFont\"/></w:style>"
        xml += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"JBPageNumber\"><w:name w:val=\"简报页码\"/><w:basedOn w:val=\"Normal\"/>"
        xml += "<w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
        return xml + "</w:styles>"
    }()
}
