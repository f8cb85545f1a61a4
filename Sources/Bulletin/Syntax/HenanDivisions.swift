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
    /// A city or county named without its 市 or 县 (`焦作` → 焦作市, `林州` → 林州市), as headings
    /// are often typed: the prefecture city where a county shares the name (`安阳` → 安阳市, not
    /// 安阳县); never a name that is itself listed, nor one character alone (滑县).
    private(set) var bareNames: [String: String] = [:]
    /// Every name as UTF-8, grouped by its first byte, longest first: R3 asks for a prefix at
    /// every city name in the text, and hashing each prefix as a String cost a fifth of `check`.
    private var namesByFirstByte: [[(utf8: [UInt8], name: String)]] = Array(repeating: [], count: 256)

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
        // The zones' common short names, as the genre writes them: 高新区 for 高新技术产业开发区,
        // 经开区 for 经济技术开发区 (`郑州高新区`).
        for (name, parent) in parents where fullNames[name] == nil {
            // And a district named without 回族 (管城区 for 管城回族区, 顺河区, 瀍河区), as everyday
            // writing names it (the fourteenth audit: R1 said 管城区 was no division of Henan).
            for (long, short) in [("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("回族区", "区")] where name.hasSuffix(long) {
                let abbreviated = String(name.dropLast(long.count)) + short
                guard parents[abbreviated] == nil else { continue }
                parents[abbreviated] = parent
                fullNames[abbreviated] = name
                longestName = max(longestName, abbreviated.unicodeScalars.count)
            }
        }
        for (name, parent) in parents {
            guard let last = name.unicodeScalars.last, last == "市" || last == "县", name.unicodeScalars.count >= 3 else { continue }
            let bare = String(name.unicodeScalars.dropLast())
            guard parents[bare] == nil else { continue }
            if let taken = bareNames[bare], parents[taken] == "" { continue }
            if parent.isEmpty || bareNames[bare] == nil { bareNames[bare] = name }
        }
        for name in parents.keys {
            let utf8 = Array(name.utf8)
            namesByFirstByte[Int(utf8[0])].append((utf8, name))
        }
        for first in namesByFirstByte.indices {
            // Two names of one length that both match are one name: the order among them is moot.
            namesByFirstByte[first].sort { $0.utf8.count > $1.utf8.count }
        }
    }

    /// The parent city of `name`, "" for a city, nil when `name` is not a division.
    func parent(of name: String) -> String? { parents[name] }

    /// The full name of a short name or a bare one (`bareNames`), else the name itself: one unit
    /// under either name.
    func canonicalName(_ name: String) -> String { fullNames[name] ?? bareNames[name] ?? name }

    /// `焦作` → 焦作市: the division a name without its 市 or 县 stands for (`bareNames`).
    func fullName(ofBare name: String) -> String? { bareNames[name] }

    /// The division a heading's region names: the region itself when listed, else the county (市,
    /// 区) of a city and a county written together — `安阳市林州市` names 林州市. A county written
    /// after another city (`开封市林州市`) names it too: R3 reports the city, R1 and R2 need not.
    func division(named region: String) -> String? {
        if parents[region] != nil { return region }
        if let full = bareNames[region] { return full }
        // A town, a township or a street office under a listed division (`林州市姚村镇`,
        // `淇滨区九州路街道`): the division it belongs to (towns are not listed).
        if region.hasSuffix("镇") || region.hasSuffix("乡") || region.hasSuffix("街道"),
           let county = longestPrefix(of: region), county != region {
            return division(named: county) ?? county
        }
        guard let (city, county) = cityAndCounty(region), city.utf8.count + county.utf8.count == region.utf8.count else { return nil }
        return county
    }

    /// The city and the county (县, 市, 区) `text` starts with when written together
    /// (`安阳市林州市…`), whichever city the county belongs to.
    func cityAndCounty(_ text: String) -> (city: String, county: String)? {
        guard let city = longestPrefix(of: text), parents[city] == "" else { return nil }
        guard let county = longestPrefix(of: String(text.unicodeScalars.dropFirst(city.unicodeScalars.count))),
              let parent = parents[county], !parent.isEmpty else { return nil }
        return (city, county)
    }

    /// The longest division name `text` starts with.
    func longestPrefix(of text: String) -> String? {
        longestPrefix(ofUTF8: Array(text.utf8)[...])
    }

    /// The longest division name the bytes start with (whole names, so a match ends on a scalar).
    func longestPrefix(ofUTF8 bytes: ArraySlice<UInt8>) -> String? {
        guard let first = bytes.first else { return nil }
        return namesByFirstByte[Int(first)].first { bytes.starts(with: $0.utf8) }?.name
    }
}
