import Bulletin
import Foundation

/// `jianbao check` on the five samples repeated to 1, 4 and 13 MB: every rule on, one core,
/// in process. Linear cost shows as a flat MB/s across the sizes.
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
    // One pass over the samples, to see the per-issue cost on small inputs.
    var findings = 0
    let small = Measure.median(iterations: 50) { findings = Checker.check(bytes: unit).findings.count }
    Measure.report("check seeds once (\(findings) findings)", seconds: small, bytes: unit.count)
    for megabytes in [1, 4, 13] {
        let input = repeated(toAtLeast: megabytes * 1_000_000)
        var count = 0
        let seconds = Measure.median(samples: megabytes >= 13 ? 3 : 5, iterations: 1) { count = Checker.check(bytes: input).findings.count }
        Measure.report("check \(megabytes) MB (\(count) findings)", seconds: seconds, bytes: input.count)
    }
    let input = repeated(toAtLeast: 13_000_000)
    let typography = Measure.median(samples: 3, iterations: 1) {
        _ = Checker.check(bytes: input, options: CheckOptions(mode: .fragment))
    }
    Measure.report("check 13 MB, typography only (fragment)", seconds: typography, bytes: input.count)
}
