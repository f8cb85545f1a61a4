import SourceText

/// The output formats of `jianbao check`: text, JSON, SARIF 2.1.0, GitHub workflow annotations and an HTML page.
public enum CheckReport {
    public enum Format: String, Sendable, CaseIterable { case text, json, sarif, github, html }

    /// One checked file.
    public struct Entry: Sendable {
        public var path: String
        public var result: CheckResult
        public init(path: String, result: CheckResult) {
            self.path = path
            self.result = result
        }
    }

    public static func render(_ entries: [Entry], format: Format, colour: Bool = false) -> String {
        switch format {
        case .text: text(entries, colour: colour)
        case .json: json(entries)
        case .sarif: sarif(entries)
        case .github: github(entries)
        case .html: html(entries)
        }
    }

    /// `path:line:col: error|warning: message [P3 unbalanced-quote]`, one per line, sorted.
    public static func text(_ entries: [Entry], colour: Bool = false) -> String {
        // Headlines only, appended to one string: a copy of the source line per finding, or a list
        // of lines joined at the end, cost hundreds of bytes per finding of a file with millions.
        var output = ""
        for entry in entries {
            for located in entry.result.findings {
                output += located.diagnostic.headline(path: entry.path, colour: colour)
                output += "\n"
            }
        }
        return output
    }

    /// A summary line in Chinese for the end of text output. `notesErrors`: errors found while
    /// reading notes or profile files (reported apart from the findings), which draft would refuse.
    public static func summary(_ entries: [Entry], notesErrors: Int = 0) -> String {
        let findings = findingsSummary(entries)
        guard notesErrors > 0 else { return findings }
        let notes = "笔记或画像中的错误 \(notesErrors) 处，须改正后才能使用"
        if entries.allSatisfy({ $0.result.findings.isEmpty }) { return "检查了 \(entries.count) 个文件：" + notes }
        return findings + "；另有" + notes
    }

    private static func findingsSummary(_ entries: [Entry]) -> String {
        var total = 0, errors = 0, fixable = 0
        for entry in entries {
            for located in entry.result.findings {
                total += 1
                if located.finding.severity == .error { errors += 1 }
                if located.finding.fix != nil { fixable += 1 }
            }
        }
        if total == 0 { return "检查了 \(entries.count) 个文件，未发现问题" }
        return "检查了 \(entries.count) 个文件：错误 \(errors) 处，警告 \(total - errors) 处" + (fixable > 0 ? "；其中 \(fixable) 处可用 --fix 自动修正" : "")
    }

    public static func json(_ entries: [Entry]) -> String {
        var output = ""
        for entry in entries {
            let path = JSONString.quoted(entry.path)
            for located in entry.result.findings {
                let finding = located.finding, range = located.range
                output += output.isEmpty ? "[\n  {" : ",\n  {"
                output += "\"path\": \(path), \"line\": \(range.start.line), \"column\": \(range.start.column), "
                output += "\"endLine\": \(range.end.line), \"endColumn\": \(range.end.column), "
                output += "\"offset\": \(range.start.offset), \"endOffset\": \(range.end.offset), "
                output += "\"severity\": \(JSONString.quoted(finding.severity.label)), "
                output += "\"rule\": \(JSONString.quoted(finding.rule.identifier)), \"code\": \(JSONString.quoted(finding.rule.code)), "
                output += "\"message\": \(JSONString.quoted(finding.message))"
                if let fix = finding.fix {
                    let edits = fix.edits.map { "{\"offset\": \($0.start), \"endOffset\": \($0.end), \"replacement\": \(JSONString.quoted($0.replacement))}" }
                    output += ", \"fix\": {\"description\": \(JSONString.quoted(fix.description)), \"edits\": [\(edits.joined(separator: ", "))]}"
                }
                output += "}"
            }
        }
        return output.isEmpty ? "[]\n" : output + "\n]\n"
    }

    public static func sarif(_ entries: [Entry]) -> String {
        let rules = RuleCatalogue.all.map { rule in
            "{\"id\": \(JSONString.quoted(rule.code)), \"name\": \(JSONString.quoted(rule.slug)), \"shortDescription\": {\"text\": \(JSONString.quoted(rule.title))}, "
                + "\"fullDescription\": {\"text\": \(JSONString.quoted(rule.explanation))}, \"help\": {\"text\": \(JSONString.quoted(rule.message))}, "
                + "\"defaultConfiguration\": {\"level\": \(JSONString.quoted(level(rule.severity.severity)))}}"
        }
        var results = ""
        for entry in entries {
            let uri = uriReference(entry.path)
            for located in entry.result.findings {
                let finding = located.finding, range = located.range
                var result = "{\"ruleId\": \(JSONString.quoted(finding.rule.code)), \"level\": \(JSONString.quoted(level(finding.severity))), \"message\": {\"text\": \(JSONString.quoted(finding.message))}, "
                    + "\"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(JSONString.quoted(uri))}, \"region\": {"
                    + "\"startLine\": \(range.start.line), \"startColumn\": \(range.start.column), \"endLine\": \(range.end.line), \"endColumn\": \(range.end.column), "
                    + "\"byteOffset\": \(range.start.offset), \"byteLength\": \(range.end.offset - range.start.offset)}}}]"
                if let fix = finding.fix {
                    let replacements = fix.edits.map { "{\"deletedRegion\": {\"byteOffset\": \($0.start), \"byteLength\": \($0.end - $0.start)}, \"insertedContent\": {\"text\": \(JSONString.quoted($0.replacement))}}" }
                    result += ", \"fixes\": [{\"description\": {\"text\": \(JSONString.quoted(fix.description))}, \"artifactChanges\": [{\"artifactLocation\": {\"uri\": \(JSONString.quoted(uri))}, \"replacements\": [\(replacements.joined(separator: ", "))]}]}]"
                }
                results += results.isEmpty ? "" : ",\n      "
                results += result
                results += "}"
            }
        }
        return """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [{
            "tool": {"driver": {"name": "jianbao", "rules": [
              \(rules.joined(separator: ",\n      "))
            ]}},
            "columnKind": "unicodeCodePoints",
            "results": [
              \(results)
            ]
          }]
        }

        """
    }

    /// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
    public static func github(_ entries: [Entry]) -> String {
        var output = ""
        for entry in entries {
            let file = escapeProperty(entry.path)
            for located in entry.result.findings {
                let finding = located.finding, range = located.range
                let kind = finding.severity == .error ? "error" : "warning"
                output += "::\(kind) file=\(file),line=\(range.start.line),col=\(range.start.column),endLine=\(range.end.line),endColumn=\(range.end.column),title=\(escapeProperty(finding.rule.identifier))"
                output += "::\(escapeData(finding.message))\n"
            }
        }
        return output
    }

    /// A path as a SARIF `uri` (a URI reference): UTF-8 bytes percent-encoded (RFC 3986) except the
    /// unreserved characters and `/`, so spaces and Chinese file names reach the consumer intact.
    static func uriReference(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func level(_ severity: Severity?) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case nil: "none"
        }
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
