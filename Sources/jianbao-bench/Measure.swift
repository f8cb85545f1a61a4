import Foundation

/// Wall-clock measurement shared by every benchmark: warm up, then report the median
/// of several timed runs (the median resists a noisy neighbour on a 2-core machine).
enum Measure {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Median seconds per call of `body`, each sample timing `iterations` calls.
    static func median(samples: Int = 9, iterations: Int, _ body: () throws -> Void) rethrows -> Double {
        for _ in 0..<max(1, iterations / 10) { try body() }
        var times: [Double] = []
        for _ in 0..<samples {
            let start = now()
            for _ in 0..<iterations { try body() }
            times.append(Double(now() - start) / 1e9 / Double(iterations))
        }
        times.sort()
        return times[times.count / 2]
    }

    static func format(seconds: Double) -> String {
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    static func throughput(bytes: Int, seconds: Double) -> String {
        String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6)
    }

    /// Prints one result line: `name  time  [throughput]`.
    static func report(_ name: String, seconds: Double, bytes: Int? = nil) {
        var line = name.padding(toLength: 44, withPad: " ", startingAt: 0) + format(seconds: seconds).padding(toLength: 12, withPad: " ", startingAt: 0)
        if let bytes { line += "  " + throughput(bytes: bytes, seconds: seconds) + "  (\(bytes) bytes)" }
        print(line)
    }

    /// The package root, found from this source file, for seeds and examples.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func packageFile(_ relativePath: String) -> String {
        let url = packageRoot.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            fatalError("benchmark input missing: \(url.path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
