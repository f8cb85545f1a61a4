/// R2: the contributing unit belongs neither to the article's region nor to its parent city.
enum ContributorRegion: LayoutRule {
    static let rule = Rule(
        code: "R2", slug: "contributor-region", severity: .error, scope: .article,
        title: "供稿单位与地区不符",
        message: "供稿单位不属于文章的地区或其上级市：核对地区或供稿单位",
        explanation: "供稿单位应属于标题中的地区，或该地区的上级省辖市（如襄城县的文章可由许昌市人大常委会供稿）。供稿单位开头看不出地区时不作判断。标题写“安阳市林州市”时按林州市判断；供稿单位把县（市、区）写在别的市名之后（“开封市林州市”）时由 R3 指出，按更正后的写法（“安阳市林州市”）合适的不再由 R2 重复指出。",
        wrongExample: "襄城县：平台赋能 推进主题活动走深走实\n\n正文。\n\n（开封市人大常委会代表工委供稿）",
        rightExample: "襄城县：平台赋能 推进主题活动走深走实\n\n正文。\n\n（许昌市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        let divisions = HenanDivisions.shared
        for article in layout.articles {
            guard let contributorIndex = article.contributorBlock,
                  let heading = TextLayout.regionPrefix(layout.blocks[article.headingBlock].text),
                  let region = divisions.division(named: heading),
                  let parent = divisions.parent(of: region) else { continue }
            let block = layout.blocks[contributorIndex]
            // The unit as the reader reads it (`GenrePatterns.contributor`): after a doubled bracket too.
            let text = Array(block.text.utf8)
            guard let found = GenrePatterns.contributor(text) else { continue }
            let unit = GenrePatterns.string(text, found.unitStart, found.unitEnd)
            guard let unitRegion = divisions.longestPrefix(of: unit) else { continue }
            // A heading's `开封市林州市` is R3's slip: the unit may follow the city as written.
            let headingCity = divisions.cityAndCounty(heading)?.city
            func fits(_ name: String) -> Bool {
                divisions.canonicalName(name) == divisions.canonicalName(region) || name == parent || name == headingCity
            }
            if fits(unitRegion) { continue }
            // `开封市林州市…` in the unit: R3 reports the county under the wrong city; the unit fits
            // when its county's own city (R3's correction) does.
            if let (_, county) = divisions.cityAndCounty(unit), let countyCity = divisions.parent(of: county), fits(countyCity) { continue }
            let allowed = parent.isEmpty ? "“\(region)”" : "“\(region)”或其上级市“\(parent)”"
            sink.report(rule, block.textStart, block.end,
                        message: "供稿单位属于“\(unitRegion)”，不属于\(allowed)：核对地区或供稿单位")
        }
    }
}
