import XCTest
@testable import Bulletin

/// `二、` at the start of a line that goes on with the sentence the line above left in mid-sentence
/// (`……圆满完成了` / `二、三季度的各项任务。`) starts no point, for both jobs (`GenrePatterns.isCutInProse`).
/// Before, `parse` cut the lead there and made `三季度的各项任务。` a point, and `check` reported S6
/// twice, advising to renumber the correct points.
final class PointInWrappedSentenceTests: XCTestCase {
    func testTheSentenceGoesOnAndThePointsKeepTheirNumbers() throws {
        let text = ReadingShapes.pointNumeralInAWrappedSentence.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会组织全市各级人大代表深入基层一线，圆满完成了二、三季度的各项任务。"])
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。", "搭建履职平台。"])
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    func testPointsUnderAFinishedLineOrAHeadingStillStart() throws {
        // Under a finished sentence, and under a point heading without marks, a point starts.
        let text = """
        林州市：强化代表履职 助力乡村振兴

        今年以来，林州市人大常委会组织代表深入基层一线。
        一、强化组织领导
        二、搭建履职平台。新建代表联络站5个。

        （林州市人大常委会代表工委供稿）

        """
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.count, 2, "\(article.points)")
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S6") }, "\(Checker.lineCodes(text))")
        XCTAssertFalse(GenrePatterns.isCutInProse(Array("推动代表履职再上新台阶".utf8), 0, "推动代表履职再上新台阶".utf8.count))
        XCTAssertTrue(GenrePatterns.isCutInProse(Array("深入基层一线，圆满完成了".utf8), 0, "深入基层一线，圆满完成了".utf8.count))
    }
}

/// The album line right under the masthead's date, no blank line between (a masthead typed as
/// one block): the date is the masthead's for both jobs. Before, S2 reported 缺少日期 (or 缺少期号、
/// 编发单位、日期 when the whole masthead was one block) while `parse` read every field.
final class AlbumUnderTheDateTests: XCTestCase {
    func testTheMastheadKeepsItsFields() throws {
        let text = ReadingShapes.mastheadPackedOverTheAlbum.text
        XCTAssertTrue(text.contains("2026年6月30日\n“人大代表"), text)
        let read = try XCTUnwrap(BulletinReader.read(text).bulletin)
        XCTAssertEqual(read.masthead.issueNumber, 18)
        XCTAssertEqual(read.masthead.date, BulletinDate(year: 2026, month: 6, day: 30))
        XCTAssertEqual(read.album?.number, 8)
        XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("S2") || $0.hasSuffix("S3") }, [])
    }
}

/// A masthead's fields set apart by U+3000 or a tab (Word's layout), 总期号 with or without
/// brackets: read as fields by both jobs (`GenrePatterns.issueMark`), and the gaps are no P4.
/// Before, 期号 and 总期号 ended up in 编发单位, S2 missed it or misstated it, and P4's fix
/// glued the fields together (`党委办公室编第3期`).
final class MastheadFieldGapTests: XCTestCase {
    func testTheFieldsAreReadAndTheGapsKept() throws {
        for (shape, number, total, body) in [(ReadingShapes.mastheadFieldsSpacedInWord, 3, 45, ["党委办公室"]),
                                              (ReadingShapes.mastheadTotalWithoutBrackets, 18, 245, ["河南省人大常委会", "代表工作委员会"])] {
            let masthead = try XCTUnwrap(BulletinReader.read(shape.text).bulletin?.masthead, shape.name)
            XCTAssertEqual(masthead.issueNumber, number, shape.name)
            XCTAssertEqual(masthead.totalIssueNumber, total, shape.name)
            XCTAssertEqual(masthead.issuingBody, body, shape.name)
            XCTAssertNotNil(masthead.date, shape.name)
            let codes = Checker.lineCodes(shape.text)
            XCTAssertFalse(codes.contains { $0.hasSuffix("S2") || $0.hasSuffix("P4") }, "\(shape.name) \(codes)")
        }
        // One space inside a letter-spaced 刊名 is still P4's.
        XCTAssertTrue(Checker.lineCodes(ReadingShapes.mastheadLetterSpaced.text).contains("1 P4"))
    }
}

/// A point ending in an enumeration whose items are a sentence each (一是开展视察。二是开展调研。
/// 三是提出建议。) is whole: the paragraph after it is the 结语 for both jobs, not the point's text
/// cut by a page. Before, `parse` put the 结语 into point 二 and A1's fix glued it on. A heading
/// with its text cut by the page (seed 004 line 78) is still joined.
final class EnumerationBeforeTheClosingTests: XCTestCase {
    func testTheClosingStaysTheClosing() throws {
        let text = ReadingShapes.enumerationBeforeTheClosing.text
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.closing, ["主题活动开展以来，全市各级人大代表进站履职1200人次，收集意见建议360条。"])
        XCTAssertEqual(article.points.last?.body, ["组织代表围绕乡村振兴开展活动，一是开展视察。二是开展调研。三是提出建议。"])
        XCTAssertEqual(Checker.lineCodes(text), [])
        func ends(_ text: String) -> Bool { GenrePatterns.endsWithSubPointHeading(Array(text.utf8)) }
        XCTAssertFalse(ends("活动，一是开展视察。二是开展调研。三是提出建议。"))
        XCTAssertTrue(ends("一是组织上求“实”。建立专班，定期调度。二是机制上求“活”。完善制度。三是履职保障上求“新”。"))
        XCTAssertTrue(ends("工作中突出三点。三是履职保障上求“新”。"))
    }
}

extension PointInWrappedSentenceTests {
    /// The same over a page break (a blank line between, as a PDF's pages give it): the sentence
    /// goes on, joined by the reader and reported by A1 (the audit found it still a point).
    func testNumeralsListedOverAPageBreakGoOnWithTheSentence() throws {
        let text = ReadingShapes.pointNumeralInAWrappedSentence.text.replacingOccurrences(of: "圆满完成了\n二、三季度", with: "圆满完成了\n\n二、三季度")
        XCTAssertTrue(text.contains("圆满完成了\n\n二、"))
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会组织全市各级人大代表深入基层一线，圆满完成了二、三季度的各项任务。"])
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。", "搭建履职平台。"])
        XCTAssertEqual(Checker.lineCodes(text), ["3 A1"])
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
        XCTAssertEqual(BulletinReader.read(fixed).article, article)
    }
}
