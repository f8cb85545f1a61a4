import Foundation
import XCTest

/// Runs the built `jianbao` binary as a user would and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `jianbao` binary next to the test bundle (both live in the build products folder).
    static var binary: URL {
        // Linux: the bundle URL is the products folder itself; macOS: it is `X.xctest`
        // inside it. Try both rather than guess the platform.
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("jianbao") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    private final class Marker {}

    /// Runs `jianbao arguments…` in `directory` (default: the package root) with optional stdin,
    /// given as text (through a pipe) or as a file the child reads directly (`< file`).
    static func run(_ arguments: [String], stdin: String? = nil, stdinFile: URL? = nil, directory: URL? = nil, environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdinFile {
            process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        } else {
            process.standardInput = input
        }
        try process.run()
        // Feed stdin and drain stderr on their own threads while this one drains stdout: a child
        // that fills one pipe while we block on another would otherwise wait for us forever.
        let (stdinWriter, stderrReader) = (input.fileHandleForWriting, err.fileHandleForReading)
        // A child may exit without reading its input (a usage error): the write then fails with
        // EPIPE. SIGPIPE is blocked on the feeding thread alone, so it cannot kill the test
        // process, while the children keep the default disposition a user's shell gives them.
        let fed = DispatchSemaphore(value: 0)
        Thread {
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            if let stdin { try? stdinWriter.write(contentsOf: Data(stdin.utf8)) }
            try? stdinWriter.close()
            fed.signal()
        }.start()
        let draining = Background.run { stderrReader.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = draining.join()
        fed.wait()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A value computed on a thread of its own, waited for with `join()`.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    static func run(_ body: @escaping @Sendable () -> Value) -> Background<Value> {
        let thread = Background<Value>()
        DispatchQueue.global().async {
            thread.value = body()
            thread.done.signal()
        }
        return thread
    }

    @discardableResult
    func join() -> Value {
        done.wait()
        return value!
    }
}

extension XCTestCase {
    /// A fresh folder under the system's temporary folder, removed when the test ends.
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jianbao-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
