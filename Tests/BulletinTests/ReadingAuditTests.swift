import XCTest
@testable import Bulletin
import NotesFormat

/// The reading defects of the CLI audit of 2026-12 (data lost or misread by `parse`), one test
/// each; every one failed before its fix.
final class ReadingAuditTests: XCTestCase {
    /// `## 一、…` inside an article is a point heading, as `**一、…**` is; nothing after it is lost.
    func testMarkdownPointHeadingsAreRead() throws {
        let text = "# 洛阳市：建强代表联络站\n\n导语第一段。\n\n## 一、完善站点布局\n\n正文甲。\n\n### （一）细化\n\n正文乙。\n\n## 二、健全机制\n\n正文丙。\n\n（洛阳市人大常委会代表工委供稿）\n"
        let result = BulletinReader.read(text)
        let article = try XCTUnwrap(result.article)
        XCTAssertEqual(article.lead, ["导语第一段。"])
        XCTAssertEqual(article.points.map(\.heading), ["完善站点布局", "健全机制"])
        XCTAssertEqual(article.points.map { $0.body.filter { !$0.isEmpty } }, [["正文甲。", "（一）细化", "正文乙。"], ["正文丙。"]])
        XCTAssertEqual(article.closing, [])
        XCTAssertEqual(article.contributor, "洛阳市人大常委会代表工委")
        XCTAssertEqual(result.unplaced.count, 0)
    }

    /// Markdown list items and table rows are paragraphs of their own line: nothing is glued to
    /// them across a blank line.
    func testMarkdownListItemsAndTableRowsAreNotJoined() throws {
        let text = "# 郑州市：标题\n\n正文内容，工作\n\n| 地区 | 代表数 |\n| --- | --- |\n\n- 张三 市人大代表\n- 李四 县人大代表\n\n出席人员：王五 赵六 孙七\n\n（郑州市人大常委会代表工委供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.lead, ["正文内容，工作", "| 地区 | 代表数 |", "| --- | --- |", "- 张三 市人大代表", "- 李四 县人大代表", "出席人员：王五 赵六 孙七"])
    }

    /// In an issue, a `##` heading after an article's 供稿 line still opens the next article.
    func testMarkdownHeadingAfterContributorOpensTheNextArticle() throws {
        let text = "# 代表工作\n\n第 3 期\n\n河南省人大常委会代表工作委员会 2026 年 6 月 4 日\n\n## 郑州市：高位部署\n\n正文甲。\n\n（郑州市人大常委会代表工委供稿）\n\n## 六件实事 践初心\n\n正文乙。\n\n（开封市人大常委会代表工委供稿）\n"
        let bulletin = try XCTUnwrap(BulletinReader.read(text).bulletin)
        XCTAssertEqual(bulletin.articles.map(\.headline), ["高位部署", "六件实事 践初心"])
    }

    /// What a single article's notes cannot hold is never dropped silently: a second submission
    /// after the first one's 供稿 line is the file's second part (`parse --part 2`, named in the
    /// notes' comments), as `check` checks it on its own (the seventeenth audit; it was listed as
    /// unplaced lines); text after the 供稿 line that heads no submission is listed.
    func testTextAfterTheArticleIsListedAsUnplaced() throws {
        let text = "洛阳市：建强代表联络站\n\n导语第一段。\n\n（洛阳市人大常委会代表工委供稿）\n\n开封市：另一篇\n\n正文乙。\n"
        let result = BulletinReader.read(text)
        XCTAssertEqual(try XCTUnwrap(result.article).lead, ["导语第一段。"])
        XCTAssertEqual(result.unplaced, [])
        XCTAssertEqual(result.followingIssues.map { $0.article?.region }, ["开封市"])
        XCTAssertEqual(result.followingIssues.map(\.startLine), [7])
        XCTAssertEqual(result.otherIssuesNote(reading: 1), "文件中有 2 篇来稿（洛阳市：建强代表联络站，第 1 行起；开封市：另一篇，第 7 行起），这里读出第 1 篇（洛阳市：建强代表联络站）；用 --part N 读出第 N 篇")
        let trailing = BulletinReader.read("洛阳市：建强代表联络站\n\n导语第一段。\n\n（洛阳市人大常委会代表工委供稿）\n\n另有说明如下。\n")
        XCTAssertEqual(trailing.unplaced.map(\.text), ["另有说明如下。"])
    }

    /// A clerk's text, one paragraph per line: `一、强化组织领导` alone on its line stays a heading
    /// (docs/checking.md), and `!!` stays with its sentence.
    func testOneParagraphPerLinePointHeadingsStayHeadings() throws {
        let text = """
        开封市：聚焦民生实事 推动代表履职走深走实
        近年来，开封市人大常委会坚持以人民为中心，收集意见建议120余条。
        一、强化组织领导
        市人大常委会成立工作专班，明确责任分工。
        二、注重成果转化
        推动解决群众急难愁盼问题56件，群众满意度显著提升!!
        （开封市人大常委会代表工委供稿）

        """
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["强化组织领导", "注重成果转化"])
        XCTAssertEqual(article.points.map { $0.body.filter { !$0.isEmpty } },
                       [["市人大常委会成立工作专班，明确责任分工。"], ["推动解决群众急难愁盼问题56件，群众满意度显著提升！！"]])   // full-width as P1 fixes them (P6 reports the repeat)
        // A point running into its body: the repeated mark ends the heading, none is left over.
        let point = try XCTUnwrap(BulletinReader.read("开封市：标题\n\n导语。\n\n一、满意度显著提升！！推动解决问题56件。\n\n（开封市人大常委会代表工委供稿）\n").article?.points.first)
        XCTAssertEqual(point.heading, "满意度显著提升！！")
        XCTAssertEqual(point.body, ["推动解决问题56件。"])
        XCTAssertEqual(article.closing, [])
        // The checker agrees: no split paragraph anywhere.
        XCTAssertFalse(Checker.check(text).findings.contains { $0.finding.rule.code == "A1" })
    }

    /// A submission typed one paragraph per line with a title-like line and `附件：代表名单`
    /// (read here, checked in CheckSafeFixTests).
    static let titleLinesOnePerLine = """
    郑州市：聚焦民生实事 推动代表履职
    近年来，郑州市人大常委会坚持以人民为中心，推动代表履职。
    聚焦中心工作大局围绕全市经济社会发展重点任务组织代表开展专题调研活动
    市人大常委会成立工作专班，制定方案。
    一是开展接待日活动。二是组织代表回选区。
    附件：代表名单
    张三 李四 王五
    （郑州市人大常委会代表工委供稿）

    """

    /// One paragraph per line: a title-like line and `附件：代表名单` are not glued to the next line.
    func testOneParagraphPerLineTitleLinesAreNotJoined() throws {
        let result = BulletinReader.read(Self.titleLinesOnePerLine)
        XCTAssertEqual(try XCTUnwrap(result.article).lead.count, 6)
        XCTAssertEqual(result.repairs.count, 0)
    }

    // MARK: Form feeds (pdftotext's page breaks) and control characters

    func testTrailingFormFeedAddsNoFinding() throws {
        let seed = try Seeds.text(Seeds.recentIssue16)
        XCTAssertEqual(Checker.lineCodes(seed + "\u{0C}"), Checker.lineCodes(seed))
        XCTAssertEqual(Checker.lineCodes(seed + "\u{0C}\n"), Checker.lineCodes(seed))
    }

    func testFormFeedLinesAreBlankLines() {
        let text = "郑州市：高位部署强担当\n\n郑州市人大常委会全面启动年度代表主题活动。\n\u{0C}\n（郑州市人大常委会代表工委供稿）\n\u{0C}\n开封市：闻令而动\n\n开封市人大常委会迅速行动。\n\u{0B}\n（开封市人大常委会代表工委供稿）\n"
        XCTAssertEqual(Checker.lineCodes(text), [])
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.article?.contributor, "郑州市人大常委会代表工委")
    }

    /// No control character reaches the notes: a page break mid-line is a line break, any other
    /// control character is dropped (and reported as a repair).
    func testNoControlCharacterReachesTheNotes() throws {
        let text = "郑州市：加强代表联络站建设\n郑州市人大常委会坚持问题导向，推动\u{0C}代表履职。\n正文内容\u{01}，工\u{80}作\u{9F}\u{2029}。\n（郑州市人大常委会代表工委供稿）\n\u{0C}\n开封市：另一篇\u{1B}\n"
        let result = BulletinReader.read(text)
        let notes = NotesWriter.yaml(try XCTUnwrap(result.notes()), comments: result.notesComments(source: "ff.txt"))
        XCTAssertFalse(notes.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x2029 }, notes)
        XCTAssertTrue(notes.contains("正文内容，工作。"), notes)
        // (`开封市：另一篇` is the file's second submission, its control character that one's repair.)
        XCTAssertTrue(result.issuesInFile.contains { $0.repairs.contains { $0.kind == .removedControls } })
        XCTAssertTrue(result.otherIssuesNote(reading: 1)?.contains("开封市：另一篇") == true)
    }

    /// Where a point's body would start on the heading's line, a number the notes refuse there
    /// (fuzzing: `\t一、…` after a tab, `二,、…` with a wrong mark, `（一）…`) is not left at the
    /// start of 正文: a number in the points' form starts a point, another number its own
    /// paragraph after the heading's. What parse writes decodes.
    func testNoBodyOpensWithANumberTheNotesRefuse() throws {
        // A heading whose headline is only spaces and controls (`南阳市： \0`, fuzzing) has none:
        // no article with `标题: " "`, which draft refuses.
        for heading in ["代巗阳市： \u{0}", "南阳市：\u{3000}\u{1}\t"] {
            let read = BulletinReader.read(heading + "\n\n导语。\n", options: ReadOptions(forceArticle: true))
            // Either a headline, or the reader says it is missing (the fuzz target's property).
            XCTAssertTrue(read.article?.headline.trimmingCharacters(in: .whitespaces).isEmpty == false || !read.missingFields.isEmpty, heading)
            if let notes = read.notes(), read.missingFields.isEmpty { XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(notes)), heading) }
        }
        // A paragraph of its own after a control character and a tab (fuzzing again): a point as well.
        let tabbed = try XCTUnwrap(BulletinReader.read("南阳市：标题\n\n导语。\n\n一、甲乙丙。\n\n\u{1}\t二、丁戊。\n\n\u{1}\u{3000}\u{3000}三,己庚。\n").article)
        XCTAssertEqual(tabbed.points.map(\.heading), ["甲乙丙。", "丁戊。", "己庚。"])
        let text = "南阳市：标题\n\n导语。\n\n一、甲乙丙。\t二,、 壬癸。\n\n二、丁戊。（一）加强学习。1.再学。\n\n三、己。\u{3000}三、庚。\n\n四、辛。二、三产业。\n\n（南阳市人大常委会代表工委供稿）\n"
        let article = try XCTUnwrap(BulletinReader.read(text).article)
        XCTAssertEqual(article.points.map(\.heading), ["甲乙丙。", "、壬癸。", "丁戊。", "己。", "庚。", "辛。"])
        XCTAssertEqual(article.points.map(\.body), [[], [], ["", "（一）加强学习。1.再学。"], [], [], ["二、三产业。"]])
        let notes = NotesWriter.yaml(try XCTUnwrap(BulletinReader.read(text).notes()))
        XCTAssertNoThrow(try NotesDecoder().decode(text: notes), notes)
    }

    /// A 供稿 line with stray brackets or a doubled 供稿 around the unit (fuzzing: `（）供稿）`):
    /// the unit is what stands between, never a bracket or 供稿, which draft prints around it.
    func testContributorUnitHoldsNoBracketOrWord() throws {
        let cases = [("（南阳市人大常委会）供稿）", "南阳市人大常委会"), ("（南阳市人大常委会供稿供稿）", "南阳市人大常委会"),
                     ("（(南阳市人大常委会代表工委供稿）", "南阳市人大常委会代表工委"), ("(林州市人大常委会 王五 供稿)", "林州市人大常委会 王五")]
        for (line, unit) in cases {
            let read = BulletinReader.read("南阳市：标题\n\n导语。\n\n\(line)\n")
            XCTAssertEqual(read.article?.contributor, unit, line)
            XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(read.notes()))), line)
        }
        // Without its closing bracket (`（阳帔会供稿`, fuzzing): read as unbracketed, the unit is still
        // cut at its brackets.
        let open = BulletinReader.read("南阳市：标题\n\n（南阳市人大常委会供稿\n")
        XCTAssertEqual(open.article?.contributor, "南阳市人大常委会")
        XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(open.notes()))))
        let empty = BulletinReader.read("南阳市：标题\n\n导语。\n\n（）供稿）\n")
        XCTAssertNil(empty.article?.contributor)
        XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(empty.notes()))))
    }

    /// What the notes refuse is never written as if complete (fuzzing): `第0期`, an empty `# `
    /// heading, a byte order mark or U+FFFF inside the text. Either the reader says what is
    /// missing, or the notes decode.
    func testWhatTheNotesRefuseIsNamedOrDropped() throws {
        let texts = ["代表工作\n第0期\n2024年1月4日\n\n南阳市：标题\n\n导语。\n", "\u{FFFD}第1期4年1月4日\n# \u{0}\n",
                     "南阳市：标题\u{FEFF}\n\n导语\u{FFFF}。\n\n（南阳市人大常委会代表工委供稿）\n",
                     // A line after the footer, quoted in a comment of the notes.
                     "代表工作\n第 1 期\n2024年1月4日\n\n南阳市：标题\n\n导语。\n\n（南阳市人大常委会代表工委供稿）\n\n送：省人大\n\n河南省人大常委会代表工作委员会印发\n\n一、后\u{FFFF}文\u{85}字\n"]
        for text in texts {
            let read = BulletinReader.read(text)
            let notes = try XCTUnwrap(read.notes(), text)
            if read.missingFields.isEmpty {
                XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(notes, comments: read.notesComments(source: "x.txt"))), text)
            }
        }
        XCTAssertTrue(BulletinReader.read(texts[0]).missingFields.contains { $0.contains("期号是 0") })
        let noCopies = BulletinReader.read("代表工作\n第 1 期\n2024年1月4日\n\n南阳市：标题\n\n导语。\n\n（南阳市人大常委会代表工委供稿）\n\n送：省人大\n\n河南省人大常委会代表工作委员会印发 共印 0 份\n")
        XCTAssertTrue(noCopies.missingFields.contains { $0.contains("印数是 0") }, "\(noCopies.missingFields)")
        XCTAssertTrue(BulletinReader.read(texts[1]).missingFields.contains { $0.contains("没有读到标题") })
        XCTAssertEqual(BulletinReader.read(texts[2]).article?.lead, ["导语。"])
    }

    /// Bytes that are no UTF-8 are written into the reader's text as U+FFFD, so offsets into
    /// the text stay right after them (fuzzing: a 供稿 unit cut from shifted offsets ended in 供稿).
    func testStrayBytesKeepTheTextsOffsets() throws {
        let line = Array("（南阳市人大常委".utf8) + [0xFF, 0xFF, 0xE4, 0xBE] + Array("工委供稿）".utf8)
        let read = BulletinReader.read(bytes: Array("南阳市：标题\n\n导语。\n\n".utf8) + line + [0x0A])
        XCTAssertEqual(read.article?.contributor, "南阳市人大常委\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}工委")
        XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(read.notes()))))
    }

    /// A point heading that opens with a number of its own (`一、二.…`, `一、（一）…`, fuzzing):
    /// the first number is listed, and what follows is read on its own.
    func testAHeadingOpeningWithANumberIsNoHeading() throws {
        for text in ["南阳市：标题\n\n导语。\n\n一、二.甲乙丙。\n", "南阳市：标题\n\n导语。\n\n一、（一）加强学习。\n"] {
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.unplaced.first?.text, "一、", text)
            XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(read.notes()))), text)
        }
        // Numerals listed stay the heading.
        XCTAssertEqual(BulletinReader.read("南阳市：标题\n\n一、二、三产业融合发展。\n").article?.points.map(\.heading), ["二、三产业融合发展。"])
    }

    /// Ill-formed UTF-8 around a dropped character (`C2 7F 8B`, found by fuzzing in CI): the
    /// builder must not join `C2` and `8B` into U+008B, a control in neither piece; the same across
    /// a removed `**` and a line join. Each stray byte reads as U+FFFD.
    func testDroppedCharactersDoNotJoinStrayBytesIntoAControl() throws {
        let head = Array("南阳市：标题\n\n导语。\n\n一、甲".utf8)
        let tail = Array("乙。\n".utf8)
        for middle: [UInt8] in [[0xC2, 0x7F, 0x00, 0x8B], [0xC2, 0x2A, 0x2A, 0x8B], [0xC2, 0x0A, 0x8B], [0xE6, 0x07, 0x9C, 0x9F]] {
            let result = BulletinReader.read(bytes: head + middle + tail)
            let notes = NotesWriter.yaml(try XCTUnwrap(result.notes()))
            XCTAssertFalse(notes.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || $0.value == 0x671F }, "\(middle): \(notes)")
            XCTAssertNoThrow(try NotesDecoder().decode(text: notes), "\(middle)")
        }
    }

    /// Two points typed on one line (`**一、…。**二、…`, found by fuzzing) are two points: the
    /// second is not the first's 正文, which `draft` would refuse as a numbered body.
    func testNextPointOnTheSameLineStartsAPoint() throws {
        for text in ["南阳市：标题\n\n导语。\n\n**一、深钻细研学蓝图。**二、强化担当作为，出真招。做深做实。\n\n（南阳市人大常委会代表工委供稿）\n",
                     "南阳市：标题\n\n导语。\n\n一、深钻细研学蓝图。二、强化担当作为，出真招。做深做实。\n\n（南阳市人大常委会代表工委供稿）\n"] {
            let article = try XCTUnwrap(BulletinReader.read(text).article)
            XCTAssertEqual(article.points.map(\.heading), ["深钻细研学蓝图。", "强化担当作为，出真招。"], text)
            XCTAssertEqual(article.points.map(\.body), [[], ["做深做实。"]], text)
        }
        // A number with no heading before the next (`**一、**二、…`, fuzzing again): listed, and the
        // next point read; `一、二、三产业…` lists numerals and stays the heading, which draft takes.
        for text in ["南阳市：标题\n\n**一、**二、强化担当作为，出真招。做深做实。\n", "南阳市：标题\n\n一、二、强化担当作为，出真招。做深做实。\n"] {
            let result = BulletinReader.read(text)
            XCTAssertEqual(result.article?.points.map(\.heading), ["强化担当作为，出真招。"], text)
            XCTAssertEqual(result.unplaced.map(\.text), ["一、"], text)
        }
        // The same for any number in 、 after a bare one (`二、二、…`, fuzzing in CI).
        let twice = BulletinReader.read("南阳市：标题\n\n**一、甲。**二、二、乙丙。\n")
        XCTAssertEqual(twice.article?.points.map(\.heading), ["甲。", "乙丙。"])
        // A bold heading of spaces alone (`**一、\t**…`, fuzzing) is no heading either.
        let spaces = BulletinReader.read("南阳市：标题\n\n**一、\t**做深做实。\n")
        XCTAssertEqual(spaces.article?.points.map(\.heading), [])
        XCTAssertEqual(spaces.unplaced.map(\.text), ["一、"])
        // …also after a tab or U+3000 between the two numbers (fuzzing): `一、\t二、…`.
        for text in ["南阳市：标题\n\n一、\t二、强化担当作为，出真招。\n", "南阳市：标题\n\n一、\u{3000}二、强化担当作为，出真招。\n"] {
            let result = BulletinReader.read(text)
            XCTAssertEqual(result.article?.points.map(\.heading), ["强化担当作为，出真招。"], text)
            XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(result.notes()))), text)
        }
        // A number alone on its line has no heading either: listed, never `小标题: ""`, which draft refuses.
        let bare = BulletinReader.read("南阳市：标题\n\n一、\n\n二、强化担当作为，出真招。做深做实。\n")
        XCTAssertEqual(bare.article?.points.map(\.heading), ["强化担当作为，出真招。"])
        XCTAssertEqual(bare.unplaced.map(\.text), ["一、"])
        let listed = BulletinReader.read("南阳市：标题\n\n一、二、三产业融合发展。做深做实。\n")
        XCTAssertEqual(listed.article?.points.map(\.heading), ["二、三产业融合发展。"])
        XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(try XCTUnwrap(listed.notes()))))
        // Any point number in 、 starts a point too (a number typed twice, `二、…。二、…`, or one skipped):
        // a body never starts with one, which draft refuses; S6 judges the numbering in the text.
        let skipped = try XCTUnwrap(BulletinReader.read("南阳市：标题\n\n一、甲。三、乙。\n\n**二、丙。**二、丁。\n").article)
        XCTAssertEqual(skipped.points.map(\.heading), ["甲。", "乙。", "丙。", "丁。"])
        XCTAssertEqual(skipped.points.map(\.body), [[], [], [], []])
    }
}
