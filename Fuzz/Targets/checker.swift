import Bulletin
import SourceText

// The checker and `--fix`: findings lie inside the text, each fix edits only inside its own
// finding, `--fix` leaves no fixable finding and fixing again changes nothing.
let modes: [CheckOptions.Mode] = [.auto, .article, .issue, .fragment]

func fuzz(_ bytes: [UInt8]) {
    // The input's length picks the mode, so the text stays the fuzzer's own.
    let options = CheckOptions(mode: modes[bytes.count % modes.count])
    let result = Checker.check(bytes: bytes, options: options)
    for located in result.findings {
        let finding = located.finding
        guard 0 <= finding.start, finding.start <= finding.end, finding.end <= bytes.count else {
            propertyFailed("a finding lies inside the text", "\(finding.rule.identifier) \(finding.start)..<\(finding.end) in \(describe(bytes))")
        }
        _ = located.diagnostic.rendered(path: "fuzz.txt")
        for edit in finding.fix?.edits ?? [] where !(finding.start <= edit.start && edit.start <= edit.end && edit.end <= finding.end) {
            propertyFailed("a fix edits only inside its finding",
                           "\(finding.rule.identifier) finding \(finding.start)..<\(finding.end), edit \(edit.start)..<\(edit.end) → \(String(reflecting: edit.replacement)) in \(describe(bytes))")
        }
    }
    let fixed = Fixer.fixed(bytes: bytes, options: options).bytes
    let left = fixable(fixed, options)
    let again = Fixer.fixed(bytes: fixed, options: options).bytes
    guard left.isEmpty, again == fixed else {
        if !left.isEmpty {
            propertyFailed("after --fix no fixable finding remains",
                           "left: \(left.joined(separator: ", "))\ninput \(describe(bytes))\nfixed \(describe(fixed))")
        }
        propertyFailed("--fix is idempotent", "input \(describe(bytes))\nfixed \(describe(fixed))\nagain \(describe(again))")
    }
    if fixed != bytes { _ = Fixer.unifiedDiff(old: String(decoding: bytes, as: UTF8.self), new: String(decoding: fixed, as: UTF8.self), path: "fuzz.txt") }
}

/// The fixable findings of a text, as `RULE@offset`.
func fixable(_ bytes: [UInt8], _ options: CheckOptions) -> [String] {
    Checker.check(bytes: bytes, options: options).findings.compactMap { located in
        located.finding.fix == nil ? nil : "\(located.finding.rule.identifier)@\(located.finding.start)"
    }
}
