import XCTest
@testable import Bulletin

/// S11: the numbers of the levels under a point (（一） 1. （1） 1）), counted where clerks type them.
final class LevelSequenceTests: XCTestCase {
    /// `line:column message` of the S11 findings (all other rules off).
    func levelFindings(_ text: String) -> [String] {
        Checker.check(text, options: .only(LevelSequence.rule)).findings.map {
            "\($0.range.start.line):\($0.range.start.column) \($0.finding.message)"
        }
    }

    /// A Word paste (a paragraph a line): each level counts on its own, and a higher level's
    /// next number starts the levels under it again.
    func testSkipsInEachLevelOfAWordPaste() {
        let text = """
        郑州市：健全机制强履职
        今年以来，郑州市人大常委会坚持把代表联络站建设作为重点工作。
        一、健全工作机制
        （一）完善联系制度。建立代表联系群众制度。
        （二）规范活动流程。制定活动流程图。
        （四）强化督促检查。每季度督查一次。
        二、丰富活动形式
        （一）开展主题活动。组织代表进站。
        1.宣传发动。印发方案。
        2.组织实施。分批开展。
        4.总结提升。形成经验。
        （二）开展接待活动。
        1.定时接待。每周一次。
        2.预约接待。随约随接。
        （郑州市人大常委会代表工委供稿）
        """
        XCTAssertEqual(levelFindings(text), [
            "6:1 层次序号应为“（三）”，这里是“（四）”：同一层的序号连续编号",
            "11:1 层次序号应为“3.”，这里是“4.”：同一层的序号连续编号",
        ])
    }

    /// Numbers run into a sentence after 。；： count too, so `（三）` run in does not make `（四）`
    /// on its own line a skip; a list counting again from 1 is a new list.
    func testRunInNumbersAndRestartedLists() {
        let runIn = """
        南阳市：代表进站常态化
        南阳市人大常委会推进代表进站工作。
        （一）健全制度。（二）规范流程。（三）强化督查。
        （四）注重实效。做法如下：（1）定时接待；（2）预约接待；（4）上门接待。
        （1）再次分组。（2）轮流值守。
        （南阳市人大常委会代表工委供稿）
        """
        XCTAssertEqual(levelFindings(runIn), ["4:30 层次序号应为“（3）”，这里是“（4）”：同一层的序号连续编号"])
    }

    /// Not judged: a level's first number (the ones before it may be run in where no mark shows
    /// them), decimals and lists of numbers at a line's start, numbered contents entries, and a
    /// wrong mark (P7's) that is still the clerk's next item.
    func testWhatIsNotASkip() {
        let text = """
        许昌市：拓展履职平台
        许昌市人大常委会拓展代表履职平台。
        （二）完善平台功能。上线意见征集模块。
        （三）加强平台管理。
        1、阵地规范化。
        2，活动常态化。
        3．台账规范化。
        1.5万名代表参加活动。
        2、3月份开展集中接待。
        （许昌市人大常委会代表工委供稿）
        """
        XCTAssertEqual(levelFindings(text), [])
    }

    /// Hard-wrapped text (a PDF's copy): a bracketed sub-heading typed without a stop is an item
    /// though the line over the next one is left open.
    func testSubHeadingsWithoutStopsInHardWrappedText() {
        let text = """
        新乡市：代表联络站建设

        新乡市人大常委会全面加强代表联络站建设，
        取得明显成效。
        （一）完善联系制度
        （二）规范活动流程
        （三）强化督促检查。每季度督查一次，
        通报督查结果。
        （五）注重宣传引导。

        （新乡市人大常委会代表工委供稿）
        """
        XCTAssertEqual(levelFindings(text), ["9:1 层次序号应为“（四）”，这里是“（五）”：同一层的序号连续编号"])
    }
}
