import Foundation
import XCTest

/// `draft --format pdf` drives a browser; these tests use a stand-in browser (a shell script
/// that records its arguments and writes a PDF), so they run without Chromium. CI prints with
/// the real one (.ci/checks/60-print.sh).
final class PDFCLITests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-pdf-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A stand-in named `name` in a bin folder: writes its arguments to args.txt, a copy of the
    /// page to page.html, and a minimal PDF where --print-to-pdf= says.
    private func fakeBrowser(named name: String, writesPDF: Bool = true) throws -> URL {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = bin.appendingPathComponent(name)
        let record = folder.path
        try """
        #!/bin/sh
        printf '%s\\n' "$@" > '\(record)/args.txt'
        for argument in "$@"; do
            case "$argument" in
                --print-to-pdf=*) out="${argument#--print-to-pdf=}" ;;
                file://*) cp "${argument#file://}" '\(record)/page.html' ;;
            esac
        done
        \(writesPDF ? "printf '%%PDF-1.4\\\\n%%%%EOF\\\\n' > \"$out\"" : "exit 3")
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return bin
    }

    func testPrintsTheHTMLHeadlessWithoutHeaderAndFooter() throws {
        let bin = try fakeBrowser(named: "chromium")
        let output = folder.appendingPathComponent("第16期.pdf")
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "pdf", "-o", output.path],
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try Data(contentsOf: output).starts(with: Array("%PDF-".utf8)))
        let arguments = try String(contentsOf: folder.appendingPathComponent("args.txt"), encoding: .utf8).split(separator: "\n")
        for expected in ["--headless", "--no-pdf-header-footer", "--print-to-pdf-no-header"] {
            XCTAssertTrue(arguments.contains(Substring(expected)), "\(expected) missing from \(arguments)")
        }
        let page = try String(contentsOf: folder.appendingPathComponent("page.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<title>代表工作 第16期（2026年6月4日）</title>"), "the PDF's title and date come from <title>")
        // The browser's temporary folder is gone.
        let pagePath = try XCTUnwrap(arguments.first { $0.hasPrefix("file://") }).dropFirst("file://".count)
        XCTAssertFalse(FileManager.default.fileExists(atPath: String(pagePath)))
    }

    func testBrowserOptionNamesTheProgram() throws {
        let bin = try fakeBrowser(named: "my-chrome")
        let output = folder.appendingPathComponent("a.pdf")
        let result = try CLI.run(["draft", "examples/article.yaml", "--format", "pdf", "--browser", bin.appendingPathComponent("my-chrome").path, "-o", output.path],
                                 environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.path))
    }

    func testWithoutABrowserSaysWhatToInstallAndWritesNothing() throws {
        let output = folder.appendingPathComponent("x.pdf")
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "pdf", "-o", output.path],
                                 environment: ["PATH": folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("找不到 Chromium 或 Chrome"), result.stderr)
        XCTAssertTrue(result.stderr.contains("apt install chromium"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testABrowserThatWritesNoPDFIsAnError() throws {
        let bin = try fakeBrowser(named: "chromium", writesPDF: false)
        let output = folder.appendingPathComponent("x.pdf")
        let result = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "pdf", "-o", output.path],
                                 environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("没有生成 PDF"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testPDFNeedsAnOutputFileAndBrowserNeedsPDF() throws {
        let noOutput = try CLI.run(["draft", "examples/issue-16.yaml", "--format", "pdf"], environment: ["PATH": folder.path])
        XCTAssertEqual(noOutput.status, 2)
        let browserWithoutPDF = try CLI.run(["draft", "examples/issue-16.yaml", "--browser", "chromium"])
        XCTAssertEqual(browserWithoutPDF.status, 2)
        XCTAssertTrue(browserWithoutPDF.stderr.contains("--browser 只用于 --format pdf"), browserWithoutPDF.stderr)
    }
}
