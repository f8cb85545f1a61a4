/// Texts in the shapes real submissions and bulletins come in, typed the way a county clerk or a
/// web editor types them (issue 12). Each is read by both `parse` and `check` in
/// `ReadingAgreementTests`; the shapes under "Why" also have their own tests.
enum ReadingShapes {
    struct Shape {
        var name: String
        var text: String
    }

    // MARK: Pieces

    static let zhengzhou = """
    郑州市：高位部署强担当 凝心聚力启新程

    今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。

    一、精准对标明确方向。市人大常委会迅速启动活动方案制定工作，逐条细化任务清单。

    二、上下联动掀热潮。4月10日，市人大常委会召开工作推进会议，市县乡三级人大共80余人参会。

    （郑州市人大常委会代表工委供稿）
    """

    static let jiaozuo = """
    焦作市：闻令即动抓落实 推动代表履职见真章

    焦作市人大常委会闻令而动，迅速部署主题活动。

    一、提高站位抓部署。常委会党组第一时间传达学习会议精神。

    二、聚焦重点抓落实。各县（市、区）人大常委会结合实际制定工作方案。

    （焦作市人大常委会代表工委供稿）
    """

    static let footer = """
    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发
    """

    static let masthead = """
    代表工作

    第 11 期

    河南省人大常委会
    代表工作委员会

    2026 年 4 月 13 日
    """

    static func issue(masthead: String = masthead, album: String = "主题活动专辑（一）", contentsMarker: String? = "* ",
                      articles: [String] = [zhengzhou, jiaozuo], footer: String = footer) -> String {
        var parts = [masthead, album]
        if let contentsMarker {
            let headings = articles.map { String($0.prefix { $0 != "\n" }) }
            parts.append(headings.enumerated().map { position, heading in
                let marker = contentsMarker == "1." ? "\(position + 1). " : contentsMarker
                return marker + heading
            }.joined(separator: "\n"))
        }
        return (parts + articles + [footer]).joined(separator: "\n\n") + "\n"
    }

    // MARK: The cases under "Why"

    /// `• 郑州市：…` in the contents.
    static let contentsBullet = Shape(name: "contents-bullet", text: issue(contentsMarker: "• "))

    /// A footer with `分送：` for 送.
    static let footerFenSong = Shape(name: "footer-fensong", text: issue(footer: """
    分送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发
    """))

    /// The issuing body and the date typed on one line, as a clerk puts the masthead's last line.
    static let mastheadBodyAndDate = Shape(name: "masthead-body-and-date", text: issue(masthead: """
    代表工作

    第 11 期

    河南省人大常委会代表工作委员会 2026年4月13日
    """))

    /// The same line opening the text, the way a web re-post keeps only the masthead's last line.
    static let bodyAndDateFirst = Shape(name: "body-and-date-first", text: """
    河南省人大常委会代表工作委员会 2026年4月13日

    """ + zhengzhou + "\n")

    /// A submission typed with half-width `,.:()` (the commonest kind).
    static let halfWidthSubmission = Shape(name: "half-width-submission", text: """
    郑州市:高位部署强担当 凝心聚力启新程

    今年以来,郑州市人大常委会坚持高位谋划、系统推进,全面启动年度代表主题活动.

    一、精准对标明确方向.市人大常委会迅速启动活动方案制定工作,逐条细化任务清单.

    二、上下联动掀热潮.4月10日,市人大常委会召开工作推进会议,市县乡三级人大共80余人参会.

    (郑州市人大常委会代表工委供稿)

    """)

    /// Pasted from Word: one paragraph per line, no blank lines; a stray “ in the lead and a
    /// paragraph broken in mid-sentence in point 一.
    static let wordPasted = Shape(name: "word-pasted", text: """
    郑州市：高位部署强担当 凝心聚力启新程
    今年以来，郑州市人大常委会坚持“高位谋划、系统推进，全面启动年度代表主题活动。
    一、精准对标明确方向。市人大常委会迅速启动活动方案制定工作，市委对活动筹备工作给予充分
    肯定，并提出明确要求。
    二、上下联动掀热潮。4月10日，市人大常委会召开了“一场高规格”的工作推进会议。
    （郑州市人大常委会代表工委供稿）

    """)

    /// Pasted from Word with a blank line after the heading and before the 供稿 line only.
    static let wordPastedMixed = Shape(name: "word-pasted-mixed", text: """
    郑州市：高位部署强担当 凝心聚力启新程

    今年以来，郑州市人大常委会坚持“高位谋划、系统推进，全面启动年度代表主题活动。
    4月10日，市人大常委会召开了“一场高规格”的工作推进会议。
    会上，各级人大代表交流了履职经验。

    （郑州市人大常委会代表工委供稿）

    """)

    /// The closing after a last point that ends in a short 三是 sentence with a comma.
    static let closingAfterSubPoint = Shape(name: "closing-after-sub-point", text: """
    周口市：对标对表细部署 全域联动促履职

    周口市人大常委会迅速行动，全域联动推进主题活动。

    一、细化方案。常委会研究制定实施方案，明确任务分工。

    二、全域联动。一是抓好统筹，市县乡三级同步推进。二是抓好培训，组织代表集中学习。三是加强宣传，扩大影响。

    下一步，周口市人大常委会将持续扛牢政治责任，组织引导全市各级人大代表主动投身高质量发展主战场。

    （周口市人大常委会代表工委供稿）

    """)

    static let why = [contentsBullet, footerFenSong, mastheadBodyAndDate, bodyAndDateFirst, halfWidthSubmission, wordPasted, wordPastedMixed,
                      closingAfterSubPoint]

    // MARK: Real input in other shapes

    static let mastheadTitleWithYearIssue = Shape(name: "masthead-title-year-issue", text: issue(masthead: """
    人大工作简报 2023年第5期

    河南省人大常委会代表工作委员会

    2023年5月8日
    """))

    static let mastheadTitleIssueNoSpace = Shape(name: "masthead-title-issue-no-space", text: issue(masthead: """
    工作动态第12期

    河南省人大常委会代表工作委员会

    2023年5月8日
    """))

    static let mastheadEditorLine = Shape(name: "masthead-editor-line", text: issue(masthead: """
    ××大学

    党委办公室编 第3期(总第45期) 2023年5月8日
    """))

    static let mastheadLetterSpaced = Shape(name: "masthead-letter-spaced", text: issue(masthead: """
    代 表 工 作

    第 11 期

    河南省人大常委会
    代表工作委员会

    2026 年 4 月 13 日
    """))

    static let mastheadSupplement = Shape(name: "masthead-supplement", text: issue(masthead: """
    代表工作

    增刊

    河南省人大常委会
    代表工作委员会

    2026 年 4 月 13 日
    """))

    static let contentsStar = Shape(name: "contents-star", text: issue(contentsMarker: "★"))
    static let contentsAsterisk = Shape(name: "contents-asterisk", text: issue(contentsMarker: "* "))
    static let contentsFullWidthAsterisk = Shape(name: "contents-full-width-asterisk", text: issue(contentsMarker: "＊"))
    static let contentsNumbered = Shape(name: "contents-numbered", text: issue(contentsMarker: "1."))
    static let contentsNone = Shape(name: "contents-none", text: issue(contentsMarker: nil))

    /// Points numbered with the wrong mark (`二.` `三，`), which P7 judges.
    static let pointWrongMark = Shape(name: "point-wrong-mark", text: """
    郑州市：高位部署强担当 凝心聚力启新程

    今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。

    一、精准对标明确方向。市人大常委会迅速启动活动方案制定工作。

    二.上下联动掀热潮。4月10日，市人大常委会召开工作推进会议。

    三，系统发力求实效。各级人大代表积极参与。

    （郑州市人大常委会代表工委供稿）

    """)

    /// A 专辑 line without its numeral.
    static let albumUnnumbered = Shape(name: "album-unnumbered", text: issue(album: "“人大代表在行动”主题活动专辑"))

    /// A title broken over two short lines (PDF extraction), then the date line and the text.
    static let titleOverTwoLines = Shape(name: "title-two-lines", text: """
    滑县人大常委会赴外地考察学习
    代表联络站建设工作

    为进一步提升代表联络站建设水平，3月下旬，滑县人大常委会组织考察组赴外地学习。

    考察组实地察看了联络站阵地建设、制度建设和活动开展情况，并与当地同志座谈交流。

    （图文：王伟 审核：李明）

    """)

    /// A title over three short lines.
    static let titleOverThreeLines = Shape(name: "title-three-lines", text: """
    聚焦两高四着力
    奋发有为十五五
    人大代表在行动

    为深入开展主题活动，县人大常委会组织全县各级人大代表开展集中视察。

    代表们表示，要把视察成果转化为履职实效。

    """)

    /// A single item without a 地区： heading, with a reporter's byline.
    static let singleItemByline = Shape(name: "single-item-byline", text: """
    滑县人大常委会赴外地考察学习代表联络站建设工作

    □本报记者 马飞 通讯员 张丽

    为进一步提升代表联络站建设水平，3月下旬，滑县人大常委会组织考察组赴外地学习。

    考察组实地察看了联络站阵地建设、制度建设和活动开展情况。

    """)

    /// A county's web item pasted from Word (one paragraph per line): title, the page's metadata
    /// line, a byline, the text and a credit line (issue 12, notes/web/web.txt).
    static let webItemWordPasted = Shape(name: "web-item-word-pasted", text: """
    滑县人大常委会赴外地考察学习代表联络站建设工作
    发布时间：2026-04-12 来源：滑县人大
    □本报记者 张伟 通讯员 李明
    4月10日，滑县人大常委会组织部分常委会组成人员和人大代表，赴长垣市考察学习代表联络站建设工作。
    考察组一行先后来到长垣市蒲东街道代表联络站、满村镇代表联络站，实地查看站点建设、制度上墙、活动开展等情况。
    大家纷纷表示，要学习借鉴先进经验，推动全县代表联络站建设提档升级。
    （图文：王伟 审核：李明）

    """)

    /// The same item with blank lines between paragraphs and two metadata lines, the second
    /// ending in a date (which makes no masthead).
    static let webItemBlankLines = Shape(name: "web-item-blank-lines", text: """
    滑县人大常委会赴外地考察学习代表联络站建设工作

    来源：滑县人大 作者：张伟 编辑：李明
    时间：2026年4月12日

    □本报记者 张伟 通讯员 李明
    4月10日，滑县人大常委会组织部分常委会组成人员和人大代表，赴长垣市考察学习代表联络站建设工作。

    大家纷纷表示，要学习借鉴先进经验。

    （图文：王伟 审核：李明）

    """)

    /// A report pasted from Word with half-width punctuation: its cover title over three lines,
    /// then the article's `许昌市:` title, points, 结语, 供稿 and a signature (notes/web/sub1.txt).
    static let reportCoverTitle = Shape(name: "report-cover-title", text: """
    许昌市人大常委会
    “人大代表在行动”主题活动
    开展情况汇报
    许昌市:多措并举推动代表履职提质增效
    今年以来,许昌市人大常委会认真落实省人大常委会部署要求,紧扣中心工作,扎实开展"人大代表在行动"主题活动,取得了阶段性成效.
    一、加强组织领导,确保活动有序开展
    市人大常委会成立了主题活动领导小组,制定印发了实施方案,明确了时间表和路线图.一是召开动员会议.4月2日,召开全市动员会议,对活动进行全面部署.二是建立工作专班.抽调骨干力量,负责日常协调调度.
    二、突出工作重点,推动活动走深走实
    组织各级代表围绕乡村振兴、营商环境等重点工作开展视察调研,共开展活动126场次,参与代表1800余人次,收集意见建议356条.
    三、强化宣传引导,营造浓厚活动氛围
    在许昌日报、许昌人大网开设专栏,刊发稿件42篇.
    下一步,许昌市人大常委会将持续深化主题活动,推动代表工作提质增效.
    (许昌市人大常委会代表工委供稿)
    许昌市人大常委会代表工作委员会
    2026年4月20日

    """)

    /// A web re-post: no masthead, no footer, articles one after another.
    static let webRepost = Shape(name: "web-repost", text: zhengzhou + "\n\n" + jiaozuo + "\n")

    /// OCR text hard-wrapped at 20 characters with half-width marks: lines that reach the wrap
    /// width end in a stop (lines 7, 16, 20) and go on all the same; an indented line (12) right
    /// under a full line goes on with it.
    static let ocrWrapAtFullWidth = Shape(name: "ocr-wrap-at-full-width", text: """
    新乡市:聚焦主题活动推动代表履职

    市人大常委会坚持把主题活动作为今年代表工

    作的重要抓手,精心组织,周密安排,推动活

    动有序开展,各项工作取得了明显成效进展.

    一是加强组织领导,成立工作专班,明确分工

    细化工作措施,确保各项任务落实到位见实效.
     二是丰富活动载体,组织代表开展专题调研和

    集中视察,围绕民生实事提出意见建议,推动

    解决群众急难愁盼问题,取得良好社会效果.

    三是强化宣传引导,开辟专题专栏,全方位宣

    传代表履职的好经验好做法,营造浓厚氛围.

    下一步,将继续深化主题活动.

    (新乡市人大常委会选工委供稿)

    """)

    /// Sub-headings of every level on their own lines (`（一）…`, `一是…`, `1.…`), in a
    /// submission with blank lines and in one pasted from Word: headings, no paragraphs cut short.
    static let subHeadingsOnTheirOwnLines = Shape(name: "sub-headings-own-lines", text: """
    郑州市：高位部署强担当

    市人大常委会高度重视主题活动。

    （一）健全工作机制

    市人大常委会组织代表开展集中学习。

    一是加强组织领导

    成立工作专班，明确责任分工。

    1.完善制度

    细化工作流程。

    （郑州市人大常委会代表工委供稿）

    """)

    static let subHeadingsWordPasted = Shape(name: "sub-headings-word-pasted", text: subHeadingsOnTheirOwnLines.text.replacingOccurrences(of: "\n\n", with: "\n"))

    /// A county's 工作动态: masthead with 编 and the date on one line, a 编者按 over the articles,
    /// titles without `地区：`, 报/送 footer labels.
    static let editorsNoteWorkNews = Shape(name: "editors-note-work-news", text: """
    工作动态

    第 12 期

    滑县人大常委会办公室编                2023年5月8日

    编者按：近期，各乡镇人大认真开展代表联络站建设工作，现将有关情况刊发，供交流参考。

    滑县人大常委会赴外地考察学习代表联络站建设工作

    为进一步提升代表联络站建设水平，3月下旬，滑县人大常委会组织考察组赴外地学习。

    考察组实地察看了联络站阵地建设、制度建设和活动开展情况，并与当地同志座谈交流。

    （滑县人大常委会办公室供稿）

    城关镇人大扎实开展代表主题活动

    今年以来，城关镇人大主席团紧扣中心工作，组织代表开展视察调研活动12次。

    （城关镇人大主席团供稿）

    报：县委、县人大常委会领导
    送：各乡镇人大
    滑县人大常委会办公室印发

    """)

    /// A 编者按 (bracketed label) between the contents and the first `地区：` heading, short enough
    /// to be taken for a contents entry's second line.
    static let editorsNoteAfterContents = Shape(name: "editors-note-after-contents", text: """
    代表工作

    第 16 期

    河南省人大常委会代表工作委员会

    2026 年 6 月 4 日

    主题活动专辑（六）

    ★郑州市：高位部署强担当

    【编者按】各地扎实开展主题活动，现将有关做法刊发，供参考。

    郑州市：高位部署强担当

    市人大常委会高度重视主题活动。

    （郑州市人大常委会代表工委供稿）

    送：省人大常委会主任

    发：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发

    """)

    /// The second article's title typed without its region, right under the first article's 供稿 line.
    static let titleWithoutRegionAfterContributor = Shape(name: "title-without-region-after-contributor", text: """
    代表工作

    第 16 期

    河南省人大常委会代表工作委员会

    2026 年 6 月 4 日

    主题活动专辑（六）

    ★郑州市：高位部署强担当

    ★洛阳市：聚焦民生实事

    郑州市：高位部署强担当

    市人大常委会高度重视主题活动。

    （郑州市人大常委会代表工委供稿）

    聚焦民生实事

    洛阳市人大常委会组织代表开展视察。

    （洛阳市人大常委会代表工委供稿）

    送：省人大常委会主任

    发：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发

    """)

    /// A 工作动态 whose 编者按 ends in `：` over titles without `地区：`. (fresh-eyes audit, December 2026)
    static let noteEndingInColon = Shape(name: "audit-note-colon", text: """
    工作动态

    第 12 期

    河南省人大常委会办公厅编              2026年5月8日

    编者按：为推动代表建议办理工作提质增效，现将近期各地工作情况编发如下：

    省人大常委会召开代表建议办理工作推进会

    5月6日，省人大常委会召开代表建议办理工作推进会，总结交流经验，部署下一阶段工作。

    会议强调，要坚持高标准、严要求，确保代表建议件件有着落、事事有回音。

    （省人大常委会代表工委供稿）

    省人大代表专题调研优化营商环境工作

    5月7日，部分省人大代表赴郑州市开展专题调研。

    （省人大常委会代表工委供稿）

    送：省人大常委会领导

    河南省人大常委会办公厅              2026年5月8日印发

    """)

    /// The audit's issue with a 编者按: `note` (lines, blank-line separated as given) stands right
    /// under the contents, over the first article (`beforeArticles`), or between the two.
    static func issueWithNote(_ note: String, under contents: String = "\n\n", beforeArticles: Bool = true) -> String {
        let first = "郑州市：高位部署强担当\n\n郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动。\n\n一、精准对标明确方向。市人大常委会精准对标省委决策部署。\n\n（郑州市人大常委会供稿）\n\n"
        let second = "焦作市：闻令即动抓落实\n\n焦作市人大常委会迅速行动，组织代表开展活动。\n\n（焦作市人大常委会供稿）\n\n"
        let masthead = "代表工作\n\n第 5 期\n\n河南省人大常委会代表工作委员会\n\n2026 年 5 月 8 日\n\n* 郑州市：高位部署强担当\n* 焦作市：闻令即动抓落实"
        let footer = "送：省人大常委会领导\n\n发：各省辖市人大常委会\n\n河南省人大常委会代表工作委员会        2026年5月8日印发\n"
        let body = beforeArticles ? contents + note + "\n\n" + first + second : "\n\n" + first + note + "\n\n" + second
        return masthead + body + footer
    }

    static let auditNote = "编者按：近期，各地人大常委会扎实开展代表主题活动，现将有关情况摘编如下，供参考。"

    /// `编者按：` alone on its line, the note in the paragraph under it (fresh-eyes audit, December 2026)
    static let noteLabelAlone = Shape(name: "audit-note-label-alone",
                                      text: issueWithNote("编者按：\n\n近期，各地人大常委会扎实开展代表主题活动，现将有关情况摘编如下，供参考。"))

    /// The 编者按 right under the last contents entry, no blank line between (fresh-eyes audit, December 2026)
    static let noteRightUnderContents = Shape(name: "audit-note-under-contents", text: issueWithNote(auditNote, under: "\n"))

    /// A 编者按 between two articles (listed by parse; no article for check) (fresh-eyes audit, December 2026)
    static let noteBetweenArticles = Shape(name: "audit-note-between-articles", text: issueWithNote(auditNote, beforeArticles: false))

    /// Sub-headings on their own lines in the last point: their text stays in the point. (fresh-eyes audit, December 2026)
    static let subHeadingsInTheLastPoint = Shape(name: "audit-sub-headings-last-point", text: """
    郑州市：高位部署强担当

    郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动。

    一、精准对标明确方向

    （一）健全工作机制

    市人大常委会组织代表开展集中学习，细化工作流程。

    （二）完善制度

    制定代表履职档案管理办法，推动履职常态化。

    （郑州市人大常委会供稿）

    """)

    /// Word-pasted short sentences of one length, each ending in 。: no OCR text. (fresh-eyes audit, December 2026)
    static let wordShortSentences = Shape(name: "audit-word-short-sentences", text: """
    郑州市：代表联络站建设情况
    一、基本情况
    全市共建成代表联络站三百二十个。
    各县区均成立了工作专班负责推进。
    联络站全部实现了标准化规范化建设。
    代表进站履职实现了常态化制度化。
    二、主要做法
    一是坚持高位推动，强化组织保障。
    二是坚持标准引领，统一建设规范。
    三是坚持需求导向，丰富活动形式。
    四是坚持督导检查，确保工作实效。
    三、下一步打算
    持续完善联络站运行机制和制度。
    推动代表联络站向基层延伸覆盖。
    （郑州市人大常委会供稿）

    """)

    /// A sub-heading with its text on the very next line. (fresh-eyes audit, December 2026)
    static let subHeadingBodyOnNextLine = Shape(name: "audit-sub-heading-body-next-line", text: """
    郑州市：高位部署强担当

    郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动，组织全市各级人大代表积极投身

    （一）健全工作机制
    市人大常委会组织代表开展集中学习，细化工作流程。

    （二）完善制度
    制定代表履职档案管理办法，推动履职常态化。

    （郑州市人大常委会供稿）

    """)

    /// An OCR 工作动态 whose 编者按's first line reaches the wrap width and ends in a stop. (fresh-eyes audit, December 2026)
    static let ocrNote = Shape(name: "audit-ocr-note", text: """
    工作动态

    第12期

    河南省人大常委会办公厅编 2026年5月8日

    编者按:为推动代表建议办理工作提质增效,全面落实省委部.

    现将近期各地工作情况编发如下,供参考.

    省人大常委会召开代表建议办理工作推进会

    市人大常委会坚持高位谋划系统推进,精准发力全面启动年度代表

    主题活动,组织全市各级人大代表奋力投身高质量发展实践市人大

    常委会坚持高位谋划系统推进,精准发力全面启动年度代表主题活

    动,组织全市各级人大代表奋力投身高质量发展实践市人大常委.

    常委会坚持高位谋划系统推进,精准发力全面启动年度代表主题活

    动,组织全市各级人大代表奋力投身高质量发展实践市人大常委会

    坚持高位谋划,系统推进,精准发力全面启动年度代表主题活动

    全市各级人大代.

    (省人大常委会代表工委供稿)

    省人大代表专题调研优化营商环境工作

    持高位谋划系统推进精准发力全面启动年度代表主题活动组织全

    市各级人大代表奋力投身高质量发展实践市人大常委会坚持高位

    谋划系统推进精准发力全面启动年度代表主题活动组织全市各级

    人大代表.

    (省人大常委会代表工委供稿)

    送:省人大常委会领导

    河南省人大常委会办公厅 2026年5月8日印发

    """)

    /// Numbered items without punctuation, one per line, under a line ending in `：`. (fresh-eyes audit, December 2026)
    static let unpunctuatedList = Shape(name: "audit-unpunctuated-list", text: """
    郑州市：高位部署强担当

    郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动。会议明确了三项任务：
    1、建立代表联络站
    2、开展集中学习
    3、完善履职档案

    市人大常委会将持续推进，确保取得实效。

    （郑州市人大常委会供稿）

    """)

    /// A line ending in `：` over a numbered list typed one item a line, each ending in `；`; and a
    /// paragraph cut by a page break after a closing quote (`…“六个一”` / `主题活动。`).
    static let colonAndQuoteEnds = Shape(name: "colon-and-quote-ends", text: """
    郑州市：高位部署强担当

    郑州市人大常委会坚持高位谋划，全面启动年度代表主题活动。会议明确了三项任务：

    1、建立代表联络站；

    2、开展集中学习；

    3、完善履职档案。

    各县区结合实际，开展“六个一”

    主题活动，推动代表履职走深走实。

    （郑州市人大常委会代表工委供稿）

    """)

    static let colonAndQuoteEndsWordPasted = Shape(name: "colon-and-quote-ends-word-pasted", text: colonAndQuoteEnds.text.replacingOccurrences(of: "\n\n", with: "\n"))

    /// Lines under the last 供稿 line before the footer: a rule of Chinese dashes, `（完）`,
    /// `责任编辑：…`, a caption and its credit (second audit, December 2026).
    static let linesAfterContributor = Shape(name: "lines-after-contributor",
                                             text: issueWithNote(auditNote).replacingOccurrences(of: "（焦作市人大常委会供稿）\n\n",
                                                 with: "（焦作市人大常委会供稿）\n\n图为市人大常委会召开推进会现场\n\n（摄影：张丽）\n\n（完）\n\n责任编辑：张三\n\n————————————\n\n"))

    /// After a 供稿 line, a heading whose prefix is no region (S5).
    static let headingsAfterContributor = Shape(name: "headings-after-contributor",
                                                text: issueWithNote(auditNote).replacingOccurrences(of: "焦作市：闻令即动抓落实\n\n焦作市人大常委会迅速行动",
                                                    with: "焦作市人大常委会：闻令即动抓落实\n\n焦作市人大常委会迅速行动"))

    /// After a 供稿 line, a stray unit over two lines right over the next `地区：` heading.
    static let strayUnitAfterContributor = Shape(name: "stray-unit-after-contributor",
                                                 text: issueWithNote(auditNote).replacingOccurrences(of: "焦作市：闻令即动抓落实\n\n焦作市人大常委会迅速行动",
                                                     with: "郑州市人大常委会\n代表工作委员会\n\n焦作市：闻令即动抓落实\n\n焦作市人大常委会迅速行动"))

    /// A Word-pasted 工作动态 whose 编者按 has no stop before the first title.
    static let wordNoteWithoutStop = Shape(name: "word-note-without-stop", text: """
    工作动态
    第 12 期
    河南省人大常委会办公厅编              2026年5月8日
    编者按：为推动代表建议办理工作提质增效，现将近期各地工作情况编发如下
    省人大常委会召开代表建议办理工作推进会
    5月6日，省人大常委会召开代表建议办理工作推进会，总结交流经验，部署下一阶段工作。
    （省人大常委会代表工委供稿）
    省人大代表专题调研优化营商环境工作
    5月7日，部分省人大代表赴郑州市开展专题调研。
    （省人大常委会代表工委供稿）
    送：省人大常委会领导
    河南省人大常委会办公厅              2026年5月8日印发

    """)

    /// `编者按` alone, without a colon, over the note; and `编者按：` alone over the note written with its label again.
    static let noteLabelWithoutColon = Shape(name: "note-label-without-colon",
                                             text: issueWithNote("编者按\n\n近期，各地积极开展主题活动，现将有关做法摘编如下。"))
    static let noteLabelTwice = Shape(name: "note-label-twice", text: issueWithNote("编者按：\n\n编者按：现将有关做法摘编如下。"))

    /// A title with a ！ inside it (`闻令即动抓落实！推动代表履职见真章`), in the contents and as the heading.
    static let headingWithInnerExclamation = Shape(name: "heading-inner-exclamation",
                                                   text: issueWithNote(auditNote).replacingOccurrences(of: "焦作市：闻令即动抓落实", with: "焦作市：闻令即动抓落实！推动代表履职见真章"))

    /// An article without its 供稿 line whose last paragraph lacks its stop, then the next `地区：` heading.
    static let headingAfterOpenParagraph = Shape(name: "heading-after-open-paragraph",
                                                 text: issueWithNote(auditNote).replacingOccurrences(of: "市人大常委会精准对标省委决策部署。\n\n（郑州市人大常委会供稿）\n\n",
                                                                                                     with: "市人大常委会精准对标省委决策部署\n\n"))

    /// A Word-pasted 工作动态 whose titles are numbered (`一、…`) and name a 常委会.
    static let workNewsNumberedTitles = Shape(name: "work-news-numbered-titles", text: """
    工作动态
    第 12 期
    河南省人大常委会办公厅编              2026年5月8日
    一、省人大常委会召开代表建议办理工作推进会
    5月6日，省人大常委会召开代表建议办理工作推进会，总结交流经验，部署下一阶段工作。
    （省人大常委会代表工委供稿）
    二、省人大代表专题调研优化营商环境工作
    5月7日，部分省人大代表赴郑州市开展专题调研。
    （省人大常委会代表工委供稿）
    送：省人大常委会领导
    河南省人大常委会办公厅              2026年5月8日印发

    """)

    static let workNewsTitlesNamingACommittee = Shape(name: "work-news-titles-naming-a-committee",
                                                      text: workNewsNumberedTitles.text.replacingOccurrences(of: "一、", with: "").replacingOccurrences(of: "二、", with: ""))

    /// The 编者按 over the contents list.
    static let noteOverContents = Shape(name: "note-over-contents",
                                        text: issueWithNote(auditNote).replacingOccurrences(of: "* 郑州市：高位部署强担当\n* 焦作市：闻令即动抓落实\n\n" + auditNote + "\n\n",
                                                                                           with: auditNote + "\n\n* 郑州市：高位部署强担当\n* 焦作市：闻令即动抓落实\n\n"))

    /// Contents entries typed without markers, then a 编者按 (one line, or its label alone over it).
    static let noteUnderUnmarkedContents = Shape(name: "note-under-unmarked-contents",
                                                 text: issueWithNote(auditNote).replacingOccurrences(of: "* 郑州市：高位部署强担当\n* 焦作市：闻令即动抓落实",
                                                                                                    with: "郑州市：高位部署强担当\n焦作市：闻令即动抓落实"))
    static let labelUnderUnmarkedContents = Shape(name: "label-under-unmarked-contents",
                                                  text: noteUnderUnmarkedContents.text.replacingOccurrences(of: "编者按：近期", with: "编者按：\n近期"))

    /// A 编者按 wrapped over three adjacent lines in a blank-separated issue (third audit).
    static let noteWrappedOverLines = Shape(name: "note-wrapped-over-lines", text: """
    代表工作

    第 16 期

    河南省人大常委会
    代表工作委员会

    2026 年 6 月 4 日

    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑(六)

    * 南阳市：聚焦民生实事 凝聚代表力量

    * 焦作市：闻令即动抓落实 推动代表履职见真章

    编者按：近期，各地认真贯彻落实省人大常委会部署，扎实开展代
    表主题活动，涌现出一批好经验好做法。现将部分地方的做法编发
    如下，供参考。

    南阳市：聚焦民生实事 凝聚代表力量

    今年以来，南阳市人大常委会坚持以人民为中心，组织全市各级人大代表围绕民生实事开展履职活动，取得明显成效。

    一、强化组织领导。一是建立工作专班。市人大常委会成立主题活动领导小组，统筹推进各项工作。二是完善制度机制。制定实施方案，明确任务分工和时间节点。

    二、丰富活动载体。一是开展集中视察。组织代表深入企业、社区开展视察调研。二是推进联络站建设。全市建成代表联络站三百余个。

    下一步，南阳市人大常委会将持续深化主题活动，推动代表工作提质增效。

    （南阳市人大常委会代表工委供稿）

    焦作市：闻令即动抓落实 推动代表履职见真章

    焦作市人大常委会迅速行动，精心组织，推动主题活动开局起步。

    一、迅速传达部署。召开主任会议专题研究，制定实施方案。

    二、突出特色亮点。围绕产业发展组织代表开展专题调研。

    （焦作市人大常委会代表工委供稿）


    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发

    """)

    /// A submission with its 供稿 line right under the title (third audit).
    static let contributorUnderTitle = Shape(name: "contributor-under-title", text: """
    南阳市：聚焦民生实事 凝聚代表力量

    （南阳市人大常委会代表工委供稿）

    今年以来，南阳市人大常委会坚持以人民为中心，组织全市各级人大代表围绕民生实事开展履职活动，取得明显成效。

    一、强化组织领导。一是建立工作专班。市人大常委会成立主题活动领导小组，统筹推进各项工作。

    二、丰富活动载体。一是开展集中视察。组织代表深入企业、社区开展视察调研。

    下一步，南阳市人大常委会将持续深化主题活动，推动代表工作提质增效。

    """)

    /// A list of names by county (`宛城区：张三、李四`) inside a point (third audit).
    static let namesByCounty = Shape(name: "names-by-county", text: """
    南阳市：聚焦民生实事 凝聚代表力量

    今年以来，南阳市人大常委会坚持以人民为中心，组织全市各级人大代表围绕民生实事开展履职活动，取得明显成效。

    一、强化组织领导。一是建立工作专班。市人大常委会成立主题活动领导小组，统筹推进各项工作。二是完善制度机制。制定实施方案，明确任务分工和时间节点。

    二、选树先进典型。经各县区推荐、常委会审定，表彰优秀人大代表十名，名单如下：

    宛城区：张三、李四

    卧龙区：王五、赵六

    邓州市：孙七、周八

    三、注重成果转化。一是加强督办。对代表建议实行清单化管理。二是强化宣传。在报纸、网站开设专栏宣传代表风采。

    下一步，南阳市人大常委会将持续深化主题活动，推动代表工作提质增效。

    （南阳市人大常委会代表工委供稿）

    """)

    /// `联系人：…` and `附件：…` lines between an article's 供稿 line and the next heading (third audit).
    static let contactLinesAfterContributor = Shape(name: "contact-lines-after-contributor", text: """
    代表工作

    第 16 期

    河南省人大常委会
    代表工作委员会

    2026 年 6 月 4 日

    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑(六)

    * 南阳市：聚焦民生实事 凝聚代表力量

    * 焦作市：闻令即动抓落实 推动代表履职见真章

    南阳市：聚焦民生实事 凝聚代表力量

    今年以来，南阳市人大常委会坚持以人民为中心，组织全市各级人大代表围绕民生实事开展履职活动，取得明显成效。

    一、强化组织领导。一是建立工作专班。市人大常委会成立主题活动领导小组，统筹推进各项工作。二是完善制度机制。制定实施方案，明确任务分工和时间节点。

    二、丰富活动载体。一是开展集中视察。组织代表深入企业、社区开展视察调研。二是推进联络站建设。全市建成代表联络站三百余个。

    下一步，南阳市人大常委会将持续深化主题活动，推动代表工作提质增效。

    （南阳市人大常委会代表工委供稿）

    联系人：张三，电话：13800000000

    附件：代表建议办理情况表

    焦作市：闻令即动抓落实 推动代表履职见真章

    焦作市人大常委会迅速行动，精心组织，推动主题活动开局起步。

    一、迅速传达部署。召开主任会议专题研究，制定实施方案。

    二、突出特色亮点。围绕产业发展组织代表开展专题调研。

    （焦作市人大常委会代表工委供稿）


    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发

    """)

    // MARK: Footers and 供稿 lines of other offices (December 2026)

    /// `报送：` and `主送：`, other houses' labels.
    static let footerReportedAndMain = Shape(name: "footer-baosong-zhusong", text: issue(footer: """
    报送：省人大常委会领导

    主送：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发
    """))

    /// `（共印30份）` over the 印发 line, not under it.
    static let copiesOverIssuedLine = Shape(name: "copies-over-issued-line", text: issue(footer: footer.replacingOccurrences(
        of: "河南省人大常委会代表工作委员会印发", with: "（共印30份）\n\n河南省人大常委会代表工作委员会印发")))

    /// `（供稿：郑州市…）`: the label inside the brackets.
    static let contributorLabelInBrackets = Shape(name: "contributor-label-in-brackets", text: issue(articles: [
        zhengzhou.replacingOccurrences(of: "（郑州市人大常委会代表工委供稿）", with: "（供稿：郑州市人大常委会代表工委）"), jiaozuo]))

    /// A 供稿 line wrapped by a return, bracketed or not, in a text with blank lines between paragraphs.
    static let contributorWrapped = Shape(name: "contributor-wrapped", text: issue(articles: [
        zhengzhou.replacingOccurrences(of: "（郑州市人大常委会代表工委供稿）", with: "（郑州市人大常委会代表\n工委供稿）"),
        jiaozuo.replacingOccurrences(of: "（焦作市人大常委会代表工委供稿）", with: "焦作市人大常委会\n代表工委供稿")]))

    /// The same in Word's layout: one paragraph a line, no blank lines.
    static let contributorWrappedWordPasted = Shape(name: "contributor-wrapped-word-pasted",
                                                    text: contributorWrapped.text.replacingOccurrences(of: "\n\n", with: "\n"))

    /// The date over the issuing body in the masthead, with an album line, and in a 工作动态
    /// without `地区：` headings (whose titles name a 常委会).
    static let mastheadDateOverBody = Shape(name: "masthead-date-over-body", text: issue(masthead: """
    代表工作

    第 11 期

    2026 年 4 月 13 日

    河南省人大常委会代表工作委员会
    """))
    static let workNewsDateOverBody = Shape(name: "work-news-date-over-body", text: workNewsTitlesNamingACommittee.text.replacingOccurrences(
        of: "河南省人大常委会办公厅编              2026年5月8日", with: "2026年5月8日\n河南省人大常委会办公厅编"))

    /// A list typed one item a line in Word, ten items of one length without marks: no OCR text.
    static let wordListOfOneLength = Shape(name: "word-list-of-one-length", text: """
    滑县：扎实推进代表联络站建设
    今年以来，滑县人大常委会扎实推进代表联络站建设，主要做了以下工作：
    一、完善站点布局
    建设标准化代表联络站点二十个规范运行
    制定代表联络站工作制度汇编规范运行
    组织代表进站接待群众六百余人次成效好
    收集群众意见建议三百余条及时转交办理
    开展代表集中视察活动十二次取得了实效
    组织代表培训八期培训代表四百余人次好
    建立代表履职档案七百余份实现全覆盖好
    评选优秀代表联络站五个发挥示范作用好
    推动解决群众急难愁盼问题一百余件好评
    开展代表主题活动月活动三次群众满意了
    下一步，滑县人大常委会将持续推进代表联络站提质增效。
    （滑县人大常委会供稿）

    """)

    static let otherOffices = [wordListOfOneLength, mastheadDateOverBody, workNewsDateOverBody, footerReportedAndMain, copiesOverIssuedLine, contributorLabelInBrackets, contributorWrapped, contributorWrappedWordPasted]

    static let others = [mastheadTitleWithYearIssue, mastheadTitleIssueNoSpace, mastheadEditorLine, mastheadLetterSpaced, mastheadSupplement,
                         albumUnnumbered, pointWrongMark, contentsStar, contentsAsterisk, contentsFullWidthAsterisk, contentsNumbered, contentsNone,
                         titleOverTwoLines, titleOverThreeLines, singleItemByline, webItemWordPasted, webItemBlankLines, reportCoverTitle, webRepost,
                         ocrWrapAtFullWidth, subHeadingsOnTheirOwnLines, subHeadingsWordPasted, editorsNoteWorkNews, editorsNoteAfterContents,
                         titleWithoutRegionAfterContributor, noteEndingInColon, noteLabelAlone, subHeadingsInTheLastPoint, wordShortSentences,
                         subHeadingBodyOnNextLine, noteRightUnderContents, ocrNote, unpunctuatedList, noteBetweenArticles,
                         colonAndQuoteEnds, colonAndQuoteEndsWordPasted, linesAfterContributor, headingsAfterContributor, strayUnitAfterContributor, wordNoteWithoutStop,
                         noteLabelWithoutColon, noteLabelTwice, headingWithInnerExclamation,
                         headingAfterOpenParagraph, workNewsNumberedTitles, workNewsTitlesNamingACommittee,
                         noteOverContents, noteUnderUnmarkedContents, labelUnderUnmarkedContents, noteWrappedOverLines, contributorUnderTitle,
                         namesByCounty, contactLinesAfterContributor]

    static let all = why + others + audited + otherOffices + fourthAudit + sixthAudit + seventhAudit + withoutMasthead + pageNumbers + fixDamages + seventeenthAudit + nineteenthAudit + twentyFirstAudit
}
