import Foundation
import XCTest

/// `jianbao stats` as a user runs it on a folder of past issues in several formats.
final class StatsCLITests: XCTestCase {
    private func archive() throws -> URL {
        let folder = try temporaryFolder()
        for name in ["issue-11.yaml", "issue-16.yaml", "issue-17.yaml"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("examples/\(name)"), to: folder.appendingPathComponent(name))
        }
        for (seed, name) in [("004_7acb3700bb16512e.txt", "第40期.md"), ("001_f9581be366cac430.txt", "2024-04.txt"), ("002_826e4499cd511985.txt", "通讯.txt")] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("seeds/\(seed)"), to: folder.appendingPathComponent(name))
        }
        try """
        期号: 2
        日期: 2025年2月10日
        文章:
          - 地区: 新乡市
            标题: 甲
            供稿: 新乡市人大常委会代表工委
          - 地区: 辉县市
            标题: 乙
            供稿: 新乡市人大常委会代表工委
        """.write(to: folder.appendingPathComponent("2025-2.yaml"), atomically: true, encoding: .utf8)
        try "图片说明".write(to: folder.appendingPathComponent("photo.jpg"), atomically: true, encoding: .utf8)
        return folder
    }

    func testEveryFormatFromOneArchive() throws {
        let folder = try archive()
        let text = try CLI.run(["stats", folder.path + "/"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("过刊 6 期，文章 15 篇（期间：全部）\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains("\n新乡市    新乡市人大常委会代表工委     2     0     2     0\n"), text.stdout)
        XCTAssertTrue(text.stderr.contains("通讯.txt：跳过：不是简报"), "the feature is named, not counted: \(text.stderr)")
        XCTAssertFalse(text.stderr.contains("photo.jpg"), "only issue formats are read")

        let csv = try CLI.run(["stats", folder.path, "--format", "csv", "--year", "2025"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertTrue(csv.stdout.hasPrefix("地市,供稿单位,合计,2025,2025-02\r\n"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("\r\n新乡市,新乡市人大常委会代表工委,2,2,2\r\n"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("\r\n南阳市,南阳市人大常委会代表工委,0,0,0\r\n"), csv.stdout)

        let json = try CLI.run(["stats", folder.path, "--format", "json", "--since", "2026-06", "--until", "2026年6月"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["issues"] as? Int, 2)
        XCTAssertEqual(report["articles"] as? Int, 4)
        XCTAssertEqual(report["period"] as? [String: String], ["since": "2026-06-01", "until": "2026-06-30"])
        XCTAssertTrue((report["silentCities"] as? [String])?.contains("新乡市") == true)

        let output = folder.appendingPathComponent("统计.html")
        let html = try CLI.run(["stats", folder.path, "--format", "html", "-o", output.path])
        XCTAssertEqual(html.status, 0, html.stderr)
        let page = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(page.contains("<svg "), page)
        XCTAssertFalse(page.contains("<script"))
    }

    func testBadArguments() throws {
        let folder = try archive()
        XCTAssertEqual(try CLI.run(["stats", folder.path, "--since", "六月"]).status, 2)
        XCTAssertEqual(try CLI.run(["stats", folder.path, "--format", "pdf"]).status, 2)
        XCTAssertEqual(try CLI.run(["stats", "examples/issue-11.yaml"]).status, 2, "a file, not a folder")
        let empty = try temporaryFolder()
        let none = try CLI.run(["stats", empty.path])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("没有可统计的过刊"), none.stderr)
        XCTAssertTrue(try CLI.run(["help", "stats"]).stdout.hasPrefix("用法：jianbao stats"))
    }
}
