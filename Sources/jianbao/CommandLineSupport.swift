import Foundation
import SourceText

/// Exit statuses shared by every command.
enum ExitStatus {
    /// Success; for `check`, no error findings.
    static let clean: Int32 = 0
    /// Findings (or, for `notes`, a malformed file).
    static let findings: Int32 = 1
    /// Usage error or unreadable input.
    static let usage: Int32 = 2
}

/// A user-facing failure: printed as `jianbao: message` on stderr, then exit with `status`.
struct CommandError: Error {
    var message: String
    var status: Int32 = ExitStatus.usage
    /// The message is a located diagnostic (`path:line:col: error: …`) and is printed as it is.
    var isLocated = false

    /// The line printed on stderr for a failure of `command`: a located message stays clickable.
    func line(for command: String) -> String {
        isLocated ? message : "jianbao \(command)：\(message)"
    }
}

/// One subcommand. Each lives in its own file; `main.swift` lists them.
protocol Command {
    static var name: String { get }
    /// One line in Chinese for `jianbao help`.
    static var summary: String { get }
    /// Full usage text in Chinese.
    static var usage: String { get }
    static func run(_ arguments: inout Arguments) throws -> Int32
}

/// A small argument reader: flags, options with values (`--name value` or `--name=value`),
/// and positionals; `-` is a positional (stdin). Unknown options are errors.
struct Arguments {
    private(set) var remaining: [String]
    let command: String

    init(command: String, _ arguments: [String]) {
        self.command = command
        self.remaining = arguments
    }

    /// True if `--name` (or a short alias) is present; removes it.
    mutating func flag(_ names: String...) -> Bool {
        var found = false
        remaining.removeAll { argument in
            if names.contains(argument) { found = true; return true }
            return false
        }
        return found
    }

    /// The value of the last `--name value` / `--name=value`; removes it.
    mutating func option(_ names: String...) throws -> String? {
        try options(names).last
    }

    /// Every value of a repeatable option, in order; removes them.
    mutating func options(_ names: String...) throws -> [String] {
        try options(names)
    }

    private mutating func options(_ names: [String]) throws -> [String] {
        var values: [String] = []
        var kept: [String] = []
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if let name = names.first(where: { argument.hasPrefix($0 + "=") }) {
                values.append(String(argument.dropFirst(name.count + 1)))
            } else if names.contains(argument) {
                guard index + 1 < remaining.count else {
                    throw CommandError(message: "选项 \(argument) 需要一个值")
                }
                values.append(remaining[index + 1])
                index += 1
            } else {
                kept.append(argument)
            }
            index += 1
        }
        remaining = kept
        return values
    }

    /// A folder option that must name an existing folder holding `contents` (for the message);
    /// `dir/` and `dir//` as `dir` (the root stays `/`): a trailing slash would otherwise
    /// reappear doubled in every path built from it.
    mutating func folder(_ name: String, holding contents: String) throws -> String? {
        guard let path = try options([name]).last else { return nil }
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let folder = String(trimmed)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw CommandError(message: "\(contents)文件夹 \(folder) 不存在")
        }
        guard isFolder.boolValue else {
            throw CommandError(message: "\(folder) 不是文件夹：\(name) 应给出\(contents)所在的文件夹")
        }
        return folder
    }

    /// An option restricted to a set of values.
    mutating func choice(_ name: String, from allowed: [String], default fallback: String) throws -> String {
        guard let value = try option(name) else { return fallback }
        guard allowed.contains(value) else {
            throw CommandError(message: "\(name) 的值应为 \(allowed.joined(separator: "、")) 之一，而不是“\(value)”")
        }
        return value
    }

    /// A positive whole number option.
    mutating func integer(_ name: String) throws -> Int? {
        guard let value = try option(name) else { return nil }
        guard let number = Int(value), number > 0 else {
            throw CommandError(message: "\(name) 的值应为正整数，而不是“\(value)”")
        }
        return number
    }

    /// The remaining positionals; fails on any leftover option.
    mutating func positionals() throws -> [String] {
        if let unknown = remaining.first(where: { $0.hasPrefix("-") && $0 != "-" && $0 != "--" }) {
            throw CommandError(message: "未知选项 \(unknown)（用 jianbao help \(command) 查看用法）")
        }
        let values = remaining.filter { $0 != "--" }
        remaining = []
        return values
    }

    /// Exactly one positional.
    mutating func single(_ what: String) throws -> String {
        let values = try positionals()
        guard values.count == 1 else {
            throw CommandError(message: values.isEmpty ? "缺少\(what)" : "只能给一个\(what)，收到 \(values.count) 个")
        }
        return values[0]
    }
}

/// Reading inputs and writing outputs the way every command must: `-` is stdin,
/// unreadable input is exit 2, outputs are written atomically and never over an input.
/// POSIX calls rather than FileManager: pipes and `/dev/fd/N` (`<(…)`) read like files, and every
/// failure has an errno that `systemReason` can say in Chinese.
enum Files {
    /// The bytes of a file, or stdin for `-`.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return try readAll(from: STDIN_FILENO, path: path) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            throw CommandError(message: code == ENOENT ? "找不到文件 \(path)" : "无法读取文件 \(path)：\(systemReason(code))")
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw CommandError(message: "\(path) 是目录，不是文件")
        }
        return try readAll(from: descriptor, path: path)
    }

    /// The most any input may hold. A year of issues as one text is a few MB; past this it is not a
    /// bulletin, and `/dev/zero` or `/dev/urandom` given by mistake must end in a message, not in
    /// all the memory there is.
    static let inputLimit = 256 << 20

    private static func readAll(from descriptor: Int32, path: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandError(message: "无法读取 \(displayName(path))：\(systemReason(errno))")
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > inputLimit {
                throw CommandError(message: "\(displayName(path)) 超过 \(inputLimit >> 20) MB，不像是简报、来稿或笔记；请检查文件名是否写错")
            }
        }
    }

    /// Whether `path` names a regular file (after links): only such a file may be rewritten in
    /// place by `--fix`, or read from a folder of past issues without blocking (a FIFO waits
    /// for a writer forever).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// UTF-8 text of a file or stdin; a leading BOM is kept for the parsers to handle.
    static func readText(_ path: String) throws -> String {
        try text(decoding: read(path), path: path)
    }

    /// `bytes` as UTF-8 text, or the located error for the first byte that is not UTF-8.
    static func text(decoding bytes: [UInt8], path: String) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Located like every other malformed input: the first byte that is not UTF-8.
            let offset = UTF8Scalar.firstInvalidOffset(bytes) ?? 0
            let position = LineIndex(bytes: bytes).position(ofByteOffset: offset)
            let byte = String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)
            throw CommandError(message: "\(displayName(path)):\(position.line):\(position.column): error: 不是 UTF-8 编码的文本（此处字节 0x\(byte) 无效）；如是别的编码，请先另存为 UTF-8，如不是文本文件，请换用正确的文件",
                               isLocated: true)
        }
        return text
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// What went wrong, in the user's language; the rare errno without a phrase keeps the system's.
    static func systemReason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "文件夹不存在"
        case EACCES, EPERM: "没有权限"
        case EISDIR: "这是一个目录"
        case ENOTDIR: "路径中有一部分不是目录"
        case ENOSPC: "磁盘空间不足"
        case EROFS: "文件系统是只读的"
        case EDQUOT: "超出磁盘配额"
        case ENAMETOOLONG: "文件名太长"
        case EIO: "读写出错（输入输出错误）"
        case EPIPE: "管道已关闭（读取输出的程序已退出）"
        case EFBIG: "文件太大"
        default: "系统错误 \(code)（\(String(cString: strerror(code)))）"
        }
    }
}

/// Terminal output conventions: colour on a terminal, or wherever `CLICOLOR_FORCE` (set and not 0)
/// asks for it, as CI logs that render ANSI do; a non-empty `NO_COLOR` always wins.
enum Terminal {
    static func useColour(for handle: Int32 = STDERR_FILENO) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        return isatty(handle) == 1
    }

    static func printError(_ text: String) {
        StandardStream.error.write(text)
        StandardStream.error.write("\n")
    }

    static func printOut(_ text: String, terminator: String = "\n") {
        StandardStream.output.write(text)
        if !terminator.isEmpty { StandardStream.output.write(terminator) }
    }

    /// Prints located diagnostics for one input path, with caret excerpts.
    static func report(_ diagnostics: [Diagnostic], path: String, to handle: Int32 = STDERR_FILENO) {
        let colour = useColour(for: handle)
        let text = diagnostics.map { $0.rendered(path: Files.displayName(path), colour: colour) }.joined(separator: "\n")
        guard !text.isEmpty else { return }
        if handle == STDOUT_FILENO { printOut(text) } else { printError(text) }
    }
}
