import XCTest
final class TemplatingPlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertTrue(true) } }
