import Foundation
import NotesFormat
import XCTest

/// yaml-test-suite cases from `$YAML_SUBSET_CASES` (see its README): every valid case must read
/// as its `test.event` stream says (the type lint switched off), the lint must then reject exactly
/// the cases `cases.tsv` notes as `lint:`, and every invalid case must be rejected.
final class NotesConformanceTests: XCTestCase {
    /// An expected node, built from the event stream.
    indirect enum EventNode: Equatable, CustomStringConvertible {
        case scalar(Character, String)
        case sequence([EventNode])
        case mapping([(EventNode, EventNode)])

        static func == (lhs: EventNode, rhs: EventNode) -> Bool {
            switch (lhs, rhs) {
            case let (.scalar(a, b), .scalar(c, d)): return a == c && b == d
            case let (.sequence(a), .sequence(b)): return a == b
            case let (.mapping(a), .mapping(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
            default: return false
            }
        }

        var description: String {
            switch self {
            case let .scalar(style, text): return "\(style)\(text.debugDescription)"
            case let .sequence(items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
            case let .mapping(entries): return "{" + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
            }
        }
    }

    static func casesDirectory() throws -> URL {
        guard let value = ProcessInfo.processInfo.environment["YAML_SUBSET_CASES"], !value.isEmpty else {
            print("skip: YAML_SUBSET_CASES is not set; the yaml-test-suite conformance cases were not run")
            throw XCTSkip("YAML_SUBSET_CASES is not set")
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [URL(fileURLWithPath: value), packageRoot.appendingPathComponent(value)]
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("cases.tsv").path) {
            return candidate
        }
        XCTFail("YAML_SUBSET_CASES=\(value) does not hold cases.tsv")
        throw XCTSkip("no cases")
    }

    /// `id → (group, note)` from cases.tsv.
    static func caseTable(_ directory: URL) throws -> [String: (group: String, note: String)] {
        let text = try String(contentsOf: directory.appendingPathComponent("cases.tsv"), encoding: .utf8)
        var table: [String: (String, String)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5 else { continue }
            table[fields[0]] = (fields[1], fields[4])
        }
        return table
    }

    static func input(_ directory: URL, _ id: String) throws -> [UInt8] {
        var bytes = Array(try Data(contentsOf: directory.appendingPathComponent(id).appendingPathComponent("in.yaml")))
        // The suite's convention: a missing final line break counts as present.
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        return bytes
    }

    func testValidCasesMatchTheirEvents() throws {
        let directory = try Self.casesDirectory()
        let table = try Self.caseTable(directory)
        let ids = table.filter { $0.value.group == "valid" }.keys.sorted()
        XCTAssertEqual(ids.count, 45)
        var matched = 0, lintRejected = 0
        for id in ids {
            let events = try String(contentsOf: directory.appendingPathComponent("valid").appendingPathComponent(id).appendingPathComponent("test.event"), encoding: .utf8)
            let expected = try Self.tree(fromEvents: events)
            let bytes = try Self.input(directory, "valid/" + id)
            do {
                let node = try NotesParser.parse(bytes: bytes, options: .init(typeLint: false))
                XCTAssertEqual(Self.eventNode(node), expected, "valid/\(id)")
                if Self.eventNode(node) == expected { matched += 1 }
            } catch {
                XCTFail("valid/\(id) rejected: \(error.diagnostic.rendered(path: id))")
            }
            let lintExpected = table[id]?.note.hasPrefix("lint:") ?? false
            do {
                _ = try NotesParser.parse(bytes: bytes)
                XCTAssertFalse(lintExpected, "valid/\(id): the type lint should reject it (\(table[id]?.note ?? ""))")
            } catch {
                XCTAssertTrue(lintExpected, "valid/\(id): \(error.diagnostic.message)")
                XCTAssertEqual(error.kind, .ambiguousType, "valid/\(id)")
                lintRejected += 1
            }
        }
        XCTAssertEqual(lintRejected, 3)
        print("yaml-subset-cases valid: \(matched)/\(ids.count) match their events; \(lintRejected) rejected by the type lint (plain floats)")
    }

    func testInvalidCasesAreRejected() throws {
        let directory = try Self.casesDirectory()
        let table = try Self.caseTable(directory)
        var rejected: [String: Int] = [:], total: [String: Int] = [:]
        for (id, entry) in table.sorted(by: { $0.key < $1.key }) where entry.group.hasPrefix("invalid") {
            total[entry.group, default: 0] += 1
            let bytes = try Self.input(directory, "invalid/" + id)
            do {
                let node = try NotesParser.parse(bytes: bytes)
                XCTFail("invalid/\(id) accepted as \(node.plainValue)")
            } catch {
                XCTAssertFalse(error.diagnostic.message.isEmpty)
                rejected[entry.group, default: 0] += 1
            }
        }
        XCTAssertEqual(total.values.reduce(0, +), 94)
        for group in total.keys.sorted() {
            print("yaml-subset-cases \(group): \(rejected[group] ?? 0)/\(total[group] ?? 0) rejected")
            XCTAssertEqual(rejected[group], total[group], group)
        }
    }

    // MARK: Trees

    static func eventNode(_ node: NotesNode) -> EventNode {
        switch node.value {
        case .null: return .scalar(":", "")
        case let .string(text, style):
            let mark: Character
            switch style {
            case .plain: mark = ":"
            case .singleQuoted: mark = "'"
            case .doubleQuoted: mark = "\""
            case .literal: mark = "|"
            case .folded: mark = ">"
            }
            return .scalar(mark, text)
        case .sequence(let items): return .sequence(items.map(eventNode))
        case .mapping(let entries):
            // Keys are compared by text; the suite's keys here are plain or quoted scalars.
            return .mapping(entries.map { (.scalar("k", $0.key), eventNode($0.value)) })
        }
    }

    struct EventError: Error { var line: String }

    /// Builds the document's root from `+SEQ`/`+MAP`/`=VAL` events (keys turned into `k` scalars).
    static func tree(fromEvents events: String) throws -> EventNode {
        enum Open { case sequence([EventNode]), mapping([(EventNode, EventNode)], pendingKey: EventNode?) }
        var stack: [Open] = []
        var root: EventNode?
        func add(_ node: EventNode) {
            guard let top = stack.popLast() else { root = node; return }
            switch top {
            case .sequence(var items):
                items.append(node)
                stack.append(.sequence(items))
            case .mapping(var entries, let pending):
                if let pending {
                    entries.append((pending, node))
                    stack.append(.mapping(entries, pendingKey: nil))
                } else {
                    guard case let .scalar(_, text) = node else { stack.append(top); return }
                    stack.append(.mapping(entries, pendingKey: .scalar("k", text)))
                }
            }
        }
        for line in events.split(separator: "\n") {
            if line.hasPrefix("+SEQ") {
                stack.append(.sequence([]))
            } else if line.hasPrefix("+MAP") {
                stack.append(.mapping([], pendingKey: nil))
            } else if line.hasPrefix("-SEQ") || line.hasPrefix("-MAP") {
                guard let top = stack.popLast() else { throw EventError(line: String(line)) }
                switch top {
                case .sequence(let items): add(.sequence(items))
                case .mapping(let entries, _): add(.mapping(entries))
                }
            } else if line.hasPrefix("=VAL ") {
                let body = line.dropFirst(5)
                guard let style = body.first else { throw EventError(line: String(line)) }
                add(.scalar(style, unescape(body.dropFirst())))
            }
        }
        return root ?? .scalar(":", "")
    }

    static func unescape(_ text: Substring) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\", let next = iterator.next() else { result.append(character); continue }
            switch next {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "b": result.append("\u{8}")
            case "0": result.append("\u{0}")
            case "\\": result.append("\\")
            default: result.append("\\"); result.append(next)
            }
        }
        return result
    }
}
