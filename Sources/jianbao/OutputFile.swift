import Foundation

/// Writing a command's output: stdout for none or `-`; a regular file atomically (temporary file
/// + rename) so a crash or a full disk never leaves half a file; anything else — a FIFO, a device,
/// `/dev/stdout`, a file under /proc — opened and written, because renaming over it would replace
/// the special file instead of reaching whoever reads it.
extension Files {
    static func write(_ text: String, to path: String?, inputs: [String] = [], allowOverwritingInput: Bool = false) throws {
        try write(Data(text.utf8), to: path, inputs: inputs, allowOverwritingInput: allowOverwritingInput)
    }

    static func write(_ data: Data, to path: String?, inputs: [String] = [], allowOverwritingInput: Bool = false) throws {
        if path?.isEmpty == true { throw CommandError(message: "输出文件名是空的") }
        guard let path, path != "-" else {
            // A failure is remembered and reported once by main, with exit status 2.
            StandardStream.output.write(data)
            return
        }
        if let descriptor = inheritedDescriptor(path) {
            // `-o /dev/stdout >> log` must append through the shell's descriptor, not truncate log.
            let stream = descriptor == STDOUT_FILENO ? StandardStream.output : descriptor == STDERR_FILENO ? StandardStream.error : nil
            if let stream { stream.write(data); return }
            if let code = StandardStream.writeAll(data, to: descriptor) {
                throw CommandError(message: "无法写入 \(path)：\(systemReason(code))")
            }
            return
        }
        var existing = stat()
        let targetExists = stat(path, &existing) == 0
        if targetExists, !allowOverwritingInput, inputs.contains(where: { isSameFile(input: $0, as: existing) }) {
            throw CommandError(message: "输出文件 \(path) 就是输入文件；为保护原稿，拒绝覆盖")
        }
        if targetExists, existing.st_mode & S_IFMT == S_IFDIR {
            throw CommandError(message: "无法写入 \(path)：这是一个目录")
        }
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if (targetExists && existing.st_mode & S_IFMT != S_IFREG) || isKernelFile(resolved) {
            try writeInPlace(data, to: path, truncate: existing.st_mode & S_IFMT == S_IFREG)
            return
        }
        // Renaming over a file needs only the folder's permission, and root passes every access(2)
        // test: ask the mode bits too, so a read-only file stays as protected as an editor leaves it.
        if targetExists, access(resolved, W_OK) != 0 || existing.st_mode & 0o222 == 0 {
            throw CommandError(message: "无法写入 \(path)：文件是只读的（\(access(resolved, W_OK) != 0 ? systemReason(errno) : "没有写权限")）")
        }
        // A rename would split a hard link (the other names keep the old text): write through it.
        if targetExists, existing.st_nlink > 1 {
            try writeInPlace(data, to: path, truncate: true)
            return
        }
        try replaceAtomically(resolved, shownAs: path, with: data, existing: targetExists ? existing : nil)
    }

    /// Whether writing to `path` would replace an existing regular file, which `new` and
    /// `assemble` refuse (notes being edited): stdout, a descriptor this process holds
    /// (`/dev/stdout`), a device or a FIFO is written to, never replaced, so it is no such file.
    static func wouldReplaceRegularFile(_ path: String) -> Bool {
        path != "-" && inheritedDescriptor(path) == nil && isRegularFile(path)
    }

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` name a descriptor this
    /// process already holds; writing to that descriptor keeps the shell's `>>` and pipes intact.
    private static func inheritedDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), fcntl(number, F_GETFD) != -1 { return number }
            }
            return nil
        }
    }

    /// Files the kernel makes up (/proc, /sys, /dev): a temporary file cannot be made beside them.
    private static func isKernelFile(_ resolved: String) -> Bool {
        ["/proc/", "/sys/", "/dev/"].contains { resolved.hasPrefix($0) }
    }

    private static func writeInPlace(_ data: Data, to path: String, truncate: Bool) throws {
        let descriptor = open(path, O_WRONLY | (truncate ? O_TRUNC : 0))
        guard descriptor >= 0 else { throw CommandError(message: "无法写入 \(path)：\(systemReason(errno))") }
        var failure = StandardStream.writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw CommandError(message: "无法写入 \(path)：\(systemReason(failure))") }
    }

    /// Temporary file beside the target, then rename: readers see the old file or the new one.
    /// The replacement keeps the old file's mode, owner and group.
    private static func replaceAtomically(_ target: String, shownAs path: String, with data: Data, existing: stat?) throws {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        TemporaryFiles.removeStale(in: folder, for: name)
        let temporary = folder + "/" + TemporaryFiles.name(for: name, process: getpid())
        // A new file gets the usual 0666 less the umask.
        let mode = existing.map { $0.st_mode & 0o7777 } ?? 0o666
        // Tracked before it exists: a signal between its creation and the tracking would leave it.
        TemporaryFiles.track(temporary)
        defer { TemporaryFiles.untrack() }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, mode)
        guard descriptor >= 0 else {
            throw CommandError(message: "无法写入 \(path)：\(systemReason(errno))")
        }
        var failure = StandardStream.writeAll(data, to: descriptor)
        if failure == nil, let existing {
            fchmod(descriptor, existing.st_mode & 0o7777)
            // Only root may give a file away; for anyone else the owner is already theirs.
            if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw CommandError(message: "无法写入 \(path)：\(systemReason(failure))")
        }
    }

    /// Whether an input (a path, or `-` for stdin) is the file `target` describes: same device
    /// and inode, so symlinks, hard links, `./x` and `x`, and `draft - -o x < x` are all caught.
    private static func isSameFile(input: String, as target: stat) -> Bool {
        var status = stat()
        let found = input == "-" ? fstat(STDIN_FILENO, &status) == 0 : stat(input, &status) == 0
        return found && status.st_dev == target.st_dev && status.st_ino == target.st_ino
    }
}

/// The temporary file of an atomic write: removed when SIGINT or SIGTERM ends the process
/// mid-write, and, after a SIGKILL, by the next write to the same name.
enum TemporaryFiles {
    static func name(for target: String, process: pid_t) -> String { ".\(target).jianbao-\(process).tmp" }

    /// Removes `.NAME.jianbao-PID.tmp` files whose process no longer runs.
    static func removeStale(in folder: String, for target: String) {
        let prefix = ".\(target).jianbao-", suffix = ".tmp"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            guard let process = pid_t(entry.dropFirst(prefix.count).dropLast(suffix.count)), process > 0 else { continue }
            if kill(process, 0) != 0, errno == ESRCH { unlink(folder + "/" + entry) }
        }
    }

    static func track(_ path: String) {
        installHandlersOnce
        let copy = strdup(path)
        let previous = pending.exchange(copy)
        free(previous)
    }

    static func untrack() {
        free(pending.exchange(nil))
    }

    /// The path the signal handler removes; a C string, since the handler may call only
    /// async-signal-safe functions (unlink, signal, raise).
    private static let pending = PendingPath()

    private static let installHandlersOnce: Void = {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if let path = TemporaryFiles.pending.current { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }()
}

/// One pointer, swapped under a lock by the writer and read without one by the signal handler
/// (a pointer-sized load, which is what a handler can do).
final class PendingPath: @unchecked Sendable {
    private let lock = NSLock()
    private(set) nonisolated(unsafe) var current: UnsafeMutablePointer<CChar>?

    func exchange(_ new: UnsafeMutablePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
        lock.withLock {
            let old = current
            current = new
            return old
        }
    }
}
