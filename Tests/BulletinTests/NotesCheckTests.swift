import NotesFormat
import XCTest
@testable import Bulletin

/// `check` on a notes file checks what it will print, located in the notes file; `--fix` fixes
/// inside the values and keeps the YAML as written (issue 15, item 2).
final class NotesCheckTests: XCTestCase {
    /// Replaces the first occurrence of `old` (which must occur) in `text`.
    private func replacing(_ old: String, with new: String, in text: String) throws -> String {
        let range = try XCTUnwrap(text.range(of: old), "“\(old)” not found")
        return text.replacingCharacters(in: range, with: new)
    }

    /// Each example is judged as its drafted text is, finding for finding, and each finding
    /// points into the notes line holding the value it is about.
    func testExamplesAreCheckedAsTheyPrint() throws {
        let library = try Drafter.defaultLibrary(format: "txt")
        for name in ["issue-11", "issue-16", "issue-17", "article"] {
            let text = try Seeds.file("examples/\(name).yaml")
            let check = try XCTUnwrap(NotesCheck.check(text), name)
            XCTAssertEqual(check.decoding.count, 0, name)
            let drafted = try Drafter(library: library).draft(NotesDecoder().decode(text: text), format: "txt")
            let mode: CheckOptions.Mode = name == "article" ? .article : .issue
            let printed = Checker.check(drafted, options: CheckOptions(mode: mode)).findings
            XCTAssertEqual(check.result.findings.map(\.finding.rule.code), printed.map(\.finding.rule.code), name)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (notes, draft) in zip(check.result.findings, printed) {
                let line = String(lines[notes.range.start.line - 1])
                let quoted = String(drafted.utf8[drafted.utf8.index(drafted.utf8.startIndex, offsetBy: draft.finding.start)...].prefix(draft.finding.end - draft.finding.start))
                    ?? ""
                XCTAssertTrue(line.contains(quoted), "\(name): \(notes.diagnostic.headline(path: name)) — “\(quoted)” not on the notes line")
            }
        }
        XCTAssertEqual(try XCTUnwrap(NotesCheck.check(Seeds.file("examples/issue-16.yaml"))).result.findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code)" },
                       ["26:72 P8", "26:140 P8", "28:52 P8", "30:48 P3", "30:49 A2", "30:54 A2"])
    }

    /// Issue 17 broken in each fixable way — in plain values, a quoted one and a `|` block —
    /// is repaired by --fix to the very bytes it had: comments, quoting and indentation kept.
    func testFixRepairsEachFixableBreakageInsideTheValues() throws {
        let clean = try Seeds.file("examples/issue-17.yaml")
        // The same issue with its 结语 quoted and one 正文 as a block: both kept as written.
        var original = try replacing("    结语: 下一步，信阳市人大常委会将持续深化代表主题活动，", with: "    结语: \"下一步，信阳市人大常委会将持续深化代表主题活动，", in: clean)
        original = try replacing("贡献新力量。\n", with: "贡献新力量。\"  # 引号照旧\n", in: original)
        original = try replacing("        正文: 围绕市委确定的重点任务，", with: "        正文: |\n          围绕市委确定的重点任务，", in: original)
        XCTAssertEqual(try XCTUnwrap(NotesCheck.check(original)).result.findings.count, 0, "the variant is clean")

        var broken = try replacing("对全市代表联络站开展分类评估，", with: "对全市代表联络站开展分类评估,", in: original)      // P1 in a plain 正文
        broken = try replacing("新建产业代表联络站12个", with: "新建产业代表联络站１２个", in: broken)                   // P2
        broken = try replacing("累计接待群众2300余人次", with: "累计接待群众 2300 余人次", in: broken)                 // P8
        broken = try replacing("下一步，信阳市人大常委会将持续", with: "下一步,信阳市人大常委会将持续", in: broken)          // P1 in the quoted 结语
        broken = try replacing("          围绕市委确定的重点任务，组织代表", with: "          围绕市委确定的重点任务，组织 代表", in: broken)  // P4 in the block
        broken = try replacing("    导语: 安阳市滑县人大常委会", with: "    导语: 安阳市滑县人大常委会 ", in: broken)     // P4 in a second article
        let found = try XCTUnwrap(NotesCheck.check(broken))
        XCTAssertEqual(found.result.findings.map(\.finding.rule.code).sorted(), ["P1", "P1", "P2", "P4", "P4", "P8"])
        XCTAssertTrue(found.result.findings.allSatisfy { $0.finding.fix != nil }, "every one fixable in place")
        XCTAssertEqual(found.unfixable, 0)

        let fixed = try XCTUnwrap(NotesCheck.fixed(broken))
        XCTAssertEqual(fixed, original, "only the broken bytes changed back")
        XCTAssertNoThrow(try NotesDecoder().decode(text: fixed), "the file still reads")
    }

    /// Every example notes file, its first 导语 broken by half-width commas and a full-width
    /// number, reads again after --fix and gives back its own bytes.
    func testEveryExampleIsRepairedInPlace() throws {
        for name in ["issue-11", "issue-16", "issue-17", "article"] {
            let original = try Seeds.file("examples/\(name).yaml")
            let leadLine = try XCTUnwrap(original.split(separator: "\n").first { $0.contains("导语: ") && $0.contains("，") }, name)
            let broken = try replacing(String(leadLine), with: leadLine.replacingOccurrences(of: "，", with: ",") + "１", in: original)
            let before = try XCTUnwrap(NotesCheck.check(broken), name).result.findings
            XCTAssertTrue(before.contains { $0.finding.rule.code == "P1" } && before.contains { $0.finding.rule.code == "P2" }, name)
            let fixed = try XCTUnwrap(NotesCheck.fixed(broken), name)
            // Issue 16 keeps the sample's own fixable slips (P8): --fix makes those too.
            let unbroken = try replacing(String(leadLine), with: String(leadLine) + "1", in: original)
            XCTAssertEqual(fixed, try XCTUnwrap(NotesCheck.fixed(unbroken)), name)
            XCTAssertEqual(fixed == unbroken, name != "issue-16", name)
            XCTAssertNoThrow(try NotesDecoder().decode(text: fixed), name)
        }
    }

    /// A value written with escapes is located at its start and not fixed; the rest is fixed.
    func testEscapedValuesAreReportedButNotFixed() throws {
        let text = "期号: 3\n日期: 2026年1月5日\n文章:\n  - 地区: 新乡市\n    标题: 甲\n    导语: \"他说\\\"好\\\",就这样办。\"\n    结语: 下一步,继续。\n    供稿: 新乡市人大常委会代表工委\n"
        let check = try XCTUnwrap(NotesCheck.check(text))
        let located = check.result.findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.finding.rule.code) \($0.finding.fix == nil ? "-" : "fix")" }
        XCTAssertEqual(located, ["6:9 P1 -", "7:12 P1 fix"], check.result.findings.map(\.finding.message).joined(separator: "\n"))
        XCTAssertTrue(check.result.findings[0].finding.message.hasSuffix("（该值含转义或折行，位置为值的开头）"))
        XCTAssertEqual(check.unfixable, 1)
        let fixed = try XCTUnwrap(NotesCheck.fixed(text))
        XCTAssertEqual(fixed, text.replacingOccurrences(of: "下一步,继续", with: "下一步，继续"))
    }

    /// What --fix must never do: a fixed file that would read as another tree is not written.
    func testAFixThatWouldChangeTheTreeIsRefused() throws {
        // A plain value that a fix would turn into `key: value` text is no longer one value.
        let comma = "标题: 甲".utf8.count
        XCTAssertTrue(NotesCheck.readsAlike(before: "标题: 甲,乙\n", after: "标题: 甲，乙\n", edits: [TextEdit(start: comma, end: comma + 1, replacement: "，")]))
        XCTAssertFalse(NotesCheck.readsAlike(before: "标题: 甲,乙\n", after: "标题: 甲: 乙\n", edits: [TextEdit(start: comma, end: comma + 1, replacement: ": ")]))
        XCTAssertFalse(NotesCheck.readsAlike(before: "标题: 甲\n地区: 乙\n", after: "标题: 甲\n地区: 丙\n", edits: []), "a value changed without an edit")
    }

    func testProfilesAreNotCheckedAsNotes() throws {
        let check = try XCTUnwrap(NotesCheck.check(Seeds.file("examples/profile.yaml")))
        XCTAssertEqual(check.decoding.count, 0)
        XCTAssertEqual(check.result.findings.count, 0)
        let broken = try XCTUnwrap(NotesCheck.check("名称: 某\n刊名: 某刊\n默认分送: 没有\n"))
        XCTAssertEqual(broken.decoding.map(\.range.start.line), [3], "checked as a profile: the preset does not exist")
    }
}
