import XCTest
@testable import Bulletin

/// Two cases of a user audit (December 2026) where a safe `check --fix` damaged correct text:
/// P4 deleted the phrase space of a title typed over two lines in Word's layout (the second line
/// was body text to the scan), and the space a clerk typed for a point's 、 (`一　强化组织领导。`
/// became `一强化组织领导。`, and the reader read no points either before or after).
final class PointAndTitleSpaceTests: XCTestCase {
    private static let wordTitle = ReadingShapes.titlePhraseSpaceOnItsSecondLine.text

    private func findings(_ text: String, options: CheckOptions = .init()) -> [String] {
        Checker.check(text, options: options).findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }
    }

    private func fixed(_ text: String) -> String {
        String(decoding: Fixer.fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
    }

    // MARK: A title over two lines, a paragraph a line

    /// The second line of the title is heading text to the scan, as it is to the reader: its one
    /// phrase space is the genre's (P4's explanation), A1 still asks to join the lines.
    func testTitlePhraseSpaceOnItsSecondLineIsNoStraySpace() {
        XCTAssertEqual(findings(Self.wordTitle), ["1:11 A1"])
        let fixed = fixed(Self.wordTitle)
        XCTAssertTrue(fixed.hasPrefix("林州市：强化代表履职助力乡村振兴 推动主题活动走深走实\n今年以来，"), fixed)
        XCTAssertEqual(findings(fixed), [])
        XCTAssertEqual(BulletinReader.read(Self.wordTitle).article?.headline, "强化代表履职助力乡村振兴 推动主题活动走深走实")
        XCTAssertEqual(BulletinReader.read(fixed).article?.headline, "强化代表履职助力乡村振兴 推动主题活动走深走实")
    }

    /// With a blank line under it the title was one block already: nothing changes there.
    func testTheSameTitleWithBlankLinesStaysClean() {
        let text = "林州市：强化代表履职\n助力乡村振兴 推动主题活动走深走实\n\n今年以来，林州市人大常委会紧扣主题活动要求，积极履职尽责。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(text), [])
    }

    /// A title an issue's contents entry joins over two lines (`GenrePatterns` reads the entry as
    /// the title's end): its second line is heading text too.
    func testTitleJoinedByItsContentsEntryKeepsItsPhraseSpace() {
        let text = """
        代表工作
        第 16 期
        河南省人大常委会代表工作委员会
        2026 年 6 月 4 日
        主题活动专辑（六）
        * 林州市：强化代表履职助力乡村振兴 推动主题活动走深走实
        林州市：强化代表履职
        助力乡村振兴 推动主题活动走深走实
        今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。
        一、强化组织领导。成立工作专班，制定实施方案，明确任务分工。
        （林州市人大常委会代表工委供稿）
        送：省人大常委会主任
        发：各省辖市人大常委会
        河南省人大常委会代表工作委员会印发

        """
        XCTAssertEqual(findings(text), ["7:11 A1"])
        XCTAssertTrue(fixed(text).contains("\n林州市：强化代表履职助力乡村振兴 推动主题活动走深走实\n今年以来，"))
    }

    /// The lead under such a title is body text still: a space inside it is P4's, and so is a
    /// second space in the title's line (only one between two phrases is the genre's).
    func testSpacesOutsideTheTitlesPhraseSpaceAreStillReported() {
        let lead = Self.wordTitle.replacingOccurrences(of: "今年以来，林州市", with: "今年以来，林州 市")
        XCTAssertEqual(findings(lead), ["1:11 A1", "3:8 P4"])
        let twoSpaces = Self.wordTitle.replacingOccurrences(of: "振兴 推动", with: "振兴  推动")
        XCTAssertEqual(findings(twoSpaces), ["1:11 A1", "2:7 P4"])
    }
}
