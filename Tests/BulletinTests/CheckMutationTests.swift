import XCTest
@testable import Bulletin

/// Inject one error of each kind into a sample and assert that exactly the promised finding
/// appears, at the mutated line, and nothing new fires elsewhere. Findings are compared as a
/// multiset of (line, rule): a second finding of the same rule on the same line counts.
final class CheckMutationTests: XCTestCase {
    /// One edit: the first `from` on 1-based `line` becomes `to` (line count unchanged).
    struct Edit {
        var line: Int, from: String, to: String
    }

    func mutate(_ seed: String, _ edits: [Edit], file: StaticString = #filePath, lineNumber: UInt = #line) throws -> String {
        var lines = try Seeds.text(seed).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for edit in edits {
            let range = try XCTUnwrap(lines[edit.line - 1].range(of: edit.from), "“\(edit.from)” not on line \(edit.line)", file: file, line: lineNumber)
            lines[edit.line - 1].replaceSubrange(range, with: edit.to)
        }
        return lines.joined(separator: "\n")
    }

    /// How many findings each `line rule` has.
    func findings(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for finding in Checker.check(text).findings { counts["\(finding.range.start.line) \(finding.finding.rule.code)", default: 0] += 1 }
        return counts
    }

    /// The multiset difference `left − right`, as a sorted list with repeats.
    static func subtracting(_ left: [String: Int], _ right: [String: Int]) -> [String] {
        left.flatMap { key, count in Array(repeating: key, count: max(0, count - (right[key] ?? 0))) }.sorted()
    }

    /// Asserts the mutated text has the sample's findings plus exactly `added` (repeats count).
    func assertAdds(_ seed: String, line: Int, _ from: String, _ to: String, _ added: [String], file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        try assertAdds(seed, [Edit(line: line, from: from, to: to)], added, file: file, lineNumber: lineNumber)
    }

    func assertAdds(_ seed: String, _ edits: [Edit], _ added: [String], file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        let before = findings(try Seeds.text(seed))
        let after = findings(try mutate(seed, edits, file: file, lineNumber: lineNumber))
        XCTAssertEqual(Self.subtracting(after, before), added.sorted(), "new findings", file: file, line: lineNumber)
        XCTAssertEqual(Self.subtracting(before, after), [], "findings lost", file: file, line: lineNumber)
    }

    func testMultisetComparison() {
        // A set would see no change when a line with one P1 gets a second one.
        XCTAssertEqual(Self.subtracting(["3 P1": 2, "5 A1": 1], ["3 P1": 1, "5 A1": 1]), ["3 P1"])
        XCTAssertEqual(Self.subtracting(["3 P1": 1], ["3 P1": 2]), [])
    }

    func testSwappedPointNumerals() throws {
        // 三、 where 二、 is due (line 26), then 二、 where 四、 is due (line 30).
        try assertAdds(Seeds.recentIssue11, [Edit(line: 26, from: "二、", to: "三、"), Edit(line: 30, from: "三、", to: "二、")], ["26 S6", "30 S6"])
    }

    func testDroppedContributorLine() throws {
        // Without （焦作市…供稿） the 焦作 article ends at its last paragraph, line 44.
        try assertAdds(Seeds.recentIssue11, line: 46, "（焦作市人大常委会代表工委供稿）", "", ["44 S8"])
    }

    func testChangedContentsEntry() throws {
        try assertAdds(Seeds.recentIssue11, line: 15, "见真章", "见实效", ["15 S4"])
    }

    func testContentsEntryMissing() throws {
        // Drop the wrapped entry (lines 17–18): the 襄城县 article is missing from the contents.
        try assertAdds(Seeds.recentIssue16, [Edit(line: 17, from: "* 襄城县：平台赋能·活动牵引·能力淬炼“三位一体”推进主", to: ""),
                                             Edit(line: 18, from: "题活动走深走实", to: "")], ["36 S4"])
    }

    func testHalfWidthComma() throws {
        try assertAdds(Seeds.recentIssue11, line: 36, "务实推进，", "务实推进,", ["36 P1"])
        // Two on one line are two findings.
        try assertAdds(Seeds.recentIssue11, [Edit(line: 36, from: "务实推进，", to: "务实推进,"), Edit(line: 36, from: "精准化举措、全覆盖部署，", to: "精准化举措、全覆盖部署,")],
                       ["36 P1", "36 P1"])
    }

    func testPointNumberForm() throws {
        // 二. for 二、: one P7 at the number; 二 still counts as the second point (no S6 at 三、, line 30)
        // and the half-width dot is not also P1.
        try assertAdds(Seeds.recentIssue11, line: 26, "二、", "二.", ["26 P7"])
        try assertAdds(Seeds.recentIssue16, line: 44, "二、", "二，", ["44 P7"])
        // A bracketed number with a mark, opening the 结语 of 周口.
        try assertAdds(Seeds.recentIssue11, line: 62, "下一步，", "（一）、下一步，", ["62 P7"])
    }

    func testCopiesForm() throws {
        // 共印 with a Chinese numeral and no 份 on the 印发 line.
        try assertAdds(Seeds.recentIssue11, line: 70, "印发", "印发 共印六十", ["70 S10"])
        try assertAdds(Seeds.ocrIssue2024, line: 200, "共印６０份", "共印６０", ["200 S10"])
    }

    func testSplitParagraph() throws {
        // Without its full stop, the last paragraph of 周口's third point runs into the 结语 (line 62).
        try assertAdds(Seeds.recentIssue11, line: 60, "提升治理效能。", "提升治理效能", ["60 A1"])
    }

    func testPlusReadAsTen() throws {
        // “党建+网格+人大代表” with its first + read as 十; the other + in the text stay.
        try assertAdds(Seeds.recentIssue11, line: 60, "党建+网格", "党建十网格", ["60 A2"])
    }

    func testArticleTooLong() throws {
        // 周口's 结语 grows by about 3000 characters of clean text: L1 at the heading (line 48), nothing else.
        let padding = String(repeating: "市人大常委会坚持高位谋划、系统推进、精准发力。", count: 140)
        try assertAdds(Seeds.recentIssue11, line: 62, "下一步，", padding + "下一步，", ["48 L1"])
    }

    func testUnbalancedQuote() throws {
        // “三十工程“六个一”: the second “ opens while the first is still open.
        try assertAdds(Seeds.recentIssue11, line: 42, "三十工程”", "三十工程", ["42 P3"])
    }

    func testStraightQuotes() throws {
        // “…” typed as "…": one P1 at each quote (both fixable, as a pair).
        try assertAdds(Seeds.recentIssue11, [Edit(line: 20, from: "“聚焦两高", to: "\"聚焦两高"), Edit(line: 20, from: "在行动”", to: "在行动\"")], ["20 P1", "20 P1"])
        // Only its closing half: the lone " is P3's, the unclosed “ too.
        try assertAdds(Seeds.recentIssue11, line: 20, "在行动”", "在行动\"", ["20 P3", "20 P3"])
    }

    func testCountyUnderTheWrongCity() throws {
        try assertAdds(Seeds.recentIssue16, line: 50, "许昌市人大", "开封市人大", ["50 R2"])
    }

    func testUnknownRegion() throws {
        // The contents entry (line 17) still says 襄城县, so it no longer matches either.
        try assertAdds(Seeds.recentIssue16, line: 36, "襄城县：", "襄阳县：", ["36 R1", "17 S4"])
    }

    func testSubPointGap() throws {
        // 一是、三是、三是: one slip, one finding (the second 三是 stands at its place).
        try assertAdds(Seeds.recentIssue16, line: 24, "二是注重分层次培训", "三是注重分层次培训", ["24 S7"])
        // 一是、二是、四是 with nothing after it in that point.
        try assertAdds(Seeds.recentIssue16, line: 24, "三是注重多形式宣传", "四是注重多形式宣传", ["24 S7"])
    }

    func testFullWidthDigitsAndStraySpace() throws {
        try assertAdds(Seeds.recentIssue11, line: 40, "6方面24项", "６方面24项", ["40 P2"])
        try assertAdds(Seeds.markdownIssue40, line: 24, "开封市人大常委会坚持", "开封市人大 常委会坚持", ["24 P4"])
        // Spaces around both numbers of “细化为6方面24项”: one P8 per number.
        try assertAdds(Seeds.recentIssue11, line: 40, "细化为6方面24项", "细化为 6 方面 24 项", ["40 P8", "40 P8"])
    }

    func testDateRangeDashAndRepeatedPunctuation() throws {
        try assertAdds(Seeds.recentIssue11, line: 22, "4月8日", "4-5月8日", ["22 P5"])
        try assertAdds(Seeds.recentIssue11, line: 20, "精准发力，", "精准发力，，", ["20 P6"])
    }

    func testBrokenMastheadAndFooter() throws {
        try assertAdds(Seeds.recentIssue11, line: 10, "4 月 13 日", "2 月 30 日", ["10 S2"])
        // Without "发：" the copy list reads as the 送 line's continuation (A1 there) and the 发 line is missing.
        try assertAdds(Seeds.recentIssue11, line: 68, "发：", "", ["66 S9", "66 A1"])
        try assertAdds(Seeds.recentIssue11, line: 12, "专辑(一)", "专辑(第一)", ["12 S3"])
    }

    func testHeadingWithoutRegion() throws {
        // The contents entry no longer matches either, so S4 reports the entry (line 16).
        try assertAdds(Seeds.recentIssue11, line: 48, "周口市：", "", ["48 S5", "16 S4"])
    }
}
