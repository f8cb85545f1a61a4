import Foundation

// Usage: swift run -c release jianbao-bench [SUITE…]
// Without arguments every suite runs. Each suite lives in its own file.
// `adversarial-inprocess` (the library on adversarial shapes, in this process) runs only when named;
// `adversarial-inprocess/PREFIX` runs its cases whose names start with PREFIX.
let suites: [(name: String, run: () throws -> Void)] = [
    ("notes", benchmarkNotes),
    ("template", benchmarkTemplates),
    ("draft", benchmarkDraft),
    ("parse", benchmarkParse),
    ("check", benchmarkCheck),
    ("docx", benchmarkDocx),
    ("stats", benchmarkStats),
    ("inflate", benchmarkInflate),
    ("adversarial", benchmarkAdversarialCLI),
    ("word", benchmarkWord),
]

var requested = Array(CommandLine.arguments.dropFirst())
let inProcess = requested.filter { $0 == "adversarial-inprocess" || $0.hasPrefix("adversarial-inprocess/") }
requested.removeAll { inProcess.contains($0) }
for argument in inProcess {
    do {
        try benchmarkAdversarial(filter: argument == "adversarial-inprocess" ? nil : String(argument.dropFirst("adversarial-inprocess/".count)))
    } catch { print("failed: \(error)"); exit(1) }
}
if !inProcess.isEmpty, requested.isEmpty { exit(0) }
if let unknown = requested.first(where: { name in !suites.contains { $0.name == name } }) {
    print("unknown suite \(unknown); suites: \(suites.map(\.name).joined(separator: " "))")
    exit(2)
}
for suite in suites where requested.isEmpty || requested.contains(suite.name) {
    print("== \(suite.name)")
    do { try suite.run() } catch { print("failed: \(error)"); exit(1) }
}
