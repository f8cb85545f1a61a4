import Bulletin
import Foundation
import NotesFormat
import Templating

/// `jianbao-bench adversarial-inprocess[/PREFIX]`: the library, in this process (the
/// `adversarial` suite times whole `jianbao` processes), on input shapes built to find cost that grows faster than
/// the input — one huge line, a million short lines, unclosed “, nested brackets, a finding
/// every few bytes — for `notes`, `parse`, `check` and `render`, each at growing sizes. Each row
/// gives the time per size and the ratio to the previous size: linear cost shows the size ratio
/// (×4 for 1 → 4 MB), quadratic its square.
///
/// `adversarial-inprocess/check` runs the cases whose names start with `check` (a full name runs that case
/// alone); JIANBAO_BENCH_SIZES sets the
/// sizes in MB (default 1,4,16); a size whose predicted time passes JIANBAO_BENCH_LIMIT seconds
/// (default 60) is skipped with a note, predicted from the growth measured so far (quadratic before
/// a second size is measured).
func benchmarkAdversarial(filter: String?) throws {
    let sizes = (ProcessInfo.processInfo.environment["JIANBAO_BENCH_SIZES"] ?? "1,4,16")
        .split(separator: ",").compactMap { Double($0) }.map { Int($0 * 1_000_000) }
    let limit = ProcessInfo.processInfo.environment["JIANBAO_BENCH_LIMIT"].flatMap(Double.init) ?? 60
    // A full name selects that case alone; otherwise every case whose name starts with the filter.
    let cases = AdversarialCase.all.filter { $0.name == filter }.nonEmpty
        ?? AdversarialCase.all.filter { filter == nil || $0.name.hasPrefix(filter!) }
    guard !cases.isEmpty else {
        emit("no adversarial case starts with \(filter ?? ""); cases: \(AdversarialCase.all.map(\.name).joined(separator: " "))")
        exit(2)
    }
    emit("== adversarial-inprocess" + (filter.map { "/" + $0 } ?? ""))
    emit("case                                      size          input      wall   thread CPU   ratio (CPU)  result")
    for benchmark in cases {
        var previous: (size: Int, seconds: Double)?
        var exponent = 2.0
        for size in sizes {
            if let previous {
                let predicted = previous.seconds * pow(Double(size) / Double(previous.size), exponent)
                if predicted > limit {
                    emit(row(benchmark.name, size, nil, nil, nil, nil, String(format: "skipped: predicted %.0f s > %.0f s", predicted, limit)))
                    break
                }
            }
            let input = benchmark.input(size)
            let wallStart = Measure.now()
            let cpuStart = ThreadTime.now()
            let result = benchmark.run(input)
            let cpu = ThreadTime.now() - cpuStart
            let wall = Double(Measure.now() - wallStart) / 1e9
            let ratio = previous.map { cpu / $0.seconds }
            if let previous, cpu > 0.01, previous.seconds > 0.01 {
                exponent = max(1, log(cpu / previous.seconds) / log(Double(size) / Double(previous.size)))
            }
            emit(row(benchmark.name, size, input.count, wall, cpu, ratio, result))
            previous = (size, cpu)
        }
    }
}

extension Array {
    var nonEmpty: Self? { isEmpty ? nil : self }
}

/// Each row written as soon as it is measured, unbuffered: a run cut short by `timeout` keeps its rows.
private func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

private func row(_ name: String, _ size: Int, _ bytes: Int?, _ wall: Double?, _ cpu: Double?, _ ratio: Double?, _ result: String) -> String {
    func column(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
    return name.padding(toLength: 40, withPad: " ", startingAt: 0)
        + column(String(format: "%g MB", Double(size) / 1e6), 8)
        + column(bytes.map(String.init) ?? "", 13)
        + column(wall.map { Measure.format(seconds: $0) } ?? "", 10)
        + column(cpu.map { Measure.format(seconds: $0) } ?? "", 13)
        + column(ratio.map { String(format: "×%.1f", $0) } ?? "", 10)
        + "  " + result
}

/// One command on one shape: `input(size)` builds about `size` bytes, `run` returns a short summary.
struct AdversarialCase {
    let name: String
    let input: (Int) -> [UInt8]
    let run: ([UInt8]) -> String

    /// `unit` repeated to about `size` bytes, between `head` and `tail`.
    static func repeated(_ unit: String, _ size: Int, head: String = "", tail: String = "") -> [UInt8] {
        let unitBytes = Array(unit.utf8)
        var bytes = Array(head.utf8)
        bytes.reserveCapacity(size + unitBytes.count + tail.utf8.count)
        while bytes.count < size { bytes += unitBytes }
        return bytes + Array(tail.utf8)
    }

    /// An issue whose contents entries and article headings never match.
    static func contentsMismatch(_ size: Int) -> [UInt8] {
        contentsIssue(size, perArticle: 130, entry: { "条目\($0)" }, heading: { "标题\($0)" })
    }

    /// An issue of `size` bytes: as many contents entries as articles (each about `perArticle`
    /// bytes with its entry), the n-th entry and heading titled by the closures.
    static func contentsIssue(_ size: Int, perArticle: Int, entry: (Int) -> String, heading: (Int) -> String) -> [UInt8] {
        var text = masthead + "专辑（一）\n\n"
        let count = size / perArticle
        for number in 0..<count { text += "* 郑州市：\(entry(number))\n" }
        text += "\n"
        for number in 0..<count { text += "郑州市：\(heading(number))\n\n正文。\n\n（郑州市人大常委会代表工委供稿）\n\n" }
        return Array(text.utf8)
    }

    static let masthead = "代表工作\n\n第 1 期\n\n"
    static let article = "南阳市：学解绘三步法\n\n"

    static func check(_ name: String, _ input: @escaping (Int) -> [UInt8]) -> AdversarialCase {
        AdversarialCase(name: "check-" + name, input: input) { bytes in "\(Checker.check(bytes: bytes).findings.count) findings" }
    }

    static func parse(_ name: String, _ input: @escaping (Int) -> [UInt8]) -> AdversarialCase {
        AdversarialCase(name: "parse-" + name, input: input) { bytes in
            let result = BulletinReader.read(bytes: bytes)
            return "\(result.repairs.count) repairs, \(result.unplaced.count) unplaced"
        }
    }

    static func notes(_ name: String, _ input: @escaping (Int) -> [UInt8]) -> AdversarialCase {
        AdversarialCase(name: "notes-" + name, input: input) { bytes in
            do throws(NotesError) {
                _ = try NotesParser.parse(bytes: bytes)
                return "parsed"
            } catch {
                return "error at \(error.diagnostic.range.start.line):\(error.diagnostic.range.start.column)"
            }
        }
    }

    /// The input is the template; `data` the context; `strict` reports every missing name.
    static func render(_ name: String, data: TemplateValue = [:], strict: Bool = false, _ input: @escaping (Int) -> [UInt8]) -> AdversarialCase {
        AdversarialCase(name: "render-" + name, input: input) { bytes in
            do throws(TemplateError) {
                let template = try Template(source: String(decoding: bytes, as: UTF8.self), name: "bench", escape: .none)
                let library = TemplateLibrary(templates: [template])
                if let missing = library.missingPartials(reachableFrom: "bench") { return "\(missing.diagnostics.count) diagnostics" }
                return "\(try library.render("bench", data, options: RenderOptions(strict: strict)).utf8.count) bytes out"
            } catch {
                return "\(error.diagnostics.count) diagnostics"
            }
        }
    }

    static var all: [AdversarialCase] { [
        // One huge line: a paste without line breaks.
        check("one-line") { repeated("代表工作，推动履职。", $0, head: masthead + article, tail: "\n") },
        parse("one-line") { repeated("代表工作，推动履职。", $0, head: masthead + article, tail: "\n") },
        notes("one-line") { repeated("代表工作，推动履职。", $0, head: "导语: ", tail: "\n") },
        render("one-line", data: ["x": "值"]) { repeated("代表工作{{x}}，", $0, tail: "\n") },
        // A million short lines in one block (no blank line between them).
        check("short-lines") { repeated("代表履职\n", $0, head: masthead + article) },
        parse("short-lines") { repeated("代表履职\n", $0, head: masthead + article) },
        notes("short-lines") { repeated("  - 代表履职\n", $0, head: "要点:\n") },
        render("short-lines", data: ["x": "值"]) { repeated("{{x}}行\n", $0) },
        // Unclosed “, one per line and all on one line.
        check("unclosed-quote-lines") { repeated("“代表\n", $0, head: masthead + article) },
        check("unclosed-quote-one-line") { repeated("“代表", $0, head: masthead + article, tail: "\n") },
        parse("unclosed-quote-lines") { repeated("“代表\n", $0, head: masthead + article) },
        notes("unclosed-quote-lines") { repeated("  - “代表\n", $0, head: "正文:\n") },
        // Nested brackets, never closed.
        check("nested-brackets") { repeated("（", $0, head: masthead + article, tail: "\n") },
        check("nested-halfwidth-brackets") { repeated("(", $0, head: masthead + article, tail: "\n") },
        // Closed half-width pairs that P1 joins into one group: a deep nest, and groups side by side.
        check("closed-nested-halfwidth-brackets") { size in
            Array((masthead + article + "中" + String(repeating: "(", count: size / 2) + String(repeating: ")", count: size / 2) + "\n").utf8)
        },
        check("halfwidth-groups-side-by-side") { repeated("(abcdefghijklmnop)", $0, head: masthead + article + "中", tail: "\n") },
        parse("nested-brackets") { repeated("（", $0, head: masthead + article, tail: "\n") },
        notes("nested-brackets") { repeated("[", $0, head: "要点: ", tail: "\n") },
        render("nested-sections-unclosed") { repeated("{{#a}}", $0) },
        // A finding (or a repair) every few bytes.
        check("findings") { repeated("测试,", $0, head: masthead + article, tail: "\n") },
        check("findings-lines") { repeated("测 试,\n", $0, head: masthead + article) },
        // Every article missing from the contents and every entry without its article (S4 pairs them).
        check("contents-mismatch", contentsMismatch),
        parse("contents-mismatch", contentsMismatch),
        // The same entry and heading thousands of times: S4 and the cut-short test must not walk the equal entries.
        check("contents-all-equal") { contentsIssue($0, perArticle: 110, entry: { _ in "同一标题" }, heading: { _ in "同一标题" }) },
        // A heading cut short of its entry, then a million short lines that run on (A1 each).
        check("heading-runs-into-short-lines") {
            repeated("代表履职\n", $0, head: masthead + "专辑（一）\n\n* 南阳市：学解绘三步法代表履职\n\n南阳市：学解绘三步法\n")
        },
        parse("repairs") { repeated("代表,履职\n\n", $0, head: masthead + article) },
        parse("points-one-paragraph") { repeated("一是代表履职。", $0, head: masthead + article, tail: "\n") },
        notes("many-keys") { bytes in
            var text = "文章:\n"
            var index = 0
            while text.utf8.count < bytes { text += "  键\(index): 值\n"; index += 1 }
            return Array(text.utf8)
        },
        // Many diagnostics on one long template line (issue 13 item 5).
        render("missing-partials-one-line") { repeated("{{>缺}}", $0, tail: "\n") },
        render("strict-missing-names-one-line", strict: true) { repeated("{{缺}}", $0, tail: "\n") },
        // Nested sections over a 2-item list: the output is 2^depth bytes. "Size" here is the
        // output asked for (depth 20, 22, 24 for 1, 4, 16 MB), not the template.
        render("nested-sections-over-list", data: ["l": ["x", "x"]]) { size in
            let depth = max(1, Int(log2(Double(max(size, 2))).rounded()))
            return Array((String(repeating: "{{#l}}", count: depth) + "x" + String(repeating: "{{/l}}", count: depth)).utf8)
        },
    ] }
}
