import XCTest
@testable import Bulletin

final class ProfileTests: XCTestCase {
    /// The 送/发 lines and the issuer exactly as samples 000 (第 11 期) and 003 (第 16 期) print them.
    func testStandardProfileMatchesTheRecentSamples() throws {
        let profile = HouseProfile.standard
        XCTAssertEqual(profile.name, "standard")
        XCTAssertEqual(profile.title, "代表工作")
        XCTAssertEqual(profile.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertEqual(profile.defaultPresetName, "默认")
        XCTAssertNotNil(profile.articleLengthLimit)
        let footer = try XCTUnwrap(profile.defaultFooter)
        for seed in [Seeds.recentIssue11, Seeds.recentIssue16] {
            let text = try Seeds.text(seed)
            XCTAssertTrue(text.contains("送：\(try XCTUnwrap(footer.sendTo))\n"), seed)
            XCTAssertTrue(text.contains("发：\(try XCTUnwrap(footer.copyTo))\n"), seed)
            XCTAssertTrue(text.contains("\n\(footer.issuer)印发"), seed)
        }
        XCTAssertNil(footer.copies)
    }

    func testProfile2024HasTheOlderIssuingBodyAndCopies() throws {
        let profile = try HouseProfile.named("2024")
        XCTAssertEqual(profile.issuingBody, ["河南省人大常委会", "选举任免代表联络工作委员会"])
        let footer = try XCTUnwrap(profile.defaultFooter)
        XCTAssertEqual(footer.issuer, "河南省人大常委会选举任免代表联络工作委员会")
        XCTAssertEqual(footer.copies, 60)
        XCTAssertEqual(footer.sendTo, "省人大常委会主任、副主任、秘书长")
        XCTAssertTrue(try XCTUnwrap(footer.copyTo).contains("办公厅一级巡视员"))
        // Sample 001 (OCR, 2024) prints the same issuer line, with full-width digits.
        XCTAssertTrue(try Seeds.text(Seeds.ocrIssue2024).contains("\(footer.issuer)印发 共印６０份"))
        XCTAssertEqual(HouseProfile.builtInNames, ["2024", "standard"])
    }

    func testUnknownBuiltInNameSuggestsTheClosest() {
        XCTAssertThrowsError(try HouseProfile.named("standart")) { error in
            let message = (error as? NotesDecodingError)?.diagnostics.first?.message ?? ""
            XCTAssertTrue(message.contains("“standard”"), message)
        }
    }

    func testUserProfileOverridesTheStandardOne() throws {
        let profile = try HouseProfile.load(text: """
        名称: 某市
        刊名: 人大简报
        分送预设:
          内部:
            发: 各委室
            印发: 某市人大常委会办公室
            份数: 30
        默认分送: 内部
        """)
        XCTAssertEqual(profile.name, "某市")
        XCTAssertEqual(profile.title, "人大简报")
        XCTAssertEqual(profile.issuingBody, HouseProfile.standard.issuingBody, "keys the file leaves out keep the standard values")
        XCTAssertEqual(profile.presetNames, ["默认", "内部"])
        XCTAssertEqual(profile.defaultFooter, DistributionFooter(sendTo: nil, copyTo: "各委室", issuer: "某市人大常委会办公室", copies: 30))
    }

    func testProfileErrorsAreLocated() {
        let text = """
        刊名: 人大简报
        默认分送: 默任
        分送预设:
          内部:
            发: 各委室
        """
        XCTAssertThrowsError(try HouseProfile.load(text: text)) { error in
            let diagnostics = (error as? NotesDecodingError)?.diagnostics ?? []
            let headlines = diagnostics.map { $0.headline(path: "p.yaml") }
            XCTAssertEqual(headlines, [
                "p.yaml:2:7: error: 默认分送“默任”不是本画像的分送预设，是否想写“默认”？",
                "p.yaml:5:5: error: 分送预设“内部”缺少必填字段“印发”",
            ])
        }
    }

    func testExampleProfileLoads() throws {
        let profile = try HouseProfile.load(text: Seeds.file("examples/profile.yaml"))
        XCTAssertNotEqual(profile, HouseProfile.standard)
        XCTAssertNotNil(profile.defaultFooter)
    }
}
