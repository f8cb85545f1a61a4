import Foundation
import XCTest

/// `jianbao draft --format docx|html` as a user runs it: files written, refusals, no partial output.
final class PrintCLITests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try temporaryFolder()
    }

    func testDocxIsWrittenToTheOutputFile() throws {
        let output = directory.appendingPathComponent("issue-16.docx")
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "docx", "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let bytes = try Data(contentsOf: output)
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP local file header")
        // Entries are stored, not compressed, so names and text can be found in the raw bytes.
        XCTAssertNotNil(bytes.range(of: Data("word/document.xml".utf8)))
        XCTAssertNotNil(bytes.range(of: Data("襄城县：平台赋能·活动牵引·能力淬炼".utf8)))
        XCTAssertNotNil(bytes.range(of: Data("（许昌市人大常委会代表工委供稿）".utf8)))
    }

    func testDocxWithoutAnOutputFileIsRefused() throws {
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "docx"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "", "no ZIP bytes on standard output")
        XCTAssertTrue(result.stderr.contains("-o"), result.stderr)
    }

    func testHTMLIsAStandalonePrintPage() throws {
        let result = try CLI.run(["draft", "examples/issue-11.yaml", "--format", "html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(result.stdout.contains("@page"))
        XCTAssertTrue(result.stdout.contains("size: A4"))
        XCTAssertFalse(result.stdout.contains("http://") || result.stdout.contains("https://"), "no network resources")
        XCTAssertTrue(result.stdout.contains("郑州市：高位部署强担当 凝心聚力启新程"))
        XCTAssertTrue(result.stdout.hasSuffix("</html>\n") || result.stdout.hasSuffix("</html>"))
    }

    func testUserTextIsEscapedInHTML() throws {
        let notes = directory.appendingPathComponent("escape.yaml")
        try """
        期号: 1
        日期: 2026年6月4日
        文章:
          - 地区: 某县
            标题: "<b>标题</b> & 更多"
            导语: 正文
        分送: 默认

        """.write(to: notes, atomically: true, encoding: .utf8)
        let result = try CLI.run(["draft", notes.path, "--format", "html"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("&lt;b&gt;标题&lt;/b&gt; &amp; 更多"), "escaped headline")
        XCTAssertFalse(result.stdout.contains("<b>标题</b>"))
    }

    func testControlCharacterIsReportedAndNothingIsWritten() throws {
        let notes = directory.appendingPathComponent("control.yaml")
        try "期号: 1\n日期: 2026年6月4日\n文章:\n  - 地区: 某县\n    标题: 响铃\u{7}字符\n    导语: 正文\n分送: 默认\n"
            .write(to: notes, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("control.docx")
        let result = try CLI.run(["draft", notes.path, "--format", "docx", "-o", output.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertFalse(result.stderr.isEmpty)
        XCTAssertTrue(result.stderr.contains("U+0007") || result.stderr.contains(":5:"), "names the character or its line: \(result.stderr)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "no partial DOCX")
    }

    /// The same notes give the same DOCX bytes in another process, at another time (past a
    /// 2-second ZIP time tick), in another time zone and locale, under another output name:
    /// nothing of the run (clock, zone, path, hash seed, memory addresses) leaks into the file.
    func testDocxIsTheSameAcrossProcesses() throws {
        let first = directory.appendingPathComponent("first.docx")
        let second = directory.appendingPathComponent("子目录-second.docx")
        let one = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "docx", "-o", first.path],
                              environment: ["TZ": "UTC", "LANG": "C.UTF-8"])
        XCTAssertEqual(one.status, 0, one.stderr)
        Thread.sleep(forTimeInterval: 2.1)
        let two = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "docx", "-o", second.path],
                              environment: ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "SWIFT_DETERMINISTIC_HASHING": ""])
        XCTAssertEqual(two.status, 0, two.stderr)
        let (a, b) = (try Data(contentsOf: first), try Data(contentsOf: second))
        XCTAssertGreaterThan(a.count, 1000)
        XCTAssertEqual(a, b, "two runs of the same draft differ")
    }
}
