/// The administrative divisions of Henan (`Data/henan-divisions.tsv`, embedded at build time):
/// each county, county-level city and district with its prefecture-level city.
struct HenanDivisions: Sendable {
    /// Division name → parent city ("" for a prefecture-level city or 济源示范区).
    private(set) var parents: [String: String] = [:]
    private(set) var names: [String] = []

    static let shared = HenanDivisions(tsv: DefaultFiles.data["henan-divisions.tsv"] ?? "")

    init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard fields.count >= 3, !fields[0].isEmpty, fields[0] != "名称" else { continue }
            parents[fields[0]] = fields[2]
            names.append(fields[0])
        }
        names.sort { $0.unicodeScalars.count > $1.unicodeScalars.count }
    }

    /// The parent city of `name`, "" for a city, nil when `name` is not a division.
    func parent(of name: String) -> String? { parents[name] }

    /// The longest division name `text` starts with.
    func longestPrefix(of text: String) -> String? {
        names.first { text.hasPrefix($0) }
    }
}
