import XCTest
@testable import Bulletin
import NotesFormat

/// 增刊: a supplement prints "增刊" in place of "第 N 期" and has no 期号. Read from a masthead,
/// written as `期号: 增刊` in the notes, drafted back in every format (issue 12 names the shape).
final class SupplementTests: XCTestCase {
    private let notes = """
    期号: 增刊
    日期: 2026年3月2日
    文章:
      - 地区: 郑州市
        标题: 高位部署强担当
        导语: 今年以来，郑州市人大常委会扎实开展主题活动。
        供稿: 郑州市人大常委会代表工委
    分送: 默认

    """

    func testNotesSaySupplementAndEveryFormatPrintsIt() throws {
        let document = try NotesDecoder().decode(text: notes)
        guard case .bulletin(let bulletin) = document else { return XCTFail("not an issue") }
        XCTAssertTrue(bulletin.masthead.isSupplement)
        XCTAssertNil(bulletin.masthead.issueNumber)
        let drafter = Drafter(library: try Drafter.defaultLibrary())
        for format in ["txt", "md", "html"] {
            let text = try drafter.draft(document, format: format)
            XCTAssertTrue(text.contains("增刊"), format)
            XCTAssertFalse(text.contains("第  期") || text.contains("第期"), format)
        }
        XCTAssertTrue(try drafter.draft(document, format: "html").contains("<title>代表工作 增刊（2026年3月2日）</title>"))
        let xml = try DocxWriter.documentXML(for: bulletin)
        XCTAssertTrue(xml.contains("<w:t xml:space=\"preserve\">增刊</w:t>"), String(xml.prefix(800)))
        // A number is still a positive whole number.
        XCTAssertThrowsError(try NotesDecoder().decode(text: notes.replacingOccurrences(of: "期号: 增刊", with: "期号: 特刊")))
    }

    func testASupplementMastheadIsReadIntoTheNotesAndDraftedBack() throws {
        for masthead in ["代 表 工 作\n增刊\n", "代表工作（增刊）\n"] {
            let text = masthead + "河南省人大常委会代表工作委员会        2026年3月2日\n\n郑州市：高位部署强担当\n\n今年以来，郑州市人大常委会扎实开展主题活动。\n\n（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
            let read = BulletinReader.read(text)
            let bulletin = try XCTUnwrap(read.bulletin, masthead)
            XCTAssertTrue(bulletin.masthead.isSupplement, masthead)
            XCTAssertEqual(bulletin.masthead.title, "代表工作", masthead)
            XCTAssertFalse(read.missingFields.contains { $0.contains("期号") }, masthead)
            let yaml = NotesWriter.yaml(try XCTUnwrap(read.notes()))
            XCTAssertTrue(yaml.contains("\n期号: 增刊\n"), yaml)
            XCTAssertEqual(try NotesDecoder().decode(text: yaml), .bulletin(bulletin), masthead)
            // Drafted and read again: the same supplement.
            let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(bulletin, format: "txt")
            XCTAssertEqual(BulletinReader.read(drafted).bulletin?.masthead, bulletin.masthead, drafted)
            XCTAssertEqual(Checker.check(drafted).findings.filter { $0.finding.rule.code == "S2" }.count, 0, drafted)
        }
    }

    /// The archive's 专辑 list names a supplement by its issue line, as printed, not by its file.
    func testTheArchiveNamesASupplementByItsIssueLine() throws {
        var numbered = try XCTUnwrap(BulletinReader.read(try Seeds.text(Seeds.recentIssue11)).bulletin)
        var supplement = numbered
        supplement.masthead.issueNumber = nil
        supplement.masthead.isSupplement = true
        supplement.album?.number = (numbered.album?.number ?? 0) + 1
        numbered.masthead.isSupplement = false
        let statistics = ArchiveStatistics(issues: [.init(name: "第11期.txt", bulletin: numbered), .init(name: "增刊.txt", bulletin: supplement)])
        let line = StatisticsReport.albumLine(try XCTUnwrap(statistics.albums.first))
        XCTAssertTrue(line.contains("第 11 期（"), line)
        XCTAssertTrue(line.contains("、增刊（"), line)
        XCTAssertFalse(line.contains("增刊.txt"), line)
    }

    /// Supplements counted apart (`增刊第2期`): a supplement numbered 2, not issue 2 of the series
    /// (the fourteenth audit); the notes say `期号: 增刊第2期`, every format prints it, and the
    /// series (continuity, duplicates, the next issue) does not count it. No 专辑 line is asked of
    /// any supplement (S3).
    func testANumberedSupplementIsNoIssueOfTheSeries() throws {
        let text = "代表工作\n\n增刊第2期\n\n河南省人大常委会代表工作委员会        2024年1月26日\n\n郑州市：高位部署强担当\n\n今年以来，郑州市人大常委会扎实开展主题活动。\n\n（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
        let read = BulletinReader.read(text)
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertTrue(bulletin.masthead.isSupplement)
        XCTAssertEqual(bulletin.masthead.issueNumber, 2)
        XCTAssertNil(bulletin.masthead.seriesNumber)
        XCTAssertEqual(bulletin.masthead.issueLine, "增刊第 2 期")
        let yaml = NotesWriter.yaml(try XCTUnwrap(read.notes()))
        XCTAssertTrue(yaml.contains("\n期号: 增刊第2期\n"), yaml)
        XCTAssertEqual(try NotesDecoder().decode(text: yaml), .bulletin(bulletin))
        let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(bulletin, format: "txt")
        XCTAssertTrue(drafted.contains("\n增刊第 2 期\n"), drafted)
        XCTAssertEqual(BulletinReader.read(drafted).bulletin?.masthead, bulletin.masthead)
        XCTAssertEqual(Checker.lineCodes(text), [])
        XCTAssertEqual(Checker.lineCodes(drafted), [])
        // `增刊2` in the notes says the same; a word after 增刊 is refused.
        XCTAssertEqual(try NotesDecoder().decode(text: yaml.replacingOccurrences(of: "期号: 增刊第2期", with: "期号: 增刊2")), .bulletin(bulletin))
        XCTAssertThrowsError(try NotesDecoder().decode(text: notes.replacingOccurrences(of: "期号: 增刊", with: "期号: 增刊甲")))
        // Not the series' issue 2: no next issue after it, no copy of issue 2.
        var second = bulletin
        second.masthead.isSupplement = false
        XCTAssertEqual(Assembly.lastIssue(of: [second, bulletin])?.masthead.isSupplement, false)
        XCTAssertNil(Assembly.lastIssue(of: [bulletin]))
        let statistics = ArchiveStatistics(issues: [.init(name: "第2期.txt", bulletin: second), .init(name: "增刊第2期.txt", bulletin: bulletin)])
        XCTAssertTrue(statistics.copies.isEmpty)
        // An unnumbered supplement is asked no 专辑 line either.
        XCTAssertEqual(Checker.lineCodes(text.replacingOccurrences(of: "增刊第2期", with: "增刊")), [])
    }
}
