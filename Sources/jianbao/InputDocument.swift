import OfficeText

/// A file read as text the way `check` and `parse` take it: UTF-8 text as it is, or the body of
/// a Word document (recognised by its content, not its name), one paragraph per line, so a
/// located diagnostic's line is the paragraph number. The reading itself lives in OfficeText.
struct InputDocument {
    var text: String
    /// The Word document the text came from, for commands that write one back.
    var word: WordDocument?

    static func read(_ path: String) throws -> InputDocument {
        let bytes = try Files.read(path)
        guard WordDocument.isWordLike(bytes) else {
            return InputDocument(text: try Files.text(decoding: bytes, path: path), word: nil)
        }
        do {
            let document = try WordDocument(bytes)
            return InputDocument(text: document.text, word: document)
        } catch {
            throw CommandError(message: "\(Files.displayName(path))：\(error.message)")
        }
    }
}
