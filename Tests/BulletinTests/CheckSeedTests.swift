import XCTest
@testable import Bulletin

/// Every finding on every sample, each justified by reading the sample: every finding is a
/// real defect and every real defect is found.
final class CheckSeedTests: XCTestCase {
    /// `(line, rule code)` of each finding, in order.
    static func findings(_ seed: String, options: CheckOptions = .init()) throws -> [String] {
        Checker.check(try Seeds.text(seed), options: options).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
    }

    static func lines(_ list: [Int], _ code: String) -> [String] { list.map { "\($0) \(code)" } }

    func testIssue11() throws {
        let found = try Self.findings(Seeds.recentIssue11)
        XCTAssertEqual(found.sorted(), ([
            // Line 12 writes 专辑(一) with half-width brackets in Chinese text.
            "12 P1", "12 P1",
            // Page breaks cut these paragraphs mid-sentence: "给予充分|肯定", "在“民|呼我应”",
            // "统一大|市场", "相互|学习借鉴", "以小切口|做实大文章".
            "22 A1", "26 A1", "40 A1", "52 A1", "58 A1",
            // "网格十代表" where the text elsewhere writes 网格 beside a + ("党建+网格+人大代表") and 代表
            // too ("人大代表+人民法官").
            "30 A2",
        ] as [String]).sorted())
        // The “…” pair cut by the page break at lines 26/28 is joined first, so no P3.
        XCTAssertFalse(found.contains { $0.hasSuffix("P3") })
    }

    func testLineEndingsAndByteOrderMarkDoNotChangeFindings() throws {
        for seed in Seeds.all {
            let text = try Seeds.text(seed)
            let expected = try Self.findings(seed)
            let crlf = Checker.check(text.replacingOccurrences(of: "\n", with: "\r\n")).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
            XCTAssertEqual(crlf, expected, seed)
            // Columns too: an editor shows no byte order mark, so it shifts no column.
            func places(_ text: String) -> [String] {
                Checker.check(text).findings.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column) \($0.finding.rule.code)" }
            }
            XCTAssertEqual(places("\u{FEFF}" + text), places(text), seed)
            XCTAssertEqual(places("\u{FEFF}" + text).count, expected.count, seed)
        }
    }

    func testNewspaperFeatureIsNotABulletin() throws {
        // 002 is a newspaper feature (byline, captions, ### headings): one finding, nothing else.
        XCTAssertEqual(try Self.findings(Seeds.newspaperFeature), ["1 S1"])
    }

    func testIssue16() throws {
        let found = try Self.findings(Seeds.recentIssue16)
        XCTAssertEqual(found.sorted(), ([
            // 专辑(六) with half-width brackets.
            "12 P1", "12 P1",
            // Page-break splits: "面对面开展|宣传交流", "高质量发|展", "和1|个县市民之家", "采取“精准培训|“十实战…".
            "24 A1", "30 A1", "40 A1", "46 A1",
            // After the join: 采取“精准培训“十实战练兵十外出考察” — the second “ stands where + was meant.
            "48 P3",
            // …and both 十 (“十实战, 练兵十外出), the repeated joint of one quoted term in a text that
            // writes + (“16+1+N”, “代表+网格”): 精准培训+实战练兵+外出考察.
            "48 A2", "48 A2",
            // Spaces around a number or letter in the text, where the rest of the sample sets none
            // (“形成14万字”, “建设29个”, “手机APP”): “等 N 个” and “推动 32 个” (line 42), “组织 6 个” (44).
            "42 P8", "42 P8", "44 P8",
        ] as [String]).sorted())
        // The heading's one space between phrases (line 36) and the masthead's 第 16 期 and
        // 2026 年 6 月 4 日 (lines 5, 10) are the genre's; the region 襄城县 contributed by 许昌市
        // (its parent city) is right.
        XCTAssertFalse(found.contains { $0.hasSuffix("P4") || $0.hasSuffix("R2") || $0.hasSuffix("S4") })
    }

    func testMarkdownIssue40() throws {
        let found = try Self.findings(Seeds.markdownIssue40)
        // Page-break splits, e.g. "三是统筹开展专项行动。将|我市…", "**…保障。**常|委会", "全市五级人大代表|1.65 万人次";
        // and line 78, cut after the sub-point heading "三是履职保障上求“新”。", whose text follows on
        // line 80 (a heading phrase cannot end a paragraph; parse joins the same break).
        let splits = Self.lines([26, 30, 32, 36, 48, 52, 54, 58, 60, 70, 74, 78], "A1")
        // Spaces around numbers and letters, where the same articles elsewhere set none (开封: “等10个”
        // line 32, “履职6288人” line 40; 洛阳: “加装电梯138部”, “7个方面751个问题” line 54, “年10件” line 62):
        // line 30 “等 171 场”, “，6600 余人”, “措施 23 项”, “通 APP 等”, “风采 39 期”, “展播 3 期”, “视频 10 期”;
        // line 56 “1.65 万人次”, “意见 4297 条”, “办结 3375 条”, “满意率 85.37%”; line 58 “问题 10 余个”,
        // “完成 8 个”, “和 22 家企业”, “问题 146 个”, “城市 IP 转化”; line 60 “收集 1700 份”, “征集 150 余条”,
        // “抽取 51 件”, “查出 37 件”, “案件 10 类”, “反映的 289 个”, “、352 条”, “对 2023 年度”, “年度 7 件”.
        // The masthead's 第 40 期 and 2024 年 10 月 14 日 (lines 5, 10) are the genre's layout.
        let spaces = Self.lines(Array(repeating: 30, count: 7) + Array(repeating: 56, count: 4) + Array(repeating: 58, count: 5) + Array(repeating: 60, count: 9), "P8")
        XCTAssertEqual(found.sorted(), (splits + spaces).sorted())
    }

    func testOCRIssue2024() throws {
        let found = try Self.findings(Seeds.ocrIssue2024)
        func only(_ code: String) -> [Int] { found.filter { $0.hasSuffix(" " + code) }.compactMap { Int($0.split(separator: " ")[0]) } }
        // No 刊名 and no 第 N 期: the masthead is only the issuing body and the date.
        XCTAssertEqual(only("S2"), [1])
        // Line 1 is spaced letter by letter (one finding); the rest are spaces before “ or ( and the
        // OCR indents at lines 15, 58, 99, 140, 183 (page starts). "委员会 ２０２４" (line 2) and the
        // space in the 印发 line (200) are not Chinese–Chinese spaces.
        XCTAssertEqual(only("P4"), [1, 4, 6, 15, 15, 25, 27, 27, 35, 35, 57, 58, 80, 86, 88, 88, 98, 99, 99, 125, 129, 140, 152, 152, 154, 154, 158, 158, 160, 182, 183, 183])
        // Full-width digits: ２０２４年４月１１日, ５－６, ５、７, ２期, ２次, ４－６, ６－１０, １０－１２, ２４９, ９, ４月７日, ６０份.
        XCTAssertEqual(only("P2"), [2, 2, 2, 43, 43, 74, 74, 76, 78, 84, 84, 88, 88, 90, 90, 94, 94, 115, 115, 200])
        // Month ranges written with －: ５－６月份, ４－６|月份, ６－１０月份, １０－１２月份.
        XCTAssertEqual(only("P5"), [43, 84, 88, 90])
        // "(人大代表亮身份,…招商员”主题活动)": a ” with no “.
        XCTAssertEqual(only("P3"), [156])
        // Every OCR line cut mid-sentence (contents entries at 6 and 12, the run-in heading at 15, body
        // lines), and the two lines that reach the wrap width with a stop at their end (142 “…紧密结合.”
        // before “三是…”, 158 “…强县建设;” before “西华县…”): the page cut them, as the reader joins them.
        XCTAssertEqual(only("A1"), [6, 12, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 58, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 99, 101, 103, 105, 107, 113, 115, 117, 119, 121, 123, 125, 127, 129, 131, 133, 135, 137, 140, 142, 144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164, 166, 168, 170, 172, 174, 176, 178, 180, 183, 185, 187, 194])
        // Half-width punctuation throughout: compared line by line with an independent count.
        let oracle = Self.halfWidthOracle(try Seeds.text(Seeds.ocrIssue2024))
        var perLine: [Int: Int] = [:]
        for line in only("P1") { perLine[line, default: 0] += 1 }
        XCTAssertEqual(perLine, oracle)
        XCTAssertEqual(perLine.values.reduce(0, +), 153)
        // Nothing else: contents match the run-in headings, points and regions are right, the footer is complete.
        XCTAssertEqual(Set(found.map { String($0.split(separator: " ")[1]) }), ["S2", "P4", "P2", "P5", "P3", "A1", "P1"])
    }

    /// Per line, the half-width , . : ; ( ) ! ? next to a Chinese character or mark (spaces
    /// skipped, within the line), minus decimal points — a second, independent reading of P1.
    static func halfWidthOracle(_ text: String) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars).map(\.value)
            func chinese(_ value: UInt32) -> Bool {
                (0x4E00...0x9FFF).contains(value) || [0x3001, 0x3002, 0xFF0C, 0x201C, 0x201D, 0x2018, 0x2019, 0xFF08, 0xFF09, 0x2014, 0xFF1B].contains(value)
            }
            for (index, value) in scalars.enumerated() where ",.:;()!?".unicodeScalars.map(\.value).contains(value) {
                var left = index - 1
                while left >= 0, scalars[left] == 0x20 { left -= 1 }
                var right = index + 1
                while right < scalars.count, scalars[right] == 0x20 { right += 1 }
                let l = left >= 0 ? scalars[left] : 0, r = right < scalars.count ? scalars[right] : 0
                if value == 0x2E, (0x30...0x39).contains(l), (0x30...0x39).contains(r) { continue }
                if chinese(l) || chinese(r) { result[number + 1, default: 0] += 1 }
            }
        }
        return result
    }

    /// Drafts an example with the built-in templates, as `jianbao draft` does.
    static func drafted(_ example: String, format: String) throws -> String {
        let notes = try Seeds.file("examples/\(example)")
        let document = try NotesDecoder().decode(text: notes)
        return try Drafter(library: try Drafter.defaultLibrary()).draft(document, format: format)
    }

    /// Issue 17 is written to the genre: drafted in either format it is a whole issue with every
    /// part the checker knows, and not one finding with every rule on.
    func testDraftedIssue17ChecksCleanAsAWholeIssue() throws {
        for format in ["txt", "md"] {
            let drafted = try Self.drafted("issue-17.yaml", format: format)
            for mode in [CheckOptions.Mode.auto, .issue] {
                let result = Checker.check(drafted, options: CheckOptions(mode: mode))
                XCTAssertEqual(result.kind, .issue, format)
                XCTAssertEqual(result.findings.map(\.diagnostic.headlineForTest), [], "\(format) \(mode)")
            }
            // It is complete: masthead, album (七), contents, three points with 一是…, a 结语, 供稿 lines
            // and the footer with 共印 N 份, so the clean result covers every structural rule.
            for part in ["第 17 期", "2026 年 6 月 22 日", "主题活动专辑（七）", "信阳市：搭平台", "滑县：做实", "三、突出实绩导向",
                         "一是推进站点提质增效。", "二是完善常态化进站机制。", "三是拓展线上履职渠道。", "下一步，信阳市人大常委会",
                         "（信阳市人大常委会代表工委供稿）", "（安阳市人大常委会代表工委供稿）", "送：", "发：", "印发 共印 60 份"] {
                XCTAssertTrue(drafted.contains(part), "\(format): \(part)")
            }
            let layout = TextLayout(bytes: Array(drafted.utf8))
            XCTAssertEqual(layout.articles.count, 2, format)
            XCTAssertEqual(layout.contents.count, 2, format)
            XCTAssertEqual(layout.blocks.filter { $0.role == .point }.count, 6, format)
        }
    }

    func testDraftedExamplesCheckClean() throws {
        for format in ["txt", "md"] {
            // A drafted submission checks clean.
            XCTAssertEqual(Checker.check(try Self.drafted("article.yaml", format: format)).findings.map(\.diagnostic.headlineForTest), [], format)
            // Issues 11 and 16 keep the samples' text, typos included (their notes reproduce the
            // samples), so their drafts keep exactly the samples' own findings in the text.
            // The drafted issue 11 is clean of every structural and typographic rule; only the
            // 网格十代表 of the sample's own text (copied into the notes) is left, as a warning.
            let issue11 = Checker.check(try Self.drafted("issue-11.yaml", format: format))
            XCTAssertEqual(issue11.kind, .issue)
            XCTAssertEqual(issue11.findings.map(\.finding.rule.code), ["A2"], format)
            // Issue 16's notes carry the sample's text verbatim: “等 N 个”, “推动 32 个”, “组织 6 个” (P8),
            // then “精准培训“十实战练兵十外出考察”: the same P3 and two A2.
            let issue16 = Checker.check(try Self.drafted("issue-16.yaml", format: format))
            XCTAssertEqual(issue16.findings.map(\.finding.rule.code), ["P8", "P8", "P8", "P3", "A2", "A2"], format)
        }
    }
}
