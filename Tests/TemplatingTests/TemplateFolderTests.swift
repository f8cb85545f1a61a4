import Foundation
import Templating
import XCTest

/// Loading a template folder: names are relative paths, and nothing outside the folder
/// is ever read, whether named with `..`, an absolute path or through a symbolic link.
final class TemplateFolderTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("house/partials"), withIntermediateDirectories: true)
        try write("house/bulletin.txt.mustache", "{{刊名}}\n{{> partials/point.md}}\n")
        try write("house/partials/point.md.mustache", "- {{要点}}\n")
        try write("house/notes.txt", "not a template")
        try write("house/.swap.mustache", "hidden editor file")
        try write("secret.mustache", "SECRET OUTSIDE THE FOLDER")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(relativePath))
    }

    private var house: String { root.appendingPathComponent("house").path }

    func testLoadsEveryTemplateBelowTheFolderByRelativeName() throws {
        let library = try TemplateLibrary(directory: house)
        XCTAssertEqual(library.names, ["bulletin.txt", "partials/point.md"])
        XCTAssertEqual(try library.render("bulletin.txt", ["刊名": "代表工作", "要点": "甲"]), "代表工作\n- 甲\n")
    }

    func testSymlinkLeavingTheFolderIsAnErrorNotARead() throws {
        try FileManager.default.createSymbolicLink(atPath: house + "/partials/leak.mustache", withDestinationPath: root.appendingPathComponent("secret.mustache").path)
        try write("house/uses-leak.txt.mustache", "[{{> partials/leak}}]")
        let library = try TemplateLibrary(directory: house)
        XCTAssertFalse(library.contains("partials/leak"))
        let refused = "局部模板“partials/leak”是指向模板文件夹之外的符号链接，为安全起见不读取"
        XCTAssertThrowsError(try library.render("uses-leak.txt", [:])) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.paths, ["uses-leak.txt"])
            XCTAssertEqual(error.diagnostics.map(\.message), [refused])
            XCTAssertEqual(error.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }, ["1:2"])
            XCTAssertFalse(error.rendered().contains("SECRET"))
        }
        XCTAssertThrowsError(try library.render("partials/leak", [:])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostics.map(\.message), [refused])
        }
        let missing = try XCTUnwrap(library.missingPartials())
        XCTAssertEqual(missing.paths, ["uses-leak.txt"])
        XCTAssertEqual(missing.diagnostics.map(\.message), [refused])
        XCTAssertEqual(missing.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }, ["1:2"])
    }

    func testPartialThroughASymlinkedFolderLeavingTheFolderIsRefusedNotMissing() throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("elsewhere/deeper"), withIntermediateDirectories: true)
        try write("elsewhere/secret.mustache", "SECRET OUTSIDE THE FOLDER")
        try write("elsewhere/deeper/x.mustache", "SECRET TOO")
        try FileManager.default.createSymbolicLink(atPath: house + "/linkdir", withDestinationPath: root.appendingPathComponent("elsewhere").path)
        try FileManager.default.createSymbolicLink(atPath: house + "/partials/nested", withDestinationPath: root.appendingPathComponent("elsewhere").path)
        try write("house/uses.txt.mustache", "[{{> linkdir/secret}}]\n{{> partials/nested/deeper/x}}\n{{>*名}}")
        let library = try TemplateLibrary(directory: house)
        XCTAssertEqual(library.names, ["bulletin.txt", "partials/point.md", "uses.txt"])
        let refused = "局部模板“linkdir/secret”在指向模板文件夹之外的符号链接文件夹“linkdir”里，为安全起见不读取"
        let nested = "局部模板“partials/nested/deeper/x”在指向模板文件夹之外的符号链接文件夹“partials/nested”里，为安全起见不读取"

        let found = try XCTUnwrap(library.missingPartials())
        XCTAssertEqual(found.paths, ["uses.txt", "uses.txt"])
        XCTAssertEqual(found.diagnostics.map(\.message), [refused, nested])
        XCTAssertEqual(found.diagnostics.map { "\($0.range.start.line):\($0.range.start.column)" }, ["1:2", "2:1"])

        XCTAssertThrowsError(try library.render("uses.txt", ["名": "linkdir/secret"])) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.diagnostics.map(\.message), [refused])
            XCTAssertFalse(error.rendered().contains("SECRET"))
        }
        XCTAssertThrowsError(try library.render("linkdir/secret", [:])) { error in
            XCTAssertEqual((error as? TemplateError)?.diagnostics.map(\.message), [refused])
        }
    }

    func testSymlinkInsideTheFolderIsFollowed() throws {
        try FileManager.default.createSymbolicLink(atPath: house + "/point-alias.mustache", withDestinationPath: house + "/partials/point.md.mustache")
        let library = try TemplateLibrary(directory: house)
        XCTAssertEqual(try library.render("point-alias", ["要点": "乙"]), "- 乙\n")
    }

    func testSymlinkedFolderOutsideIsNotEntered() throws {
        try FileManager.default.createDirectory(at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try write("elsewhere/other.mustache", "OTHER")
        try FileManager.default.createSymbolicLink(atPath: house + "/linked", withDestinationPath: root.appendingPathComponent("elsewhere").path)
        let library = try TemplateLibrary(directory: house)
        XCTAssertFalse(library.contains("linked/other"))
        XCTAssertEqual(library.names, ["bulletin.txt", "partials/point.md"])
    }

    func testDotDotAndAbsoluteNamesNeverReachFiles() throws {
        try write("house/escape.txt.mustache", "{{> ../secret}}")
        XCTAssertThrowsError(try TemplateLibrary(directory: house)) { error in
            XCTAssertTrue(String(describing: error).contains("escape.txt:1:1: error: 局部模板名“../secret”不安全"))
        }
        let library = try TemplateLibrary(sources: ["main.mustache": "{{>*name}}"])
        for name in ["../secret", "/etc/passwd", root.appendingPathComponent("secret").path] {
            XCTAssertThrowsError(try library.render("main", ["name": .string(name)]), name)
        }
        XCTAssertThrowsError(try library.render("../secret", [:]))
    }

    func testMissingFolderIsAnError() {
        XCTAssertThrowsError(try TemplateLibrary(directory: root.appendingPathComponent("nope").path)) { error in
            XCTAssertTrue(String(describing: error).contains("模板文件夹"))
        }
    }

    func testNonUTF8TemplateIsAnError() throws {
        try Data([0xD6, 0xD0, 0xCE, 0xC4]).write(to: root.appendingPathComponent("house/gbk.txt.mustache"))
        XCTAssertThrowsError(try TemplateLibrary(directory: house)) { error in
            XCTAssertTrue(String(describing: error).contains("不是 UTF-8"))
        }
    }
}
