import XCTest
@testable import Bulletin

/// Page numbers that PDF extraction leaves between two pages, on lines of their own (`- 2 -`,
/// `— 3 —`, `第 4 页 共 8 页`): no text but a page break, to both jobs alike
/// (`GenrePatterns.isPageNumberLine`). A user audit (December 2026) found `parse` writing `- 2 -`
/// into the sentence the page cut (`给予充分- 2 -肯定`) and keeping `— 3 —` as a paragraph of a
/// point, while `check` said nothing of the cut sentence and gave `— 3 —` a P8.
final class PageNumberTests: XCTestCase {
    // MARK: The recogniser

    func testPageNumberShapes() {
        func shape(_ line: String) -> GenrePatterns.PageNumberShape? {
            let bytes = Array(line.utf8)
            return GenrePatterns.pageNumberShape(bytes, 0, bytes.count)
        }
        for line in ["- 2 -", "— 3 —", "－ ４ －", "-5-", "–12–", "―7―", "-- 8 --", "— 123 —", "－４－",
                     "第 4 页 共 8 页", "第4页", "第 4 页", "第4页/共8页", "第 4 页，共 8 页", "第4页共8页"] {
            XCTAssertEqual(shape(line), .marked, line)
        }
        for line in ["2", "12", "３"] { XCTAssertEqual(shape(line), .bare, line) }
        for line in ["2.", "2、", "（2）", "(2)", "二", "2026", "0", "02", "- 2", "2 -", "- 2 —", "-- 2 -", "--- 2 ---", "---", "- - -",
                     "- 郑州市：高位部署强担当", "- 2026 -", "第 4 页 共", "第 4 期", "第四页", "共 8 页", "第 4 页 2026",
                     "2-3", "— 3 — 4 —", "4月10日", "- 2 -。"] {
            XCTAssertNil(shape(line), line)
        }
    }

    /// A number alone on its line is a page number only between the two parts of a sentence the
    /// page cut, a blank line beside it; anywhere else it is text, as it was.
    func testABareNumberIsAPageNumberOnlyInACutSentence() {
        func isPage(_ text: String, line: Int) -> Bool {
            let bytes = Array(text.utf8)
            let starts = SourceLines.lineStarts(bytes)
            let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            return GenrePatterns.isPageNumberLine(bytes, starts[line], end, lineStarts: starts, line: line)
        }
        XCTAssertTrue(isPage("市委对活动筹备工作，给予充分\n\n2\n\n肯定，并提出明确要求。", line: 2))
        XCTAssertTrue(isPage("市委对活动筹备工作，给予充分\n2\n\n肯定，并提出明确要求。", line: 1))
        // A line over it without a clause mark may be a title or a table's cell: not sure.
        XCTAssertFalse(isPage("市委对活动筹备工作给予充分\n\n2\n\n肯定，并提出明确要求。", line: 2))
        // Adjacent lines: a number in a sentence wrapped at a narrow width.
        XCTAssertFalse(isPage("市委对活动筹备工作，共有\n2\n名代表参加。", line: 1))
        // A table's cells: the line over it is no prose cut in mid-sentence.
        XCTAssertFalse(isPage("代表人数\n\n2\n\n联络站", line: 2))
        // Under it a number goes on (`共\n\n2\n\n80余人`), or a point opens: no sure page number.
        XCTAssertFalse(isPage("市县乡三级人大，共\n\n2\n\n80余人参会。", line: 2))
        XCTAssertFalse(isPage("市委对活动筹备工作，给予充分\n\n2\n\n二、上下联动掀热潮。", line: 2))
        // The sentence over it is finished.
        XCTAssertFalse(isPage("市委对活动筹备工作给予充分肯定。\n\n2\n\n市县乡三级人大参会。", line: 2))
        // Marked ones need no context.
        XCTAssertTrue(isPage("代表人数\n- 2 -\n联络站", line: 1))
    }
}
