import SourceText

/// How `BulletinReader.read` should treat its input.
public struct ReadOptions: Sendable, Hashable {
    /// Import the text as one article even when it is not a bulletin (a newspaper feature):
    /// headline, lead, sub-headings as points; captions and byline are dropped and listed.
    public var forceArticle: Bool

    public init(forceArticle: Bool = false) {
        self.forceArticle = forceArticle
    }
}

/// What a text is in the genre: the one answer `parse` and `check` both give.
public enum DocumentKind: String, Sendable, Hashable {
    /// A whole issue: masthead, articles, footer → `ReadResult.bulletin`.
    case issue
    /// A single article (a city office's submission, or a feature with `forceArticle`) → `ReadResult.article`.
    case article
    /// Neither; `ReadResult.reasonNotABulletin` says why in Chinese (for the CLI).
    case notABulletin
    /// A piece of text checked for typography only (`check --mode fragment`); the reader never
    /// answers this.
    case fragment

    /// How the parts of a file of this kind are counted in messages: 份 of 简报, or 篇 of 来稿 for a
    /// file of submissions (`IssueBoundaries.FileIssues.submissions`).
    public var partCounting: (unit: String, noun: String) { self == .article ? ("篇", "来稿") : ("份", "简报") }
}

/// The surface syntax the reader detected; decides which repairs apply.
public enum SourceFormat: String, Sendable, Hashable {
    /// Text extracted from a PDF or Word file: one paragraph per line, page breaks split paragraphs.
    case plainText
    /// Markdown: `#` headings, `**bold**` points, `---` rules, escaped `\*`.
    case markdown
    /// OCR output: hard wraps at a fixed width, half-width punctuation, full-width digits.
    case ocrText
    /// Text typed with half-width punctuation (`,` `.` `:` `()`), as clerks often type it, not
    /// hard-wrapped: its marks are read as full-width, its lines as typed.
    case halfWidthText

    /// The name users see (parse comments, `jianbao parse --format json`).
    public var chineseName: String {
        switch self {
        case .plainText: "纯文本"
        case .markdown: "Markdown"
        case .ocrText: "OCR 文本"
        case .halfWidthText: "半角标点文本"
        }
    }
}

/// Everything the reader learned from one text: the model, where each element came from,
/// the logical paragraphs, and every repair and unplaced line. The input is never modified.
public struct ReadResult: Sendable {
    public var kind: DocumentKind
    /// When `kind == .notABulletin`: a Chinese sentence saying why.
    public var reasonNotABulletin: String?
    public var format: SourceFormat
    /// The issue, when `kind == .issue`.
    public var bulletin: Bulletin?
    /// The article, when `kind == .article`.
    public var article: Article?
    /// Source locations of every element of the model (for the checker's located diagnostics).
    public var layout: DocumentLayout
    /// Every block of text in reading order, after joining page-break splits and hard wraps.
    public var paragraphs: [LogicalParagraph]
    /// Every change the reader made to read the text (joins, normalisations), in source order.
    public var repairs: [Repair]
    /// Lines the reader could not place in the model, or dropped on purpose (captions, byline).
    public var unplaced: [UnplacedLine]
    /// Line/column lookup for the text that was read.
    public var lineIndex: LineIndex
    /// The issues after this one when the file holds several (an archive kept as one document),
    /// each read on its own (`IssueBoundaries`), with ranges in the whole file; empty otherwise.
    public var followingIssues: [ReadResult] = []
    /// The line (1-based) this issue's text starts on, in the whole file.
    public var startLine = 1

    public init(kind: DocumentKind, reasonNotABulletin: String? = nil, format: SourceFormat, bulletin: Bulletin? = nil, article: Article? = nil,
                layout: DocumentLayout = .init(), paragraphs: [LogicalParagraph] = [], repairs: [Repair] = [],
                unplaced: [UnplacedLine] = [], lineIndex: LineIndex) {
        self.kind = kind
        self.reasonNotABulletin = reasonNotABulletin
        self.format = format
        self.bulletin = bulletin
        self.article = article
        self.layout = layout
        self.paragraphs = paragraphs
        self.repairs = repairs
        self.unplaced = unplaced
        self.lineIndex = lineIndex
    }
}

/// A piece of the model's text with the source range it was read from.
/// `text` is what the model holds (normalised, markup removed); `range` covers the source bytes.
public struct LocatedText: Sendable, Hashable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// Where each element of the document sits in the source.
public struct DocumentLayout: Sendable, Hashable {
    public var masthead: MastheadLayout
    public var album: AlbumLayout?
    /// 目录: one entry per contents line (wrapped entries joined), in order.
    public var contents: [ContentsEntryLayout]
    /// 编者按 over the articles: the note's paragraphs, the first without its label.
    public var editorsNote: [LocatedText] = []
    public var articles: [ArticleLayout]
    public var footer: FooterLayout?

    public init(masthead: MastheadLayout = .init(), album: AlbumLayout? = nil, contents: [ContentsEntryLayout] = [],
                articles: [ArticleLayout] = [], footer: FooterLayout? = nil) {
        self.masthead = masthead
        self.album = album
        self.contents = contents
        self.articles = articles
        self.footer = footer
    }
}

/// 刊头 fields; nil when the text lacks them (the OCR sample has no 刊名 or 期号).
public struct MastheadLayout: Sendable, Hashable {
    /// 刊名 ("代表工作").
    public var title: LocatedText?
    /// The whole "第 11 期" text; `issueNumber` is its value.
    public var issueLine: LocatedText?
    public var issueNumber: Int?
    /// 总期号: the M of "(总第 M 期)" after 第 N 期.
    public var totalIssueNumber: Int?
    /// 编发单位 lines as the model holds them.
    public var issuingBody: [LocatedText]
    /// The date as written ("2026 年 4 月 13 日"); `BulletinDate` is in the model.
    public var date: LocatedText?

    public init(title: LocatedText? = nil, issueLine: LocatedText? = nil, issueNumber: Int? = nil,
                issuingBody: [LocatedText] = [], date: LocatedText? = nil) {
        self.title = title
        self.issueLine = issueLine
        self.issueNumber = issueNumber
        self.issuingBody = issuingBody
        self.date = date
    }
}

/// 专辑 line: "theme（六）".
public struct AlbumLayout: Sendable, Hashable {
    /// The whole line.
    public var line: LocatedText
    /// The theme before the bracketed numeral.
    public var theme: LocatedText
    /// The bracketed numeral as written, brackets included ("(一)", "（三十三）").
    public var bracketedNumeral: LocatedText
    /// The numeral alone as written ("一").
    public var numeral: LocatedText
    /// Its value read leniently; nil when the numeral is not a Chinese numeral.
    public var number: Int?
    /// True when the brackets are the full-width （） the genre prescribes.
    public var fullWidthBrackets: Bool

    public init(line: LocatedText, theme: LocatedText, bracketedNumeral: LocatedText, numeral: LocatedText,
                number: Int?, fullWidthBrackets: Bool) {
        self.line = line
        self.theme = theme
        self.bracketedNumeral = bracketedNumeral
        self.numeral = numeral
        self.number = number
        self.fullWidthBrackets = fullWidthBrackets
    }
}

/// One 目录 entry. `text` is the entry without its list marker, wrapped lines joined.
public struct ContentsEntryLayout: Sendable, Hashable {
    /// The entry text ("南阳市：“学解绘”三步法 …开局起步").
    public var text: String
    /// From the marker (or first character) to the end of the last continuation line.
    public var range: SourceRange
    /// The list marker as written ("* ", "- * ", "＊", "\\* "), nil when none.
    public var marker: LocatedText?
    /// 1-based source lines the entry was joined from (more than one when wrapped).
    public var lines: [Int]
    /// Index into `ReadResult.paragraphs`.
    public var paragraph: Int

    public init(text: String, range: SourceRange, marker: LocatedText?, lines: [Int], paragraph: Int) {
        self.text = text
        self.range = range
        self.marker = marker
        self.lines = lines
        self.paragraph = paragraph
    }
}

/// One article: heading split into region and headline, its paragraphs by role, its 供稿 line.
public struct ArticleLayout: Sendable, Hashable {
    /// The whole heading ("南阳市：…"), markup removed.
    public var heading: LocatedText
    /// 地区 before the colon; nil when the heading has no "地区：" part.
    public var region: LocatedText?
    /// The colon between region and headline as written ("：" or ":").
    public var separator: LocatedText?
    /// 标题 after the colon.
    public var headline: LocatedText
    /// Paragraph indices (into `ReadResult.paragraphs`) of the 导语.
    public var lead: [Int]
    public var points: [PointLayout]
    /// Paragraph indices of the 结语.
    public var closing: [Int]
    /// Every 一是/二是… marker in the article (lead, points or closing), in order.
    public var subPoints: [SubPointLayout]
    public var contributor: ContributorLayout?
    /// From the heading to the end of the 供稿 line (or the last paragraph).
    public var range: SourceRange

    public init(heading: LocatedText, region: LocatedText?, separator: LocatedText?, headline: LocatedText,
                lead: [Int] = [], points: [PointLayout] = [], closing: [Int] = [], subPoints: [SubPointLayout] = [],
                contributor: ContributorLayout? = nil, range: SourceRange) {
        self.heading = heading
        self.region = region
        self.separator = separator
        self.headline = headline
        self.lead = lead
        self.points = points
        self.closing = closing
        self.subPoints = subPoints
        self.contributor = contributor
        self.range = range
    }
}

/// 要点 "一、heading。body…".
public struct PointLayout: Sendable, Hashable {
    /// The numeral with its mark as written ("一、"); for a `###` sub-heading of a feature, nil.
    public var numeral: LocatedText?
    /// Its value read leniently.
    public var number: Int?
    /// 小标题 (without numeral), ending in 。 when the source has one.
    public var heading: LocatedText
    /// Paragraph indices of the point: the first holds the numeral and heading.
    public var paragraphs: [Int]
    /// Bold run-in sub-heads inside the body (Markdown `**加强制度建设。**`).
    public var subHeadings: [LocatedText]

    public init(numeral: LocatedText?, number: Int?, heading: LocatedText, paragraphs: [Int], subHeadings: [LocatedText] = []) {
        self.numeral = numeral
        self.number = number
        self.heading = heading
        self.paragraphs = paragraphs
        self.subHeadings = subHeadings
    }
}

/// A sub-point marker 一是/二是… (kept as written in the model's text).
public struct SubPointLayout: Sendable, Hashable {
    /// "一是" as written.
    public var marker: LocatedText
    /// Its value read leniently.
    public var number: Int?
    /// Index into `ReadResult.paragraphs`.
    public var paragraph: Int
    /// Index into `ArticleLayout.points`, nil when in the lead or closing.
    public var point: Int?

    public init(marker: LocatedText, number: Int?, paragraph: Int, point: Int?) {
        self.marker = marker
        self.number = number
        self.paragraph = paragraph
        self.point = point
    }
}

/// The "（南阳市人大常委会代表工委供稿）" line.
public struct ContributorLayout: Sendable, Hashable {
    /// The whole line as the model would print it.
    public var line: LocatedText
    /// The unit between the bracket and 供稿.
    public var unit: LocatedText
    /// True when the brackets are full-width （）.
    public var fullWidthBrackets: Bool

    public init(line: LocatedText, unit: LocatedText, fullWidthBrackets: Bool) {
        self.line = line
        self.unit = unit
        self.fullWidthBrackets = fullWidthBrackets
    }
}

/// 版记: 送 / 发 / 印发 / 共印.
public struct FooterLayout: Sendable, Hashable {
    /// "送：…" (wrapped lines joined): `label` is "送：", `value` the recipients.
    public var sendTo: FooterField?
    /// "发：…".
    public var copyTo: FooterField?
    /// "…印发" line; `issuer` is the unit before 印发.
    public var issuedLine: LocatedText?
    public var issuer: LocatedText?
    /// "共印60份" as written and its value.
    public var copiesText: LocatedText?
    public var copies: Int?
    /// The 印发日期 as written ("2026年4月13日" of "… 2026年4月13日印发"), whether or not the
    /// calendar has that day; the model holds it only when it does.
    public var issuedDate: LocatedText?

    public init(sendTo: FooterField? = nil, copyTo: FooterField? = nil, issuedLine: LocatedText? = nil,
                issuer: LocatedText? = nil, copiesText: LocatedText? = nil, copies: Int? = nil) {
        self.sendTo = sendTo
        self.copyTo = copyTo
        self.issuedLine = issuedLine
        self.issuer = issuer
        self.copiesText = copiesText
        self.copies = copies
    }
}

/// One labelled footer field ("送：…"), possibly wrapped over several lines.
public struct FooterField: Sendable, Hashable {
    /// "送：" / "发：" as written.
    public var label: LocatedText
    /// The recipients, lines joined.
    public var value: LocatedText
    /// 1-based source lines.
    public var lines: [Int]
    /// Index into `ReadResult.paragraphs`.
    public var paragraph: Int

    public init(label: LocatedText, value: LocatedText, lines: [Int], paragraph: Int) {
        self.label = label
        self.value = value
        self.lines = lines
        self.paragraph = paragraph
    }
}

/// One block of text in reading order: a paragraph as printed, after joining the pieces a
/// page break, hard wrap or wrapped contents line split apart.
///
/// `text` is the reader's text (normalised, markup removed — what the model holds, numerals
/// and headings included for points). `segments` are the source ranges joined, in order.
/// `sourceOffset(ofTextOffset:)` maps a UTF-8 offset in `text` back to the source byte offset,
/// so a finding in `text` can be located in the file.
public struct LogicalParagraph: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable {
        case masthead, album, contentsEntry, editorsNote, heading, lead, point, pointBody, closing, contributor, footer
        /// A feature's `###` sub-heading imported as a point heading.
        case subHeading
        /// Text the reader could not assign (also listed in `unplaced`).
        case other
    }

    public var text: String
    public var role: Role
    /// Index into `DocumentLayout.articles` for article paragraphs.
    public var article: Int?
    /// Source ranges of the joined pieces (content only, without line breaks or indentation).
    public var segments: [SourceRange]
    /// Sorted anchors (text offset, source offset): from each anchor on, offsets advance together
    /// until the next anchor.
    public var anchors: [OffsetAnchor]

    public init(text: String, role: Role, article: Int?, segments: [SourceRange], anchors: [OffsetAnchor]) {
        self.text = text
        self.role = role
        self.article = article
        self.segments = segments
        self.anchors = anchors
    }

    /// The whole source range from the first segment's start to the last segment's end.
    public var range: SourceRange? {
        guard let first = segments.first, let last = segments.last else { return nil }
        return SourceRange(start: first.start, end: last.end)
    }

    /// The source byte offset of a UTF-8 offset in `text` (binary search over the anchors).
    public func sourceOffset(ofTextOffset offset: Int) -> Int {
        guard !anchors.isEmpty else { return segments.first?.start.offset ?? 0 }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].textOffset <= offset { low = middle } else { high = middle - 1 }
        }
        let anchor = anchors[low]
        return anchor.sourceOffset + max(0, offset - anchor.textOffset)
    }
}

/// A point where the text of a logical paragraph and the source re-synchronise.
public struct OffsetAnchor: Sendable, Hashable {
    public var textOffset: Int
    public var sourceOffset: Int

    public init(textOffset: Int, sourceOffset: Int) {
        self.textOffset = textOffset
        self.sourceOffset = sourceOffset
    }
}

/// One change the reader made to read the text; never silent, never written back to the input.
public struct Repair: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A paragraph split by a page break in mid-sentence, joined.
        case joinedPageBreak = "page-break"
        /// A page number between two pages (`- 2 -`, `第 4 页`), dropped: no text.
        case droppedPageNumber = "page-number"
        /// OCR lines hard-wrapped at a fixed width, joined.
        case joinedHardWrap = "hard-wrap"
        /// A contents entry wrapped over two lines, joined.
        case joinedContentsEntry = "contents-wrap"
        /// A title broken over two or three short lines (PDF extraction, typeset pages), joined.
        case joinedTitleLines = "title-wrap"
        /// The album line wrapped over two lines, joined.
        case joinedAlbumLine = "album-wrap"
        /// A footer field wrapped over several lines, joined.
        case joinedFooterLine = "footer-wrap"
        /// Half-width punctuation in Chinese text (`,` `.` `:` `()`) made full-width.
        case fullWidthPunctuation = "punctuation"
        /// Full-width digits (２０２４) made ASCII.
        case asciiDigits = "digits"
        /// Spaces between Chinese characters removed (letter-spaced masthead, OCR gaps).
        case removedSpaces = "spaces"
        /// A heading run into its first paragraph, split off.
        case splitRunInHeading = "run-in-heading"
        /// Two masthead fields on one line (issuing body and date), split; or lines re-broken.
        case splitMastheadLine = "masthead-line"
        /// A Markdown escape (`\*`) read as the character.
        case unescapedMarkdown = "markdown-escape"
        /// Control characters (other than tab and line breaks) removed.
        case removedControls = "controls"
    }

    public var kind: Kind
    public var range: SourceRange
    /// Simplified Chinese: what was changed and why. Built when asked: OCR text yields a few
    /// repairs per line, most never printed.
    public var message: String {
        get { detail.message }
        set { detail = .text(newValue) }
    }
    var detail: RepairDetail

    public init(kind: Kind, range: SourceRange, message: String) {
        self.kind = kind
        self.range = range
        self.detail = .text(message)
    }

    init(kind: Kind, range: SourceRange, detail: RepairDetail) {
        self.kind = kind
        self.range = range
        self.detail = detail
    }
}

/// The facts behind a repair's message, kept as numbers until the message is needed.
enum RepairDetail: Sendable, Hashable {
    case text(String)
    /// A page break or hard wrap joined between two lines.
    case pageBreak(from: Int, to: Int)
    /// A page break right after a sub-point heading ("三是……。"), which opens its paragraph.
    case pageBreakAfterSubPointHeading(from: Int, to: Int)
    case hardWrap(from: Int, to: Int)
    /// A page number's line, dropped.
    case pageNumber(line: Int, text: String)
    /// `count` characters normalised on one line.
    case punctuation(line: Int, count: Int)
    case digits(line: Int, count: Int)
    case spaces(line: Int, count: Int)
    case escapes(line: Int, count: Int)
    case controls(line: Int, count: Int)

    var message: String {
        switch self {
        case .text(let text): return text
        case .pageBreak(let from, let to): return "第 \(from) 行的段落在句中断开（分页），已与第 \(to) 行接合"
        case .pageBreakAfterSubPointHeading(let from, let to):
            return "第 \(from) 行以“一是……”式小标题结尾，段落被分页断开，已与第 \(to) 行接合"
        case .hardWrap(let from, let to): return "第 \(from) 行是识别折行，已与第 \(to) 行接合"
        case .pageNumber(let line, let text): return "第 \(line) 行“\(text)”是分页处的页码，不是正文，已删去"
        case .punctuation(let line, let count): return "第 \(line) 行起的这段有 \(count) 个半角标点（, . : ( ) 等）在中文里，已按 P1 改为全角"
        case .digits(let line, let count): return "第 \(line) 行有 \(count) 个全角数字，已改为半角"
        case .spaces(let line, let count): return "第 \(line) 行中文字符之间有 \(count) 个多余空格，已删除"
        case .escapes(let line, let count): return "第 \(line) 行有 \(count) 个 Markdown 转义（如 \\*），已按原字符读取"
        case .controls(let line, let count): return "第 \(line) 行有 \(count) 个控制字符，已删除"
        }
    }
}

/// A line the reader did not put into the model.
public struct UnplacedLine: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// Not recognised as any element of the genre.
        case unrecognised
        /// A photo caption (features): dropped on purpose.
        case caption
        /// A reporter's byline ("□本报记者 …"): dropped on purpose.
        case byline
        /// A newspaper subtitle under the headline: dropped on purpose.
        case subtitle
        /// A handling mark on the masthead (`内部资料　注意保存`, `GenrePatterns.isClassificationMark`):
        /// neither 刊名 nor the issuing body, dropped on purpose.
        case mark
    }

    public var reason: Reason
    public var text: String
    public var range: SourceRange
    /// Simplified Chinese explanation.
    public var message: String

    public init(reason: Reason, text: String, range: SourceRange, message: String) {
        self.reason = reason
        self.text = text
        self.range = range
        self.message = message
    }

    /// 1-based line number.
    public var line: Int { range.start.line }
}
