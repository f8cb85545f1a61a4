import Foundation
import OfficeText
import Zip

/// Reading Word documents: a 30-page submission (about 18,000 characters in some 600 paragraphs,
/// each split into runs with fonts and sizes as Word writes them), deflated by python3's zipfile
/// as Word deflates its parts. Budget: the whole process `jianbao check` on it within 20 ms.
func benchmarkWord() throws {
    let seed = Measure.packageFile("seeds/003_89e8e6edd186e997.txt")
    let lines = seed.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    let runProperties = #"<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>"#
    var body = ""
    var text = ""
    var characters = 0, paragraphs = 0, index = 0
    // A page of 22 lines of 28 characters: 616 characters.
    while characters < 30 * 616 {
        let line = lines[index % lines.count]
        index += 1
        paragraphs += 1
        characters += line.count
        text += line + "\n"
        body += #"<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>"# + runProperties + "</w:pPr>"
        var rest = Substring(line)
        while !rest.isEmpty {
            let piece = rest.prefix(40)
            rest = rest.dropFirst(piece.count)
            body += #"<w:r w:rsidRPr="00A1B2C3">"# + runProperties + #"<w:t xml:space="preserve">"# + escapeXML(String(piece)) + "</w:t></w:r>"
        }
        body += "</w:p>"
    }
    let documentXML = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"# + body + "<w:sectPr/></w:body></w:document>"
    var archive = ZipArchive()
    archive.add("[Content_Types].xml", text: #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
    archive.add("_rels/.rels", text: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
    archive.add("word/document.xml", text: documentXML)

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-bench-word-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let stored = folder.appendingPathComponent("stored.docx"), document = folder.appendingPathComponent("30页来稿.docx")
    let plain = folder.appendingPathComponent("30页来稿.txt")
    try Data(archive.bytes()).write(to: stored)
    try Data(text.utf8).write(to: plain)
    // Word deflates its parts: recompress with python3's zipfile when there is one.
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", "-c", """
    import sys, zipfile
    with zipfile.ZipFile(sys.argv[1]) as source, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, source.read(item.filename))
    """, stored.path, document.path]
    if (try? python.run()) != nil { python.waitUntilExit() }
    if !FileManager.default.fileExists(atPath: document.path) {
        print("word: python3 not available — the document is stored, not deflated")
        try FileManager.default.copyItem(at: stored, to: document)
    }
    let bytes = [UInt8](try Data(contentsOf: document))
    print("30-page document: \(paragraphs) paragraphs, \(characters) characters, document.xml \(documentXML.utf8.count) bytes, .docx \(bytes.count) bytes")

    var read = 0
    let inProcess = try Measure.median(iterations: 20) { read = try WordDocument(bytes).paragraphs.count }
    guard read == paragraphs else { throw WordBenchmarkFailure() }
    Measure.report("read .docx in-process (unzip, inflate, text)", seconds: inProcess, bytes: documentXML.utf8.count)
    let reader = try ZipReader(bytes)
    let unzip = try Measure.median(iterations: 20) { _ = try reader.contents(of: "word/document.xml") }
    Measure.report("  of which inflate document.xml", seconds: unzip, bytes: documentXML.utf8.count)
    let xmlBytes = Array(documentXML.utf8)
    let extract = try Measure.median(iterations: 20) { _ = try WordDocument(documentXML: xmlBytes) }
    Measure.report("  of which text from document.xml", seconds: extract, bytes: documentXML.utf8.count)

    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("jianbao")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        print("word whole process: skipped (\(binary.path) not built)")
        return
    }
    for (name, path) in [("check --article 30页来稿.docx, whole process", document.path),
                         ("check --article 30页来稿.txt (same text), whole process", plain.path)] {
        let seconds = try Measure.median(samples: 15, iterations: 1) { _ = try runProcess(binary, ["check", "--article", path]) }
        Measure.report(name, seconds: seconds)
    }
    let parse = try Measure.median(samples: 15, iterations: 1) { _ = try runProcess(binary, ["parse", "--article", document.path]) }
    Measure.report("parse --article 30页来稿.docx, whole process", seconds: parse)
}

private func escapeXML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

private struct WordBenchmarkFailure: Error {}
