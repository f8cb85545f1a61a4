import Foundation
import Templating
import XCTest

/// Runs the official Mustache spec tests (every file but `~lambdas`) in HTML mode.
/// The suite lives outside the repository; `.ci/run` points `MUSTACHE_SPEC_DIR` at it.
final class SpecConformanceTests: XCTestCase {
    private struct SpecCase {
        var file: String
        var name: String
        var template: String
        var expected: String
        var data: TemplateValue
        var partials: [String: String]
    }

    func testEverySpecTestPasses() throws {
        guard let directory = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"], !directory.isEmpty else {
            print("SKIP Mustache spec conformance: MUSTACHE_SPEC_DIR is not set")
            throw XCTSkip("MUSTACHE_SPEC_DIR is not set")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("~lambdas") }
            .sorted()
        XCTAssertEqual(files.count, 8, "expected the eight non-lambda spec files in \(directory)")

        var total = 0
        var failures: [String] = []
        for file in files {
            let cases = try loadCases(directory + "/" + file)
            var passed = 0
            for specCase in cases {
                if let failure = run(specCase) { failures.append(failure) } else { passed += 1 }
            }
            total += cases.count
            print("mustache spec \(file): \(passed)/\(cases.count)")
        }
        print("mustache spec total: \(total - failures.count)/\(total)")
        XCTAssertEqual(total, 184, "the spec files without lambdas hold 184 tests")
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n\n"))
    }

    /// nil when the test passes, else a description of the difference.
    private func run(_ specCase: SpecCase) -> String? {
        var sources = ["spec-test.html.mustache": specCase.template]
        for (name, partial) in specCase.partials { sources[name + ".mustache"] = partial }
        do {
            let library = try TemplateLibrary(sources: sources)
            let output = try library.render("spec-test.html", specCase.data)
            if output == specCase.expected { return nil }
            return "\(specCase.file) “\(specCase.name)”: expected \(specCase.expected.debugDescription), got \(output.debugDescription)"
        } catch {
            return "\(specCase.file) “\(specCase.name)”: error \(error)"
        }
    }

    private func loadCases(_ path: String) throws -> [SpecCase] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let file = (path as NSString).lastPathComponent
        guard case .map(let root) = try TemplateValue(json: text, name: file), case .list(let tests)? = root["tests"] else {
            XCTFail("\(file): no tests array")
            return []
        }
        return tests.compactMap { test -> SpecCase? in
            guard case .map(let fields) = test, case .string(let name)? = fields["name"],
                  case .string(let template)? = fields["template"], case .string(let expected)? = fields["expected"]
            else {
                XCTFail("\(file): malformed test \(test)")
                return nil
            }
            var partials: [String: String] = [:]
            if case .map(let entries)? = fields["partials"] {
                for (key, value) in entries { if case .string(let source) = value { partials[key] = source } }
            }
            return SpecCase(file: file, name: name, template: template, expected: expected, data: fields["data"] ?? .null, partials: partials)
        }
    }
}
