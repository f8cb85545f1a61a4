import Bulletin
import Foundation
import SourceText
import Templating

enum DraftCommand: Command {
    static let name = "draft"
    static let summary = "根据笔记起草一期简报（文本、Markdown、HTML、DOCX）"
    static let usage = """
    用法：jianbao draft 笔记文件|- [--format txt|md|html|docx] [-o 输出文件] [--profile 画像] [--templates 模板目录] [--strict]

    根据笔记（YAML 子集，中文字段，见 docs/notes-format.md）起草一期简报；笔记顶层是一篇
    文章（地区、标题、导语……）时，起草这一篇来稿。目录、要点编号“一、”、专辑序号“（六）”
    都自动生成，正文照笔记原样输出，不作任何改动。

    选项：
      --format 格式     txt（默认）、md、html 或 docx（Word/WPS 文档，须用 -o 指定文件）
      -o, --output 文件  写入文件（原子写入；不会覆盖笔记本身），默认输出到标准输出
      --profile 画像    画像文件（刊名、编发单位、分送预设），或内置画像名 standard、2024；
                        笔记中的字段优先于画像
      --templates 目录  用该目录中的 *.mustache 模板覆盖内置模板（同名者优先）
      --strict          模板引用了不存在的字段时报错

    退出状态：0 成功；1 笔记、画像或模板有误（带行列位置）；2 用法错误或文件无法读取。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let format = try arguments.choice("--format", from: Drafter.formats + ["docx"], default: "txt")
        let output = try arguments.option("-o", "--output")
        let setup = try DraftingSetup(&arguments)
        let notesPath = try arguments.single("笔记文件")
        let text = try Files.readText(notesPath)
        if format == "docx" {
            return try writeDocx(notes: text, notesPath: notesPath, output: output, setup: setup)
        }

        guard let drafter = try setup.drafter(format: format),
              let document = decode(text, path: notesPath, profile: drafter.profile) else { return ExitStatus.findings }
        guard let drafted = try setup.run({ () throws(DraftError) in try drafter.draft(document, format: format) }) else {
            return ExitStatus.findings
        }
        try Files.write(drafted, to: output, inputs: [notesPath])
        return ExitStatus.clean
    }
}

extension DraftCommand {
    /// The notes as an issue or an article; nil after reporting every located problem.
    /// Warnings (a value that may not print as meant) are reported and drafting goes on.
    static func decode(_ notes: String, path: String, profile: HouseProfile) -> NotesDocument? {
        do throws(NotesDecodingError) {
            var warnings: [Diagnostic] = []
            let document = try NotesDecoder(profile: profile).decode(text: notes, warnings: &warnings)
            Terminal.report(warnings, path: path)
            return document
        } catch {
            Terminal.report(error.diagnostics, path: path)
            return nil
        }
    }

    /// DOCX is binary: it goes to a file named with -o (or `-o -` into a pipe), never to a terminal.
    /// It needs the profile but no templates, so the template library is not loaded.
    static func writeDocx(notes: String, notesPath: String, output: String?, setup: DraftingSetup) throws -> Int32 {
        guard let output, output != "-" || isatty(STDOUT_FILENO) == 0 else {
            throw CommandError(message: "DOCX 是二进制文件，请用 -o 文件名 指定输出文件")
        }
        guard let profile = try setup.profile(),
              let document = decode(notes, path: notesPath, profile: profile) else { return ExitStatus.findings }
        let bytes: [UInt8]
        do throws(DocxError) {
            bytes = try DocxWriter.document(for: document)
        } catch {
            if let diagnostic = error.diagnostic(in: notes) {
                Terminal.report([diagnostic], path: notesPath)
            } else {
                Terminal.printError("\(Files.displayName(notesPath)): error: \(error.message)")
            }
            return ExitStatus.findings
        }
        try Files.write(Data(bytes), to: output, inputs: [notesPath])
        return ExitStatus.clean
    }
}

/// The options `draft`, `footer` and `new` share (profile, templates, strictness) and the
/// way they report profile and template problems.
struct DraftingSetup {
    var profilePath: String?
    var templatesDirectory: String?
    var strict: Bool

    init(_ arguments: inout Arguments, allowTemplates: Bool = true) throws {
        profilePath = try arguments.option("--profile")
        templatesDirectory = allowTemplates ? try arguments.folder("--templates", holding: "模板") : nil
        strict = allowTemplates ? arguments.flag("--strict") : false
    }

    /// The profile: a file, else a built-in name, else the standard profile. Nil after
    /// reporting a malformed profile file.
    func profile() throws -> HouseProfile? {
        guard let profilePath else { return .standard }
        let isFile = profilePath == "-" || FileManager.default.fileExists(atPath: profilePath)
        if !isFile, HouseProfile.builtInNames.contains(profilePath) {
            do throws(NotesDecodingError) {
                return try HouseProfile.named(profilePath)
            } catch {
                Terminal.report(error.diagnostics, path: "profiles/\(profilePath).yaml")
                return nil
            }
        }
        guard isFile else {
            throw CommandError(message: "找不到画像文件 \(profilePath)（内置画像：\(HouseProfile.builtInNames.joined(separator: "、"))）")
        }
        let text = try Files.readText(profilePath)
        do throws(NotesDecodingError) {
            return try HouseProfile.load(text: text)
        } catch {
            Terminal.report(error.diagnostics, path: profilePath)
            return nil
        }
    }

    /// Templates (of one output format) and profile ready to draft; nil after reporting what is wrong.
    func drafter(format: String) throws -> Drafter? {
        guard let profile = try profile() else { return nil }
        do throws(TemplateError) {
            let library = try Drafter.library(overriddenBy: templatesDirectory, format: format)
            return Drafter(library: library, profile: profile, strict: strict)
        } catch {
            report(error)
            return nil
        }
    }

    /// Runs a drafting step. A broken template is reported (nil, exit 1); a format without
    /// a template is a usage error (exit 2).
    func run(_ body: () throws(DraftError) -> String) throws -> String? {
        do throws(DraftError) {
            return try body()
        } catch {
            switch error {
            case .unavailable:
                throw CommandError(message: error.message)
            case .template(let templateError):
                report(templateError)
                return nil
            }
        }
    }

    private func report(_ error: TemplateError) {
        // Each diagnostic names the template it points into; show the file it comes from.
        let folder = templatesDirectory ?? "templates"
        for (path, diagnostic) in zip(error.paths, error.diagnostics) {
            Terminal.report([diagnostic], path: "\(folder)/\(path).mustache")
        }
    }
}
