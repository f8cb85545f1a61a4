import Foundation

// Usage: swift run -c release jianbao-bench [SUITE…]
// Without arguments every suite runs. Each suite lives in its own file.
// `adversarial` runs only when named; `adversarial/PREFIX` runs its cases whose names start with PREFIX.
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
let adversarial = requested.filter { $0 == "adversarial" || $0.hasPrefix("adversarial/") }
requested.removeAll { adversarial.contains($0) }
for argument in adversarial {
    do {
        try benchmarkAdversarial(filter: argument == "adversarial" ? nil : String(argument.dropFirst("adversarial/".count)))
    } catch { print("failed: \(error)"); exit(1) }
}
if !adversarial.isEmpty, requested.isEmpty { exit(0) }
if let unknown = requested.first(where: { name in !suites.contains { $0.name == name } }) {
    print("unknown suite \(unknown); suites: \(suites.map(\.name).joined(separator: " "))")
    exit(2)
}
for suite in suites where requested.isEmpty || requested.contains(suite.name) {
    print("== \(suite.name)")
    do { try suite.run() } catch { print("failed: \(error)"); exit(1) }
}
