import Bulletin
import Foundation

/// Archive statistics (`jianbao stats`, issue 15): an archive of N past issues — the three
/// example notes and the three recent seeds' texts, renumbered and redated over the years —
/// read and counted in-process at 250 to 2000 issues (cost must grow linearly), and the whole
/// `jianbao stats` process on a folder of 1000 files (target ≤ 1 s).
func benchmarkStats() throws {
    let notes = ["examples/issue-11.yaml", "examples/issue-16.yaml", "examples/issue-17.yaml"].map(Measure.packageFile)
    let texts = ["seeds/000_c878d6b2feb97647.txt", "seeds/003_89e8e6edd186e997.txt", "seeds/004_7acb3700bb16512e.txt"].map(Measure.packageFile)
    /// Issue `index` of the archive: 40 issues a year from 2000, a date per issue.
    func issue(_ index: Int) -> (name: String, text: String) {
        let year = 2000 + index / 40, number = index % 40 + 1
        let month = number * 12 / 41 + 1, day = number % 28 + 1
        if index % 2 == 0 {
            var text = notes[index / 2 % 3]
            text = text.replacingOccurrences(of: #"(?m)^期号: \d+"#, with: "期号: \(number)", options: .regularExpression)
            text = text.replacingOccurrences(of: #"(?m)^日期: .*$"#, with: "日期: \(year)年\(month)月\(day)日", options: .regularExpression)
            return ("\(index).yaml", text)
        }
        var text = texts[index / 2 % 3]
        text = text.replacingOccurrences(of: #"第 \d+ 期"#, with: "第 \(number) 期", options: .regularExpression)
        text = text.replacingOccurrences(of: #"\d{4} 年 \d+ 月 \d+ 日"#, with: "\(year) 年 \(month) 月 \(day) 日", options: .regularExpression)
        return ("\(index).txt", text)
    }
    func count(_ archive: [(name: String, text: String)]) -> ArchiveStatistics {
        let issues = archive.compactMap { entry in
            DeskFile.read(text: entry.text, forDrafting: false).bulletin.map { ArchiveStatistics.Issue(name: entry.name, bulletin: $0) }
        }
        return ArchiveStatistics(issues: issues)
    }
    // Sanity: every issue is read and counted.
    let sample = count((0..<40).map(issue))
    guard sample.issueCount == 40, sample.continuity.first?.gaps == [] else {
        print("failed: the benchmark archive did not read back (\(sample.issueCount) issues)"); exit(1)
    }
    var previous: (size: Int, seconds: Double)?
    for size in [250, 500, 1000, 2000] {
        let archive = (0..<size).map(issue)
        let bytes = archive.reduce(0) { $0 + $1.text.utf8.count }
        let seconds = Measure.median(samples: 5, iterations: 1) { _ = count(archive) }
        Measure.report("stats: read + count \(size) issues", seconds: seconds, bytes: bytes)
        // CPU time of this thread judges linearity: wall time follows whoever else shares the cores.
        let cpu = medianThreadCPUTime(samples: 5, iterations: 1) { _ = count(archive) }
        Measure.report("stats: read + count \(size) issues (CPU)", seconds: cpu)
        if let previous {
            print(String(format: "  per-issue CPU cost vs %d issues: ×%.2f", previous.size, cpu / Double(size) / (previous.seconds / Double(previous.size))))
        }
        previous = (size, cpu)
    }
    // The counting alone, on issues already read: the part that is not per-file.
    let read = (0..<2000).map(issue).compactMap { entry in
        DeskFile.read(text: entry.text, forDrafting: false).bulletin.map { ArchiveStatistics.Issue(name: entry.name, bulletin: $0) }
    }
    let counting = Measure.median(samples: 5, iterations: 1) { _ = ArchiveStatistics(issues: read) }
    Measure.report("stats: count 2000 issues already read", seconds: counting)

    let binary = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        .deletingLastPathComponent().appendingPathComponent("jianbao")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        print("skipped process benchmark: \(binary.path) not built (swift build -c release --product jianbao)")
        return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-stats-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for index in 0..<1000 {
        let (name, text) = issue(index)
        try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }
    for format in ["text", "html"] {
        let process = try medianProcessTime(binary, ["stats", folder.path, "--format", format], runs: 5)
        Measure.report("jianbao stats: 1000 files, \(format) (process)", seconds: process)
    }
}
