/// S1: the text is neither a bulletin issue nor an article submitted to one.
enum NotABulletin {
    static let rule = Rule(
        code: "S1", slug: "not-a-bulletin", severity: .error, scope: .text,
        title: "不是简报",
        message: "这不是简报：既无刊头、专辑行和印发行，也无“地区：标题”和供稿行；如确为来稿，请用 --article 检查",
        explanation: "检查前先判断文本是整期简报（有“第 N 期”、刊头日期、专辑行或印发行）还是单篇来稿（有“地区：标题”或供稿行，或以标题开头且没有记者署名；紧跟在标题下的网页发布信息和署名不算，读作来稿），与 parse 的判断相同。两者都不是（例如正文中间带记者署名的报纸通讯稿、开头就是正文段落的文字）时只报这一条，不再逐条检查，以免满屏误报。",
        wrongExample: "### 闻令而动强部署 统筹谋划开新局\n\n□本报记者 马飞\n\n省人大常委会主题活动工作推进会议召开后，市人大常委会第一时间传达学习会议精神。",
        rightExample: "郑州市：高位部署强担当 凝心聚力启新程\n\n郑州市人大常委会全面启动年度代表主题活动。\n\n（郑州市人大常委会代表工委供稿）")
}
