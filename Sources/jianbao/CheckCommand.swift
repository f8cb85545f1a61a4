import Bulletin
import Foundation

/// `jianbao check`: arguments, files and exit codes; the rules live in `Bulletin/Checking`.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "检查来稿或整期简报，给出定位的诊断"
    static let usage = """
    用法：jianbao check 文件…|- [选项]

    检查整期简报或单篇来稿（自动判断；文件可以是 UTF-8 文本、Markdown 或 Word 的 .docx），按 GB/T 15834、15835 和简报体例给出诊断：
      文件:行:列: error|warning: 说明 [规则代号 名称]
    Word 文档（.docx）按段读取：“行”是第几段（正文、表格、文本框中的段依次计数），“列”是段内第几个字。

    选项：
      --article             按单篇来稿检查（不查刊头、目录、版记）
      --issue               按整期简报检查
      --format 格式         text（默认）、json、sarif、github、html（可发回作者的网页报告：原文标出每处问题）
      --disable 规则        关闭规则（代号或名称，可重复；all 表示全部）
      --enable 规则         打开规则（可重复；可写 规则=error 或 规则=warning 指定级别）
                            --disable、--enable 按出现顺序生效，都优先于画像中的“检查规则”
      --profile 画像        画像文件或内置画像名（standard、2024）；用其中的“文章字数上限”和“检查规则”
      --max-length 字数     文章篇幅上限（默认取画像，standard 为 3000 字）
      --fix                 写回可安全自动修正的问题（标点全半角、数字字母全半角、多余空格、分页断行）
      --diff                只显示 --fix 会做的修改，不写文件
      --review              为 Word 文档写出审阅稿“原名（审阅）.docx”（放在原文件旁，不改原文件）：
                            可安全修正的问题作为修订（作者“简报检查”），其余问题作为批注

    退出状态：0 没有错误；1 有错误；2 用法错误或文件无法读取。
    只在终端上着色；CLICOLOR_FORCE=1 时在终端以外也着色；设置 NO_COLOR 时不着色。
    在 Markdown 中可用 <!-- jianbao-disable 规则 -->、<!-- jianbao-enable 规则 -->、
    <!-- jianbao-disable-next-line 规则 --> 就地屏蔽。规则说明见 jianbao rules。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let article = arguments.flag("--article")
        let issue = arguments.flag("--issue")
        let fix = arguments.flag("--fix")
        let diff = arguments.flag("--diff")
        let review = arguments.flag("--review")
        let format = try arguments.choice("--format", from: CheckReport.Format.allCases.map(\.rawValue), default: "text")
        // --disable and --enable take effect in the order given, so a later one wins.
        let ruleSwitches = Self.ruleSwitches(in: arguments.remaining)
        _ = try arguments.options("--disable")
        _ = try arguments.options("--enable")
        let maxLength = try arguments.integer("--max-length")
        let profileName = try arguments.option("--profile")
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw CommandError(message: "缺少要检查的文件（用 - 表示标准输入）") }
        guard !(article && issue) else { throw CommandError(message: "--article 与 --issue 不能同时使用") }
        guard !(review && (fix || diff)) else { throw CommandError(message: "--review 不能与 --fix、--diff 同时使用：审阅稿里已有全部修改") }
        guard !(review && paths.contains("-")) else { throw CommandError(message: "--review 要在原文件旁写审阅稿，不能用于标准输入") }
        guard !(fix && diff) else { throw CommandError(message: "--fix 与 --diff 不能同时使用：--diff 只显示修改，--fix 写回文件") }

        var options = CheckOptions(mode: article ? .article : issue ? .issue : .auto)
        let profile = try loadProfile(profileName)
        if let limit = maxLength ?? profile.articleLengthLimit { options.maxArticleLength = limit }
        // The profile first, then the command line over it.
        for (code, level) in profile.ruleSeverities { options.severities[code] = level }
        for (enable, spec) in ruleSwitches {
            guard enable else {
                for rule in try rules(named: spec) { options.severities[rule.code] = .off }
                continue
            }
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            var level: RuleSeverity?
            if parts.count == 2 {
                // Off is --disable's: --enable only chooses how loud a rule is.
                guard let chosen = RuleSeverity(userText: parts[1]), chosen != .off else {
                    throw CommandError(message: "--enable 的级别应为 error 或 warning（关闭规则用 --disable），而不是“\(parts[1])”")
                }
                level = chosen
            }
            for rule in try rules(named: parts[0]) {
                options.severities[rule.code] = level ?? (rule.severity == .off ? .warning : rule.severity)
            }
        }

        guard paths.filter({ $0 == "-" }).count <= 1 else { throw CommandError(message: "标准输入（-）只能给一次") }
        var entries: [CheckReport.Entry] = []
        var unreadable = false
        var notesErrors = 0
        for path in paths {
            // One unreadable file does not hide the findings of the others; it makes the exit status 2.
            let input: InputDocument
            do {
                input = try InputDocument.read(path)
            } catch let error as CommandError {
                Terminal.printError(error.line(for: Self.name))
                unreadable = true
                continue
            }
            let text = input.text
            if input.isBlank {
                Terminal.printError("jianbao check：" + InputDocument.emptyMessage(path))
                unreadable = true
                continue
            }
            var bytes = Array(text.utf8)
            if fix, input.encode(text) == nil {
                // The text is not the file's bytes: writing it back would destroy a Word document
                // or change a GB18030 file that does not come back byte for byte.
                let what = input.word != nil ? " Word 文档" : " \(input.legacyEncoding ?? "") 编码的文件，且无法按原编码原样写回"
                Terminal.printError("jianbao check：\(Files.displayName(path)) 是\(what)，--fix 不改写它；请用 --diff 查看修改，或按诊断在原文件中修改（或先另存为 UTF-8 文本）")
                unreadable = true
                continue
            }
            // Asked once: a notes file is checked as notes, and never fixed as text.
            let looksLikeNotes = NotesDecoder.looksLikeNotes(text)
            if input.word == nil, looksLikeNotes {
                switch try checkNotesFile(text, path: path, profile: profile, options: options, fix: fix, diff: diff) {
                case .checked(let entry, let decodingErrors):
                    entries.append(entry)
                    notesErrors += decodingErrors
                    continue
                case .refused:
                    unreadable = true
                    continue
                case .notParsed:
                    break
                }
            }
            if fix || diff, looksLikeNotes {
                // Fixing a notes file as bulletin text turns `期号: 17` into `期号： 17` and strips
                // the indentation: the file no longer reads. Never write what was not read as text.
                Terminal.printError("jianbao check：\(Files.displayName(path)) 是笔记文件，--fix 和 --diff 只修改简报或来稿的文本，不改写笔记；请按诊断在笔记中修改，再用 jianbao draft 起草")
                unreadable = true
                continue
            }
            if fix || diff {
                let fixed = Fixer.fixed(bytes: bytes, options: options).bytes
                // Fixed text and patches are written in the file's own encoding (GB18030 stays
                // GB18030), so `patch` and the editor that wrote the file still match it.
                let fixedText = String(decoding: fixed, as: UTF8.self)
                if diff {
                    let patch = Fixer.unifiedDiff(old: text, new: fixedText, path: Files.displayName(path))
                    if !patch.isEmpty { StandardStream.output.write(Data(input.encode(patch) ?? Array(patch.utf8))) }
                } else if path == "-" {
                    // The fixed text always goes to stdout, changed or not: `check --fix - < a > b`
                    // must never leave b empty.
                    StandardStream.output.write(Data(input.encode(fixedText) ?? fixed))
                    bytes = fixed
                } else if fixed != bytes {
                    // A FIFO or device was read to its end: writing into it would block or go elsewhere.
                    guard Files.isRegularFile(path) else {
                        Terminal.printError("jianbao check：\(path) 不是普通文件，--fix 不写回；请用 jianbao check --fix - < 输入 > 输出")
                        unreadable = true
                        continue
                    }
                    try Files.write(Data(input.encode(fixedText) ?? fixed), to: path, inputs: [path], allowOverwritingInput: true)
                    bytes = fixed
                }
            }
            let result = Checker.check(bytes: bytes, options: options)
            if review {
                guard let document = input.word else {
                    Terminal.printError("jianbao check：\(Files.displayName(path)) 不是 Word 文档，--review 只用于 .docx（文本请用 --fix 或 --diff）")
                    unreadable = true
                    continue
                }
                let written = try ReviewCopy.write(document, result: result, input: path)
                let untracked = written.review.untrackedReplacements
                Terminal.printError("\(path)：已写出审阅稿 \(written.path)（修订 \(written.review.trackedChanges) 处，批注 \(written.review.comments) 条"
                    + (untracked > 0 ? "，其中 \(untracked) 条是无法作为修订的修正" : "") + "）")
            }
            if let note = result.issuesNote { Terminal.printError("\(Files.displayName(path))：注意：\(note)") }
            for (line, name) in result.unknownSuppressedRules {
                Terminal.printError("\(Files.displayName(path)):\(line):1: warning: 屏蔽注释中的“\(name)”不是规则代号或名称，不屏蔽任何问题（用 jianbao rules 查看全部规则）")
            }
            entries.append(CheckReport.Entry(path: Files.displayName(path), result: result))
        }
        let reportFormat = CheckReport.Format(rawValue: format) ?? .text
        // When stdout carries the patch (--diff) or the fixed text (--fix -), the findings that
        // remain go to stderr in text form: still shown, and the patch or text stays clean.
        let stdoutTaken = diff || (fix && paths.contains("-"))
        if stdoutTaken, reportFormat == .text {
            let output = CheckReport.render(entries, format: .text, colour: Terminal.useColour(for: STDERR_FILENO))
            if !output.isEmpty { Terminal.printError(String(output.dropLast())) }
        } else if !stdoutTaken {
            let output = CheckReport.render(entries, format: reportFormat, colour: reportFormat == .text && Terminal.useColour(for: STDOUT_FILENO))
            if !output.isEmpty { Terminal.printOut(output, terminator: "") }
        }
        if reportFormat == .text, !entries.isEmpty { Terminal.printError(CheckReport.summary(entries, notesErrors: notesErrors)) }
        if unreadable { return ExitStatus.usage }
        let hasErrors = notesErrors > 0 || entries.contains { $0.result.hasErrors }
        return hasErrors ? ExitStatus.findings : ExitStatus.clean
    }

    /// A profile file, or a built-in profile name; the standard profile without `--profile`.
    private static func loadProfile(_ name: String?) throws -> HouseProfile {
        guard let name else { return .standard }
        if FileManager.default.fileExists(atPath: name) {
            let text = try Files.readText(name)
            do {
                return try HouseProfile.load(text: text)
            } catch {
                Terminal.report(error.diagnostics, path: name)
                throw CommandError(message: "画像 \(name) 有误，未检查任何文件")
            }
        }
        do {
            return try HouseProfile.named(name)
        } catch {
            throw CommandError(message: "找不到画像“\(name)”（可用内置画像：\(HouseProfile.builtInNames.joined(separator: "、"))）")
        }
    }

    /// `(enable, value)` for each `--disable X`, `--disable=X`, `--enable X`, `--enable=X`, in order.
    private static func ruleSwitches(in arguments: [String]) -> [(Bool, String)] {
        var switches: [(Bool, String)] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            for (name, enable) in [("--disable", false), ("--enable", true)] {
                if argument == name, index + 1 < arguments.count {
                    switches.append((enable, arguments[index + 1]))
                    index += 1
                } else if argument.hasPrefix(name + "=") {
                    switches.append((enable, String(argument.dropFirst(name.count + 1))))
                }
            }
            index += 1
        }
        return switches
    }

    private static func rules(named name: String) throws -> [Rule] {
        guard let rules = RuleCatalogue.rules(named: name) else { throw CommandError(message: RuleCatalogue.unknownNameMessage(name)) }
        return rules
    }
}
