import XCTest
@testable import Bulletin

/// What the drafter prints, the reader reads back to the same model, without a repair.
final class ReadingRoundTripTests: XCTestCase {
    func testEveryExampleDraftsAndReadsBack() throws {
        let drafter = Drafter(library: try Drafter.defaultLibrary(), profile: .standard, strict: true)
        for example in ["examples/issue-11.yaml", "examples/issue-16.yaml", "examples/issue-17.yaml", "examples/article.yaml"] {
            let document = try NotesDecoder().decode(text: Seeds.file(example))
            for format in ["txt", "md"] {
                let drafted = try drafter.draft(document, format: format)
                let result = BulletinReader.read(drafted)
                XCTAssertEqual(result.repairs, [], "\(example) \(format)")
                XCTAssertEqual(result.unplaced, [], "\(example) \(format)")
                switch document {
                case .bulletin(let bulletin):
                    XCTAssertEqual(result.kind, .issue, "\(example) \(format)")
                    XCTAssertEqual(result.bulletin, bulletin, "\(example) \(format)")
                case .article(let article):
                    XCTAssertEqual(result.kind, .article, "\(example) \(format)")
                    XCTAssertEqual(result.article, article, "\(example) \(format)")
                }
            }
        }
    }
}
