import Foundation

/// Plain text that is not UTF-8 but GB18030 (or its subsets GBK and GB2312): what Windows Notepad
/// and many WPS exports write for Chinese text.
public enum LegacyEncoding {
    /// GB18030 as Foundation names it (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text of `bytes` decoded as GB18030, or nil when they are UTF-8, do not decode, or look
    /// like UTF-8 with a few stray bytes: decoding such a file as GB18030 would turn every Chinese
    /// character into a wrong one, where an error pointing at the stray byte helps.
    public static func decodeGB18030(_ bytes: [UInt8]) -> String? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        let (valid, invalid) = utf8Evidence(bytes)
        guard invalid > valid else { return nil }
        return String(bytes: bytes, encoding: gb18030)
    }

    /// `text` encoded as GB18030 (every Unicode scalar has a GB18030 form), for writing fixed
    /// text back in the file's own encoding.
    public static func encodeGB18030(_ text: String) -> [UInt8]? {
        text.data(using: gb18030).map { Array($0) }
    }

    /// Valid multi-byte UTF-8 sequences and bytes that fit no sequence, in one pass.
    static func utf8Evidence(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0, index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: invalid += 1; index += 1; continue
            }
            var ok = index + length <= bytes.count
            if ok { for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { ok = false } }
            if ok {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return (valid, invalid)
    }
}
