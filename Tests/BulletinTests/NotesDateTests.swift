import XCTest
@testable import Bulletin

final class NotesDateTests: XCTestCase {
    func testFormsEditorsWrite() {
        let june4 = BulletinDate(year: 2026, month: 6, day: 4)
        XCTAssertNotNil(june4)
        for text in ["2026年6月4日", "2026 年 6 月 4 日", "２０２６年６月４日", "2026-06-04", "2026年06月04日", " 2026年6月4日 "] {
            XCTAssertEqual(BulletinDate(parsing: text), june4, text)
        }
    }

    func testOnlyRealCalendarDates() {
        XCTAssertNil(BulletinDate(parsing: "2026年2月30日"))
        XCTAssertNil(BulletinDate(parsing: "2026-13-01"))
        XCTAssertNil(BulletinDate(parsing: "2025年2月29日"))
        XCTAssertEqual(BulletinDate(parsing: "2024年2月29日"), BulletinDate(year: 2024, month: 2, day: 29))
        XCTAssertNil(BulletinDate(parsing: "2026年0月1日"))
    }

    func testRejectsOtherShapes() {
        for text in ["", "2026年6月", "6月4日", "2026/06/04", "二〇二六年六月四日", "2026-06-04-01", "2026年6月4", "20260604", "2026年6月4日下午"] {
            XCTAssertNil(BulletinDate(parsing: text), text)
        }
    }

    func testPrintedForms() throws {
        let date = try XCTUnwrap(BulletinDate(parsing: "2026-06-04"))
        XCTAssertEqual(date.description, "2026年6月4日")
        XCTAssertEqual(date.mastheadForm, "2026 年 6 月 4 日")
        XCTAssertEqual(date.isoForm, "2026-06-04")
    }
}
