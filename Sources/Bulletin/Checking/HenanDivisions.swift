/// The administrative divisions of Henan (`Data/henan-divisions.tsv`, embedded at build time):
/// each county, county-level city and district with its prefecture-level city, and the
/// county-level functional zones (开发区, 示范区, 实验区) with their short names.
struct HenanDivisions: Sendable {
    /// Division name → parent city ("" for a prefecture-level city or 济源示范区).
    private(set) var parents: [String: String] = [:]
    /// Short name → full name (郑州航空港区 → 郑州航空港经济综合实验区).
    private(set) var fullNames: [String: String] = [:]
    /// The longest name, in scalars, so prefixes of any listed name are found.
    private(set) var longestName = 0
    /// The 17 prefecture-level cities and 济源示范区, in the file's order (`stats` groups by them).
    private(set) var cities: [String] = []

    static let shared = HenanDivisions(tsv: DefaultFiles.data["henan-divisions.tsv"] ?? "")

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard fields.count >= 3, !fields[0].isEmpty, fields[0] != "名称" else { continue }
            parents[fields[0]] = fields[2]
            if fields[2].isEmpty { cities.append(fields[0]) }
            if fields.count >= 4, !fields[3].isEmpty { fullNames[fields[0]] = fields[3] }
            longestName = max(longestName, fields[0].unicodeScalars.count)
        }
    }

    /// The parent city of `name`, "" for a city, nil when `name` is not a division.
    func parent(of name: String) -> String? { parents[name] }

    /// The full name of a short name, else the name itself: one unit under either name.
    func canonicalName(_ name: String) -> String { fullNames[name] ?? name }

    /// The longest division name `text` starts with.
    func longestPrefix(of text: String) -> String? {
        var candidates: [String] = []
        var prefix = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(longestName) {
            prefix.append(scalar)
            candidates.append(String(prefix))
        }
        return candidates.reversed().first { parents[$0] != nil }
    }
}
