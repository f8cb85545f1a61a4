/// The contents entries sorted by their UTF-8 bytes, so that whether a heading is cut short of
/// some entry is a binary search, not a pass over every entry for every heading (quadratic in
/// an issue of thousands of entries). The reader and the checker ask it of the same entries,
/// compacted (`HeadingText.compactUTF8`).
struct ContentsPrefixes {
    private let sorted: [[UInt8]]
    /// For each sorted entry, its place among the entries as given.
    private let places: [Int]
    /// The headlines after an entry's first colon (`……委员会：精心组织交办` → `精心组织交办`), sorted.
    private let headlines: [[UInt8]]

    init(_ entries: [[UInt8]]) {
        let order = entries.indices.sorted { entries[$0].lexicographicallyPrecedes(entries[$1]) }
        sorted = order.map { entries[$0] }
        places = order
        headlines = entries.compactMap(Self.headline(of:)).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// What follows the first full-width colon among the first 24 characters' bytes, when 4
    /// characters or more do.
    static func headline(of compact: [UInt8]) -> [UInt8]? {
        let colon: [UInt8] = [0xEF, 0xBC, 0x9A]
        var index = 0
        while index + 3 <= min(compact.count, 72) {
            if compact[index..<(index + 3)].elementsEqual(colon) {
                let rest = Array(compact[(index + 3)...])
                return rest.count >= 12 ? rest : nil
            }
            index += 1
        }
        return nil
    }

    /// Whether an entry's headline (`headline(of:)`) is `headline`, whatever names its unit.
    func haveEntry(withHeadline headline: [UInt8]) -> Bool {
        var low = 0, high = headlines.count
        while low < high {
            let middle = (low + high) / 2
            if headlines[middle].lexicographicallyPrecedes(headline) { low = middle + 1 } else { high = middle }
        }
        return low < headlines.count && headlines[low] == headline
    }

    /// The place (among the entries as given) of an entry that starts with `prefix`, if any.
    func entry(startingWith prefix: [UInt8]) -> Int? {
        let low = firstNotBefore(prefix)
        return low < sorted.count && sorted[low].starts(with: prefix) ? places[low] : nil
    }

    var isEmpty: Bool { sorted.isEmpty }

    /// Whether an entry starts with `text` and goes on after it. Entries starting with `text`
    /// sort right after `text` itself, the equal ones first: the first entry sorting after
    /// `text` is one such entry if there is any.
    func haveLongerEntry(startingWith prefix: [UInt8]) -> Bool {
        // Past the entries equal to `text` by a binary search of its own: thousands of equal
        // entries are no walk.
        let low = firstIndex(after: { !prefix.lexicographicallyPrecedes($0) })
        return low < sorted.count && sorted[low].starts(with: prefix)
    }

    func haveEntry(equalTo text: [UInt8]) -> Bool {
        let low = firstNotBefore(text)
        return low < sorted.count && sorted[low] == text
    }

    /// Whether an entry starts with `text` or is `text`.
    func haveEntry(startingWith prefix: [UInt8]) -> Bool {
        let low = firstNotBefore(prefix)
        return low < sorted.count && sorted[low].starts(with: prefix)
    }

    private func firstNotBefore(_ prefix: [UInt8]) -> Int {
        firstIndex(after: { $0.lexicographicallyPrecedes(prefix) })
    }

    /// The first index whose entry is not `before` (the sorted entries are `before` up to it).
    private func firstIndex(after before: ([UInt8]) -> Bool) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if before(sorted[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
