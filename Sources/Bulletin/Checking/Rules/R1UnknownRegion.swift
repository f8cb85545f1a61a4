/// R1: the region of an article heading is not an administrative division of Henan.
enum UnknownRegion: LayoutRule {
    static let rule = Rule(
        code: "R1", slug: "unknown-region", severity: .error, scope: .article,
        title: "地区不是河南省行政区划的全称",
        message: "标题中的地区不是河南省的行政区划：核对地区名称",
        explanation: "标题开头以市、县、区（含示范区、实验区、开发区）或镇、乡、街道等结尾的地区名（至多 15 字，与 jianbao parse 读取地区的规则相同），应是河南省的省辖市、济源示范区或其所辖县（市、区），或统计用区划代码中列为县级的功能区（如郑州航空港经济综合实验区，简称郑州航空港区；高新技术产业开发区、经济技术开发区也可简称高新区、经开区，如“郑州高新区”）；所辖县（市、区）之下的镇、乡、街道（“林州市姚村镇”“淇滨区九州路街道”）按其所属的县（市、区）看待；省辖市名连着所辖县（市、区）名（“安阳市林州市”）也是地区名，县（市、区）写在别的市名之后（“开封市林州市”）由 R3 指出。省辖市、县（市）名少写了“市”“县”的（“焦作：”“林州：”）也按地区读取，但应写全称（“焦作市：”“林州市：”），与其他文章的写法和供稿行一致；与县同名的省辖市（安阳、新乡、濮阳）按省辖市读。名单见 Sources/Bulletin/Data/henan-divisions.tsv（来源写在文件开头）。",
        wrongExample: "郑州县：高位部署强担当\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n焦作：闻令即动抓落实\n\n正文。\n\n（焦作市人大常委会代表工委供稿）",
        rightExample: "襄城县：平台赋能 推进主题活动走深走实\n\n正文。\n\n（许昌市人大常委会代表工委供稿）")

    static func check(_ layout: TextLayout, _ sink: inout FindingSink) {
        for article in layout.articles {
            let block = layout.blocks[article.headingBlock]
            guard let region = TextLayout.regionPrefix(block.text) else { continue }
            if let full = HenanDivisions.shared.fullName(ofBare: region) {
                sink.report(rule, block.textStart, block.textStart + region.utf8.count,
                            message: "地区名“\(region)”不全：写作“\(full)”")
                continue
            }
            guard HenanDivisions.shared.division(named: region) == nil else { continue }
            sink.report(rule, block.textStart, block.textStart + region.utf8.count,
                        message: "“\(region)”不是河南省的行政区划：核对地区名称")
        }
    }
}
