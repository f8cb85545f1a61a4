import Bulletin
import Foundation

/// `jianbao check` on the five samples repeated to 1, 4 and 13 MB: every rule on, one core,
/// in process. Linear cost shows as a flat MB/s across the sizes. Each line gives the wall-clock
/// median and the median CPU time of the checking thread: on the shared 2-core machine the wall
/// clock also counts the time other processes hold the core, the thread's CPU time does not.
func benchmarkCheck() throws {
    let seeds = ["000_c878d6b2feb97647.txt", "001_f9581be366cac430.txt", "002_826e4499cd511985.txt",
                 "003_89e8e6edd186e997.txt", "004_7acb3700bb16512e.txt"]
    let unit = Array(seeds.map { Measure.packageFile("seeds/" + $0) }.joined(separator: "\n\n").utf8)
    func repeated(toAtLeast size: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + unit.count)
        while bytes.count < size { bytes += unit; bytes += Array("\n\n".utf8) }
        return bytes
    }
    func report(_ name: String, _ bytes: Int, samples: Int, _ body: () -> Void) {
        let wall = Measure.median(samples: samples, iterations: 1, body)
        let cpu = threadCPUMedian(samples: samples, body)
        Measure.report(name, seconds: wall, bytes: bytes)
        Measure.report("  same, thread CPU time", seconds: cpu, bytes: bytes)
    }
    // `JIANBAO_BENCH_CHECK_ONLY=13`: only the 13 MB check (for a profile of that case alone; any
    // size in MB, e.g. 1 under callgrind).
    if let only = ProcessInfo.processInfo.environment["JIANBAO_BENCH_CHECK_ONLY"].flatMap(Int.init) {
        let input = repeated(toAtLeast: only * 1_000_000)
        report("check \(only) MB", input.count, samples: only >= 13 ? 5 : 7) { _ = Checker.check(bytes: input) }
        return
    }
    var findings = 0
    report("check seeds once", unit.count, samples: 21) { findings = Checker.check(bytes: unit).findings.count }
    print("  (\(findings) findings)")
    for megabytes in [1, 4, 13] {
        let input = repeated(toAtLeast: megabytes * 1_000_000)
        report("check \(megabytes) MB", input.count, samples: megabytes >= 13 ? 5 : 7) { findings = Checker.check(bytes: input).findings.count }
        print("  (\(findings) findings)")
    }
    let input = repeated(toAtLeast: 13_000_000)
    report("check 13 MB, typography only (fragment)", input.count, samples: 5) {
        _ = Checker.check(bytes: input, options: CheckOptions(mode: .fragment))
    }
    // One huge line full of findings (a paste without line breaks): each doubling must cost about
    // twice, however many findings share the line (a copied edit list once made this quadratic).
    for (label, unit) in [("spaced out", "测 试 "), ("half-width commas", "测试,"), ("unpaired quotes", "测“试")] {
        for megabytes in [1, 2] {
            let line = Array(("代表工作\n\n第 1 期\n\n" + String(repeating: unit, count: megabytes * 1_000_000 / unit.utf8.count) + "\n").utf8)
            report("one \(megabytes) MB line, \(label)", line.count, samples: 3) { findings = Checker.check(bytes: line).findings.count }
            print("  (\(findings) findings)")
        }
    }
}

/// Median CPU seconds of the calling thread per call of `body`.
private func threadCPUMedian(samples: Int, _ body: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    var times: [Double] = []
    for _ in 0..<samples {
        let start = now()
        body()
        times.append(now() - start)
    }
    times.sort()
    return times[times.count / 2]
}
