import XCTest
@testable import Bulletin

/// The notes of a submission typed as in English (`, ` `: `), with Word's tab after `一、` and a
/// U+3000 before 供稿 hold no stray space: a drafted issue gets no P4 where `check --fix` on the
/// submission leaves none. Before, the notes kept `今年以来， 林州市`, `标题: " 强化…"`,
/// `小标题: "\t强化…"` and `供稿: …代表工委　`.
final class HalfwidthSubmissionSpacesTests: XCTestCase {
    func testTheNotesHoldNoStraySpace() throws {
        let text = "林州市: 强化代表履职 助力乡村振兴\n\n今年以来, 林州市人大常委会紧扣主题活动要求, 组织代表深入基层一线, 积极履职尽责.\n\n一、\t强化组织领导. 成立工作专班, 制定实施方案.\n\n（林州市人大常委会代表工委　供稿）\n"
        let read = BulletinReader.read(text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.headline, "强化代表履职 助力乡村振兴")
        XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会紧扣主题活动要求，组织代表深入基层一线，积极履职尽责。"])
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。"])
        XCTAssertEqual(article.points.first?.body, ["成立工作专班，制定实施方案。"])
        XCTAssertEqual(article.contributor, "林州市人大常委会代表工委")
        XCTAssertTrue(read.repairs.contains { $0.kind == .removedSpaces && $0.range.start.line == 3 }, "\(read.repairs.map(\.message))")
        let drafted = try Drafter(library: try Drafter.defaultLibrary()).draft(.article(article), format: "txt")
        XCTAssertEqual(Checker.lineCodes(drafted).filter { $0.hasSuffix("P4") || $0.hasSuffix("P1") }, [], drafted)
        // The phrase space of a title before a quote stays (P4's to judge in context).
        XCTAssertEqual(NotesTextFixes.fixed("能力淬炼 “三位一体”推进").spaces, 0)
        XCTAssertEqual(NotesTextFixes.fixed("今年以来， 林州市").text, "今年以来，林州市")
        // Typed as in English: both marks and spaces in one scan.
        let fixed = NotesTextFixes.fixed("今年以来, 林州市人大常委会组织代表, 积极履职.")
        XCTAssertEqual(fixed.text, "今年以来，林州市人大常委会组织代表，积极履职。")
        XCTAssertEqual([fixed.punctuation, fixed.spaces], [3, 2])
    }
}
