import XCTest
@testable import Bulletin

/// The twenty-second fresh-eyes audit (December 2026: does `parse` lose or invent anything, and
/// does parse → draft → parse come back?).
final class TwentySecondAuditTests: XCTestCase {
    /// 总期号 read from a masthead is printed again by every format (it was kept in the notes only,
    /// and lost by draft), and read back.
    func testTheTotalIssueNumberIsPrintedAndReadBack() throws {
        let source = "代表工作\n\n第 17 期（总第 215 期）\n\n河南省人大常委会代表工作委员会\n\n2026年5月8日\n\n“人大代表在行动”主题活动专辑（六）\n\n南阳市：建强用好代表联络站\n\n南阳市人大常委会推进代表联络站建设。\n\n（南阳市人大常委会代表工委供稿）\n\n送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会印发\n"
        let bulletin = try XCTUnwrap(BulletinReader.read(source).bulletin)
        XCTAssertEqual(bulletin.masthead.totalIssueNumber, 215)
        let drafter = Drafter(library: try Drafter.defaultLibrary(), profile: .standard, strict: false)
        for format in ["txt", "md", "html"] {
            let drafted = try drafter.draft(bulletin, format: format)
            XCTAssertTrue(drafted.contains("第 17 期（总第 215 期）"), format)
        }
        let again = try XCTUnwrap(BulletinReader.read(try drafter.draft(bulletin, format: "txt")).bulletin)
        XCTAssertEqual(again.masthead.issueNumber, 17)
        XCTAssertEqual(again.masthead.totalIssueNumber, 215)
    }

    /// A masthead dated as typed in digits (`2026.5.8`, `2026-05-08`, `2026/5/8`) is dated for both
    /// jobs: the date ran into the issuing body, the notes lacked 日期 (draft refused them) and S2
    /// said the date was missing.
    func testAMastheadDateInDigitsIsTheDate() throws {
        for written in ["2026.5.8", "2026-05-08", "2026/5/8"] {
            let source = "代表工作\n\n第 17 期\n\n河南省人大常委会\n代表工作委员会\n\n\(written)\n\n“人大代表在行动”主题活动专辑（六）\n\n南阳市：建强用好代表联络站\n\n南阳市人大常委会推进代表联络站建设。\n\n（南阳市人大常委会代表工委供稿）\n"
            let masthead = try XCTUnwrap(BulletinReader.read(source).bulletin?.masthead, written)
            XCTAssertEqual(masthead.date, BulletinDate(year: 2026, month: 5, day: 8), written)
            XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"], written)
            XCTAssertFalse(Checker.lineCodes(source).contains { $0.hasSuffix("S2") }, written)
        }
    }
}
