import OfficeText

/// A file read as text the way `check` and `parse` take it: UTF-8 text as it is, GB18030/GBK text
/// (what Windows Notepad and WPS often write) decoded with a note, or the body of a Word document
/// (recognised by its content, not its name), one paragraph per line, so a located diagnostic's
/// line is the paragraph number. The reading of documents itself lives in OfficeText.
struct InputDocument {
    var text: String
    /// The Word document the text came from, for commands that write one back.
    var word: WordDocument?
    /// The encoding the text was decoded from when it was not UTF-8 ("GB18030").
    var legacyEncoding: String?

    /// True when there is nothing to read (empty, or only spaces and line breaks): the wrong
    /// file, most likely, which is neither "not a bulletin" nor clean. Exit 2 with `emptyMessage`.
    var isBlank: Bool { text.unicodeScalars.allSatisfy { $0 == "\u{FEFF}" || $0.properties.isWhitespace } }

    static func emptyMessage(_ path: String) -> String { "\(Files.displayName(path)) 是空的，没有可读的文字" }

    /// Whether the file's bytes are the text's UTF-8.
    var isPlainText: Bool { word == nil && legacyEncoding == nil }

    /// `text` as bytes of the file's own encoding, so fixed text or a patch matches the file:
    /// UTF-8, or GB18030 when the file was read as GB18030 and encoding its text gives its bytes
    /// back exactly. nil for a Word document or a file that would not come back byte for byte.
    let encode: @Sendable (String) -> [UInt8]?

    /// The bytes open (past a byte order mark and spaces) with `<!DOCTYPE html` or `<html`.
    static func isHTML(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 16)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    static func read(_ path: String) throws -> InputDocument {
        let bytes = try Files.read(path)
        if WordDocument.isWordLike(bytes) {
            do {
                let document = try WordDocument(bytes)
                return InputDocument(text: document.text, word: document, encode: { _ in nil })
            } catch {
                throw CommandError(message: "\(Files.displayName(path))：\(error.message)")
            }
        }
        // An HTML page (what `draft --format html` writes) is no text to read: say so (the
        // sixteenth audit: check called it "not a bulletin").
        if Self.isHTML(bytes) {
            throw CommandError(message: "\(Files.displayName(path)) 是 HTML 网页，不能直接读取：请读取起草它的笔记，或在浏览器中全选复制为纯文本后再读取")
        }
        if let text = LegacyEncoding.decodeGB18030(bytes) {
            Terminal.printError("\(Files.displayName(path))：注意：不是 UTF-8，已按 GB18030（GBK）编码读取")
            let roundTrips = LegacyEncoding.encodeGB18030(text) == bytes
            return InputDocument(text: text, legacyEncoding: "GB18030", encode: { roundTrips ? LegacyEncoding.encodeGB18030($0) : nil })
        }
        return InputDocument(text: try Files.text(decoding: bytes, path: path), encode: { Array($0.utf8) })
    }
}
