import XCTest
import Foundation
import SourceText
@testable import Bulletin

final class ZZAgreementProbe: XCTestCase {
    func testProbe() throws {
        guard let list = ProcessInfo.processInfo.environment["PROBE_LIST"] else { return }
        let files = try String(contentsOfFile: list, encoding: .utf8).split(separator: "\n").map(String.init)
        var filesSame = 0, filesDiff = 0, parasBoth = 0, onlyReader = 0, onlyLayout = 0, roleDiff = 0
        var report = ""
        var kindReport = ""
        var kindDiff = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let original = [UInt8](data)
            let bytes = LineEnds.breaksAsLineFeeds(original) ?? original
            let result = BulletinReader.read(bytes: original)
            var readerStarts: [Int: String] = [:]
            for r in [result] + result.followingIssues {
                for p in r.paragraphs { if let s = p.segments.first?.start.offset { readerStarts[s] = Self.role(p.role) } }
            }
            let index = LineIndex(bytes: bytes, lineStarts: SourceLines.lineStarts(bytes))
            var layoutStarts: [Int: String] = [:]
            for (_, layout) in TextLayout.issueLayouts(bytes: bytes, lineIndex: index) {
                for p in layout.logicalParagraphs {
                    let b = layout.blocks[p.lowerBound]
                    if b.role == .separator { continue }
                    layoutStarts[b.textStart] = Self.role(b.role)
                }
            }
            let layoutKinds = TextLayout.issueLayouts(bytes: bytes, lineIndex: index).map { "\($0.layout.kind)" }
            let readerKinds = ([result] + result.followingIssues).map { "\($0.kind)" }
            if layoutKinds != readerKinds { kindReport += "\(file): reader \(readerKinds.prefix(3)) layout \(layoutKinds.prefix(3))\n"; kindDiff += 1 }
            let r = Set(readerStarts.keys), l = Set(layoutStarts.keys)
            let both = r.intersection(l)
            var rd = 0
            for s in both where readerStarts[s] != layoutStarts[s] { rd += 1 }
            parasBoth += both.count; onlyReader += r.subtracting(l).count; onlyLayout += l.subtracting(r).count; roleDiff += rd
            if r == l && rd == 0 { filesSame += 1 } else {
                filesDiff += 1
                report += "\(file): both \(both.count) onlyReader \(r.subtracting(l).count) onlyLayout \(l.subtracting(r).count) roleDiff \(rd)\n"
                for s in r.subtracting(l).sorted().prefix(3) { report += "   R \(index.position(ofByteOffset: s).line) \(readerStarts[s]!)\n" }
                for s in l.subtracting(r).sorted().prefix(3) { report += "   L \(index.position(ofByteOffset: s).line) \(layoutStarts[s]!)\n" }
                for s in both.sorted() where readerStarts[s] != layoutStarts[s] { report += "   role \(index.position(ofByteOffset: s).line) R=\(readerStarts[s]!) L=\(layoutStarts[s]!)\n"; break }
            }
        }
        report = "files same \(filesSame) differ \(filesDiff); paragraphs both \(parasBoth) onlyReader \(onlyReader) onlyLayout \(onlyLayout) roleDiff \(roleDiff)\n" + report
        try ("kind differs in \(kindDiff)\n" + kindReport).write(toFile: "/tmp/harness/kinds.txt", atomically: true, encoding: .utf8)
        try report.write(toFile: "/tmp/harness/probe.txt", atomically: true, encoding: .utf8)
    }

    static func role(_ r: LogicalParagraph.Role) -> String {
        switch r {
        case .lead, .pointBody, .closing, .subHeading: "body"
        case .contentsEntry: "contents"
        case .other: "other"
        default: r.rawValue
        }
    }
    static func role(_ r: BlockRole) -> String {
        switch r {
        case .footerSend, .footerCopy, .footerIssuer: "footer"
        case .unplaced, .credit: "other"
        default: "\(r)"
        }
    }
}
