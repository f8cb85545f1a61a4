import Foundation
import NotesFormat
import XCTest

/// The fixture files also feed `.ci/yaml_differential.py`; here each invalid one must fail at
/// the place and with the message its first line announces: `# expect: LINE:COLUMN fragment`.
final class NotesFixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func files(_ group: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: Self.fixtures.appendingPathComponent(group), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testInvalidFixturesFailWhereAnnounced() throws {
        let urls = try files("invalid")
        XCTAssertGreaterThan(urls.count, 40)
        for url in urls {
            let bytes = Array(try Data(contentsOf: url))
            let firstLine = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            let expectation = firstLine.dropFirst("# expect: ".count).split(separator: " ", maxSplits: 1)
            guard firstLine.hasPrefix("# expect: "), expectation.count == 2 else {
                XCTFail("\(url.lastPathComponent): first line must be `# expect: LINE:COLUMN fragment`")
                continue
            }
            do {
                _ = try NotesParser.parse(bytes: bytes)
                XCTFail("\(url.lastPathComponent): parsed, expected an error")
            } catch {
                let diagnostic = error.diagnostic
                XCTAssertEqual("\(diagnostic.range.start.line):\(diagnostic.range.start.column)", String(expectation[0]),
                               "\(url.lastPathComponent): \(diagnostic.message)")
                XCTAssertTrue(diagnostic.message.contains(expectation[1]),
                              "\(url.lastPathComponent): “\(diagnostic.message)” lacks “\(expectation[1])”")
                XCTAssertNotNil(diagnostic.sourceLine, url.lastPathComponent)
            }
        }
    }

    /// A rejected YAML feature is named as unsupported (不支持), so the writer knows the file is not
    /// wrong YAML but outside the subset: every invalid fixture, plus inputs no fixture covers.
    func testEveryUnsupportedFeatureSaysSo() throws {
        var inputs = try files("invalid").map { (String(decoding: try Data(contentsOf: $0), as: UTF8.self), $0.lastPathComponent) }
        inputs += [
            (String(repeating: "- ", count: 1_000) + "x\n", "too deep"),
            ("a: |\n  x\n \t\n  y\n", "tab on a blank block line"),
            ("--- a\n", "content on ---"),
        ]
        var unsupported = 0
        for (text, name) in inputs {
            let error: NotesError
            do {
                _ = try NotesParser.parse(text)
                continue
            } catch let caught {
                error = caught
            }
            guard error.kind == .unsupported else { continue }
            unsupported += 1
            XCTAssertTrue(error.diagnostic.message.hasPrefix("不支持"), "\(name): \(error.diagnostic.message)")
        }
        XCTAssertGreaterThan(unsupported, 20)
    }

    /// Each valid fixture reads as the tree in the JSON file next to it (`X.yaml` → `X.json`, in the
    /// `jianbao notes` format), so a wrong tree fails, not only a thrown error. The expected files
    /// were checked against PyYAML's reading (json.dumps of its tree gives the same bytes).
    func testValidFixturesReadAsExpected() throws {
        let urls = try files("valid")
        XCTAssertGreaterThan(urls.count, 8)
        for url in urls {
            let bytes = Array(try Data(contentsOf: url))
            let expectedURL = url.deletingPathExtension().appendingPathExtension("json")
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                XCTFail("\(url.lastPathComponent): missing \(expectedURL.lastPathComponent) with the expected tree")
                continue
            }
            do {
                let actual = NotesWriter.json(try NotesParser.parse(bytes: bytes).plainValue) + "\n"
                XCTAssertEqual(actual, expected, "\(url.lastPathComponent) reads a different tree than \(expectedURL.lastPathComponent)")
            } catch {
                XCTFail(error.diagnostic.rendered(path: url.lastPathComponent))
            }
        }
    }
}
