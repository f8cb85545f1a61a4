import NotesFormat
import XCTest
@testable import Bulletin

/// 印发日期 (issue 16, item 12): GB/T 9704-2012 §7.4.3 prints the date at the right of the 印发
/// line ("2026年4月13日印发"); the house samples print none, so notes and presets opt in with
/// `印发日期: 是` (the issue's date) or a date of its own.
final class IssuedDateTests: XCTestCase {
    private let notes = """
        期号: 17
        日期: 2026年6月22日
        文章:
          - 地区: 安阳市
            标题: 标题
            导语: 导语。
            供稿: 安阳市人大常委会代表工委

        """

    private func bulletin(_ extra: String, profile: HouseProfile = .standard) throws -> Bulletin {
        guard case .bulletin(let bulletin) = try NotesDecoder(profile: profile).decode(text: notes + extra) else {
            throw XCTSkip("not an issue")
        }
        return bulletin
    }

    private func lastLine(_ bulletin: Bulletin) throws -> String {
        let text = try Drafter(library: try Drafter.defaultLibrary()).draft(.bulletin(bulletin), format: "txt")
        return String(text.split(separator: "\n").last ?? "")
    }

    func testTheNotesChooseTheDate() throws {
        XCTAssertNil(try bulletin("").footer?.issuedDate)
        XCTAssertEqual(try bulletin("印发日期: 是\n").footer?.issuedDate, .issueDate)
        XCTAssertEqual(try bulletin("印发日期: 2026年6月23日\n").footer?.issuedDate, .on(try XCTUnwrap(BulletinDate(year: 2026, month: 6, day: 23))))
        XCTAssertEqual(try lastLine(try bulletin("")), "河南省人大常委会代表工作委员会印发")
        XCTAssertEqual(try lastLine(try bulletin("印发日期: 是\n")), "河南省人大常委会代表工作委员会 2026年6月22日印发")
        XCTAssertEqual(try lastLine(try bulletin("印发日期: \"2026-06-23\"\n份数: 60\n")), "河南省人大常委会代表工作委员会 2026年6月23日印发\u{3000}共印 60 份")
    }

    func testAPresetCanAskAndTheNotesCanDecline() throws {
        var profile = HouseProfile.standard
        profile.presets[0].footer.issuedDate = .issueDate
        XCTAssertEqual(try lastLine(try bulletin("", profile: profile)), "河南省人大常委会代表工作委员会 2026年6月22日印发")
        XCTAssertEqual(try lastLine(try bulletin("印发日期: 否\n", profile: profile)), "河南省人大常委会代表工作委员会印发")
        let preset = try ProfileDecoder.decode(text: "分送预设:\n  默认:\n    印发: 甲单位\n    印发日期: 是\n", base: .standard)
        XCTAssertEqual(preset.defaultFooter?.issuedDate, .issueDate)
    }

    func testWrongValuesAreLocated() {
        for (extra, column) in [("印发日期: 明天\n", 7), ("印发日期: 2026年2月30日\n", 7)] {
            XCTAssertThrowsError(try NotesDecoder().decode(text: notes + extra), extra) { error in
                let diagnostic = (error as? NotesDecodingError)?.diagnostics.first
                XCTAssertEqual(diagnostic?.range.start.line, 8, extra)
                XCTAssertEqual(diagnostic?.range.start.column, column, extra)
                XCTAssertTrue(diagnostic?.message.contains("印发日期") ?? false, extra)
            }
        }
        XCTAssertThrowsError(try NotesDecoder().decode(text: notes + "分送: 无\n印发日期: 是\n")) { error in
            XCTAssertTrue((error as? NotesDecodingError)?.diagnostics.first?.message.contains("无处可用") ?? false)
        }
    }

    /// Drafted, read back and written as notes again: the same choice, in every text format.
    func testParseReadsTheDateBack() throws {
        let drafter = Drafter(library: try Drafter.defaultLibrary())
        for (extra, expected) in [("印发日期: 是\n", DistributionFooter.IssuedDate.issueDate),
                                  ("印发日期: 2026年6月23日\n份数: 60\n", .on(try XCTUnwrap(BulletinDate(year: 2026, month: 6, day: 23))))] {
            let source = try bulletin(extra)
            for format in ["txt", "md"] {
                let result = BulletinReader.read(try drafter.draft(.bulletin(source), format: format))
                let footer = try XCTUnwrap(result.bulletin?.footer, format)
                XCTAssertEqual(footer.issuer, "河南省人大常委会代表工作委员会", format)
                XCTAssertEqual(footer.issuedDate, expected, format)
                XCTAssertEqual(result.bulletin?.footer, source.footer, format)
                let yaml = NotesWriter.yaml(try XCTUnwrap(result.notes()))
                XCTAssertTrue(yaml.contains("\n印发日期: "), yaml)
                XCTAssertEqual(try NotesDecoder().decode(text: yaml), .bulletin(try XCTUnwrap(result.bulletin)), format)
            }
        }
        // A unit and a date on the line as a typist sets them (a tab, full-width digits normalised).
        let typed = BulletinReader.read("代表工作\n第 3 期\n河南省人大常委会代表工作委员会 2026年4月13日\n\n郑州市：标题\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n送：甲\n\n河南省人大常委会代表工作委员会\t2026年4月13日印发\n")
        XCTAssertEqual(typed.bulletin?.footer?.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(typed.bulletin?.footer?.issuedDate, .issueDate)
        XCTAssertEqual(typed.layout.footer?.issuedDate?.text, "2026年4月13日")
    }

    func testTheDocxPrintsTheDateAtTheRight() throws {
        let xml = try DocxWriter.documentXML(for: try bulletin("印发日期: 是\n"))
        let run = { (text: String) in "<w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        XCTAssertTrue(xml.contains(run("河南省人大常委会代表工作委员会") + "<w:r><w:tab/></w:r><w:r>" + run("2026年6月22日印发")), String(xml.suffix(1500)))
    }
}
