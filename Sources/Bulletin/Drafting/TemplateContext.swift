import Templating

/// Model → the values templates see, exactly as `docs/template-context.md` lists them.
/// Everything is already a string (numbers formatted, numerals generated), so templates
/// never compute; absent values are null, which sections treat as false.
public enum TemplateContext {
    /// The context of a whole issue (`bulletin.*` templates).
    public static func value(for bulletin: Bulletin) -> TemplateValue {
        let masthead = bulletin.masthead
        var root: [String: TemplateValue] = [
            "刊名": .string(masthead.title),
            "期号": optional(masthead.issueNumber.map(String.init)),
            "期号行": optional(masthead.issueLine),
            "期号简写": optional(masthead.compactIssueLine),
            "总期号": optional(masthead.totalIssueNumber.map(String.init)),
            "日期": optional(masthead.date?.description),
            "刊头日期": optional(masthead.date?.mastheadForm),
            "编发单位": .list(masthead.issuingBody.map(TemplateValue.string)),
            // The same lines with a last-line flag: Markdown ends every line but the last with a
            // hard break, and Mustache has no "last item" test of its own.
            "编发单位各行": .list(masthead.issuingBody.indices.map { index in
                .map(["文字": .string(masthead.issuingBody[index]), "末行": .bool(index == masthead.issuingBody.count - 1)])
            }),
            "专辑": bulletin.album.map(value(for:)) ?? .null,
            "目录": .list(bulletin.tableOfContents.map { .map(["条目": .string($0)]) }),
            // The note's paragraphs as printed, the label before the first ("编者按：……"); an
            // empty list when the issue has none.
            "编者按": .list(bulletin.editorsNoteLines.map(TemplateValue.string)),
            "分送": bulletin.footer.map { value(for: $0, issueDate: masthead.date) } ?? .null,
        ]
        let lastIndex = bulletin.articles.count - 1
        root["文章"] = .list(bulletin.articles.enumerated().map { index, article in
            value(for: article, isLast: index == lastIndex)
        })
        return .map(root)
    }

    /// The context of a single article without masthead (`article.*` templates):
    /// `文章` is a one-item list, so the same article partial serves both.
    public static func value(forSubmission article: Article) -> TemplateValue {
        .map(["文章": .list([value(for: article, isLast: true)])])
    }

    /// The context of the distribution footer alone (`footer.*` templates): `分送`. `issueDate`
    /// is the date `印发日期: 是` prints.
    public static func value(forFooter footer: DistributionFooter, issueDate: BulletinDate? = nil) -> TemplateValue {
        .map(["分送": value(for: footer, issueDate: issueDate)])
    }

    static func value(for album: Album) -> TemplateValue {
        let numeral = ChineseNumeral.string(album.number) ?? String(album.number)
        let bracketed = ChineseNumeral.albumNumber(album.number) ?? "（\(album.number)）"
        return .map([
            "名称": .string(album.theme),
            "序号": .string(numeral),
            "全称": .string(album.theme + bracketed),
        ])
    }

    static func value(for article: Article, isLast: Bool) -> TemplateValue {
        let points = article.points.enumerated().map { index, point -> TemplateValue in
            let numeral = ChineseNumeral.string(index + 1) ?? String(index + 1)
            let label = ChineseNumeral.pointLabel(index + 1) ?? numeral + "、"
            let bold = markdownBold(label + point.heading, before: point.body.first?.unicodeScalars.first)
            return .map([
                "序号": .string(numeral),
                "编号": .string(label),
                "小标题": .string(point.heading),
                "粗体部分": .string(bold.inside),
                "粗体之后": .string(bold.after),
                "首段": .string(point.body.first ?? ""),
                "后续段落": .list(point.body.dropFirst().map(TemplateValue.string)),
            ])
        }
        return .map([
            "地区": .string(article.region),
            "标题": .string(article.headline),
            "全标题": .string(article.fullHeading),
            "导语": .list(article.lead.map(TemplateValue.string)),
            "要点": .list(points),
            "结语": .list(article.closing.map(TemplateValue.string)),
            "供稿": optional(article.contributor),
            "供稿行": optional(article.contributorLine),
            "末篇": .bool(isLast),
        ])
    }

    /// Where `**` may close a bold run-in heading so that CommonMark renderers (GitHub,
    /// markdown-it, cmark) close it: a closing `**` right after punctuation closes only before
    /// whitespace or punctuation, so `**一、…。**一是` shows its asterisks. The heading's final
    /// punctuation marks move out of the bold run until the `**` closes (`**一、…“有去处”**。一是`);
    /// the reader takes such marks back into the heading.
    static func markdownBold(_ text: String, before next: Unicode.Scalar?) -> (inside: String, after: String) {
        func isWhitespace(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return true }   // the end of the paragraph
            return scalar.properties.generalCategory == .spaceSeparator || "\t\n\r\u{0C}".unicodeScalars.contains(scalar)
        }
        func isPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                return true
            default:
                return false
            }
        }
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        while end > 0 {
            let before = scalars[end - 1], after = end < scalars.count ? scalars[end] : next
            if !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after)) { break }
            end -= 1
        }
        guard end > 0 else { return (text, "") }
        var inside = String.UnicodeScalarView(), rest = String.UnicodeScalarView()
        inside.append(contentsOf: scalars[..<end])
        rest.append(contentsOf: scalars[end...])
        return (String(inside), String(rest))
    }

    static func value(for footer: DistributionFooter, issueDate: BulletinDate?) -> TemplateValue {
        let issuedLine = footer.issuedLine(issueDate: issueDate)
        return .map([
            "送": optional(footer.sendTo),
            "发": optional(footer.copyTo),
            "送栏名": .string(footer.sendLabel),
            "发栏名": .string(footer.copyLabel),
            "印发单位": .string(footer.issuer),
            "印发行": .string(issuedLine.unit),
            "印发日期": optional(issuedLine.dateNote),
            "份数": optional(footer.copies.map(String.init)),
            "共印": optional(issuedLine.copiesNote),
            "印发行尾": optional(issuedLine.end),
        ])
    }

    private static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.string) ?? .null
    }
}
