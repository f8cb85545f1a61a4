import XCTest
@testable import Bulletin

/// A heading typed with its city or county short of 市 or 县 (`焦作：…`, `周口：…`), as headings
/// often are: an article heading with its region for both jobs (`GenrePatterns.region`,
/// `HenanDivisions.bareNames`), which R1 asks to write in full. Before, `parse` listed the whole
/// article as unplaced lines while `check` read it as text of the article before it (R2 for its
/// 供稿 line, S4 for its contents entry), and neither named the region.
final class BareRegionTests: XCTestCase {
    private let submission = "周口：多措并举推动代表履职\n\n今年以来，周口市人大常委会扎实开展主题活动。\n\n一、强化组织领导。成立工作专班。\n\n二、拓宽参与渠道。组织代表进站。\n\n（周口市人大常委会代表工委供稿）\n"

    func testABareCityIsTheRegionOfASubmission() throws {
        let read = BulletinReader.read(submission)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.region, "周口")
        XCTAssertEqual(article.headline, "多措并举推动代表履职")
        XCTAssertTrue(read.missingFields.contains("地区“周口”不全，请写作“周口市”"), "\(read.missingFields)")
        let findings = Checker.check(submission).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code) \($0.finding.message)" },
                       ["1:1 R1 地区名“周口”不全：写作“周口市”"])
    }

    func testABareCityHeadsItsArticleInAnIssue() throws {
        let seed = try Seeds.text("000_c878d6b2feb97647.txt")
        let text = seed.replacingOccurrences(of: "\n焦作市：", with: "\n焦作：")
        XCTAssertNotEqual(text, seed)
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["郑州市", "焦作", "周口市"])
        XCTAssertEqual(read.unplaced.map(\.text), BulletinReader.read(seed).unplaced.map(\.text))
        // The same findings as the seed's, but R1 at the heading: no S4 (the contents entry says
        // 焦作市, which is right), no R2 for the 供稿 line of 焦作市.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let headingLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("焦作：") }) + 1
        let before = Checker.check(seed).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
        let after = Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
        XCTAssertEqual(after.filter { $0 != "\(headingLine) R1" }, before)
        XCTAssertTrue(after.contains("\(headingLine) R1"), "\(after)")
    }

    func testWhichNamesStandBare() {
        let divisions = HenanDivisions.shared
        XCTAssertEqual(divisions.fullName(ofBare: "焦作"), "焦作市")
        XCTAssertEqual(divisions.fullName(ofBare: "林州"), "林州市")
        XCTAssertEqual(divisions.fullName(ofBare: "襄城"), "襄城县")
        // A prefecture city and a county of one name: the city.
        XCTAssertEqual(divisions.fullName(ofBare: "安阳"), "安阳市")
        XCTAssertEqual(divisions.fullName(ofBare: "新乡"), "新乡市")
        // One character (滑县) and listed names are no bare names; nor a word that names no division.
        XCTAssertNil(divisions.fullName(ofBare: "滑"))
        XCTAssertNil(divisions.fullName(ofBare: "焦作市"))
        XCTAssertNil(divisions.fullName(ofBare: "时间"))
        XCTAssertNil(GenrePatterns.region(Array("时间：2026年4月".utf8)))
        XCTAssertNotNil(GenrePatterns.region(Array("焦作:闻令即动".utf8)))
        XCTAssertEqual(GenrePatterns.regionSpelledInFull(Array("焦作：闻令即动".utf8)), Array("焦作市：闻令即动".utf8))
    }

    func testStatisticsCountABareRegionUnderItsCity() {
        let bulletin = Bulletin(masthead: Masthead(title: "代表工作", issueNumber: 3, date: BulletinDate(year: 2026, month: 5, day: 8)),
                                articles: [Article(region: "焦作", headline: "甲")])
        let statistics = ArchiveStatistics(issues: [.init(name: "a.yaml", bulletin: bulletin)])
        XCTAssertEqual(statistics.units.map(\.city), ["焦作市"])
    }
}

extension BareRegionTests {
    /// 高新区 and 经开区 for the zones listed in full, and a town under a listed county, are regions
    /// of Henan to R1 (the audit: `郑州高新区`, `林州市姚村镇`, `淇滨区九州路街道` were rejected).
    func testShortZoneNamesAndTownsAreHenansRegions() {
        let divisions = HenanDivisions.shared
        XCTAssertEqual(divisions.division(named: "郑州高新区"), "郑州高新区")
        XCTAssertEqual(divisions.canonicalName("郑州高新区"), "郑州高新技术产业开发区")
        XCTAssertEqual(divisions.parent(of: "新乡经开区"), "新乡市")
        XCTAssertNil(divisions.division(named: "洛阳经开区"))   // no such zone listed
        XCTAssertEqual(divisions.division(named: "林州市姚村镇"), "林州市")
        XCTAssertEqual(divisions.division(named: "淇滨区九州路街道"), "淇滨区")
        XCTAssertNil(divisions.division(named: "某某镇"))
        // A district named without 回族, as everyday writing names it (the fourteenth audit).
        XCTAssertEqual(divisions.parent(of: "管城区"), "郑州市")
        XCTAssertEqual(divisions.canonicalName("瀍河区"), "瀍河回族区")
        XCTAssertEqual(Checker.lineCodes("管城区：高位部署强担当\n\n正文。\n\n（管城回族区人大常委会供稿）\n"), [])
        for region in ["郑州高新区", "林州市姚村镇"] {
            let text = "\(region)：高位部署强担当\n\n正文。\n\n（\(region == "郑州高新区" ? "郑州市" : "安阳市")人大常委会代表工委供稿）\n"
            XCTAssertEqual(Checker.lineCodes(text), [], region)
        }
    }
}
