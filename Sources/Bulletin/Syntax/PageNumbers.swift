import SourceText

/// Page numbers that PDF extraction (pdftotext) leaves between two pages, on lines of their own:
/// `- 2 -`, `— 3 —`, `－ ４ －`, `-5-` (GB/T 9704), `第 4 页`, `第 4 页 共 8 页`. Such a line is no
/// text but a page break. The one recogniser of both jobs: `SourceLines` reads it as a blank line
/// (the reader drops it, lists it and joins a paragraph the page cut, as across a form feed),
/// `TextLayout` as a blank line too (A1 reports the cut, or the page number alone, and deletes it).
extension GenrePatterns {
    /// How a page number is written on its line.
    enum PageNumberShape: Equatable {
        /// A number between two like dashes, or `第 N 页` (with `共 M 页`): a page number wherever it stands.
        case marked
        /// A number alone (`2`): no page number (`isPageNumberLine`), told apart so that it is said.
        case bare
    }

    /// The longest page-number line, in bytes (trimmed): `第 123 页 共 456 页` with spaces is 26.
    static let maximumPageNumberLength = 40

    /// The shape of the trimmed line `[start, end)` if it is a page number and nothing else: 1 to 3
    /// digits (ASCII or full-width, no leading 0), between one or two like dashes on either side
    /// (`-` `–` `—` `―` `－`, the same on both sides), or as `第 N 页` with `共 M 页` after it (a
    /// `，` `,` `/` `、` between); or the digits alone (`.bare`). Spaces between the parts are
    /// allowed. A Markdown list item (`- 2`), a rule (`---`), a point number (`2.` `2、` `（2）`),
    /// a year (`2026`) are none. Asked of every line: the first byte turns nearly every line away.
    static func pageNumberShape(_ bytes: [UInt8], _ start: Int, _ end: Int) -> PageNumberShape? {
        guard end > start, end - start <= maximumPageNumberLength else { return nil }
        switch bytes[start] {
        case 0x2D, 0x31...0x39: break                                               // - 1…9
        case 0xE2: guard start + 2 < end, bytes[start + 1] == 0x80, (0x93...0x95).contains(bytes[start + 2]) else { return nil }   // – — ―
        case 0xEF: guard start + 2 < end, bytes[start + 1] == 0xBC, bytes[start + 2] == 0x8D || (0x91...0x99).contains(bytes[start + 2]) else { return nil }   // － １…９
        case 0xE7: guard start + 2 < end, bytes[start + 1] == 0xAC, bytes[start + 2] == 0xAC else { return nil }   // 第
        default: return nil
        }
        let values = GenrePatterns.scalarValues(bytes, start, end)
        var k = 0
        func skipSpaces() { while k < values.count, ScalarClass.isSpace(values[k]) { k += 1 } }
        // 1 to 3 digits, not opening with 0.
        func number() -> Bool {
            let first = k
            while k < values.count, let digit = digitValue(values[k]) {
                if k == first, digit == 0 { return false }
                k += 1
            }
            return k > first && k - first <= 3
        }
        func take(_ value: UInt32) -> Bool {
            guard k < values.count, values[k] == value else { return false }
            k += 1
            return true
        }
        let first = values[0]
        if isPageDash(first) {
            var dashes = 0
            while k < values.count, values[k] == first { dashes += 1; k += 1 }
            guard dashes <= 2 else { return nil }
            skipSpaces()
            guard number() else { return nil }
            skipSpaces()
            var closing = 0
            while k < values.count, values[k] == first { closing += 1; k += 1 }
            return closing == dashes && k == values.count ? .marked : nil
        }
        if first == 0x7B2C {   // 第 N 页 (，共 M 页)
            k = 1
            skipSpaces()
            guard number() else { return nil }
            skipSpaces()
            guard take(0x9875) else { return nil }   // 页
            skipSpaces()
            if k == values.count { return .marked }
            if [0xFF0C, 0x2C, 0x2F, 0xFF0F, 0x3001].contains(values[k]) { k += 1; skipSpaces() }
            guard take(0x5171) else { return nil }   // 共
            skipSpaces()
            guard number() else { return nil }
            skipSpaces()
            return take(0x9875) && k == values.count ? .marked : nil
        }
        return number() && k == values.count ? .bare : nil
    }

    /// Line `line` (0-based, its content `[start, end)`, trimmed or not) of a text split at
    /// `lineStarts` (`SourceLines.lineStarts`) is a page number: a marked one (`.marked`), unless the
    /// nearest line with text over or under it is marked too — `- 1 -` / `- 2 -` / `- 3 -` in a
    /// row are a list, not three pages. A number alone (`.bare`) is never one: between two parts
    /// of a sentence it may be the sentence's own (`有` / `3` / `项`), in a table a cell (audit).
    static func isPageNumberLine(_ bytes: [UInt8], _ start: Int, _ end: Int, lineStarts: [Int], line: Int) -> Bool {
        let (start, end) = SourceLines.trimmed(bytes, start, end)
        guard pageNumberShape(bytes, start, end) == .marked else { return false }
        func content(_ position: Int) -> (start: Int, end: Int) {
            SourceLines.trimmed(bytes, lineStarts[position], position + 1 < lineStarts.count ? lineStarts[position + 1] - 1 : bytes.count)
        }
        for step in [-1, 1] {
            var position = line + step
            while position >= 0, position < lineStarts.count, abs(position - line) <= 3 {
                let found = content(position)
                if found.start < found.end {
                    if pageNumberShape(bytes, found.start, found.end) == .marked { return false }
                    break
                }
                position += step
            }
        }
        return true
    }

    /// A dash a page number stands between: `-` `–` `—` `―` `－`.
    private static func isPageDash(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0x2013 || value == 0x2014 || value == 0x2015 || value == 0xFF0D
    }

    /// 0…9 of an ASCII or full-width digit.
    private static func digitValue(_ value: UInt32) -> Int? {
        if value >= 0x30, value <= 0x39 { return Int(value - 0x30) }
        if value >= 0xFF10, value <= 0xFF19 { return Int(value - 0xFF10) }
        return nil
    }

    /// A web page's location line copied over its item (`当前位置：首页 > 代表工作 > 工作动态`,
    /// `首页 » 工作动态`): among a file's first lines, no text, read as a page number is (the
    /// thirteenth audit: it became the lead's first paragraph and `--fix` edited it).
    static func isBreadcrumbLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let (start, end) = SourceLines.trimmed(bytes, start, end)
        guard end - start >= 6, end - start <= 240 else { return false }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        for label in ["当前位置", "您现在的位置", "您的位置", "所在位置", "现在位置"] where text.utf8.starts(with: label.utf8) {
            let rest = text.utf8.dropFirst(label.utf8.count)
            return rest.starts(with: "：".utf8) || rest.first == UInt8(ascii: ":")
        }
        guard text.utf8.starts(with: "首页".utf8) else { return false }
        return text.unicodeScalars.contains { [0x3E, 0xFF1E, 0xBB, 0x203A].contains($0.value) }   // > ＞ » ›
    }

    /// How many of a file's first lines may be a web page's location line.
    static let breadcrumbLines = 3
}
