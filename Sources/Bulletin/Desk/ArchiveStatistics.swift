/// The dates a count covers; a nil end is open.
public struct StatisticsPeriod: Sendable, Hashable {
    public var since: BulletinDate?
    public var until: BulletinDate?

    public init(since: BulletinDate? = nil, until: BulletinDate? = nil) {
        self.since = since
        self.until = until
    }

    /// One calendar year.
    public static func year(_ year: Int) -> StatisticsPeriod {
        StatisticsPeriod(since: BulletinDate(year: year, month: 1, day: 1), until: BulletinDate(year: year, month: 12, day: 31))
    }

    /// A day (`2026-06-01`, `2026年6月1日`), a month (`2026-06`, `2026年6月`) or a year (`2026`,
    /// `2026年`): its first day, or with `end` its last — `--until 2026-06` includes June.
    public static func date(parsing text: String, end: Bool) -> BulletinDate? {
        if let date = BulletinDate(parsing: text) { return date }
        let parts = BulletinDate.halfWidthDigits(text).split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        switch parts.count {
        case 1 where parts[0] >= 1000 && parts[0] <= 9999:
            return BulletinDate(year: parts[0], month: end ? 12 : 1, day: end ? 31 : 1)
        case 2 where parts[0] >= 1000 && parts[0] <= 9999 && (1...12).contains(parts[1]):
            return BulletinDate(year: parts[0], month: parts[1], day: end ? BulletinDate.daysIn(month: parts[1], year: parts[0]) : 1)
        default:
            return nil
        }
    }

    public func contains(_ date: BulletinDate) -> Bool {
        (since.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }

    public var isOpen: Bool { since == nil && until == nil }
}

/// A month of a year, as the tables head their columns (`2026-06`).
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}

/// What an archive of past issues says about the contributing units, the 专辑 and the issue
/// numbers (`jianbao stats`). Every count is of issues in the period; the units and cities are
/// those of the whole archive and of the divisions list, so a unit with none in the period shows.
/// One pass over the issues and their articles, then sorts: linear up to the sorting.
public struct ArchiveStatistics: Sendable {
    /// One past issue and the file it was read from.
    public struct Issue: Sendable {
        public var name: String
        public var bulletin: Bulletin
        public var source: DeskFile.Source

        public init(name: String, bulletin: Bulletin, source: DeskFile.Source = .text) {
            self.name = name
            self.bulletin = bulletin
            self.source = source
        }
    }

    /// One issue kept in several files — the same year, 期号 and articles, as an archive keeps
    /// the notes beside the Word document drafted from them: counted once.
    public struct Copies: Sendable, Hashable {
        public var year: Int?
        public var number: Int
        /// The file counted: notes before a Word document before text, then by name.
        public var counted: String
        /// The other files, by name.
        public var others: [String]
    }

    /// One contributing unit as written in 供稿, under its city.
    public struct Unit: Sendable, Hashable {
        public var city: String
        public var unit: String
        public var total = 0
        public var byYear: [Int: Int] = [:]
        public var byMonth: [YearMonth: Int] = [:]
    }

    /// One issue of a 专辑.
    public struct AlbumIssue: Sendable, Hashable {
        public var albumNumber: Int
        public var issueNumber: Int?
        /// The masthead's issue line as printed (`Masthead.issueLine`: "第 16 期", "增刊").
        public var issueLine: String?
        public var date: BulletinDate?
        public var name: String
    }

    public struct Album: Sendable, Hashable {
        public var theme: String
        /// In 序号 order.
        public var issues: [AlbumIssue]
        /// 序号 missing between the first and the last.
        public var gaps: [ClosedRange<Int>]
        /// 序号 printed on more than one issue.
        public var duplicates: [Int]
    }

    /// An issue whose date is earlier than that of the issue numbered before it.
    public struct OutOfOrder: Sendable, Hashable {
        public var number: Int
        public var date: BulletinDate
        public var previousNumber: Int
        public var previousDate: BulletinDate
    }

    /// 期号 continuity within one year.
    public struct Year: Sendable {
        public var year: Int
        public var issues: Int
        public var first: Int
        public var last: Int
        /// 期号 missing between the year's first and last.
        public var gaps: [ClosedRange<Int>]
        /// 期号 used by more than one file, with the files.
        public var duplicates: [(number: Int, names: [String])]
        public var outOfOrder: [OutOfOrder]
    }

    /// The name under which articles without 供稿 are counted.
    public static let noContributor = "（未写供稿单位）"
    /// 济源示范区 is also called 济源市 (the divisions list has both, as 省直管): one city here.
    static let jiyuanZone = "济源示范区"
    static let jiyuanCity = "济源市"
    /// The group of units whose name starts with no division of Henan.
    public static let otherCity = "其他"

    public var period: StatisticsPeriod
    /// Issues in the period (dated).
    public var issueCount = 0
    public var articleCount = 0
    /// Years and months with at least one issue in the period, in order: the tables' columns.
    public var years: [Int] = []
    public var months: [YearMonth] = []
    /// Every unit of the archive, by the divisions list's city order, then by name.
    public var units: [Unit] = []
    /// Cities of the divisions list with no article in the period.
    public var silentCities: [String] = []
    public var albums: [Album] = []
    public var continuity: [Year] = []
    /// Files without a date: their issue cannot be placed in a year and is not counted.
    public var undated: [String] = []
    /// Issues found in more than one file, counted once (same 期号 with other articles is a duplicate, in `continuity`).
    public var copies: [Copies] = []

    public init(issues allFiles: [Issue], period: StatisticsPeriod = .init()) {
        self.period = period
        let (issues, copies) = Self.collapsingCopies(allFiles)
        self.copies = copies
        let divisions = HenanDivisions.shared
        var unitIndex: [String: Int] = [:]
        var yearSet = Set<Int>()
        var monthSet = Set<YearMonth>()
        var albumIssues: [String: [AlbumIssue]] = [:]
        var albumOrder: [String] = []
        var numbered: [Int: [(number: Int, date: BulletinDate, name: String)]] = [:]

        func city(of unit: String, region: String) -> String {
            for name in [unit, region] {
                // A region typed without its 市 or 县 (`焦作`) is the division it stands for.
                guard let division = divisions.longestPrefix(of: name) ?? divisions.fullName(ofBare: name),
                      let parent = divisions.parent(of: division) else { continue }
                let city = parent.isEmpty ? divisions.canonicalName(division) : parent
                return city == Self.jiyuanCity ? Self.jiyuanZone : city
            }
            return Self.otherCity
        }

        for issue in issues {
            let bulletin = issue.bulletin
            let date = bulletin.masthead.date
            let inPeriod = date.map(period.contains) ?? false
            if date == nil { undated.append(issue.name) }
            for article in bulletin.articles {
                let written = article.contributor?.trimmingCharacters(in: " ") ?? ""
                let unit = written.isEmpty ? Self.noContributor : written
                let key = unit == Self.noContributor ? unit + "\u{0}" + city(of: "", region: article.region) : unit
                let index: Int
                if let known = unitIndex[key] {
                    index = known
                } else {
                    index = units.count
                    unitIndex[key] = index
                    units.append(Unit(city: city(of: written, region: article.region), unit: unit))
                }
                guard inPeriod, let date else { continue }
                let month = YearMonth(year: date.year, month: date.month)
                units[index].total += 1
                units[index].byYear[date.year, default: 0] += 1
                units[index].byMonth[month, default: 0] += 1
                articleCount += 1
            }
            guard inPeriod, let date else { continue }
            issueCount += 1
            yearSet.insert(date.year)
            monthSet.insert(YearMonth(year: date.year, month: date.month))
            if let album = bulletin.album {
                if albumIssues[album.theme] == nil { albumOrder.append(album.theme) }
                albumIssues[album.theme, default: []].append(AlbumIssue(albumNumber: album.number, issueNumber: bulletin.masthead.issueNumber,
                                                                        issueLine: bulletin.masthead.issueLine, date: date, name: issue.name))
            }
            if let number = bulletin.masthead.seriesNumber {
                numbered[date.year, default: []].append((number, date, issue.name))
            }
        }
        years = yearSet.sorted()
        months = monthSet.sorted()
        let cityOrder = Dictionary(divisions.cities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        units.sort { a, b in
            let rankA = cityOrder[a.city] ?? Int.max, rankB = cityOrder[b.city] ?? Int.max
            return rankA != rankB ? rankA < rankB : a.city != b.city ? a.city < b.city : a.unit < b.unit
        }
        var contributing = Set<String>()
        for unit in units where unit.total > 0 { contributing.insert(unit.city) }
        silentCities = divisions.cities.filter { !contributing.contains($0) && $0 != Self.jiyuanCity }

        for theme in albumOrder {
            let entries = (albumIssues[theme] ?? []).sorted { ($0.albumNumber, $0.issueNumber ?? 0) < ($1.albumNumber, $1.issueNumber ?? 0) }
            let (gaps, duplicates) = Self.gapsAndDuplicates(entries.map(\.albumNumber))
            albums.append(Album(theme: theme, issues: entries, gaps: gaps, duplicates: duplicates))
        }
        for year in numbered.keys.sorted() {
            let entries = (numbered[year] ?? []).sorted { ($0.number, $0.date, $0.name) < ($1.number, $1.date, $1.name) }
            let (gaps, duplicateNumbers) = Self.gapsAndDuplicates(entries.map(\.number))
            let duplicateSet = Set(duplicateNumbers)
            var duplicates: [(Int, [String])] = []
            var outOfOrder: [OutOfOrder] = []
            var previous: (number: Int, date: BulletinDate)?
            for entry in entries {
                if duplicateSet.contains(entry.number) {
                    if duplicates.last?.0 == entry.number { duplicates[duplicates.count - 1].1.append(entry.name) } else { duplicates.append((entry.number, [entry.name])) }
                }
                if let previous, previous.number != entry.number, entry.date < previous.date {
                    outOfOrder.append(OutOfOrder(number: entry.number, date: entry.date, previousNumber: previous.number, previousDate: previous.date))
                }
                if previous?.number != entry.number { previous = (entry.number, entry.date) }
            }
            continuity.append(Year(year: year, issues: entries.count, first: entries.first?.number ?? 0, last: entries.last?.number ?? 0,
                                   gaps: gaps, duplicates: duplicates, outOfOrder: outOfOrder))
        }
    }

    /// The files of the archive with each issue's copies folded into one, in file order, and
    /// the copies found. Copies agree on the year, the 期号 and each article's 地区, 标题 and
    /// 供稿 (spaces aside: a Word document or a text may space a heading differently). Linear:
    /// one hash per file.
    static func collapsingCopies(_ files: [Issue]) -> (issues: [Issue], copies: [Copies]) {
        struct Identity: Hashable {
            var year: Int?
            var number: Int
            var articles: [UInt8]
        }
        // Each field's UTF-8 without its spaces, then a 0: bytes, not Characters or Strings, which
        // made counting several times slower (a String hashes normalised).
        func appendWithoutSpaces(_ field: String, to key: inout [UInt8]) {
            var field = field
            field.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    let width = Self.spaceWidth(bytes, at: index)
                    if width == 0 { key.append(bytes[index]) }
                    index += max(1, width)
                }
            }
            key.append(0)
        }
        var kept: [Issue] = []
        var slotOfIdentity: [Identity: Int] = [:]
        var othersOfSlot: [Int: [String]] = [:]
        for file in files {
            guard let number = file.bulletin.masthead.seriesNumber else {
                kept.append(file)
                continue
            }
            let identity = Identity(year: file.bulletin.masthead.date?.year, number: number, articles: file.bulletin.articles.reduce(into: []) { key, article in
                for field in [article.region, article.headline, article.contributor ?? ""] { appendWithoutSpaces(field, to: &key) }
            })
            guard let slot = slotOfIdentity[identity] else {
                slotOfIdentity[identity] = kept.count
                kept.append(file)
                continue
            }
            if (file.source, file.name) < (kept[slot].source, kept[slot].name) {
                othersOfSlot[slot, default: []].append(kept[slot].name)
                kept[slot] = file
            } else {
                othersOfSlot[slot, default: []].append(file.name)
            }
        }
        let copies = othersOfSlot.map { slot, others in
            Copies(year: kept[slot].bulletin.masthead.date?.year, number: kept[slot].bulletin.masthead.issueNumber ?? 0,
                   counted: kept[slot].name, others: others.sorted())
        }.sorted { ($0.year ?? 0, $0.number, $0.counted) < ($1.year ?? 0, $1.number, $1.counted) }
        return (kept, copies)
    }

    /// The length of the white space (ASCII, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000) starting at `index` of UTF-8 `bytes`; 0 for anything else.
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte <= 0x20 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        guard byte == 0xC2 || (0xE1...0xE3).contains(byte), index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0xA0 || second == 0x85 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Missing runs and repeated values of sorted numbers: O(n), however far apart the numbers.
    static func gapsAndDuplicates(_ sorted: [Int]) -> (gaps: [ClosedRange<Int>], duplicates: [Int]) {
        var gaps: [ClosedRange<Int>] = []
        var duplicates: [Int] = []
        for (previous, next) in zip(sorted, sorted.dropFirst()) {
            if next == previous, duplicates.last != next { duplicates.append(next) }
            if next - previous > 1 { gaps.append((previous + 1)...(next - 1)) }
        }
        return (gaps, duplicates)
    }
}
