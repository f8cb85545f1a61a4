import XCTest
@testable import Bulletin

final class ChineseNumeralTests: XCTestCase {
    func testGenreForms() {
        let expected: [Int: String] = [
            1: "一", 6: "六", 10: "十", 11: "十一", 20: "二十", 33: "三十三", 100: "一百", 105: "一百零五",
            110: "一百一十", 1000: "一千", 1001: "一千零一", 1010: "一千零一十", 2024: "二千零二十四", 9999: "九千九百九十九",
        ]
        for (value, text) in expected {
            XCTAssertEqual(ChineseNumeral.string(value), text, "\(value)")
            XCTAssertEqual(ChineseNumeral.value(text), value, text)
        }
        XCTAssertNil(ChineseNumeral.string(0))
        XCTAssertNil(ChineseNumeral.string(10_000))
    }

    func testRoundTripWholeRange() {
        for value in ChineseNumeral.range {
            let text = ChineseNumeral.string(value)!
            XCTAssertEqual(ChineseNumeral.value(text), value, text)
        }
    }

    func testNonCanonicalFormsAreRejectedButReadLeniently() {
        XCTAssertNil(ChineseNumeral.value("一十一"))
        XCTAssertEqual(ChineseNumeral.lenientValue("一十一"), 11)
        XCTAssertEqual(ChineseNumeral.lenientValue("两百"), 200)
        XCTAssertNil(ChineseNumeral.value("二十零"))
        XCTAssertNil(ChineseNumeral.lenientValue("十十"))
        XCTAssertNil(ChineseNumeral.lenientValue("abc"))
        XCTAssertEqual(ChineseNumeral.lenientValue("〇"), nil)   // 0 lies outside 1…9999
        XCTAssertEqual(ChineseNumeral.lenientValue("一千零一十"), 1010)
        XCTAssertEqual(ChineseNumeral.lenientValue("九千九百九十九"), 9999)
        // A combining mark makes no numeral (it is neither digit nor unit).
        XCTAssertNil(ChineseNumeral.lenientValue("二\u{0301}"))
        // Every canonical numeral reads back leniently.
        for value in ChineseNumeral.range {
            XCTAssertEqual(ChineseNumeral.lenientValue(ChineseNumeral.string(value)!), value)
        }
    }

    func testLabels() {
        XCTAssertEqual(ChineseNumeral.pointLabel(3), "三、")
        XCTAssertEqual(ChineseNumeral.subPointLabel(2), "二是")
        XCTAssertEqual(ChineseNumeral.albumNumber(33), "（三十三）")
    }
}
