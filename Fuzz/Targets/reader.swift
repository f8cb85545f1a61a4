import Bulletin
import NotesFormat
import SourceText
import Templating

// The reader (`jianbao parse`): any bytes are read without a crash, and the notes it writes
// for what it read decode and draft again (parse → notes → draft never fails on the
// reader's own output) unless the reader itself says what is missing (“请补上日期”).
let drafter: Drafter = {
    do {
        return Drafter(library: try Drafter.defaultLibrary(), profile: .standard)
    } catch {
        fatalError("the built-in templates do not compile: \(error)")
    }
}()

func fuzz(_ bytes: [UInt8]) {
    // The input's length picks the option, so the text stays the fuzzer's own.
    let result = BulletinReader.read(bytes: bytes, options: ReadOptions(forceArticle: bytes.count % 3 == 0))
    _ = NotesWriter.json(result.reportValue(profile: .standard))
    guard let notes = result.notes(profile: .standard), result.missingFields.isEmpty else { return }
    let yaml = NotesWriter.yaml(notes, comments: result.notesComments(source: "fuzz.txt"))
    let document: NotesDocument
    do {
        document = try NotesDecoder(profile: .standard).decode(text: yaml)
    } catch {
        // Each diagnostic on a line of a tolerated known class (one input may show several).
        let known = { (line: Substring) in
            (KnownFailure.parseControlCharacter.isTolerated && hasControlCharacter(line))
                || (KnownFailure.parseNumberedBody.isTolerated && startsWithPointNumber(line))
        }
        // Warnings (a heading without end punctuation) come along with the errors and decide nothing.
        if onlyAtLines(error.diagnostics.filter { $0.severity == .error }, yaml, where: known) { return }
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

/// Whether every diagnostic points at a line of the written notes that `matches`.
func onlyAtLines(_ diagnostics: [Diagnostic], _ yaml: String, where matches: (Substring) -> Bool) -> Bool {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    return !diagnostics.isEmpty && diagnostics.allSatisfy { diagnostic in
        let line = diagnostic.range.start.line
        return line >= 1 && line <= lines.count && matches(lines[line - 1])
    }
}

/// A control character other than tab, written escaped (`\0`, `\r`, `\x1F`, `\u0085`, `\N`…) or raw.
func hasControlCharacter(_ line: Substring) -> Bool {
    ["0", "a", "b", "v", "f", "e", "r", "x", "u", "U", "N", "L", "P"].contains { line.contains("\\" + $0) } || line.unicodeScalars.contains { scalar in
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }
}

/// `正文: 二、…` (or `- 二、…` under 正文): a body that starts with a point number, which the
/// decoder refuses because drafting numbers the points itself.
func startsWithPointNumber(_ line: Substring) -> Bool {
    var text = line.drop { $0 == " " }
    if text.hasPrefix("正文:") { text = text.dropFirst(3).drop { $0 == " " } }
    if text.hasPrefix("- ") { text = text.dropFirst(2) }
    if text.hasPrefix("\"") { text = text.dropFirst() }
    let numerals = text.prefix { "一二三四五六七八九十".contains($0) }
    return !numerals.isEmpty && text.dropFirst(numerals.count).hasPrefix("、")
}
