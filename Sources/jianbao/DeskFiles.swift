import Bulletin
import Foundation

/// Reading submissions and past issues for `assemble` and `stats`: every file goes through
/// `read(_:profile:)`, through the one reading of inputs (InputDocument) that also extracts Word
/// documents and decodes GB18030.
enum DeskFiles {
    /// Extensions of the files a folder of past issues is read from; others (PDF, images) are passed over.
    static let archiveExtensions: Set<String> = ["yaml", "yml", "txt", "text", "md", "markdown", "docx"]

    /// A submission or past issue, read as check and parse read it, then by content; a Word document or a GB18030 file is named
    /// as such (the reader names only the form of the text it was given).
    static func read(_ path: String, profile: HouseProfile, forDrafting: Bool = true, checkOptions: CheckOptions = .init()) throws -> DeskFile {
        let input = try InputDocument.read(path)
        var file = DeskFile.read(text: input.text, profile: profile, forDrafting: forDrafting, checkOptions: checkOptions)
        if input.word != nil {
            file.formatName = "Word 文档"
            file.source = .word
        } else if let encoding = input.legacyEncoding {
            file.formatName = "\(encoding) 编码的\(file.formatName)"
        }
        return file
    }

    /// What the archive's last issue (`Assembly.lastIssue`) hands on to the next, as `new` and
    /// `assemble` continue it; nil when no issue in the folder has a 期号.
    static func predecessor(in folder: String, profile: HouseProfile) throws -> NotesSkeleton.Predecessor? {
        let issues = try archive(in: folder, profile: profile).compactMap(\.file.bulletin)
        return Assembly.lastIssue(of: issues).flatMap { NotesSkeleton.Predecessor(of: $0, profile: profile) }
    }

    /// `--from` found nothing to continue: why each file was passed over is already on stderr.
    static func noNumberedIssue(in folder: String) -> CommandError {
        CommandError(message: "过刊目录 \(folder) 中没有带期号的简报（跳过的文件及原因见上）；请用 --issue 给出期号")
    }

    /// Every past issue in a folder (not its subfolders), by file name, read as printed.
    /// A file that cannot be read is named on stderr and passed over: one bad file in an archive
    /// of hundreds should not stop the count, but it must not be silently missing from it.
    static func archive(in folder: String, profile: HouseProfile) throws -> [(name: String, file: DeskFile)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw CommandError(message: "无法读取目录 \(folder)")
        }
        var issues: [(String, DeskFile)] = []
        for name in names.sorted() where !name.hasPrefix(".") && archiveExtensions.contains((name as NSString).pathExtension.lowercased()) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard Files.isRegularFile(path) else {
                Terminal.printError("\(path)：跳过：不是普通文件")
                continue
            }
            do {
                let file = try read(path, profile: profile, forDrafting: false)
                if let reason = file.unreadable {
                    // The diagnostics first: the reason refers to them as “above”.
                    if !file.findings.isEmpty { Terminal.report(file.findings, path: path) }
                    Terminal.printError("\(path)：跳过：\(reason)")
                } else if file.bulletin == nil {
                    Terminal.printError("\(path)：跳过：这是单篇文章，不是一期简报")
                } else {
                    issues.append((path, file))
                }
            } catch let error as CommandError {
                Terminal.printError("\(path)：跳过：\(error.message)")
            }
        }
        return issues
    }
}
