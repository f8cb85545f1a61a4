import XCTest
final class NotesFormatPlaceholderTests: XCTestCase { func testPlaceholder() { XCTAssertTrue(true) } }
