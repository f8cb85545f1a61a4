import Foundation

/// The five sample documents in `seeds/`, read as the tests need them. Never edited.
enum Seeds {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let recentIssue11 = "000_c878d6b2feb97647.txt"
    static let ocrIssue2024 = "001_f9581be366cac430.txt"
    static let newspaperFeature = "002_826e4499cd511985.txt"
    static let recentIssue16 = "003_89e8e6edd186e997.txt"
    static let markdownIssue40 = "004_7acb3700bb16512e.txt"
    static let all = [recentIssue11, ocrIssue2024, newspaperFeature, recentIssue16, markdownIssue40]

    static func text(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("seeds").appendingPathComponent(name), encoding: .utf8)
    }

    static func file(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
