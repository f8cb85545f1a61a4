import SourceText

/// The reader of the genre: text (plain, Markdown or OCR) → `Bulletin` or `Article`, with the
/// source location of every element, the logical paragraphs, every repair and every unplaced line.
///
/// One linear pass over the lines; hot paths work on UTF-8 bytes.
public enum BulletinReader {
    /// Reads `text`. Never throws and never crashes: what it cannot read is reported in the result.
    public static func read(_ text: String, options: ReadOptions = .init()) -> ReadResult {
        read(bytes: Array(text.utf8), options: options)
    }

    /// Reads UTF-8 bytes (invalid sequences are read as U+FFFD).
    public static func read(bytes: [UInt8], options: ReadOptions = .init()) -> ReadResult {
        ReadResult(kind: .notABulletin(reason: "读取器尚未完成"), format: .plainText, lineIndex: LineIndex(bytes: bytes))
    }
}
