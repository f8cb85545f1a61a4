extension BulletinDate {
    /// Reads a date as editors write it: `2026年6月4日`, `2026 年 6 月 4 日`, with full-width
    /// digits (`２０２６年６月４日`, as OCR gives them), or ISO `2026-06-04`.
    /// Nil for anything else and for dates that do not exist (2026年2月30日).
    public init?(parsing text: String) {
        var digitsAndMarks: [Character] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x3000: continue   // spaces of the spaced masthead form
            case 0xFF10...0xFF19:               // full-width digits
                digitsAndMarks.append(Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? "0"))
            default: digitsAndMarks.append(Character(scalar))
            }
        }
        let parts: [Int]
        if digitsAndMarks.last == "日" {
            parts = BulletinDate.numbers(in: digitsAndMarks.dropLast(), separators: ["年", "月"])
        } else {
            parts = BulletinDate.numbers(in: digitsAndMarks[...], separators: ["-", "-"])
        }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The numbers between the given separators, in order; empty unless the text is exactly
    /// `digits sep digits sep digits` with 1–4 digits per part.
    private static func numbers(in characters: ArraySlice<Character>, separators: [Character]) -> [Int] {
        var values: [Int] = []
        var current = ""
        var separatorIndex = 0
        for character in characters {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if separatorIndex < separators.count, character == separators[separatorIndex] {
                guard let value = Int(current), current.count <= 4 else { return [] }
                values.append(value)
                current = ""
                separatorIndex += 1
            } else {
                return []
            }
        }
        guard separatorIndex == separators.count, let last = Int(current), current.count <= 4 else { return [] }
        return values + [last]
    }
}
