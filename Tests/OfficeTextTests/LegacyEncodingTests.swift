import Foundation
import XCTest
@testable import OfficeText

final class LegacyEncodingTests: XCTestCase {
    // "代表工作简报，第16期。" in GB18030 (as Python's codec writes it), and one four-byte character (€).
    private let gbk: [UInt8] = [0xB4, 0xFA, 0xB1, 0xED, 0xB9, 0xA4, 0xD7, 0xF7, 0xBC, 0xF2, 0xB1, 0xA8, 0xA3, 0xAC, 0xB5, 0xDA,
                                0x31, 0x36, 0xC6, 0xDA, 0xA1, 0xA3]

    func testDecodesGB18030() {
        XCTAssertEqual(LegacyEncoding.decodeGB18030(gbk), "代表工作简报，第16期。")
        XCTAssertEqual(LegacyEncoding.decodeGB18030([0xA2, 0xE3]), "€")
    }

    func testLeavesUTF8AndMostlyUTF8Alone() {
        XCTAssertNil(LegacyEncoding.decodeGB18030(Array("代表工作简报".utf8)))
        // UTF-8 text with one GBK character spliced in: an error at the stray bytes, not mojibake.
        XCTAssertNil(LegacyEncoding.decodeGB18030(Array("南阳市：标题\n\n南阳".utf8) + [0xCA, 0xD0, 0x0A]))
        // Bytes GB18030 cannot decode.
        XCTAssertNil(LegacyEncoding.decodeGB18030([0xFF, 0xFF, 0x41]))
    }

    func testUTF8Evidence() {
        XCTAssertEqual(LegacyEncoding.utf8Evidence(Array("a中b".utf8)).valid, 1)
        XCTAssertEqual(LegacyEncoding.utf8Evidence(gbk).invalid > LegacyEncoding.utf8Evidence(gbk).valid, true)
    }
}
