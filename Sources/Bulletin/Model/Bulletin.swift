/// One issue of a 简报-style bulletin: masthead, 专辑 line, articles and distribution footer.
///
/// The table of contents is derived from the articles and never stored, so it can never
/// disagree with them. Numbers (point numerals, the 专辑 numeral) are generated from
/// positions and integers; only sub-points (一是…二是…) are kept as written in the text.
public struct Bulletin: Sendable, Hashable {
    public var masthead: Masthead
    public var album: Album?
    /// 编者按: the editor's note over the articles (after the contents), its paragraphs without
    /// the label; empty when the issue has none.
    public var editorsNote: [String]
    public var articles: [Article]
    public var footer: DistributionFooter?

    public init(masthead: Masthead, album: Album? = nil, editorsNote: [String] = [], articles: [Article] = [], footer: DistributionFooter? = nil) {
        self.masthead = masthead
        self.album = album
        self.editorsNote = editorsNote
        self.articles = articles
        self.footer = footer
    }

    /// The editor's note as printed, the label before its first paragraph: "编者按：近期，……".
    public var editorsNoteLines: [String] {
        editorsNote.enumerated().map { index, paragraph in index == 0 ? Self.editorsNoteLabel + "：" + paragraph : paragraph }
    }

    /// The label the note is printed under (and recognised by: `GenrePatterns.editorsNote`).
    public static let editorsNoteLabel = "编者按"

    /// The contents entries, one per article, in order ("南阳市：headline").
    public var tableOfContents: [String] { articles.map(\.fullHeading) }
}

/// 刊头: the bulletin's name, issue number, issuing body and date.
public struct Masthead: Sendable, Hashable {
    /// 刊名, e.g. "代表工作".
    public var title: String
    /// 期号: the N of "第 N 期".
    public var issueNumber: Int?
    /// 总期号: the M of "(总第 M 期)", counted since the bulletin began; nil when not printed.
    public var totalIssueNumber: Int?
    /// 增刊: a supplement, printed with "增刊" in place of "第 N 期" (and no 期号), or "增刊第 N 期"
    /// when the supplements are counted apart (`issueNumber` then their number).
    public var isSupplement: Bool
    /// 编发单位, as printed on separate lines ("河南省人大常委会", "代表工作委员会").
    public var issuingBody: [String]
    public var date: BulletinDate?

    public init(title: String, issueNumber: Int? = nil, totalIssueNumber: Int? = nil, isSupplement: Bool = false,
                issuingBody: [String] = [], date: BulletinDate? = nil) {
        self.title = title
        self.issueNumber = issueNumber
        self.totalIssueNumber = totalIssueNumber
        self.isSupplement = isSupplement
        self.issuingBody = issuingBody
        self.date = date
    }

    /// Nothing of the masthead was read (a web re-post of an issue without its 报头).
    public var isUnprinted: Bool {
        title.isEmpty && issueNumber == nil && !isSupplement && issuingBody.isEmpty && date == nil
    }

    /// The number in the issues' series (期号): none for a supplement, whose own count
    /// (`增刊第2期`) the series' continuity, duplicates and the next issue must not see.
    public var seriesNumber: Int? { isSupplement ? nil : issueNumber }

    /// The masthead's issue line as printed: "第 16 期", or "增刊" for a supplement ("增刊第 2 期"
    /// for a numbered one), with the 总期号 after it when the notes give one ("第 17 期（总第 215
    /// 期）": a round trip kept it only in the notes); nil without an issue number or 增刊.
    public var issueLine: String? {
        let number = issueNumber.map { "第 \($0) 期" }
        guard let line = isSupplement ? Self.supplementLine + (number ?? "") : number else { return nil }
        return line + (totalIssueNumber.map { "（总第 \($0) 期）" } ?? "")
    }

    /// The issue line in a document title ("代表工作 第16期"): "第16期", or "增刊" ("增刊第2期").
    public var compactIssueLine: String? {
        let number = issueNumber.map { "第\($0)期" }
        return isSupplement ? Self.supplementLine + (number ?? "") : number
    }

    /// How a supplement's issue line and its 期号 in the notes are written.
    public static let supplementLine = "增刊"
}

/// 专辑: the themed series an issue belongs to and its number within it, printed as
/// `theme（六）` with a Chinese numeral in full-width brackets.
public struct Album: Sendable, Hashable {
    /// Everything before the bracketed numeral, e.g. "“聚焦…·人大代表在行动”主题活动专辑".
    public var theme: String
    public var number: Int

    public init(theme: String, number: Int) {
        self.theme = theme
        self.number = number
    }
}

/// One city or county article ("南阳市：headline"); also the unit a city office submits.
public struct Article: Sendable, Hashable {
    /// 地区: the city, county or district, e.g. "南阳市", "襄城县".
    public var region: String
    /// 标题: the headline without the region and its colon.
    public var headline: String
    /// 导语: paragraphs before the first numbered point.
    public var lead: [String]
    /// 要点: numbered 一、二、三、 in order; the numerals are generated from positions.
    public var points: [Point]
    /// 结语: paragraphs after the last point ("下一步，…").
    public var closing: [String]
    /// 供稿: the contributing unit without brackets and 供稿, e.g. "南阳市人大常委会代表工委".
    public var contributor: String?

    public init(region: String, headline: String, lead: [String] = [], points: [Point] = [], closing: [String] = [], contributor: String? = nil) {
        self.region = region
        self.headline = headline
        self.lead = lead
        self.points = points
        self.closing = closing
        self.contributor = contributor
    }

    /// Every paragraph of text (headline, lead, points, closing) passed through `transform`;
    /// region and contributor are names, left as they are. The number of changes it reports.
    /// Only what changes is written back: the arrays are not copied for the text that stays.
    mutating func transformText(_ transform: (String) -> (text: String, count: Int)) -> Int {
        var count = 0
        func changed(_ text: String) -> String? {
            let result = transform(text)
            count += result.count
            return result.count > 0 ? result.text : nil
        }
        if let text = changed(headline) { headline = text }
        for index in lead.indices { if let text = changed(lead[index]) { lead[index] = text } }
        for point in points.indices {
            if let text = changed(points[point].heading) { points[point].heading = text }
            for index in points[point].body.indices { if let text = changed(points[point].body[index]) { points[point].body[index] = text } }
        }
        for index in closing.indices { if let text = changed(closing[index]) { closing[index] = text } }
        return count
    }

    /// "南阳市：headline", the article heading and its contents entry.
    public var fullHeading: String { region.isEmpty ? headline : "\(region)：\(headline)" }

    /// "（南阳市人大常委会代表工委供稿）", the printed 供稿 line; nil without a contributor.
    public var contributorLine: String? { contributor.map(Self.contributorLine(unit:)) }

    /// The one spelling of the 供稿 line (templates, DOCX and the reader use it). An author's name
    /// after the unit keeps the space the notes give it (`…代表工委 王五`), and none is added
    /// before 供稿: the model keeps no record of how the source spaced it, and adding one changed
    /// `王五供稿` as typed (two audits).
    public static func contributorLine(unit: String) -> String { "（\(unit)供稿）" }
}

/// 要点: a numbered point. The heading sentence and the first body paragraph print as one
/// paragraph ("一、heading。body…"); sub-points 一是…二是… stay inside the body as written.
public struct Point: Sendable, Hashable {
    /// 小标题: the heading sentence without its numeral, usually ending in 。
    public var heading: String
    /// 正文: body paragraphs.
    public var body: [String]

    public init(heading: String, body: [String] = []) {
        self.heading = heading
        self.body = body
    }
}

/// 版记: the distribution footer (送 / 发 / 印发 / 共印 N 份).
public struct DistributionFooter: Sendable, Hashable {
    /// 送: the principal recipients, as printed after "送：".
    public var sendTo: String?
    /// 发: the other recipients, as printed after "发：".
    public var copyTo: String?
    /// The send field's label as written and printed: 送, or 分送, 报, 报送, 主送 (`sendLabels`).
    public var sendLabel = "送"
    /// The other field's label: 发, or 抄送, 抄报, or 送 (分送, 主送) under a 报 field (`copyLabels`).
    public var copyLabel = "发"

    /// The footer's labels, spelled here only: the reader (`GenrePatterns.footerLabel`), the checker
    /// and the notes decoder all take them from these two lists.
    public static let sendLabels = ["送", "分送", "报", "报送", "主送"]
    public static let copyLabels = ["发", "抄送", "抄报", "送", "分送", "主送"]
    /// The unit before "印发", e.g. "河南省人大常委会代表工作委员会".
    public var issuer: String
    /// 共印 N 份, when the issue states it.
    public var copies: Int?
    /// 印发日期, when the notes or the preset ask for one. GB/T 9704-2012 §7.4.3 prints it at the
    /// right of the 印发 line ("2026年4月13日印发"); the house samples print none, so it is opt-in.
    public var issuedDate: IssuedDate?

    /// Which date the 印发 line carries.
    public enum IssuedDate: Sendable, Hashable {
        /// The issue's own date (`印发日期: 是`): what a profile's preset can say once for all issues.
        case issueDate
        /// A date of its own (`印发日期: 2026年4月14日`), e.g. printed a day after the masthead date.
        case on(BulletinDate)
    }

    /// The printed 印发 line of an issue dated `issueDate` (nil for a footer printed alone or an
    /// undated issue, where `印发日期: 是` has no date to print).
    public func issuedLine(issueDate: BulletinDate?) -> IssuedLine {
        let date: BulletinDate? = switch issuedDate {
        case .issueDate: issueDate
        case .on(let date): date
        case nil: nil
        }
        return IssuedLine(
            unit: date == nil ? issuer + "印发" : issuer,
            dateNote: date.map { "\($0.description)印发" },
            copiesNote: copies.map { "共印 \($0) 份" })
    }

    /// The 印发 line as printed: the unit at the left; the date and the copies at the right.
    public struct IssuedLine: Sendable, Hashable {
        /// "河南省人大常委会代表工作委员会印发", or the unit alone when a date follows.
        public var unit: String
        /// "2026年4月13日印发" (GB/T 9704-2012 §7.4.3: Arabic numerals, no padding zeros).
        public var dateNote: String?
        /// "共印 60 份".
        public var copiesNote: String?

        /// What stands at the right: the date note and the copies note, one ideographic space apart.
        public var end: String? {
            let parts = [dateNote, copiesNote].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: "\u{3000}")
        }
    }

    public init(sendTo: String? = nil, copyTo: String? = nil, issuer: String, copies: Int? = nil, issuedDate: IssuedDate? = nil,
                sendLabel: String = "送", copyLabel: String = "发") {
        self.sendTo = sendTo
        self.copyTo = copyTo
        self.sendLabel = sendLabel
        self.copyLabel = copyLabel
        self.issuer = issuer
        self.copies = copies
        self.issuedDate = issuedDate
    }
}
