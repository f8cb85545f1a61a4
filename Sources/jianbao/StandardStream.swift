import Foundation

/// stdout and stderr written with write(2), never through `FileHandle.write(_:)`, whose `try!`
/// traps on a full disk (`> /dev/full`) or a closed pipe (`| head` with SIGPIPE ignored).
/// The first failure on a stream is remembered and later writes to it are skipped: the command
/// finishes its work and `main` turns the failure into a message and exit status 2.
final class StandardStream: @unchecked Sendable {
    // The CLI writes from one thread; the lock only makes that assumption safe to break.
    static let output = StandardStream(descriptor: STDOUT_FILENO, name: "标准输出")
    static let error = StandardStream(descriptor: STDERR_FILENO, name: "标准错误输出")

    let descriptor: Int32
    let name: String
    private let lock = NSLock()
    private var storedFailure: Int32?

    private init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// The errno of the first failed write, if any.
    var failure: Int32? { lock.withLock { storedFailure } }

    /// Writes all of `data` unless an earlier write failed; returns false when the data did not all arrive.
    @discardableResult
    func write(_ data: Data) -> Bool {
        data.withUnsafeBytes { write(bytes: $0) }
    }

    /// A string's UTF-8, without first copying it into `Data` (a report can be hundreds of MB).
    @discardableResult
    func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    private func write(bytes: UnsafeRawBufferPointer) -> Bool {
        lock.withLock {
            guard storedFailure == nil else { return false }
            if let code = Self.writeAll(bytes, to: descriptor) {
                storedFailure = code
                return false
            }
            return true
        }
    }

    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// Writes every byte to `descriptor`, retrying short writes and EINTR; the errno on failure.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
