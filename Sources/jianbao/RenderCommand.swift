import Foundation
import NotesFormat
import SourceText
import Templating

/// `jianbao render TEMPLATE --data FILE`: try any template with hand-made data, without
/// writing notes for a whole issue.
enum RenderCommand: Command {
    static let name = "render"
    static let summary = "用 JSON 或笔记数据文件渲染任意模板（试模板用）"
    static let usage = """
    用法：jianbao render 模板文件 --data 数据文件 [选项]

    用数据渲染一个 Mustache 模板，结果写到标准输出。模板文件或数据文件写 - 表示从标准输入读取。

    选项：
      --data 文件          数据文件：.json 按 JSON 读取，其余（如 .yaml）按笔记格式读取
      --partials 文件夹    局部模板和父模板所在的文件夹（其中所有 *.mustache，名字为相对路径去掉 .mustache）
      --escape html|none   转义方式；默认由模板文件名决定：.html/.xml 模板按 HTML 转义，其余不转义
      --strict             严格模式：数据中找不到的名字一律报错，与找不到的局部模板一起列出全部位置
      --indent-values      多行的值后续各行接续标签所在行的 Markdown 列表、引用块结构（缩进、>、列表标记宽度的空格）
      --max-output 兆字节  输出上限（默认 16）：超过时停止，并指出展开过多的循环或局部模板
      -o, --output 文件    写到文件（先写临时文件再改名）而不是标准输出

    退出码：0 成功；1 模板有错（语法错误、找不到局部模板、严格模式下找不到名字）；2 用法错误或输入无法读取。
    """

    static func run(_ arguments: inout Arguments) throws -> Int32 {
        let dataPath = try arguments.option("--data")
        // An input that cannot be read (exit 2), not a problem located in a template.
        let partialsFolder = try arguments.folder("--partials", holding: "模板")
        let escapeChoice = try arguments.option("--escape")
        let outputPath = try arguments.option("-o", "--output")
        let strict = arguments.flag("--strict")
        let indentValues = arguments.flag("--indent-values")
        let maximumOutput = try arguments.integer("--max-output").map { megabytes in
            guard megabytes <= 1 << 20 else { throw CommandError(message: "--max-output 的值应在 1 到 \(1 << 20) 兆字节之间") }
            return megabytes << 20
        } ?? RenderOptions.defaultMaximumOutputBytes
        let templatePath = try arguments.single("模板文件")
        guard let dataPath else { throw CommandError(message: "缺少 --data 数据文件（JSON 或笔记文件）") }
        guard templatePath != "-" || dataPath != "-" else { throw CommandError(message: "模板和数据不能都从标准输入读取") }

        let escape: EscapeMode
        switch escapeChoice {
        case nil: escape = .forTemplateName(templatePath)
        case "html": escape = .html
        case "none": escape = .none
        case let other?: throw CommandError(message: "--escape 的值应为 html 或 none，而不是“\(other)”")
        }

        let data: TemplateValue
        do {
            data = try RenderData.load(dataPath)
        } catch let error as TemplateError {
            Terminal.printError(error.rendered(colour: Terminal.useColour()))
            return ExitStatus.usage
        } catch let error as NotesError {
            Terminal.report([error.diagnostic], path: dataPath)
            return ExitStatus.usage
        }

        let templateName = Files.displayName(templatePath)
        let source = try Files.readText(templatePath)
        do {
            var library = TemplateLibrary(templates: [])
            if let partialsFolder { library = try TemplateLibrary(directory: partialsFolder) }
            let template = try Template(source: source, name: templateName, escape: escape)
            library = library.merging(TemplateLibrary(templates: [template]))
            // Missing partials are found up front, also in branches the data does not reach;
            // under --strict the rendering still runs so its missing names join them in one report.
            let missing = library.missingPartials(reachableFrom: templateName)
            var problems = missing.map { [$0] } ?? []
            var output: String?
            if missing == nil || strict {
                do throws(TemplateError) {
                    output = try library.render(templateName, data, options: RenderOptions(strict: strict, indentMultilineValues: indentValues, maximumOutputBytes: maximumOutput))
                } catch {
                    problems.append(error)
                }
            }
            guard let output, problems.isEmpty else {
                report(merged(problems, mainName: templateName), partialsFolder: partialsFolder, mainName: templateName)
                if missing != nil, partialsFolder == nil { Terminal.printError("提示：用 --partials 指定局部模板所在的文件夹") }
                return ExitStatus.findings
            }
            try Files.write(output, to: outputPath, inputs: [templatePath, dataPath])
            return ExitStatus.clean
        } catch let error as TemplateError {
            report(error, partialsFolder: partialsFolder, mainName: templateName)
            return ExitStatus.findings
        }
    }

    /// One report from several: a problem found both up front and while rendering (a
    /// missing partial) appears once; the rendered template first, then by name and place.
    private static func merged(_ errors: [TemplateError], mainName: String) -> TemplateError {
        struct Key: Hashable {
            let path: String
            let diagnostic: Diagnostic
        }
        var seen: Set<Key> = []
        var entries: [Key] = []
        for error in errors {
            for (path, diagnostic) in zip(error.paths, error.diagnostics) where seen.insert(Key(path: path, diagnostic: diagnostic)).inserted {
                entries.append(Key(path: path, diagnostic: diagnostic))
            }
        }
        entries.sort { a, b in
            if a.path != b.path { return a.path == mainName || (b.path != mainName && a.path < b.path) }
            let (x, y) = (a.diagnostic.range.start, b.diagnostic.range.start)
            return (x.line, x.column) < (y.line, y.column)
        }
        return TemplateError(diagnostics: entries.map(\.diagnostic), templateName: mainName, paths: entries.map(\.path))
    }

    /// Prints located messages; a partial's template name becomes the path of its file.
    private static func report(_ error: TemplateError, partialsFolder: String?, mainName: String) {
        let colour = Terminal.useColour()
        let lines = zip(error.paths, error.diagnostics).map { path, diagnostic in
            let shown = path == mainName || partialsFolder == nil ? path : "\(partialsFolder ?? "")/\(path).mustache"
            return diagnostic.rendered(path: shown, colour: colour)
        }
        Terminal.printError(lines.joined(separator: "\n"))
    }
}

/// Template data from a file: JSON (`.json`, or text starting with `{` or `[`), else a
/// notes file. A malformed file is unreadable input (exit 2), reported with its place.
enum RenderData {
    static func load(_ path: String) throws -> TemplateValue {
        let bytes = try Files.read(path)
        let firstSignificant = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        if path.lowercased().hasSuffix(".json") || firstSignificant == UInt8(ascii: "{") || firstSignificant == UInt8(ascii: "[") {
            return try TemplateValue(json: Files.text(decoding: bytes, path: path), name: Files.displayName(path))
        }
        // Template data is text anyway, so numbers and dates need no quoting here.
        let node = try NotesParser.parse(bytes: bytes, options: .init(typeLint: false))
        return templateValue(node)
    }

    /// Notes nodes as template data; plain `true`/`false` become booleans so sections can test them.
    static func templateValue(_ node: NotesNode) -> TemplateValue {
        switch node.value {
        case .string(let text, let style):
            if style == .plain, text == "true" || text == "false" { return .bool(text == "true") }
            return .string(text)
        case .null:
            return .null
        case .sequence(let items):
            return .list(items.map(templateValue))
        case .mapping(let entries):
            var map: [String: TemplateValue] = [:]
            for entry in entries { map[entry.key] = templateValue(entry.value) }
            return .map(map)
        }
    }
}
