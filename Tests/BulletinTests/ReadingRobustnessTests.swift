import XCTest
@testable import Bulletin

/// Bad or cut input never crashes the reader: every prefix of every sample reads or is
/// rejected with a reason, and a long file reads in one pass.
final class ReadingRobustnessTests: XCTestCase {
    private func assertConsistent(_ result: ReadResult, size: Int, _ message: String) {
        switch result.kind {
        case .issue:
            XCTAssertNotNil(result.bulletin, message)
        case .article:
            XCTAssertNotNil(result.article, message)
        case .notABulletin, .fragment:
            XCTAssertEqual(result.kind, .notABulletin, message)
            XCTAssertTrue(result.reasonNotABulletin?.hasPrefix("不是简报") == true, message)
            XCTAssertNil(result.bulletin, message)
        }
        for item in result.repairs.map(\.range) + result.unplaced.map(\.range) {
            XCTAssertLessThanOrEqual(item.end.offset, size, message)
            XCTAssertLessThanOrEqual(item.start.offset, item.end.offset, message)
        }
    }

    func testEveryPrefixOfEverySampleReads() throws {
        var checked = 0
        for name in Seeds.all {
            let lines = try Seeds.text(name).split(separator: "\n", omittingEmptySubsequences: false)
            for count in 0...lines.count {
                let prefix = lines.prefix(count).joined(separator: "\n")
                for force in [false, true] {
                    let result = BulletinReader.read(prefix, options: ReadOptions(forceArticle: force))
                    assertConsistent(result, size: prefix.utf8.count, "\(name) cut after line \(count)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 1000)
    }

    func testPrefixesOfAnIssueKeepWhatTheyHave() throws {
        // Cut in the middle of the second article of 000: masthead and first article are intact.
        let lines = try Seeds.text(Seeds.recentIssue11).split(separator: "\n", omittingEmptySubsequences: false)
        let result = BulletinReader.read(lines.prefix(40).joined(separator: "\n"))
        XCTAssertEqual(result.kind, .issue)
        XCTAssertEqual(result.bulletin?.masthead.issueNumber, 11)
        XCTAssertEqual(result.bulletin?.articles.map(\.region), ["郑州市", "焦作市"])
        XCTAssertEqual(result.bulletin?.articles[1].points.count, 2)
        XCTAssertNil(result.bulletin?.footer)
    }

    func testOddInputs() {
        let inputs: [[UInt8]] = [
            [], Array("\n\n\n".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0x00, 0x41], Array("*".utf8), Array("# ".utf8),
            Array("（供稿）".utf8), Array("送：".utf8), Array("第 期".utf8), Array("专辑（）".utf8), Array("一、".utf8),
            Array("郑州市：".utf8), Array("\\".utf8), Array("**".utf8), Array("第 1 期\n共印份\n印发".utf8),
            Array("2026年2月30日\n第 3 期\n郑州市：标题\n（供稿）\n送：\n\n\n印发\n共印 X 份".utf8),
            [0xE4, 0xB8], Array("１２３\r\n\r\n".utf8), Array("平顶山市:以,.\n\n.".utf8),
        ]
        for bytes in inputs {
            for force in [false, true] {
                let result = BulletinReader.read(bytes: bytes, options: ReadOptions(forceArticle: force))
                assertConsistent(result, size: bytes.count, "\(bytes)")
            }
        }
    }

    func testLineEndingsAndByteOrderMarkDoNotChangeTheModel() throws {
        for name in [Seeds.recentIssue11, Seeds.ocrIssue2024, Seeds.markdownIssue40] {
            let text = try Seeds.text(name)
            let expected = BulletinReader.read(text)
            let crlf = BulletinReader.read("\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n"))
            XCTAssertEqual(crlf.bulletin, expected.bulletin, name)
            XCTAssertEqual(crlf.repairs.map(\.kind), expected.repairs.map(\.kind), name)
            XCTAssertEqual(crlf.repairs.map(\.range.start.line), expected.repairs.map(\.range.start.line), name)
            // A byte order mark alone shifts no column (CRLF moves line ends, so only its lines compare).
            let bom = BulletinReader.read("\u{FEFF}" + text)
            XCTAssertEqual(bom.repairs.map { "\($0.range.start.line):\($0.range.start.column)" },
                           expected.repairs.map { "\($0.range.start.line):\($0.range.start.column)" }, name)
        }
    }

    func testAFunctionalZoneIsARegionAsLongAsTheCheckerTakesIt() {
        // 13 characters before the colon; the checker's R1 and S5 read the same region.
        let text = "新乡市平原城乡一体化示范区：以“五个切实”为抓手 推动代表工作\n\n平原示范区人大工委开展活动。\n\n（新乡市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(text).article?.region, "新乡市平原城乡一体化示范区")
        XCTAssertEqual(TextLayout.regionPrefix("新乡市平原城乡一体化示范区：标题"), "新乡市平原城乡一体化示范区")
        // 16 characters: a sentence with a colon, not a region, for both.
        let long = "南阳市人大常委会组织代表开展集中视察活动市：标题"
        XCTAssertNil(TextLayout.regionPrefix(long))
        XCTAssertNil(GenrePatterns.region(Array(long.utf8)))
    }

    func testEmptyInputSaysSo() {
        let empty = BulletinReader.read("\n \n")
        XCTAssertEqual(empty.kind, .notABulletin)
        XCTAssertEqual(empty.reasonNotABulletin, "不是简报：输入是空的（没有任何文字）。")
    }

    /// 1,000 issues in one file: every one is read on its own (`IssueBoundaries`), each the same
    /// issue as the file of one, nothing left over and nothing read twice.
    func testThousandIssueFile() throws {
        let single = try Seeds.text(Seeds.recentIssue11)
        let text = String(repeating: single + "\n", count: 1000)
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.kind, .issue)
        let issues = result.issuesInFile
        XCTAssertEqual(issues.count, 1000)
        let alone = BulletinReader.read(single)
        XCTAssertEqual(Set(issues.map(\.bulletin)), [alone.bulletin])
        XCTAssertEqual(issues.map(\.unplaced.count).reduce(0, +), 0)
        // The second issue starts where the first one's text ends, lines counted in the whole file.
        let linesPerIssue = (single + "\n").split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let firstTextLine = (single.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { !$0.allSatisfy { $0 == " " } } ?? 0) + 1
        XCTAssertEqual(issues[1].startLine, linesPerIssue + firstTextLine)
        XCTAssertEqual(issues[999].layout.masthead.issueLine?.range.start.line, (alone.layout.masthead.issueLine?.range.start.line ?? 0) + 999 * linesPerIssue)
    }
}
