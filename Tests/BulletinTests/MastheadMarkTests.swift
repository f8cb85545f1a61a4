import XCTest
@testable import Bulletin

/// A handling mark on the masthead (`内部资料`, `内部资料 注意保存`, `（内部资料 注意保存）`) is
/// neither 刊名 nor the issuing body (the eleventh audit, D5): the reader drops and lists it
/// (reason `mark`), the checker's masthead (S2, `TextLayout`) passes over it, one recogniser
/// (`GenrePatterns.isClassificationMark`). Before, `内部资料` over 刊名 was read as 刊名 and the
/// real 刊名 glued to the issuing body (`代表工作河南省人大常委会`, listed as a “repair”), a mark
/// under 刊名 was glued to the body, and `check` found nothing.
final class MastheadMarkTests: XCTestCase {
    static let body = ["河南省人大常委会", "代表工作委员会"]

    /// `line reason text` of the lines the reader left out.
    private func unplaced(_ read: ReadResult) -> [String] { read.unplaced.map { "\($0.line) \($0.reason) \($0.text)" } }

    /// The shape read, its masthead's 刊名 `代表工作` and body asserted; the masthead and reading returned.
    private func readWithItsTitleAndBody(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> (ReadResult, Masthead) {
        let read = BulletinReader.read(text)
        let masthead = try XCTUnwrap(read.bulletin?.masthead, file: file, line: line)
        XCTAssertEqual(masthead.title, "代表工作", file: file, line: line)
        XCTAssertEqual(masthead.issuingBody, Self.body, file: file, line: line)
        return (read, masthead)
    }

    func testAMarkOverTheTitleIsNoTitle() throws {
        let text = ReadingShapes.mastheadMarkOverTheTitle.text
        let (read, masthead) = try readWithItsTitleAndBody(text)
        XCTAssertEqual(masthead.issueNumber, 11)
        XCTAssertEqual(unplaced(read), ["1 mark 内部资料"])
        XCTAssertEqual(read.unplaced.first?.message, "刊头的“内部资料”“注意保存”一类标注不是刊名，也不是编发单位，已舍去")
        XCTAssertFalse(read.repairs.contains { $0.kind == .splitMastheadLine }, "\(read.repairs)")
        // The rest is read as without the mark.
        XCTAssertEqual(read.bulletin, BulletinReader.read(ReadingShapes.issue()).bulletin)
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    /// `（内部资料 注意保存）` under 刊名: no part of the body, and its space is the mark's (no P4,
    /// as for the mark without brackets).
    func testABracketedMarkUnderTheTitleIsNoPartOfTheBody() throws {
        let text = ReadingShapes.mastheadMarkUnderTheTitle.text
        let (read, _) = try readWithItsTitleAndBody(text)
        XCTAssertEqual(unplaced(read), ["3 mark （内部资料 注意保存）"])
        XCTAssertEqual(Checker.lineCodes(text), [])
        // The later issue of a file carries the same mark over its 第 N 期 line.
        let issues = BulletinReader.read(MultiIssueFileTests.firstIssue + "\n\n" + MultiIssueFileTests.nextIssue + "\n").issuesInFile
        XCTAssertEqual(issues[1].bulletin?.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertEqual(issues[1].unplaced.map(\.reason), [.mark])
    }

    /// `内部资料 注意保存` over 刊名, the issuing body and the date on one line (the audit's case11).
    func testAMarkOverAMastheadWithBodyAndDateOnOneLine() throws {
        let text = ReadingShapes.mastheadMarkOverBodyAndDate.text
        let (read, masthead) = try readWithItsTitleAndBody(text)
        XCTAssertEqual(masthead.date, BulletinDate(year: 2026, month: 4, day: 13))
        XCTAssertEqual(unplaced(read), ["1 mark 内部资料 注意保存"])
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    /// A mark and no 刊名: the masthead lacks one, for both jobs (before, S2 took the mark for it).
    func testAMastheadWithAMarkAndNoTitleLacksItsTitle() throws {
        let text = ReadingShapes.issue(masthead: ReadingShapes.masthead.replacingOccurrences(of: "代表工作\n", with: "内部资料\n"))
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin?.masthead.title, "")
        XCTAssertEqual(read.bulletin?.masthead.issuingBody, Self.body)
        XCTAssertTrue(read.missingFields.contains { $0.contains("没有刊名") }, "\(read.missingFields)")
        XCTAssertEqual(Checker.check(text).findings.map { "\($0.range.start.line) \($0.finding.rule.code) \($0.finding.message)" },
                       ["1 S2 刊头不完整，缺少刊名：补齐刊头"])
    }

    /// `内部资料` under 第 N 期 in work news (a line a paragraph, no `地区：` headings): the masthead
    /// goes on past it for the checker as for the reader, and the first article is where it was.
    func testAMarkUnderTheIssueLineInWorkNews() throws {
        let without = ReadingShapes.workNewsTitlesNamingACommittee.text
        let text = ReadingShapes.workNewsMarkUnderTheIssueLine.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.bulletin, BulletinReader.read(without).bulletin)
        XCTAssertEqual(unplaced(read), ["3 mark 内部资料"])
        XCTAssertEqual(Checker.lineCodes(text), Checker.lineCodes(without).map { finding in
            let parts = finding.split(separator: " ")
            let line = Int(parts[0])!
            return "\(line >= 3 ? line + 1 : line) \(parts[1])"
        })
    }

    func testWhatIsAMark() {
        for text in ["内部资料", "内部资料 注意保存", "内部资料　注意保存", "（内部资料 注意保存）", "(内部资料)", "【内部资料】", "内部刊物",
                     "注意保存", "内部资料，注意保存", "  内部资料  ", "内部资料 妥善保存"] {
            XCTAssertTrue(GenrePatterns.isClassificationMark(Array(text.utf8)), text)
        }
        // Publications are named 内部参考, 内部参阅; a title or a sentence holding the words is none.
        for text in ["内部参考", "内部参阅", "代表工作", "内部资料汇编", "内部资料。", "（内部资料", "关于加强内部资料管理的通知", "", "（）"] {
            XCTAssertFalse(GenrePatterns.isClassificationMark(Array(text.utf8)), text)
        }
    }
}

/// A masthead dated in Chinese numerals (`二〇二六年五月八日`, 〇 also typed ○, 零 or O) is dated
/// (the eleventh audit, D5): `GenrePatterns.trailingDate` reads it for both jobs. Before, the
/// reader glued it to the issuing body over it (`代表工作委员会二〇二六年五月八日`), the notes said
/// `原文没有日期` and S2 said `缺少日期`. The notes' own 日期 still takes Arabic digits only
/// (`NotesDateTests`).
final class ChineseNumeralDateTests: XCTestCase {
    static let april13 = BulletinDate(year: 2026, month: 4, day: 13)

    func testAMastheadDatedInChineseNumeralsIsDated() throws {
        for shape in [ReadingShapes.mastheadDateInChineseNumerals, ReadingShapes.mastheadDateWithCircleForZero] {
            for zero in ["〇", "○", "零", "O"] {
                let text = shape.text.replacingOccurrences(of: "二〇二", with: "二\(zero)二").replacingOccurrences(of: "二○二", with: "二\(zero)二")
                let read = BulletinReader.read(text)
                let masthead = try XCTUnwrap(read.bulletin?.masthead, zero)
                XCTAssertEqual(masthead.date, Self.april13, zero)
                XCTAssertEqual(masthead.issuingBody, MastheadMarkTests.body, zero)
                XCTAssertEqual(read.layout.masthead.date?.text, "二\(zero)二六年四月十三日", zero)
                XCTAssertEqual(read.missingFields, [], zero)
                XCTAssertEqual(read.repairs.map(\.kind), [], zero)
                XCTAssertEqual(Checker.lineCodes(text), [], zero)
            }
        }
    }

    /// The date on the issuing body's line (the gap before it a field's, as before digits: no P4),
    /// and a day the calendar lacks: kept as written, judged by S2.
    func testADateInChineseNumeralsOnTheBodysLineAndOneTheCalendarLacks() throws {
        for gap in ["　", " ", "    ", "\t", ""] {
            let oneLine = ReadingShapes.issue(masthead: "代表工作\n\n第 11 期\n\n河南省人大常委会代表工作委员会\(gap)二〇二六年十二月三十一日")
            let masthead = try XCTUnwrap(BulletinReader.read(oneLine).bulletin?.masthead)
            XCTAssertEqual(masthead.date, BulletinDate(year: 2026, month: 12, day: 31), gap)
            XCTAssertEqual(masthead.issuingBody, MastheadMarkTests.body, gap)
            XCTAssertEqual(Checker.lineCodes(oneLine), [], gap)
        }
        // Spaces inside the date are P4's, as in any word.
        let spaced = ReadingShapes.issue(masthead: "代表工作\n\n第 11 期\n\n河南省人大常委会代表工作委员会　二〇二六 年 十二 月 三十一 日")
        XCTAssertEqual(BulletinReader.read(spaced).bulletin?.masthead.date, BulletinDate(year: 2026, month: 12, day: 31))
        let findings = Checker.check(spaced).findings
        XCTAssertFalse(findings.isEmpty)
        XCTAssertTrue(findings.allSatisfy { $0.finding.rule.code == "P4" && $0.range.start.line == 5 && $0.range.start.column > 16 },
                      "\(findings.map { "\($0.range.start) \($0.finding.rule.code)" })")

        let wrong = ReadingShapes.mastheadDateInChineseNumerals.text.replacingOccurrences(of: "二〇二六年四月十三日", with: "二〇二六年二月三十日")
        let read = BulletinReader.read(wrong)
        XCTAssertNil(read.bulletin?.masthead.date)
        XCTAssertEqual(read.bulletin?.masthead.issuingBody, MastheadMarkTests.body)
        XCTAssertEqual(read.missingFields, ["原文日期“二〇二六年二月三十日”在日历上不存在，请改正“日期”后再起草"])
        XCTAssertEqual(Checker.check(wrong).findings.map { "\($0.range.start.line) \($0.finding.rule.code) \($0.finding.message)" },
                       ["8 S2 刊头日期“二〇二六年二月三十日”在日历上不存在：核对日期"])
    }

    /// The 印发 line dated in Chinese numerals: the issuer without the date, the date read.
    func testTheIssuedLineDatedInChineseNumerals() throws {
        let text = ReadingShapes.mastheadDateInChineseNumerals.text
            .replacingOccurrences(of: "河南省人大常委会代表工作委员会印发", with: "河南省人大常委会代表工作委员会 二〇二六年四月十三日印发")
        let footer = try XCTUnwrap(BulletinReader.read(text).bulletin?.footer)
        XCTAssertEqual(footer.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(footer.issuedDate, .issueDate)
        XCTAssertEqual(Checker.lineCodes(text), [])
    }

    func testTheRecogniser() throws {
        func read(_ text: String) -> String? {
            GenrePatterns.trailingDate(Array(text.utf8)).map { "\($0.start) \($0.written) \($0.date?.isoForm ?? "-")" }
        }
        XCTAssertEqual(read("二〇二六年五月八日"), "0 二〇二六年五月八日 2026-05-08")
        XCTAssertEqual(read("二〇二六 年 十 月 二十 日 "), "0 二〇二六 年 十 月 二十 日 2026-10-20")
        // A year of four digits: a numeral before it is another word's (`统一`).
        XCTAssertEqual(read("统一二〇二六年五月八日"), "6 二〇二六年五月八日 2026-05-08")
        XCTAssertEqual(read("委员会二〇二六年十三月一日"), "9 二〇二六年十三月一日 -")
        for text in ["今年五月八日", "二六年五月八日", "二〇二六年五月", "二〇二六年五月〇日", "二〇二六年两月八日", "二〇二六年五月一百日", "五月八日"] {
            XCTAssertNil(read(text), text)
        }
    }
}

/// The issuing body and the date on one line set apart by U+3000 (Word's layout, the date at the
/// right margin), the body named the editor (`党委办公室编`): the body is `党委办公室`, as with
/// spaces or a tab. Before, the reader kept `编` and the gap in its name (`党委办公室编　　`); found
/// with the eleventh audit's case10 (`……委员会编　　　　　　2026年5月8日`).
final class MastheadBodyBeforeAWideGapTests: XCTestCase {
    func testTheBodyEndsBeforeEditorMarkAndGap() throws {
        for gap in ["　　", "  ", "\t", " "] {
            let text = "××大学\n\n第 3 期\n\n党委办公室编\(gap)2023年5月8日\n\n郑州市：高位部署强担当\n\n郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工委供稿）\n"
            let masthead = try XCTUnwrap(BulletinReader.read(text).bulletin?.masthead, gap)
            XCTAssertEqual(masthead.issuingBody, ["党委办公室"], gap)
            XCTAssertEqual(masthead.date, BulletinDate(year: 2023, month: 5, day: 8), gap)
        }
        let committee = ReadingShapes.issue(masthead: "代表工作\n\n第 11 期\n\n河南省人大常委会代表工作委员会编　　　　2026年4月13日")
        XCTAssertEqual(BulletinReader.read(committee).bulletin?.masthead.issuingBody, MastheadMarkTests.body)
    }
}
