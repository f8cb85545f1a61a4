import Bulletin
import Foundation

/// `jianbao-bench parse`: the reader on the samples grown to 10 MB, one core.
///
/// Each bulletin sample keeps its masthead and footer and repeats its articles until the text
/// reaches the target size, so every byte goes through the article paths (page-break joins,
/// points, sub-points; OCR normalisation and hard wraps for 001; Markdown for 004). Linearity
/// shows as a flat MB/s column from 1.25 MB to 10 MB.
func benchmarkParse() throws {
    // JIANBAO_BENCH_PARSE_MB=40 grows the samples further, to see that the cost stays linear.
    let target = ProcessInfo.processInfo.environment["JIANBAO_BENCH_PARSE_MB"].flatMap(Int.init).map { $0 * 1_000_000 } ?? 10_000_000
    let samples: [(String, String, (String) -> String)] = [
        ("000 plain text", "seeds/000_c878d6b2feb97647.txt", { $0 }),
        ("001 OCR text", "seeds/001_f9581be366cac430.txt", { $0 }),
        ("004 Markdown", "seeds/004_7acb3700bb16512e.txt", { $0 }),
        // A clerk's submission typed with English punctuation (the commonest kind): every text
        // of the notes takes P1's fixes, over articles of many paragraphs, unlike OCR's 001.
        ("000h half-width marks", "seeds/000_c878d6b2feb97647.txt", typedWithHalfWidthMarks),
    ]
    // JIANBAO_BENCH_PARSE_ONLY=001 measures one sample (for profiling; its label's first word).
    let only = ProcessInfo.processInfo.environment["JIANBAO_BENCH_PARSE_ONLY"]
    for (label, path, typed) in samples where only.map({ label.prefix { $0 != " " } == $0 }) ?? true {
        let text = typed(Measure.packageFile(path))
        for size in [target / 8, target / 4, target / 2, target] {
            let grown = grownIssue(text, to: size)
            let bytes = Array(grown.utf8)
            var articles = 0
            var cpu: [Double] = []
            let seconds = Measure.median(samples: 5, iterations: 1) {
                let start = threadCPUSeconds()
                articles = BulletinReader.read(bytes: bytes).bulletin?.articles.count ?? 0
                cpu.append(threadCPUSeconds() - start)
            }
            Measure.report("parse \(label) \(articles) articles", seconds: seconds, bytes: bytes.count)
            reportCPU(cpu, bytes: bytes.count)
        }
    }
    // 000 repeated as whole issues, one under another (an archive kept as one document): each
    // issue read on its own; the cost of an issue over the cost of its articles shows against
    // the grown 000 above. JIANBAO_BENCH_PARSE_ONLY=archive measures this alone.
    if only.map({ "archive".hasPrefix($0) }) ?? true {
        let issue = Measure.packageFile("seeds/000_c878d6b2feb97647.txt") + "\n"
        let archive = Array(String(repeating: issue, count: target / issue.utf8.count + 1).utf8)
        measureFileOfIssues(archive) { "parse 000 as \($0) issues in one file" }
    }
    guard only == nil else { return }
    // The five samples concatenated as they are (1,000+ issues in one file): every issue is read
    // on its own (`IssueBoundaries`); what opens no issue (the OCR sample, the feature) is listed.
    let all = ["000_c878d6b2feb97647", "001_f9581be366cac430", "002_826e4499cd511985", "003_89e8e6edd186e997", "004_7acb3700bb16512e"]
        .map { Measure.packageFile("seeds/\($0).txt") }.joined(separator: "\n")
    let repeated = Array(String(repeating: all + "\n", count: target / all.utf8.count + 1).utf8)
    measureFileOfIssues(repeated) { "parse seeds concatenated (\(target / all.utf8.count + 1)×5 docs, \($0) issues read)" }
}

/// `BulletinReader.read` of a file of several issues, five times: the median, with the count of
/// issues read in the label.
private func measureFileOfIssues(_ bytes: [UInt8], label: (Int) -> String) {
    var issues = 0
    var cpu: [Double] = []
    let seconds = Measure.median(samples: 5, iterations: 1) {
        let start = threadCPUSeconds()
        issues = BulletinReader.read(bytes: bytes).followingIssues.count + 1
        cpu.append(threadCPUSeconds() - start)
    }
    Measure.report(label(issues), seconds: seconds, bytes: bytes.count)
    reportCPU(cpu, bytes: bytes.count)
}

/// CPU time of this thread: on a shared machine it shows what one core does, where wall
/// time also counts the waits for a core.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func reportCPU(_ samples: [Double], bytes: Int) {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return }
    let median = sorted[sorted.count / 2]
    print("    one core (thread CPU time, median)".padding(toLength: 44, withPad: " ", startingAt: 0)
          + Measure.format(seconds: median).padding(toLength: 12, withPad: " ", startingAt: 0)
          + "  " + Measure.throughput(bytes: bytes, seconds: median))
}

/// The sample with its articles repeated until the whole text is about `size` bytes.
/// `text` with its Chinese marks typed as on an English keyboard (`，` `。` `：` `；` `（` `）` `“` `”`).
private func typedWithHalfWidthMarks(_ text: String) -> String {
    let marks: [Character: Character] = ["，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "“": "\"", "”": "\""]
    return String(text.map { marks[$0] ?? $0 })
}

private func grownIssue(_ text: String, to size: Int) -> String {
    let result = BulletinReader.read(text)
    let bytes = Array(text.utf8)
    guard let first = result.layout.articles.first?.heading.range.start.offset,
          let last = result.layout.articles.last?.range.end.offset else { return text }
    // Back to the start of the heading's line, so a Markdown `#` stays with it.
    var start = first
    while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
    var end = last
    while end < bytes.count, bytes[end] != 0x0A { end += 1 }
    let head = String(decoding: bytes[..<start], as: UTF8.self)
    let body = String(decoding: bytes[start..<end], as: UTF8.self) + "\n\n"
    let tail = String(decoding: bytes[end...], as: UTF8.self)
    let copies = max(1, (size - head.utf8.count - tail.utf8.count) / body.utf8.count)
    return head + String(repeating: body, count: copies) + tail
}
