import XCTest
@testable import Bulletin

/// The seventeenth fresh-eyes audit (December 2026: where `parse` and `check` disagree, on input
/// typed as clerks type it and as PDF and OCR give it). Each shape is in `ReadingShapes.all`, so
/// the agreement tests hold both jobs to one reading of it too.
extension ReadingShapes {
    /// A Word paste, a paragraph a line: a short lead introducing the points ends in `：`.
    static let leadEndingInAColon = Shape(name: "lead-ending-in-a-colon", text: """
    许昌市：聚焦“三个着力” 推动代表履职提质增效
    今年以来，许昌市人大常委会主要做了以下工作：
    一、着力健全机制。制定主题活动实施方案，明确任务清单、责任清单和时间表。
    二、着力搭建平台。全市建成代表联络站126个，实现乡镇（街道）全覆盖。
    （许昌市人大常委会代表工委供稿）

    """)
    /// Lines cut at 28 characters (a PDF's or OCR's): the lead's first line holds its clauses.
    static let leadWrappedUnderTheTitle = Shape(name: "lead-wrapped-under-the-title", text: """
    许昌市：聚焦“三个着力” 推动代表履职提质增效
    许昌市人大常委会围绕主题活动，聚焦“三个着力”，推动
    代表履职提质增效。
    一、着力健全机制。制定主题活动实施方案，明确任务清单
    、责任清单和时间表。
    （许昌市人大常委会代表工委供稿）

    """)
    /// A title typed as a sentence, its full stop last, over its lead.
    static let titleTypedWithAFullStop = Shape(name: "title-typed-with-a-full-stop", text: """
    驻马店市：建立“三项清单”推动代表建议高质量办理。
    驻马店市人大常委会建立“三项清单”，推动代表建议高质量办理。
    一、建立交办清单。对代表建议逐件明确承办单位和办理时限。
    二、建立督办清单。常委会领导牵头督办重点建议15件。
    （驻马店市人大常委会代表工委供稿）

    """)

    /// An issue's contents as a PDF prints them, a page number after a leader or a wide gap.
    static func contentsWithPageNumbers(_ name: String, _ first: String, _ second: String) -> Shape {
        Shape(name: name, text: """
        代表工作
        第 18 期
        河南省人大常委会代表工作委员会　　　　2026年5月8日

        “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（六）

        目　录
        南阳市：“学解绘”三步法 凝聚代表合力\(first)1
        信阳市：坚持“四个聚焦” 推动代表联络站提质增效\(second)3

        南阳市：“学解绘”三步法 凝聚代表合力

        南阳市人大常委会创新“学蓝图、解蓝图、绘蓝图”履职路径，组织代表发挥专业特长。

        （南阳市人大常委会代表工委供稿）

        信阳市：坚持“四个聚焦” 推动代表联络站提质增效

        信阳市人大常委会聚焦阵地建设、制度建设、活动开展和作用发挥，推动代表联络站提质增效。

        （信阳市人大常委会代表工委供稿）

        送：省人大常委会主任、副主任、秘书长
        发：各省辖市人大常委会
        河南省人大常委会代表工作委员会办公室　　2026年5月8日印发
        共印80份（含电子版）

        """)
    }
    static let contentsWithDottedLeaders = contentsWithPageNumbers("contents-with-dotted-leaders", "………………………… ", "……………… ")
    static let contentsWithASCIILeaders = contentsWithPageNumbers("contents-with-ascii-leaders", "..... ", "........")
    static let contentsWithPageNumbersSetApart = contentsWithPageNumbers("contents-with-page-numbers-set-apart", "　　", "\t")

    /// A government site's re-post: the date and the source on one line under the title.
    static let webDateAndSourceUnderTheTitle = Shape(name: "web-date-and-source-under-the-title", text: """
    焦作市：“代表接待日”架起连心桥
    2026-05-07 10:30 来源：焦作人大
    　　今年以来，焦作市人大常委会持续深化“代表接待日”活动，推动代表密切联系群众。
    　　一、固定时间接待。每月15日为全市代表接待日。
    　　（焦作市人大常委会代表工委供稿）

    """)
    /// `开封市 ：` — a space typed before the region's colon.
    static let spaceBeforeTheRegionsColon = Shape(name: "space-before-the-regions-colon", text: """
    开封市 ：“一站一特色”提升代表联络站履职效能
    开封市人大常委会推动代表联络站“一站一特色”建设，提升履职效能。
    （开封市人大常委会代表工委供稿）

    """)
    /// A masthead letter-spaced with U+3000 in Word, its date's year typed with OCR's letter O.
    static let mastheadSpacedWithIdeographicSpaces = Shape(name: "masthead-spaced-with-ideographic-spaces", text: """
    代　表　工　作
    第 22 期
    河南省人大常委会代表工作委员会　　　　　　2O26年6月5日

    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（十）

    ★开封市：“一站一特色”提升代表联络站履职效能

    开封市：“一站一特色”提升代表联络站履职效能

    开封市人大常委会推动代表联络站“一站一特色”建设，提升履职效能。

    （开封市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长
    发：各省辖市人大常委会
    河南省人大常委会代表工作委员会办公室　　2O26年6月5日印发

    """)

    /// A 供稿 line naming its writer after 供稿, and one naming two units.
    static let contributorWithItsWriter = Shape(name: "contributor-with-its-writer", text: """
    唐河县：“代表+网格”激活基层治理“神经末梢”
    唐河县人大常委会推行“代表+网格”工作模式，推动代表融入基层治理。
    一、代表进网格。全县1200余名各级人大代表全部编入网格。
    二、履职在网格。代表定期走访网格内群众，收集意见建议。
    （南阳市人大常委会代表工委　唐河县人大常委会供稿　执笔：张明）

    """)
    /// An OCR line cut inside 供稿 itself.
    static let contributorCutInsideGongGao = Shape(name: "contributor-cut-inside-gonggao", text: """
    漯河市：迅速行动早部署，紧盯目标抓落实
    漯河市人大常委会迅速行动，周密部署，推动主题活动开好局、起好步。
    （漯河市人大常委会选举任免代表联络工作委员会供
    稿）

    """)

    /// Points typed (or read by OCR) with a space before the 、, point 二 missing.
    static let spaceBeforeThePointsMark = Shape(name: "space-before-the-points-mark", text: """
    平顶山市：以“五个切实”为抓手 推动主题活动向纵深发展
    平顶山市人大常委会以“五个切实”为抓手，持续推动代表主题活动向纵深发展。
    一 、切实加强组织领导.要求全市各级人大主要负责同志亲自抓,负总责.
    三 、切实着眼服务中心大局。围绕市委全会部署，组织代表开展专题调研。
    （平顶山市人大常委会选工委供稿）

    """)

    /// A Word submission signed as a letter, with no 供稿 line.
    static let signedWithoutAContributorLine = Shape(name: "signed-without-a-contributor-line", text: """
    周口市：“四项机制”激发代表履职活力
    周口市人大常委会建立“四项机制”，激发代表履职活力。
    一、建立代表履职积分机制。对代表参加会议、视察调研、联系群众等情况进行积分。
    二、建立代表述职评议机制。组织乡镇人大代表向选民述职，接受评议。
    周口市人大常委会代表工作委员会
    2026年5月6日

    """)

    /// An issue re-posted on the web: no masthead, the page's metadata under the album line.
    static let webIssueWithItsMetadata = Shape(name: "web-issue-with-its-metadata", text: """
    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（十二）
    发布时间：2026-06-20　来源：河南人大网
    ★郑州市：“五个一”推动代表履职常态化
    ★开封市：“一站一特色”提升代表联络站履职效能
    郑州市：“五个一”推动代表履职常态化
    郑州市人大常委会推行“五个一”工作法，推动代表履职常态化。
    （郑州市人大常委会代表工委供稿）
    开封市：“一站一特色”提升代表联络站履职效能
    开封市人大常委会推动代表联络站“一站一特色”建设。
    （开封市人大常委会代表工委供稿）
    【打印本页】【关闭窗口】

    """)

    /// A Word submission dated on its first line, over its title.
    static let submissionDatedOnItsFirstLine = Shape(name: "submission-dated-on-its-first-line", text: """
    2026年5月6日
    驻马店市：建立“三项清单”推动代表建议高质量办理
    驻马店市人大常委会建立“三项清单”，推动代表建议高质量办理。
    一、建立交办清单。对代表建议逐件明确承办单位和办理时限。
    （驻马店市人大常委会代表工委供稿）

    """)

    /// A 供稿 line a PDF's page break cut, the page number between its halves.
    static let contributorCutByAPageBreak = Shape(name: "contributor-cut-by-a-page-break", text: """
    驻马店市：建立“三项清单”推动代表建议高质量办理

    驻马店市人大常委会建立“三项清单”，推动代表建议高质量办理。

    （驻马店市人大常委会代表工委

    - 2 -

    供稿）

    """)

    /// The 印发 line written with labels, as some offices' forms print it.
    static let labelledIssuedLine = Shape(name: "labelled-issued-line", text: ReadingShapes.contentsWithDottedLeaders.text
        .replacingOccurrences(of: "河南省人大常委会代表工作委员会办公室　　2026年5月8日印发", with: "印发单位：河南省人大常委会代表工作委员会办公室　　印发时间：2026年5月8日"))

    /// A photo's caption between the lead and the points, as a web re-post keeps it.
    static let captionInTheText = Shape(name: "caption-in-the-text", text: """
    焦作市：“代表接待日”架起连心桥
    今年以来，焦作市人大常委会持续深化“代表接待日”活动，推动代表密切联系群众。
    图为代表在联络站接待群众。
    一、固定时间接待。每月15日为全市代表接待日。
    （焦作市人大常委会代表工委供稿）

    """)

    static let seventeenthAudit = [captionInTheText, labelledIssuedLine, contributorCutByAPageBreak, submissionDatedOnItsFirstLine, webIssueWithItsMetadata, signedWithoutAContributorLine, spaceBeforeThePointsMark, contributorWithItsWriter, contributorCutInsideGongGao, leadEndingInAColon, leadWrappedUnderTheTitle, titleTypedWithAFullStop,
                                   contentsWithDottedLeaders, contentsWithASCIILeaders, contentsWithPageNumbersSetApart,
                                   webDateAndSourceUnderTheTitle, spaceBeforeTheRegionsColon, mastheadSpacedWithIdeographicSpaces]
}

final class SeventeenthAuditTests: XCTestCase {
    /// A complete title over its lead's first line: the line is the lead's, not the title's tail
    /// (both jobs joined it, and A1's fix wrote the lead into the title).
    func testALeadsFirstLineIsNoPartOfTheTitle() throws {
        let cases = [(ReadingShapes.leadEndingInAColon, "今年以来，许昌市人大常委会主要做了以下工作：", 2),
                     (ReadingShapes.leadWrappedUnderTheTitle, "许昌市人大常委会围绕主题活动，聚焦“三个着力”，推动代表履职提质增效。", 1)]
        for (shape, lead, points) in cases {
            let read = BulletinReader.read(shape.text)
            let article = try XCTUnwrap(read.article, shape.name)
            XCTAssertEqual(article.headline, "聚焦“三个着力” 推动代表履职提质增效", shape.name)
            XCTAssertEqual(article.lead, [lead], shape.name)
            XCTAssertEqual(article.points.count, points, shape.name)
            XCTAssertFalse(read.repairs.contains { $0.kind == .joinedTitleLines }, shape.name)
            XCTAssertFalse(Checker.lineCodes(shape.text).contains("1 A1"), shape.name)
            XCTAssertTrue(Fixer.fixedText(shape.text).hasPrefix("许昌市：聚焦“三个着力” 推动代表履职提质增效\n"), shape.name)
        }
        // The test itself: a colon last, or a clause with a body acting or a lead's opening, is
        // a lead's line; a title's phrases with a comma between are not (the eighteenth audit).
        XCTAssertTrue(GenrePatterns.isLeadLine(Array("主要做了以下工作：".utf8)))
        XCTAssertTrue(GenrePatterns.isLeadLine(Array("市人大常委会围绕主题活动,聚焦重点".utf8)))
        XCTAssertTrue(GenrePatterns.isLeadLine(Array("今年以来，全市代表积极履职".utf8)))
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("建强阵地，激发代表履职新活力".utf8)))
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("——市人大常委会以联络站为阵地，激发代表履职活力".utf8)))
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("推动代表工作提质增效".utf8)))
        // A title's first line may end in a comma: the line going on with it holds none.
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("强化履职担当，".utf8)))
        let broken = "许昌市：强化履职担当，\n推动代表工作提质增效\n许昌市人大常委会组织代表开展视察，推动问题解决。\n（许昌市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(broken).article?.headline, "强化履职担当，推动代表工作提质增效")
    }

    /// A title typed with a full stop: `parse` said 不是简报 while `check` found nothing. Both read
    /// the line as the title now, and S5 reports the stop.
    func testATitleTypedWithAFullStopIsTheTitle() throws {
        let shape = ReadingShapes.titleTypedWithAFullStop
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.kind, .article)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.region, "驻马店市")
        XCTAssertEqual(article.headline, "建立“三项清单”推动代表建议高质量办理")
        XCTAssertEqual(article.lead.count, 1)
        XCTAssertEqual(article.points.count, 2)
        XCTAssertEqual(article.contributor, "驻马店市人大常委会代表工委")
        let findings = Checker.check(shape.text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }, ["1:25 S5"])
        XCTAssertEqual(findings.first?.finding.message, "标题末尾不加句号：删去“。”")
        // Not a sentence of the lead: a clause mark inside, or text after the stop.
        XCTAssertNil(GenrePatterns.titleStopAtEnd(Array("南阳市：今年以来，代表积极履职。".utf8)))
        XCTAssertNil(GenrePatterns.titleStopAtEnd(Array("南阳市：代表积极履职。成效明显".utf8)))
        XCTAssertNotNil(GenrePatterns.titleStopAtEnd(Array("南阳市：代表积极履职.".utf8)))
    }

    /// Contents with page numbers (every PDF of an issue): the titles only, for both jobs — no S4
    /// on every entry, and `--fix` neither glues the number to the title (P8) nor makes the
    /// leader an ellipsis (P1).
    func testAContentsEntrysPageNumberIsNoPartOfItsTitle() throws {
        for shape in [ReadingShapes.contentsWithDottedLeaders, ReadingShapes.contentsWithASCIILeaders, ReadingShapes.contentsWithPageNumbersSetApart] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.layout.contents.map(\.text), ["南阳市：“学解绘”三步法 凝聚代表合力", "信阳市：坚持“四个聚焦” 推动代表联络站提质增效"], shape.name)
            XCTAssertEqual(read.bulletin?.articles.count, 2, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
            XCTAssertEqual(Fixer.fixedText(shape.text), shape.text, shape.name)
        }
        XCTAssertEqual(GenrePatterns.contentsPageReferenceStart(Array("南阳市：合力…… 12".utf8)), "南阳市：合力".utf8.count)
        // A title ending in a number, one space before it, or a leader without a number: none.
        XCTAssertNil(GenrePatterns.contentsPageReferenceStart(Array("南阳市：建成联络站 126".utf8)))
        XCTAssertNil(GenrePatterns.contentsPageReferenceStart(Array("南阳市：合力……".utf8)))
        XCTAssertNil(GenrePatterns.contentsPageReferenceStart(Array("南阳市：打造“1+N”模式".utf8)))
    }

    /// `共印80份（含电子版）`: 80 copies, the remark listed by `parse` (it was dropped unsaid) and
    /// no S10 from `check` (the number was not read).
    func testARemarkAfterTheCopiesIsListed() throws {
        let shape = ReadingShapes.contentsWithDottedLeaders
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.bulletin?.footer?.copies, 80)
        XCTAssertEqual(read.unplaced.map(\.text), ["（含电子版）"])
        XCTAssertEqual(GenrePatterns.issuedLine(Array("共印80份（含电子版）".utf8))?.copies, 80)
        XCTAssertEqual(GenrePatterns.issuedLine(Array("（共印80份）".utf8))?.remarkStart, nil)
        XCTAssertFalse(Checker.lineCodes(shape.text).contains { $0.hasSuffix("S10") })
    }

    /// `2026-05-07 10:30 来源：焦作人大` under the title: the page's metadata, dropped and listed —
    /// not the title's second line for both jobs (A1's fix wrote it into the title).
    func testADatedSourceLineIsTheWebPagesMetadata() throws {
        let shape = ReadingShapes.webDateAndSourceUnderTheTitle
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.headline, "“代表接待日”架起连心桥")
        XCTAssertEqual(read.article?.points.count, 1)
        XCTAssertTrue(read.unplaced.contains { $0.text == "2026-05-07 10:30 来源：焦作人大" && $0.reason != .unrecognised })
        XCTAssertEqual(Checker.lineCodes(shape.text), [])
        XCTAssertTrue(GenrePatterns.isWebMetadataLine(Array("2026年5月7日　来源：焦作人大".utf8), 0, "2026年5月7日　来源：焦作人大".utf8.count))
        // A date alone is `isDateLine`'s; a sentence after a date is text.
        XCTAssertFalse(GenrePatterns.isWebMetadataLine(Array("2026-05-07".utf8), 0, 10))
        XCTAssertFalse(GenrePatterns.isWebMetadataLine(Array("2026年5月7日，市人大常委会召开会议。".utf8), 0, "2026年5月7日，市人大常委会召开会议。".utf8.count))
    }

    /// `开封市 ：…`: the region for both jobs (parse lost it, check said S5); P4 the space.
    func testASpaceBeforeTheRegionsColon() throws {
        let shape = ReadingShapes.spaceBeforeTheRegionsColon
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.region, "开封市")
        XCTAssertEqual(read.article?.headline, "“一站一特色”提升代表联络站履职效能")
        XCTAssertEqual(Checker.lineCodes(shape.text), ["1 P4"])
        XCTAssertTrue(Fixer.fixedText(shape.text).hasPrefix("开封市：“一站一特色”"))
    }

    /// `代　表　工　作` (U+3000 between the letters) is 刊名 `代表工作`, as with ASCII spaces; a year
    /// typed `2O26` is 2026 for the masthead and the 印发 line (the body took `2O` and the date
    /// lost its century), and S2 asks for the zero.
    func testALetterSpacedMastheadAndALetterOInItsYear() throws {
        let shape = ReadingShapes.mastheadSpacedWithIdeographicSpaces
        let read = BulletinReader.read(shape.text)
        let bulletin = try XCTUnwrap(read.bulletin)
        XCTAssertEqual(bulletin.masthead.title, "代表工作")
        XCTAssertEqual(bulletin.masthead.date, BulletinDate(year: 2026, month: 6, day: 5))
        XCTAssertEqual(bulletin.masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"])
        XCTAssertEqual(bulletin.footer?.issuer, "河南省人大常委会代表工作委员会办公室")
        XCTAssertEqual(bulletin.footer?.issuedDate, .issueDate)
        let findings = Checker.check(shape.text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["1 P4", "3 S2"])
        XCTAssertEqual(findings.last?.finding.message, "刊头日期“2O26年6月5日”里的字母 O 应为数字 0：改为“2026年6月5日”")
        XCTAssertNil(GenrePatterns.arabicDateStart(Array("2O2x6年5月8日".utf8)).flatMap { $0 == 0 ? $0 : nil })
        XCTAssertEqual(GenrePatterns.trailingDate(Array("办公室 HELLO2026年5月8日".utf8))?.written, "2026年5月8日")
    }

    /// `（…供稿　执笔：张明）`: the 供稿 line for both jobs (parse made it the closing, check said
    /// S8 on it), its writer listed by `parse`, and P4 leaves the spaces between the fields.
    func testAContributorLineNamingItsWriter() throws {
        let shape = ReadingShapes.contributorWithItsWriter
        let read = BulletinReader.read(shape.text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.contributor, "南阳市人大常委会代表工委　唐河县人大常委会")
        XCTAssertEqual(article.closing, [])
        XCTAssertEqual(read.unplaced.map(\.text), ["执笔：张明"])
        XCTAssertEqual(Checker.lineCodes(shape.text), [])
        let writer = "（唐河县人大常委会供稿 通讯员 王五）"
        XCTAssertEqual(GenrePatterns.contributor(Array(writer.utf8)).map { GenrePatterns.string(Array(writer.utf8), $0.unitStart, $0.unitEnd) }, "唐河县人大常委会")
        // Words after 供稿 that credit nobody leave the line no 供稿 line.
        XCTAssertNil(GenrePatterns.contributor(Array("（唐河县人大常委会供稿 感谢支持）".utf8)))
    }

    /// `（…委员会供` / `稿）`: one 供稿 line (the reader put both halves in the lead, the checker said S8).
    func testAContributorLineCutInsideGongGao() throws {
        let shape = ReadingShapes.contributorCutInsideGongGao
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.contributor, "漯河市人大常委会选举任免代表联络工作委员会")
        XCTAssertEqual(read.article?.lead.count, 1)
        XCTAssertFalse(Checker.lineCodes(shape.text).contains { $0.hasSuffix("S8") })
    }

    /// `一 、…`: a point for both jobs (parse read lead paragraphs and left their half-width
    /// marks, check gave P4 only); S6 now sees 三 after 一 and quotes it as written.
    func testASpaceBeforeThePointsMark() throws {
        let shape = ReadingShapes.spaceBeforeThePointsMark
        let read = BulletinReader.read(shape.text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.lead.count, 1)
        XCTAssertEqual(article.points.map(\.heading), ["切实加强组织领导。", "切实着眼服务中心大局。"])
        XCTAssertEqual(article.points.first?.body, ["要求全市各级人大主要负责同志亲自抓，负总责。"])
        let findings = Checker.check(shape.text).findings
        XCTAssertEqual(findings.filter { $0.finding.rule.code != "P1" }.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["3 P4", "4 S6", "4 P4"])
        XCTAssertEqual(findings.first { $0.finding.rule.code == "S6" }?.finding.message, "要点序号应为“二、”，这里是“三 、”：按一、二、三……连续编号")
        // A numeral word's stray space is no point (`一 年来`), nor months listed.
        XCTAssertNil(GenrePatterns.pointNumber(Array("一 年来，全市代表积极履职。".utf8)))
        XCTAssertNil(GenrePatterns.pointNumber(Array("三 、四月份，全市开展视察。".utf8)))
    }

    /// A page number between two issues of one file: reported at its own line (it was at the end
    /// of the line over it), and the fix deletes it with the blank line under it.
    func testAPageNumberBetweenTwoIssuesIsAtItsLine() throws {
        func issue(_ number: Int, _ day: Int) -> String {
            "代表工作\n第 \(number) 期\n河南省人大常委会代表工作委员会　　2026年5月\(day)日\n“人大代表在行动”主题活动专辑（\(ChineseNumeral.string(number)!)）\n"
                + "开封市：强化履职担当\n开封市人大常委会组织代表开展视察。\n（开封市人大常委会代表工委供稿）\n"
                + "送：省人大常委会主任\n发：各省辖市人大常委会\n河南省人大常委会代表工作委员会办公室　　2026年5月\(day)日印发\n共印80份\n"
        }
        let text = issue(12, 8) + "\n- 4 -\n\n" + issue(13, 15)
        let result = Checker.check(text)
        XCTAssertEqual(result.issueStartLines, [1, 15])
        XCTAssertEqual(result.findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" }, ["13:1 A1"])
        XCTAssertEqual(Fixer.fixedText(text), issue(12, 8) + "\n" + issue(13, 15))
    }

    /// A signature where the 供稿 line should be: no closing paragraph for `parse` (it printed the
    /// unit and the date as the 结语), and S8 at the unit, saying how to write it (it was at the date).
    func testASignatureInPlaceOfTheContributorLine() throws {
        let shape = ReadingShapes.signedWithoutAContributorLine
        let read = BulletinReader.read(shape.text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.closing, [])
        XCTAssertEqual(article.points.count, 2)
        XCTAssertNil(article.contributor)
        XCTAssertEqual(read.unplaced.map(\.text), ["周口市人大常委会代表工作委员会", "2026年5月6日"])
        let findings = Checker.check(shape.text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["5 S8"])
        XCTAssertEqual(findings.first?.finding.message, "文章末尾缺少供稿行，落款不能代替：把落款单位写成供稿行“（周口市人大常委会代表工作委员会供稿）”，删去日期")
        // A closing sentence over a date is no signature; nor is a date alone.
        XCTAssertEqual(GenrePatterns.trailingSignatureLength([Array("下一步将持续深化主题活动。".utf8), Array("2026年5月6日".utf8)]), 0)
        XCTAssertEqual(GenrePatterns.trailingSignatureLength([Array("2026年5月6日".utf8)]), 0)
    }

    /// `发布时间：…　来源：…` under the album line of an issue re-posted on the web: dropped and
    /// listed, and the contents under it read by both jobs (parse listed the entries as unplaced;
    /// P8's fix glued the date to 来源).
    func testAWebIssuesMetadataUnderTheAlbumLine() throws {
        let shape = ReadingShapes.webIssueWithItsMetadata
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.kind, .issue)
        XCTAssertEqual(read.layout.contents.count, 2)
        XCTAssertEqual(read.bulletin?.articles.count, 2)
        XCTAssertEqual(read.unplaced.map(\.text), ["发布时间：2026-06-20　来源：河南人大网", "【打印本页】【关闭窗口】"])
        XCTAssertFalse(read.unplaced.contains { $0.reason == .unrecognised })
        let codes = Checker.lineCodes(shape.text)
        XCTAssertFalse(codes.contains { $0.hasSuffix("S4") || $0.hasSuffix("P8") }, "\(codes)")
        XCTAssertTrue(Fixer.fixedText(shape.text).contains("发布时间：2026-06-20　来源：河南人大网"))
    }

    /// A submission dated on its first line is a submission, its date dropped: both jobs read an
    /// issue without its masthead (S2, S3 and S9 on one clerk's article).
    func testASubmissionDatedOnItsFirstLine() throws {
        let shape = ReadingShapes.submissionDatedOnItsFirstLine
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.kind, .article)
        XCTAssertEqual(read.article?.region, "驻马店市")
        XCTAssertEqual(read.article?.points.count, 1)
        XCTAssertEqual(read.unplaced.map(\.text), ["2026年5月6日"])
        XCTAssertEqual(Checker.check(shape.text).kind, .article)
        XCTAssertEqual(Checker.lineCodes(shape.text), [])
        // Over a masthead's own lines the date stays the masthead's.
        let issue = "2026年5月6日\n代表工作\n第 3 期\n" + shape.text.split(separator: "\n").dropFirst().joined(separator: "\n")
        XCTAssertEqual(BulletinReader.read(issue).kind, .issue)
    }

    /// Two submissions pasted into one file: two parts for both jobs, each read and checked as a
    /// submission (parse listed the second as unplaced lines, check checked it as an article).
    /// Not so an article followed by an issue, or pages of an issue without its masthead.
    func testTwoSubmissionsInOneFileAreTwoParts() throws {
        let text = ReadingShapes.spaceBeforeTheRegionsColon.text + ReadingShapes.contributorWithItsWriter.text
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.issuesInFile.map(\.kind), [.article, .article])
        XCTAssertEqual(read.issuesInFile.map { $0.article?.region }, ["开封市", "唐河县"])
        XCTAssertEqual(read.unplaced.filter { $0.reason == .unrecognised }, [])
        let check = Checker.check(text)
        XCTAssertEqual(check.issueStartLines, [1, 4])
        XCTAssertEqual(check.issuesNote, "文件中有 2 篇来稿（依次从第 1 行、第 4 行起），逐篇检查")
        XCTAssertEqual(check.findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["1 P4"])
        let issue = "代表工作\n第 3 期\n河南省人大常委会代表工作委员会　　2026年5月8日\n" + ReadingShapes.contributorWithItsWriter.text
        XCTAssertEqual(BulletinReader.read(ReadingShapes.spaceBeforeTheRegionsColon.text + "\n" + issue).issuesInFile.count, 1)
    }

    /// `2026年5月8日印发` with no unit: S9 asks for the unit (check said nothing), and the notes
    /// say the 印发 field holds a date.
    func testAnIssuedLineWithADateAndNoUnit() throws {
        let text = ReadingShapes.contentsWithDottedLeaders.text.replacingOccurrences(of: "河南省人大常委会代表工作委员会办公室　　2026年5月8日印发", with: "2026年5月8日印发")
        let findings = Checker.check(text).findings.filter { $0.finding.rule.code == "S9" }
        XCTAssertEqual(findings.map(\.finding.message), ["印发行缺少印发单位：写成“××办公室　　日期印发”"])
        XCTAssertTrue(BulletinReader.read(text).missingFields.contains("原文印发行只有日期、没有印发单位，请把“印发”改为印发单位后再起草"))
        XCTAssertEqual(Checker.check(ReadingShapes.contentsWithDottedLeaders.text).findings.filter { $0.finding.rule.code == "S9" }.count, 0)
    }

    /// `（…代表工委` / `- 2 -` / `供稿）`: the 供稿 line for both jobs (parse made it the closing, check
    /// said S8 and P3), A1 joins it across the page number.
    func testAContributorLineCutByAPageBreak() throws {
        let shape = ReadingShapes.contributorCutByAPageBreak
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.contributor, "驻马店市人大常委会代表工委")
        XCTAssertEqual(read.article?.closing, [])
        XCTAssertEqual(Checker.lineCodes(shape.text), ["5 A1"])
        XCTAssertTrue(Fixer.fixedText(shape.text).hasSuffix("高质量办理。\n\n（驻马店市人大常委会代表工委供稿）\n"), Fixer.fixedText(shape.text))
    }

    /// The eighteenth audit's look-alikes of these fixes, each read as before them.
    func testTheLookAlikesOfTheseFixesAreReadAsBefore() throws {
        // A title's second line of phrases with a comma, or a subtitle, goes on with the title.
        for (second, headline) in [("建强阵地，激发代表履职新活力", "聚焦“两高四着力”建强阵地，激发代表履职新活力"),
                                   ("站点有温度；履职有力度", "建好用好代表联络站站点有温度；履职有力度")] {
            let first = headline.hasPrefix("聚焦") ? "郑州市：聚焦“两高四着力”" : "郑州市：建好用好代表联络站"
            let text = "\(first)\n\(second)\n郑州市人大常委会坚持高位推动、系统谋划，推动主题活动走深走实。\n（郑州市人大常委会代表工委供稿）\n"
            XCTAssertEqual(BulletinReader.read(text).article?.headline, headline, second)
        }
        // A title asking or exclaiming keeps its mark: no S5.
        let asking = "郑州市：代表联络站如何更好发挥作用？\n郑州市人大常委会组织代表开展调研。\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(Checker.lineCodes(asking), [])
        // A date over a masthead's 刊名 (or 增刊, or its issuing body) is the masthead's.
        for second in ["代表工作", "代表工作（增刊）", "河南省人大常委会代表工作委员会"] {
            let text = "2026年5月8日\n\(second)\n" + ReadingShapes.spaceBeforeTheRegionsColon.text.replacingOccurrences(of: "开封市 ：", with: "开封市：")
            XCTAssertEqual(BulletinReader.read(text).kind, .issue, second)
            XCTAssertEqual(Checker.check(text).kind, .issue, second)
        }
        // A digest of `地区：句子。` lines is no title typed with a stop.
        let digest = "郑州市：召开主任会议专题研究部署。\n开封市：组织五级代表进站履职。\n（河南省人大常委会代表工作委员会供稿）\n"
        XCTAssertNotEqual(BulletinReader.read(digest).article?.headline, "召开主任会议专题研究部署")
        XCTAssertFalse(Checker.lineCodes(digest).contains { $0.hasSuffix("S5") })
        // `一 、二、三产业` lists numerals: no point.
        XCTAssertNil(GenrePatterns.pointNumber(Array("一 、二、三产业融合发展。".utf8)))
        // The unit on a line of its own over `2026年5月8日印发`: no S9 for a missing unit.
        let footer = ReadingShapes.contentsWithDottedLeaders.text.replacingOccurrences(of: "河南省人大常委会代表工作委员会办公室　　2026年5月8日印发", with: "河南省人大常委会代表工作委员会办公室\n2026年5月8日印发")
        XCTAssertFalse(Checker.check(footer).findings.contains { $0.finding.message.contains("缺少印发单位") })
        // A 供稿 line right under the title, then county sections: one submission still.
        let sections = "信阳市：“四个聚焦”推动代表联络站提质增效\n（信阳市人大常委会代表工委供稿）\n信阳市人大常委会坚持“四个聚焦”。\n商城县：打造“红色联络站”\n建成红色主题代表联络站6个。\n"
        XCTAssertEqual(BulletinReader.read(sections).issuesInFile.count, 1)
        XCTAssertEqual(Checker.check(sections).issueStartLines, [])
        // A submission dated on its first line, then a second one: two parts.
        let dated = "2026年5月6日\n" + ReadingShapes.spaceBeforeTheRegionsColon.text + ReadingShapes.contributorWithItsWriter.text
        XCTAssertEqual(BulletinReader.read(dated).issuesInFile.map { $0.article?.region }, ["开封市", "唐河县"])
    }

    /// `印发单位：…　印发时间：…`: the 印发 line for both jobs (parse read it into the 发 field, check
    /// said the 印发 line was missing), and S9 says how the genre writes it.
    func testALabelledIssuedLine() throws {
        let shape = ReadingShapes.labelledIssuedLine
        let footer = try XCTUnwrap(BulletinReader.read(shape.text).bulletin?.footer)
        XCTAssertEqual(footer.issuer, "河南省人大常委会代表工作委员会办公室")
        XCTAssertEqual(footer.copyTo, "各省辖市人大常委会")
        XCTAssertEqual(footer.issuedDate, .issueDate)
        let findings = Checker.check(shape.text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["25 S9"])
        XCTAssertEqual(findings.first?.finding.message, "印发行应写作“河南省人大常委会代表工作委员会办公室　　2026年5月8日印发”，不加“印发单位：”等标签")
    }

    /// `图为…` on its own line inside the text: dropped and listed, no paragraph of the lead for
    /// `parse`, no text for `check`. A sentence opening with 图 is text.
    func testAPhotosCaptionIsNoText() throws {
        let shape = ReadingShapes.captionInTheText
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.lead, ["今年以来，焦作市人大常委会持续深化“代表接待日”活动，推动代表密切联系群众。"])
        XCTAssertEqual(read.unplaced.map(\.reason), [.caption])
        XCTAssertEqual(Checker.lineCodes(shape.text.replacingOccurrences(of: "图为代表在联络站接待群众。", with: "图为代表在联络站接待群众,")), [])
        XCTAssertTrue(GenrePatterns.isCaptionLine(Array("（图为代表在联络站接待群众）".utf8)))
        XCTAssertFalse(GenrePatterns.isCaptionLine(Array("图书室建成后，代表们常来阅读。".utf8)))
    }
}
