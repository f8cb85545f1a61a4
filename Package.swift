// swift-tools-version: 6.0
// Jianbao: drafting, reading and checking 简报-style work bulletins.
// No package dependencies: the Swift toolchain alone builds and tests everything.
import PackageDescription

let package = Package(
    name: "jianbao",
    products: [
        .executable(name: "jianbao", targets: ["jianbao"]),
        .library(name: "Bulletin", targets: ["Bulletin"]),
        .library(name: "NotesFormat", targets: ["NotesFormat"]),
        .library(name: "Templating", targets: ["Templating"]),
    ],
    targets: [
        // Source positions (line, editor column, byte offset) and the one diagnostic format.
        .target(name: "SourceText"),
        // The strict YAML subset of the notes files: text → node tree. Knows nothing of bulletins.
        .target(name: "NotesFormat", dependencies: ["SourceText"]),
        // Mustache engine: parse once, render many. Knows nothing of bulletins.
        .target(name: "Templating", dependencies: ["SourceText"]),
        // ZIP archives (reading and writing) and DEFLATE decompression. Knows nothing of bulletins.
        .target(name: "Zip"),
        // Text of Office documents (.docx): paragraphs, numbering, tracked changes. Knows nothing of bulletins.
        .target(name: "OfficeText", dependencies: ["Zip"]),
        // The genre: model, numerals, dates, notes decoding, drafting, reading, checking.
        .target(
            name: "Bulletin",
            dependencies: ["SourceText", "NotesFormat", "Templating", "Zip"],
            exclude: ["Data"],
            plugins: ["EmbedDefaults"]
        ),
        // The command-line interface only: arguments, files, exit codes.
        .executableTarget(name: "jianbao", dependencies: ["Bulletin", "NotesFormat", "Templating", "SourceText", "OfficeText"]),
        // Benchmarks (`swift run -c release jianbao-bench …`); figures go to docs/performance.md.
        .executableTarget(name: "jianbao-bench", dependencies: ["Bulletin", "NotesFormat", "Templating", "SourceText", "Zip", "OfficeText"]),

        // Build-time embedding of templates/ and Sources/Bulletin/Data/ into the Bulletin module,
        // so an installed binary needs no second, hand-kept copy of them.
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedDefaults", capability: .buildTool(), dependencies: ["EmbedFiles"]),

        .testTarget(name: "SourceTextTests", dependencies: ["SourceText"]),
        .testTarget(name: "NotesFormatTests", dependencies: ["NotesFormat"], exclude: ["Fixtures"]),
        .testTarget(name: "TemplatingTests", dependencies: ["Templating"]),
        .testTarget(name: "BulletinTests", dependencies: ["Bulletin", "NotesFormat", "Templating", "Zip"]),
        .testTarget(name: "ZipTests", dependencies: ["Zip"]),
        .testTarget(name: "OfficeTextTests", dependencies: ["OfficeText", "Zip"]),
        // Runs the built `jianbao` binary as a user would.
        .testTarget(name: "CLITests", dependencies: ["jianbao", "Zip"]),
    ]
)
