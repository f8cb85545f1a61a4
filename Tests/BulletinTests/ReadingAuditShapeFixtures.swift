import Foundation

/// Shapes from the fresh-eyes audit of 2026-12-06 (docs in the audit's own words: a clerk's
/// submission typed one paragraph per line). Each is read by both jobs in `ReadingAgreementTests`
/// and has its own test in `ReadingAuditShapeTests`.
extension ReadingShapes {
    /// Audit item 1: names of a list typed one per line, then a paragraph.
    static let nameList = Shape(name: "name-list", text: """
    滑县：开展代表集中活动日
    3月15日，滑县人大常委会组织各乡镇代表开展集中活动日活动，代表们走访企业
    15家，收集意见建议32条。
    参加活动的代表有：
    张三
    李四
    王五
    活动中，代表们认真听取群众意见。
    （滑县人大常委会供稿）

    """)

    /// Audit item 1: the last name of a list right before the 下一步 paragraph.
    static let nameListBeforeClosing = Shape(name: "name-list-before-closing", text: """
    滑县：开展代表集中活动日
    3月15日，滑县人大常委会组织代表开展集中活动日活动。
    一、强化组织领导
    成立领导小组，由常委会主任任组长。
    二、拓宽参与渠道
    全市共建成代表联络站56个。
    参加座谈的代表：
    张建国（县人大代表）
    李红梅（县人大代表）
    王志强
    下一步，滑县人大常委会将持续推进代表工作。
    （滑县人大常委会供稿）

    """)

    /// Audit item 3: a short lead typed with a half-width `.` right under the heading.
    static let halfWidthLead = Shape(name: "half-width-lead", text: """
    林州市:聚焦民生实事推动代表履职
    今年以来,林州市人大常委会组织代表开展活动,取得明显成效.
    一、强化领导.成立小组.
    (林州市人大常委会代表工委供稿)

    """)

    /// Audit item 3, with blank lines after the lead.
    static let halfWidthLeadSpaced = Shape(name: "half-width-lead-spaced", text: """
    林州市:聚焦民生实事推动代表履职
    今年以来,林州市人大常委会组织代表开展活动,取得明显成效.

    一、强化领导.成立小组.

    (林州市人大常委会代表工委供稿)

    """)

    /// Audit item 14: a letter's signature (unit, date) under the 供稿 line.
    static let signedSubmission = Shape(name: "signed-submission", text: nameListBeforeClosing.text.replacingOccurrences(
        of: "（滑县人大常委会供稿）\n", with: "附件：代表名单\n（滑县人大常委会供稿）\n滑县人大常委会\n2023年5月8日\n"))

    /// Audit item 14, short: the signature's date within the first lines is no masthead date.
    static let signedShortSubmission = Shape(name: "signed-short-submission", text: """
    滑县：开展代表活动

    3月15日，滑县人大常委会组织代表开展活动。
    （滑县人大常委会供稿）
    　　　　滑县人大常委会
    　　　　2023年5月8日

    """)

    /// Audit item 13: 供稿 lines typed without brackets, in an issue of two articles.
    static func unbracketedContributors(_ first: String, _ second: String) -> String {
        issue(articles: [
            zhengzhou.replacingOccurrences(of: "（郑州市人大常委会代表工委供稿）", with: first),
            jiaozuo.replacingOccurrences(of: "（焦作市人大常委会代表工委供稿）", with: second),
        ])
    }

    static let contributorUnbracketed = Shape(name: "contributor-unbracketed",
                                              text: unbracketedContributors("供稿：郑州市人大常委会代表工委", "焦作市人大常委会代表工委供稿"))

    /// Audit item 6: a school's footer, `报：` (leadership) and `送：` (units), the copies in brackets
    /// on a line of their own.
    static let footerReportAndSend = Shape(name: "footer-report-and-send", text: issue(footer: """
    报：校领导
    送：各学院、各部门
    党委办公室  2023年5月8日印发
    （共印50份）
    """))

    /// Audit item 6: `分送：` naming every recipient, with no `发：` line.
    static let footerFenSongOnly = Shape(name: "footer-fensong-only", text: issue(footer: """
    分送：省人大常委会主任、副主任、秘书长，各省辖市人大常委会

    河南省人大常委会代表工作委员会  2026年4月13日印发
    """))

    /// Audit item 5: an issue whose contents (after a `目  录` line when `heading` is given) number or
    /// mark each entry with `marker(position)`.
    static func contentsShape(_ name: String, heading: String? = nil, album: Bool = true, _ marker: (Int) -> String) -> Shape {
        let headings = [zhengzhou, jiaozuo].map { String($0.prefix { $0 != "\n" }) }
        let entries = headings.enumerated().map { marker($0.offset + 1) + $0.element }.joined(separator: "\n")
        let contents = (heading.map { $0 + "\n" } ?? "") + entries
        var parts = [masthead]
        if album { parts.append("主题活动专辑（一）") }
        return Shape(name: name, text: (parts + [contents, zhengzhou, jiaozuo, footer]).joined(separator: "\n\n") + "\n")
    }

    static let contentsMarked: [Shape] = [
        contentsShape("contents-heading-numbered", heading: "目  录", album: false) { "\($0). " },
        contentsShape("contents-heading-after-album", heading: "目录") { "\($0). " },
        contentsShape("contents-black-circle") { _ in "●" },
        contentsShape("contents-diamond") { _ in "◆" },
        contentsShape("contents-middle-dot") { _ in "·" },
        contentsShape("contents-chinese-numeral") { ["一、", "二、"][$0 - 1] },
        contentsShape("contents-bracketed-number") { "(\($0))" },
        contentsShape("contents-full-width-bracketed-number") { "（\($0)）" },
        contentsShape("contents-full-width-number") { ["１．", "２．"][$0 - 1] },
        contentsShape("contents-unmarked") { _ in "" },
        contentsShape("contents-unmarked-no-album", album: false) { _ in "" },
    ]

    /// The audit's later items: `二、三产业` after a point's heading on the same line lists numerals.
    static let numeralListAfterHeading = Shape(name: "numeral-list-after-heading", text: """
    南阳市：推动产业发展 代表履职见实效
    今年以来，南阳市人大常委会组织代表开展活动。
    一、强化组织领导。二、三产业融合发展成为代表关注重点，常委会组织代表专题调研。
    二、拓宽参与渠道。全市共建成代表联络站56个。
    （南阳市人大常委会代表工委供稿）

    """)

    /// A `（二）` paragraph, indented with a tab, after the last point's `（一）`: the point's list.
    static let numberedParagraphsInTheLastPoint = Shape(name: "numbered-paragraphs-last-point", text: """
    南阳市：强化代表履职保障
    今年以来，南阳市人大常委会组织代表开展活动。
    一、强化组织领导
    （一）建立领导小组。由常委会主任任组长。
    	(二)完善工作机制。建立代表联系群众制度。
    （南阳市人大常委会代表工委供稿）

    """)

    /// A signature dated as clerks type dates (`2026.4.10`) under the 供稿 line.
    static let signedNumericDate = Shape(name: "signed-numeric-date", text: """
    滑县：开展代表集中活动日
    3月15日，滑县人大常委会组织各乡镇代表开展集中活动日活动。
    一、强化组织领导
    成立领导小组。
    （滑县人大常委会供稿）
    滑县人大常委会
    2026.4.10

    """)

    /// A clerk's half-width submission whose last point's paragraph ends in `.` before the 下一步 line.
    static let halfWidthClosing = Shape(name: "half-width-closing", text: """
    许昌市:多措并举推动代表履职提质增效
    今年以来,许昌市人大常委会紧扣中心工作,扎实开展"人大代表在行动"主题活动,取得了阶段性成效.
    一、加强组织领导,确保活动有序开展
    市人大常委会成立了主题活动领导小组,制定印发了实施方案.
    二、强化宣传引导,营造浓厚活动氛围
    在许昌日报、许昌人大网开设专栏,刊发稿件42篇.
    下一步,许昌市人大常委会将持续深化主题活动,推动代表工作提质增效.
    (许昌市人大常委会代表工委供稿)

    """)

    /// A PDF extraction of a whole issue: no blank lines, the masthead's editor named with 编 on
    /// the date's line, numbered contents, a title broken over two lines.
    static let pdfIssueTitleBroken = Shape(name: "pdf-issue-title-broken", text: """
    人大工作简报 2026年第5期
    河南省人大常委会代表工作委员会编 2026年5月8日
    目 录
    1.许昌市：多措并举推动代表履职提质增效
    2.漯河市：聚焦民生实事 彰显代表担当
    许昌市：多措并举推动代表履职提质增效
    今年以来，许昌市人大常委会认真落实省人大常委会部署要求，扎实开展主题活动，取得了阶段性成效。
    一、加强组织领导。市人大常委会成立了主题活动领导小组，制定印发了实施方案。
    （许昌市人大常委会代表工委供稿）
    漯河市：聚焦民生实事
    彰显代表担当
    漯河市人大常委会坚持把民生实事项目人大代表票决制作为主题活动的重要抓手。
    一、精心组织票决。各县区人大常委会召开会议，票决产生民生实事项目82个。
    （漯河市人大常委会代表工委供稿）
    送：省人大常委会主任、副主任、秘书长
    发：各省辖市人大常委会
    河南省人大常委会代表工作委员会印发

    """)

    /// A clerk's submission pasted from Word (a paragraph a line), its title broken over two lines
    /// by a return and no contents to tell: one title for both jobs (December 2026).
    static let wordTitleBroken = Shape(name: "word-title-broken", text: """
    安阳市：创新代表履职载体
    激发代表履职效能
    今年以来，安阳市人大常委会紧紧围绕中心工作，创新代表履职载体，激发代表履职效能。
    一、搭建平台。全市建成代表联络站120个，代表全部进站。
    二、完善机制。一是建立制度；二是规范台账；三是加强考核。
    下一步，安阳市人大常委会将持续深化代表工作。
    （安阳市人大常委会代表工委供稿）

    """)

    /// The same typed with blank lines between paragraphs, the lead right under the title's lines.
    static let spacedTitleBroken = Shape(name: "spaced-title-broken", text: """
    安阳市：创新代表履职载体
    激发代表履职效能
    今年以来，安阳市人大常委会紧紧围绕中心工作，创新代表履职载体，激发代表履职效能。

    一、搭建平台。全市建成代表联络站120个，代表全部进站。

    （安阳市人大常委会代表工委供稿）

    """)

    /// Four short lines under a heading line are no title broken over lines (a title has three at
    /// most, and a paragraph after them): a list of names, each its own paragraph.
    static let shortLinesUnderHeading = Shape(name: "short-lines-under-heading", text: """
    滑县：代表联络站建设工作
    王志强
    李建国
    张秀英
    赵德明
    今年以来，滑县人大常委会组织上述代表开展视察活动，取得明显成效。
    一、加强领导。成立工作专班。
    （滑县人大常委会供稿）

    """)

    /// Another house's bulletin (工作动态, a university's): its articles have plain titles, no
    /// `地区：`; the first after the masthead and the first after each 供稿 line head one.
    static let untitledIssueArticles = Shape(name: "untitled-issue-articles", text: """
    工作动态第12期
    ××大学党委办公室编        2023年5月8日

    我校召开代表联络站建设推进会

    5月6日，我校召开代表联络站建设推进会，总结前期工作，部署下一步任务。

    会议要求，各单位要高度重视，确保各项任务落到实处。

    （党委办公室供稿）

    我校代表参加专题视察活动

    5月7日，我校部分人大代表参加市人大常委会组织的专题视察。

    （党委办公室供稿）

    """)

    static let audited = [nameList, nameListBeforeClosing, halfWidthLead, halfWidthLeadSpaced, signedSubmission, signedShortSubmission,
                          contributorUnbracketed, footerReportAndSend, footerFenSongOnly,
                          numeralListAfterHeading, numberedParagraphsInTheLastPoint, signedNumericDate, halfWidthClosing, pdfIssueTitleBroken,
                          wordTitleBroken, spacedTitleBroken, shortLinesUnderHeading, untitledIssueArticles] + contentsMarked
}
