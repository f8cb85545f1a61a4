/// The administrative divisions of Henan (`Data/henan-divisions.tsv`, embedded at build time):
/// each county, county-level city and district with its prefecture-level city.
struct HenanDivisions: Sendable {
    /// Division name → parent city ("" for a prefecture-level city or 济源示范区).
    private(set) var parents: [String: String] = [:]

    static let shared = HenanDivisions(tsv: DefaultFiles.data["henan-divisions.tsv"] ?? "")

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard fields.count >= 3, !fields[0].isEmpty, fields[0] != "名称" else { continue }
            parents[fields[0]] = fields[2]
        }
    }

    /// The parent city of `name`, "" for a city, nil when `name` is not a division.
    func parent(of name: String) -> String? { parents[name] }

    /// The longest division name `text` starts with (names are 2 to 6 characters: look up each length).
    func longestPrefix(of text: String) -> String? {
        let scalars = text.unicodeScalars
        var candidates: [String] = []
        var prefix = String.UnicodeScalarView()
        for scalar in scalars.prefix(6) {
            prefix.append(scalar)
            candidates.append(String(prefix))
        }
        return candidates.reversed().first { parents[$0] != nil }
    }
}
