import Bulletin
import NotesFormat
import SourceText
import Templating

// The reader (`jianbao parse`): any bytes are read without a crash, and the notes it writes
// for what it read decode and draft again (parse → notes → draft never fails on the
// reader's own output) unless the reader itself says what is missing (“请补上日期”).
func fuzz(_ bytes: [UInt8]) {
    // The input's length picks the option, so the text stays the fuzzer's own.
    let result = BulletinReader.read(bytes: bytes, options: ReadOptions(forceArticle: bytes.count % 3 == 0))
    // Every issue of a file that holds several (`IssueBoundaries`) is read alone and drafts again.
    for issue in result.issuesInFile { checkNotesDraftAgain(issue, bytes) }
}

func checkNotesDraftAgain(_ result: ReadResult, _ bytes: [UInt8]) {
    _ = NotesWriter.json(result.reportValue(profile: .standard))
    guard let notes = result.notes(profile: .standard), result.missingFields.isEmpty else { return }
    let yaml = NotesWriter.yaml(notes, comments: result.notesComments(source: "fuzz.txt"))
    let document: NotesDocument
    do {
        document = try NotesDecoder(profile: .standard).decode(text: yaml)
    } catch {
        let messages = error.diagnostics.map { $0.rendered(path: "parsed.yaml") }.joined(separator: "\n")
        propertyFailed("the notes parse writes decode again", "input \(describe(bytes))\nnotes:\n\(yaml)\n\(messages)")
    }
    for format in Drafter.formats {
        do {
            _ = try drafter.draft(document, format: format)
        } catch {
            propertyFailed("the notes parse writes draft again (\(format))", "input \(describe(bytes))\nnotes:\n\(yaml)\n\(error)")
        }
    }
}
