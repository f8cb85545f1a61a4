import XCTest
final class BulletinPlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertTrue(true) } }
