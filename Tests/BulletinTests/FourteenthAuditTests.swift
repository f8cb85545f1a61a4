import XCTest
@testable import Bulletin

/// The fourteenth fresh-eyes audit (December 2026: the shapes issue 12 names, read by both jobs),
/// with what the thirteenth left: each defect a shape both jobs read alike.
final class FourteenthAuditTests: XCTestCase {
    /// Unmarked contents whose entries wrap over two lines: two entries, each joined, and the
    /// articles under them — not four articles, two of them empty, and no false S4/S8.
    func testUnmarkedContentsEntriesWrappedOverLines() throws {
        // A line a line, the wrap is a line break A1 joins (as for a marked entry); lines a
        // blank line apart, the entry's two lines are one paragraph already.
        let cases = [(ReadingShapes.unmarkedContentsWrappedOnePerLine, ["洛阳市", "濮阳市"], "洛阳市：组织五级代表集中视察 推动重点项目提速增效", ["6 A1"]),
                     (ReadingShapes.unmarkedContentsWrappedBlankLines, ["焦作市", "温县"], "焦作市：“人大代表+”模式激活基层治理“一池春水”", [])]
        for (shape, regions, firstEntry, findings) in cases {
            let read = BulletinReader.read(shape.text)
            let bulletin = try XCTUnwrap(read.bulletin, shape.name)
            XCTAssertEqual(bulletin.articles.map(\.region), regions, shape.name)
            XCTAssertTrue(bulletin.articles.allSatisfy { !$0.lead.isEmpty && $0.contributor != nil }, shape.name)
            XCTAssertEqual(read.layout.contents.count, 2, shape.name)
            XCTAssertEqual(read.layout.contents.first.map { HeadingText.compact($0.text) }, HeadingText.compact(firstEntry), shape.name)
            XCTAssertEqual(read.repairs.filter { $0.kind == .joinedContentsEntry }.count, 1, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), findings, shape.name)
        }
        XCTAssertEqual(GenrePatterns.unmarkedContentsEntries(["安阳市：甲乙", "丙丁", "鹤壁市：戊", "安阳市：甲乙丙丁", "正文。"]), [0..<2, 2..<3])
        // A title wrapped as its entry was: the first line repeats.
        XCTAssertEqual(GenrePatterns.unmarkedContentsEntries(["安阳市：甲乙", "丙丁", "鹤壁市：戊", "安阳市：甲乙", "丙丁", "正文。"]), [0..<2, 2..<3])
        // A title over its lead is no entry: the lead is a sentence.
        XCTAssertEqual(GenrePatterns.unmarkedContentsEntries(["安阳市：甲乙", "市人大常委会组织代表视察。", "鹤壁市：戊"]), [])
    }

    /// A title broken over two lines a blank line apart, no contents: one title, the lead under
    /// it, and A1 joins the title's lines only. A short line under a short title is not taken for
    /// the title's tail.
    func testATitleBrokenOverABlankLineIsOneTitle() throws {
        let cases = [(ReadingShapes.titleBrokenOverABlankLine, "坚持“四个聚焦”，推动代表联络站提质增效", "平桥区人大常委会坚持"),
                     (ReadingShapes.untitledItemBrokenOverABlankLine, "滑县人大常委会赴濮阳市考察学习代表联络站建设工作", "为进一步提升")]
        for (shape, headline, leadOpening) in cases {
            let read = BulletinReader.read(shape.text)
            let article = try XCTUnwrap(read.article, shape.name)
            XCTAssertEqual(article.headline, headline, shape.name)
            XCTAssertTrue(article.lead.first?.hasPrefix(leadOpening) == true, shape.name)
            XCTAssertEqual(read.repairs.filter { $0.kind == .joinedTitleLines }.count, 1, shape.name)
            XCTAssertTrue(Checker.lineCodes(shape.text).contains("1 A1"), shape.name)
            let fixed = Fixer.fixedText(shape.text)
            XCTAssertTrue(fixed.contains(headline + "\n\n" + leadOpening), shape.name)
        }
        let short = "南阳市：强化履职\n\n聚焦民生实事\n\n南阳市人大常委会组织代表聚焦民生实事开展视察，推动问题解决。\n\n（南阳市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(short).article?.headline, "强化履职")
        XCTAssertFalse(Checker.lineCodes(short).contains("1 A1"))
    }

    /// Web buttons typed without brackets under the 供稿 line: dropped and listed by the reader,
    /// nothing for the checker. A lone short word is not taken for a button.
    func testUnbracketedWebButtonsAreNoText() throws {
        let shape = ReadingShapes.unbracketedWebButtons
        let read = BulletinReader.read(shape.text)
        XCTAssertEqual(read.article?.region, "浚县")
        XCTAssertEqual(read.article?.lead.count, 2)
        XCTAssertTrue(read.unplaced.contains { $0.text == "打印本页 关闭窗口" && $0.reason != .unrecognised })
        XCTAssertEqual(Checker.lineCodes(shape.text), ["1 A1"])
        XCTAssertTrue(GenrePatterns.isWebPageChrome("打印本页　关闭窗口"))
        XCTAssertTrue(GenrePatterns.isWebPageChrome("打印本页"))
        XCTAssertFalse(GenrePatterns.isWebPageChrome("返回"))
        XCTAssertFalse(GenrePatterns.isWebPageChrome("打印本页 关闭窗口 张三"))
    }

    /// The 刊名 and the issue's own number on one line between two points: a running header,
    /// dropped by the reader and reported by A1; another issue's number is no header of this one.
    func testARunningHeaderOnOneLineIsNoText() throws {
        for shape in [ReadingShapes.runningHeaderOnOneLine, ReadingShapes.runningHeaderSetRight] {
            let read = BulletinReader.read(shape.text)
            let bulletin = try XCTUnwrap(read.bulletin, shape.name)
            XCTAssertEqual(bulletin.articles.first?.points.first?.body, ["市人大常委会迅速启动活动方案制定工作，逐条细化任务清单。"], shape.name)
            XCTAssertEqual(read.repairs.filter { $0.kind == .droppedPageNumber }.count, 1, shape.name)
            let line = shape.text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("代表工作　") || $0 == "代表工作 第 11 期" }! + 1
            XCTAssertEqual(Checker.lineCodes(shape.text), ["\(line) A1"], shape.name)
        }
        let other = ReadingShapes.runningHeaderOnOneLine.text.replacingOccurrences(of: "代表工作 第 11 期", with: "代表工作 第 12 期")
        XCTAssertTrue(BulletinReader.read(other).repairs.allSatisfy { $0.kind != .droppedPageNumber })
    }

    /// The issue's number in brackets is the 期号, with 刊名 before it or alone; a bracket that
    /// only closes is no mark.
    func testAnIssueNumberInBracketsIsTheIssueNumber() throws {
        for shape in [ReadingShapes.issueNumberInBrackets, ReadingShapes.titleAndYearIssueInBrackets] {
            let read = BulletinReader.read(shape.text)
            let masthead = try XCTUnwrap(read.bulletin?.masthead, shape.name)
            XCTAssertEqual(masthead.issueNumber, 11, shape.name)
            XCTAssertEqual(masthead.title, "代表工作", shape.name)
            XCTAssertEqual(masthead.issuingBody, ["河南省人大常委会", "代表工作委员会"], shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
        XCTAssertEqual(GenrePatterns.issueMark(Array("人大工作简报(2023年第5期)".utf8))?.year, 2023)
        XCTAssertNil(GenrePatterns.issueMark(Array("第5期）".utf8)))
    }

    /// One space between masthead fields before the issue mark is the layout's (no P4); in an
    /// article's text it is still a stray space.
    func testOneSpaceBeforeTheIssueMarkIsAFieldGap() throws {
        for masthead in ["人大工作简报 第5期\n\n内黄县人大常委会办公室 2023年6月12日", "河南理工大学\n\n党委办公室编 第3期（总第45期） 2023年5月8日"] {
            let text = ReadingShapes.issue(masthead: masthead)
            XCTAssertEqual(Checker.lineCodes(text).filter { $0.hasSuffix("P4") }, [], masthead)
            XCTAssertNotNil(BulletinReader.read(text).bulletin?.masthead.issueNumber, masthead)
        }
        let prose = ReadingShapes.issue().replacingOccurrences(of: "召开工作推进会议", with: "召开 第3期推进会议")
        XCTAssertEqual(Checker.lineCodes(prose).filter { $0.hasSuffix("P4") }.count, 1)
    }

    /// A handling mark set right on 刊名's line is no part of 刊名: dropped and listed, located
    /// at the mark.
    func testAMarkSetRightOfTheTitleIsNoPartOfIt() throws {
        let read = BulletinReader.read(ReadingShapes.markSetRightOfTheTitle.text)
        XCTAssertEqual(read.bulletin?.masthead.title, "代表工作")
        let mark = try XCTUnwrap(read.unplaced.first { $0.reason == .mark })
        XCTAssertEqual(mark.text, "内部资料")
        XCTAssertEqual(mark.range.start.column, 11)
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.markSetRightOfTheTitle.text), [])
        XCTAssertNil(GenrePatterns.trailingClassificationMark(Array("内部资料".utf8)))
        XCTAssertNil(GenrePatterns.trailingClassificationMark(Array("代表工作 内部资料".utf8)))
    }

    /// The issuer named without 印发, set apart from its copies: the 印发 line to both jobs, S9
    /// asks for the word; a sentence ending in a copies note is none.
    func testAnIssuerWithoutTheIssuedWordIsTheIssuedLine() throws {
        let text = ReadingShapes.issuerWithoutTheIssuedWord.text
        let footer = try XCTUnwrap(BulletinReader.read(text).bulletin?.footer)
        XCTAssertEqual(footer.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(footer.copies, 60)
        XCTAssertEqual(footer.copyTo, "各省辖市人大常委会、济源示范区人大工委")
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasSuffix("（共印60份）") }! + 1
        let findings = Checker.check(text).findings
        XCTAssertEqual(findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }, ["\(line) S9"])
        XCTAssertTrue(findings.first?.finding.message.contains("印发") == true)
        XCTAssertNil(GenrePatterns.issuedLine(Array("会议审议了报告，市人大常委会　　（共印60份）".utf8)))
    }

    /// A web item's long head (three metadata lines and a byline) and its closing buttons are no
    /// text; what a web page prints under a closing byline neither: one article to both jobs.
    func testWhatAWebPagePrintsAroundAnItemIsNoText() throws {
        let head = BulletinReader.read(ReadingShapes.webItemWithALongHead.text)
        let item = try XCTUnwrap(head.article)
        XCTAssertEqual(item.headline, "内黄县人大常委会开展代表联络站“回头看”活动")
        XCTAssertEqual(item.lead.count, 2)
        XCTAssertEqual(head.unplaced.map(\.line), [2, 3, 4, 5, 8])
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.webItemWithALongHead.text), ["1 S5", "7 S8"])

        let trailer = BulletinReader.read(ReadingShapes.bylineOverWebTrailer.text)
        XCTAssertEqual(trailer.article?.points.count, 2)
        XCTAssertEqual(trailer.unplaced.map(\.line), [9, 11, 12, 13])
        XCTAssertEqual(Checker.lineCodes(ReadingShapes.bylineOverWebTrailer.text), ["7 S8"])
        XCTAssertTrue(GenrePatterns.isProductionLine(Array("【责任编辑：刘洋】".utf8)))
        XCTAssertFalse(GenrePatterns.isItemTrailerLine(Array("来源于群众的意见建议，代表们逐条梳理。".utf8)))
    }

    /// A time range at a paragraph's end with a half-width full stop: P5 reports the dash, P1 the
    /// stop (with its fix), and the reader's notes get 。; a number opening the line keeps its `.`.
    func testATimeRangeEndingWithAHalfWidthStop() throws {
        let text = "滑县：测试\n\n接待时间为上午9:00-11:30.\n\n会议在9:30召开，持续到11:30.\n\n（滑县人大常委会供稿）\n"
        XCTAssertEqual(Checker.lineCodes(text), ["3 P5", "3 P1", "5 P1"])
        XCTAssertEqual(BulletinReader.read(text).article?.lead.last, "会议在9:30召开，持续到11:30。")
        XCTAssertEqual(Checker.lineCodes("滑县：测试\n\n市人大常委会组织代表视察。\n\n1.\n\n（滑县人大常委会供稿）\n").filter { $0.hasSuffix("P1") }, [])
    }

    /// `新乡市：` alone over its title, a line a paragraph: A1 says join, and the fixed text is read
    /// as before with nothing left to report.
    func testARegionLineAloneIsReportedAndJoined() throws {
        let text = "新乡市：\n强化代表履职助力乡村振兴\n今年以来，新乡市人大常委会组织各级人大代表围绕乡村振兴开展专题调研，提出意见建议56条。\n（新乡市人大常委会代表工委供稿）\n"
        XCTAssertEqual(Checker.lineCodes(text), ["1 A1"])
        let fixed = Fixer.fixedText(text)
        XCTAssertTrue(fixed.hasPrefix("新乡市：强化代表履职助力乡村振兴\n今年以来"), fixed)
        XCTAssertEqual(Checker.lineCodes(fixed), [])
        XCTAssertEqual(BulletinReader.read(fixed).article?.headline, BulletinReader.read(text).article?.headline)
    }

    /// An archive of issues without footers whose masthead is one line (`工作动态第12期`): each issue
    /// read and checked on its own; the same line with its own number is no next issue.
    func testAnArchiveOfOneLineMastheadsWithoutFooters() throws {
        func issue(_ number: Int, _ date: String, _ region: String) -> String {
            "工作动态第\(number)期\n中共内乡县委办公室编                 \(date)\n\(region)：代表助力“菌菇小镇”建设\n\(region)人大常委会组织农业领域代表深入香菇种植基地，帮助协调问题12个。\n（\(region)人大常委会供稿）\n"
        }
        let text = issue(12, "2023年9月20日", "内乡县") + issue(13, "2023年10月8日", "西峡县") + issue(14, "2023年10月23日", "淅川县")
        let read = BulletinReader.read(text)
        XCTAssertEqual(read.issuesInFile.map { $0.bulletin?.masthead.issueNumber }, [12, 13, 14])
        XCTAssertEqual(read.issuesInFile.map { $0.bulletin?.articles.map(\.region) ?? [] }, [["内乡县"], ["西峡县"], ["淅川县"]])
        XCTAssertEqual(Checker.check(text).issueStartLines, [1, 6, 11])
        XCTAssertFalse(Checker.lineCodes(text).contains { $0.hasSuffix("S5") || $0.hasSuffix("S8") })
        // A running header, the same number again, starts nothing.
        let header = issue(12, "2023年9月20日", "内乡县").replacingOccurrences(of: "（内乡县", with: "工作动态第12期\n（内乡县")
        let once = BulletinReader.read(header)
        XCTAssertEqual(once.issuesInFile.count, 1)
        XCTAssertEqual(once.repairs.filter { $0.kind == .droppedPageNumber }.count, 1)
        XCTAssertEqual(once.article?.lead ?? once.bulletin?.articles.first?.lead, ["内乡县人大常委会组织农业领域代表深入香菇种植基地，帮助协调问题12个。"])
    }

    /// A title the contents list though it names no region heads the first article for both
    /// jobs: S5 says so, nothing joins it to the contents or its subtitle to the lead; the theme
    /// line over the contents is listed, not lost.
    func testATitleTheContentsListHeadsAnArticle() throws {
        for shape in [ReadingShapes.listedTitleOverSubtitle, ReadingShapes.officeTitleUnderTheme] {
            let read = BulletinReader.read(shape.text)
            let articles = try XCTUnwrap(read.bulletin?.articles, shape.name)
            XCTAssertEqual(articles.map(\.region), ["", "郑州市"], shape.name)
            XCTAssertEqual(articles.first?.lead.first?.hasPrefix("省十四届人大三次会议期间"), true, shape.name)
            XCTAssertEqual(articles.first?.contributor, "省人大常委会代表工委", shape.name)
            let lines = shape.text.components(separatedBy: "\n")
            let heading = lines.firstIndex { $0.hasPrefix("精心组织 精准交办") || $0.hasPrefix("河南省人大常委会代表工作委员会：") }! + 1
            let codes = Checker.lineCodes(shape.text)
            XCTAssertTrue(codes.contains("\(heading) S5"), "\(shape.name) \(codes)")
            XCTAssertFalse(codes.contains { $0.hasSuffix("A1") || $0.hasSuffix("S8") }, "\(shape.name) \(codes)")
        }
        let read = BulletinReader.read(ReadingShapes.officeTitleUnderTheme.text)
        XCTAssertEqual(read.unplaced.map(\.text), ["关于省十四届人大三次会议代表建议交办情况的通报"])
        XCTAssertEqual(read.bulletin?.articles.first?.headline, "河南省人大常委会代表工作委员会：精心组织交办 压实办理责任")
        // A contents entry's second line is no line with a label of its own.
        XCTAssertFalse(GenrePatterns.isContentsEntryWrap("河南省人大常委会代表工作委员会：精心组织交办", under: "郑州市：建立代表建议办理“双向评价”机制", marked: true))
    }

    /// A university's masthead: its name over the publication's (`郑州大学` / `工作简报`) is 刊名,
    /// the office under the number the issuing body.
    func testAHousesNameOverThePublicationsIsTheTitle() throws {
        let text = ReadingShapes.issue(masthead: "郑 州 大 学\n工 作 简 报\n2023年第3期（总第45期）\n党委办公室编                2023年5月8日")
        let masthead = try XCTUnwrap(BulletinReader.read(text).bulletin?.masthead)
        XCTAssertEqual(masthead.title, "郑州大学工作简报")
        XCTAssertEqual(masthead.issuingBody, ["党委办公室"])
        XCTAssertEqual(masthead.totalIssueNumber, 45)
        // An issuing body under 刊名 is still the body.
        let body = ReadingShapes.issue(masthead: "人大工作简报\n\n林州市人大常委会办公室\n\n第 5 期\n\n2023年6月12日")
        XCTAssertEqual(BulletinReader.read(body).bulletin?.masthead.title, "人大工作简报")
        XCTAssertFalse(GenrePatterns.namesAPublication(Array("党委办公室".utf8)))
        // Under a publication's own name (`代表工作`) a second name is no part of 刊名.
        let special = ReadingShapes.issue(masthead: ReadingShapes.masthead.replacingOccurrences(of: "代表工作\n", with: "代表工作\n\n主题活动专报\n"))
        XCTAssertEqual(BulletinReader.read(special).bulletin?.masthead.title, "代表工作")
    }

    /// The fifteenth audit: what the fixes above over-reached, each read as before again.
    func testTheFifteenthAuditsLookAlikesAreReadAsBefore() throws {
        // A 发 field's wrapped last line carrying the copies, over the 印发 line: the field's.
        let wrapped = ReadingShapes.issue(footer: "送：省人大常委会主任、副主任、秘书长\n\n发：各省辖市人大常委会\n济源示范区人大工委　　（共印60份）\n\n河南省人大常委会代表工作委员会印发")
        let footer = try XCTUnwrap(BulletinReader.read(wrapped).bulletin?.footer)
        XCTAssertEqual(footer.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertFalse(Checker.lineCodes(wrapped).contains { $0.hasSuffix("S9") })
        // A contents entry wrapped inside its words at a colon (`答好“民生` / `卷”：代表在行动`): joined.
        XCTAssertTrue(GenrePatterns.isContentsEntryWrap("卷”：代表在行动", under: "南阳市：“学解绘”三步法 答好“民生", marked: true))
        // `；2.` and `附件1.` at a paragraph's end may number what follows: no fix to 。.
        for ending in ["具体如下：1.建立台账；2.", "详见附件1."] {
            let text = "滑县：测试\n\n滑县人大常委会组织代表视察，\(ending)\n\n（滑县人大常委会供稿）\n"
            let fixed = Fixer.fixedText(text)
            XCTAssertTrue(fixed.contains(ending), ending)
        }
        // Under a title, a sub-heading of phrases, an office or 编者按 is no part of it, nor is a
        // line under a title whose phrases are already parallel.
        for (title, line) in [("襄城县：平台赋能 推进主题活动走深走实", "坚持高位推动 强化统筹谋划"), ("滑县：人大代表进网格 解决群众急难愁盼", "聚焦民生实事"),
                              ("南阳市：“学解绘”三步法 凝聚代表合力", "南阳市人大常委会办公室")] {
            let text = "\(title)\n\n\(line)\n\n南阳市人大常委会以主题活动为牵引，组织动员全市各级人大代表发挥自身专业特长，汇聚智慧力量。\n\n（南阳市人大常委会代表工委供稿）\n"
            XCTAssertEqual(BulletinReader.read(text).article?.fullHeading, title, line)
        }
        // A range's dash is a difference to S4; a subtitle's `——`, however the entry sets it, is not.
        XCTAssertNotEqual(HeadingText.compact("2025—2026年代表工作回顾"), HeadingText.compact("20252026年代表工作回顾"))
        XCTAssertEqual(HeadingText.compact("精心组织 ——综述"), HeadingText.compact("精心组织 综述"))
        XCTAssertEqual(HeadingText.compact("精心组织——综述"), HeadingText.compact("精心组织\n——综述"))
    }

    /// A date under a submission's title is dropped and listed, no part of its title or lead, and
    /// nothing for the checker; under a short 刊名 (`代表工作` / `2026年4月13日`) it is the masthead's.
    func testADateUnderATitleIsNoText() throws {
        for shape in [ReadingShapes.bracketedDateUnderTitle, ReadingShapes.dateLineUnderTitle] {
            let read = BulletinReader.read(shape.text)
            XCTAssertEqual(read.article?.headline, "代表助力乡村振兴", shape.name)
            XCTAssertEqual(read.article?.lead, ["南阳市人大常委会组织代表深入乡村开展调研，提出意见建议36条。"], shape.name)
            XCTAssertEqual(read.unplaced.count, 1, shape.name)
            XCTAssertEqual(Checker.lineCodes(shape.text), [], shape.name)
        }
        let masthead = "代表工作\n\n2026年4月13日\n\n郑州市：高位部署强担当\n\n今年以来，郑州市人大常委会扎实开展主题活动。\n\n（郑州市人大常委会代表工委供稿）\n"
        XCTAssertEqual(BulletinReader.read(masthead).kind, .issue)
        XCTAssertEqual(BulletinReader.read(masthead).bulletin?.masthead.date, BulletinDate(year: 2026, month: 4, day: 13))
    }

    /// The sixteenth audit (the editor's workflow end to end): what two of the new shapes did
    /// when they met, or inside a whole issue.
    func testTheSixteenthAuditsShapes() throws {
        let zhengzhou = ReadingShapes.zhengzhou, jiaozuo = ReadingShapes.jiaozuo
        // A date under an article's title inside an issue (ISO, bracketed, on the next line): no
        // text for either job, no S4 or A1.
        for date in ["2026-05-06", "（2026年5月6日）", "2026年5月6日"] {
            let text = ReadingShapes.issue(articles: [zhengzhou, jiaozuo.replacingOccurrences(of: "推动代表履职见真章\n", with: "推动代表履职见真章\n\(date)\n")])
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.bulletin?.articles.last?.lead, ["焦作市人大常委会闻令而动，迅速部署主题活动。"], date)
            XCTAssertEqual(read.bulletin?.articles.last?.headline, "闻令即动抓落实 推动代表履职见真章", date)
            XCTAssertEqual(Checker.lineCodes(text), [], date)
        }
        // Unmarked contents with an entry naming no region among others: three entries.
        let listed = "精心组织 精准交办\n——全市代表建议交办工作综述\n\n市人大常委会代表工作委员会认真落实代表建议交办工作要求，精心组织、精准交办。\n\n（市人大常委会代表工委供稿）"
        let contents = "郑州市：高位部署强担当 凝心聚力启新程\n精心组织 精准交办——全市代表建议交办工作综述\n焦作市：闻令即动抓落实 推动代表履职见真章"
        let unmarked = [ReadingShapes.masthead, "主题活动专辑（一）", contents, zhengzhou, listed, jiaozuo, ReadingShapes.footer].joined(separator: "\n\n") + "\n"
        let read = BulletinReader.read(unmarked)
        XCTAssertEqual(read.layout.contents.count, 3)
        XCTAssertEqual(read.bulletin?.articles.map(\.region), ["郑州市", "", "焦作市"])
        let line = unmarked.components(separatedBy: "\n").firstIndex(of: "精心组织 精准交办")! + 1
        XCTAssertEqual(Checker.lineCodes(unmarked), ["\(line) S5"])
        // A running header on one line under a 刊名 that carries a handling mark.
        let marked = ReadingShapes.runningHeaderOnOneLine.text.replacingOccurrences(of: "代表工作\n\n第 11 期", with: "代表工作　　　　　　内部资料\n\n第 11 期")
        XCTAssertEqual(BulletinReader.read(marked).repairs.filter { $0.kind == .droppedPageNumber }.count, 1)
        XCTAssertTrue(Checker.lineCodes(marked).allSatisfy { $0.hasSuffix("A1") })
        // An archive holding one issue twice (a one-line masthead, dated, no footer): two issues.
        func issue(_ region: String) -> String {
            "人大工作简报 2026年第8期\n林州市人大常委会办公室                    2026年6月12日\n\(region)：建强代表之家\n\(region)人大主席团坚持把代表之家建设作为重要抓手。\n（\(region)人大主席团供稿）\n"
        }
        let twice = issue("林州市姚村镇") + issue("林州市任村镇")
        XCTAssertEqual(BulletinReader.read(twice).issuesInFile.map { $0.bulletin?.masthead.issueNumber }, [8, 8])
    }

    /// More of the sixteenth audit: a numbered supplement in brackets; the 印发 line without 印发
    /// ending in its date under a field; what a web page prints right under the 供稿 line.
    func testTheSixteenthAuditsFooterAndSupplementShapes() throws {
        for masthead in ["代表工作\n\n（增刊第2期）\n\n河南省人大常委会代表工作委员会　　2026年5月25日", "代表工作（增刊第2期）\n\n河南省人大常委会代表工作委员会　　2026年5月25日"] {
            let read = try XCTUnwrap(BulletinReader.read(ReadingShapes.issue(masthead: masthead)).bulletin?.masthead, masthead)
            XCTAssertEqual(read.issueLine, "增刊第 2 期", masthead)
            XCTAssertEqual(read.title, "代表工作", masthead)
            XCTAssertEqual(read.issuingBody, ["河南省人大常委会", "代表工作委员会"], masthead)
        }
        let dated = ReadingShapes.issue(footer: "送：省人大常委会主任、副主任、秘书长\n发：各省辖市人大常委会、济源示范区人大工委\n河南省人大常委会代表工作委员会　　　2026年5月7日")
        let footer = try XCTUnwrap(BulletinReader.read(dated).bulletin?.footer)
        XCTAssertEqual(footer.issuer, "河南省人大常委会代表工作委员会")
        XCTAssertEqual(footer.copyTo, "各省辖市人大常委会、济源示范区人大工委")
        let last = dated.components(separatedBy: "\n").firstIndex { $0.hasSuffix("2026年5月7日") }! + 1
        XCTAssertEqual(Checker.lineCodes(dated), ["\(last) S9"])
        // The same shape is a signature under a 供稿 line, never a 印发 line there.
        XCTAssertNil(GenrePatterns.datedIssuerWithoutIssuedWord(Array("会议审议了报告，市人大常委会　　2026年5月7日".utf8)))
        let web = ReadingShapes.zhengzhou + "\n来源：郑州人大网\n发布时间：2026-05-12\n【责任编辑：王芳】\n"
        let read = BulletinReader.read(web)
        XCTAssertEqual(read.repairs.filter { $0.kind == .joinedPageBreak }.count, 0)
        XCTAssertEqual(read.unplaced.count, 3)
        XCTAssertEqual(Checker.lineCodes(web), [])
    }

    /// Unmarked contents whose first entry names no region (`精心组织 精准交办——……综述`, its title
    /// in the text broken over its subtitle, or the entry itself over two lines): the contents, and
    /// the first article the title's.
    func testUnmarkedContentsOpeningWithAnEntryNamingNoRegion() throws {
        let listed = "精心组织 精准交办\n——全市代表建议交办工作综述\n\n市人大常委会代表工作委员会认真落实代表建议交办工作要求，精心组织、精准交办。\n\n（市人大常委会代表工委供稿）"
        for contents in ["精心组织 精准交办——全市代表建议交办工作综述\n郑州市：高位部署强担当 凝心聚力启新程\n焦作市：闻令即动抓落实 推动代表履职见真章",
                         "精心组织 精准交办\n——全市代表建议交办工作综述\n郑州市：高位部署强担当 凝心聚力启新程\n焦作市：闻令即动抓落实 推动代表履职见真章"] {
            let text = [ReadingShapes.masthead, "主题活动专辑（一）", contents, listed, ReadingShapes.zhengzhou, ReadingShapes.jiaozuo, ReadingShapes.footer].joined(separator: "\n\n") + "\n"
            let read = BulletinReader.read(text)
            XCTAssertEqual(read.layout.contents.count, 3, contents)
            XCTAssertEqual(read.bulletin?.articles.map(\.region), ["", "郑州市", "焦作市"], contents)
            let line = text.components(separatedBy: "\n").lastIndex(of: "精心组织 精准交办")! + 1
            XCTAssertEqual(Checker.lineCodes(text), ["\(line) S5"], contents)
        }
    }
}
