extension BulletinDate {
    /// Reads a date as editors write it: `2026年6月4日`, `2026 年 6 月 4 日`, with full-width
    /// digits (`２０２６年６月４日`, as OCR gives them), or ISO `2026-06-04`.
    /// Nil for anything else and for dates that do not exist (2026年2月30日).
    public init?(parsing text: String) {
        // Spaces of the spaced masthead form carry no meaning.
        let digitsAndMarks = Array(BulletinDate.halfWidthDigits(text)).filter { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }
        let parts: [Int]
        if digitsAndMarks.last == "日" {
            parts = BulletinDate.numbers(in: digitsAndMarks.dropLast(), separators: ["年", "月"])
        } else {
            parts = BulletinDate.numbers(in: digitsAndMarks[...], separators: ["-", "-"])
        }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// `text` with full-width digits (０…９, as OCR and some input methods give them) made ASCII.
    static func halfWidthDigits(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) {
                result.append(ascii)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
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
