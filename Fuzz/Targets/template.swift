import SourceText
import Templating

// Template compiler and renderer. The input is a template, optionally followed by a NUL byte
// and JSON data (the mustache spec seeds have this shape); without data a fixed context is
// used. Any template either compiles or gives located errors, and renders or gives located errors.
let defaultData: TemplateValue = [
    "name": "代表<工作>&\"'",
    "l": ["一", "二"],
    "m": ["x": "1", "l": [["name": "甲"], ["name": "乙"]]],
    "t": true, "f": false, "e": [], "n": nil,
    "multi": "第一行\n第二行\n",
]
let partials: [Template] = {
    do {
        return [
            try Template(source: "<{{name}}{{#l}}-{{.}}{{/l}}>\n", name: "p", escape: .none),
            try Template(source: "[{{$body}}默认{{/body}}]{{>p}}", name: "layout", escape: .none),
        ]
    } catch {
        fatalError("fixed partials do not compile: \(error)")
    }
}()

func fuzz(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0)
    let source = String(decoding: bytes[..<(split ?? bytes.endIndex)], as: UTF8.self)
    var data = defaultData
    if let split {
        do {
            data = try TemplateValue(json: String(decoding: bytes[(split + 1)...], as: UTF8.self), name: "data.json")
        } catch {
            checkLocated(error, sources: ["data.json": String(decoding: bytes[(split + 1)...], as: UTF8.self)])
            return
        }
    }
    // The input's length picks the options, so the template text stays the fuzzer's own.
    let escape: EscapeMode = bytes.count % 2 == 0 ? .html : .none
    // A limit well under libFuzzer's memory and time limits (64 KB: 2^16 loop turns of one byte
    // each stay well inside the 20 s timeout under ASan on a busy machine): past it the renderer
    // must stop with an error.
    let options = RenderOptions(strict: bytes.count % 3 == 0, indentMultilineValues: bytes.count % 5 == 0, maximumOutputBytes: 1 << 16)
    let template: Template
    do {
        template = try Template(source: source, name: "fuzz", escape: escape)
    } catch {
        checkLocated(error, sources: ["fuzz": source])
        return
    }
    let library = TemplateLibrary(templates: partials + [template])
    let sources = ["fuzz": source]
    if let missing = library.missingPartials(reachableFrom: "fuzz") { checkLocated(missing, sources: sources) }
    do {
        let first = try library.render("fuzz", data, options: options)
        let second = try library.render("fuzz", data, options: options)
        guard first == second else { propertyFailed("rendering is deterministic", describe(bytes)) }
    } catch {
        checkLocated(error, sources: sources)
    }
}

/// Every diagnostic of a template error points inside the text it names.
func checkLocated(_ error: TemplateError, sources: [String: String]) {
    for (path, diagnostic) in zip(error.paths, error.diagnostics) {
        _ = diagnostic.rendered(path: path)
        guard let source = sources[path] else { continue }
        let count = source.utf8.count
        let lines = source.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let (start, end) = (diagnostic.range.start, diagnostic.range.end)
        guard start.line >= 1, start.column >= 1, start.line <= lines + 1, start.offset >= 0, start.offset <= end.offset, end.offset <= count else {
            propertyFailed("a template diagnostic is located inside its template", "\(path) \(diagnostic.range): \(diagnostic.message)\n\(String(reflecting: source))")
        }
    }
}
