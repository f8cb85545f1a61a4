import XCTest
@testable import Bulletin

/// `jianbao stats` (issue 15, item 4) on an archive made here from the examples and the seeds'
/// parsed notes: three years, gaps, a duplicate issue, a date out of order, units with none.
final class ArchiveStatisticsTests: XCTestCase {
    private func notes(_ path: String) throws -> Bulletin {
        guard case .bulletin(let bulletin) = try NotesDecoder().decode(text: Seeds.file(path)) else {
            XCTFail("an issue"); return Bulletin(masthead: Masthead(title: ""))
        }
        return bulletin
    }

    private func parsed(_ seed: String) throws -> Bulletin {
        try XCTUnwrap(BulletinReader.read(Seeds.text(seed)).bulletin)
    }

    /// Issue `number` of `date`, with the articles of `bulletin` and no 专辑.
    private func reissued(_ bulletin: Bulletin, number: Int, date: BulletinDate?) -> Bulletin {
        var copy = bulletin
        copy.masthead.issueNumber = number
        copy.masthead.date = date
        copy.album = nil
        return copy
    }

    /// The issue with its first article's headline changed: the same 期号 with other content,
    /// a duplicate rather than a copy.
    private func retitled(_ bulletin: Bulletin) -> Bulletin {
        var other = bulletin
        other.articles[0].headline += "（另稿）"
        return other
    }

    private func archive() throws -> [ArchiveStatistics.Issue] {
        let issue11 = try notes("examples/issue-11.yaml"), issue17 = try notes("examples/issue-17.yaml")
        return [
            .init(name: "issue-11.yaml", bulletin: issue11),                               // 2026-04-13 #11 专辑（一）
            .init(name: "issue-16.yaml", bulletin: try notes("examples/issue-16.yaml")),   // 2026-06-04 #16 （六）
            .init(name: "issue-17.yaml", bulletin: issue17),                               // 2026-06-22 #17 （七）
            .init(name: "003.txt", bulletin: retitled(try parsed(Seeds.recentIssue16))),   // #16 again, another headline: a duplicate
            .init(name: "004.md", bulletin: try parsed(Seeds.markdownIssue40)),            // 2024-10-14 #40 （三十三）
            .init(name: "001.txt", bulletin: try parsed(Seeds.ocrIssue2024)),              // 2024-04-11, no 期号, （三）
            .init(name: "2025-2.yaml", bulletin: reissued(issue11, number: 2, date: BulletinDate(year: 2025, month: 2, day: 10))),
            .init(name: "2025-5.yaml", bulletin: reissued(issue17, number: 5, date: BulletinDate(year: 2025, month: 1, day: 20))),
            .init(name: "undated.yaml", bulletin: reissued(issue17, number: 9, date: nil)),
        ]
    }

    private func counts(_ statistics: ArchiveStatistics) -> [String: (total: Int, byYear: [Int: Int], byMonth: [String: Int])] {
        Dictionary(uniqueKeysWithValues: statistics.units.map { unit in
            (unit.unit, (unit.total, unit.byYear, Dictionary(uniqueKeysWithValues: unit.byMonth.map { ($0.key.description, $0.value) })))
        })
    }

    func testTheWholeArchive() throws {
        let statistics = ArchiveStatistics(issues: try archive())
        XCTAssertEqual(statistics.issueCount, 8)
        XCTAssertEqual(statistics.articleCount, 20)
        XCTAssertEqual(statistics.years, [2024, 2025, 2026])
        XCTAssertEqual(statistics.months.map(\.description), ["2024-04", "2024-10", "2025-01", "2025-02", "2026-04", "2026-06"])
        XCTAssertEqual(statistics.undated, ["undated.yaml"])
        // Units by the divisions list's city order (郑州 开封 洛阳 平顶山 安阳 … 周口), then by name.
        XCTAssertEqual(statistics.units.map(\.city), ["郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "焦作市", "许昌市", "漯河市",
                                                     "南阳市", "信阳市", "周口市", "周口市"])
        let units = counts(statistics)
        let expected: [(String, Int, [Int: Int], [String: Int])] = [
            ("郑州市人大常委会代表工委", 2, [2025: 1, 2026: 1], ["2025-02": 1, "2026-04": 1]),
            ("焦作市人大常委会代表工委", 2, [2025: 1, 2026: 1], ["2025-02": 1, "2026-04": 1]),
            ("周口市人大常委会代表工委", 2, [2025: 1, 2026: 1], ["2025-02": 1, "2026-04": 1]),
            ("南阳市人大常委会代表工委", 2, [2026: 2], ["2026-06": 2]),
            ("许昌市人大常委会代表工委", 2, [2026: 2], ["2026-06": 2]),
            ("信阳市人大常委会代表工委", 2, [2025: 1, 2026: 1], ["2025-01": 1, "2026-06": 1]),
            ("安阳市人大常委会代表工委", 3, [2024: 1, 2025: 1, 2026: 1], ["2024-10": 1, "2025-01": 1, "2026-06": 1]),
            ("开封市人大常委会代表工委", 1, [2024: 1], ["2024-10": 1]),
            ("洛阳市人大常委会代表工委", 1, [2024: 1], ["2024-10": 1]),
            ("平顶山市人大常委会选工委", 1, [2024: 1], ["2024-04": 1]),
            ("漯河市人大常委会选工委", 1, [2024: 1], ["2024-04": 1]),
            ("周口市人大常委会选工委", 1, [2024: 1], ["2024-04": 1]),
        ]
        XCTAssertEqual(units.count, expected.count, units.keys.sorted().joined(separator: "、"))
        for (unit, total, byYear, byMonth) in expected {
            XCTAssertEqual(units[unit]?.total, total, unit)
            XCTAssertEqual(units[unit]?.byYear, byYear, unit)
            XCTAssertEqual(units[unit]?.byMonth, byMonth, unit)
        }
        XCTAssertEqual(statistics.silentCities, ["鹤壁市", "新乡市", "濮阳市", "三门峡市", "商丘市", "驻马店市", "济源示范区"])

        // 专辑: in order of first appearance; （二）至（五） missing and （六） twice in the current one.
        XCTAssertEqual(statistics.albums.map(\.theme), ["“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑",
                                                       "“为人民履职、为中原添彩·人大代表在行动”主题活动专辑",
                                                       "“为人民履职、为中原添彩人大代表在行动”主题活动专辑"])
        XCTAssertEqual(statistics.albums[0].issues.map(\.albumNumber), [1, 6, 6, 7])
        XCTAssertEqual(statistics.albums[0].issues.map(\.issueNumber), [11, 16, 16, 17])
        XCTAssertEqual(statistics.albums[0].gaps, [2...5])
        XCTAssertEqual(statistics.albums[0].duplicates, [6])
        XCTAssertEqual(statistics.albums[1].issues.map(\.albumNumber), [33])
        XCTAssertEqual(statistics.albums[2].issues.map(\.issueNumber), [nil], "the OCR issue has no 期号")
        XCTAssertEqual(statistics.albums[2].issues.map(\.name), ["001.txt"])

        // 期号 per year.
        XCTAssertEqual(statistics.continuity.map(\.year), [2024, 2025, 2026])
        let (y2024, y2025, y2026) = (statistics.continuity[0], statistics.continuity[1], statistics.continuity[2])
        XCTAssertEqual([y2024.issues, y2024.first, y2024.last], [1, 40, 40])
        XCTAssertEqual(y2024.gaps, [])
        XCTAssertEqual([y2025.issues, y2025.first, y2025.last], [2, 2, 5])
        XCTAssertEqual(y2025.gaps, [3...4])
        XCTAssertEqual(y2025.outOfOrder, [.init(number: 5, date: try XCTUnwrap(BulletinDate(year: 2025, month: 1, day: 20)),
                                                previousNumber: 2, previousDate: try XCTUnwrap(BulletinDate(year: 2025, month: 2, day: 10)))])
        XCTAssertEqual(y2025.duplicates.count, 0)
        XCTAssertEqual([y2026.issues, y2026.first, y2026.last], [4, 11, 17])
        XCTAssertEqual(y2026.gaps, [12...15])
        XCTAssertEqual(y2026.duplicates.map(\.number), [16])
        XCTAssertEqual(y2026.duplicates.map(\.names), [["003.txt", "issue-16.yaml"]])
        XCTAssertEqual(y2026.outOfOrder, [])
    }

    func testAPeriodCountsOnlyItsIssuesAndNamesTheUnitsWithNone() throws {
        let year = ArchiveStatistics(issues: try archive(), period: .year(2026))
        XCTAssertEqual(year.issueCount, 4)
        XCTAssertEqual(year.articleCount, 9)
        XCTAssertEqual(year.years, [2026])
        XCTAssertEqual(year.units.count, 12, "units of the whole archive stay, with their zero")
        XCTAssertEqual(year.units.filter { $0.total == 0 }.map(\.unit), ["开封市人大常委会代表工委", "洛阳市人大常委会代表工委", "平顶山市人大常委会选工委",
                                                                         "漯河市人大常委会选工委", "周口市人大常委会选工委"])
        XCTAssertEqual(counts(year)["安阳市人大常委会代表工委"]?.total, 1)
        XCTAssertEqual(year.silentCities, ["开封市", "洛阳市", "平顶山市", "鹤壁市", "新乡市", "濮阳市", "漯河市", "三门峡市", "商丘市", "驻马店市", "济源示范区"])

        // Which cities have not contributed since June?
        let since = try XCTUnwrap(StatisticsPeriod.date(parsing: "2026-06", end: false))
        let summer = ArchiveStatistics(issues: try archive(), period: StatisticsPeriod(since: since))
        XCTAssertEqual(summer.issueCount, 3)
        XCTAssertEqual(summer.units.filter { $0.total > 0 }.map(\.city), ["安阳市", "许昌市", "南阳市", "信阳市"])
        XCTAssertTrue(summer.silentCities.contains("郑州市") && summer.silentCities.contains("周口市"))
        XCTAssertEqual(summer.continuity.map(\.gaps), [[]], "16, 16, 17: no gap")

        XCTAssertEqual(StatisticsPeriod.date(parsing: "2024-02", end: true), BulletinDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(StatisticsPeriod.date(parsing: "2026年6月", end: false), BulletinDate(year: 2026, month: 6, day: 1))
        XCTAssertEqual(StatisticsPeriod.date(parsing: "2026", end: true), BulletinDate(year: 2026, month: 12, day: 31))
        XCTAssertNil(StatisticsPeriod.date(parsing: "六月", end: true))
    }

    /// Adversarial numbers: gaps are ranges, so 1 and 9 999 999 cost as little as 1 and 3.
    func testGapsAreRangesWhateverTheNumbers() throws {
        let issue = try notes("examples/issue-17.yaml")
        let date = BulletinDate(year: 2026, month: 1, day: 1)
        let statistics = ArchiveStatistics(issues: [1, Int.max, Int.max].enumerated().map {
            .init(name: "\($0.offset).yaml", bulletin: reissued($0.offset == 2 ? retitled(issue) : issue, number: $0.element, date: date))
        })
        XCTAssertEqual(statistics.continuity[0].gaps, [2...(Int.max - 1)])
        XCTAssertEqual(statistics.continuity[0].duplicates.map(\.number), [Int.max])
    }

    func testTheReportsCarryTheCounts() throws {
        let statistics = ArchiveStatistics(issues: try archive(), period: .year(2026))
        let text = StatisticsReport.text(statistics)
        XCTAssertTrue(text.hasPrefix("过刊 4 期，文章 9 篇（期间：2026年1月1日至2026年12月31日）\n"), text)
        XCTAssertTrue(text.contains("\n南阳市    南阳市人大常委会代表工委     2     2\n"), text)
        XCTAssertTrue(text.contains("\n  2026 年：4 期，第 11 至 17 期；缺：第 12 期至第 15 期；重复：第 16 期（003.txt、issue-16.yaml）；日期倒序：无\n"), text)
        XCTAssertTrue(text.contains("序号缺：（二）至（五）；序号重复：（六）"), text)
        let csv = StatisticsReport.csv(statistics)
        XCTAssertTrue(csv.hasPrefix("地市,供稿单位,合计,2026,2026-04,2026-06\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\n南阳市,南阳市人大常委会代表工委,2,2,0,2\r\n"), csv)
        XCTAssertTrue(csv.contains("\r\n开封市,开封市人大常委会代表工委,0,0,0,0\r\n"), csv)
        let json = try JSONSerialization.jsonObject(with: Data(StatisticsReport.json(statistics).utf8)) as? [String: Any]
        XCTAssertEqual(json?["issues"] as? Int, 4)
        XCTAssertEqual(json?["articles"] as? Int, 9)
        let units = json?["units"] as? [[String: Any]]
        XCTAssertEqual(units?.count, 12)
        XCTAssertEqual(units?.first { $0["unit"] as? String == "安阳市人大常委会代表工委" }?["byMonth"] as? [String: Int], ["2026-06": 1])
        let continuity = json?["continuity"] as? [[String: Any]]
        XCTAssertEqual(continuity?.first?["gaps"] as? [[Int]], [[12, 15]])
        let html = StatisticsReport.html(statistics)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("src=") || html.contains("href="), "nothing external")
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, statistics.units.filter { $0.total > 0 }.count)
        XCTAssertTrue(html.contains("<title>2026-06：2 篇</title>"))
    }

    /// One issue kept as notes, as a Word document and as text is one issue, counted from the
    /// notes; the same 期号 with other articles stays a duplicate.
    func testCopiesOfOneIssueInSeveralFormatsCountOnce() throws {
        let issue16 = try notes("examples/issue-16.yaml"), issue17 = try notes("examples/issue-17.yaml")
        // The seed's text of issue 16, spaced differently in a headline: still the same issue.
        var typed = try parsed(Seeds.recentIssue16)
        typed.articles[0].headline = typed.articles[0].headline.map { "\($0) " }.joined()
        typed.articles[typed.articles.count - 1].region += "\u{3000}"
        let files: [ArchiveStatistics.Issue] = [
            .init(name: "第16期.docx", bulletin: issue16, source: .word),
            .init(name: "第16期.txt", bulletin: typed, source: .text),
            .init(name: "第16期.yaml", bulletin: issue16, source: .notes),
            .init(name: "第17期.docx", bulletin: issue17, source: .word),
            .init(name: "第17期.md", bulletin: issue17, source: .text),
            .init(name: "第17期另稿.yaml", bulletin: retitled(issue17), source: .notes),
        ]
        let statistics = ArchiveStatistics(issues: files)
        XCTAssertEqual(statistics.issueCount, 3)
        XCTAssertEqual(statistics.articleCount, issue16.articles.count + 2 * issue17.articles.count)
        XCTAssertEqual(statistics.copies, [
            .init(year: 2026, number: 16, counted: "第16期.yaml", others: ["第16期.docx", "第16期.txt"]),
            .init(year: 2026, number: 17, counted: "第17期.docx", others: ["第17期.md"]),
        ])
        XCTAssertEqual(statistics.continuity.first?.duplicates.map(\.number), [17])
        XCTAssertEqual(statistics.continuity.first?.duplicates.first?.names, ["第17期.docx", "第17期另稿.yaml"])
        XCTAssertEqual(statistics.albums.first?.duplicates, [7])

        let text = StatisticsReport.text(statistics)
        XCTAssertTrue(text.hasPrefix("过刊 3 期，文章 \(statistics.articleCount) 篇"), text)
        XCTAssertTrue(text.contains("\n  2026 年第 16 期：计入 第16期.yaml，另有 第16期.docx、第16期.txt\n"), text)
        XCTAssertTrue(text.contains("重复：第 17 期（第17期.docx、第17期另稿.yaml）"), text)
        let json = try JSONSerialization.jsonObject(with: Data(StatisticsReport.json(statistics).utf8)) as? [String: Any]
        let copies = json?["copies"] as? [[String: Any]]
        XCTAssertEqual(copies?.first?["counted"] as? String, "第16期.yaml")
        XCTAssertEqual(copies?.last?["others"] as? [String], ["第17期.md"])
        XCTAssertTrue(StatisticsReport.html(statistics).contains("<p>2026 年第 17 期：计入 第17期.docx，另有 第17期.md</p>"))
    }
}
