import SourceText
import XCTest
@testable import Bulletin

/// Where the reader says each element is, and what it says it repaired: line numbers here
/// come from reading the samples.
final class ReadingLayoutTests: XCTestCase {
    private func read(_ name: String) throws -> (ReadResult, [UInt8]) {
        let text = try Seeds.text(name)
        return (BulletinReader.read(text), Array(text.utf8))
    }

    private func sourceText(_ bytes: [UInt8], _ range: SourceRange) -> String {
        String(decoding: bytes[range.start.offset..<range.end.offset], as: UTF8.self)
    }

    func testPageBreakJoinsAreReportedAtTheSplitLines() throws {
        // 000 breaks after "给予充分", "在“民", "全国统一大", "相互", "以小切口".
        let (issue11, _) = try read(Seeds.recentIssue11)
        XCTAssertEqual(issue11.repairs.filter { $0.kind == .joinedPageBreak }.map { [$0.range.start.line, $0.range.end.line] },
                       [[22, 24], [26, 28], [40, 42], [52, 54], [58, 60]])
        // 003 breaks after "面对面开展", "服务高质量发", "代表联络站和1", "采取“精准培训"; contents wrap at 14 and 17.
        let (issue16, _) = try read(Seeds.recentIssue16)
        XCTAssertEqual(issue16.repairs.filter { $0.kind == .joinedPageBreak }.map(\.range.start.line), [24, 30, 40, 46])
        XCTAssertEqual(issue16.repairs.filter { $0.kind == .joinedContentsEntry }.map { [$0.range.start.line, $0.range.end.line] }, [[14, 15], [17, 18]])
        // Both print the 专辑 number with half-width brackets on line 12.
        for result in [issue11, issue16] {
            let album = try XCTUnwrap(result.layout.album)
            XCTAssertFalse(album.fullWidthBrackets)
            XCTAssertEqual(album.bracketedNumeral.range.start.line, 12)
            XCTAssertTrue(result.repairs.contains { $0.kind == .fullWidthPunctuation && $0.range.start.line == 12 })
        }
    }

    func testLocatedElementsPointAtTheirSourceText() throws {
        for name in [Seeds.recentIssue11, Seeds.recentIssue16, Seeds.markdownIssue40] {
            let (result, bytes) = try read(name)
            var located: [LocatedText] = []
            let masthead = result.layout.masthead
            located += [masthead.title, masthead.issueLine, masthead.date].compactMap { $0 } + masthead.issuingBody
            if let album = result.layout.album { located += [album.theme, album.numeral] }
            for article in result.layout.articles {
                located += [article.heading, article.headline] + [article.region, article.separator].compactMap { $0 }
                located += article.points.flatMap { [$0.heading] + [$0.numeral].compactMap { $0 } + $0.subHeadings }
                located += article.subPoints.map(\.marker)
                if let contributor = article.contributor { located.append(contributor.unit) }
            }
            if let footer = result.layout.footer {
                located += [footer.sendTo?.value, footer.copyTo?.value, footer.issuer, footer.issuedLine].compactMap { $0 }
            }
            XCTAssertGreaterThan(located.count, 40, name)
            for item in located {
                XCTAssertEqual(sourceText(bytes, item.range), item.text, "\(name) \(item.range)")
            }
        }
    }

    func testSample000Positions() throws {
        let (result, _) = try read(Seeds.recentIssue11)
        let layout = result.layout
        XCTAssertEqual(layout.masthead.issueLine?.range.start.line, 5)
        XCTAssertEqual(layout.masthead.date?.range.start.line, 10)
        XCTAssertEqual(layout.masthead.issuingBody.map(\.range.start.line), [7, 8])
        XCTAssertEqual(layout.contents.map(\.lines), [[14], [15], [16]])
        XCTAssertEqual(layout.contents.map { $0.marker?.text }, ["- *", "- *", "- *"])
        XCTAssertEqual(layout.articles.map(\.heading.range.start.line), [18, 34, 48])
        XCTAssertEqual(layout.articles[0].region?.range, SourceRange(start: .init(line: 18, column: 1, offset: layout.articles[0].heading.range.start.offset),
                                                                       end: .init(line: 18, column: 4, offset: layout.articles[0].heading.range.start.offset + 9)))
        XCTAssertEqual(layout.articles[0].separator?.range.start.column, 4)
        XCTAssertEqual(layout.articles[0].points.map { $0.numeral?.range.start.line }, [22, 26, 30])
        XCTAssertEqual(layout.articles[0].points.map { $0.numeral?.text }, ["一、", "二、", "三、"])
        XCTAssertEqual(layout.articles.map { $0.contributor?.line.range.start.line }, [32, 46, 64])
        XCTAssertEqual(layout.articles[2].closing.map { result.paragraphs[$0].range?.start.line }, [62])
        XCTAssertEqual(layout.footer?.sendTo?.lines, [66])
        XCTAssertEqual(layout.footer?.copyTo?.lines, [68])
        XCTAssertEqual(layout.footer?.issuedLine?.range.start.line, 70)
        // A paragraph joined over a page break keeps both pieces and maps text back to each.
        let point = result.paragraphs[layout.articles[0].points[0].paragraphs[0]]
        XCTAssertEqual(point.segments.map(\.start.line), [22, 24])
        let text = Array(point.text.utf8)
        let target = Array("肯定，并就".utf8)
        let offset = try XCTUnwrap((0...(text.count - target.count)).first { Array(text[$0..<($0 + target.count)]) == target })
        XCTAssertEqual(result.lineIndex.position(ofByteOffset: point.sourceOffset(ofTextOffset: offset)).line, 24)
        XCTAssertEqual(result.lineIndex.position(ofByteOffset: point.sourceOffset(ofTextOffset: offset)).column, 1)
    }

    func testSample001OCRRepairsAndPositions() throws {
        let (result, bytes) = try read(Seeds.ocrIssue2024)
        let layout = result.layout
        XCTAssertEqual(layout.contents.map(\.lines), [[6, 8], [10], [12, 14]])
        XCTAssertEqual(layout.contents.map { $0.marker?.text }, ["＊", "＊", "＊"])
        XCTAssertEqual(layout.articles.map(\.heading.range.start.line), [15, 64, 113])
        XCTAssertEqual(layout.articles.map { $0.region?.text }, ["平顶山市", "漯河市", "周口市"])
        XCTAssertEqual(layout.articles.map { $0.separator.map { sourceText(bytes, $0.range) } }, [":", ":", ":"])
        // The run-in headings are split from their first paragraph, each reported.
        XCTAssertEqual(result.repairs.filter { $0.kind == .splitRunInHeading }.map(\.range.start.line), [15, 64, 113])
        XCTAssertEqual(layout.articles[0].heading.range.end.line, 17, "the first heading is wrapped onto line 17")
        XCTAssertEqual(layout.articles[0].subPoints.map(\.marker.range.start.line), [17, 23, 33, 41, 53])
        XCTAssertEqual(layout.articles[0].subPoints.map(\.number), [1, 2, 3, 4, 5])
        // 四是 of 周口市 is split over lines 164 and 166 by a hard wrap.
        XCTAssertEqual(layout.articles[2].subPoints[3].marker.range.start.line, 164)
        XCTAssertEqual(layout.articles[2].subPoints[3].marker.range.end.line, 166)
        // Masthead: letter spacing removed on line 1, issuing body and date split on line 2.
        XCTAssertTrue(result.repairs.contains { $0.kind == .removedSpaces && $0.range.start.line == 1 })
        XCTAssertTrue(result.repairs.contains { $0.kind == .splitMastheadLine && $0.range.start.line == 2 })
        XCTAssertEqual(layout.masthead.date?.range.start.line, 2)
        XCTAssertEqual(layout.masthead.date.map { sourceText(bytes, $0.range) }, "２０２４年４月１１日")
        XCTAssertTrue(result.repairs.contains { $0.kind == .asciiDigits && $0.range.start.line == 2 })
        // Footer: 发 wrapped over four lines, copies on the 印发 line.
        XCTAssertEqual(layout.footer?.copyTo?.lines, [194, 196, 197, 198])
        XCTAssertEqual(result.repairs.filter { $0.kind == .joinedFooterLine }.count, 3)
        XCTAssertEqual(layout.footer?.copiesText.map { sourceText(bytes, $0.range) }, "共印６０份")
        XCTAssertEqual(layout.footer?.copies, 60)
        // Every hard wrap is a reported repair; the contributor brackets are half-width.
        XCTAssertGreaterThan(result.repairs.filter { $0.kind == .joinedHardWrap }.count, 80)
        XCTAssertEqual(layout.articles.map { $0.contributor?.fullWidthBrackets }, [false, false, false])
        XCTAssertEqual(layout.articles.map { $0.contributor.map { sourceText(bytes, $0.unit.range) } },
                       ["平顶山市人大常委会选工委", "漯河市人大常委会选工委", "周口市人大常委会选工委"])
        // The lead of 平顶山市 maps 二是 back to line 23.
        let lead = result.paragraphs[layout.articles[0].lead[0]]
        let marker = layout.articles[0].subPoints[1]
        XCTAssertEqual(marker.paragraph, layout.articles[0].lead[0])
        XCTAssertEqual(sourceText(bytes, marker.marker.range), "二是")
        XCTAssertGreaterThan(lead.segments.count, 20)
    }

    func testPageBreakAfterASubPointHeadingIsNotCalledMidSentence() throws {
        // 004 line 78 ends "三是履职保障上求“新”。"; its paragraph goes on at line 80, after a page break.
        let result = BulletinReader.read(try Seeds.text(Seeds.markdownIssue40))
        let joins = result.repairs.filter { $0.kind == .joinedPageBreak && $0.range.start.line == 78 }
        XCTAssertEqual(joins.map(\.message), ["第 78 行以“一是……”式小标题结尾，段落被分页断开，已与第 80 行接合"])
        let midSentence = BulletinReader.read(try Seeds.text(Seeds.recentIssue16)).repairs.filter { $0.kind == .joinedPageBreak }
        XCTAssertTrue(midSentence.allSatisfy { $0.message.contains("在句中断开") }, "\(midSentence.map(\.message))")
    }

    func testEachKindOfNormalisationPointsAtItsOwnFirstEdit() throws {
        // "平顶山市:以 “五个切实”为抓手,…" — the colon at column 5, the space at column 7. (In 001
        // the line is a contents entry, whose text is no part of the notes: no punctuation repair.)
        let text = "平顶山市:以 “五个切实”为抓手,持续推动代表主题活动向纵深发展\n\n正文。\n\n（平顶山市人大常委会选工委供稿）\n"
        let result = BulletinReader.read(text)
        let onLine1 = result.repairs.filter { $0.range.start.line == 1 && [.fullWidthPunctuation, .removedSpaces].contains($0.kind) }
        XCTAssertEqual(onLine1.map { "\($0.kind.rawValue) \($0.range.start.column)" }, ["punctuation 5"])
        let ocr = BulletinReader.read(try Seeds.text(Seeds.ocrIssue2024))
        let onLine6 = ocr.repairs.filter { $0.range.start.line == 6 && [.fullWidthPunctuation, .removedSpaces].contains($0.kind) }
        XCTAssertEqual(onLine6.map { "\($0.kind.rawValue) \($0.range.start.column)" }, ["spaces 8"])
    }

    func testRepairsAreSortedAndInsideTheText() throws {
        for name in Seeds.all {
            for force in [false, true] {
                let text = try Seeds.text(name)
                let result = BulletinReader.read(text, options: ReadOptions(forceArticle: force))
                let size = text.utf8.count
                XCTAssertEqual(result.repairs.map(\.range.start.offset), result.repairs.map(\.range.start.offset).sorted(), name)
                // Each normalisation is reported once, even on a line that is read twice (a footer wrap).
                let keys = result.repairs.map { "\($0.kind) \($0.range.start.offset) \($0.range.end.offset)" }
                XCTAssertEqual(keys.count, Set(keys).count, "\(name): \(keys.filter { key in keys.filter { $0 == key }.count > 1 })")
                for repair in result.repairs {
                    XCTAssertLessThanOrEqual(repair.range.start.offset, repair.range.end.offset, "\(name) \(repair)")
                    XCTAssertLessThanOrEqual(repair.range.end.offset, size)
                    XCTAssertFalse(repair.message.isEmpty)
                }
                for paragraph in result.paragraphs {
                    for segment in paragraph.segments { XCTAssertLessThanOrEqual(segment.end.offset, size) }
                    XCTAssertLessThanOrEqual(paragraph.sourceOffset(ofTextOffset: paragraph.text.utf8.count), size)
                }
            }
        }
    }
}
