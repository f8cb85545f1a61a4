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
enum Files {
    /// The bytes of a file, or stdin for `-`.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError(message: "找不到文件 \(path)")
        }
        guard !isDirectory.boolValue else { throw CommandError(message: "\(path) 是目录，不是文件") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError(message: "无法读取文件 \(path)")
        }
        return Array(data)
    }

    /// UTF-8 text of a file or stdin; a leading BOM is kept for the parsers to handle.
    static func readText(_ path: String) throws -> String {
        let bytes = try read(path)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandError(message: "\(displayName(path)) 不是 UTF-8 编码的文本（如为 GBK，请先转换为 UTF-8）")
        }
        return text
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Writes `text` to stdout, or atomically (temp file + rename) to `path`.
    /// Refuses to overwrite any of `inputs` unless `allowOverwritingInput` is set.
    static func write(_ text: String, to path: String?, inputs: [String] = [], allowOverwritingInput: Bool = false) throws {
        try write(Data(text.utf8), to: path, inputs: inputs, allowOverwritingInput: allowOverwritingInput)
    }

    static func write(_ data: Data, to path: String?, inputs: [String] = [], allowOverwritingInput: Bool = false) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        if !allowOverwritingInput, inputs.contains(where: { $0 != "-" && URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath() == target }) {
            throw CommandError(message: "输出文件 \(path) 就是输入文件；为保护原稿，拒绝覆盖")
        }
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).jianbao-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                throw CommandError(message: "无法写入 \(path)：\(String(cString: strerror(errno)))")
            }
        } catch let error as CommandError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandError(message: "无法写入 \(path)：\(error.localizedDescription)")
        }
    }
}

/// Terminal output conventions: colour only on a terminal and never with `NO_COLOR`.
enum Terminal {
    static func useColour(for handle: Int32 = STDERR_FILENO) -> Bool {
        if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
        return isatty(handle) == 1
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printOut(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints located diagnostics for one input path, with caret excerpts.
    static func report(_ diagnostics: [Diagnostic], path: String, to handle: Int32 = STDERR_FILENO) {
        let colour = useColour(for: handle)
        let text = diagnostics.map { $0.rendered(path: Files.displayName(path), colour: colour) }.joined(separator: "\n")
        guard !text.isEmpty else { return }
        if handle == STDOUT_FILENO { printOut(text) } else { printError(text) }
    }
}
