import Foundation

/// Whole `jianbao` processes on adversarial shapes, at growing sizes, for one or more builds side
/// by side — so a fix is measured against the code before it in the same run:
///
///     JIANBAO_BENCH_BINARIES="before=/tmp/old/jianbao after=.build/release/jianbao" \
///         swift run -c release jianbao-bench adversarial
///
/// Without the variable it times the `jianbao` next to this benchmark. Each line gives the time
/// (best of three), peak memory, and the ratio to the size before it: about 4 is linear for
/// sizes ×4. A run is cut at `JIANBAO_BENCH_TIMEOUT` seconds (default 60) and shown as `> N s`.
func benchmarkAdversarialCLI() throws {
    let environment = ProcessInfo.processInfo.environment
    let binaries: [(name: String, path: String)] = environment["JIANBAO_BENCH_BINARIES"].map { list in
        list.split(separator: " ").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : (parts[0], parts[0])
        }
    } ?? [("this", URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jianbao").path)]
    let timeout = Double(environment["JIANBAO_BENCH_TIMEOUT"] ?? "") ?? 60
    let sizes = (environment["JIANBAO_BENCH_ADVERSARIAL_MB"] ?? "1 4 16").split(separator: " ").compactMap { Int($0) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-adversarial-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let seeds = try FileManager.default.contentsOfDirectory(atPath: Measure.packageRoot.appendingPathComponent("seeds").path)
        .sorted().map { Measure.packageFile("seeds/" + $0) }.joined()
    let article = "南阳市：三步法推进工作\n南阳市人大常委会开展活动。"
    let shapes: [(name: String, arguments: [String], make: (Int) -> String)] = [
        ("check: a million short lines, one block", ["check", "--article"], { repeated("短句甲乙\n", $0) }),
        ("check: one “ per line", ["check", "--article"], { repeated("“甲\n", $0) }),
        ("check: unclosed “ on one line", ["check", "--article"], { repeated("“", $0) }),
        ("check: unclosed ( on one line", ["check", "--article"], { repeated("(", $0) }),
        ("check: the seeds as one line", ["check", "--article"], { repeated(seeds, $0).replacingOccurrences(of: "\n", with: "") }),
        ("parse: the seeds as one line", ["parse"], { repeated(seeds, $0).replacingOccurrences(of: "\n", with: "") }),
        ("parse: 一是… in one paragraph", ["parse"], { article + repeated("一是加强学习。二是深入调研，三是完善制度；", $0) + "\n（南阳市人大常委会代表工委供稿）\n" }),
        ("notes: one value on one huge line", ["notes"], { "导语: " + repeated("南阳市人大常委会开展活动，", $0) + "\n" }),
        ("notes: a million short list items", ["notes"], { "文章:\n" + repeated("  - 甲\n", $0) }),
        ("notes: one flow list on one huge line", ["notes"], { "分送: [" + repeated("省人大常委会, ", $0) + "甲]\n" }),
        ("render: a missing partial per tag, one line", ["render", "@template", "--data", "@json"], { megabytes in
            repeated("{{>p}}", megabytes / 8 + 1) // 1/8 of the size: each tag is a diagnostic line of ~100 bytes
        }),
    ]
    for shape in shapes {
        print(shape.name)
        for binary in binaries {
            var previous: Double?
            for megabytes in sizes {
                let input = folder.appendingPathComponent("input-\(megabytes).txt")
                try Data(shape.make(megabytes * 1_000_000).utf8).write(to: input)
                var arguments = shape.arguments
                if let index = arguments.firstIndex(of: "@template") {
                    let template = folder.appendingPathComponent("t.mustache"), json = folder.appendingPathComponent("d.json")
                    try FileManager.default.moveItem(at: input, to: template)
                    try? FileManager.default.removeItem(at: json)
                    try Data("{}".utf8).write(to: json)
                    arguments[index] = template.path
                    arguments[arguments.firstIndex(of: "@json")!] = json.path
                    defer { try? FileManager.default.removeItem(at: template) }
                    let run = try timed(binary.path, arguments, timeout: timeout)
                    print(line(binary.name, megabytes, run, previous: previous))
                    previous = run.finished ? run.seconds : nil
                    continue
                }
                let run = try timed(binary.path, arguments + [input.path], timeout: timeout)
                print(line(binary.name, megabytes, run, previous: previous))
                previous = run.finished ? run.seconds : nil
                if !run.finished { break }
            }
        }
    }
}

private func repeated(_ unit: String, _ bytes: Int) -> String {
    String(repeating: unit, count: max(1, bytes / max(1, unit.utf8.count)))
}

private struct TimedRun {
    var seconds: Double
    var peakKilobytes: Int
    var finished: Bool
}

/// Best of three runs (one when a run takes over 5 s); stdout and stderr go to /dev/null. The
/// child is spawned and reaped with wait4, which gives its own peak memory.
private func timed(_ binary: String, _ arguments: [String], timeout: Double) throws -> TimedRun {
    var best = TimedRun(seconds: .infinity, peakKilobytes: 0, finished: true)
    for _ in 0..<3 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measure.now()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
            throw NSError(domain: "jianbao-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot run \(binary)"])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Double(Measure.now() - start) / 1e9 > timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                return TimedRun(seconds: timeout, peakKilobytes: usage.ru_maxrss, finished: false)
            }
            usleep(2_000)
        }
        let seconds = Double(Measure.now() - start) / 1e9
        if seconds < best.seconds { best = TimedRun(seconds: seconds, peakKilobytes: usage.ru_maxrss, finished: true) }
        if seconds > 5 { break }
    }
    return best
}

private func line(_ binary: String, _ megabytes: Int, _ run: TimedRun, previous: Double?) -> String {
    let time = run.finished ? Measure.format(seconds: run.seconds) : "> \(Int(run.seconds)) s"
    var text = "  " + binary.padding(toLength: 10, withPad: " ", startingAt: 0) + "\(megabytes) MB".padding(toLength: 8, withPad: " ", startingAt: 0)
    text += time.padding(toLength: 12, withPad: " ", startingAt: 0)
    text += "peak \(run.peakKilobytes / 1024) MB".padding(toLength: 18, withPad: " ", startingAt: 0)
    if let previous, run.finished { text += String(format: "×%.1f", run.seconds / previous) }
    return text
}
