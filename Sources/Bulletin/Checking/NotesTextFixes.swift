import SourceText

/// The notes' texts as `check --fix` leaves them, for the reader: P1's fixes (which half-width
/// marks are Chinese punctuation) and P4's deletion of the spaces beside a Chinese clause or
/// sentence mark (`StraySpace.deletesBesideMark`), from one scan of each text — the reader asks
/// this of every text of a half-width submission. One judgement, the rules': the reader converts
/// nothing itself.
enum NotesTextFixes {
    private static func sink(_ rules: [Rule]) -> FindingSink {
        var severities: [String: RuleSeverity] = [:]
        for rule in RuleCatalogue.all { severities[rule.code] = .off }
        for rule in rules { severities[rule.code] = .error }
        return FindingSink(options: CheckOptions(mode: .fragment, severities: severities), editsOnly: true)
    }
    private static let marksAndSpaces = sink([HalfwidthPunctuation.rule, StraySpace.rule])
    /// P4's work is asked only of a text with a space beside a mark: most have none (OCR text).
    private static let marksOnly = sink([HalfwidthPunctuation.rule])

    /// `text` fixed, and how many marks and spaces were changed. A further scan is made only when
    /// an edit overlapped another and was left (a mark P1 only reports, `120.群众`, stays).
    static func fixed(_ text: String) -> (text: String, punctuation: Int, spaces: Int) {
        let marks = HalfwidthPunctuation.hasMarkBesideNonASCII(text), spacing = StraySpace.hasSpaceBesideMark(text)
        guard marks || spacing else { return (text, 0, 0) }
        let rules = spacing ? marksAndSpaces : marksOnly
        var bytes = Array(text.utf8)
        var punctuation = 0, spaces = 0
        var edits: [TextEdit] = []
        for _ in 0..<10 {
            // One pass over the found edits: P1's all, P4's deletions beside a mark.
            edits.removeAll(keepingCapacity: true)
            var marks = 0
            for found in Checker.fragmentFixEdits(bytes: bytes, rules: rules) {
                if found.code == HalfwidthPunctuation.rule.code {
                    marks += 1
                } else if !StraySpace.deletesBesideMark(found.edit, in: bytes) {
                    continue
                }
                edits.append(found.edit)
            }
            guard !edits.isEmpty else { break }
            let (next, count) = Fixer.apply(edits, to: bytes)
            guard count > 0 else { break }
            bytes = next
            punctuation += min(marks, count)
            spaces += max(0, count - marks)
            if count == edits.count { break }
        }
        return punctuation + spaces == 0 ? (text, 0, 0) : (String(decoding: bytes, as: UTF8.self), punctuation, spaces)
    }
}
