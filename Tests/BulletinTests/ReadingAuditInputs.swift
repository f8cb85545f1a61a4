/// Inputs fresh-eyes audits (the fourth to the seventh, December 2026) wrote as editors and clerks
/// type them, whole issues with their mastheads and footers as written (Word's layout, half-width
/// marks): each is in the agreement corpus and asserted in `FourthAuditTests` … `SeventhAuditTests`.
///
/// The fourth audit: other offices' footers, 供稿 lines and mastheads.
extension ReadingShapes {
    /// A 供稿 line wrapped over two lines under an article whose heading runs into its lead.
    static let wrappedContributorUnderRunInHeading = Shape(name: "audit4-wrapped-contributor-run-in", text: """
    代表工作

    第 11 期

    河南省人大常委会代表工作委员会

    2026 年 4 月 13 日

    主题活动专辑（一）

    * 郑州市：高位部署强担当

    * 焦作市：闻令即动抓落实

    郑州市：高位部署强担当。今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。

    （郑州市人大常委会代表
    工委供稿）

    焦作市：闻令即动抓落实。焦作市人大常委会闻令而动，迅速部署主题活动。

    （焦作市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发

    """)

    /// A title ending in 人大 under the date of a masthead without an issuing body.
    static let titleEndingLikeABodyUnderDate = Shape(name: "audit4-title-ending-renda-under-date", text: """
    代表工作

    第 11 期

    2026 年 4 月 13 日

    践行全过程人民民主 建设模范人大

    今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。

    一、精准对标明确方向。市人大常委会迅速启动活动方案制定工作，逐条细化任务清单。

    （郑州市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发

    """)

    /// A 工作动态 whose body and date share a line, its first title ending in 人大.
    static let workNewsTitleAfterDatedBody = Shape(name: "audit4-work-news-title-after-dated-body", text: """
    工作动态
    第 12 期
    河南省人大常委会办公厅编              2026年5月8日
    奋力建设新时代模范人大
    5月6日，省人大常委会召开代表建议办理工作推进会，总结交流经验，部署下一阶段工作。
    （省人大常委会代表工委供稿）
    省人大代表专题调研优化营商环境工作
    5月7日，部分省人大代表赴郑州市开展专题调研。
    （省人大常委会代表工委供稿）
    送：省人大常委会领导
    河南省人大常委会办公厅              2026年5月8日印发

    """)

    /// `（供稿：…）` right under the title, Word layout.
    static let otherFormContributorUnderTitle = Shape(name: "audit4-other-form-contributor-under-title", text: """
    许昌市：强化代表履职保障
    （供稿：许昌市人大常委会代表工委）
    今年以来，许昌市人大常委会坚持以人民为中心，组织全市各级人大代表开展履职活动。
    一、强化组织领导。市人大常委会成立主题活动领导小组，统筹推进各项工作。
    下一步，许昌市人大常委会将持续深化主题活动。

    """)

    /// A closing sentence without its stop right over `…供稿` (Word layout).
    static let sentenceOverUnbracketedContributor = Shape(name: "audit4-sentence-over-unbracketed-contributor", text: """
    许昌市：强化代表履职保障
    今年以来，许昌市人大常委会坚持以人民为中心，组织全市各级人大代表开展履职活动。
    一、强化组织领导。市人大常委会成立主题活动领导小组，统筹推进各项工作。
    下一步将持续深化主题活动
    许昌市人大常委会代表工委供稿

    """)

    /// `（共印三十份）` right under the 发 field, no blank line between.
    static let copiesRightUnderCopyField = Shape(name: "audit4-copies-under-copy-field", text: """
    代表工作

    第 11 期

    河南省人大常委会代表工作委员会

    2026 年 4 月 13 日

    主题活动专辑（一）

    郑州市：高位部署强担当

    今年以来，郑州市人大常委会坚持高位谋划、系统推进，全面启动年度代表主题活动。

    （郑州市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：省人大常委会副秘书长、机关党组成员，各省辖市人大常委会、济源示范区人大工委
    （共印三十份）

    河南省人大常委会代表工作委员会印发

    """)

    /// A sentence opening with `主送：` inside an article.
    static let labelledSentenceInArticle = Shape(name: "audit4-labelled-sentence-in-article", text: """
    许昌市：强化代表履职保障
    今年以来，许昌市人大常委会坚持以人民为中心，组织全市各级人大代表开展履职活动。
    一、强化组织领导。市人大常委会印发通知，明确报送要求：
    主送：各县（市、区）人大常委会，每月5日前报送工作进展。
    二、丰富活动载体。组织代表深入企业、社区开展视察调研。
    （许昌市人大常委会代表工委供稿）

    """)

    /// The issuing body over two lines under the date.
    static let bodyOverTwoLinesUnderDate = Shape(name: "audit4-body-two-lines-under-date", text: """
    代表工作

    第 16 期

    2026 年 6 月 4 日

    河南省人大常委会

    代表工作委员会

    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑(六)

    南阳市：聚焦民生实事 凝聚代表力量

    今年以来，南阳市人大常委会坚持以人民为中心，组织全市各级人大代表围绕民生实事开展履职活动，取得明显成效。

    （南阳市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发

    """)

    /// The issuing body with an ideographic space, under the date (Word layout).
    static let bodyWithIdeographicSpaceUnderDate = Shape(name: "audit4-body-ideographic-space-under-date", text: """
    代表工作
    第 16 期
    2026 年 6 月 4 日
    河南省人大常委会　代表工作委员会
    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑(六)
    南阳市：聚焦民生实事 凝聚代表力量
    今年以来，南阳市人大常委会坚持以人民为中心，组织全市各级人大代表围绕民生实事开展履职活动，取得明显成效。
    （南阳市人大常委会代表工委供稿）
    送：省人大常委会主任、副主任、秘书长
    发：各省辖市人大常委会、济源示范区人大工委
    河南省人大常委会代表工作委员会印发

    """)

    static let fourthAudit = [questionTitleAfterNote, wrappedContributorUnderRunInHeading, titleEndingLikeABodyUnderDate, workNewsTitleAfterDatedBody, otherFormContributorUnderTitle, sentenceOverUnbracketedContributor, copiesRightUnderCopyField, labelledSentenceInArticle, bodyOverTwoLinesUnderDate, bodyWithIdeographicSpaceUnderDate]
}

extension ReadingShapes {
    /// A 工作动态 without `地区：` headings: a 编者按, then a title asking a question (fifth audit).
    static let questionTitleAfterNote = Shape(name: "audit5-question-title-after-note", text: """
    工作动态

    第12期

    河南省人大常委会办公厅

    2026年5月8日

    编者按：现将近期各地工作情况摘编如下。

    代表联络站如何更好发挥作用？

    5月6日，省人大常委会召开座谈会，听取各地情况。

    （省人大常委会代表工委供稿）

    郑州市人大常委会开展代表集中视察

    5月7日，郑州市人大常委会组织代表开展集中视察。

    （郑州市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会

    河南省人大常委会办公厅印发

    """)
}

/// Shapes a sixth fresh-eyes audit (an editor's and a clerk's whole workflow, December 2026) wrote.
extension ReadingShapes {
    /// A 工作动态 of titles without `地区：`, listed in starred contents, Word layout (sixth audit).
    static let untitledIssueWithContents = Shape(name: "audit6-untitled-issue-with-contents", text: """
    工作动态
    第 12 期
    滑县人大常委会办公室
    2026年5月8日
    * 县人大常委会召开代表联络站建设推进会
    * 代表联络站如何更好发挥作用？
    * 县人大代表深入企业开展视察
    县人大常委会召开代表联络站建设推进会
    5月6日，县人大常委会召开全县代表联络站建设推进会，总结去年工作，安排部署今年任务。
    （县人大常委会办公室供稿）
    代表联络站如何更好发挥作用？
    近日，县人大常委会组织部分代表围绕联络站作用发挥开展专题调研。
    （县人大常委会选工委供稿）
    县人大代表深入企业开展视察
    4月28日，部分县人大代表深入县产业集聚区，对重点企业生产经营情况进行视察。
    （县人大常委会选工委供稿）
    报：市人大常委会代表工委
    送：县委、县政府
    滑县人大常委会办公室印发

    """)

    /// A 编者按 of two paragraphs over titles without `地区：`, Word layout (sixth audit).
    static let noteOfTwoParagraphsInUntitledIssue = Shape(name: "audit6-note-two-paragraphs-untitled", text: """
    工作动态
    第 12 期
    滑县人大常委会办公室
    2026年5月8日
    编者按：近期，县人大常委会围绕代表联络站建设开展了系列工作。
    现将有关情况编发如下。
    县人大常委会召开代表联络站建设推进会
    5月6日，县人大常委会召开全县代表联络站建设推进会，总结去年工作，安排部署今年任务。
    （县人大常委会办公室供稿）
    代表联络站如何更好发挥作用？
    近日，县人大常委会组织部分代表围绕联络站作用发挥开展专题调研。
    （县人大常委会选工委供稿）
    县人大代表深入企业开展视察
    4月28日，部分县人大代表深入县产业集聚区，对重点企业生产经营情况进行视察。
    （县人大常委会选工委供稿）
    报：市人大常委会代表工委
    送：县委、县政府
    滑县人大常委会办公室印发

    """)

    /// A 编者按 of two paragraphs over contents typed without markers, Word layout (sixth audit).
    static let noteOverUnmarkedContents = Shape(name: "audit6-note-over-unmarked-contents", text: """
    代表工作
    第 21 期
    河南省人大常委会
    代表工作委员会
    2026 年 8 月 17 日
    编者按：代表联络站是人大代表联系群众的重要平台。
    正如一位基层代表所说：“联络站建在群众家门口，代表就在群众身边。”
    新乡市：代表联络站如何更好发挥作用？
    滑县：建强履职阵地 激发代表活力
    新乡市：代表联络站如何更好发挥作用？
    今年以来，新乡市人大常委会以代表联络站为依托，推动代表常态化联系群众，取得明显成效。
    一、固定接待日，让群众找得到代表。一是每月15日为代表接待日。二是公示代表照片和联系方式。
    （新乡市人大常委会代表工委供稿）
    滑县：建强履职阵地 激发代表活力
    滑县人大常委会坚持把阵地建设作为基础性工作，持续提升代表履职效能。
    一、完善阵地功能。全县建成代表联络站23个，实现乡镇全覆盖。
    （安阳市人大常委会代表工委供稿）
    送：省人大常委会主任、副主任、秘书长
    发：各省辖市人大常委会、济源示范区人大工委
    河南省人大常委会代表工作委员会印发

    """)

    static let sixthAudit = [untitledIssueWithContents, noteOfTwoParagraphsInUntitledIssue, noteOverUnmarkedContents]
}

/// Shapes a seventh fresh-eyes audit (the shared recognisers of question titles, stops and 供稿 lines) wrote.
extension ReadingShapes {
    /// A 工作动态 whose titles end in a half-width ? or ! (seventh audit).
    static let halfWidthQuestionTitles = Shape(name: "audit7-half-width-question-titles", text: """
    工作动态
    第 12 期
    滑县人大常委会办公室
    2026年5月8日
    代表联络站如何更好发挥作用?
    近日，县人大常委会组织代表开展专题调研。
    （县人大常委会选工委供稿）
    撸起袖子加油干!
    4月28日，部分县人大代表深入企业视察。
    （县人大常委会选工委供稿）

    """)

    /// A `地区：` title ending in a half-width ?, listed in the contents (seventh audit).
    static let halfWidthQuestionTitleInContents = Shape(name: "audit7-half-width-question-title-contents", text: """
    代表工作

    第 12 期

    河南省人大常委会
    代表工作委员会

    2026 年 4 月 20 日

    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（一）

    * 郑州市：代表联络站如何更好发挥作用?
    * 焦作市：撸起袖子加油干!

    郑州市：代表联络站如何更好发挥作用?

    郑州市人大常委会全面启动年度代表主题活动。

    （郑州市人大常委会代表工委供稿）

    焦作市：撸起袖子加油干!

    焦作市人大常委会闻令即动、务实推进。

    （焦作市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会

    河南省人大常委会代表工作委员会印发

    """)

    /// A title ending in 常委会 right under a `供稿：` line, Word layout (seventh audit).
    static let titleEndingLikeAnOfficeUnderContributor = Shape(name: "audit7-title-like-office-under-contributor", text: """
    工作动态
    第 12 期
    滑县人大常委会办公室
    2026年5月8日
    县人大常委会召开代表联络站建设推进会
    5月6日，县人大常委会召开全县代表联络站建设推进会，总结去年工作，安排部署今年任务。
    供稿：新乡市人大常委会代表工委
    走进县人大常委会
    4月28日，部分县人大代表走进县人大常委会机关，参观代表履职展厅。
    供稿：县人大常委会选工委
    报：市人大常委会代表工委
    送：县委、县政府
    滑县人大常委会办公室印发

    """)

    static let seventhAudit = [halfWidthQuestionTitles, halfWidthQuestionTitleInContents, titleEndingLikeAnOfficeUnderContributor]

    // MARK: An issue without its masthead (a web re-post without 报头), December 2026

    /// The album line, the contents, the articles and the footer, no masthead: an issue to both
    /// jobs (the checker took it for one by its album and 印发 lines; the reader read the album
    /// line as the title of one article and listed the others).
    static let issueWithoutMasthead = Shape(name: "issue-without-masthead", text: String(issue(masthead: "").drop { $0 == "\n" }))
    /// The same without contents and footer, the album line its only evidence.
    static let issueWithoutMastheadOrFooter = Shape(name: "issue-without-masthead-or-footer",
                                                     text: String(issue(masthead: "", contentsMarker: nil, footer: "").drop { $0 == "\n" }))
    /// Only the 印发 line says it is an issue: no masthead, no album line.
    static let issueKnownByItsIssuedLine = Shape(name: "issue-known-by-its-issued-line", text: [zhengzhou, jiaozuo, footer].joined(separator: "\n\n") + "\n")

    /// A submission without a title: the text, then its 供稿 line (a clerk who forgot the title).
    /// Both jobs read it as an article without a heading (parse read it as no bulletin at all, check
    /// took the first paragraph for a wrong heading).
    static let untitledSubmission = Shape(name: "untitled-submission", text: String(zhengzhou.drop { $0 != "\n" }.drop { $0 == "\n" }) + "\n")
    /// The same pasted from Word: a paragraph a line, no blank lines.
    static let untitledSubmissionOnePerLine = Shape(name: "untitled-submission-one-per-line",
        text: zhengzhou.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n")

    /// Footer labels spaced out (`报　送：`, `抄 送：`), as some offices type them.
    static let spacedFooterLabels = Shape(name: "spaced-footer-labels", text: issue(footer: """
    报　送：省人大常委会主任、副主任、秘书长

    抄 送：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发
    """))

    /// A lead wrapped by a return where the next line opens with `二、` (`圆满完成了` /
    /// `二、三季度的各项任务。`): the sentence goes on, no point starts.
    static let pointNumeralInAWrappedSentence = Shape(name: "point-numeral-in-a-wrapped-sentence", text: """
    林州市：强化代表履职 助力乡村振兴

    今年以来，林州市人大常委会组织全市各级人大代表深入基层一线，圆满完成了
    二、三季度的各项任务。

    一、强化组织领导。成立工作专班，制定实施方案，明确任务分工。

    二、搭建履职平台。新建代表联络站5个，组织代表进站接待群众。

    （林州市人大常委会代表工委供稿）

    """)

    /// A masthead typed without blank lines, the album line right under its date.
    static let mastheadPackedOverTheAlbum = Shape(name: "masthead-packed-over-the-album", text: issue(masthead: """
    代表工作
    第18期
    河南省人大常委会代表工作委员会
    2026年6月30日
    """, album: "“人大代表在行动”主题活动专辑（八）").replacingOccurrences(of: "2026年6月30日\n\n“人大代表", with: "2026年6月30日\n“人大代表"))

    /// Masthead fields set apart by U+3000, as Word lays them out; 总期号 without brackets.
    static let mastheadFieldsSpacedInWord = Shape(name: "masthead-fields-spaced-in-word", text: issue(masthead: """
    ××大学
    党委办公室编　　第3期（总第45期）　　2023年5月8日
    """))
    static let mastheadTotalWithoutBrackets = Shape(name: "masthead-total-without-brackets", text: issue(masthead: """
    代表工作

    第18期　总第245期

    河南省人大常委会代表工作委员会	2026年6月30日
    """))

    /// A point ending in an enumeration of one-sentence items (一是…。二是…。三是…。), then the 结语.
    static let enumerationBeforeTheClosing = Shape(name: "enumeration-before-the-closing", text: """
    林州市：强化代表履职 助力乡村振兴

    今年以来，林州市人大常委会紧扣主题活动要求，积极履职尽责。

    一、强化组织领导。成立工作专班，制定实施方案。

    二、注重履职实效。组织代表围绕乡村振兴开展活动，一是开展视察。二是开展调研。三是提出建议。

    主题活动开展以来，全市各级人大代表进站履职1200人次，收集意见建议360条。

    （林州市人大常委会代表工委供稿）

    """)

    /// A submission re-posted on the web, signed by a reporter's byline where the 供稿 line would be.
    static let bylineClosingASubmission = Shape(name: "byline-closing-a-submission", text: """
    林州市：强化代表履职 助力乡村振兴

    今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。

    一、强化组织领导。成立工作专班，制定实施方案，明确任务分工。

    二、搭建履职平台。新建代表联络站5个，组织代表进站接待群众。

    □本报记者 王五 通讯员 赵六

    """)

    /// A title and its lead on one line, two U+3000 between (a centred title in Word or a PDF).
    static let titleAndLeadOnOneLine = Shape(name: "title-and-lead-on-one-line", text: """
    林州市：强化代表履职 助力乡村振兴　　今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。

    一、强化组织领导。成立工作专班，制定实施方案，明确任务分工。

    （林州市人大常委会代表工委供稿）

    """)

    /// A title and its lead on one line, one U+3000 between, as a clerk types the break; the
    /// title's own phrases set apart the same way.
    static let titleAndLeadOneSpaceApart = Shape(name: "title-and-lead-one-space-apart", text: """
    南阳市：强化代表履职　助力乡村振兴　今年以来，南阳市人大常委会坚持把代表工作摆在突出位置，取得明显成效。

    一、强化组织领导。市人大常委会成立工作专班。

    （南阳市人大常委会代表工委供稿）

    """)

    /// `三、四月份，……` opening a paragraph after a whole one: months listed, no point.
    static let monthsListedAtAParagraphsStart = Shape(name: "months-listed-at-a-paragraphs-start", text: """
    商丘市：集中视察助推重点项目建设

    今年以来，商丘市人大常委会组织代表围绕重点项目建设开展集中视察。

    一、精心组织部署。制定视察方案，明确视察重点和时间安排。

    三、四月份，市人大常委会先后组织代表120余人次，对全市36个重点项目进行视察。

    二、强化跟踪问效。对视察中发现的问题建立台账，逐项督办落实。

    （商丘市人大常委会代表工委供稿）

    """)

    /// A space before the colon too (`送　：`), and 分送 spaced out: the whole distribution.
    static let spacedFooterColons = Shape(name: "spaced-footer-colons", text: issue(footer: """
    分　送　：省人大常委会主任、副主任、秘书长，各省辖市人大常委会

    河南省人大常委会代表工作委员会印发
    """))

    /// A submission whose point mentions a 专辑 (no number): an article, not an issue without masthead.
    static let submissionMentioningAnAlbum = Shape(name: "submission-mentioning-an-album", text: """
    新县：“三个聚焦”推动代表主题活动走深走实

    今年以来，新县人大常委会紧扣主题活动要求，组织全县各级人大代表履职尽责。

    一、编印履职专辑。汇编代表建议办理成果，印发全县各级代表学习。

    （新县人大常委会代表工委供稿）
    """ + "\n")
    /// An untitled submission typed with half-width marks, quoting a dated 印发 line of an office on
    /// its own: an article without a title, not an issue (no `地区：` heading to head an article).
    static let untitledSubmissionQuotingAnIssuedLine = Shape(name: "untitled-submission-quoting-an-issued-line", text: """
    今年以来,新县人大常委会紧扣主题活动要求,组织全县各级人大代表履职尽责,取得明显成效.

    一、聚焦产业发展,助推经济提质.组织代表深入重点产业开展调研12次.

    县委办公室2023年5月8日印发

    (新县人大常委会代表工委供稿)
    """ + "\n")

    /// A submission pasted from Word, one paragraph a line, half-width marks: a point's paragraph
    /// ends with a quotation closed by a straight quote after its stop (`…真方便."`), and a new
    /// paragraph follows. The quote closes the sentence as `。”` does: no page break to join.
    static let straightQuoteClosingAParagraph = Shape(name: "straight-quote-closing-a-paragraph", text: """
    焦作市:"双联双促"激发代表履职活力
    今年以来,焦作市人大常委会开展"双联双促"活动,组织全市5200余名各级人大代表进站履职.
    一、联系群众听民意.代表们每月到联络站接待群众,修武县七贤镇群众张大爷说:"有事找代表,现在真方便."
    截至5月底,全市代表联络站共接待群众1.2万人次,收集意见建议2360条.
    二、联系部门促落实.对群众反映的问题建立台账,交相关部门限期办理,已办结问题196个.
    下一步,焦作市人大常委会将持续深化"双联双促"活动.
    (焦作市人大常委会代表工委供稿)
    """ + "\n")

    /// The lead's first paragraph ending `…很欢迎."`, paragraphs set apart by blank lines.
    static let straightQuoteClosingTheLead = Shape(name: "straight-quote-closing-the-lead", text: """
    焦作市:"双联双促"激发代表履职活力

    代表们说:"这个活动很接地气,群众很欢迎."

    全市共组织活动328场次.

    (焦作市人大常委会代表工委供稿)
    """ + "\n")

    /// The same one paragraph a line: the lead's short first paragraph goes on with no title.
    static let straightQuoteClosingAShortFirstParagraph = Shape(name: "straight-quote-closing-a-short-first-paragraph", text: """
    焦作市:"双联双促"激发代表履职活力
    代表们说:"这个活动很接地气,群众很欢迎."
    全市共组织活动328场次.
    (焦作市人大常委会代表工委供稿)
    """ + "\n")

    /// A handling mark on the masthead (the eleventh audit, D5): `内部资料` over 刊名, `（内部资料 注意保存）`
    /// under it, `内部资料 注意保存` over a masthead whose issuing body and date share a line, `内部资料`
    /// under 第 N 期 in work news (a line a paragraph, no `地区：` headings). Neither 刊名 nor the
    /// issuing body: the reader drops and lists it, the checker's masthead passes over it.
    static let mastheadMarkOverTheTitle = Shape(name: "masthead-mark-over-the-title", text: issue(masthead: "内部资料\n\n" + masthead))
    static let mastheadMarkUnderTheTitle = Shape(name: "masthead-mark-under-the-title",
                                                 text: issue(masthead: masthead.replacingOccurrences(of: "代表工作\n\n第", with: "代表工作\n\n（内部资料 注意保存）\n\n第")))
    static let mastheadMarkOverBodyAndDate = Shape(name: "masthead-mark-over-body-and-date", text: issue(masthead: """
    内部资料 注意保存

    代表工作

    第 11 期

    河南省人大常委会代表工作委员会　　　　2026年4月13日
    """))
    static let workNewsMarkUnderTheIssueLine = Shape(name: "work-news-mark-under-the-issue-line",
                                                     text: workNewsTitlesNamingACommittee.text.replacingOccurrences(of: "第 12 期\n", with: "第 12 期\n内部资料\n"))
    /// The masthead's date in Chinese numerals (`二〇二六年四月十三日`, 〇 also typed ○): a date to both
    /// jobs. Before, the reader glued it to the issuing body over it, and S2 said the date was missing.
    static let mastheadDateInChineseNumerals = Shape(name: "masthead-date-in-chinese-numerals",
                                                     text: issue(masthead: masthead.replacingOccurrences(of: "2026 年 4 月 13 日", with: "二〇二六年四月十三日")))
    static let mastheadDateWithCircleForZero = Shape(name: "masthead-date-with-circle-for-zero",
                                                     text: issue(masthead: masthead.replacingOccurrences(of: "2026 年 4 月 13 日", with: "二○二六年四月十三日")))

    /// Unmarked contents under a heading other than `目录` (`本期目录`, `【本期要目】`): the entries
    /// are the contents, the heading no text (the audit: the entries became empty articles).
    static let contentsUnderThisIssuesHeading = Shape(name: "contents-under-this-issues-heading",
                                                       text: issue(album: "主题活动专辑（一）\n\n本期目录", contentsMarker: ""))
    static let contentsUnderABracketedHeading = Shape(name: "contents-under-a-bracketed-heading",
                                                       text: issue(album: "主题活动专辑（一）\n\n【本期要目】", contentsMarker: ""))

    /// The album line wrapped over two lines (a long theme): `“…”主题活动` / `专辑（八）`, and
    /// `…专辑` / `（八）`. One album line for both jobs (the audit: the reader listed it and the
    /// draft had no album).
    static let albumLineWrapped = Shape(name: "album-line-wrapped",
                                        text: issue(album: "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动\n专辑（八）"))
    static let albumNumberWrapped = Shape(name: "album-number-wrapped",
                                          text: issue(album: "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑\n（八）"))

    /// A web re-post with blank lines between paragraphs and sub-headings without numbers, one of
    /// two phrases and one short: each stands alone for both jobs (the audit: A1 glued them to
    /// their text, and P4's fix took the phrase space).
    static let unnumberedSubHeadings = Shape(name: "unnumbered-sub-headings", text: """
    鹤壁市：“三个聚焦”推动主题活动走深走实

    今年以来，鹤壁市人大常委会聚焦中心工作，推动主题活动走深走实。

    闻令而动强部署 统筹谋划开新局

    市人大常委会第一时间传达学习会议精神，研究制定实施方案。

    聚焦民生办实事

    推动票决的12件民生实事全部开工。

    下一步，鹤壁市人大常委会将持续深化主题活动。

    （鹤壁市人大常委会代表工委供稿）

    """)

    /// A title broken right after its region (`南阳市：` / `“学解绘”三步法 凝聚代表合力`), a long
    /// centred title in a PDF: one heading for both jobs (the audit: the article was unplaced).
    static let titleBrokenAfterItsRegion = Shape(name: "title-broken-after-its-region",
                                                 text: issue().replacingOccurrences(of: "\n郑州市：高位部署", with: "\n郑州市：\n高位部署"))
    static let titleBrokenAfterItsRegionOnePerLine = Shape(name: "title-broken-after-its-region-one-per-line", text: """
    南阳市：
    “学解绘”三步法 凝聚代表合力 服务“十五五”开局起步
    南阳市人大常委会以主题活动为牵引，创新“学蓝图、解蓝图、绘蓝图”履职路径。
    （南阳市人大常委会代表工委供稿）

    """)

    /// Contents typed without markers whose entries a PDF wrapped over two lines, under `本期要目`
    /// (a line a line) or `目　录` (blank lines between): each entry is one entry, joined, for both
    /// jobs (the thirteenth and fourteenth audits: they became empty articles, and check said
    /// the issue had no contents).
    static let unmarkedContentsWrappedOnePerLine = Shape(name: "unmarked-contents-wrapped-one-per-line", text: """
    代表工作
    第 22 期
    河南省人大常委会代表工作委员会　　2026 年 6 月 25 日
    “聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑（十二）
    本期要目
    洛阳市：组织五级代表集中视察 推动重点项目
    提速增效
    濮阳市：“三张清单”推动代表建议办理提质增效
    洛阳市：组织五级代表集中视察 推动重点项目提速增效
    5月中旬，洛阳市人大常委会组织在洛全国、省、市、县、乡五级人大代表126人，对全市38个重点项目进行集中视察。
    （洛阳市人大常委会代表工委供稿）
    濮阳市：“三张清单”推动代表建议办理提质增效
    濮阳市人大常委会建立代表建议“交办清单、督办清单、评价清单”，今年提出的218件建议已全部办结。
    （濮阳市人大常委会代表工委供稿）
    送：省人大常委会主任、副主任、秘书长
    发：各省辖市人大常委会、济源示范区人大工委
    河南省人大常委会代表工作委员会印发

    """)
    static let unmarkedContentsWrappedBlankLines = Shape(name: "unmarked-contents-wrapped-blank-lines", text: """
    代表工作

    第 35 期

    河南省人大常委会代表工作委员会

    2025 年 10 月 20 日

    “践行全过程人民民主·人大代表在行动”主题活动专辑（二十五）

    目　录

    焦作市：“人大代表+”模式激活基层治理
    　　“一池春水”

    温县：太极拳产业代表联络站助力文旅融合

    焦作市：“人大代表+”模式激活基层治理“一池春水”

    焦作市人大常委会深入推进“人大代表+”模式，推动代表在基层治理中发挥作用。

    （焦作市人大常委会代表工委供稿）

    温县：太极拳产业代表联络站助力文旅融合

    温县人大常委会在陈家沟设立太极拳产业代表联络站，助力文旅融合发展。

    （温县人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发

    """)

    /// A title broken over two lines a blank line apart, no contents to tell (a PDF, Word's
    /// layout): one title for both jobs, the lead under it (the thirteenth audit's D6, the
    /// fourteenth's D1: the title's tail became the lead's first words, and A1's fix wrote it so).
    static let titleBrokenOverABlankLine = Shape(name: "title-broken-over-a-blank-line", text: """
    信阳市平桥区：坚持“四个聚焦”，推动代表

    联络站提质增效

    平桥区人大常委会坚持聚焦阵地建设、聚焦制度规范，推动全区23个代表联络站提质增效。

    （平桥区人大常委会供稿）

    """)
    static let untitledItemBrokenOverABlankLine = Shape(name: "item-title-broken-over-a-blank-line", text: """
    滑县人大常委会赴濮阳市考察学习

    代表联络站建设工作

    为进一步提升全县人大代表联络站规范化建设水平，5月16日，县人大常委会组织考察组赴濮阳市考察学习。

    考察组一致认为，此次考察学习开阔了视野，拓宽了思路。

    （滑县人大常委会供稿）

    """)

    /// A web re-post whose buttons are typed without brackets under the 供稿 line (`打印本页 关闭窗口`):
    /// no text for either job (the fourteenth audit: S5 and S8 for a new article, A1 joined it).
    static let unbracketedWebButtons = Shape(name: "unbracketed-web-buttons", text: """
    首页 > 人大动态 > 基层人大
    浚县：代表“吐槽会”吐出治理新思路
    发布时间：2024-08-09　　来源：浚县人大常委会　　浏览次数：892
    8月6日，浚县人大常委会在善堂镇代表联络站召开代表“吐槽会”，现场梳理问题12个，明确责任单位和整改时限。
    县人大常委会相关负责同志表示，将对“吐槽”问题实行清单化管理，定期跟踪督办。
    （浚县人大常委会供稿）
    打印本页 关闭窗口
    扫一扫在手机打开当前页

    """)

    /// A page's running header on one line between two points (`代表工作 第 11 期`, or set
    /// right with wide spaces): no text for either job, A1 says delete it (the fourteenth audit:
    /// the reader made it a paragraph of point 一, and P4/P8's fix closed its spaces).
    static let runningHeaderOnOneLine = Shape(name: "running-header-on-one-line",
                                              text: issue().replacingOccurrences(of: "逐条细化任务清单。\n\n二、", with: "逐条细化任务清单。\n\n代表工作 第 11 期\n\n二、"))
    static let runningHeaderSetRight = Shape(name: "running-header-set-right",
                                             text: issue().replacingOccurrences(of: "逐条细化任务清单。\n\n二、", with: "逐条细化任务清单。\n\n代表工作　　　　　　　　　　第11期\n\n二、"))

    /// The issue's number in brackets: `（第 11 期）` on its own line, `代表工作（2026年第11期）` with
    /// 刊名 (the fourteenth audit: no 期号, S2 said it was missing, `（第 9 期）` went into the
    /// issuing body).
    static let issueNumberInBrackets = Shape(name: "issue-number-in-brackets",
                                             text: issue(masthead: masthead.replacingOccurrences(of: "第 11 期", with: "（第 11 期）")))
    static let titleAndYearIssueInBrackets = Shape(name: "title-and-year-issue-in-brackets",
                                                   text: issue(masthead: masthead.replacingOccurrences(of: "代表工作\n\n第 11 期", with: "代表工作（2026年第11期）")))

    /// A handling mark set right on 刊名's line (`代表工作　　　　　　内部资料`): 刊名 alone, the mark
    /// dropped and listed (the fourteenth audit: 刊名 kept the gap and the mark).
    static let markSetRightOfTheTitle = Shape(name: "mark-set-right-of-the-title",
                                              text: issue(masthead: masthead.replacingOccurrences(of: "代表工作\n", with: "代表工作　　　　　　内部资料\n")))

    /// The 印发 line with 印发 left out (`××办公室　　　（共印60份）`): the issuer and the copies to
    /// both jobs, S9 asks for the word (the fourteenth audit: the line went into the 发 field).
    static let issuerWithoutTheIssuedWord = Shape(name: "issuer-without-the-issued-word", text: issue(footer: """
    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会　　　　　　（共印60份）
    """))

    /// A web re-post whose head has three metadata lines and a byline under the title, and whose
    /// buttons end it (the fourteenth audit: refused as a newspaper piece, the buttons a paragraph).
    static let webItemWithALongHead = Shape(name: "web-item-with-a-long-head", text: """
    内黄县人大常委会开展代表联络站“回头看”活动
    发布时间：2024年10月21日
    来源：内黄县人大常委会
    浏览次数：356
    □本报记者 张志刚 通讯员 李亚楠
    10月18日，内黄县人大常委会组织部分县人大代表，对全县17个乡镇（街道）代表联络站建设运行情况开展“回头看”活动。
    县人大常委会要求，各乡镇（街道）人大要对照检查发现的问题，逐项建立整改台账。
    打印本页 关闭窗口

    """)
    /// A submission closed by a byline, then what the web page prints under it (`来源：`,
    /// `发布时间：`, `【责任编辑：…】`): one article to both, S8 at its last paragraph (the fourteenth
    /// audit: refused by the reader, S8 at the `来源：` line).
    static let bylineOverWebTrailer = Shape(name: "byline-over-web-trailer", text: """
    镇平县：玉雕产业代表联络站“雕”出发展新优势

    今年以来，镇平县人大常委会依托玉雕产业代表联络站，组织玉雕行业代表围绕产业转型升级开展调研。

    一、搭平台。在石佛寺镇玉雕市场设立代表联络站，每周五为代表接待日。

    二、解难题。代表们收集商户诉求58条，推动出台玉雕产业扶持政策3项。

    □通讯员 马晓东 张涛

    来源：南阳人大网
    发布时间：2025-04-17
    【责任编辑：刘洋】

    """)

    /// A supplement whose first article is the committee's own, its title naming no region: a
    /// title over its subtitle that the contents entry runs on with, or an office's title whose
    /// entry names the office otherwise; a theme line over the contents. An article to both jobs
    /// (S5 judges its heading); before, the reader lost it and A1's fix ran it into the contents
    /// (the fourteenth audit's D2, D3).
    static let listedTitleOverSubtitle = Shape(name: "listed-title-over-subtitle", text: """
    代表工作

    增刊

    河南省人大常委会代表工作委员会　　　　2025年1月20日

    *精心组织 精准交办 省十四届人大三次会议代表建议交办工作综述
    *郑州市：建立代表建议办理“双向评价”机制

    精心组织 精准交办
    ——省十四届人大三次会议代表建议交办工作综述

    省十四届人大三次会议期间，代表共提出建议1098件，分别交由108家承办单位办理。

    一、坚持精准交办。对涉及多个部门的建议实行主办、协办制度。

    （省人大常委会代表工委供稿）

    郑州市：建立代表建议办理“双向评价”机制

    郑州市人大常委会推行“代表评承办单位、承办单位评建议质量”双向评价。

    （郑州市人大常委会代表工委供稿）

    送：省人大常委会主任、副主任、秘书长

    发：各省辖市人大常委会、济源示范区人大工委

    河南省人大常委会代表工作委员会印发

    """)
    static let officeTitleUnderTheme = Shape(name: "office-title-under-theme",
                                             text: listedTitleOverSubtitle.text
                                                .replacingOccurrences(of: "*精心组织 精准交办 省十四届人大三次会议代表建议交办工作综述", with: "*省人大常委会代表工委：精心组织交办 压实办理责任")
                                                .replacingOccurrences(of: "精心组织 精准交办\n——省十四届人大三次会议代表建议交办工作综述", with: "河南省人大常委会代表工作委员会：精心组织交办 压实办理责任")
                                                .replacingOccurrences(of: "2025年1月20日\n\n*", with: "2025年1月20日\n\n关于省十四届人大三次会议代表建议交办情况的通报\n\n*"))

    /// A submission's date under its title, in brackets or alone a blank line apart: no text for
    /// either job (the thirteenth audit: glued into the title or the lead, and A1's fix wrote it so).
    static let bracketedDateUnderTitle = Shape(name: "bracketed-date-under-title", text: """
    南阳市：代表助力乡村振兴
    （2026年5月8日）
    南阳市人大常委会组织代表深入乡村开展调研，提出意见建议36条。
    （南阳市人大常委会代表工委供稿）

    """)
    static let dateLineUnderTitle = Shape(name: "date-line-under-title", text: """
    南阳市：代表助力乡村振兴

    2026年5月8日

    南阳市人大常委会组织代表深入乡村开展调研，提出意见建议36条。

    （南阳市人大常委会代表工委供稿）

    """)

    static let withoutMasthead = [bracketedDateUnderTitle, dateLineUnderTitle, listedTitleOverSubtitle, officeTitleUnderTheme, webItemWithALongHead, bylineOverWebTrailer, issuerWithoutTheIssuedWord, markSetRightOfTheTitle, issueNumberInBrackets, titleAndYearIssueInBrackets, runningHeaderOnOneLine, runningHeaderSetRight, unbracketedWebButtons, titleBrokenOverABlankLine, untitledItemBrokenOverABlankLine, unmarkedContentsWrappedOnePerLine, unmarkedContentsWrappedBlankLines, issueWithoutMasthead, issueWithoutMastheadOrFooter, issueKnownByItsIssuedLine,
                                  untitledSubmission, untitledSubmissionOnePerLine, spacedFooterLabels, spacedFooterColons, pointNumeralInAWrappedSentence, mastheadPackedOverTheAlbum, mastheadFieldsSpacedInWord, mastheadTotalWithoutBrackets, enumerationBeforeTheClosing, bylineClosingASubmission, titleAndLeadOnOneLine, titleAndLeadOneSpaceApart, monthsListedAtAParagraphsStart,
                                  submissionMentioningAnAlbum, untitledSubmissionQuotingAnIssuedLine,
                                  straightQuoteClosingAParagraph, straightQuoteClosingTheLead, straightQuoteClosingAShortFirstParagraph,
                                  mastheadMarkOverTheTitle, mastheadMarkUnderTheTitle,
                                  mastheadMarkOverBodyAndDate, workNewsMarkUnderTheIssueLine, mastheadDateInChineseNumerals, mastheadDateWithCircleForZero,
                                  contentsUnderThisIssuesHeading, contentsUnderABracketedHeading, albumLineWrapped, albumNumberWrapped, unnumberedSubHeadings,
                                  titleBrokenAfterItsRegion, titleBrokenAfterItsRegionOnePerLine]
}

/// Page numbers that PDF extraction (pdftotext) leaves between pages, on lines of their own (a user
/// audit, December 2026): a page break to both jobs, never text (`GenrePatterns.isPageNumberLine`).
/// Before, the reader wrote `- 2 -` into the sentence the page cut and kept `— 3 —` as a paragraph of
/// a point; the checker read `- 2 -` as a list item and gave `— 3 —` a P8.
extension ReadingShapes {
    /// The audit's case: `- 2 -` inside a point's sentence, `— 3 —` between two points.
    static let pageNumbersInArticle = Shape(name: "page-numbers-in-article", text: """
    郑州市：高位部署强担当 凝心聚力启新程

    郑州市人大常委会坚持高位谋划、系统推进、精准发力，全面启动年度代表主题活动。

    一、精准对标明确方向。市人大常委会迅速启动活动方案制定工作，市委对活动筹备工作给予充分

    - 2 -

    肯定，并就深化代表主题活动提出明确要求。

    二、上下联动掀热潮。4月10日，市人大常委会召开工作推进会议。

    — 3 —

    三、系统发力求实效。组织代表开展专题调研。

    （郑州市人大常委会代表工委供稿）
    """ + "\n")

    /// An issue: `第 2 页 共 4 页` right under a line left open (no blank line), `－ ３ －` between a
    /// lead and a point, a bare `3` between the two parts of a sentence, `- 4 -` under the footer.
    static let pageNumbersInIssue = Shape(name: "page-numbers-in-issue", text: issue(articles: [
        zhengzhou.replacingOccurrences(of: "逐条细化任务清单。", with: "逐条细化\n第 2 页 共 4 页\n任务清单。"),
        jiaozuo.replacingOccurrences(of: "迅速部署主题活动。\n", with: "迅速部署主题活动。\n\n－ ３ －\n")
            .replacingOccurrences(of: "各县（市、区）人大常委会结合实际", with: "各县（市、区）人大常委会结合\n\n—3—\n\n实际"),
    ]) + "\n- 4 -\n")

    /// Pasted from Word, a paragraph a line, no blank lines: `-2-` inside a sentence, `- 3 -` between two points.
    static let pageNumbersOnePerLine = Shape(name: "page-numbers-one-per-line", text: """
    郑州市：高位部署强担当 凝心聚力启新程
    郑州市人大常委会坚持高位谋划、系统推进、精准发力，全面启动年度代表主题活动。
    一、精准对标明确方向。市人大常委会迅速启动活动方案制定工作，市委对活动筹备工作给予充分
    -2-
    肯定，并就深化代表主题活动提出明确要求。
    二、上下联动掀热潮。4月10日，市人大常委会召开工作推进会议。
    - 3 -
    三、系统发力求实效。组织代表开展专题调研。
    （郑州市人大常委会代表工委供稿）
    """ + "\n")

    static let pageNumbers = [pageNumbersInArticle, pageNumbersInIssue, pageNumbersOnePerLine]
}

/// Two cases of a user audit (December 2026) where a safe `--fix` damaged correct text: P4 deleted
/// a space the genre writes (a title's phrase space) or one that stands for a point's 、.
extension ReadingShapes {
    /// Pasted from Word, a paragraph a line: a title typed over two lines, the second holding the
    /// phrase space (`助力乡村振兴 推动主题活动走深走实`). Both jobs join the lines into the title
    /// (`GenrePatterns.titleContinuations`); P4 took the second line for body text.
    static let titlePhraseSpaceOnItsSecondLine = Shape(name: "audit-title-phrase-space-second-line", text: """
    林州市：强化代表履职
    助力乡村振兴 推动主题活动走深走实
    今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。
    一、强化组织领导。成立工作专班，制定实施方案，明确任务分工。
    二、搭建履职平台。一是建强代表联络站。新建代表联络站5个。二是推行代表进网格。全市代表全部下沉网格。
    （林州市人大常委会代表工委供稿）
    """ + "\n")

    /// Points typed `一　强化…` (the 、 forgotten, a full-width space in its place), and `二 搭建…`
    /// with an ASCII space: points with a wrong mark, as `二.` is (P7), to both jobs. The reader
    /// read no points; P4 deleted the space (`一强化组织领导`).
    static let pointNumeralsFollowedBySpaces = Shape(name: "audit-point-numerals-followed-by-spaces", text: """
    林州市：强化代表履职 助力乡村振兴

    今年以来，林州市人大常委会紧扣主题活动要求，组织全市各级人大代表深入基层一线，积极履职尽责。

    一　强化组织领导。成立工作专班，制定实施方案，明确任务分工。

    二  搭建履职平台。新建代表联络站5个。

    （林州市人大常委会代表工委供稿）
    """ + "\n")

    static let fixDamages = [titlePhraseSpaceOnItsSecondLine, pointNumeralsFollowedBySpaces]
}
