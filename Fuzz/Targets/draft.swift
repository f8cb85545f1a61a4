import Bulletin
import SourceText
import Templating

// Notes → model → every output format (`jianbao draft`): any notes either decode or give
// errors located inside the text; what decodes drafts in txt, md, html and docx.
func fuzz(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let document: NotesDocument
    do {
        document = try NotesDecoder(profile: .standard).decode(text: text)
    } catch {
        let count = text.utf8.count
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for diagnostic in error.diagnostics {
            _ = diagnostic.rendered(path: "fuzz.yaml")
            let (start, end) = (diagnostic.range.start, diagnostic.range.end)
            guard start.line >= 1, start.column >= 1, start.line <= lines + 1, start.offset >= 0, start.offset <= end.offset, end.offset <= count else {
                propertyFailed("a notes diagnostic is located inside the text", "\(diagnostic.range): \(diagnostic.message)\n\(describe(bytes))")
            }
        }
        return
    }
    for format in Drafter.formats {
        do {
            _ = try drafter.draft(document, format: format)
        } catch {
            propertyFailed("decoded notes draft (\(format))", "\(describe(bytes))\n\(error)")
        }
    }
    // DOCX refuses some texts with a located reason (e.g. characters XML cannot hold); it must not crash.
    _ = try? DocxWriter.document(for: document)
}
