import Bulletin
import Foundation

extension CheckCommand {
    enum NotesOutcome {
        /// Checked as notes; `decodingErrors` counts what makes `draft` refuse them.
        case checked(CheckReport.Entry, decodingErrors: Int)
        /// --fix would have changed more than the values: nothing written, said on stderr.
        case refused
        /// Does not parse as notes: the caller treats it as before.
        case notParsed
    }

    /// A notes file is checked as what it will print (`NotesCheck`): decoding problems on stderr,
    /// typography findings at the notes file's own line and column. --fix and --diff change text
    /// inside values only, and only where the fixed file reads back as the same tree with the
    /// fixed values; otherwise nothing is written.
    static func checkNotesFile(_ text: String, path: String, profile: HouseProfile, options: CheckOptions, fix: Bool, diff: Bool) throws -> NotesOutcome {
        guard NotesDecoder.notesTree(ifNotes: text) != nil else { return .notParsed }
        var current = text
        if fix || diff {
            guard let fixed = NotesCheck.fixed(text, profile: profile, options: options) else {
                Terminal.printError("jianbao check：\(Files.displayName(path)) 的自动修正会改动笔记的结构，未写入；请按诊断在笔记中修改")
                return .refused
            }
            if diff {
                let patch = Fixer.unifiedDiff(old: text, new: fixed, path: Files.displayName(path))
                if !patch.isEmpty { Terminal.printOut(patch, terminator: "") }
            } else if path == "-" {
                Terminal.printOut(fixed, terminator: "")
                current = fixed
            } else if fixed != text {
                try Files.write(Data(fixed.utf8), to: path, inputs: [path], allowOverwritingInput: true)
                current = fixed
            }
        }
        guard let check = NotesCheck.check(current, profile: profile, options: options) else { return .notParsed }
        Terminal.report(check.decoding, path: path)
        if fix, check.unfixable > 0 {
            Terminal.printError("jianbao check：\(Files.displayName(path)) 中 \(check.unfixable) 处问题的修正会跨过值的边界（如把两段接成一段），或所在的值带转义、折行，未自动修正；请手工修改")
        }
        return .checked(CheckReport.Entry(path: Files.displayName(path), result: check.result),
                        decodingErrors: check.decoding.count { $0.severity == .error })
    }
}
