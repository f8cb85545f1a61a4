/// UTF-8 decoding and encoding of single scalars over raw bytes, shared by every stage that
/// scans bytes instead of `Character`s (the notes reader, the bulletin reader, the checker).
/// `@inlinable` because these sit in the innermost loops of other modules.
public enum UTF8Scalar {
    /// The scalar starting at `index` and its length in bytes, or nil when the bytes there are not
    /// well-formed UTF-8 (bad lead or continuation byte, truncated, overlong, surrogate, > U+10FFFF).
    @inlinable
    public static func decode<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int, end: Int) -> (value: UInt32, length: Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= end else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 3 where value < 0x800 || (0xD800...0xDFFF).contains(value): return nil
        case 4 where value < 0x10000 || value > 0x10FFFF: return nil
        default: return (value, length)
        }
    }

    /// Like `decode`, but a malformed byte reads as U+FFFD of length 1, so a scan always advances.
    @inlinable
    public static func decodeOrReplace<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int, end: Int) -> (value: UInt32, length: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        decode(bytes, at: index, end: end) ?? (0xFFFD, 1)
    }

    /// Appends the UTF-8 encoding of `value` (a valid scalar value).
    @inlinable
    public static func append(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// The byte offset of the first ill-formed UTF-8 sequence, or nil when all of `bytes` is
    /// well-formed: where a "not UTF-8" message should point.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 { index += 1; continue }
            guard let (_, length) = decode(bytes, at: index, end: bytes.count) else { return index }
            index += length
        }
        return nil
    }
}
