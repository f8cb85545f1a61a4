import XCTest
@testable import Bulletin

/// Two cases of a user audit (December 2026) where a safe `check --fix` damaged correct text:
/// P4 deleted the phrase space of a title typed over two lines in Word's layout (the second line
/// was body text to the scan), and the space a clerk typed for a point's 、 (`一　强化组织领导。`
/// became `一强化组织领导。`, and the reader read no points either before or after).
final class PointAndTitleSpaceTests: XCTestCase {
    private static let wordTitle = ReadingShapes.titlePhraseSpaceOnItsSecondLine.text
    private static let spacedPoints = ReadingShapes.pointNumeralsFollowedBySpaces.text

    private func findings(_ text: String, options: CheckOptions = .init()) -> [String] {
        Checker.check(text, options: options).findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }
    }

    private func fixed(_ text: String) -> String { Fixer.fixedText(text) }

    // MARK: A title over two lines, a paragraph a line

    /// The second line of the title is heading text to the scan, as it is to the reader: its one
    /// phrase space is the genre's (P4's explanation), A1 still asks to join the lines.
    func testTitlePhraseSpaceOnItsSecondLineIsNoStraySpace() {
        XCTAssertEqual(findings(Self.wordTitle), ["1:11 A1"])
        let fixed = fixed(Self.wordTitle)
        XCTAssertTrue(fixed.hasPrefix("林州市：强化代表履职 助力乡村振兴 推动主题活动走深走实\n今年以来，"), fixed)
        XCTAssertEqual(findings(fixed), [])
        // Broken between two phrases: the join keeps the phrase space (the audit: it was lost).
        XCTAssertEqual(BulletinReader.read(Self.wordTitle).article?.headline, "强化代表履职 助力乡村振兴 推动主题活动走深走实")
        XCTAssertEqual(BulletinReader.read(fixed).article?.headline, "强化代表履职 助力乡村振兴 推动主题活动走深走实")
    }

    /// With a blank line under it the title was one block already: nothing changes there.
    func testTheSameTitleWithBlankLinesStaysClean() {
        let text = "林州市：强化代表履职\n助力乡村振兴 推动主题活动走深走实\n\n今年以来，林州市人大常委会紧扣主题活动要求，积极履职尽责。\n\n（林州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(findings(text), [])
    }

    /// A title an issue's contents entry joins over two lines (`GenrePatterns` reads the entry as
    /// the title's end): its second line is heading text too.
    func testTitleJoinedByItsContentsEntryKeepsItsPhraseSpace() {
        let text = """
        代表工作
        第 16 期
        河南省人大常委会代表工作委员会
        2026 年 6 月 4 日
        主题活动专辑（六）
        * 林州市：强化代表履职助力乡村振兴 推动主题活动走深走实
        林州市：强化代表履职
        助力乡村振兴 推动主题活动走深走实
        今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。
        一、强化组织领导。成立工作专班，制定实施方案，明确任务分工。
        （林州市人大常委会代表工委供稿）
        送：省人大常委会主任
        发：各省辖市人大常委会
        河南省人大常委会代表工作委员会印发

        """
        XCTAssertEqual(findings(text), ["7:11 A1"])
        XCTAssertTrue(fixed(text).contains("\n林州市：强化代表履职助力乡村振兴 推动主题活动走深走实\n今年以来，"))
    }

    /// The lead under such a title is body text still: a space inside it is P4's, and so is a
    /// second space in the title's line (only one between two phrases is the genre's).
    func testSpacesOutsideTheTitlesPhraseSpaceAreStillReported() {
        let lead = Self.wordTitle.replacingOccurrences(of: "今年以来，林州市", with: "今年以来，林州 市")
        XCTAssertEqual(findings(lead), ["1:11 A1", "3:8 P4"])
        let twoSpaces = Self.wordTitle.replacingOccurrences(of: "振兴 推动", with: "振兴  推动")
        XCTAssertEqual(findings(twoSpaces), ["1:11 A1", "2:7 P4"])
    }

    // MARK: A point numeral followed by spaces

    /// `一　强化组织领导。` and `二  搭建…`: points whose 、 is a gap, as `二.` is a point with the
    /// wrong mark. P7 reports the form (at the numeral), P4 neither reports nor deletes the space,
    /// and P7 fixes no mark (it fixes none of `二.` either): `--fix` leaves the text as it is.
    func testPointNumeralFollowedBySpacesIsAPointWithAWrongMark() {
        let result = Checker.check(Self.spacedPoints)
        XCTAssertEqual(result.findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }, ["5:1 P7", "7:1 P7"])
        XCTAssertEqual(result.findings.map(\.finding.message), ["汉字序号后应用顿号“、”，不用空格，如“一、”", "汉字序号后应用顿号“、”，不用空格，如“一、”"])
        XCTAssertTrue(result.findings.allSatisfy { $0.finding.fix == nil })
        // The finding spans the numeral and the spaces standing for its mark.
        XCTAssertEqual(result.findings.map { "\($0.range.end.line):\($0.range.end.column)" }, ["5:3", "7:4"])
        XCTAssertEqual(fixed(Self.spacedPoints), Self.spacedPoints)
        XCTAssertTrue(fixed(Self.spacedPoints).contains("一　强化组织领导。"))
    }

    /// The reader reads the two points, with their headings and bodies, as the checker's S6 sees
    /// the sequence 一, 二 (no S6).
    func testReaderReadsTheSpacedNumeralsAsPoints() throws {
        let read = BulletinReader.read(Self.spacedPoints)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.lead, ["今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。"])
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导。", "搭建履职平台。"])
        XCTAssertEqual(article.points.map(\.body), [["成立工作专班，制定实施方案，明确任务分工。"], ["新建代表联络站5个。"]])
        XCTAssertEqual(read.layout.articles.first?.points.map(\.number), [1, 2])
        XCTAssertEqual(findings(Self.spacedPoints, options: .only(PointSequence.rule)), [])
        // Word's layout, a paragraph a line: the same.
        let onePerLine = Self.spacedPoints.replacingOccurrences(of: "\n\n", with: "\n")
        XCTAssertEqual(BulletinReader.read(onePerLine).article?.points.map(\.heading), ["强化组织领导。", "搭建履职平台。"])
        XCTAssertEqual(findings(onePerLine), ["3:1 P7", "4:1 P7"])
    }

    /// One recogniser (`GenrePatterns.pointNumber`, `NumberedOpening`): a numeral 一…十九 alone, then
    /// spaces, then a Chinese character that makes no word with it.
    func testTheRecogniserOfASpacedNumeral() throws {
        func point(_ text: String) -> GenrePatterns.PointNumber? { GenrePatterns.pointNumber(Array(text.utf8)) }
        func opening(_ text: String) -> GenrePatterns.NumberedOpening? {
            GenrePatterns.NumberedOpening(text.unicodeScalars.map(\.value), from: 0)
        }
        // (text, value, the byte where the spaces end, the scalars of the numeral and of the spaces)
        for (text, number, markEnd, numeral, spaces) in [("一　强化组织领导。", 1, 6, 1, 1), ("二  搭建履职平台。", 2, 5, 1, 2), ("十九  完善制度。", 19, 8, 2, 2),
                                                         ("三\t健全机制。", 3, 4, 1, 1), ("十一　\u{3000}聚焦主业。", 11, 12, 2, 2)] {
            let found = try XCTUnwrap(point(text), text)
            XCTAssertEqual(found.number, number, text)
            XCTAssertFalse(found.markIsRight, text)
            XCTAssertEqual(found.numeralEnd, numeral * 3, text)
            XCTAssertEqual(found.markEnd, markEnd, text)
            let open = try XCTUnwrap(opening(text), text)
            XCTAssertEqual(open.numberStart, 0, text)
            XCTAssertEqual(open.mark, numeral, text)
            XCTAssertEqual(open.end, numeral + spaces, text)
            XCTAssertTrue(open.isPointForm, text)
        }
        // A space before the 、 itself (`一 、`): the point, its mark right (the seventeenth audit);
        // no numbered opening of the scan's, whose P4 deletes the space.
        XCTAssertEqual(point("一 、强化组织领导。")?.markIsRight, true)
        XCTAssertNil(opening("一 、强化组织领导。"))
        for text in ["一年来，市人大常委会…", "一方面，加强…", "一 是加强组织领导。", "一　是加强组织领导。", "十 分重视代表工作。",
                     "一 年来，市人大常委会…", "一 方面，加强…", "三 个方面…", "二十 强化…", "一十 强化…", "两 强化…", "百 强化…",
                     "一 2026年", "一 ", "一　", "一 “强化”", "一 二、强化", "二 十分重视", "一二 强化", "一　批代表…", "一 些代表…",
                     // One ASCII space is a slip inside a word (the audit), no gap typed for 、.
                     "一 系列活动扎实开展。", "十 大工程全面推进。", "三 农工作", "一 线代表", "二 搭建履职平台。"] {
            XCTAssertNil(point(text), text)
            XCTAssertNil(opening(text), text)
        }
        // Read in place, as the reader reads a line's first bytes.
        XCTAssertEqual(TextLayout.pointNumber("一　强化组织领导。")?.value, 1)
        XCTAssertNil(TextLayout.pointNumber("一　强化组织领导。", allowingWrongMark: false))
    }

    /// Text that opens with 一 stays text to both jobs: no point, no P7; a stray space after the
    /// numeral of a word (`一 是`, `十 分`) is P4's still, and its fix joins the word.
    func testTextOpeningWithANumeralStaysText() throws {
        for paragraph in ["一年来，全市各级人大代表积极履职尽责。", "一方面，加强代表培训。另一方面，完善履职保障。",
                          "一 是加强组织领导。成立工作专班。", "十 分重视代表建议办理工作。", "一 年来，全市代表积极履职。"] {
            let text = "林州市：强化代表履职 助力乡村振兴\n\n今年以来，林州市人大常委会积极履职尽责。\n\n\(paragraph)\n\n（林州市人大常委会代表工委供稿）\n"
            let article = try XCTUnwrap(BulletinReader.read(text).article, paragraph)
            XCTAssertEqual(article.points, [], paragraph)
            XCTAssertFalse(findings(text).contains { $0.hasSuffix("P7") }, paragraph)
            if paragraph.unicodeScalars.dropFirst().first == " " {
                XCTAssertEqual(findings(text), ["5:2 P4"], paragraph)
                XCTAssertTrue(fixed(text).contains(paragraph.replacingOccurrences(of: " ", with: "")), paragraph)
            } else {
                XCTAssertEqual(findings(text), [], paragraph)
            }
        }
    }
}
