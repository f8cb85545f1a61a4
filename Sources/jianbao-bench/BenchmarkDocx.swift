import Bulletin
import Foundation

/// DOCX output: in-process generation for an issue the size of the samples, and the whole
/// process `jianbao draft --format docx` as a user runs it (budget: 30 ms per issue).
func benchmarkDocx() throws {
    let bulletin = sampleBulletinForDocx()
    var size = 0
    let generation = try Measure.median(iterations: 50) {
        size = try DocxWriter.document(for: bulletin).count
    }
    Measure.report("docx in-process (seed 003, \(bulletin.articles.count) articles)", seconds: generation, bytes: size)

    // What the command does in process: notes → model (standard profile) → DOCX bytes.
    let notesText = Measure.packageFile("examples/issue-16.yaml")
    let pipeline = try Measure.median(iterations: 20) {
        size = try DocxWriter.document(for: NotesDecoder(profile: .standard).decode(text: notesText)).count
    }
    Measure.report("notes → docx in-process (examples/issue-16)", seconds: pipeline, bytes: notesText.utf8.count)

    // The release `jianbao` sits next to this executable in the same build products folder.
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("jianbao")
    let notes = Measure.packageRoot.appendingPathComponent("examples/issue-16.yaml").path
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-bench-\(getpid()).docx").path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let arguments = ["draft", notes, "--format", "docx", "-o", output]
    guard FileManager.default.isExecutableFile(atPath: binary.path), FileManager.default.fileExists(atPath: notes),
          try runProcess(binary, arguments) == 0 else {
        print("docx whole process: skipped (\(binary.path) \(arguments.joined(separator: " ")) not available)")
        return
    }
    let whole = try Measure.median(samples: 15, iterations: 1) {
        guard try runProcess(binary, arguments) == 0 else { throw BenchmarkFailure(message: "jianbao draft failed") }
    }
    Measure.report("draft --format docx, whole process", seconds: whole)
}

private struct BenchmarkFailure: Error { var message: String }

/// Spawns with posix_spawn and waits: Foundation's Process adds several milliseconds of its
/// own on Linux, which would be charged to jianbao. Output goes to /dev/null.
func runProcess(_ binary: URL, _ arguments: [String]) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary.path, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkFailure(message: "posix_spawn failed: \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
}

/// Seed 003 (issue 16) as a model: paragraphs of each article become its lead, so the
/// document has the samples' length without depending on the notes decoder.
private func sampleBulletinForDocx() -> Bulletin {
    let text = Measure.packageFile("seeds/003_89e8e6edd186e997.txt")
    let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    var articles: [Article] = []
    let body = paragraphs.drop { !$0.hasPrefix("“聚焦") }.dropFirst().filter { !$0.hasPrefix("*") }
    for paragraph in body {
        if paragraph.hasPrefix("送：") || paragraph.hasPrefix("发：") { break }
        if paragraph.count < 60, let colon = paragraph.firstIndex(of: "："),
           paragraph.distance(from: paragraph.startIndex, to: colon) <= 4, "市县区".contains(paragraph[paragraph.index(before: colon)]) {
            articles.append(Article(region: String(paragraph[..<colon]), headline: String(paragraph[paragraph.index(after: colon)...])))
        } else if !articles.isEmpty {
            articles[articles.count - 1].lead.append(paragraph)
        }
    }
    return Bulletin(
        masthead: Masthead(title: "代表工作", issueNumber: 16, issuingBody: ["河南省人大常委会", "代表工作委员会"],
                           date: BulletinDate(year: 2026, month: 6, day: 4)),
        album: Album(theme: "“聚焦两高四着力、奋发有为十五五·人大代表在行动”主题活动专辑", number: 6),
        articles: articles,
        footer: DistributionFooter(sendTo: "省人大常委会主任、副主任、秘书长", copyTo: "省人大常委会副秘书长",
                                   issuer: "河南省人大常委会代表工作委员会", copies: 60))
}
