@testable import Bulletin

extension Checker {
    /// `line RULE` for each finding of `text`, in order: what the reading tests compare.
    static func lineCodes(_ text: String, options: CheckOptions = CheckOptions()) -> [String] {
        check(text, options: options).findings.map { "\($0.range.start.line) \($0.finding.rule.code)" }
    }
}

extension Fixer {
    /// `text` after `check --fix` (every safe fix, to a fixed point), as text.
    static func fixedText(_ text: String) -> String {
        String(decoding: fixed(bytes: Array(text.utf8)).bytes, as: UTF8.self)
    }
}
