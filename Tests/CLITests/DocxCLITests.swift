import Foundation
import XCTest
import Zip

/// Word documents as input: `check` and `parse` read a .docx (by content, not name) as its text,
/// one paragraph per line; unreadable documents exit 2 with a message.
final class DocxCLITests: XCTestCase {
    private static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A .docx whose paragraphs are `paragraphs` (raw WordprocessingML inside each w:p),
    /// with one chineseCounting "%1、" list as numId 1.
    static func docx(_ paragraphs: [String]) -> [UInt8] {
        var archive = ZipArchive()
        archive.add("[Content_Types].xml", text: "<Types/>")
        archive.add("_rels/.rels", text: #"<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        archive.add("word/_rels/document.xml.rels", text: #"<Relationships><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#)
        archive.add("word/numbering.xml", text: "<w:numbering \(namespace)>" + #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#)
        archive.add("word/document.xml", text: "<w:document \(namespace)><w:body>" + paragraphs.map { "<w:p>\($0)</w:p>" }.joined() + "</w:body></w:document>")
        return archive.bytes()
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + #"<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    static let numbered = #"<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>"#

    /// A submission with automatic numbering, a bold run-in heading and a tracked deletion;
    /// the same text as a reader of the page sees it.
    static let submission: [String] = [
        run("南阳市：创新履职路径 凝聚代表合力"),
        "",
        run("南阳市人大常委会组织代表开展活动,成效明显。"),
        numbered + run("深钻细研“学蓝图”。", bold: true) + run("一是注重系统化学习 。"),
        numbered + run("立足专业“解蓝图”。") + #"<w:del w:id="1" w:author="x"><w:r><w:delText>删去的话,</w:delText></w:r></w:del>"#,
        run("（南阳市人大常委会代表工委供稿）"),
    ]
    static let submissionText = """
    南阳市：创新履职路径 凝聚代表合力

    南阳市人大常委会组织代表开展活动,成效明显。
    一、深钻细研“学蓝图”。一是注重系统化学习 。
    二、立足专业“解蓝图”。
    （南阳市人大常委会代表工委供稿）

    """

    func testCheckGivesTheTextsFindingsAtParagraphNumbers() throws {
        // The same name in two folders, without an extension: the document is known by its content,
        // and every format (SARIF too, with its percent-encoded URIs) can be compared whole.
        let folder = try temporaryFolder()
        let wordFolder = folder.appendingPathComponent("word"), textFolder = folder.appendingPathComponent("text")
        try FileManager.default.createDirectory(at: wordFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: textFolder, withIntermediateDirectories: true)
        let document = wordFolder.appendingPathComponent("来稿"), text = textFolder.appendingPathComponent("来稿")
        try Data(Self.docx(Self.submission)).write(to: document)
        try Data(Self.submissionText.utf8).write(to: text)
        for format in ["text", "json", "sarif", "github"] {
            let fromWord = try CLI.run(["check", "--article", "--format", format, document.path])
            let fromText = try CLI.run(["check", "--article", "--format", format, text.path])
            XCTAssertEqual(fromWord.status, 1, format)
            XCTAssertEqual(fromWord.status, fromText.status, format)
            XCTAssertEqual(fromWord.stdout.replacingOccurrences(of: wordFolder.path, with: textFolder.path), fromText.stdout, format)
        }
        let lines = try CLI.run(["check", "--article", document.path]).stdout
        // Paragraph 3, column 17: the half-width comma; paragraph 4 column 22 counts the number
        // 一、 that Word's numbering writes before the text.
        XCTAssertTrue(lines.contains("来稿:3:17: error: 中文里用了半角“,”"), lines)
        XCTAssertTrue(lines.contains("来稿:4:22: error: 汉字或中文标点之间有多余空格"), lines)
        // Also by content alone, through stdin and under another name.
        let piped = try CLI.run(["check", "--article", "-"], stdinFile: document)
        XCTAssertEqual(piped.stdout.replacingOccurrences(of: "<stdin>", with: document.path), lines)
    }

    func testFixNeverRewritesAWordDocument() throws {
        let folder = try temporaryFolder()
        let document = folder.appendingPathComponent("来稿.docx")
        let bytes = Self.docx(Self.submission)
        try Data(bytes).write(to: document)
        let fix = try CLI.run(["check", "--article", "--fix", document.path])
        XCTAssertEqual(fix.status, 2)
        XCTAssertTrue(fix.stderr.contains("是 Word 文档，--fix 不改写它"), fix.stderr)
        XCTAssertEqual([UInt8](try Data(contentsOf: document)), bytes)
        let diff = try CLI.run(["check", "--article", "--diff", document.path])
        XCTAssertTrue(diff.stdout.contains("+南阳市人大常委会组织代表开展活动，成效明显。"), diff.stdout)
    }

    func testParseReadsAWordArticle() throws {
        let folder = try temporaryFolder()
        let document = folder.appendingPathComponent("来稿.docx"), text = folder.appendingPathComponent("来稿.txt")
        try Data(Self.docx(Self.submission)).write(to: document)
        try Data(Self.submissionText.utf8).write(to: text)
        let fromWord = try CLI.run(["parse", "--article", document.path])
        let fromText = try CLI.run(["parse", "--article", text.path])
        XCTAssertEqual(fromWord.status, 0, fromWord.stderr)
        XCTAssertEqual(fromWord.stdout.replacingOccurrences(of: "来稿.docx", with: "来稿"),
                       fromText.stdout.replacingOccurrences(of: "来稿.txt", with: "来稿"))
        XCTAssertTrue(fromWord.stdout.contains("深钻细研"))
    }

    func testUnreadableDocumentsExit2WithAMessage() throws {
        let folder = try temporaryFolder()
        func check(_ bytes: [UInt8], named name: String) throws -> CLIResult {
            let file = folder.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            return try CLI.run(["check", file.path])
        }
        let ole = try check([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512), named: "旧稿.doc")
        XCTAssertEqual(ole.status, 2)
        XCTAssertTrue(ole.stderr.contains("旧稿.doc：这是 Word 97-2003（.doc）或 WPS（.wps）格式的文档"), ole.stderr)
        XCTAssertTrue(ole.stderr.contains("另存为 .docx"))

        let empty = try check(Self.docx([Self.run("  "), ""]), named: "空.docx")
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.stderr.contains("正文是空的"), empty.stderr)

        let good = Self.docx(Self.submission)
        let cut = try check(Array(good.prefix(good.count / 2)), named: "半.docx")
        XCTAssertEqual(cut.status, 2)
        XCTAssertTrue(cut.stderr.contains("压缩包不完整"), cut.stderr)

        var corrupt = good
        corrupt[corrupt.count / 2] ^= 0xFF
        let damaged = try check(corrupt, named: "坏.docx")
        XCTAssertEqual(damaged.status, 2, damaged.stdout)
        XCTAssertTrue(damaged.stderr.contains("损坏"), damaged.stderr)

        // One unreadable document does not hide the findings of the others.
        let text = folder.appendingPathComponent("好.txt")
        try Data(Self.submissionText.utf8).write(to: text)
        let both = try CLI.run(["check", "--article", folder.appendingPathComponent("旧稿.doc").path, text.path])
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stdout.contains("好.txt:3:17:"))
    }
}

/// Plain text in GB18030/GBK, as Notepad and WPS write it.
final class LegacyEncodingCLITests: XCTestCase {
    func testGB18030TextIsCheckedWithANote() throws {
        let folder = try temporaryFolder()
        let text = DocxCLITests.submissionText
        let utf8 = folder.appendingPathComponent("utf8.txt"), gbk = folder.appendingPathComponent("gbk.txt")
        try Data(text.utf8).write(to: utf8)
        // GB18030 through Foundation, the decoder under test being the same one: check the bytes
        // differ from UTF-8 and decode back, so the test cannot pass on a UTF-8 file.
        let encoded = try XCTUnwrap(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        XCTAssertNotEqual(encoded, Data(text.utf8))
        try encoded.write(to: gbk)
        let fromGBK = try CLI.run(["check", "--article", gbk.path])
        let fromUTF8 = try CLI.run(["check", "--article", utf8.path])
        XCTAssertEqual(fromGBK.status, 1)
        XCTAssertEqual(fromGBK.stdout.replacingOccurrences(of: "gbk.txt", with: "utf8.txt"), fromUTF8.stdout)
        XCTAssertTrue(fromGBK.stderr.contains("gbk.txt：注意：不是 UTF-8，已按 GB18030（GBK）编码读取"), fromGBK.stderr)
        XCTAssertEqual(try CLI.run(["parse", "--article", gbk.path]).stdout.replacingOccurrences(of: "gbk.txt", with: "utf8.txt"),
                       try CLI.run(["parse", "--article", utf8.path]).stdout)
        // The fixed file stays in its own encoding (Notepad opens it as before), with the same
        // fixes as the UTF-8 file.
        let fix = try CLI.run(["check", "--article", "--fix", gbk.path])
        XCTAssertEqual(try CLI.run(["check", "--article", "--fix", utf8.path]).status, fix.status, fix.stderr)
        let fixed = try String(contentsOf: utf8, encoding: .utf8)
        XCTAssertNotEqual(fixed, text)
        XCTAssertEqual(try Data(contentsOf: gbk), fixed.data(using: String.Encoding(rawValue: 0x8000_0632)))
    }

    /// `--diff` and `--fix -` write GB18030 for a GB18030 file: patch(1) applies the patch to it,
    /// and both give the bytes `--fix` writes. (Bytes, through a shell: the runner reads stdout as UTF-8.)
    func testADiffOfAGB18030FileAppliesWithPatch() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { throw XCTSkip("no patch(1)") }
        let folder = try temporaryFolder()
        let original = try XCTUnwrap(DocxCLITests.submissionText.data(using: String.Encoding(rawValue: 0x8000_0632)))
        for name in ["patched.txt", "fixed.txt", "piped.txt"] { try original.write(to: folder.appendingPathComponent(name)) }
        let script = """
            "$0" check --article --diff patched.txt > fix.patch 2>/dev/null; patch -s -p0 < fix.patch || exit 3
            "$0" check --article --fix fixed.txt 2>/dev/null
            "$0" check --article --fix - < piped.txt > piped.out 2>/dev/null
            exit 0
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLI.binary.path]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "patch(1) did not apply the patch")
        let fixed = try Data(contentsOf: folder.appendingPathComponent("fixed.txt"))
        XCTAssertNotEqual(fixed, original)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("patched.txt")), fixed)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("piped.out")), fixed)
    }
}

/// `check --review`: the review copy beside the original.
final class ReviewCLITests: XCTestCase {
    func testReviewCopyBesideTheOriginal() throws {
        let folder = try temporaryFolder()
        let document = folder.appendingPathComponent("来稿.docx")
        let bytes = DocxCLITests.docx(DocxCLITests.submission)
        try Data(bytes).write(to: document)
        let result = try CLI.run(["check", "--article", "--review", document.path], environment: ["SOURCE_DATE_EPOCH": "1780000000"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let copy = folder.appendingPathComponent("来稿（审阅）.docx")
        XCTAssertTrue(FileManager.default.fileExists(atPath: copy.path), result.stderr)
        XCTAssertEqual([UInt8](try Data(contentsOf: document)), bytes, "the original is never touched")
        XCTAssertTrue(result.stderr.contains("已写出审阅稿 \(copy.path)（修订 2 处，批注 0 条）"), result.stderr)
        // The copy, read with all changes accepted, has no fixable finding left; its findings are
        // the original's unfixable ones.
        let original = try CLI.run(["check", "--article", "--format", "json", document.path]).stdout
        let accepted = try CLI.run(["check", "--article", "--format", "json", copy.path]).stdout
        XCTAssertTrue(original.contains("\"fix\""))
        XCTAssertFalse(accepted.contains("\"fix\""), accepted)
        XCTAssertTrue(String(decoding: try ZipReader(Array(try Data(contentsOf: copy))).contents(of: "word/document.xml") ?? [], as: UTF8.self)
            .contains(#"w:author="简报检查" w:date="2026-05-28T20:26:40Z""#))
        // Again: the copy is replaced, not the original.
        XCTAssertEqual(try CLI.run(["check", "--article", "--review", document.path]).status, 1)
        XCTAssertEqual([UInt8](try Data(contentsOf: document)), bytes)
    }

    func testReviewNeedsAWordFile() throws {
        let folder = try temporaryFolder()
        let text = folder.appendingPathComponent("来稿.txt")
        try Data(DocxCLITests.submissionText.utf8).write(to: text)
        let plain = try CLI.run(["check", "--review", text.path])
        XCTAssertEqual(plain.status, 2)
        XCTAssertTrue(plain.stderr.contains("--review 只用于 .docx"), plain.stderr)
        XCTAssertEqual(try CLI.run(["check", "--review", "-"], stdin: "x").status, 2)
        XCTAssertEqual(try CLI.run(["check", "--review", "--fix", text.path]).status, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["来稿.txt"])
    }
}
