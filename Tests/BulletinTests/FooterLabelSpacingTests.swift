import XCTest
@testable import Bulletin

/// `报　送：` and `抄 送：` (a label spaced out) are the footer's fields to both jobs, named without
/// the spaces in the notes; P4 reports the spaces. Before, neither job read them as footer labels:
/// the reader listed the lines, the checker reported S9 and read them as text.
final class FooterLabelSpacingTests: XCTestCase {
    func testSpacedLabelsAreTheFooterFields() {
        let text = ReadingShapes.spacedFooterLabels.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.footer?.sendLabel, "报送")
        XCTAssertEqual(read.bulletin?.footer?.copyLabel, "抄送")
        XCTAssertEqual(read.bulletin?.footer?.sendTo, "省人大常委会主任、副主任、秘书长")
        XCTAssertEqual(read.unplaced.map(\.text), [])
        let codes = Checker.check(text).findings.map(\.finding.rule.code)
        XCTAssertFalse(codes.contains("S9"), "\(codes)")
        XCTAssertEqual(codes.filter { $0 == "P4" }.count, 2, "\(codes)")
        XCTAssertEqual(GenrePatterns.footerLabel(Array("报　送：".utf8))?.labelEnd, 12)
        XCTAssertNil(GenrePatterns.footerLabel(Array("　报送：".utf8)), "spaces before the label are no label")
    }

    /// `送　：`, `分　送　：`: a space before the colon too. Before, the reader listed the line as
    /// unplaced and the checker read it as text (S9 缺少“送：”行, no P4 at the label).
    func testASpaceBeforeTheColonIsPartOfTheLabel() {
        let text = ReadingShapes.spacedFooterColons.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.footer?.sendLabel, "分送")
        XCTAssertEqual(read.bulletin?.footer?.sendTo, "省人大常委会主任、副主任、秘书长，各省辖市人大常委会")
        XCTAssertEqual(read.unplaced.map(\.text), [])
        let codes = Checker.check(text).findings.map(\.finding.rule.code)
        // 分送 names every recipient: no 发 line is wanted (S9); the label's spaces are P4's, one
        // finding for the label, which --fix closes up.
        XCTAssertFalse(codes.contains("S9"), "\(codes)")
        XCTAssertEqual(codes.filter { $0 == "P4" }.count, 1, "\(codes)")
        let fixed = String(decoding: Fixer.fixed(bytes: Array(text.utf8), options: .only(StraySpace.rule)).bytes, as: UTF8.self)
        XCTAssertTrue(fixed.contains("\n分送：省人大常委会主任"), fixed)
        XCTAssertEqual(GenrePatterns.footerLabel(Array("送　：各单位".utf8))?.labelEnd, 9)
        XCTAssertEqual(GenrePatterns.footerLabel(Array("发 :各单位".utf8))?.labelEnd, 5)
        // `送 达` is no label: a colon must follow.
        XCTAssertNil(GenrePatterns.footerLabel(Array("送　达各单位".utf8)))
    }
}
