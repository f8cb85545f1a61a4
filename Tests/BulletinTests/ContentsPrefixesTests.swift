@testable import Bulletin
import XCTest

/// `ContentsPrefixes`: whether a heading is cut short of a contents entry, found by a
/// binary search over the sorted entries (it was a pass over every entry for every heading).
final class ContentsPrefixesTests: XCTestCase {
    private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    func testAHeadingIsCutShortOnlyOfALongerEntryStartingWithIt() {
        let entries = ContentsPrefixes(["郑州市：高位部署", "焦作市：闻令即动", "郑州市：高位部署强担当", "郑州市：高"].map(utf8))
        // Equal entries sort first and do not count; the longer one after them does.
        XCTAssertTrue(entries.haveLongerEntry(startingWith: utf8("郑州市：高位部署")))
        XCTAssertTrue(entries.haveLongerEntry(startingWith: utf8("郑州市：高")))
        XCTAssertTrue(entries.haveLongerEntry(startingWith: utf8("焦作市：")))
        // Only equal entries, or none starting with it.
        XCTAssertFalse(entries.haveLongerEntry(startingWith: utf8("郑州市：高位部署强担当")))
        XCTAssertFalse(entries.haveLongerEntry(startingWith: utf8("焦作市：闻令即动")))
        XCTAssertFalse(entries.haveLongerEntry(startingWith: utf8("郑州市：低")))
        XCTAssertFalse(entries.haveLongerEntry(startingWith: utf8("开封市")))
        XCTAssertFalse(ContentsPrefixes([]).haveLongerEntry(startingWith: utf8("郑州市")))
    }

    func testTheEqualEntriesBeforeALongerOneAreAllSkipped() {
        let entries = ContentsPrefixes(["甲", "甲", "甲", "甲乙"].map(utf8))
        XCTAssertTrue(entries.haveLongerEntry(startingWith: utf8("甲")))
        XCTAssertFalse(entries.haveLongerEntry(startingWith: utf8("甲乙")))
    }
}
