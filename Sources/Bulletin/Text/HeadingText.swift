import SourceText

/// Text normalisation for comparing headings with contents entries: no spaces, markup or
/// wraps; half-width punctuation and full-width alphanumerics folded; no final full stop.
enum HeadingText {
    /// Works on the UTF-8 bytes: S4 compacts every heading and contents entry of a file, and
    /// appending to a `String.UnicodeScalarView` a scalar at a time cost 7 % of `check`.
    static func compact(_ text: String) -> String {
        String(decoding: compactUTF8(text), as: UTF8.self)
    }

    /// `compact` as UTF-8 bytes, to compare and hash without Unicode normalisation (a String key
    /// hashes through NFC: S4's dictionary of entries cost 5 % of `check` so).
    static func compactUTF8(_ text: String) -> [UInt8] {
        var unused: [Int]? = nil
        return compactUTF8(text, spaces: &unused)
    }

    /// Whether a space stood in `text` where its compacted form reaches `offset` bytes: where a
    /// contents entry set two phrases apart (`聚焦民生实事 彰显代表担当`), a title broken there
    /// over two lines joins with the space (the reader's join and A1's fix follow the entry).
    static func hasSpace(_ text: String, atCompactOffset offset: Int) -> Bool {
        var spaces: [Int]? = []
        _ = compactUTF8(text, spaces: &spaces)
        return spaces?.contains(offset) == true
    }

    /// `compactUTF8`, noting in `spaces` (when not nil) the compacted offsets where spaces were dropped.
    private static func compactUTF8(_ text: String, spaces: inout [Int]?) -> [UInt8] {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
            defer { index += length }
            if ScalarClass.isSpace(value) {
                if spaces != nil, spaces?.last != result.count { spaces?.append(result.count) }
                continue
            }
            if value == 0x0A || value == 0x0D || value == 0x2A || value == 0x5C { continue }
            // The dash `——` that sets a subtitle apart (`精心组织 精准交办` / `——……综述`) is no
            // difference, whether an entry runs the subtitle on with it, with a space or a line
            // break (the audits: a false S4 every way but one); a single `—` (a range) is one.
            if value == 0x2014, index + 6 <= bytes.count, bytes[(index + 3)..<(index + 6)].elementsEqual([0xE2, 0x80, 0x94]) {
                index += 3   // the pair: this one by `defer`, the second here
                continue
            }
            if let full = ScalarClass.fullWidth(of: value) {
                UTF8Scalar.append(full.value, to: &result)
            } else if ScalarClass.isFullWidthAlphanumeric(value) {
                result.append(UInt8(value - 0xFEE0))
            } else {
                result.append(contentsOf: bytes[index..<(index + length)])
            }
        }
        // 。 is E3 80 82.
        while result.count >= 3, result[result.count - 3] == 0xE3, result[result.count - 2] == 0x80, result[result.count - 1] == 0x82 {
            result.removeLast(3)
        }
        return result
    }
}

extension HeadingText {
    /// A compacted heading as a dictionary key, hashed in one call (`Hasher.combine(bytes:)`):
    /// `[UInt8]` hashes element by element, which cost S4 ≈ 8 % of `check` on the 13 MB benchmark.
    struct Key: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
