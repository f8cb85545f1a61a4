import XCTest
@testable import Bulletin
import NotesFormat

/// 编者按, the editor's note over an issue's articles: in the model and the notes, printed by every
/// format, read back by `parse`, and skipped by `check` as the issue's text (no article heading,
/// no masthead, no contents entry's second line).
final class EditorsNoteTests: XCTestCase {
    private let notes = """
    期号: 16
    日期: 2026年6月4日
    专辑:
      名称: 主题活动专辑
      序号: 6
    编者按: 今年以来，各地人大常委会扎实开展主题活动，现将有关做法刊发，供参考。
    文章:
      - 地区: 郑州市
        标题: 高位部署强担当
        导语: 今年以来，郑州市人大常委会扎实开展主题活动。
        供稿: 郑州市人大常委会代表工委
    分送: 默认

    """

    func testTheNoteIsDraftedInEveryFormatAndReadBack() throws {
        let document = try NotesDecoder().decode(text: notes)
        guard case .bulletin(let bulletin) = document else { return XCTFail("not an issue") }
        XCTAssertEqual(bulletin.editorsNote, ["今年以来，各地人大常委会扎实开展主题活动，现将有关做法刊发，供参考。"])
        let drafter = Drafter(library: try Drafter.defaultLibrary())
        for format in ["txt", "md"] {
            let text = try drafter.draft(document, format: format)
            XCTAssertTrue(text.contains("\n编者按：今年以来，"), text)
            // Read back: the same issue, notes and all; and the checker has nothing to say of it.
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.bulletin, bulletin, format)
            XCTAssertEqual(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(read.notes()))), document, format)
            XCTAssertEqual(Checker.check(text).findings.map(\.finding.rule.code), [], format)
        }
        XCTAssertTrue(try drafter.draft(document, format: "html").contains("<p class=\"editors-note\">编者按：今年以来，"))
        let xml = try DocxWriter.documentXML(for: bulletin)
        XCTAssertTrue(xml.contains("<w:pStyle w:val=\"JBEditorsNote\"/>"), String(xml.prefix(2000)))
        XCTAssertTrue(DocxParts.styles.contains("<w:name w:val=\"编者按\"/>"))
        // Without the label, which is printed from the model.
        XCTAssertThrowsError(try NotesDecoder().decode(text: notes.replacingOccurrences(of: "编者按: 今年", with: "编者按: 编者按：今年")))
        // Paragraphs, as 结语's: a list, each item a paragraph printed on its own.
        guard case .bulletin(let listed) = try NotesDecoder().decode(text: notes.replacingOccurrences(of: "编者按: 今年", with: "编者按:\n  - 今年")) else { return XCTFail() }
        XCTAssertEqual(listed.editorsNote, bulletin.editorsNote)
    }

    /// In a 工作动态 without `地区：` headings the note stood where the first title was looked for:
    /// the reader listed the note and both articles' text as unplaced, the checker took the note for
    /// a heading (S5) and the title for a paragraph cut short (A1).
    func testTheNoteOverUntitledArticlesIsNoArticle() throws {
        let text = ReadingShapes.editorsNoteWorkNews.text
        let read = BulletinReader.read(text)
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertEqual(bulletin.editorsNote, ["近期，各乡镇人大认真开展代表联络站建设工作，现将有关情况刊发，供交流参考。"])
        XCTAssertEqual(bulletin.articles.map(\.headline), ["滑县人大常委会赴外地考察学习代表联络站建设工作", "城关镇人大扎实开展代表主题活动"])
        XCTAssertEqual(read.unplaced.count, 0, "\(read.unplaced.map(\.message))")
        XCTAssertEqual(read.layout.editorsNote.first?.range.start.line, 7)
        let findings = Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
        // The house genre's headings and album (代表工作) are asked of every issue; the note is none of them.
        XCTAssertEqual(findings, ["9 S3", "9 S4", "9 S5", "17 S5"])
    }

    /// A short note under the contents is no second line of the last entry (for both jobs: the
    /// reader joined it into the entry and lost it, the checker reported S4).
    func testTheNoteUnderTheContentsIsNoContentsEntry() throws {
        let text = ReadingShapes.editorsNoteAfterContents.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.editorsNote, ["各地扎实开展主题活动，现将有关做法刊发，供参考。"])
        XCTAssertEqual(read.layout.contents.map(\.text), ["郑州市：高位部署强担当"])
        XCTAssertEqual(Checker.check(text).findings.map(\.finding.rule.code), [])
    }

    func testTheLabelIsRecognisedInItsCommonForms() {
        for line in ["编者按：近期，", "编者按:近期", "【编者按】近期", "[编者按] 近期", "（编者按）近期", "**编者按：**近期", "编者按 近期"] {
            XCTAssertNotNil(GenrePatterns.editorsNote(Array(line.utf8)), line)
        }
        // The label alone: the note is under it.
        for line in ["编者按", "编者按：", "**编者按**", "【编者按】"] {
            XCTAssertEqual(GenrePatterns.editorsNote(Array(line.utf8)), line.utf8.count, line)
        }
        for line in ["编者按语近期", "本期编者按：近期", "编者：近期"] {
            XCTAssertNil(GenrePatterns.editorsNote(Array(line.utf8)), line)
        }
    }
}

/// What a fresh-eyes audit of the sub-heading, hard-wrap and 编者按 rules found (December 2026),
/// each shape also in the agreement corpus (`ReadingShapes`), where both jobs must agree on it.
final class NoteAndSubHeadingAuditTests: XCTestCase {
    /// A note ending in `：` ends with its line for both jobs: the reader glued the first article to it.
    func testANoteEndingInAColonEndsThere() throws {
        let read = BulletinReader.read(ReadingShapes.noteEndingInColon.text)
        XCTAssertEqual(read.bulletin?.editorsNote, ["为推动代表建议办理工作提质增效，现将近期各地工作情况编发如下："])
        XCTAssertEqual(read.bulletin?.articles.count, 2)
        XCTAssertEqual(read.unplaced.count, 0)
    }

    /// `编者按：` alone: the paragraph under it is the note (it was joined into the last contents entry).
    func testALabelAloneTakesTheParagraphUnderIt() throws {
        let text = ReadingShapes.noteLabelAlone.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.editorsNote, ["近期，各地人大常委会扎实开展代表主题活动，现将有关情况摘编如下，供参考。"])
        XCTAssertEqual(read.layout.contents.map(\.text), ["郑州市：高位部署强担当", "焦作市：闻令即动抓落实"])
        XCTAssertTrue(read.repairs.contains { $0.message == "第 12 行的“编者按”单独一行，已与第 14 行的按语接合" }, "\(read.repairs.map(\.message))")
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S4") || $0.hasSuffix("A1") }, "\(Checker.lineCodes(text))")
    }

    /// The text under the last point's last sub-heading stays in the point (it was moved to 结语).
    func testTheTextUnderTheLastSubHeadingStaysInThePoint() throws {
        let article = try XCTUnwrap(BulletinReader.read(ReadingShapes.subHeadingsInTheLastPoint.text).article)
        XCTAssertEqual(article.points.last?.body.suffix(2), ["（二）完善制度", "制定代表履职档案管理办法，推动履职常态化。"])
        XCTAssertEqual(article.closing, [])
    }

    /// Short sentences typed one per line are no OCR text: not joined, no A1 for either job.
    func testShortSentencesTypedOnePerLineAreNoHardWraps() throws {
        let text = ReadingShapes.wordShortSentences.text
        let read = BulletinReader.read(text)
        XCTAssertNotEqual(read.format, .ocrText)
        XCTAssertEqual(read.repairs.filter { $0.kind == .joinedHardWrap }.count, 0)
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("A1") }, [])
    }

    /// A sub-heading with its text on the very next line: the checker ends the block after it, so
    /// A1 no longer joins `…积极投身` onto the sub-heading.
    func testASubHeadingEndsItsLineForTheChecker() throws {
        let text = ReadingShapes.subHeadingBodyOnNextLine.text
        XCTAssertEqual(Checker.lineCodes(text), [])
        XCTAssertEqual(BulletinReader.read(text).article?.lead.count, 5)
    }

    /// The note right under the contents is no entry's second line for the checker either.
    func testANoteRightUnderTheContentsIsNoEntry() throws {
        let text = ReadingShapes.noteRightUnderContents.text
        XCTAssertEqual(BulletinReader.read(text).bulletin?.editorsNote.first?.hasPrefix("近期，"), true)
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S4") || $0.hasSuffix("A1") }, "\(Checker.lineCodes(text))")
    }

    /// In OCR text the note goes on past a stop at the wrap width, for both jobs (the checker took
    /// its second line for the first article's title).
    func testAnOCRNoteGoesOnPastAStopAtTheWrapWidth() throws {
        let text = ReadingShapes.ocrNote.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.editorsNote, ["为推动代表建议办理工作提质增效，全面落实省委部。现将近期各地工作情况编发如下，供参考。"])
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["省人大常委会召开代表建议办理工作推进会", "省人大代表专题调研优化营商环境工作"])
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("S5") }, ["11 S5", "31 S5"])
    }

    /// Numbered items without punctuation, one per line: each stands alone for both jobs (the
    /// reader glued the last two and the paragraph after them).
    func testUnpunctuatedNumberedItemsEachStandAlone() throws {
        let text = ReadingShapes.unpunctuatedList.text
        XCTAssertEqual(BulletinReader.read(text).article?.lead,
                       ["郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动。会议明确了三项任务：", "1、建立代表联络站", "2、开展集中学习", "3、完善履职档案",
                        "市人大常委会将持续推进，确保取得实效。"])
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("A1") }, [])
    }

    /// A note between articles: listed by the reader (the model holds one, over the articles), no
    /// article for the checker (it reported S4, S5 and S8 there).
    func testANoteBetweenArticlesIsListedAndNoArticle() throws {
        let text = ReadingShapes.noteBetweenArticles.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.editorsNote, [])
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["郑州市", "焦作市"])
        XCTAssertTrue(read.unplaced.contains { $0.line == 20 && $0.message.hasPrefix("编者按只印一处") })
        XCTAssertEqual(read.bulletin?.articles.first?.closing, [])
        XCTAssertEqual(Checker.lineCodes(text), ["12 S3"])   // this issue has no 专辑 line
    }

    /// A stray line over the next `地区：` heading after a 供稿 line heads no article for the checker
    /// either (the reader's `UntitledIssueArticleTests.testAnIssueWithRegionHeadingsKeepsItsArticles`).
    func testAStrayLineOverARegionHeadingHeadsNoArticle() throws {
        let text = ReadingShapes.titleWithoutRegionAfterContributor.text.replacingOccurrences(of: "聚焦民生实事\n\n洛阳市人大常委会", with: "××大学党委宣传部\n\n洛阳市：聚焦民生实事\n\n洛阳市人大常委会")
        XCTAssertEqual(BulletinReader.read(text).bulletin?.articles.map(\.region), ["郑州市", "洛阳市"])
        XCTAssertEqual(Checker.lineCodes(text), [])
    }
}

/// What a second fresh-eyes audit found (December 2026): what follows a 供稿 line, and the note's
/// label. Each shape is also in the agreement corpus.
final class AfterContributorAuditTests: XCTestCase {
    /// A caption, its credit, `（完）`, `责任编辑：…` and a rule of dashes under the last 供稿 line are
    /// no article for the checker (it reported S4, S5 and S8) and are listed by the reader (which
    /// put them in the last article's text).
    func testProductionLinesAndRulesAfterTheLastContributorAreNoArticle() throws {
        let text = ReadingShapes.linesAfterContributor.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["郑州市", "焦作市"])
        XCTAssertEqual(read.bulletin?.articles.last?.lead, ["焦作市人大常委会迅速行动，组织代表开展活动。"])
        XCTAssertEqual(read.unplaced.map(\.text), ["图为市人大常委会召开推进会现场", "（摄影：张丽）", "（完）", "责任编辑：张三"])
        XCTAssertEqual(Checker.lineCodes(text), ["14 S3"])   // no 专辑 line
        XCTAssertTrue(SourceLines.isRule(Array("— — —".utf8), 0, "— — —".utf8.count))
        XCTAssertFalse(SourceLines.isRule(Array("——".utf8), 0, "——".utf8.count))
    }

    /// A heading whose prefix is no region heads the next article for both jobs (the reader glued it
    /// and its lead into the article before); a unit over two lines right over the next `地区：`
    /// heading heads none (the reader made an empty article of it).
    func testWhatFollowsAContributorLineHeadsTheNextArticleUnlessItIsAStray() throws {
        let text = ReadingShapes.headingsAfterContributor.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["高位部署强担当", "焦作市人大常委会：闻令即动抓落实"])
        XCTAssertEqual(read.bulletin?.articles.map(\.contributor), ["郑州市人大常委会", "焦作市人大常委会"])
        XCTAssertEqual(Checker.lineCodes(text).filter { !$0.hasSuffix("S3") }, ["10 S4", "22 S5"])
        let stray = ReadingShapes.strayUnitAfterContributor.text
        XCTAssertEqual(BulletinReader.read(stray).bulletin?.articles.map(\.region), ["郑州市", "焦作市"])
        XCTAssertEqual(Checker.lineCodes(stray).filter { !$0.hasSuffix("S3") }, [])
    }

    /// In a single article, a title after the 供稿 line is another article's, listed (the reader
    /// ran it into the 结语).
    func testATitleAfterASubmissionsContributorLineIsListed() throws {
        let text = "郑州市：高位部署强担当\n\n市人大常委会高度重视主题活动。\n\n（郑州市人大常委会代表工委供稿）\n\n闻令即动抓落实 推动代表履职见真章\n\n省推进会召开后，焦作市人大常委会闻令即动。\n\n（焦作市人大常委会代表工委供稿）\n"
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.article?.closing, [])
        XCTAssertEqual(read.unplaced.map(\.line), [7, 9, 11])
        XCTAssertEqual(Checker.lineCodes(text), ["7 S5"])
    }

    /// A note without a stop, one paragraph a line, ends before the first title (it took the title
    /// and the lead, and the first 供稿 line had no article).
    func testAWordPastedNoteEndsBeforeTheFirstTitle() throws {
        let text = ReadingShapes.wordNoteWithoutStop.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.editorsNote, ["为推动代表建议办理工作提质增效，现将近期各地工作情况编发如下"])
        XCTAssertEqual(read.bulletin?.articles.map(\.headline), ["省人大常委会召开代表建议办理工作推进会", "省人大代表专题调研优化营商环境工作"])
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("S5") }, ["5 S5", "8 S5"])
    }

    /// The label alone, without a colon or written again over the note: the note is its text only,
    /// and `parse`'s notes draft again (they held `编者按近期…`, or a label the notes refuse).
    func testTheNoteIsItsTextWithoutTheLabel() throws {
        for (shape, note) in [(ReadingShapes.noteLabelWithoutColon, "近期，各地积极开展主题活动，现将有关做法摘编如下。"),
                              (ReadingShapes.noteLabelTwice, "现将有关做法摘编如下。")] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.bulletin?.editorsNote, [note], shape.name)
            let notes = NotesWriter.yaml(try XCTUnwrap(read.notes(), shape.name))
            XCTAssertNoThrow(try NotesDecoder().decode(text: notes), shape.name)
        }
    }

    /// A second note is listed as a note; a note's second paragraph is the note's, through the
    /// notes (a list) to every format drafted again; a line that is no sentence there is listed.
    func testASecondNoteIsListedAndANotesSecondParagraphIsTheNotes() throws {
        let two = ReadingShapes.issueWithNote(ReadingShapes.auditNote + "\n\n编者按：现将有关做法摘编如下。")
        XCTAssertEqual(BulletinReader.read(two).unplaced.map(\.message), ["编者按只印一处，在第一篇文章之前；这一段未归入"])
        let second = ReadingShapes.issueWithNote(ReadingShapes.auditNote + "\n\n这些做法各有特色，请各地结合实际学习借鉴。")
        let read = BulletinReader.read(second)
        XCTAssertEqual(read.unplaced.map(\.message), [])
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertEqual(bulletin.editorsNote, ["近期，各地人大常委会扎实开展代表主题活动，现将有关情况摘编如下，供参考。", "这些做法各有特色，请各地结合实际学习借鉴。"])
        // The checker reads the two as the note too: no finding on either, S3 at the first heading.
        XCTAssertEqual(Checker.lineCodes(second), ["\(second.components(separatedBy: "\n").firstIndex(of: "郑州市：高位部署强担当")! + 1) S3"])
        let notes = NotesWriter.yaml(try XCTUnwrap(read.notes()))
        XCTAssertTrue(notes.contains("编者按:\n  - 近期，"), notes)
        guard case .bulletin(let decoded) = try NotesDecoder().decode(text: notes) else { return XCTFail(notes) }
        XCTAssertEqual(decoded.editorsNote, bulletin.editorsNote)
        let drafter = Drafter(library: try Drafter.defaultLibrary())
        let text = try drafter.draft(.bulletin(decoded), format: "txt")
        XCTAssertTrue(text.contains("编者按：近期，各地人大常委会扎实开展代表主题活动，现将有关情况摘编如下，供参考。\n\n这些做法各有特色"), text)
        XCTAssertEqual(BulletinReader.read(text).bulletin?.editorsNote, bulletin.editorsNote)
        let html = try drafter.draft(.bulletin(decoded), format: "html")
        XCTAssertEqual(html.components(separatedBy: "<p class=\"editors-note\">").count - 1, 2, html)
        // A line that is no sentence there heads nothing and is no note's: listed.
        let stray = ReadingShapes.issueWithNote(ReadingShapes.auditNote + "\n\n本期要点")
        XCTAssertEqual(BulletinReader.read(stray).unplaced.map(\.message), ["这段文字在编者按之后、第一篇文章之前，不是完整的句子，未归入"])
    }

    /// A title line with a ！ inside stands alone for the checker as for the reader: A1 took the
    /// rest of it for the lead's start and `--fix` glued the title to the lead.
    func testATitleWithAnExclamationInsideStandsAlone() throws {
        let text = ReadingShapes.headingWithInnerExclamation.text
        XCTAssertEqual(BulletinReader.read(text).bulletin?.articles.last?.headline, "闻令即动抓落实！推动代表履职见真章")
        XCTAssertEqual(TextLayout(bytes: Array(text.utf8)).articles.last?.heading, "焦作市：闻令即动抓落实！推动代表履职见真章")
        XCTAssertEqual(Checker.lineCodes(text), ["14 S3"])
        XCTAssertEqual(String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self).contains("见真章\n\n焦作市人大常委会迅速行动"), true)
    }

    /// A short `地区：标题` line opens the next article for both jobs even under a paragraph left open
    /// (the reader glued it, the next article and its 供稿 line into the article before).
    func testARegionHeadingUnderAnOpenParagraphOpensTheNextArticle() throws {
        let text = ReadingShapes.headingAfterOpenParagraph.text
        let articles = try XCTUnwrap(BulletinReader.read(text).bulletin?.articles)
        XCTAssertEqual(articles.map(\.region), ["郑州市", "焦作市"])
        XCTAssertEqual(articles.map(\.contributor), [nil, "焦作市人大常委会"])
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("S8") }.count, 1)
    }

    /// A 工作动态's titles: numbered (`一、…`), they head articles for the reader as for the checker
    /// (the reader left everything unplaced); naming a 常委会, the first is no masthead line for the
    /// checker (it took the lead for the title), as the reader ends the masthead with its date.
    func testAWorkNewsTitleIsNumberedOrNamesACommittee() throws {
        for shape in [ReadingShapes.workNewsNumberedTitles, ReadingShapes.workNewsTitlesNamingACommittee] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.bulletin?.articles.map(\.contributor), ["省人大常委会代表工委", "省人大常委会代表工委"], shape.name)
            XCTAssertEqual(read.unplaced.count, 0, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text).filter { $0.hasSuffix("S5") }, ["4 S5", "7 S5"], shape.name)
        }
    }

    /// A 编者按 over the contents list: the entries are contents for the reader too (it read them
    /// as one unplaced paragraph).
    func testANoteOverTheContentsLeavesTheContentsContents() throws {
        let text = ReadingShapes.noteOverContents.text
        XCTAssertTrue(text.contains("供参考。\n\n* 郑州市"))
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.layout.contents.map(\.text), ["郑州市：高位部署强担当", "焦作市：闻令即动抓落实"])
        XCTAssertEqual(read.bulletin?.editorsNote.first?.hasPrefix("近期，"), true)
        XCTAssertEqual(read.unplaced.count, 0)
        XCTAssertEqual(Checker.lineCodes(text), ["14 S3"])
    }

    /// Contents typed without markers, then a 编者按: the entries are contents and the note the
    /// note, for both jobs (each entry became an empty article, the note a phantom article's lead).
    func testANoteUnderUnmarkedContentsLeavesTheContentsContents() throws {
        for shape in [ReadingShapes.noteUnderUnmarkedContents, ReadingShapes.labelUnderUnmarkedContents] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.layout.contents.map(\.text), ["郑州市：高位部署强担当", "焦作市：闻令即动抓落实"], shape.name)
            XCTAssertEqual(read.bulletin?.editorsNote.first?.hasPrefix("近期，"), true, shape.name)
            XCTAssertEqual(read.bulletin?.articles.count, 2, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text).filter { !$0.hasSuffix("S3") }, [], shape.name)
        }
    }

    /// Third audit: a note wrapped over adjacent lines goes on (it was cut after its first line,
    /// each wrapped line taken for a title).
    func testANoteWrappedOverLinesIsOneNote() throws {
        let read = BulletinReader.read(ReadingShapes.noteWrappedOverLines.text)
        XCTAssertEqual(read.bulletin?.editorsNote, ["近期，各地认真贯彻落实省人大常委会部署，扎实开展代表主题活动，涌现出一批好经验好做法。现将部分地方的做法编发如下，供参考。"])
        XCTAssertEqual(read.unplaced.count, 0)
    }

    /// Third audit: a 供稿 line right under a submission's title ends nothing (the whole text was
    /// listed as another article's; check asked for a heading and a 供稿 line).
    func testAContributorLineUnderTheTitleEndsNothing() throws {
        let text = ReadingShapes.contributorUnderTitle.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.contributor, "南阳市人大常委会代表工委")
        XCTAssertEqual(article.points.count, 2)
        XCTAssertEqual(article.closing.count, 1)
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    /// Third audit: names by county inside a point are text of the point, each a line, for both jobs
    /// (each line headed an article, or A1 joined them).
    func testNamesByCountyAreTextOfThePoint() throws {
        let text = ReadingShapes.namesByCounty.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。", "选树先进典型。", "注重成果转化。"])
        XCTAssertEqual(article.points[1].body.suffix(3), ["宛城区：张三、李四", "卧龙区：王五、赵六", "邓州市：孙七、周八"])
        XCTAssertEqual(article.contributor, "南阳市人大常委会代表工委")
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    /// Third audit: `联系人：…` and `附件：…` after a 供稿 line head no article: listed by the reader,
    /// text of no article for the checker (it reported S4, S5 and S8).
    func testContactLinesAfterAContributorLineHeadNoArticle() throws {
        let text = ReadingShapes.contactLinesAfterContributor.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["南阳市", "焦作市"])
        XCTAssertEqual(read.unplaced.map(\.line), [28, 30])
        XCTAssertEqual(Set(read.unplaced.map(\.message)), ["这段文字在供稿行之后，不像下一篇文章的标题，未归入"])
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S4") || $0.hasSuffix("S5") || $0.hasSuffix("S8") }, "\(Checker.lineCodes(text))")
    }
}
