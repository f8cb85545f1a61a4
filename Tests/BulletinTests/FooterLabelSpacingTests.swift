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
}
