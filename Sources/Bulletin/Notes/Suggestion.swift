/// "Did you mean" for misspelt keys and preset names (`标提` → `标题`).
enum Suggestion {
    /// The closest candidate within a small edit distance, else nil. Distances count
    /// characters, so one wrong Chinese character is one edit.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, word.count / 2)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(Array(word), Array(candidate))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance (insert, delete, substitute) over characters, in O(n·m) with one row.
    static func editDistance(_ left: [Character], _ right: [Character]) -> Int {
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = previous
        for (i, leftCharacter) in left.enumerated() {
            current[0] = i + 1
            for (j, rightCharacter) in right.enumerated() {
                let substitution = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
                current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
