import Bulletin
import Foundation
import OfficeText

/// `check --review`: the Word review copy beside the original — each safe fix a tracked change,
/// every other finding a comment. The writing lives in OfficeText; this file only maps findings
/// to revisions and chooses the file name.
enum ReviewCopy {
    static let author = "简报检查"

    /// `dir/来稿.docx` → `dir/来稿（审阅）.docx`.
    static func path(for input: String) -> String {
        let url = URL(fileURLWithPath: input)
        let stem = url.pathExtension.lowercased() == "docx" ? url.deletingPathExtension().lastPathComponent : url.lastPathComponent
        let folder = (input as NSString).deletingLastPathComponent
        let name = stem + "（审阅）.docx"
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Writes the review copy of `document` for `result`; returns its path and what it holds.
    static func write(_ document: WordDocument, result: CheckResult, input: String) throws -> (path: String, review: WordReview.Result) {
        var revisions: [Revision] = []
        for located in result.findings {
            let finding = located.finding
            let remark = "\(finding.message) [\(finding.rule.identifier)]"
            if let fix = finding.fix, !fix.edits.isEmpty {
                for edit in fix.edits {
                    revisions.append(Revision(start: edit.start, end: edit.end, replacement: edit.replacement, comment: remark))
                }
            } else {
                revisions.append(Revision(start: located.range.start.offset, end: located.range.end.offset, comment: remark))
            }
        }
        let review: WordReview.Result
        do {
            review = try WordReview.copy(of: document, revisions: revisions, author: author, date: timestamp())
        } catch {
            throw CommandError(message: "\(Files.displayName(input))：\(error.message)")
        }
        let output = path(for: input)
        try Files.write(Data(review.bytes), to: output, inputs: [input])
        return (output, review)
    }

    /// Now, or SOURCE_DATE_EPOCH when set (reproducible copies), as Word writes dates.
    private static func timestamp() -> String {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { TimeInterval($0) } ?? Date().timeIntervalSince1970
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds.rounded(.down)))
    }
}
