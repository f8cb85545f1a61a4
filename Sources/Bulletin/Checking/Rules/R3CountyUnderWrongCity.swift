import Foundation

/// R3: a county, county-level city or district written after a city it does not belong to
/// (`开封市林州市`: 林州 is in 安阳). R1 and R2 judge the heading and the 供稿 line; this rule
/// reads the `市+县` mentions in the articles' text.
enum CountyUnderWrongCity: LayoutRule {
    static let rule = Rule(
        code: "R3", slug: "county-under-wrong-city", severity: .error, scope: .article,
        title: "县（市、区）写在了别的市名之后",
        message: "文中县（市、区）前的市名不是它的上级市：核对地名",
        explanation: "正文中“省辖市名＋县（市、区）名”连写时（如“许昌市襄城县”），县（市、区）应属于前面的市；写成别的市（“开封市林州市”，林州市属于安阳市）多半是笔误或张冠李戴，提示里写出正确的上级市。两个市名之间有顿号等标点时（“郑州市、开封市”）是并列，不作判断；名单同 R1。",
        wrongExample: "开封市：高位部署强担当\n\n开封市林州市人大常委会组织代表视察。\n\n（开封市人大常委会代表工委供稿）",
        rightExample: "安阳市：高位部署强担当\n\n安阳市林州市人大常委会组织代表视察。\n\n（安阳市人大常委会代表工委供稿）")

    /// The city names as UTF-8, longest first (驻马店市 before 马店市 could ever match).
    private static let cityNames: [[UInt8]] = HenanDivisions.shared.cities
        .filter { $0.hasSuffix("市") }
        .map { Array($0.utf8) }
        .sorted { $0.count > $1.count }

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        let bytes = layout.bytes
        for article in layout.articles {
            for index in article.blocks {
                let block = layout.blocks[index]
                scan(bytes, from: block.textStart, to: block.end, &sink)
            }
        }
    }

    /// One pass over the bytes: at each 市 (E5 B8 82, found at memory speed as the reader finds
    /// 是), a city name ending there, then a division of another city right after it.
    private static func scan(_ bytes: [UInt8], from start: Int, to end: Int, _ sink: inout FindingSink) {
        let divisions = HenanDivisions.shared
        var position = start
        while let shi = CharacterSearch.next((0xE5, 0xB8, 0x82), in: bytes, from: position, to: end) {
            position = shi + 3
            let cityEnd = shi + 3
            guard let city = cityNames.first(where: { name in
                cityEnd - name.count >= start && bytes[(cityEnd - name.count)..<cityEnd].elementsEqual(name)
            }) else { continue }
            guard let division = divisions.longestPrefix(ofUTF8: bytes[cityEnd..<end]), let parent = divisions.parent(of: division),
                  !parent.isEmpty else { continue }
            let cityName = String(decoding: city, as: UTF8.self)
            guard parent != cityName else { continue }
            sink.report(rule, cityEnd - city.count, cityEnd + division.utf8.count,
                        message: "“\(division)”属于“\(parent)”，不属于“\(cityName)”：核对地名，应写作“\(parent)\(division)”")
        }
    }
}
