import XCTest
@testable import Bulletin
import SourceText

/// One definition of a line (issue 12): the checker's lines are the reader's (`SourceLines`), and
/// both locate what they find at the line:column an editor shows.
final class LineReadingTests: XCTestCase {
    /// Line ends of every kind: CRLF, a lone CR, a form feed (pdftotext's page break), a vertical
    /// tab (Word's manual line break), U+2028 (no line break to either job, nor to editors), a
    /// byte order mark, lines of U+3000, of U+00A0 and of a CR alone (blank lines).
    static let lineEndShapes = [
        "代表工作\r\n\r\n第 1 期\r\n正文。\r\n", "代表工作\r第 1 期\r\r正文。", "页一末行。\n\u{0C}页二首行\n\u{0C}\n末",
        "第一行\u{0B}第二行\n第三行", "一行\u{2028}仍是一行\n二", "\u{FEFF}代表工作\n\n第 1 期", "甲\n\u{3000}\u{3000}\n乙\n\u{00A0}\n丙",
        "甲\n\r\n乙\r", "", "\n", "\u{FEFF}",
    ]

    func testTheCheckersLinesAreTheReadersLines() {
        for shape in Self.lineEndShapes {
            let original = Array(shape.utf8)
            let bytes = LineEnds.breaksAsLineFeeds(original) ?? original
            let reader = SourceLines(bytes)
            let layout = TextLayout(bytes: bytes)
            XCTAssertEqual(layout.lines.count, reader.lines.count, shape.debugDescription)
            XCTAssertEqual(layout.lines.map(\.start), reader.lineStarts, shape.debugDescription)
            XCTAssertEqual(layout.lines.map(\.isBlank), reader.lines.map(\.isBlank), shape.debugDescription)
            XCTAssertEqual(layout.lineIndex.lineStarts, LineIndex(bytes: bytes).lineStarts, shape.debugDescription)
        }
        // U+2028 ends no line; the vertical tab and the form feed end one for the reading.
        XCTAssertEqual(SourceLines(Array("一行\u{2028}仍是一行\n二".utf8)).lines.count, 2)
        XCTAssertEqual(SourceLines(LineEnds.breaksAsLineFeeds(Array("第一行\u{0B}第二行\n第三行".utf8))!).lines.count, 3)
    }

    /// An issue as pdftotext gives it: a form feed opens the page of the 供稿 line.
    private static let pagedIssue = "代表工作\n\n第 11 期\n\n河南省人大常委会代表工作委员会          2026年4月13日\n\n"
        + "郑州市：高位部署强担当\n\n今年以来，郑州市人大常委会扎实推进代表工作。\u{0B}代表们积极履职,成效明显。\n"
        + "\u{0C}（郑州市人大常委会代表工委供稿）\n\n送：省人大常委会主任\n\n发：各省辖市人大常委会\n\n"
        + "河南省人大常委会代表工作委员会印发 共印六十\n"

    /// A form feed or a vertical tab is a page or line break for the reading, but editors (VS Code,
    /// vim, Emacs; LSP counts LF, CRLF and CR) show it on its line: the findings are located there.
    /// Before, the line numbers after each such break ran one ahead.
    func testAFormFeedIsNoLineInTheFindingsLineNumbers() {
        let text = Self.pagedIssue
        // The editor's lines: LF alone ends one.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[15], "河南省人大常委会代表工作委员会印发 共印六十")
        let copies = Checker.check(text, options: .only(CopiesForm.rule)).findings.map { "\($0.range.start.line):\($0.range.start.column)" }
        XCTAssertEqual(copies, ["16:1"])
        // After the vertical tab, on the same editor line: the column counts the tab as one.
        let comma = Checker.check(text, options: .only(HalfwidthPunctuation.rule))
        XCTAssertEqual(comma.findings.map(\.range.start.line), [9])
        XCTAssertEqual(comma.findings.first?.range.start.column, "今年以来，郑州市人大常委会扎实推进代表工作。\u{0B}代表们积极履职".unicodeScalars.count + 1)
        // The source line shown under a finding is the editor's line.
        XCTAssertEqual(comma.lineIndex.lineText(9), String(lines[8]))
    }

    /// Suppression comments name the editor's lines too, so they still hold after a form feed.
    func testSuppressionAfterAFormFeedStillHolds() {
        let text = Self.pagedIssue.replacingOccurrences(of: "河南省人大常委会代表工作委员会印发", with: "<!-- jianbao-disable-next-line S10 -->\n河南省人大常委会代表工作委员会印发")
        XCTAssertEqual(Checker.check(text, options: .only(CopiesForm.rule)).findings.count, 0)
        let disabled = Self.pagedIssue.replacingOccurrences(of: "\u{0C}（郑州", with: "\u{0C}<!-- jianbao-disable S10 -->\n\n（郑州")
        XCTAssertEqual(Checker.check(disabled, options: .only(CopiesForm.rule)).findings.count, 0)
        // Without the comment the finding is there (the comments above are what removed it).
        XCTAssertEqual(Checker.check(Self.pagedIssue, options: .only(CopiesForm.rule)).findings.count, 1)
    }

    /// The reader locates its elements on the editor's lines as well.
    func testTheReaderLocatesOnTheEditorsLines() throws {
        let result = BulletinReader.read(Self.pagedIssue)
        XCTAssertEqual(result.kind, .issue)
        let issuer = try XCTUnwrap(result.layout.footer?.issuer)
        XCTAssertEqual(issuer.range.start.line, 16)
        XCTAssertEqual(issuer.range.start.column, 1)
        // Without page breaks the ranges are as before.
        let plain = BulletinReader.read(Self.pagedIssue.replacingOccurrences(of: "\u{0C}", with: "").replacingOccurrences(of: "\u{0B}", with: ""))
        XCTAssertEqual(plain.layout.footer?.issuer?.range.start.line, 16)
    }
}
