/// Search for a short byte string (a template's tag delimiter, a genre's word) in UTF-8 bytes:
/// the first byte compared, the rest only where it matches. One piece of code for the modules
/// that search bytes in place. `@inlinable`: it sits in other modules' inner loops.
public enum ByteSearch {
    /// The first index at or after `start`, and at most `lastStart`, where `needle` begins in
    /// `haystack`; nil when there is none (or `needle` is empty).
    @inlinable
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, lastStart: Int = .max) -> Int? {
        guard let first = needle.first else { return nil }
        let last = min(haystack.count - needle.count, lastStart)
        var index = start
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return index }
            }
            index += 1
        }
        return nil
    }
}
