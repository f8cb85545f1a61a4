import XCTest
@testable import Bulletin

/// The nineteenth audit's shapes, held to one reading by the agreement tests (`ReadingShapes.all`).
extension ReadingShapes {
    /// A PDF's copy (lines of 28 characters, no blank lines): items （一）（二） whose line before
    /// ends its sentence at the wrap width, and a 结语 likewise.
    static let hardWrappedItemsAndClosing = Shape(name: "hard-wrapped-items-and-closing", text: """
    偃师区：以“三项清单”推动代表履职精准化
    洛阳市偃师区人大常委会聚焦代表履职中“干什么、怎么干、干
    得怎么样”的问题，探索建立履职任务清单、履职服务清单和履
    职评价清单，推动代表履职由“软约束”变为“硬要求”。
    （一）建立任务清单，明确干什么。年初，区人大常委会结合区
    委中心工作和主题活动要求，梳理形成年度代表履职任务清单，
    涵盖学习培训、联系群众、视察调研、建议办理等5个方面20
    项内容，印发到每一名代表手中，做到任务上墙、责任到人。
    （二）建立服务清单，明确怎么干。区人大常委会各委室、各乡
    镇（街道）人大分别列出服务代表履职事项，为代表提供政策解
    读、资料查询、联络协调等12项服务，今年以来共服务380次。
    下一步，偃师区人大常委会将进一步完善清单管理制度，推动代
    表履职更加精准、更加有效。
    （洛阳市偃师区人大常委会代表工委供稿）

    """)

    /// A PDF's copy of a submission: the lead's first line opens with the body acting and is cut
    /// after a clause (`…重要纽带，`), right under the title.
    static let leadLineCutAfterAClause = Shape(name: "lead-line-cut-after-a-clause", text: """
    南阳市：多措并举推动代表建议高质量办理
    南阳市人大常委会坚持把代表建议办理作为联系群众的重要纽带，
    推动建议办理由“重答复”向“重落实”转变，今年交办的代表建
    议已全部办结，代表满意率达到98%。
    （南阳市人大常委会代表工委供稿）

    """)

    /// A PDF's text (pdftotext: lines of 28 characters, a blank line between paragraphs) of a
    /// single submission whose title, 24 characters, reaches the wrap width.
    static let longTitleInAHardWrappedSubmission = Shape(name: "long-title-in-a-hard-wrapped-submission", text: """
    永城市：“四个一”工作法推动代表建议办理提质增效

    永城市人大常委会把代表建议办理作为支持和保障代表依法履职
    的重要抓手，创新推行“四个一”工作法，推动代表建议由“办
    理”向“办成”转变，今年以来交办的135件代表建议已办结
    121件，代表满意率达到98.5%。

    （一）一张清单明责任

    市人大常委会在交办会上为每件建议建立办理清单，明确牵头单
    位、协办单位、办理时限和责任领导，实行“一件建议、一名领
    导、一个专班、一抓到底”。清单在市人大门户网站和代表履职
    平台公开，接受代表和群众监督。

    （二）一线督办促落实

    坚持常委会领导领衔督办重点建议，今年确定的8件重点建议分
    别由常委会主任、副主任领衔，带领代表深入一线察看办理情况。
    针对芒山镇代表提出的旅游道路改造建议，常委会领导三次到现
    场督办，推动交通部门完成7.6公里道路提升改造。

    （三）一次评议见真章

    每年下半年组织代表对承办单位办理工作进行评议，评议结果与
    单位年度考核挂钩。对代表不满意的建议，责成承办单位重新办
    理，由原提出代表再次评价，真正做到“件件有着落、事事有回
    音”。

    （四）一套机制管长远

    制定《永城市人大代表建议办理工作办法》，建立代表建议办理

    - 1 -

    “回头看”制度，对往年答复“正在解决”“列入计划解决”的
    建议逐件跟踪，今年共开展“回头看”42件，推动解决历史遗
    留问题19个。

    （商丘市永城市人大常委会代表工委供稿）

    """)

    /// A PDF's copy with a speech quoted over several lines: a 下一步 at a line's start inside the
    /// quotation is no 结语 (the twentieth audit's look-alike of the hard-wrapped items). Its lead's
    /// first line, cut at the wrap width, goes on for both jobs (the checker took it for a line
    /// standing alone, as in a Word paste: a disagreement older than these audits).
    static let closingWordInsideAQuotation = Shape(name: "closing-word-inside-a-quotation", text: """
    许昌市：票决民生实事 代表全程监督
    许昌市人大常委会坚持把民生实事项目人大代表票决制作为践行
    全过程人民民主的重要抓手，组织各级人大代表全程参与项目征
    集、票决、监督和评估，推动一批群众急难愁盼问题得到有效解
    决。今年以来，全市共票决产生民生实事项目126个，已完工
    89个，完成率达到70.6%，群众满意度持续提升。
    为确保票决项目落地见效，市人大常委会建立了“月调度、季视
    察、年评估”工作机制，组织代表分成12个监督小组，每月深
    入项目现场了解进度，督促政府有关部门解决项目推进中遇到的
    资金、用地、审批等困难问题。
    在近日召开的项目推进会上，市人大常委会主任王建国指出：“
    民生实事办得好不好，群众说了算，代表评了算，我们必须把
    每一件实事都办实办好，让群众看得见、摸得着、感受得到。
    下一步，我们将把项目完成情况纳入代表视察重点，确保每一个
    项目都经得起群众检验。”与会代表纷纷表示，将持续跟踪项目
    进展，当好群众的代言人，让民生实事真正成为民心工程。
    （许昌市人大常委会代表工委供稿）

    """)

    static let nineteenthAudit = [hardWrappedItemsAndClosing, leadLineCutAfterAClause, longTitleInAHardWrappedSubmission, closingWordInsideAQuotation]
}

/// The nineteenth fresh-eyes audit (December 2026: how clerks number things — 一是 lists, （一）
/// and 1. items, closings — typed, pasted from Word and extracted from PDFs).
final class NineteenthAuditTests: XCTestCase {
    /// A paragraph of its own that counts again from 一是, after one with its 一是、二是, is a new
    /// list (the clerk's grouping), in an article without points and in a point alike; a 一是
    /// counted again inside one paragraph is still a slip.
    func testA一是ListRestartingInANewParagraphIsNoSlip() {
        let article = """
        汝州市：“四进”活动助推代表履职

        今年以来，汝州市人大常委会组织代表开展“四进”活动。在活动内容上，一是进企业，帮助解决用工难题。二是进社区，收集群众意见建议。

        在组织方式上，一是分领域召开座谈会，邀请相关部门参加。二是邀请群众参加，现场答复群众关切。

        （汝州市人大常委会代表工委供稿）

        """
        XCTAssertFalse(Checker.lineCodes(article).contains { $0.hasSuffix("S7") }, Checker.lineCodes(article).joined(separator: ", "))
        let inOnePoint = """
        汝州市：“四进”活动助推代表履职

        今年以来，汝州市人大常委会组织代表开展“四进”活动。

        一、丰富活动内容。一是进企业，帮助解决用工难题。二是进社区，收集群众意见建议。三是进学校，宣传代表工作。

        在组织方式上，一是分领域召开座谈会。二是邀请群众参加。

        二、完善工作机制。建立活动台账，定期通报情况。

        （汝州市人大常委会代表工委供稿）

        """
        XCTAssertFalse(Checker.lineCodes(inOnePoint).contains { $0.hasSuffix("S7") }, Checker.lineCodes(inOnePoint).joined(separator: ", "))
        let slip = "汝州市：“四进”活动助推代表履职\n\n今年以来，一是进企业，帮助解决用工难题。二是进社区。一是进学校。\n\n（汝州市人大常委会代表工委供稿）\n"
        XCTAssertTrue(Checker.lineCodes(slip).contains("3 S7"), Checker.lineCodes(slip).joined(separator: ", "))
        // One item a paragraph (a Word paste): a paragraph opening with 一是 goes on with the list,
        // so 一是 again is still a slip (audit 20: the restart made it silent).
        let onePerLine = "汝州市：“四进”活动助推代表履职\n今年以来，汝州市人大常委会组织代表开展“四进”活动。\n一是进企业，帮助解决用工难题。\n二是进社区，收集群众意见建议。\n一是进学校，宣传代表工作。\n（汝州市人大常委会代表工委供稿）\n"
        XCTAssertTrue(Checker.lineCodes(onePerLine).contains("5 S7"), Checker.lineCodes(onePerLine).joined(separator: ", "))
    }

    /// `一是一，二是二` is an idiom, no 一是… marker: not counted by S7, not a sub-point to the reader.
    func testTheIdiom一是一二是二IsNoMarker() {
        let text = """
        郑州市：开展专题视察 推动问题整改

        今年以来，郑州市人大常委会组织代表开展专题视察。一是深入一线察实情。二是聚焦问题提建议。代表们在查问题时坚持实事求是，一是一，二是二，既不夸大也不缩小。

        （郑州市人大常委会代表工委供稿）

        """
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S7") }, Checker.lineCodes(text).joined(separator: ", "))
        let markers = GenrePatterns.subPointMarkers(Array("坚持实事求是，一是一，二是二，既不夸大。一是深入一线。".utf8))
        XCTAssertEqual(markers.map(\.number), [1])
        // `一是一批项目落地`: an item, the numeral opening its word.
        XCTAssertEqual(GenrePatterns.subPointMarkers(Array("今年以来，一是一批项目落地。二是二十个站点建成。".utf8)).map(\.number), [1, 2])
        XCTAssertEqual(GenrePatterns.subPointMarkers(Array("今年以来，一是一、二季度集中视察。二是三、四季度专题调研。".utf8)).map(\.number), [1, 2])
        let items = "郑州市：开展专题视察 推动问题整改\n\n今年以来，郑州市人大常委会推动项目建设。一是一批项目落地见效。三是二十个站点建成。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertTrue(Checker.lineCodes(items).contains("3 S7"), Checker.lineCodes(items).joined(separator: ", "))
    }

    /// Under a line a PDF cut at the wrap width that ends its sentence, a line opening a numbered
    /// item （（一） 1. （1）） or the 结语 （下一步） is a paragraph of its own, as 一、 is: both jobs read
    /// the items apart and the 结语 as the 结语, and `--fix` glues none of them.
    func testAnItemOrTheClosingUnderALineCutAtTheWrapWidthIsAParagraph() throws {
        let shape = ReadingShapes.hardWrappedItemsAndClosing
        let read = BulletinReader.read(shape.text)
        let article = try XCTUnwrap(read.article)
        XCTAssertEqual(article.lead.count, 3, article.lead.joined(separator: " | "))
        XCTAssertTrue(article.lead[1].hasPrefix("（一）建立任务清单"), article.lead[1])
        XCTAssertTrue(article.lead[2].hasPrefix("（二）建立服务清单"), article.lead[2])
        XCTAssertTrue(article.closing.first?.hasPrefix("下一步，") == true, article.closing.joined())
        let codes = Checker.lineCodes(shape.text)
        for line in ["4 A1", "8 A1", "11 A1"] { XCTAssertFalse(codes.contains(line), codes.joined(separator: ", ")) }
        let fixed = Fixer.fixedText(shape.text)
        for opening in ["（一）", "（二）", "下一步，"] { XCTAssertTrue(fixed.contains("\n" + opening), fixed) }
        // The recogniser both jobs ask: under a sentence ended (not ；：) outside a quotation.
        func starts(_ paragraph: String, _ next: String) -> Bool { TextLayout.startsParagraphUnderCutLine(paragraph: paragraph, next: next) }
        for line in ["（一）建立任务清单", "1.建立任务清单", "（1）建立", "下一步，将", "下步将"] {
            XCTAssertTrue(starts("推动代表履职由“软约束”变为“硬要求”。", line), line)
        }
        // Not a run-in list's or a sentence's opening (audit 20), nor under ；：, nor in a quotation.
        for line in ["1.5万人次参加", "下一级人大", "一是加强组织领导", "第一，建立", "首先，建立", "今后，将", "接下来，将", "未来，将"] {
            XCTAssertFalse(starts("推动代表履职由“软约束”变为“硬要求”。", line), line)
        }
        XCTAssertFalse(starts("主要做法是：", "（一）建立"))
        XCTAssertFalse(starts("一是开展视察；", "（一）建立"))
        XCTAssertFalse(starts("他说：“今年我们组织代表视察了全市项目。", "下一步，将继续推进。"))
    }

    /// `１．` as Word's full-width typing gives it: P2 turns the digit and its dot half-width, so
    /// `--fix` leaves `1.` and nothing to report; P7 names the full-width dot it asks about.
    func testAFullWidthSerialNumberIsFixedWhole() {
        let text = "济源示范区：“双报到双服务”推动代表履职进社区\n\n济源示范区人大工委组织代表到社区报到。\n\n１．明确报到要求。示范区人大工委印发通知。\n\n２．丰富服务内容。代表开展政策宣讲。\n\n（济源示范区人大工委供稿）\n"
        let messages = Checker.check(text).findings.filter { $0.finding.rule.code == "P7" }.map(\.finding.message)
        XCTAssertEqual(messages, Array(repeating: "阿拉伯数字序号后应用半角下脚点“.”，不用全角“．”，如“1.”", count: 2))
        let widths = Checker.check(text).findings.filter { $0.finding.rule.code == "P2" }.map(\.finding.message)
        XCTAssertEqual(widths.first, "全角字符“１．”：数字和字母应为半角“1.”")
        let fixed = Fixer.fixedText(text)
        XCTAssertTrue(fixed.contains("\n1.明确报到要求。") && fixed.contains("\n2.丰富服务内容。"), fixed)
        XCTAssertEqual(Checker.check(fixed).findings.map(\.finding.rule.code), [])
        // The other wrong marks are named and left to the writer.
        let comma = Checker.check(text.replacingOccurrences(of: "１．", with: "1、")).findings.filter { $0.finding.rule.code == "P7" }
        XCTAssertEqual(comma.first?.finding.message, "阿拉伯数字序号后应用下脚点“.”，不用顿号“、”，如“1.”")
        XCTAssertNil(comma.first?.finding.fix)
    }

    /// A lead's long line that opens with the body acting and that a PDF cut after a clause is no
    /// title's line: the title stands alone for both jobs, and `--fix` leaves it.
    func testALeadLineOpeningWithTheBodyIsNoTitleLine() throws {
        let shape = ReadingShapes.leadLineCutAfterAClause
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.headline, "多措并举推动代表建议高质量办理")
        XCTAssertTrue(read.article?.lead.first?.hasPrefix("南阳市人大常委会坚持") == true, read.article?.lead.first ?? "")
        XCTAssertFalse(Checker.lineCodes(shape.text).contains("1 A1"), Checker.lineCodes(shape.text).joined(separator: ", "))
        XCTAssertTrue(Fixer.fixedText(shape.text).hasPrefix("南阳市：多措并举推动代表建议高质量办理\n"))
        XCTAssertTrue(GenrePatterns.isLeadLine(Array("南阳市人大常委会坚持把代表建议办理作为联系群众的重要纽带，".utf8)))
        // A title's line naming the body stays one: no clause cut at its end (`市人大常委会召开…`
        // under `郑州市：`, `人大代表…`: audit 20), short, or the body not at its opening.
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("市人大常委会召开代表座谈会推动建议办理提质增效".utf8)))
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("人大代表深入一线察民情解民忧办实事".utf8)))
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("市人大常委会：强化履职担当".utf8)))
        XCTAssertFalse(GenrePatterns.isLeadLine(Array("聚焦主题活动 推动市人大常委会代表工作提质增效".utf8)))
    }

    /// A single submission's title that reaches a PDF's wrap width, open at its end and holding no
    /// sentence, is the title whole: `parse` took the whole lead into it (the checker did not).
    func testALongTitleAtTheWrapWidthIsTheTitleWhole() throws {
        let shape = ReadingShapes.longTitleInAHardWrappedSubmission
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.format, .ocrText)
        XCTAssertEqual(read.article?.headline, "“四个一”工作法推动代表建议办理提质增效")
        XCTAssertTrue(read.article?.lead.first?.hasPrefix("永城市人大常委会把代表建议办理") == true, read.article?.lead.first ?? "")
        XCTAssertFalse(Checker.lineCodes(shape.text).contains("1 A1"), Checker.lineCodes(shape.text).joined(separator: ", "))
    }

    /// In OCR text, where spaces between Chinese characters are gaps and go, the one space between
    /// two phrases of a title or a contents entry stays, as `check` reads it (P4 leaves it).
    func testATitlesPhraseSpaceStaysInOCRText() throws {
        let text = ReadingShapes.longTitleInAHardWrappedSubmission.text
            .replacingOccurrences(of: "永城市：“四个一”工作法推动代表建议办理提质增效", with: "永城市：“四个一”工作法 推动建议办理提质增效")
            .replacingOccurrences(of: "作为支持和保障代表依法履职", with: "作为支持和保 障代表依法履职")
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.format, .ocrText)
        XCTAssertEqual(read.article?.headline, "“四个一”工作法 推动建议办理提质增效")
        XCTAssertTrue(read.article?.lead.first?.contains("作为支持和保障代表依法履职") == true, read.article?.lead.first ?? "")
        XCTAssertFalse(Checker.lineCodes(text).contains("1 P4"), Checker.lineCodes(text).joined(separator: ", "))
        // The recogniser both jobs ask.
        XCTAssertTrue(GenrePatterns.isHeadingPhraseSpace(left: 0x6CD5, right: 0x63A8, phraseLength: 7))
        XCTAssertFalse(GenrePatterns.isHeadingPhraseSpace(left: 0x4FDD, right: 0x969C, phraseLength: 2))
    }

    /// Word's list numbering saved as text leaves a tab after the number (`一、\t` `（一）\t` `1.\t`):
    /// P4 says so and deletes it (it advised a new paragraph, or said nothing after `1.`), and the
    /// notes have no tab; a Markdown list's `1. ` keeps its space.
    func testATabAfterAWordAutoNumberIsDeleted() throws {
        let text = "许昌市：聚焦群众关切 推动代表履职\n今年以来，许昌市人大常委会组织代表开展联系群众活动。\n一、\t联系群众促民生改善。代表进站接待群众。\n（一）\t建强小组队伍。各乡镇调整代表小组。\n1.\t优化人员结构。吸收基层代表参加。\n（许昌市人大常委会代表工委供稿）\n"
        let findings = Checker.check(text).findings.filter { $0.finding.rule.code == "P4" }
        XCTAssertEqual(findings.map(\.range.start.line), [3, 4, 5])
        XCTAssertEqual(Set(findings.map(\.finding.message)), ["序号后面多了制表符（Word 自动编号存成文本时留下的）：删去"])
        XCTAssertFalse(Fixer.fixedText(text).contains("\t"))
        let read = BulletinReader.read(text)
        XCTAssertFalse(read.article.map { ($0.lead + $0.points.flatMap { [$0.heading] + $0.body }).joined().contains("\t") } ?? true)
        XCTAssertEqual(Checker.lineCodes("1. 完善制度。\n").filter { $0.hasSuffix("P4") }, [])
    }

    /// 下一步 opening a line inside a quotation that the paragraph left open goes on with it, for
    /// both jobs: no 结语 inside the quote, no P3 on its marks.
    func testAClosingWordInsideAQuotationGoesOn() throws {
        let shape = ReadingShapes.closingWordInsideAQuotation
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.closing, [])
        XCTAssertFalse(Checker.lineCodes(shape.text).contains { $0.hasSuffix("P3") }, Checker.lineCodes(shape.text).joined(separator: ", "))
    }
}
