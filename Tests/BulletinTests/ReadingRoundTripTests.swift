import NotesFormat
import XCTest
@testable import Bulletin

/// What the drafter prints, the reader reads back to the same model, without a repair.
final class ReadingRoundTripTests: XCTestCase {
    func testEveryExampleDraftsAndReadsBack() throws {
        let drafter = Drafter(library: try Drafter.defaultLibrary(), profile: .standard, strict: true)
        for example in ["examples/issue-11.yaml", "examples/issue-16.yaml", "examples/issue-17.yaml", "examples/article.yaml"] {
            let document = try NotesDecoder().decode(text: Seeds.file(example))
            for format in ["txt", "md"] {
                let drafted = try drafter.draft(document, format: format)
                let result = BulletinReader.read(drafted)
                XCTAssertEqual(result.repairs, [], "\(example) \(format)")
                XCTAssertEqual(result.unplaced, [], "\(example) \(format)")
                switch document {
                case .bulletin(let bulletin):
                    XCTAssertEqual(result.kind, .issue, "\(example) \(format)")
                    XCTAssertEqual(result.bulletin, bulletin, "\(example) \(format)")
                case .article(let article):
                    XCTAssertEqual(result.kind, .article, "\(example) \(format)")
                    XCTAssertEqual(result.article, article, "\(example) \(format)")
                }
            }
        }
    }

    /// Every line prefix of every seed (a page cut anywhere, as e-mail and PDF extraction do)
    /// parses to notes that read back without a schema error: `印发: ""` from a footer cut before
    /// its 印发 line was refused by draft (issue 13, item 10). 期号 is added where the text has none.
    func testNotesFromEveryPrefixOfEverySeedDecode() throws {
        var checked = 0
        for name in Seeds.all {
            let lines = try Seeds.text(name).split(separator: "\n", omittingEmptySubsequences: false)
            for count in stride(from: lines.count, to: 0, by: -1) {
                let result = BulletinReader.read(lines[..<count].joined(separator: "\n") + "\n")
                guard var notes = result.notes(), result.kind == .issue, case .mapping(var entries) = notes else { continue }
                if !entries.contains(where: { $0.0 == "期号" }) { entries.insert(("期号", .string("1")), at: 0) }
                notes = .mapping(entries)
                let yaml = NotesWriter.yaml(notes)
                XCTAssertFalse(yaml.contains("印发: \"\""), "\(name) first \(count) lines")
                do {
                    _ = try NotesDecoder().decode(text: yaml)
                } catch {
                    // Only what the cut-off source lacks may stop it: a field not reached, no article yet.
                    XCTAssertTrue(error.diagnostics.allSatisfy { $0.message.contains("缺少必填字段") || $0.message.contains("“文章”") }, "\(name) first \(count) lines: \(error.diagnostics.map(\.message))")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
    }

    /// `（(南阳市…供稿）` — a doubled opening bracket — gives the unit without it, so the notes draft
    /// (draft refuses a 供稿 that carries its own bracket); the checker still reports the stray mark.
    /// Found by the reader fuzz target.
    func testADoubledBracketBeforeTheContributorStaysOutOfTheNotes() throws {
        let text = "南阳市：学解绘三步法\n\n南阳市人大常委会组织代表开展调研。\n\n（(南阳市人大常委会代表工委供稿）\n"
        let result = BulletinReader.read(text)
        XCTAssertEqual(result.article?.contributor, "南阳市人大常委会代表工委")
        let notes = try XCTUnwrap(result.notes())
        XCTAssertNoThrow(try NotesDecoder().decode(text: NotesWriter.yaml(notes)))
        XCTAssertTrue(Checker.check(text, options: CheckOptions(mode: .article)).findings.contains { $0.finding.rule.code == "P3" })
    }

    /// `（…代表工委 王五 赵六 供稿）`, `（…代表工委 李红梅供稿）`: the author's names stay apart from
    /// the unit through the notes and the draft, which prints `（unit供稿）` as the model spells
    /// it (adding a space before 供稿 changed `王五供稿` as typed: two audits), and check finds
    /// nothing on either form, nor does --fix glue a name to the unit.
    func testAnAuthorsNameStaysApartFromTheUnit() throws {
        for (line, printed) in [("（林州市人大常委会代表工委 王五 赵六 供稿）", "（林州市人大常委会代表工委 王五 赵六供稿）"),
                                ("（林州市人大常委会代表工委 李红梅供稿）", "（林州市人大常委会代表工委 李红梅供稿）"),
                                ("（林州市人大常委会代表工委供稿）", "（林州市人大常委会代表工委供稿）")] {
            let text = "林州市：强化代表履职 助力乡村振兴\n\n林州市人大常委会组织全市各级人大代表深入开展主题活动。\n\n\(line)\n"
            XCTAssertEqual(Checker.lineCodes(text), [], line)
            XCTAssertEqual(Fixer.fixed(bytes: Array(text.utf8)).bytes, Array(text.utf8), line)
            let drafter = Drafter(library: try Drafter.defaultLibrary(), profile: .standard, strict: true)
            let notes = try XCTUnwrap(BulletinReader.read(text).notes())
            let drafted = try drafter.draft(NotesDecoder().decode(text: NotesWriter.yaml(notes)), format: "txt")
            XCTAssertTrue(drafted.contains(printed), drafted)
            XCTAssertEqual(Checker.lineCodes(drafted), [], line)
        }
    }
}

