import Foundation

// Shared by every fuzz target: the libFuzzer entry point, property failures, and the switch
// that tolerates the known, reported failure classes until they are fixed.

/// libFuzzer calls this once per input. Each target defines `fuzz(_:)`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    fuzz(bytes)
    return 0
}

/// A property of the code under test does not hold: print what and why, then crash so that
/// libFuzzer saves the input.
func propertyFailed(_ property: String, _ details: @autoclosure () -> String) -> Never {
    FileHandle.standardError.write(Data("\n== property failed: \(property)\n\(details())\n".utf8))
    abort()
}

/// Failure classes already filed in an issue and being fixed. A target may skip an input
/// whose failure belongs to one of them only when the class is named in
/// `JIANBAO_FUZZ_TOLERATE` (comma-separated; `Fuzz/run` fills it from `Fuzz/known/tolerated`).
/// Remove a class from that file when its fix lands: its reproducers in `Fuzz/known/` then
/// become regressions. None is open now: `parse-control-character` and `parse-numbered-body`
/// were fixed in December 2026 (Fuzz/regressions/reader).
enum KnownFailures {
    static let tolerated: Set<String> = Set(
        (ProcessInfo.processInfo.environment["JIANBAO_FUZZ_TOLERATE"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }).map(String.init))

    static func tolerates(_ failureClass: String) -> Bool { tolerated.contains(failureClass) }
}

/// Bytes for a failure message: short inputs in full, long ones cut.
func describe(_ bytes: [UInt8], limit: Int = 400) -> String {
    let text = String(decoding: bytes.prefix(limit), as: UTF8.self)
    return "\(bytes.count) bytes: " + String(reflecting: text) + (bytes.count > limit ? "…" : "")
}
