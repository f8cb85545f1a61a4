import Bulletin
import Foundation
import NotesFormat
import Templating

/// Drafting: in-process notes → text for one issue (parse, decode, render), the same for a
/// ten-times larger issue (cost must grow linearly), and the whole `jianbao draft` process
/// (release binary next to this executable, process start included).
func benchmarkDraft() throws {
    let notes = Measure.packageFile("examples/issue-16.yaml")
    let drafter = Drafter(library: try Drafter.defaultLibrary())
    let decoder = NotesDecoder()
    func draftText(_ text: String) throws -> String {
        try drafter.draft(try decoder.decode(text: text), format: "txt")
    }
    // Sanity: the benchmark drafts what the golden test checks.
    guard try draftText(notes).contains("（许昌市人大常委会代表工委供稿）") else {
        print("failed: issue 16 did not draft"); exit(1)
    }
    let oneIssue = try Measure.median(iterations: 200) { _ = try draftText(notes) }
    Measure.report("notes → text, issue 16 (in-process)", seconds: oneIssue, bytes: notes.utf8.count)

    let large = tenfold(notes)
    let largeIssue = try Measure.median(iterations: 20) { _ = try draftText(large) }
    Measure.report("notes → text, 10× articles (in-process)", seconds: largeIssue, bytes: large.utf8.count)

    let markdown = try Measure.median(iterations: 200) { _ = try drafter.draft(try decoder.decode(text: notes), format: "md") }
    Measure.report("notes → Markdown, issue 16 (in-process)", seconds: markdown, bytes: notes.utf8.count)

    let binary = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        .deletingLastPathComponent().appendingPathComponent("jianbao")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        print("skipped process benchmark: \(binary.path) not built (swift build -c release --product jianbao)")
        return
    }
    let notesPath = Measure.packageRoot.appendingPathComponent("examples/issue-16.yaml").path
    let process = try medianProcessTime(binary, ["draft", notesPath], runs: 41)
    Measure.report("jianbao draft issue-16 (whole process)", seconds: process)
}

/// The issue with its article list repeated ten times (same text, ten times the articles).
private func tenfold(_ notes: String) -> String {
    guard let start = notes.range(of: "文章:\n"), let end = notes.range(of: "\n分送:") else { return notes }
    let articles = String(notes[start.upperBound..<end.lowerBound])
    return String(notes[..<start.upperBound]) + Array(repeating: articles, count: 10).joined(separator: "\n") + String(notes[end.lowerBound...])
}

/// Median wall time of running `binary arguments…` to completion, output discarded.
private func medianProcessTime(_ binary: URL, _ arguments: [String], runs: Int) throws -> Double {
    var times: [Double] = []
    for run in 0..<(runs + 3) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Measure.now()
        try process.run()
        process.waitUntilExit()
        let elapsed = Double(Measure.now() - start) / 1e9
        guard process.terminationStatus == 0 else {
            print("failed: jianbao draft exited with \(process.terminationStatus)"); exit(1)
        }
        if run >= 3 { times.append(elapsed) }   // the first runs warm the page cache
    }
    times.sort()
    return times[times.count / 2]
}
