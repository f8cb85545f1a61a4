import Foundation
import Zip

/// DEFLATE decompression against zlib on the same input in the same run: a WordprocessingML-like
/// text of about 8 MB (the seeds' text wrapped in runs), compressed raw at zlib level 6 by
/// python3, which also times zlib's own decompression. Budget: ≥ 200 MB/s of output.
func benchmarkInflate() throws {
    var text = ""
    let seeds = Measure.packageRoot.appendingPathComponent("seeds")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()) ?? []
    for file in files where file.hasSuffix(".txt") || file.hasSuffix(".md") {
        text += (try? String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)) ?? ""
    }
    var xml = "<w:document><w:body>"
    var lineNumber = 0
    while xml.utf8.count < 8 << 20 {
        for line in text.split(separator: "\n") {
            lineNumber += 1
            xml += "<w:p w:rsidR=\"00\(lineNumber % 97)\"><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"仿宋_GB2312\"/></w:rPr><w:t>\(line)</w:t></w:r></w:p>"
        }
    }
    xml += "</w:body></w:document>"
    let original = Array(xml.utf8)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-bench-inflate-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("input.xml"), compressed = folder.appendingPathComponent("input.deflate")
    try Data(original).write(to: input)
    let script = """
    import sys, time, zlib
    data = open(sys.argv[1], "rb").read()
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = c.compress(data) + c.flush()
    open(sys.argv[2], "wb").write(packed)
    times = []
    for _ in range(9):
        start = time.perf_counter()
        zlib.decompressobj(-15).decompress(packed)
        times.append(time.perf_counter() - start)
    print(sorted(times)[4])
    """
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", "-c", script, input.path, compressed.path]
    let pipe = Pipe()
    python.standardOutput = pipe
    guard (try? python.run()) != nil else {
        print("inflate: skipped (python3 not available to make the zlib reference)")
        return
    }
    let printed = pipe.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    guard python.terminationStatus == 0, let zlibSeconds = Double(String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
          let packed = FileManager.default.contents(atPath: compressed.path) else {
        print("inflate: skipped (python3 zlib failed)")
        return
    }
    let bytes = [UInt8](packed)
    var output: [UInt8] = []
    let seconds = try Measure.median(iterations: 3) { output = try Inflate.inflate(bytes, limit: 64 << 20) }
    guard output == original else { throw InflateBenchmarkFailure() }
    print("compressed \(bytes.count) bytes, ratio \(String(format: "%.1f", Double(original.count) / Double(bytes.count)))")
    Measure.report("inflate (Zip.Inflate)", seconds: seconds, bytes: original.count)
    Measure.report("inflate (zlib via python3, same input)", seconds: zlibSeconds, bytes: original.count)

    let crc = Measure.median(iterations: 5) { _ = CRC32.checksum(original) }
    Measure.report("CRC-32", seconds: crc, bytes: original.count)
}

private struct InflateBenchmarkFailure: Error {}
