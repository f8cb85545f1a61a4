import Foundation

/// Finding a three-byte UTF-8 character (a CJK ideograph) in bytes at memory speed: memchr for its
/// last byte, then a look at the two before it. For scans that run over every body byte (R3's 市,
/// the reader's 是 of `一是`).
enum CharacterSearch {
    /// Where `character` (its three UTF-8 bytes) next starts in `bytes[from..<end]`, or nil.
    static func next(_ character: (UInt8, UInt8, UInt8), in bytes: [UInt8], from: Int, to end: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var at = from + 2
            while at < end {
                guard let found = memchr(base + at, Int32(character.2), end - at) else { return nil }
                at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[at - 1] == character.1, buffer[at - 2] == character.0 { return at - 2 }
                at += 1
            }
            return nil
        }
    }
}
