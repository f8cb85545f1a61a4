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

    // CPU time of this thread: what the work costs when other processes share the cores.
    let cpu = try medianThreadCPUTime(iterations: 200) { _ = try draftText(notes) }
    Measure.report("notes → text, issue 16 (thread CPU time)", seconds: cpu)

    // The same without the notes parser (NotesFormat, issue 2): decode + context + render.
    let tree = try NotesParser.parse(notes)
    let fromTree = try Measure.median(iterations: 500) { _ = try drafter.draft(try decoder.decode(tree), format: "txt") }
    Measure.report("notes tree → text, issue 16 (in-process)", seconds: fromTree)

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
    let baseline = try medianProcessTime(binary, ["--version"], runs: 41)
    Measure.report("jianbao --version (process start alone)", seconds: baseline)
    let process = try medianProcessTime(binary, ["draft", notesPath], runs: 41)
    Measure.report("jianbao draft issue-16 (whole process)", seconds: process)
}

/// Like `Measure.median`, but in CPU seconds of the calling thread rather than wall seconds.
func medianThreadCPUTime(samples: Int = 9, iterations: Int, _ body: () throws -> Void) rethrows -> Double {
    func cpuNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    for _ in 0..<max(1, iterations / 10) { try body() }
    var times: [Double] = []
    for _ in 0..<samples {
        let start = cpuNow()
        for _ in 0..<iterations { try body() }
        times.append((cpuNow() - start) / Double(iterations))
    }
    times.sort()
    return times[times.count / 2]
}

/// The issue with its article list repeated ten times (same text, ten times the articles).
private func tenfold(_ notes: String) -> String {
    guard let start = notes.range(of: "文章:\n"), let end = notes.range(of: "\n分送:") else { return notes }
    let articles = String(notes[start.upperBound..<end.lowerBound])
    return String(notes[..<start.upperBound]) + Array(repeating: articles, count: 10).joined(separator: "\n") + String(notes[end.lowerBound...])
}

/// Median wall time of running `binary arguments…` to completion, output discarded.
/// Uses posix_spawn and waitpid directly: Foundation's `Process` adds milliseconds of its
/// own (run-loop polling in `waitUntilExit`) that a user's shell does not pay.
func medianProcessTime(_ binary: URL, _ arguments: [String], runs: Int) throws -> Double {
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var times: [Double] = []
    for run in 0..<(runs + 3) {
        var pid: pid_t = 0
        let start = Measure.now()
        guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else {
            print("failed: cannot start \(binary.path)"); exit(1)
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = Double(Measure.now() - start) / 1e9
        guard status == 0 else { print("failed: jianbao draft exited with status \(status)"); exit(1) }
        if run >= 3 { times.append(elapsed) }   // the first runs warm the page cache
    }
    times.sort()
    return times[times.count / 2]
}
