import NotesFormat
import SourceText

/// One file on the editor's desk — a submission or a past issue — read by its content: notes
/// (issue or article), or text the reader reads (plain, Markdown, OCR). Whatever a file format
/// needs to become text (a `.docx` extraction) happens before; everything here takes the text.
public struct DeskFile: Sendable {
    /// What kind of file it is, by how faithfully it holds an issue: notes are what was drafted,
    /// a Word document what was printed, text what was typed or recognised from a page.
    public enum Source: Int, Sendable, Hashable, Comparable {
        case notes, word, text

        public static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How the file was read, in Chinese (“笔记”, “纯文本”, “Markdown”, …).
    public var formatName: String
    /// Set to `.word` by whoever extracted the text from a Word document.
    public var source: Source = .text
    /// The issue, when the file holds a whole one; the first, when it holds several.
    public var bulletin: Bulletin?
    /// The issues after the first in a file that holds several (an archive kept as one document).
    public var followingBulletins: [Bulletin] = []
    /// The articles: an article file's one, or an issue's.
    public var articles: [Article]
    /// What the reader repaired or left out, per article, by the notes field it concerns.
    public var remarks: [ArticleRemarks]
    /// Located problems in the file itself: decoding errors and warnings for notes, the
    /// checker's findings for text. They carry no path: the caller prints them under the file's name.
    public var findings: [Diagnostic]
    /// Why the file could not be read at all (not a bulletin, notes that do not decode).
    public var unreadable: String?

    /// Reads a file's text. `forDrafting` judges notes as `draft` will (misprints refused) and
    /// checks text with the checker; an archive's files are read as printed, without either.
    public static func read(text: String, profile: HouseProfile = .standard, forDrafting: Bool = true,
                            checkOptions: CheckOptions = .init()) -> DeskFile {
        // One parse: an archive is mostly text, which must not pay for two failed ones.
        let tree = try? NotesReading.parse(text)
        if let tree, NotesDecoder.isNotes(tree) {
            return readNotes(tree, text: text, profile: profile, forDrafting: forDrafting, checkOptions: checkOptions)
        }
        // Notes with a slip that keeps them from parsing (an unquoted `期号: 9007199254740991`):
        // their located syntax error, not a reading as bulletin text that finds no 期号.
        var isMapping = false
        if case .mapping? = tree?.value { isMapping = true }
        if !isMapping, NotesDecoder.opensSchemaKeyLines(text) {
            return readNotes(nil, text: text, profile: profile, forDrafting: forDrafting, checkOptions: checkOptions)
        }
        let result = BulletinReader.read(text)
        var file = DeskFile(formatName: result.format.chineseName, articles: [], remarks: [], findings: [])
        switch result.kind {
        case .notABulletin:
            file.unreadable = result.reasonNotABulletin ?? "读不出简报或文章的结构"
            return file
        case .issue:
            file.bulletin = result.bulletin
            file.followingBulletins = result.followingIssues.compactMap(\.bulletin)
            file.articles = result.bulletin?.articles ?? []
        case .article, .fragment:
            file.articles = result.article.map { [$0] } ?? []
        }
        file.remarks = ArticleRemarks.of(result, articleCount: file.articles.count)
        if forDrafting {
            let checked = Checker.check(text, options: checkOptions)
            file.findings = checked.findings.map { finding in
                var diagnostic = finding.diagnostic
                diagnostic.sourceLine = checked.lineIndex.lineText(finding.range.start.line)
                return diagnostic
            }
        }
        return file
    }

    private static func readNotes(_ tree: NotesNode?, text: String, profile: HouseProfile, forDrafting: Bool, checkOptions: CheckOptions) -> DeskFile {
        var decoder = NotesDecoder(profile: profile)
        decoder.refusesMisprints = forDrafting
        var file = DeskFile(formatName: "笔记", source: .notes, articles: [], remarks: [], findings: [])
        var warnings: [Diagnostic] = []
        do throws(NotesDecodingError) {
            let node: NotesNode
            if let tree { node = tree } else { node = try NotesReading.parse(text) }
            switch try decoder.decode(node, source: text, warnings: &warnings) {
            case .bulletin(let bulletin):
                file.bulletin = bulletin
                file.articles = bulletin.articles
            case .article(let article):
                file.articles = [article]
            }
            file.findings = warnings
            // As `check` judges notes: what they print, located in the notes.
            if forDrafting, let check = NotesCheck.check(text, profile: profile, options: checkOptions) {
                let printed = check.result.findings.map { finding in
                    var diagnostic = finding.diagnostic
                    diagnostic.sourceLine = check.result.lineIndex.lineText(finding.range.start.line)
                    return diagnostic
                }
                file.findings = (warnings + printed).sorted { $0.range.start < $1.range.start }
            }
        } catch {
            file.findings = error.diagnostics
            file.unreadable = "笔记有误，无法读取（见上面的诊断）"
        }
        file.remarks = file.articles.map { _ in ArticleRemarks() }
        return file
    }

    public var hasErrors: Bool { unreadable != nil || findings.contains { $0.severity == .error } }
}

/// The reader's remarks on one article, by the notes field they concern, for comments in the
/// notes written from it: “导语: … # 读入时：第 3 行有 2 个半角标点……”.
public struct ArticleRemarks: Sendable, Hashable {
    /// Field (地区, 标题, 导语, 要点, 结语, 供稿) → remarks, in source order.
    public var byField: [String: [String]] = [:]
    /// Remarks on no one field (a line left out between two articles).
    public var general: [String] = []

    public init() {}

    /// Each repair and unplaced line of a reading, given to the article and field whose source
    /// paragraph holds it. Linear: paragraphs and remarks are both in source order.
    static func of(_ result: ReadResult, articleCount: Int) -> [ArticleRemarks] {
        var remarks = Array(repeating: ArticleRemarks(), count: articleCount)
        guard articleCount > 0 else { return remarks }
        // Field of each paragraph: by role, the point's number from the article's layout.
        var pointOfParagraph: [Int: Int] = [:]
        for article in result.layout.articles {
            for (index, point) in article.points.enumerated() {
                for paragraph in point.paragraphs { pointOfParagraph[paragraph] = index + 1 }
            }
        }
        // Paragraph indices by where they start, searched by halves: OCR text has a repair on
        // almost every line, and a search from the start for each would be quadratic.
        let located = result.paragraphs.indices.compactMap { index in result.paragraphs[index].range.map { (index, $0) } }
            .sorted { $0.1.start.offset < $1.1.start.offset }
        func paragraph(holding offset: Int) -> Int? {
            var low = 0
            var high = located.count
            while low < high {
                let middle = (low + high) / 2
                if located[middle].1.start.offset <= offset { low = middle + 1 } else { high = middle }
            }
            guard low > 0, offset <= located[low - 1].1.end.offset else { return nil }
            return located[low - 1].0
        }
        func place(_ message: String, at offset: Int) {
            guard let index = paragraph(holding: offset) else {
                remarks[0].general.append(message)
                return
            }
            let paragraph = result.paragraphs[index]
            let article = min(paragraph.article ?? 0, articleCount - 1)
            switch paragraph.role {
            case .heading:
                remarks[article].byField["标题", default: []].append(message)
            case .lead:
                remarks[article].byField["导语", default: []].append(message)
            case .point, .pointBody, .subHeading:
                let number = pointOfParagraph[index].map { "第 \($0) 点：" } ?? ""
                remarks[article].byField["要点", default: []].append(number + message)
            case .closing:
                remarks[article].byField["结语", default: []].append(message)
            case .contributor:
                remarks[article].byField["供稿", default: []].append(message)
            case .masthead, .album, .contentsEntry, .editorsNote, .footer, .other:
                remarks[article].general.append(message)
            }
        }
        for repair in result.repairs { place("读入时：" + repair.message, at: repair.range.start.offset) }
        for line in result.unplaced {
            place("未归入第 \(line.line) 行（\(line.message)）：\(line.text.quotedInMessage)", at: line.range.start.offset)
        }
        return remarks
    }
}
