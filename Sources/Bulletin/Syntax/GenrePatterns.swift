import Foundation
import SourceText

/// The genre's recognisable shapes, matched on the reader's (normalised) UTF-8 text.
/// Offsets are UTF-8 byte offsets into the text.
enum GenrePatterns {
    static let chineseNumeralDigits = ScalarSet("一二三四五六七八九十百零〇两")
    static let regionSuffixes = ScalarSet("市县区州旗盟省镇乡")

    /// A handful of scalars, matched without hashing (this runs on every character of the body).
    struct ScalarSet: Sendable {
        let values: [UInt32]
        init(_ characters: String) { values = characters.unicodeScalars.map(\.value) }
        @inline(__always) func contains(_ value: UInt32) -> Bool { value >= 0x3007 && values.contains(value) }
    }

    /// Scalars of a byte slice with their offsets.
    static func scalars(_ bytes: [UInt8], _ start: Int = 0, _ end: Int? = nil) -> [(value: UInt32, offset: Int)] {
        let stop = end ?? bytes.count
        // Typed with the labels it returns: an unlabelled tuple array would be cast element by element.
        var result: [(value: UInt32, offset: Int)] = []
        result.reserveCapacity(stop - start)
        var index = start
        while index < stop {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: stop)
            result.append((value, index))
            index += length
        }
        return result
    }

    /// The scalar values of `[start, end)`, at most `limit` of them (invalid bytes read as U+FFFD).
    static func scalarValues(_ bytes: [UInt8], _ start: Int, _ end: Int, limit: Int = .max) -> [UInt32] {
        var values: [UInt32] = []
        var index = start
        while index < end, values.count < limit {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: end)
            values.append(value)
            index += length
        }
        return values
    }

    static func string(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<max(start, min(end, bytes.count))], as: UTF8.self)
    }

    /// True when text ends a sentence (。！？…；), also through a closing quote or bracket (a
    /// straight quote too when it closes: `closesSentenceInQuotes`).
    static func endsSentence<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = end
        var steps = 0
        while index > start, steps < 3 {
            var scalarStart = index - 1
            while scalarStart > start, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let value = UTF8Scalar.decodeOrReplace(bytes, at: scalarStart, end: index).value
            switch value {
            case 0x3002, 0xFF01, 0xFF1F, 0x2026, 0xFF1B, 0x21, 0x3F: return true
            case 0x201D, 0x2019, 0xFF09, 0x300D, 0x300F, 0x29, 0x2A:   // ” ’ ） 」 』 ) and `**`
                index = scalarStart
                steps += 1
            case 0x22, 0x27:   // " ' closing the sentence, not opening a quotation
                guard closesQuotation(bytes, start, quoteAt: scalarStart) else { return false }
                index = scalarStart
                steps += 1
            default: return false
            }
        }
        return false
    }

    /// A straight quote `"` or `'` (`value`) that closes the quotation its sentence ends in: a
    /// sentence mark (。！？… ．！？ and half-width . ! ?) stands right before it (`previous`).
    /// A straight quote opens as well as closes; after such a mark, at the end of a line, it can
    /// only close (`张大爷说:"有事找代表,现在真方便."`), as `。”` does. Typed after anything else
    /// (`他说:"` at a page's end) it may open, and is read as no closing mark. The one reading of a
    /// straight quote at a sentence's end, for the reader and the checker alike (`endsOpen`,
    /// `endsSentence`, `endsSentenceHalfWidthToo`, the typography scan's point at a line's start).
    @inline(__always)
    static func closesSentenceInQuotes(_ value: UInt32, after previous: UInt32?) -> Bool {
        guard value == 0x22 || value == 0x27, let previous else { return false }
        switch previous {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x2026, 0x2E, 0x21, 0x3F: return true   // 。！？．… . ! ?
        default: return false
        }
    }

    /// The straight quote at `index` closes a quotation its sentence ends in: a sentence mark
    /// before it (`closesSentenceInQuotes`) and an odd number of straight quotes before it in its
    /// paragraph (`quotesBefore`: those of the paragraph's earlier lines), the one it closes among
    /// them. After an even number it opens one the page cut (`…取得明显成效。"` / `代表接待日"已成为…`:
    /// the audit). Only a text's last quotes are asked.
    static func closesQuotation<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, quoteAt index: Int,
                                                               quotesBefore: () -> Int = { 0 }) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard closesSentenceInQuotes(UInt32(bytes[index]), after: scalarBefore(bytes, start, index)) else { return false }
        // Both kinds counted: `"…'` typed for one pair, `"…'…'…"` nested.
        if (straightQuotes(in: bytes, start, index) + quotesBefore()) % 2 == 1 { return true }
        // A curly “ left open on the line closes with it (`说：“…管了。"`, mixed input: the audit).
        var opened = 0
        var position = start
        while position + 2 < index {
            if bytes[position] == 0xE2, bytes[position + 1] == 0x80 {
                if bytes[position + 2] == 0x9C { opened += 1 } else if bytes[position + 2] == 0x9D, opened > 0 { opened -= 1 }
            }
            position += 1
        }
        return opened > 0
    }

    /// How many straight quotes (`"` and `'`) stand in `[start, end)`.
    static func straightQuotes<Bytes: RandomAccessCollection>(in bytes: Bytes, _ start: Int, _ end: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var count = 0
        for position in start..<end where bytes[position] == 0x22 || bytes[position] == 0x27 { count += 1 }
        return count
    }

    /// The scalar ending at `index` (nil at `start`).
    @inline(__always)
    static func scalarBefore<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ index: Int) -> UInt32?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard index > start else { return nil }
        var scalarStart = index - 1
        while scalarStart > start, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
        return UTF8Scalar.decodeOrReplace(bytes, at: scalarStart, end: index).value
    }

    /// True when the text leaves its sentence open at its end: spaces, markup `*` and closing
    /// quotes or brackets (”’）」』》〉】, and `"` `'` after a sentence mark:
    /// `closesSentenceInQuotes`) aside, it does not end with a sentence or clause end (。！？…；：.!?;:). `…“四落实”` is open, `…落实。”` and `…如下：` are not; a text of closing
    /// marks alone is not. The one test of both jobs for a line a page break may have cut: the
    /// reader joins such a line with the next (`shouldJoin`), the checker too (`TextLayout`, A1).
    static func endsOpen<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int, quotesBefore: () -> Int = { 0 }) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = end
        while index > start {
            var scalarStart = index - 1
            while scalarStart > start, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let value = UTF8Scalar.decodeOrReplace(bytes, at: scalarStart, end: index).value
            if ScalarClass.isSpace(value) || value == 0x2A {
                index = scalarStart
                continue
            }
            switch value {
            case 0x201D, 0x2019, 0xFF09, 0x300D, 0x300F, 0x300B, 0x3009, 0x3011, 0x29:   // ” ’ ） 」 』 》 〉 】 )
                index = scalarStart
                continue
            case 0x22, 0x27:
                // `…真方便."` is closed as `…真方便。”` is; `他说:"` (a quotation opened) stays open.
                guard closesQuotation(bytes, start, quoteAt: scalarStart, quotesBefore: quotesBefore) else { return true }
                index = scalarStart
                continue
            default:
                return !closesClause(value)
            }
        }
        return false
    }

    /// A line of prose the page cut in mid-sentence, as the wrap-width survey counts it: it ends
    /// open (`endsOpen`) and has a mark inside (`，` `、` `。` `；` `：` `“` or their half-width
    /// forms). Thirty characters of prose without one are rare; a list item typed one a line in
    /// Word (`建立代表履职档案七百余份实现全覆盖`) has none, and lists of one length are no OCR text.
    /// Nor is a `地区：` line (`宛城区：张三、李四、王五`), a heading or a list of names by county.
    static func isCutInProse<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard endsOpen(bytes, start, end) else { return false }
        // The first mark decides; a colon first, within a region's reach, may end a `地区：`.
        let regionReach = start + maximumRegionLength * 4 + 4
        func isRegionColon(_ index: Int) -> Bool {
            index < regionReach && region(Array(bytes[start..<min(end, regionReach)])) != nil
        }
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x3A: return !isRegionColon(index)   // :
            case 0x2C, 0x2E, 0x3B: return true   // , . ;
            case 0xEF where index + 2 < end && bytes[index + 1] == 0xBC:
                let third = bytes[index + 2]
                if third == 0x9A { return !isRegionColon(index) }   // ：
                if third == 0x8C || third == 0x9B { return true }   // ，；
            case 0xE3 where index + 2 < end && bytes[index + 1] == 0x80:
                if bytes[index + 2] == 0x81 || bytes[index + 2] == 0x82 { return true }   // 、。
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80:
                if bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D { return true }   // “”
            default: break
            }
            index += 1
        }
        return false
    }

    /// A sentence or clause end, a closing quote or bracket: 。！？；：…”’）》 and . ! ? ; : ).
    static func closesClause(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x2026, 0x201D, 0x2019, 0xFF09, 0x300B, 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x29:
            return true
        default:
            return false
        }
    }

    /// `endsSentence`, or a half-width `.` after a Chinese character or a closing mark (a full stop
    /// typed half-width, which the reader reads as 。), also inside closing quotes (`…很欢迎."`,
    /// `…很欢迎.”`); `2.` and `xlsx.` end no sentence.
    static func endsSentenceHalfWidthToo(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        if endsSentence(bytes, start, end) { return true }
        var last = trimmedEnd(Array(bytes[start..<end]), end - start) + start
        // Past the quotes that close the sentence, as `endsSentence` looks through them.
        while last - start >= 3, let value = scalarBefore(bytes, start, last) {
            if value == 0x201D || value == 0x2019 {
                last -= 3
            } else if (value == 0x22 || value == 0x27), closesQuotation(bytes, start, quoteAt: last - 1) {
                last -= 1
            } else {
                break
            }
        }
        guard last - start >= 2, bytes[last - 1] == UInt8(ascii: ".") else { return false }
        let before = bytes[last - 2]
        if before >= 0x80 { return true }
        // `满意率100%.` `上线APP.` `称之为"连心桥".` `(含列席代表).` `热线0370-3211234.` in Chinese
        // text: as P1 reads it (not `附件1.`, which may number the line after: `numberEndsSentence`).
        let isLetter = (0x41...0x5A).contains(before) || (0x61...0x7A).contains(before)
        let isDigit = (0x30...0x39).contains(before)
        guard before == 0x25 || isLetter || before == 0x22 || before == 0x27 || before == 0x29
                || (isDigit && numberEndsSentence(bytes, dot: last - 1, from: start)) else { return false }
        return bytes[start..<last].contains { $0 >= 0x80 }
    }

    /// A `.` ending a paragraph right after a number (`dot`, the index of the `.`) is its full stop
    /// when the number cannot number what follows: three digits or more (`0370-3211234.`
    /// `12000.`), a fraction, a time or a decimal (`1/3.` `11:30.` `3.5.`). `附件1.` `；2.` may
    /// number the line after (the fourteenth and fifteenth audits): no sentence end known.
    /// Bytes or scalars alike (the digits and marks read are ASCII).
    static func numberEndsSentence<Units: RandomAccessCollection>(_ units: Units, dot: Int, from start: Int) -> Bool
    where Units.Element: BinaryInteger, Units.Index == Int {
        var first = dot
        while first > start, (0x30...0x39).contains(Int(units[first - 1])) { first -= 1 }
        guard first < dot else { return false }
        if dot - first >= 3 { return true }
        guard first - 1 > start else { return false }
        // `1/3.` `11:30.` `3.5.`: a mark between digits before the last ones.
        let mark = Int(units[first - 1])
        return (mark == 0x2F || mark == 0x3A || mark == 0x2E) && (0x30...0x39).contains(Int(units[first - 2]))
    }

    /// Past the sentence and clause marks and closing quotes or brackets at `start` (。！？；：，、…
    /// ” ’ ） 」 』 》 〉 】): marks that end a heading, never open a body.
    static func pastClosingMarks(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
            switch value {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0xFF0C, 0x3001, 0x2026,
                 0x201D, 0x2019, 0xFF09, 0x300D, 0x300F, 0x300B, 0x3009, 0x3011:
                index += length
            default:
                return index
            }
        }
        return index
    }

    /// "第 N 期" on a masthead line, with what may share the line: 刊名 and year before it
    /// ("人大工作简报 2023年第5期", "工作动态第12期"), or the issuing body with 编 ("党委办公室编 第3期"),
    /// 总期号 after it ("(总第45期)") and the date at the end. UTF-8 offsets into the text. "第 0 期"
    /// is read as 0, for S2 to judge.
    struct IssueMark {
        /// Before 第 (and before a "2023年" right before it), spaces trimmed: 刊名 or "…编".
        var beforeEnd: Int
        var year: Int?
        /// "第 N 期" as written.
        var markStart: Int
        var markEnd: Int
        var number: Int
        /// 总第 M 期, and the end of its bracket.
        var total: Int?
        var totalEnd: Int
        /// Where the date at the end starts (nil when the line ends with the mark).
        var dateStart: Int?
        /// Where 增刊 stands right before the mark (`增刊第2期`, `代表工作增刊第2期`): a numbered
        /// supplement, its number `number`; nil for an issue of the series.
        var supplementStart: Int?
    }

    /// The line must be short and free of sentence punctuation, and nothing but 总期号 and a date may
    /// follow the mark: "举办第3期培训班。" is a sentence, not a masthead. The fields may be set
    /// apart by spaces, tabs or U+3000 (Word's layout: `党委办公室编　　第3期(总第45期)　　2023年5月8日`),
    /// and 总期号 may stand in brackets or not (`第18期　总第245期`).
    static func issueMark(_ bytes: [UInt8]) -> IssueMark? {
        guard bytes.count <= 180, !bytes.isEmpty else { return nil }
        let list = scalars(bytes)
        guard !list.contains(where: { [0x3002, 0xFF0C, 0xFF1B, 0xFF01, 0xFF1F].contains($0.value) }) else { return nil }
        let di: UInt32 = 0x7B2C, qi: UInt32 = 0x671F, zong: UInt32 = 0x603B
        var position = 0
        while position < list.count {
            defer { position += 1 }
            guard list[position].value == di, position == 0 || list[position - 1].value != zong else { continue }
            guard let close = list[(position + 1)...].prefix(8).firstIndex(where: { $0.value == qi }), close > position + 1 else { continue }
            let inner = string(bytes, list[position + 1].offset, list[close].offset).filter { $0 != " " }
            guard let number = Int(inner).flatMap({ $0 >= 0 ? $0 : nil }) ?? ChineseNumeral.lenientValue(inner) else { continue }
            let markEnd = close + 1 < list.count ? list[close + 1].offset : bytes.count
            var mark = IssueMark(beforeEnd: list[position].offset, year: nil, markStart: list[position].offset, markEnd: markEnd,
                                 number: number, total: nil, totalEnd: markEnd, dateStart: nil, supplementStart: nil)
            // 总期号: "(总第45期)", "（总第45期）" or "总第45期".
            var rest = trimmedStart(bytes, markEnd)
            let tail = string(bytes, rest, bytes.count)
            for (open, closing) in [("(总第", "期)"), ("（总第", "期）"), ("总第", "期")] where tail.hasPrefix(open) {
                guard let end = tail.range(of: closing) else { break }
                let digits = tail[tail.index(tail.startIndex, offsetBy: open.count)..<end.lowerBound].filter { $0 != " " }
                guard let total = Int(digits) ?? ChineseNumeral.lenientValue(digits) else { break }
                mark.total = total
                mark.totalEnd = rest + tail[..<end.upperBound].utf8.count
                rest = mark.totalEnd
                break
            }
            // `（第 9 期）`, `人大工作简报（2023年第5期）`: the mark in brackets (the fourteenth audit:
            // no 期号 was read, and S2 said it was missing); the opening one is looked for below.
            var closingBracket = false
            for closing in ["）", ")"] where string(bytes, rest, min(bytes.count, rest + closing.utf8.count)) == closing {
                closingBracket = true
                rest += closing.utf8.count
            }
            rest = trimmedStart(bytes, rest)
            // `第 24 期　　　　内部资料`: a handling mark set right on the line (Word) is no field.
            if rest < bytes.count, !isClassificationMark(Array(bytes[rest...])) {
                let after = Array(bytes[rest...])
                guard let dateStart = trailingDateStart(after), dateStart == 0 else { return nil }
                mark.dateStart = rest
            }
            // "2023年" right before 第: the year of the issue count.
            var before = trimmedEnd(bytes, mark.markStart)
            if before >= 3, string(bytes, before - 3, before) == "年" {
                var digitsStart = before - 3
                while digitsStart > 0, (0x30...0x39).contains(bytes[digitsStart - 1]) { digitsStart -= 1 }
                if before - 3 - digitsStart == 4 {
                    mark.year = Int(string(bytes, digitsStart, before - 3))
                    before = trimmedEnd(bytes, digitsStart)
                }
            }
            // `增刊第2期`: the supplements counted apart (the fourteenth audit: read as issue 2);
            // in brackets too, `（增刊第2期）` (the sixteenth).
            if mark.year == nil, before >= 6, string(bytes, before - 6, before) == "增刊" {
                mark.supplementStart = before - 6
                before = trimmedEnd(bytes, before - 6)
            }
            if closingBracket {
                before = trimmedEnd(bytes, before)
                if before >= 3, string(bytes, before - 3, before) == "（" { before -= 3 }
                else if before >= 1, bytes[before - 1] == UInt8(ascii: "(") { before -= 1 }
                else { return nil }
                before = trimmedEnd(bytes, before)
            }
            mark.beforeEnd = before
            return mark
        }
        return nil
    }

    /// A date at the end of the text ("… 2024年4月11日", "2026 年 4 月 13 日", also in Chinese
    /// numerals, "二〇二六年五月八日"): the text offset where it starts, the date as written, and
    /// the date it names (Arabic digits read by `BulletinDate(parsing:)`, Chinese numerals by
    /// `trailingChineseDate`) — nil when the calendar has no such day (2026年2月30日, month 13),
    /// which the reader keeps as written for S2 to judge and `draft` to refuse. The genre's one
    /// date recogniser.
    static func trailingDate(_ bytes: [UInt8]) -> (start: Int, written: String, date: BulletinDate?)? {
        if let start = arabicDateStart(bytes) {
            let written = string(bytes, start, bytes.count).trimmingCharacters(in: " ")
            return (start, written, BulletinDate(parsing: zeroForLetterO(written)))
        }
        // `2026.5.8` `2026-05-08` `2026/5/8` alone or after a gap (a Word masthead's date as
        // typed: the twenty-second audit, it ran into the issuing body and the notes lacked 日期).
        if let numeric = trailingNumericDate(bytes) { return numeric }
        // The notes' 日期 takes Arabic digits only (`BulletinDate(parsing:)`); a masthead or a
        // 印发 line dated in Chinese numerals is read here, for both jobs.
        guard let chinese = trailingChineseDate(bytes) else { return nil }
        let written = string(bytes, chinese.start, bytes.count).trimmingCharacters(in: " ")
        return (chinese.start, written, BulletinDate(year: chinese.year, month: chinese.month, day: chinese.day))
    }

    /// A numeric date (`isNumericDate`) ending the line, alone on it or after a space.
    private static func trailingNumericDate(_ bytes: [UInt8]) -> (start: Int, written: String, date: BulletinDate?)? {
        let end = trimmedEnd(bytes, bytes.count)
        guard end >= 8 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x09, bytes[start - 1] < 0x80 { start -= 1 }
        // After U+3000 too (`……委员会　2026.5.8`).
        guard end - start >= 8, end - start <= 10, start == trimmedStart(bytes, 0, notAfter: end) || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09
                || (start >= 3 && bytes[start - 3] == 0xE3 && bytes[start - 2] == 0x80 && bytes[start - 1] == 0x80) else { return nil }
        let token = Array(bytes[start..<end])
        guard let (year, month, day) = numericDate(token) else { return nil }
        return (start, string(token, 0, token.count), BulletinDate(year: year, month: month, day: day))
    }

    /// 增刊 (a supplement, an issue without a number) in place of 第 N 期: the line `增刊` alone
    /// (up to four characters, `增刊一`), or 刊名 with it in brackets (`代表工作（增刊）`, `代表工作(增刊)`).
    /// `titleEnd` is where 刊名 ends (0 when the line is 增刊 alone), `markStart` where 增刊 (or its
    /// bracket) starts.
    static func supplementMark(_ bytes: [UInt8]) -> (titleEnd: Int, markStart: Int)? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, end <= 120 else { return nil }
        let text = string(bytes, 0, end)
        if text.hasPrefix("增刊"), text.unicodeScalars.count <= 4 { return (0, 0) }
        for mark in ["（增刊）", "(增刊)"] where text.hasSuffix(mark) {
            var titleEnd = end - mark.utf8.count
            let markStart = titleEnd
            while titleEnd > 0, bytes[titleEnd - 1] == 0x20 { titleEnd -= 1 }
            guard titleEnd > 0 else { return (0, markStart) }
            // 刊名 is short and no sentence: `会议审议了……（增刊）` is not a masthead.
            let title = string(bytes, 0, titleEnd)
            guard title.unicodeScalars.count <= 16, !title.unicodeScalars.contains(where: { [0x3002, 0xFF0C, 0xFF1B].contains($0.value) }) else { return nil }
            return (titleEnd, markStart)
        }
        return nil
    }

    /// Where a date-shaped ending (digits 年 digits 月 digits 日, spaces allowed, or the same in
    /// Chinese numerals: `trailingChineseDate`) starts, whether or not the calendar has that day:
    /// the masthead's last line to both jobs, which S2 then judges.
    static func trailingDateStart(_ bytes: [UInt8]) -> Int? {
        arabicDateStart(bytes) ?? trailingChineseDate(bytes)?.start
    }

    /// `trailingDateStart` in Arabic digits (half-width: the reader's text and the checker's
    /// compact text have them so).
    static func arabicDateStart(_ bytes: [UInt8]) -> Int? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end >= 3, GenrePatterns.string(bytes, end - 3, end) == "日" else { return nil }
        // Walk back over digits, spaces and 年月日 to where the date starts.
        var start = end
        var marks = 0
        while start > 0 {
            var scalarStart = start - 1
            while scalarStart > 0, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let value = UTF8Scalar.decodeOrReplace(bytes, at: scalarStart, end: end).value
            // `2O26年` (OCR's letter O for a zero) inside the digits, as `二O二六` is read.
            guard (0x30...0x39).contains(value) || value == 0x20 || value == 0x5E74 || value == 0x6708 || value == 0x65E5 || isLetterO(value) else { break }
            if value == 0x5E74 || value == 0x6708 || value == 0x65E5 { marks += 1 }
            start = scalarStart
        }
        while start < end, bytes[start] == 0x20 || isLetterO(UInt32(bytes[start])) { start += 1 }
        guard start < end, (0x30...0x39).contains(bytes[start]), marks == 3 else { return nil }
        // A letter O stands between two digits only.
        for index in start..<end where isLetterO(UInt32(bytes[index])) {
            guard (0x30...0x39).contains(bytes[index - 1]) || isLetterO(UInt32(bytes[index - 1])),
                  index + 1 < end, (0x30...0x39).contains(bytes[index + 1]) || isLetterO(UInt32(bytes[index + 1])) else { return nil }
        }
        return start
    }

    private static func isLetterO(_ value: UInt32) -> Bool { value == 0x4F || value == 0x6F }

    /// A date's digits with OCR's letter O read as the zero it stands for (`2O26年` → `2026年`).
    static func zeroForLetterO(_ written: String) -> String {
        written.contains(where: { $0 == "O" || $0 == "o" }) ? String(written.map { $0 == "O" || $0 == "o" ? "0" : $0 }) : written
    }

    /// A date in Chinese numerals at the end of the text (`二〇二六年五月八日`, as formal documents
    /// date themselves; spaces allowed between the parts): where it starts, the year read digit by
    /// digit (four digits, `ChineseNumeral.yearDigit`: 〇 also typed ○, 零 or O), and month and day
    /// as written (`五`, `十二`, `三十一`: `ChineseNumeral.lenientValue`). The calendar is not asked,
    /// as for Arabic digits: S2 judges the day. Before, the reader glued such a date to the issuing
    /// body over it and both jobs said the masthead had none.
    static func trailingChineseDate(_ bytes: [UInt8]) -> (start: Int, year: Int, month: Int, day: Int)? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        // 日 is E6 97 A5: most lines are turned away here.
        guard end >= 3, bytes[end - 3] == 0xE6, bytes[end - 2] == 0x97, bytes[end - 1] == 0xA5 else { return nil }
        // The scalars before 日, last first, spaces passed over: at most 3 + 1 + 3 + 1 + 4 of them.
        var tail: [(value: UInt32, start: Int)] = []
        var position = end - 3
        while position > 0, tail.count < 12 {
            var start = position - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let value = UTF8Scalar.decodeOrReplace(bytes, at: start, end: position).value
            position = start
            if value != 0x20 { tail.append((value, start)) }
        }
        var index = 0
        // The day's or the month's numeral, back to the mark before it (月, 年).
        func number(over mark: UInt32) -> Int? {
            var numeral = String.UnicodeScalarView()
            while index < tail.count, tail[index].value != mark {
                // 一…九, 十, 〇 and 零 (`十二`, `三十一`); not 两, nor 百.
                guard numeral.count < 3, let scalar = Unicode.Scalar(tail[index].value),
                      scalar == "十" || (scalar != "两" && ChineseNumeral.digitValue(scalar) != nil) else { return nil }
                numeral.insert(scalar, at: numeral.startIndex)
                index += 1
            }
            guard index < tail.count, !numeral.isEmpty else { return nil }
            index += 1
            return ChineseNumeral.lenientValue(String(numeral))
        }
        guard let day = number(over: 0x6708), let month = number(over: 0x5E74), index + 4 <= tail.count else { return nil }
        var year = 0
        for digit in tail[index..<(index + 4)].reversed() {
            guard let value = ChineseNumeral.yearDigit(digit.value) else { return nil }
            year = year * 10 + value
        }
        return (tail[index + 3].start, year, month, day)
    }

    /// "theme（六）" / "theme (三)": offsets of the bracket, numeral and value.
    struct AlbumMatch {
        var themeEnd: Int
        var bracketStart: Int
        var numeralStart: Int
        var numeralEnd: Int
        var number: Int?
        var fullWidth: Bool
        /// False for a 专辑 line without a bracketed numeral.
        var isNumbered: Bool { numeralStart > bracketStart }
    }

    /// A line naming a 专辑 (short, with 专辑 in it): the album line to the reader and the checker,
    /// even without its bracketed numeral, which S3 then asks for (`number` nil, the brackets empty
    /// at the end of the line).
    static func album(_ bytes: [UInt8]) -> AlbumMatch? {
        guard bytes.count < 300, lastOccurrence(of: zhuanJi, in: bytes, before: bytes.count) != nil else { return nil }
        let list = scalars(bytes)
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        let unnumbered = AlbumMatch(themeEnd: end, bracketStart: end, numeralStart: end, numeralEnd: end, number: nil, fullWidth: false)
        guard let last = list.last, last.value == 0xFF09 || last.value == 0x29 else { return unnumbered }
        guard let open = list.lastIndex(where: { $0.value == 0xFF08 || $0.value == 0x28 }), open + 1 < list.count - 1 else { return unnumbered }
        var themeEnd = list[open].offset
        while themeEnd > 0, bytes[themeEnd - 1] == 0x20 { themeEnd -= 1 }
        let numeralStart = list[open + 1].offset
        let numeralEnd = last.offset
        let numeral = string(bytes, numeralStart, numeralEnd).trimmingCharacters(in: " ")
        let number = ChineseNumeral.lenientValue(numeral) ?? Int(numeral)
        return AlbumMatch(themeEnd: themeEnd, bracketStart: list[open].offset, numeralStart: numeralStart, numeralEnd: numeralEnd,
                          number: number, fullWidth: list[open].value == 0xFF08 && last.value == 0xFF09)
    }

    static let zhuanJi = Array("专辑".utf8)

    /// An album line wrapped onto the next line: `“…”主题活动` / `专辑（八）`, `…主题活动专辑` /
    /// `（八）`, or `“…人大代表` / `在行动”主题活动专辑（八）`. The line is no numbered album line
    /// alone, the two are one, and the second is short (at most 20 characters) and opens with 专辑
    /// or a bracket, or closes the theme's quotation the line left open.
    static func albumWrapsOnto(_ line: [UInt8], _ next: [UInt8]) -> Bool {
        let second = trimmedSpaces(next)
        guard !second.isEmpty, second.count <= 20 * 3, album(line)?.isNumbered != true, !endsSentence(line, 0, line.count) else { return false }
        let opensWithAlbum = second.starts(with: zhuanJi) || second.starts(with: Array("（".utf8)) || second.first == UInt8(ascii: "(")
        // Or the theme's quotation goes on (`“…人大代表` / `在行动”主题活动专辑（八）`: the audit).
        let quoteGoesOn = lastOccurrence(of: [0xE2, 0x80, 0x9C], in: line, before: line.count) != nil
            && lastOccurrence(of: [0xE2, 0x80, 0x9D], in: line, before: line.count) == nil
        guard opensWithAlbum || quoteGoesOn, let joined = album(trimmedSpaces(line) + second) else { return false }
        return joined.isNumbered
    }

    /// The longest region name before a heading's colon, in characters: every functional zone
    /// (新乡市平原城乡一体化示范区 has 13). The reader and the checker both use it.
    static let maximumRegionLength = 15

    /// "南阳市：headline": the region's end and the headline's start (after the colon). A city or
    /// county typed without its 市 or 县 (`焦作：…`) is a region too (`HenanDivisions.bareNames`;
    /// R1 asks for the full name), as written.
    static func region<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int = 0) -> (regionEnd: Int, headlineStart: Int)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        // Most lines have no colon where a region's would be: its name is Chinese characters of
        // three bytes, at most `maximumRegionLength` and one more read, then up to three bytes of
        // spaces, so the colon's first byte lies within these bytes. Every block is asked.
        let colonLimit = min(bytes.count, start + 3 * (maximumRegionLength + 1) + 3 + 1)
        var probe = start
        while probe < colonLimit, bytes[probe] != 0x3A, !(bytes[probe] == 0xEF && probe + 2 < bytes.count && bytes[probe + 1] == 0xBC && bytes[probe + 2] == 0x9A) {
            probe += 1
        }
        guard probe < colonLimit else { return nil }
        var index = start
        var count = 0
        var lastValue: UInt32 = 0
        while index < bytes.count, count <= maximumRegionLength {
            var (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
            // `开封市 ：` (a space typed before the colon, P4's to delete): the region ends before it.
            var colon = index
            if count >= 2, value == 0x20 || value == 0x3000 {
                while colon < bytes.count, case let (next, nextLength) = UTF8Scalar.decodeOrReplace(bytes, at: colon, end: bytes.count), next == 0x20 || next == 0x3000 {
                    colon += nextLength
                }
                if colon - index <= 3, colon < bytes.count {
                    (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: colon, end: bytes.count)
                }
            }
            if value == 0xFF1A || value == 0x3A {
                guard count >= 2 else { return nil }
                if !regionSuffixes.contains(lastValue), lastValue != 0x9053 /* 道 of 街道 */ {
                    guard count <= 4, HenanDivisions.shared.fullName(ofBare: String(decoding: bytes[start..<index], as: UTF8.self)) != nil else { return nil }
                }
                let headlineStart = colon + length
                // A headline needs text: spaces and control characters alone (`南阳市： \0`,
                // found by fuzzing) leave none once the reader drops them.
                var text = headlineStart
                while text < bytes.count, case let (next, nextLength) = UTF8Scalar.decodeOrReplace(bytes, at: text, end: bytes.count),
                      ScalarClass.isSpace(next) || ScalarClass.isForbiddenControl(next) || next == 0x0A || next == 0x0D { text += nextLength }
                guard text < bytes.count else { return nil }
                return (index, headlineStart)
            }
            guard ScalarClass.isChinese(value), value < 0xFF00, value > 0x2FFF else { return nil }
            lastValue = value
            count += 1
            index += length
        }
        return nil
    }

    /// `regionAwaitsTitle`, and `next` reads as its title: it goes on with a title's line
    /// (`continuesTitle`) and does not open with the region's name (`南阳市：` / `南阳市人大常委会
    /// 组织…` is an untitled text's first sentence, cut: the audit). Both jobs ask it.
    static func regionLineTakesTitle(_ line: [UInt8], _ source: [UInt8], next start: Int, _ end: Int, previousScalars: Int, scalars: Int) -> Bool {
        guard regionAwaitsTitle(line) else { return false }
        let trimmed = trimmedSpaces(line)
        let nameStart = Array(trimmed.prefix(6))   // the region's first two characters
        guard !source[start..<end].starts(with: nameStart) else { return false }
        return continuesTitle(source, previousScalars: previousScalars, start, end, scalars: scalars)
    }

    /// `南阳市：` alone on its line: a title broken right after its region (a long centred title in a
    /// PDF), its headline on the next line (`regionLineTakesTitle`).
    static func regionAwaitsTitle(_ bytes: [UInt8]) -> Bool {
        let trimmed = trimmedSpaces(bytes)
        guard trimmed.count >= 6, trimmed.count <= (maximumRegionLength + 1) * 3,
              trimmed.last == 0x3A || trimmed.suffix(3).elementsEqual([0xEF, 0xBC, 0x9A]) else { return false }
        // The region's recogniser wants a headline: asked with one standing in for it.
        return region(trimmed + Array("题".utf8)).map { $0.headlineStart == trimmed.count } == true
    }

    /// A heading with a bare region (`焦作：…`) spelled with its full name (`焦作市：…`), for
    /// comparing headings; any other text as it is.
    static func regionSpelledInFull(_ bytes: [UInt8]) -> [UInt8] {
        guard let match = region(bytes),
              let full = HenanDivisions.shared.fullName(ofBare: String(decoding: bytes[..<match.regionEnd], as: UTF8.self)) else { return bytes }
        return Array(full.utf8) + bytes[match.regionEnd...]
    }

    /// A list marker opening a line (a contents entry): `- ` `* ` `- * ` `\*` `＊` `•` `★` `☆`, and `*`
    /// right before a Chinese character; spaces after it. Returns where the text starts (nil when
    /// there is no marker, or nothing after it). The reader and the checker both use it, so they
    /// agree on what a contents entry is.
    static func listMarker(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        var sawMarker = false
        while index < end {
            let byte = bytes[index]
            let next: UInt8 = index + 1 < end ? bytes[index + 1] : 0
            if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")) && next == 0x20 {
                index += 2
            } else if byte == UInt8(ascii: "*"), next >= 0xE0 {
                index += 1
            } else if byte == UInt8(ascii: "\\"), next == UInt8(ascii: "*"), index + 2 >= end || bytes[index + 2] != UInt8(ascii: "*") {
                index += 2
            } else if index + 2 < end, let _ = listMarkerScalars.firstIndex(where: { bytes[index] == $0.0 && bytes[index + 1] == $0.1 && bytes[index + 2] == $0.2 }) {
                index += 3
            } else if byte == 0xC2, next == 0xB7, index + 2 < end, bytes[index + 2] >= 0xE0 {   // ·
                index += 2
            } else {
                break
            }
            sawMarker = true
            while index < end, bytes[index] == 0x20 { index += 1 }
        }
        if !sawMarker, let numbered = numberedEntry(bytes, from: start, to: end) { return numbered }
        return sawMarker && index < end ? index : nil
    }

    /// A numbered contents entry, `1. 郑州市：…` `2、焦作市：…` `１．…` `(1)…` `（1）…` `一、…`: a number
    /// and a mark, then a 地区：标题 (so a numbered paragraph of the body, `1.完善制度`, is no list item).
    static func numberedEntry(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        var bracketed = false
        if index < end, bytes[index] == UInt8(ascii: "(") {
            index += 1
            bracketed = true
        } else if index + 2 < end, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x88 {   // （
            index += 3
            bracketed = true
        }
        let numberStart = index
        if let numeral = pointNumber(bytes[..<end], index), numeral.number != nil, !bracketed, numeral.markIsRight {
            // `一、郑州市：…`
            index = numeral.markEnd
            while index < end, bytes[index] == 0x20 { index += 1 }
            guard index < end, region(bytes[..<end], index) != nil else { return nil }
            return index
        }
        while index < end, index - numberStart < 6 {
            if (0x30...0x39).contains(bytes[index]) { index += 1; continue }
            // Full-width digits ０–９.
            if index + 2 < end, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, (0x90...0x99).contains(bytes[index + 2]) { index += 3; continue }
            break
        }
        guard index > numberStart, index < end else { return nil }
        if bracketed {
            if bytes[index] == UInt8(ascii: ")") {
                index += 1
            } else if index + 2 < end, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x89 {   // ）
                index += 3
            } else {
                return nil
            }
        } else if bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") {
            index += 1
        } else if index + 2 < end, bytes[index] == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {   // 、
            index += 3
        } else if index + 2 < end, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8E {   // ．
            index += 3
        } else {
            return nil
        }
        while index < end, bytes[index] == 0x20 { index += 1 }
        guard index < end, region(bytes[..<end], index) != nil else { return nil }
        return index
    }

    /// ＊ • ★ ☆ ● ◆ ◇ ○ ・ in UTF-8 (· is read apart: two bytes).
    static let listMarkerScalars: [(UInt8, UInt8, UInt8)] = [(0xEF, 0xBC, 0x8A), (0xE2, 0x80, 0xA2), (0xE2, 0x98, 0x85), (0xE2, 0x98, 0x86),
                                                             (0xE2, 0x97, 0x8F), (0xE2, 0x97, 0x86), (0xE2, 0x97, 0x87), (0xE2, 0x97, 0x8B), (0xE3, 0x83, 0xBB)]

    /// A contents entry's page reference, as a PDF of the issue prints it: a leader (`……` `.....`
    /// `···`, two marks at least) or a wide gap (two spaces, a U+3000, a tab), then the page number
    /// (one to three digits) last (`南阳市：…凝聚代表合力……………… 1`). Where the reference starts,
    /// the title's text ending before it; nil without one. No part of the title for either job: S4
    /// compares the title, the typography scan leaves the leader and the gap alone.
    static func contentsPageReferenceStart(_ bytes: [UInt8], _ start: Int = 0, _ end: Int? = nil) -> Int? {
        var index = trimmedEnd(bytes, end ?? bytes.count, notBefore: start)
        var digits = 0
        while index > start, digits < 4 {
            if (0x30...0x39).contains(bytes[index - 1]) {
                index -= 1
            } else if index - 3 >= start, bytes[index - 3] == 0xEF, bytes[index - 2] == 0xBC, (0x90...0x99).contains(bytes[index - 1]) {
                index -= 3
            } else {
                break
            }
            digits += 1
        }
        guard (1...3).contains(digits) else { return nil }
        var gap = trimmedEnd(bytes, index, notBefore: start)
        let wideGap = index - gap >= 2 || (gap < index && bytes[gap] != 0x20)
        var leaders = 0
        // `.`, `·`, and `…` `．` `‥` `⋯` `・` (three bytes each).
        let wideLeaders: [[UInt8]] = [[0xE2, 0x80, 0xA6], [0xEF, 0xBC, 0x8E], [0xE2, 0x80, 0xA5], [0xE2, 0x8B, 0xAF], [0xE3, 0x83, 0xBB]]
        while gap > start {
            if bytes[gap - 1] == 0x2E {
                gap -= 1
            } else if gap - 2 >= start, bytes[gap - 2] == 0xC2, bytes[gap - 1] == 0xB7 {
                gap -= 2
            } else if gap - 3 >= start, wideLeaders.contains(where: { bytes[(gap - 3)..<gap].elementsEqual($0) }) {
                gap -= 3
            } else {
                break
            }
            leaders += 1
        }
        guard leaders >= 2 || (leaders == 0 && wideGap) else { return nil }
        let titleEnd = trimmedEnd(bytes, gap, notBefore: start)
        return titleEnd > start ? titleEnd : nil
    }

    /// `目录`, `目  录`, `目　录` alone on a line: the heading of the contents, no entry and no paragraph;
    /// so too `本期目录`, `目录：`, `本期要目`, `【本期目录】`, `本期导读` (the audit: read as an
    /// unplaced line, its entries became empty articles).
    static func isContentsHeading(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        guard end - start <= 36 else { return false }
        var kept: [UInt8] = []
        var index = start
        while index < end {
            if bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "#") { index += 1; continue }
            if index + 2 < end, bytes[index] == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { index += 3; continue }
            kept.append(bytes[index])
            index += 1
        }
        return contentsHeadings.contains(kept)
    }

    static let contentsHeadings: Set<[UInt8]> = {
        var headings: Set<[UInt8]> = []
        for word in ["目录", "本期目录", "要目", "本期要目", "本期导读", "导读", "本期要览"] {
            let forms: [String] = [word, word + "：", word + ":", "【" + word + "】", "〔" + word + "〕", "[" + word + "]"]
            for form in forms { headings.insert(Array(form.utf8)) }
        }
        return headings
    }()

    /// Contents entries typed without a marker: the texts (lines, from the first 地区：标题 after the
    /// masthead or album line) open with region headings, and the first article repeats the first of
    /// them, right after them or after a 编者按 under them. How many texts the entries take (0 when
    /// the lines are no such list).
    /// Under a `目录` line (`underContentsHeading`) the entries need no repeat: every region
    /// heading of the run but its last (the first article's) is an entry, a stale entry that
    /// differs from its title too (S4 reports it; the audit: it became an empty article).
    static func unmarkedContentsLength(_ texts: [String], underContentsHeading: Bool = false) -> Int {
        unmarkedContentsEntries(texts, underContentsHeading: underContentsHeading).last?.upperBound ?? 0
    }

    /// As `unmarkedContentsLength`, entry by entry: the texts of each. An entry a PDF wrapped
    /// over two or three lines (`南阳市：……服务“十五五”` / `开局起步`) takes its short unended
    /// lines under it (`isContentsEntryWrap`); the first article repeats the entry whole, or its
    /// first line when its title wraps alike (the audits: the entries became empty articles).
    static func unmarkedContentsEntries(_ texts: [String], underContentsHeading: Bool = false) -> [Range<Int>] {
        guard let first = texts.first, first.utf8.count <= 240 else { return [] }
        let firstLine = HeadingText.compact(first)
        var firstEntry = firstLine
        var entries: [Range<Int>] = []
        var withoutRegion = false
        for (position, text) in texts.enumerated() {
            let compact = HeadingText.compact(text)
            // (Or its title broken where the entry runs on: `精心组织 精准交办` / `——……综述` under the
            // entry `精心组织 精准交办——……综述`.)
            let repeatsFirst = position > 0 && (compact == firstEntry || compact == firstLine
                || (position + 1 < texts.count && compact.utf8.count >= 12 && firstEntry.hasPrefix(compact)
                    && compact + HeadingText.compact(texts[position + 1]) == firstEntry))
            // (The note's label may stand alone, its text under it.)
            if position > 0, editorsNote(Array(text.utf8.prefix(40))) != nil,
               texts[(position + 1)...].prefix(2).contains(where: { HeadingText.compact($0) == firstEntry || HeadingText.compact($0) == firstLine }) { return entries }
            guard text.utf8.count <= 240 else { break }
            // The first article repeats the first entry: the list ends here.
            if repeatsFirst { return entries }
            guard region(Array(text.utf8.prefix(maximumRegionLength * 4 + 4))) != nil else {
                if let last = entries.last, last.count < 3, isContentsEntryWrap(text, under: texts[position - 1]) {
                    entries[entries.count - 1] = last.lowerBound..<(position + 1)
                    if entries.count == 1 { firstEntry += compact }
                    continue
                }
                // An entry naming no region (`精心组织 精准交办——……综述`, the sixteenth audit), among
                // others that do: the list must then be confirmed by the first article's repeat.
                guard isUnmarkedEntryWithoutRegion(text) else { break }
                entries.append(position..<(position + 1))
                withoutRegion = true
                continue
            }
            entries.append(position..<(position + 1))
        }
        guard underContentsHeading, !withoutRegion, entries.count >= 2, let last = entries.last, last.upperBound < texts.count else { return [] }
        return Array(entries.dropLast())
    }

    /// A contents entry typed without a marker that names no region: a short title line, no
    /// sentence, label, note or number.
    static func isUnmarkedEntryWithoutRegion(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 40 * 3, !endsSentenceHalfWidthToo(bytes, 0, bytes.count), editorsNote(bytes) == nil,
              contributor(bytes) == nil, pointNumber(bytes) == nil, footerLabel(bytes.prefix(footerLabelLength)) == nil else { return false }
        return isTitleWithoutRegion(bytes)
    }

    /// The second or third line of a contents entry a PDF wrapped: short, under a line left open,
    /// no label (`X：`, a heading of its own: the fourteenth audit joined an office's title to the
    /// entry over it), note, 供稿 line or number of its own. Typed without a marker, the entry's
    /// lines must leave their sentence open too (a line that ends one is text). The one test of
    /// both jobs, for marked entries and unmarked ones.
    static func isContentsEntryWrap(_ text: String, under previous: String, marked: Bool = false) -> Bool {
        let bytes = Array(text.utf8)
        // (Shorter than the line it goes on from: a line longer than that is an entry of its own,
        // `精心组织 精准交办——……综述` under `南阳市：……凝聚代表合力`, the sixteenth audit.)
        // (A subtitle under its entry, `——……综述`, goes on with it whatever its length.)
        let lastLine = previous.split(separator: "\n").last.map(String.init) ?? previous
        let subtitle = text.trimmingSpaces.hasPrefix("——")
        let compact = HeadingText.compact(text)
        guard bytes.count <= 40 * 3, endsOpen(Array(previous.utf8), 0, previous.utf8.count), marked || endsOpen(bytes, 0, bytes.count),
              subtitle || compact.unicodeScalars.count < HeadingText.compact(lastLine).unicodeScalars.count,
              editorsNote(bytes) == nil, contributor(bytes) == nil, pointNumber(bytes) == nil else { return false }
        // A unit's label (`……委员会：`) opens a title of its own; a colon inside a title's words
        // (`卷”：代表在行动`, the fifteenth audit) does not.
        let list = scalars(bytes)
        if let colon = list.prefix(24).firstIndex(where: { $0.value == 0xFF1A || $0.value == 0x3A }),
           region(bytes) != nil || namesAnOffice(Array(bytes[..<list[colon].offset])) { return false }
        return !compact.isEmpty
    }

    /// "一、…" at `start`: the numeral's end, the mark's end, and the value.
    static func pointNumeral(_ bytes: [UInt8], _ start: Int = 0) -> (numeralEnd: Int, markEnd: Int, number: Int?)? {
        guard let found = pointNumber(bytes, start), found.markIsRight else { return nil }
        return (found.numeralEnd, found.markEnd, found.number)
    }

    /// A point number as written at `start`: a Chinese numeral of at most four characters and its
    /// mark — 、, or the wrong marks `.` `．` `,` `，` the checker judges (P7), or spaces typed
    /// for the 、 (`spacesStandForMark`). The one recogniser of 一、 for the reader (which takes
    /// 、 only as right) and the checker.
    struct PointNumber {
        var numeralEnd: Int
        var markEnd: Int
        /// Read leniently (一十一 is 11); the checker asks `ChineseNumeral.value` for the form.
        var number: Int?
        /// True when the mark is 、.
        var markIsRight: Bool
    }

    static let pointNumeralDigits = ScalarSet("一二三四五六七八九十百千零〇两")

    /// Whether the 、 ending at `markEnd` lists numerals (`二、三产业`, `一、二、三级`) rather than
    /// closes a point number: a numeral follows it at once — another than `number`, the one
    /// before the 、 (`二、二、…` is a number typed twice, not a list).
    static func enumeratesNumerals(_ bytes: [UInt8], after markEnd: Int, number: Int?) -> Bool {
        guard markEnd < bytes.count, pointNumeralDigits.contains(UTF8Scalar.decodeOrReplace(bytes, at: markEnd, end: bytes.count).value) else { return false }
        return number == nil || pointNumber(bytes, markEnd)?.number != number
    }

    /// A line opening with numerals listed (`二、三季度的各项任务。`: a numeral right after the 、)
    /// under prose cut in mid-sentence (`……圆满完成了`, `isCutInProse`) goes on with that sentence:
    /// no point starts there, for the reader and the checker. Only a list of numerals: a point
    /// typed under a line that lacks its 。 (`……明确任务分工` / `二、搭建平台。`) is still a point.
    static func continuesWithNumerals(_ line: [UInt8], under previous: [UInt8]) -> Bool {
        guard let point = pointNumber(line), point.markIsRight, enumeratesNumerals(line, after: point.markEnd, number: point.number) else { return false }
        return isCutInProse(previous, 0, previous.count)
    }

    /// With `fullStopToo` (the reader, in a text typed with half-width marks), 。 counts as a wrong
    /// mark as well: there a stop after the numeral (`二。`) is a slip for its mark.
    static func pointNumber<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int = 0, fullStopToo: Bool = false) -> PointNumber?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = start
        var count = 0
        while index < bytes.endIndex {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.endIndex)
            if count < 4, pointNumeralDigits.contains(value) {
                index += length
                count += 1
                continue
            }
            guard count > 0 else { return nil }
            if ScalarClass.isSpace(value) {
                // `一　强化组织领导。`: spaces for the 、, a wrong mark as `二.` is.
                var end = index, spaces = 0
                var next: UInt32?
                let firstSpace = value
                while end < bytes.endIndex {
                    let (scalar, size) = UTF8Scalar.decodeOrReplace(bytes, at: end, end: bytes.endIndex)
                    guard ScalarClass.isSpace(scalar) else { next = scalar; break }
                    end += size
                    spaces += 1
                }
                let numeral = String(decoding: bytes[start..<index], as: UTF8.self)
                // `一 、切实加强组织领导。` (OCR's or a slip's space before the 、): the point, its
                // mark right; P4 deletes the space (the seventeenth audit: read as lead text).
                // (Not `一 、二、三产业`, numerals listed, nor `三 、第四批`, a line a page cut after 第.)
                let afterMark = end + 3 < bytes.endIndex ? UTF8Scalar.decodeOrReplace(bytes, at: end + 3, end: bytes.endIndex).value : 0
                if next == 0x3001, spaces <= 2, !listsMonthsOrQuarters(bytes, from: end + 3), !pointNumeralDigits.contains(afterMark), afterMark != 0x7B2C {
                    return PointNumber(numeralEnd: index, markEnd: end + 3, number: ChineseNumeral.lenientValue(numeral), markIsRight: true)
                }
                guard spacesStandForMark(numeral: numeral, spaces: spaces, firstSpace: firstSpace, next: next) else { return nil }
                var phrase: [UInt32] = []
                var at = end
                while at < bytes.endIndex, phrase.count <= maximumHeadingPhrase {
                    let (scalar, size) = UTF8Scalar.decodeOrReplace(bytes, at: at, end: bytes.endIndex)
                    phrase.append(scalar)
                    at += size
                }
                guard headingPhraseFollows(phrase, endsWithText: at >= bytes.endIndex) else { return nil }
                return PointNumber(numeralEnd: index, markEnd: end, number: ChineseNumeral.value(numeral), markIsRight: false)
            }
            let markIsRight = value == 0x3001
            guard markIsRight || value == 0x2E || value == 0xFF0E || value == 0x2C || value == 0xFF0C || (fullStopToo && value == 0x3002) else { return nil }
            // `三、四月份，…` `二、三季度，…`: months or quarters listed, a sentence's start, never a
            // point (the audit: point 三 headed `四月份，…`, and redrafted `二、四月份`).
            if markIsRight, listsMonthsOrQuarters(bytes, from: index + length) { return nil }
            let numeral = String(decoding: bytes[start..<index], as: UTF8.self)
            return PointNumber(numeralEnd: index, markEnd: index + length, number: ChineseNumeral.lenientValue(numeral), markIsRight: markIsRight)
        }
        return nil
    }

    /// `总第 156 期`, `（总第156期）` alone on a line: the 总期号.
    static func totalIssueLine(_ bytes: [UInt8]) -> Int? {
        var text = String(decoding: trimmedSpaces(bytes), as: UTF8.self)
        guard text.utf8.count <= 40 else { return nil }
        if let first = text.unicodeScalars.first?.value, let last = text.unicodeScalars.last?.value,
           (first == 0xFF08 && last == 0xFF09) || (first == 0x28 && last == 0x29) {
            text = String(text.unicodeScalars.dropFirst().dropLast())
        }
        text = text.filter { $0 != " " && $0 != "　" }
        guard text.hasPrefix("总第"), text.hasSuffix("期") else { return nil }
        let inner = String(text.dropFirst(2).dropLast())
        return Int(inner) ?? ChineseNumeral.lenientValue(inner)
    }

    /// One to three numerals, 月 or 季 (`四月`, `四月份`, `十二月`, `三季度`) and then a comma, from
    /// `start`: the months of a sentence's opening (`三、四月份，市人大常委会…`). A point's heading
    /// may open with a month (`二、三月份启动集中视察。`: the audit), never with it and a comma.
    static func listsMonthsOrQuarters<Bytes: RandomAccessCollection>(_ bytes: Bytes, from start: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = start, count = 0
        while index < bytes.endIndex, count <= 3 {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.endIndex)
            index += length
            if pointNumeralDigits.contains(value) {
                count += 1
                continue
            }
            guard count > 0, value == 0x6708 || value == 0x5B63 else { return false }   // 月 季
            // 份 after 月, 度 after 季, then the comma.
            var next = index < bytes.endIndex ? UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.endIndex) : (value: 0, length: 0)
            if next.value == 0x4EFD || next.value == 0x5EA6 {
                index += next.length
                next = index < bytes.endIndex ? UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.endIndex) : (value: 0, length: 0)
            }
            return next.value == 0xFF0C || next.value == 0x2C
        }
        return false
    }

    /// Most spaces typed for a point number's 、 (`spacesStandForMark`): a full-width space or
    /// two, a few ASCII ones; more are layout, and the numeral then no point number.
    static let maximumSpacesForMark = 4

    /// Whether `spaces` spaces (ASCII, tab, U+3000, U+00A0) after the Chinese numeral `numeral` at
    /// a paragraph's start stand for the 、 a clerk forgot (`一　强化组织领导。`, `二 搭建履职平台。`):
    /// the numeral is 一…十九 in its own form, and `next`, the scalar after the spaces, is a Chinese
    /// character that opens the point's heading, not one that makes a word with the numeral (a stray
    /// space in `一 是`, `十 分重视`, `一 年来`, `一 方面`, `三 个`: no point, P4 joins them). The one
    /// judgement of both `pointNumber` (the reader, P7's points) and `NumberedOpening` (the scan).
    /// The spaces are typed on purpose, as a gap: a U+3000, a tab, or two spaces or more. One ASCII
    /// space after a numeral is a slip inside a word far more often (`一 系列`, `十 大`, `三 农`,
    /// `一 线`: the audit), and P4's to close.
    static func spacesStandForMark(numeral: String, spaces: Int, firstSpace: UInt32, next: UInt32?) -> Bool {
        guard spaces >= 2 || firstSpace == 0x3000 || firstSpace == 0x09 else { return false }
        guard (1...maximumSpacesForMark).contains(spaces), let next, ScalarClass.isIdeograph(next),
              !ScalarClass.isNumeralCharacter(next), !numeralWordFollowers.contains(next),
              let value = ChineseNumeral.value(numeral), (1...19).contains(value) else { return false }
        guard let scalar = Unicode.Scalar(next) else { return false }
        return !numeralWords.contains(numeral + String(scalar))
    }

    /// The longest point heading after a numeral and a gap, in characters (`headingPhraseFollows`).
    static let maximumHeadingPhrase = 25

    /// The bytes of a line's head a point number is read from: the numeral, a gap and the
    /// heading phrase after it (`headingPhraseFollows`) fit.
    static let pointNumberHeadLength = 8 * 3 + (maximumHeadingPhrase + 1) * 4

    /// After `一　` a point's heading: a phrase of at most `maximumHeadingPhrase` characters with
    /// no clause mark, ended by 。！？ or by the end of its line. `一　系列举措落地见效，…` (a word
    /// typed with a full-width space, the input method in full-width mode) is none: the audit.
    /// `scalars` are what follows the gap, `endsWithText` whether the text ends with them.
    static func headingPhraseFollows<Scalars: Collection<UInt32>>(_ scalars: Scalars, endsWithText: Bool) -> Bool {
        var count = 0
        for value in scalars {
            switch value {
            case 0x3002, 0xFF01, 0xFF1F, 0x0A, 0x0B: return count >= 2   // 。！？ or a line's end
            case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x3A: return false   // ，、；：
            default: count += 1
            }
            if count > maximumHeadingPhrase { return false }
        }
        return endsWithText && count >= 2
    }

    /// Characters that make a word with any numeral before them: 是 (`一是`, a sub-point with a
    /// stray space) and measure words (`三 个`, `一 批`, `一 年来`, `十 佳`).
    static let numeralWordFollowers = ScalarSet("是个名位件项次年天月批些届类倍岁户元轮篇条期段季家余佳号级场")

    /// Words that open with a lone numeral and open prose, not a point's heading (`一 方面`, `十 分重视`).
    static let numeralWords: Set<String> = ["一方", "一直", "一般", "一旦", "一律", "一度", "一向", "一并", "一步", "十分"]

    /// Every 一是/二是… marker at a sentence or clause start: offsets and value.
    /// Finds each 是 by its bytes and looks back for the numeral: one cheap pass over the body.
    static func subPointMarkers(_ bytes: [UInt8]) -> [(start: Int, end: Int, number: Int?)] {
        var result: [(Int, Int, Int?)] = []
        let count = bytes.count
        var from = 3
        // 是 (E6 98 AF), searched at memory speed: this runs over every body byte.
        while let index = CharacterSearch.next((0xE6, 0x98, 0xAF), in: bytes, from: from, to: count) {
            from = index + 3
            var start = index
            var digits = 0
            while start >= 3, digits < 3 {
                let value = UTF8Scalar.decodeOrReplace(bytes, at: start - 3, end: start).value
                guard chineseNumeralDigits.contains(value) else { break }
                start -= 3
                digits += 1
            }
            let repeated = digits == 1 && index + 3 < count
                && repeatsNumeral(UTF8Scalar.decodeOrReplace(bytes, at: start, end: index).value, after: UTF8Scalar.decodeOrReplace(bytes, at: index + 3, end: count).value,
                                  then: index + 6 < count ? UTF8Scalar.decodeOrReplace(bytes, at: index + 6, end: count).value : nil)
            if digits > 0, !repeated, start == 0 || isClauseBoundary(previousScalar(bytes, before: start)),
               result.last.map({ $0.1 <= start }) ?? true {
                result.append((start, index + 3, ChineseNumeral.lenientValue(string(bytes, start, index))))
            }
        }
        return result
    }

    /// "…。三是履职保障上求“新”。" at the end: a sub-point heading (a phrase opening with 一是…, at
    /// most 30 characters, without a comma or 、) cannot end a paragraph, so a page break after it
    /// is joined (reader) and reported (checker, A1). "三是加强宣传，扩大影响。" is a sentence. Nor
    /// does an enumeration end so, whose items are a sentence each ("一是开展视察。二是开展调研。三是
    /// 提出建议。"): the last item is whole, and the paragraph after it (a 结语) is its own.
    static func endsWithSubPointHeading(_ text: [UInt8]) -> Bool {
        guard text.count > 3 else { return false }
        // The last sentence: after the previous 。 (excluding the final one).
        var end = text.count
        while end > 0, text[end - 1] & 0xC0 == 0x80 || text[end - 1] == UInt8(ascii: "*") { end -= 1 }
        end = max(0, end - 1)
        var start = end
        var length = 0
        while start > 0 {
            var scalarStart = start - 1
            while scalarStart > 0, text[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let value = UTF8Scalar.decodeOrReplace(text, at: scalarStart, end: text.count).value
            if value == 0x3002 || value == 0xFF1B || value == 0xFF01 || value == 0xFF1F { break }
            start = scalarStart
            length += 1
            if length > 30 { return false }
        }
        let sentence = Array(text[start..<text.count])
        guard subPointMarkers(sentence).first?.start == 0 else { return false }
        guard !scalars(sentence).contains(where: { [0xFF0C, 0x3001, 0x2C].contains($0.value) }) else { return false }
        // The item before it: a heading with text after it (the last one's text was cut by the
        // page), or a sentence alone (an enumeration, whole).
        let markers = subPointMarkers(Array(text[..<start]))
        guard let previous = markers.last else { return true }
        let sentenceEnds = scalars(Array(text[previous.start..<start])).filter { [0x3002, 0xFF1B, 0xFF01, 0xFF1F].contains($0.value) }.count
        return sentenceEnds > 1
    }

    /// How a 结语 usually begins ("下一步，…"): it opens its own paragraph.
    static func opensClosing<Bytes: Sequence>(_ text: Bytes) -> Bool where Bytes.Element == UInt8 {
        closingOpeners.contains { opener in text.starts(with: opener) }
    }

    static let closingOpeners = ["下一步", "下步", "今后", "接下来", "未来"].map { Array($0.utf8) }

    /// A 结语's opening that nothing else opens with: 下一步 or 下步, or 今后, 接下来, 未来 with a
    /// comma after it (`未来产业…`, `接下来，与会代表参观…` aside: the comma is wanted, and a
    /// paragraph of a meeting's course has 接下来 too rarely to matter). Where an article without
    /// points has no point to end at, only this opens its 结语.
    static func opensClosingFirmly<Bytes: Sequence>(_ text: Bytes) -> Bool where Bytes.Element == UInt8 {
        let bytes = Array(text.prefix(16))
        for opener in closingOpeners where bytes.starts(with: opener) {
            if opener == closingOpeners[0] || opener == closingOpeners[1] { return true }
            let after = bytes.dropFirst(opener.count)
            return after.starts(with: Array("，".utf8)) || after.first == UInt8(ascii: ",")
        }
        return false
    }

    /// Under a line a PDF or OCR cut at the wrap width, the next line starts a paragraph of its
    /// own when it opens a numbered item (`（一）` `1.` `（1）`) or the 结语 (`下一步` `下步`) and the
    /// paragraph so far (`paragraph`, ending with the cut line) ended its sentence (。！？, not
    /// ；：) with no quotation left open — as `一、` always does (audit 19: `parse` glued the
    /// items and the 结语 into the paragraph before, `--fix` wrote the joins). Not `一是`, `第一，`
    /// `首先，` or `今后，` `接下来，` `未来，`: run-in lists and words that open sentences inside a
    /// paragraph as often, whose stop falls at a line's end too (audit 20). Both jobs ask it.
    static func startsParagraphUnderCutLine(paragraph: UnsafeBufferPointer<UInt8>, next: UnsafeBufferPointer<UInt8>) -> Bool {
        // The paragraph's end (its last bytes are enough): a sentence ended, a half-width `.`
        // after Chinese too (OCR), but not a ；, after which a list's items go on.
        let tail = Array(paragraph.suffix(64))
        let trimmedTail = trimmedEnd(tail, tail.count)
        guard endsSentenceHalfWidthToo(tail, 0, tail.count) else { return false }
        if trimmedTail >= 3, tail[(trimmedTail - 3)..<trimmedTail].elementsEqual([0xEF, 0xBC, 0x9B]) { return false }
        if trimmedTail >= 1, tail[trimmedTail - 1] == UInt8(ascii: ";") { return false }
        let head = Array(next.prefix(24))
        var opens = closingOpeners.prefix(2).contains(where: { head.starts(with: $0) })
        if !opens {
            let values = scalarValues(head, 0, head.count, limit: 8)
            guard let first = values.first, NumberedOpening.canOpen(first) else { return false }
            opens = NumberedOpening(values, from: 0) != nil
        }
        return opens && !leavesQuotationOpen(paragraph)
    }

    /// More “ than ” in the last 600 bytes of `text` (a bound: asked for a paragraph line after
    /// line, it stays linear): a quotation goes on past its end.
    static func leavesQuotationOpen(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var open = 0
        var index = max(0, text.count - 600)
        while index + 2 < text.count {
            if text[index] == 0xE2, text[index + 1] == 0x80 {
                if text[index + 2] == 0x9C { open += 1 } else if text[index + 2] == 0x9D { open -= 1 }
                index += 3
                continue
            }
            index += 1
        }
        return open > 0
    }

    static func previousScalar(_ bytes: [UInt8], before end: Int) -> UInt32 {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return UTF8Scalar.decodeOrReplace(bytes, at: start, end: end).value
    }

    /// `一是一，二是二` (call a thing what it is): the numeral written again right after 是, and a
    /// mark or the end after it, makes the idiom, no 一是… marker (`一是一批项目落地` is an item).
    /// The reader (layout) and S7 (the checker) both ask this (audit 19: S7 asked for 三是 there).
    @inline(__always)
    static func repeatsNumeral(_ numeral: UInt32, after next: UInt32?, then following: UInt32?) -> Bool {
        guard next == numeral else { return false }
        guard let following else { return true }
        // A comma or a stop (not 、: `一是一、二季度…` lists quarters, an item; audit 20).
        return [0xFF0C, 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0x2C, 0x2E, 0x3B, 0x0A].contains(following)
    }

    /// One space between two phrases of a heading or a contents entry (`建强阵地 畅通民意`,
    /// `“家站点” 阵地`): the phrase before it three characters or more, a character or a closing
    /// quote or title mark on its left, a character or an opening one on its right. The genre's
    /// spacing: P4 leaves it, and the reader keeps it in OCR text, where other spaces between
    /// Chinese characters are gaps (audit 19: `parse` dropped it, `check` accepted it).
    static func isHeadingPhraseSpace(left: UInt32, right: UInt32, phraseLength: Int) -> Bool {
        phraseLength >= 3 && (ScalarClass.isIdeograph(left) || left == 0x201D || left == 0x300B)
            && (ScalarClass.isIdeograph(right) || right == 0x201C || right == 0x300A)
    }

    /// What may stand right before a 一是… that opens a sentence or clause: a sentence or clause
    /// mark (。；！？：，、 and the half-width ones), a closing bracket (（一）一是…), or the `*` of
    /// Markdown bold. The reader (layout) and S7 (the checker) both ask this.
    @inline(__always)
    static func isClauseBoundary(_ value: UInt32) -> Bool {
        switch value {
        case 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0xFF1A, 0xFF0C, 0x3001, 0xFF09, 0x2E, 0x3B, 0x3A, 0x2C, 0x29, 0x21, 0x3F, 0x2A: return true
        default: return false
        }
    }

    /// Where the first sentence's end mark stands (。！？; with `halfWidthStops`, also a `.` that
    /// is no decimal point and does not close a number opening the text, `1.`, and `!` `?` after a
    /// Chinese character): the one reading of
    /// a heading's first sentence, for the reader (whose text has its half-width marks read as
    /// full-width already) and the checker (which reads the text as typed). Nil when none.
    static func firstSentenceMark(_ bytes: [UInt8], from start: Int, halfWidthStops: Bool) -> Int? {
        var index = start
        var digitsOnly = true
        var previous: UInt32 = 0
        while index < bytes.count {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
            switch value {
            case 0x3002:
                return index
            case 0xFF01, 0xFF1F:
                // `叫响“撸起袖子加油干！”口号，…`: a mark inside quotes the sentence goes on past.
                let next = index + length < bytes.count ? UTF8Scalar.decodeOrReplace(bytes, at: index + length, end: bytes.count).value : 0
                if next != 0x201D, next != 0x22 { return index }
                let after = index + length + (next == 0x22 ? 1 : 3)
                if after >= bytes.count || !ScalarClass.isChinese(UTF8Scalar.decodeOrReplace(bytes, at: after, end: bytes.count).value) { return index }
            case 0x2E where halfWidthStops:
                // Not in `www.henanrd.gov.cn`, `Node.js`, `V2.0`, `图1.`: after a letter or a digit
                // a `.` is no stop P1 would turn (a number opening the text, `1.`, neither).
                if !ScalarClass.isASCIIAlphanumeric(previous), !(index > start && digitsOnly) { return index }
            case 0x21 where halfWidthStops && ScalarClass.isChinese(previous), 0x3F where halfWidthStops && ScalarClass.isChinese(previous):
                // `完善机制!` as P1 reads it; `叫响"加油干!"口号` goes on inside its quotes.
                let next = index + length < bytes.count ? bytes[index + length] : 0
                if next != 0x22, next != 0x27, !(next == 0xE2 && index + length + 2 < bytes.count && bytes[index + length + 2] == 0x9D) { return index }
            default:
                break
            }
            if !ScalarClass.isDigit(value) { digitsOnly = false }
            previous = value
            index += length
        }
        return nil
    }

    /// The end of the first sentence (just past 。！？, a mark repeated and a closing quote): nil when none.
    static func firstSentenceEnd(_ bytes: [UInt8], from start: Int, halfWidthStops: Bool = false) -> Int? {
        guard let index = firstSentenceMark(bytes, from: start, halfWidthStops: halfWidthStops) else { return nil }
        var end = index + UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count).length
        // `提升！！`: a repeated mark stays with its sentence.
        while end < bytes.count {
            let next = UTF8Scalar.decodeOrReplace(bytes, at: end, end: bytes.count)
            guard next.value == 0x3002 || next.value == 0xFF01 || next.value == 0xFF1F || next.value == 0x21 || next.value == 0x3F else { break }
            end += next.length
        }
        // Keep a closing quote that belongs to the sentence.
        if end < bytes.count {
            let next = UTF8Scalar.decodeOrReplace(bytes, at: end, end: bytes.count)
            if next.value == 0x201D { end += next.length }
        }
        return end
    }

    /// True when paragraphs follow each other without blank lines (text pasted from Word, a
    /// clerk's one paragraph per line): `separatedFlags` says, for each text line after the first,
    /// whether blank lines stand before it. Each line is then a paragraph for both jobs.
    static func isOneParagraphPerLine<Flags: Sequence>(_ separatedFlags: Flags) -> Bool where Flags.Element == Bool {
        var adjacent = 0, separated = 0
        for flag in separatedFlags { if flag { separated += 1 } else { adjacent += 1 } }
        return adjacent >= 3 && separated * 5 <= adjacent
    }

    /// In one-paragraph-per-line text, a line that reads as a title (`opensLikeHeading`) and holds
    /// no comma, 、 or ；: a heading of what follows (`…专题调研活动`, `附件：代表名单`), no clause
    /// cut off mid-sentence.
    static func isUnpunctuatedTitle(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: { [0xFF0C, 0x3001, 0xFF1B, 0x2C, 0x3B].contains($0.value) }) else { return false }
        return opensLikeHeading(Array(text.utf8))
    }

    /// A field line: a label of 2 to 4 Chinese characters and a colon opening it (`联系人：…`,
    /// `附件：…`, `参会人员：…`), no `地区：` heading, and a value without ，or ；. Two such lines one under the other are a list
    /// of fields, never one paragraph cut by a page (the audit: `附件：1.…` ran into `参会人员：…`).
    static func isFieldLine(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isFieldLine($0, 0, $0.count) } ?? isFieldLine(Array(text.utf8), 0, text.utf8.count)
    }

    /// The same of `[start, end)`: its first characters only are read, and the value past its label.
    static func isFieldLine<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard let valueStart = fieldValueStart(bytes, start, end), end - valueStart <= 240 else { return false }
        // A value with a clause in it (`会议强调：各级代表要…，市人大常委会主任`) is prose (the
        // audit); fields set apart by commas (`王丽，电话：0394-…`) are fields (the next audit).
        let value = String(decoding: bytes[valueStart..<end], as: UTF8.self)
        let parts = value.split(whereSeparator: { $0 == "，" || $0 == "；" })
        return parts.dropFirst().allSatisfy { $0.contains("：") || $0.contains(":") }
    }

    /// `[start, end)` opens with a field's label: 2 to 4 Chinese characters and a colon, no region.
    /// Under a field line such a line is the next field, whatever its value holds.
    static func opensWithFieldLabel<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        fieldValueStart(bytes, start, end) != nil
    }

    /// Past a field's label and its colon (2 to 4 Chinese characters, no `地区：`), nil without one.
    private static func fieldValueStart<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var count = 0, index = start
        while index < end, count <= 4 {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: end)
            if value == 0xFF1A || value == 0x3A {
                return count >= 2 && region(Array(bytes[start..<min(end, start + 64)])) == nil ? index + length : nil
            }
            guard ScalarClass.isIdeograph(value) else { return nil }
            count += 1
            index += length
        }
        return nil
    }

    /// A sub-heading without a number, of two or three phrases set apart by one space each
    /// (`闻令而动强部署 统筹谋划开新局`, as web re-posts print them): at most 30 characters, each
    /// phrase 4 to 12 Chinese characters (quotes allowed), no mark, no colon. Alone on its line it
    /// is a heading of what follows, in any layout, never a paragraph cut short; the phrase space
    /// is the genre's (the audit: A1 glued it to its text, and P4's fix then took its space).
    static func isPhrasedTitleLine(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isPhrasedTitleLine($0, 0, $0.count) } ?? isPhrasedTitleLine(Array(text.utf8), 0, text.utf8.count)
    }

    /// The same of `[start, end)`, spaces at either end aside: one pass over the bytes, stopped at
    /// the first mark (asked of every short line and block of the text).
    static func isPhrasedTitleLine<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let start = trimmedStart(bytes, start, notAfter: end), end = trimmedEnd(bytes, end, notBefore: start)
        guard end - start <= 30 * 4 else { return false }
        var phrases = 1, ideographs = 0, scalars = 0, afterSpace = false
        var shortest = Int.max, longest = 0
        var index = start
        while index < end {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: end)
            index += length
            scalars += 1
            if value == 0x20 || value == 0x3000 {
                guard !afterSpace, (4...12).contains(ideographs) else { return false }
                phrases += 1
                (shortest, longest) = (min(shortest, ideographs), max(longest, ideographs))
                ideographs = 0
                afterSpace = true
                continue
            }
            afterSpace = false
            if ScalarClass.isIdeograph(value) {
                ideographs += 1
            } else if !(value == 0x201C || value == 0x201D || value == 0x300A || value == 0x300B) {
                return false
            }
        }
        (shortest, longest) = (min(shortest, ideographs), max(longest, ideographs))
        // Parallel phrases, of one length or up to two apart (`闻令而动强部署 统筹谋划开新局`,
        // `聚焦重点显担当 锚定六件实事谋推进`); a cut sentence with a stray space
        // (`市人大常委会第一时间 传达学习会议`) is none (the audits).
        return scalars <= 30 && (2...3).contains(phrases) && (4...12).contains(ideographs) && longest - shortest <= 2
    }

    /// In an article whose sub-headings stand without numbers (one `isPhrasedTitleLine` seen), a
    /// short title-like line alone (at most 12 characters, no clause mark, not ending in a word a
    /// sentence goes on after: `聚焦民生办实事`) is the next such sub-heading, not a paragraph cut short.
    static func isShortSubHeading(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first?.value, let last = text.unicodeScalars.last?.value, text.unicodeScalars.count <= 12 else { return false }
        // `各县区人大常委会按照`, `…和`, `…的`, `市人大常委会主任周明`, `群众反映的…`: a sentence the
        // page cut, its subject first (the audits): a heading names no actor.
        if sentenceGoesOnAfter.contains(last) || sentenceSubjectOpeners.contains(first) || text.utf8Contains("常委会") || text.utf8Contains("人大") {
            return false
        }
        return isUnpunctuatedTitle(text)
    }

    /// How a sentence's subject opens (`市…` `县…` `各…` `全…` `群众…`): no short sub-heading does.
    static let sentenceSubjectOpeners: Set<UInt32> = Set("市县区各全群代我该本".unicodeScalars.map(\.value))

    /// Characters a sentence cannot end with: prepositions, conjunctions, particles.
    static let sentenceGoesOnAfter: Set<UInt32> = Set("照和的与及在对将把为向从以于了是并由被给等地得着之其而或且".unicodeScalars.map(\.value))

    /// In one-paragraph-per-line text, a line that stands on its own and is never a paragraph cut
    /// short: a title (`isUnpunctuatedTitle`) or an entry of a list typed one per line, such as a
    /// name (`张三`, `王志强`, `阿依·买买提`). Neither job joins it to the next line.
    static func standsOnItsOwnLine(_ text: String) -> Bool {
        isUnpunctuatedTitle(text) || isShortNameLine(text)
    }

    /// A row of a table pasted as text: cells set apart by tabs (`1⇥源汇区⇥12⇥320`, Word's table
    /// saved as text), or a Markdown table's row (`| 郾城区 | 15 | 410 |`). Never a paragraph cut
    /// short, never joined to a line beside it (joining ran `320` into the next row's `2`: the
    /// twenty-first audit); its tabs are the table's, no stray spaces. Not a tab after a bare number
    /// (`一、⇥强化…`: Word's list numbering saved as text, P4's to delete), nor indentation.
    static func isTableRow(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        // Most lines hold no tab and no two spaces side by side: found at memory speed (a scan a
        // byte cost a fifth of reading Markdown, whose paragraphs are one long line each).
        guard start < end else { return false }
        let mayBeRow = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            let first = trimmedStart(buffer, start, notAfter: end)
            // (A line of spaces and tabs alone is no row: found by fuzzing, the read past its end.)
            guard first < end else { return false }
            if buffer[first] == 0x7C || memchr(base + start, 0x09, end - start) != nil { return true }
            var from = start, gaps = 0
            while from < end, let found = memchr(base + from, 0x20, end - from) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var past = index + 1
                while past < end, buffer[past] == 0x20 { past += 1 }
                if past - index >= 2 { gaps += 1; if gaps >= 2 { return true } }
                from = past
            }
            return false
        }
        return mayBeRow && readsAsTableRow(bytes, start, end)
    }

    private static func readsAsTableRow(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let first = trimmedStart(bytes, start, notAfter: end)
        guard first < end else { return false }
        if bytes[first] == 0x7C {
            var last = end - 1
            while last > first, bytes[last] == 0x20 || bytes[last] == 0x09 || bytes[last] == 0x0D { last -= 1 }
            return last > first && bytes[last] == 0x7C
        }
        var tab = first
        // Cells aligned with spaces: two gaps of two spaces or more (`源汇区      12      320`).
        // A letter-spaced title (`代  表  工  作`, P4's) is no table: its cells are one character each.
        var wideGaps = 0, spaces = 0, cellScalars = 0, longestCell = 0
        while tab < end, bytes[tab] != 0x09 {
            if bytes[tab] == 0x20 {
                spaces += 1
            } else {
                if spaces >= 2 { wideGaps += 1; cellScalars = 0 }
                spaces = 0
                if bytes[tab] & 0xC0 != 0x80 { cellScalars += 1; longestCell = max(longestCell, cellScalars) }
            }
            tab += 1
        }
        if tab == end { return wideGaps >= 2 && longestCell >= 2 }
        var next = tab
        while next < end, bytes[next] == 0x09 || bytes[next] == 0x20 { next += 1 }
        guard next < end, !(bytes[next] == 0x0D && next + 1 == end) else { return false }
        // The cell before the tab a bare number with its mark: a list item's numbering.
        if tab - first <= 16 {
            var values = scalarValues(bytes, first, tab)
            while let last = values.last, ScalarClass.isSpace(last) { values.removeLast() }
            if let number = NumberedOpening(values, from: 0), number.end >= values.count { return false }
        }
        return true
    }

    /// Two adjacent lines that never make one paragraph, whatever else they look like: either is a
    /// table's row, a number alone, a line of end matter (`附件：…`) or a date alone, or the first
    /// ends with a digit and the second opens with one. Both jobs ask
    /// it before any other test of a join (the reader's `shouldJoin`, `TextLayout`'s blocks and A1).
    static func keepsLinesApart(_ bytes: [UInt8], _ line: Range<Int>, _ next: Range<Int>) -> Bool {
        splitsNumbers(bytes, lineEnd: line.upperBound, lineStart: line.lowerBound, nextStart: next.lowerBound, nextEnd: next.upperBound)
            || isTableRow(bytes, line.lowerBound, line.upperBound) || isTableRow(bytes, next.lowerBound, next.upperBound)
            || (isBareNumber(bytes, line.lowerBound, line.upperBound) && !opensWithUnit(bytes, next.lowerBound, next.upperBound))
            || (isBareNumber(bytes, next.lowerBound, next.upperBound) && isCellLike(bytes, line.lowerBound, line.upperBound))
            || opensWithEndMatterLabel(bytes, line) || opensWithEndMatterLabel(bytes, next)
            || isDateLine(bytes, line) || isDateLine(bytes, next)
    }

    /// The labels of a submission's end matter (`附件：述职代表名单`, `联系人：王丽`, GB/T 9704-2012
    /// §7.3.5): such a line is no part of a paragraph over or under it (the twenty-first audit: a
    /// lead without its final 。 took 附件, the office and the date into it). Labels a sentence may
    /// open with (`指出：`) are not here.
    static let endMatterLabels: [[UInt8]] = ["附件", "附表", "附图", "联系人", "联系电话", "电话", "手机", "邮箱", "电子邮箱", "传真", "地址", "邮编"].map { Array($0.utf8) }

    static func opensWithEndMatterLabel(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let first = trimmedStart(bytes, line.lowerBound, notAfter: line.upperBound)
        // The label's first character first (附 联 电 手 邮 传 地), by a switch: most lines open otherwise.
        guard first + 3 <= line.upperBound, bytes[first] & 0xF0 == 0xE0 else { return false }
        switch UInt32(bytes[first] & 0x0F) << 12 | UInt32(bytes[first + 1] & 0x3F) << 6 | UInt32(bytes[first + 2] & 0x3F) {
        case 0x9644, 0x8054, 0x7535, 0x624B, 0x90AE, 0x4F20, 0x5730: break
        default: return false
        }
        for label in endMatterLabels where first + label.count < line.upperBound && bytes[first..<(first + label.count)].elementsEqual(label) {
            let mark = first + label.count
            // `附件：` `附件:`, `附件1：` `附件2.` (numbered attachments).
            var k = mark
            while k < line.upperBound, k - mark < 2, (0x30...0x39).contains(bytes[k]) { k += 1 }
            if k < line.upperBound, bytes[k] == 0x3A || (k + 3 <= line.upperBound && bytes[k] == 0xEF && bytes[k + 1] == 0xBC && bytes[k + 2] == 0x9A) { return true }
        }
        return false
    }

    /// `isDateLine` of a line in place (its bytes copied only when its length may hold a date).
    private static func isDateLine<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ line: Range<Int>) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard line.count >= 8, line.count <= 80 else { return false }
        // A date opens the line (`isDateLine`: the date starts it, in brackets or not): a digit,
        // a bracket, or a year in Chinese numerals (一…, 二…). Else no copy is made.
        let first = trimmedStart(bytes, line.lowerBound, notAfter: line.upperBound)
        guard first + 3 <= line.upperBound else { return false }
        let opensLikeDate = (0x30...0x39).contains(bytes[first]) || bytes[first] == 0x28
            || (bytes[first] == 0xEF && bytes[first + 1] == 0xBC && (bytes[first + 2] == 0x88 || (0x90...0x99).contains(bytes[first + 2])))
            || (bytes[first] == 0xE4 && ((bytes[first + 1] == 0xB8 && bytes[first + 2] == 0x80) || (bytes[first + 1] == 0xBA && bytes[first + 2] == 0x8C)))
        guard opensLikeDate else { return false }
        let copy = Array(bytes[line])
        return isDateLine(copy, 0, copy.count)
    }

    /// `[start, end)` opens with a unit a number is read with (`项，已全部办结。`).
    private static func opensWithUnit<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let first = trimmedStart(bytes, start, notAfter: end)
        guard first < end else { return false }
        return unitsAfterNumber.contains(UTF8Scalar.decodeOrReplace(bytes, at: first, end: end).value)
    }

    /// A short line without a mark (`源汇区`, `进站代表`, `12`): a table's cell typed a line each,
    /// not a sentence a number on the next line goes on with (`……重点督办的有` / `3`).
    private static func isCellLike<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var scalars = 0, index = trimmedStart(bytes, start, notAfter: end)
        while index < end {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: end)
            scalars += 1
            guard scalars <= 10, ScalarClass.isIdeograph(value) || ScalarClass.isDigit(value) || ScalarClass.isASCIIAlphanumeric(value)
                    || ScalarClass.isSpace(value) || value == 0x25 || value == 0x2E else { return false }
            index += length
        }
        return scalars > 0
    }

    /// A line ending in a digit over one opening with a digit (`12` / `320`, a table's cells a line
    /// each): no sentence runs on there; a page never cuts a number in two.
    static func splitsNumbers<Bytes: RandomAccessCollection>(_ bytes: Bytes, lineEnd end: Int, lineStart start: Int, nextStart: Int, nextEnd: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var last = end
        while last > start, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
        let first = trimmedStart(bytes, nextStart, notAfter: nextEnd)
        func digitEnds(at index: Int) -> Bool { bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        // Full-width digits (ＥＦ ＢＣ ９０–９９) too: P2's to fix, still a number.
        func fullWidthDigit(from index: Int, limit: Int) -> Bool {
            index + 3 <= limit && bytes[index] == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] >= 0x90 && bytes[index + 2] <= 0x99
        }
        guard last > start, first < nextEnd else { return false }
        let endsWithDigit = digitEnds(at: last - 1) || (last - 3 >= start && fullWidthDigit(from: last - 3, limit: last))
        let opensWithDigit = digitEnds(at: first) || fullWidthDigit(from: first, limit: nextEnd)
        return endsWithDigit && opensWithDigit
    }

    /// Units of time and of count a number is read with (their first scalar: 小 of 小时 is not
    /// here, being a word of its own): P5's second number, the words a number alone on its line
    /// runs on into (`有` / `3` / `项，…`).
    static let unitsAfterNumber: Set<UInt32> = Set("年月日号时点分秒周天季旬期届岁次个人名位家件项条场批篇份万亿千百元倍户所座台辆亩吨米里课轮组类种章节页度成%％".unicodeScalars.map(\.value))

    /// A line that is a number alone (`320`, `12.5%`, `1,010`): a table's cell typed a line each.
    static func isBareNumber<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let first = trimmedStart(bytes, start, notAfter: end)
        var digits = 0, index = first
        while index < end {
            switch bytes[index] {
            case 0x30...0x39: digits += 1
            case 0x2E, 0x2C, 0x25: guard digits > 0 else { return false }
            case 0x20, 0x09, 0x0D: break
            default: return false
            }
            index += 1
        }
        return digits > 0
    }

    /// Two or three Chinese characters (a middle dot allowed), nothing else: a name on its own line.
    static func isShortNameLine(_ text: String) -> Bool {
        var chinese = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x4E00, scalar.value <= 0x9FFF { chinese += 1; continue }
            guard scalar.value == 0xB7 || scalar.value == 0x30FB || scalar.value == 0x2022 else { return false }
        }
        return chinese >= 2 && chinese <= 3
    }

    /// Longest point heading, in scalars: `（一）健全工作机制，压实工作责任` is 16; an OCR line cut
    /// mid-sentence (sample 001) runs to about 28 and a paragraph much further.
    static let pointHeadingLength = 30

    /// A short line opening with a point number (一、 （一） 1. 1、 一是 …) with no sentence end and
    /// no clause mark at its end: a heading on its own line, never a paragraph cut short (the
    /// reader keeps it apart, A1 never joins it).
    static func isPointHeadingLine(_ text: String) -> Bool {
        guard text.utf8.count <= pointHeadingLength * 4, let first = text.unicodeScalars.first, NumberedOpening.canOpen(first.value) else { return false }
        let values = text.unicodeScalars.map(\.value)
        guard values.count <= pointHeadingLength, let number = NumberedOpening(values, from: 0, subPoints: true), number.end < values.count else { return false }
        switch values[values.count - 1] {
        case 0xFF0C, 0x3001, 0xFF1B, 0x2C, 0x3B: return false // ，、；,; : a clause goes on
        default: break
        }
        for index in number.end..<values.count {
            switch values[index] {
            case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: return false
            case 0x2E:
                let digits = index > 0 && ScalarClass.isDigit(values[index - 1]) && index + 1 < values.count && ScalarClass.isDigit(values[index + 1])
                if !digits { return false }
            default: continue
            }
        }
        return true
    }

    /// A `地区：标题` line short enough to be a title alone: at most 60 characters (`scalars`), no
    /// sentence end at its end (`[start, end)` trimmed, markup kept) but a title's ？ or ！.
    static func isShortHeadingLine(_ bytes: [UInt8], _ start: Int, _ end: Int, scalars: Int) -> Bool {
        scalars <= 60 && (!endsSentence(bytes, start, end) || isQuestionOrExclamationTitle(Array(bytes[start..<end])))
    }

    /// A `地区：标题` line that stands on its own line, the lead under it a paragraph of its own:
    /// short (`isShortHeadingLine`) and not an OCR line cut at the wrap width (`wrapWidth` 0: the
    /// text is not hard-wrapped; `SourceLines.wrapWidth`). Only hard-wrapped OCR runs a heading
    /// into its paragraph. The reader's heading line, and where the checker ends the heading block.
    static func headingStandsAlone(_ bytes: [UInt8], _ start: Int, _ end: Int, scalars: Int, wrapWidth: Int) -> Bool {
        isShortHeadingLine(bytes, start, end, scalars: scalars) && !SourceLines.isCutAtWrapWidth(scalars: scalars, wrapWidth: wrapWidth)
    }

    /// Longest line of a title printed over several lines, in characters.
    static let titleLineLength = 30

    /// A title printed over two or three short lines: `line` (`[start, end)` trimmed, `scalars`
    /// characters), right under the title's last line of `previousScalars` characters, goes on with
    /// the title. Both are short, the line holds words (two Chinese characters at least), and it is
    /// none of those the genre puts under a title: a sentence (half-width `.` too), a date, a
    /// byline or a web page's metadata, a numbered heading of any level (`一、` `二.` `（一）` `1.`
    /// `一是`), a 供稿 or footer line, a masthead line, another heading, a list item, a comment or
    /// a rule. The reader's title join, and where the checker ends a heading block (the lead under it).
    static func continuesTitle(_ bytes: [UInt8], previousScalars: Int, _ start: Int, _ end: Int, scalars: Int) -> Bool {
        guard previousScalars <= titleLineLength, scalars <= titleLineLength, start < end,
              !endsSentenceHalfWidthToo(bytes, start, end), !isByline(bytes, start, end) else { return false }
        let raw = Array(bytes[start..<end])
        // A lead's first line, not a title's: one that introduces what follows (`…做了以下工作：`),
        // or a clause inside it (`…围绕主题活动，聚焦…`, an OCR or PDF line of the lead). A
        // title broken over lines breaks between its phrases, and holds no clause mark before its
        // last words (audit 17: the lead's first line was joined to a complete title).
        if isLeadLine(raw) { return false }
        var chinese = 0
        for scalar in String(decoding: raw, as: UTF8.self).unicodeScalars where ScalarClass.isIdeograph(scalar.value) { chinese += 1 }
        // Past Markdown bold, as the line's words begin.
        var textStart = 0
        while textStart + 1 < raw.count, raw[textStart] == UInt8(ascii: "*"), raw[textStart + 1] == UInt8(ascii: "*") { textStart += 2 }
        let opening = String(decoding: raw[textStart...].prefix(24), as: UTF8.self).unicodeScalars.map(\.value)
        return chinese >= 2 && !raw.starts(with: Array("<!--".utf8))
            && pointNumeral(raw, textStart) == nil && pointNumber(raw, textStart) == nil
            && NumberedOpening(opening, from: 0, subPoints: true) == nil
            && contributorUnit(raw) == nil && footerLabel(raw) == nil && !isItemHeadLine(bytes, start, end) && !isDateLine(bytes, start, end)
            && trailingDateStart(raw) == nil && issueMark(raw) == nil && supplementMark(raw) == nil && album(raw) == nil
            && listMarker(bytes, from: start, to: end) == nil
            && regionPastBold(bytes, start, end) == nil && SourceLines.markdownHeading(bytes, start, end) == nil
            && !SourceLines.isRule(bytes, start, end)
    }

    /// A line that is a lead's, never a title's line: it ends in a colon (`…做了以下工作：`), or it
    /// holds a clause (a comma or semicolon with words after it) and reads as a lead's sentence —
    /// a body acting (`…人大常委会`, `…人大`) or a lead's opening (`今年以来，` `近年来，`). A title's
    /// line holds phrases (`建强阵地，激发代表履职新活力`, `站点有温度；履职有力度`), a subtitle
    /// opens with `——` (the eighteenth audit: both were cut from their titles).
    static func isLeadLine(_ line: [UInt8]) -> Bool {
        let text = String(decoding: line, as: UTF8.self).trimmingSpaces
        let scalars = text.unicodeScalars.map(\.value)
        guard let last = scalars.last, !text.hasPrefix("——") else { return false }
        if last == 0xFF1A || last == 0x3A { return true }
        // A PDF's line of a lead, long, that opens with the body acting (`南阳市人大常委会坚持…`)
        // and is cut after its clause (`…重要纽带，`: audit 19, it was joined to the title and
        // `--fix` wrote the join). Not a title's line naming the body with no clause cut
        // (`市人大常委会召开…` under `郑州市：`, `人大代表…`: audit 20).
        if scalars.count >= 16, [0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B].contains(last), opensWithBodyName(text) {
            return true
        }
        let clauseMarks: Set<UInt32> = [0xFF0C, 0x2C, 0xFF1B, 0x3B]
        guard let mark = scalars.firstIndex(where: clauseMarks.contains), scalars[(mark + 1)...].contains(where: ScalarClass.isIdeograph) else { return false }
        return text.contains("人大") || text.contains("常委会") || leadOpenings.contains { text.hasPrefix($0) }
    }

    /// `text` opens with a standing committee's name (`新乡县人大常委会…`: 人大常委会 after at most
    /// eight Chinese characters), as a lead's first sentence does.
    static func opensWithBodyName(_ text: String) -> Bool {
        guard let body = text.range(of: "人大常委会") else { return false }
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: body.lowerBound) <= 8
            && text[..<body.lowerBound].unicodeScalars.allSatisfy({ ScalarClass.isIdeograph($0.value) })
    }

    /// How a lead's first sentence commonly opens (`今年以来，…`).
    static let leadOpenings = ["今年以来", "近年来", "近日", "日前", "去年以来", "年初以来", "自开展", "为深入", "为进一步", "为切实"]

    /// A line as `titleContinuations` reads it: trimmed `[start, end)`, its characters, and
    /// whether it comes right under the line before (no blank line between).
    struct TitleLine {
        var start: Int
        var end: Int
        var scalars: Int
        var adjacent: Bool
    }

    /// How many of the lines under a title's first line (`lines[0]`; the three after it are
    /// enough) go on with the title: each right under the one before and going on with it
    /// (`continuesTitle`), three lines in all at most, and then a line that does not (a
    /// paragraph, a structural line, a blank line or the end). A run of short lines longer than a
    /// title is no title broken over lines (a list of names under a heading): 0 then. The one
    /// reading for the reader's title join and the checker's.
    static func titleContinuations(_ bytes: [UInt8], _ lines: [TitleLine]) -> Int {
        // Under a title line with its words (not `南阳市：` alone), a long line opening with the
        // committee's name is the lead's first, cut where the page's line ended (`新乡县人大常委会
        // 指导…活` / `动机制…`: the twenty-second audit, the title took the lead's first lines).
        // So under a title's second line too (`开封市：坚持“三个聚焦”推动` / `人大代表联络站…见实效` /
        // `开封市人大常委会坚持…`): the title ends over it.
        func opensLead(_ index: Int) -> Bool {
            guard lines[index].scalars >= 16, index >= 2 || !regionAwaitsTitle(Array(bytes[lines[0].start..<lines[0].end])) else { return false }
            return opensWithBodyName(String(decoding: bytes[lines[index].start..<min(lines[index].end, lines[index].start + 48)], as: UTF8.self))
        }
        guard lines.count >= 2, lines[0].start < lines[0].end, !opensLead(1) else { return 0 }
        var count = 0
        while count + 1 < lines.count, lines[count + 1].adjacent, !opensLead(count + 1),
              continuesTitle(bytes, previousScalars: lines[count].scalars, lines[count + 1].start, lines[count + 1].end, scalars: lines[count + 1].scalars) {
            count += 1
            if count == 3 { return 0 }
        }
        return count
    }

    /// A title broken over two lines in a text whose paragraphs stand a blank line apart (a PDF
    /// or Word's layout, no contents entry to tell): `next`, one blank line under the title's line
    /// `title`, goes on with it when the title line is long enough to have been wrapped (12
    /// characters), `next` goes on with a title (`continuesTitle`) and is short (16), and the line
    /// under it is a paragraph (longer than a title line). The fourteenth audit: the title's tail
    /// became the lead's first words, and A1's fix wrote it there. The reader's join and the checker's.
    /// Not a line that stands alone under a title (the fifteenth audit): a sub-heading of phrases
    /// (`坚持高位推动 强化统筹谋划`, `isPhrasedTitleLine`), an office, a 编者按 label; nor under a
    /// title already whole, its phrases parallel (`人大代表进网格 解决群众急难愁盼`).
    static func titleGoesOnOverBlankLine(_ bytes: [UInt8], title: TitleLine, next: TitleLine, then: TitleLine?) -> Bool {
        guard let then, title.scalars >= 12, next.scalars <= 16, then.scalars > titleLineLength,
              continuesTitle(bytes, previousScalars: title.scalars, next.start, next.end, scalars: next.scalars),
              !isPhrasedTitleLine(bytes, next.start, next.end) else { return false }
        let line = Array(bytes[next.start..<next.end])
        guard !namesAnOffice(line), editorsNote(line) == nil, regionPastBold(bytes, then.start, then.end) == nil else { return false }
        return !hasParallelPhrases(Array(bytes[title.start..<title.end]))
    }

    /// A title's headline (past its `地区：`) is two or more phrases of one length (±1 character, 4
    /// or more each) set apart by spaces: a title complete on its line.
    static func hasParallelPhrases(_ line: [UInt8]) -> Bool {
        let headlineStart = region(line)?.headlineStart ?? 0
        let phrases = String(decoding: line[headlineStart...], as: UTF8.self).unicodeScalars
            .split { $0.value == 0x20 || $0.value == 0x3000 || $0.value == 0x09 }.map(\.count)
        guard phrases.count >= 2, let shortest = phrases.min(), let longest = phrases.max() else { return false }
        return shortest >= 4 && longest - shortest <= 1
    }

    /// Where a title broken over short lines (`titleContinuations`) breaks between two phrases,
    /// the break stands for the genre's phrase space: `林州市：强化代表履职` / `助力乡村振兴` is
    /// `强化代表履职 助力乡村振兴`. With no contents entry to tell (`HeadingText.hasSpace`), the
    /// phrases are told by their lengths: the two on either side of the break parallel, of one
    /// length, 4 to 12 Chinese characters (`聚焦民生实事` / `彰显代表担当`, or `强化代表履职` /
    /// `助力乡村振兴 推动…`), the line before no longer than 16 characters and its quotes closed.
    /// A title wrapped for its length joins without (`进一步加强代表` / `联络站规范化建设`,
    /// `推动主题活动` / `走深走实`: the audit). The reader's join and A1's fix ask it.
    static func titleBreakIsPhraseSpace(_ line: [UInt8], _ next: [UInt8]) -> Bool {
        func phrases(_ bytes: [UInt8]) -> [[UInt32]] {
            var start = 0
            while start + 1 < bytes.count, bytes[start] == UInt8(ascii: "*"), bytes[start + 1] == UInt8(ascii: "*") { start += 2 }
            var end = bytes.count
            while end - 2 >= start, bytes[end - 1] == UInt8(ascii: "*"), bytes[end - 2] == UInt8(ascii: "*") { end -= 2 }
            let body = Array(bytes[start..<end])
            let headlineStart = region(body)?.headlineStart ?? 0
            let scalars = String(decoding: body[headlineStart...], as: UTF8.self).unicodeScalars.map(\.value)
            return scalars.split(whereSeparator: ScalarClass.isSpace).map(Array.init)
        }
        let before = phrases(line), after = phrases(next)
        guard let last = before.last, let first = after.first, let lastValue = last.last, let firstValue = first.first,
              ScalarClass.isIdeograph(lastValue) || lastValue == 0x201D, ScalarClass.isIdeograph(firstValue) || firstValue == 0x201C else { return false }
        let lastLength = last.filter(ScalarClass.isIdeograph).count, firstLength = first.filter(ScalarClass.isIdeograph).count
        guard (4...12).contains(lastLength), lastLength == firstLength else { return false }
        let lineLength = before.reduce(0) { $0 + $1.count }
        let opens = before.joined().filter { $0 == 0x201C }.count, closes = before.joined().filter { $0 == 0x201D }.count
        return lineLength <= 16 && opens == closes
    }

    /// `地区：` at the start of `[start, end)`, past a Markdown bold mark (`**南阳市：…**`).
    static func regionPastBold(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (regionEnd: Int, headlineStart: Int)? {
        var position = start
        while position + 1 < end, bytes[position] == UInt8(ascii: "*"), bytes[position + 1] == UInt8(ascii: "*") { position += 2 }
        return region(Array(bytes[position..<min(end, position + 64)]))
    }

    /// A line that names a publication (`工作简报`, `人大动态`): ends with a word a bulletin's name
    /// ends with. Under a 刊名 line naming its house (`郑州大学`), the rest of 刊名.
    static func namesAPublication(_ bytes: [UInt8]) -> Bool {
        let compact = HeadingText.compactUTF8(String(decoding: bytes, as: UTF8.self))
        return compact.count >= 6 && compact.count <= 48 && publicationWords.contains { compact.reversed().starts(with: $0.reversed()) }
    }

    /// A 刊名 line that names the house rather than a publication (`郑州大学`, `××集团`, `××县`):
    /// the publication's name may follow on the next line (`工作简报`); `代表工作` is a publication's
    /// own name, and `内部参阅` under it no part of it (the fifteenth audit).
    static func namesAHouse(_ bytes: [UInt8]) -> Bool {
        let compact = HeadingText.compactUTF8(String(decoding: bytes, as: UTF8.self))
        return namesAnOffice(compact) || houseWords.contains { compact.count > $0.count && compact.reversed().starts(with: $0.reversed()) }
    }

    static let houseWords = ["大学", "学院", "学校", "医院", "公司", "集团", "中心", "省", "市", "县", "区"].map { Array($0.utf8) }

    static let publicationWords = ["简报", "动态", "通讯", "快报", "专报", "信息", "周报", "月报", "要情", "参阅"].map { Array($0.utf8) }

    /// A title the contents list though it names no region, where an article is expected: its
    /// line is an entry or the start of one (`精心组织 精准交办` over its subtitle `——……综述`), or
    /// an office's `……委员会：精心组织交办` whose headline an entry has under another name of the
    /// unit. Short, no sentence. Both jobs start an article there (S5 judges its form); before,
    /// the article was read as no text and A1's fix ran it into the contents (the fourteenth audit).
    static func isListedTitle(_ line: [UInt8], contents: ContentsPrefixes) -> Bool {
        guard !contents.isEmpty, line.count >= 12, line.count <= 180, !endsSentenceHalfWidthToo(line, 0, line.count),
              footerLabel(line.prefix(footerLabelLength)) == nil, contributor(line) == nil, issuedLine(line) == nil,
              !scalars(line).contains(where: { [0x3002, 0xFF0C, 0xFF1B].contains($0.value) }) else { return false }   // 。，；
        let compact = HeadingText.compactUTF8(String(decoding: line, as: UTF8.self))
        guard compact.count >= 12 else { return false }
        if contents.haveEntry(startingWith: compact) { return true }
        return ContentsPrefixes.headline(of: compact).map(contents.haveEntry(withHeadline:)) == true
    }

    /// A title standing as a line of its own with no `地区：` (`opensLikeHeading`), and none of the
    /// lines a title is not: a labelled line (`责任编辑：…`, `报送：…`), a bracketed one
    /// (`（执笔：张三）`, `【工作动态】`), the 印发 line or the copies note.
    static func isTitleWithoutRegion(_ bytes: [UInt8]) -> Bool {
        guard opensLikeHeading(bytes), let first = bytes.first, issuedLine(bytes) == nil, !isCopiesNote(bytes) else { return false }
        if first == UInt8(ascii: "(") || first == UInt8(ascii: "[") { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("（") || text.hasPrefix("【") || text.hasPrefix("〔") { return false }
        return !text.contains("：") && !text.contains(":")
    }

    /// `林州市：强化代表履职 助力乡村振兴　　今年以来，……`: a `地区：标题` and its lead on one line,
    /// set apart by a gap (two U+3000 or more, a tab, or three spaces or more: a title centred in
    /// Word or a PDF, its paragraph run on; or one U+3000 or two spaces, the last such before the
    /// lead's first clause, typed by a clerk for the break). Where the gap starts and ends, when the title before
    /// it opens like one (`opensLikeHeading`, a headline of two characters or more) and prose
    /// follows (`opensWithProse`: a title's second phrase set apart so, `高位部署强担当　　凝心聚力
    /// 启新程`, is none). The reader cuts the heading there, the checker too (P4 asks for a
    /// paragraph break).
    static func titleBodyGap(_ bytes: [UInt8]) -> (start: Int, end: Int)? {
        guard let region = region(bytes) else { return nil }
        var index = region.headlineStart
        var characters = 0
        var narrowGap: (start: Int, end: Int)?
        var clauseSeen = false
        while index < bytes.count {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
            if value == 0x3000 || value == 0x09 || value == 0x20 {
                var end = index, ideographic = 0, ascii = 0, tabs = 0
                while end < bytes.count {
                    let (space, size) = UTF8Scalar.decodeOrReplace(bytes, at: end, end: bytes.count)
                    if space == 0x3000 { ideographic += 1 } else if space == 0x20 { ascii += 1 } else if space == 0x09 { tabs += 1 } else { break }
                    end += size
                }
                if ideographic >= 2 || tabs >= 1 || ascii >= 3 {
                    guard characters >= 2, end < bytes.count, opensLikeHeading(Array(bytes[..<index])),
                          isLead(Array(bytes[end...])) else { return nil }
                    return (index, end)
                }
                if (ideographic == 1 || ascii == 2), characters >= 2, !clauseSeen { narrowGap = (index, end) }
                index = end
                continue
            }
            if value == 0xFF0C || value == 0x2C || value == 0x3002 { clauseSeen = true }
            characters += 1
            if characters > 60 { break }
            index += length
        }
        // No wide gap: the last narrow one before the lead's first clause, when a title stands
        // before it and prose follows (a title's phrases set apart by one U+3000 come before it).
        guard let gap = narrowGap, gap.end < bytes.count, opensLikeHeading(Array(bytes[..<gap.start])),
              isLead(Array(bytes[gap.end...])) else { return nil }
        return gap
    }

    /// What follows a title's gap is its lead: a sentence of 20 characters or more, ended by
    /// 。！？ (or their half-width forms), a comma in it or not (the audit: `…深入开展主题活动。`).
    private static func isLead(_ bytes: [UInt8]) -> Bool {
        let list = scalars(bytes)
        return list.count >= 20 && endsWithStop(list)
    }

    /// The last of `list` is 。！？ or a half-width . ! ?: the text ends as a sentence does.
    private static func endsWithStop(_ list: [(value: UInt32, offset: Int)]) -> Bool {
        guard let last = list.last?.value else { return false }
        return [0x3002, 0x2E, 0xFF01, 0x21, 0xFF1F, 0x3F].contains(last)
    }

    /// A line that can open a single article as its title: short (at most 60 characters), at least
    /// four Chinese characters, no sentence end, no point number. What makes a text without masthead
    /// an article for the reader's survey and for the checker alike.
    static func opensLikeHeading(_ bytes: [UInt8]) -> Bool {
        hasTitleShape(bytes) && (!endsSentence(bytes, 0, bytes.count) || isQuestionOrExclamationTitle(bytes))
    }

    /// A title's shape whatever its last mark: at most 60 characters, four Chinese ones at least,
    /// no point number (`opensLikeHeading`; `titleStopAtEnd` asks it of a title typed with a stop).
    static func hasTitleShape(_ bytes: [UInt8]) -> Bool {
        var scalars = 0, chinese = 0
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count)
            scalars += 1
            if value >= 0x4E00, value <= 0x9FFF { chinese += 1 }
            if scalars > 60 { return false }
            index += length
        }
        return chinese >= 4 && pointNumeral(bytes) == nil
    }

    /// A `地区：标题` line typed with a full stop at its end (`驻马店市：建立“三项清单”推动代表建议
    /// 高质量办理。`): a title still, not a sentence — one sentence of at most 60 characters, no
    /// clause mark after the region's colon, the stop last. Where the stop stands (S5 reports it).
    static func titleStopAtEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count <= 240, let region = region(bytes), hasTitleShape(bytes),
              let mark = firstSentenceMark(bytes, from: region.headlineStart, halfWidthStops: true),
              // A ？ or ！ is a title's own (`isQuestionOrExclamationTitle`): only a full stop is stray.
              bytes[mark] == 0x2E || bytes[mark..<min(bytes.count, mark + 3)].elementsEqual([0xE3, 0x80, 0x82]),
              trimmedEnd(bytes, bytes.count) == mark + UTF8Scalar.decodeOrReplace(bytes, at: mark, end: bytes.count).length else { return nil }
        let clauseMarks: Set<UInt32> = [0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A]
        let headline = String(decoding: bytes[region.headlineStart..<mark], as: UTF8.self).unicodeScalars
        return headline.contains(where: { clauseMarks.contains($0.value) }) ? nil : mark
    }


    /// One short sentence with a stop last and no clause mark (`新县人大常委会召开代表主题活动推进会。`,
    /// at most 40 characters): typed first over a submission, its title with a stray stop.
    static func isTitleTypedWithStop(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= 40 * 4, let mark = firstSentenceMark(bytes, from: 0, halfWidthStops: true),
              bytes[mark..<min(bytes.count, mark + 3)].elementsEqual([0xE3, 0x80, 0x82]) || bytes[mark] == 0x2E,
              trimmedEnd(bytes, bytes.count) == mark + UTF8Scalar.decodeOrReplace(bytes, at: mark, end: bytes.count).length else { return false }
        let clauseMarks: Set<UInt32> = [0xFF0C, 0x2C, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x3001]
        return !String(decoding: bytes[..<mark], as: UTF8.self).unicodeScalars.contains { clauseMarks.contains($0.value) }
    }

    /// A paragraph between the 编者按 and the first article that is the note's next paragraph: a
    /// sentence (not left open; `省人大常委会指出：` leads into a quotation). In an issue without
    /// `地区：` headings the first title may stand there: one asking or exclaiming is no note's.
    static func isFurtherNoteParagraph(_ bytes: [UInt8], regionHeadings: Bool) -> Bool {
        !bytes.isEmpty && !endsOpen(bytes, 0, bytes.count) && (regionHeadings || !isQuestionOrExclamationTitle(bytes))
    }

    /// A title asking or exclaiming (`代表联络站如何更好发挥作用？`): its one mark a ？ or ！ at
    /// its end, as 工作动态 titles are often written. A title still, not a sentence.
    /// Typed half-width too (`…作用?`, as P1 reads it); at most 30 characters, no comma or
    /// enumeration mark inside (a note's question is longer and has clauses).
    static func isQuestionOrExclamationTitle(_ bytes: [UInt8]) -> Bool {
        var end = trimmedEnd(bytes, bytes.count)
        // Inside closing quotes too (`濮阳市：“代表在哪里？”`: the twenty-second audit's title).
        while end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 { end -= 3 }
        let markLength: Int
        if end >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x9F || bytes[end - 1] == 0x81 {
            markLength = 3
        } else if end >= 2, bytes[end - 1] == 0x3F || bytes[end - 1] == 0x21, bytes[end - 2] >= 0x80 {
            markLength = 1
        } else {
            return false
        }
        guard end <= 30 * 4 else { return false }
        let text = scalars(bytes, 0, end)
        let clauseMark = { (value: UInt32) in value == 0xFF0C || value == 0x3001 || value == 0xFF1B || value == 0x2C || value == 0x3B }   // ，、；,;
        guard text.count <= 30, !text.contains(where: { clauseMark($0.value) }) else { return false }
        return firstSentenceMark(bytes, from: 0, halfWidthStops: true).map { $0 >= end - markLength } ?? true
    }

    /// The first line of a text is a title as a web page prints it (`ItemHead`): no Markdown
    /// heading or list marker on the source line `[start, end)`, its text (`text`) opening like a
    /// heading, no byline. The reader's survey and the checker's blocks ask it alike.
    static func isPlainTitleLine(_ text: [UInt8], source bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        text.count <= 240 && SourceLines.markdownHeading(bytes, start, end) == nil && listMarker(bytes, from: start, to: end) == nil
            && opensLikeHeading(text) && !isByline(bytes, start, end)
    }

    /// "□本报记者 马飞", "记者 …", "通讯员 …": a reporter's byline, at most 30 characters, which
    /// makes a text a newspaper piece rather than a submission (for both jobs), unless it stands in
    /// the head of a single item (`ItemHead`).
    static func isByline(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        for marker in bylineMarkers where end - start >= marker.count && bytes[start..<(start + marker.count)].elementsEqual(marker) {
            // Names, no sentence: `通讯员 张华表示，……。` is the text's.
            return scalarCount(bytes, start, end) <= 30 && !hasClauseMark(bytes, start, end)
        }
        return false
    }

    /// A ，。；：！？ (or a half-width , ; !) in `[start, end)`.
    static func hasClauseMark(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x3B || byte == 0x21 { return true }
            if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, [0x8C, 0x9B, 0x9A, 0x81, 0x9F].contains(bytes[index + 2]) { return true }
            if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { return true }
            index += 1
        }
        return false
    }

    /// `发布时间：2026-04-12 来源：滑县人大`, `来源：… 作者：… 编辑：…`, `时间：…  浏览次数：…`: the line a
    /// web page prints under an item's title. It opens with a label of such a line and a colon, is at
    /// most 80 characters and ends no sentence. No text of the article; asked only of the lines right
    /// under a title (`ItemHead`), where a lead never opens so.
    static func isWebMetadataLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var begin = start
        while begin < end, bytes[begin] == 0x20 || bytes[begin] == 0x09 { begin += 1 }
        // A government site's `2026-05-07 来源：焦作人大`: the date (and a time) before the label.
        if begin < end, (0x30...0x39).contains(bytes[begin]), end - begin <= 320 {
            var label = begin
            for _ in 0..<2 {
                var token = label
                while token < end, bytes[token] != 0x20, bytes[token] != 0x09, !(bytes[token] == 0xE3 && token + 2 < end && bytes[token + 1] == 0x80 && bytes[token + 2] == 0x80) { token += 1 }
                let word = Array(bytes[label..<token])
                let isTime = !word.isEmpty && word.count <= 8 && word.contains(0x3A) && word.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x3A }
                guard label == begin ? (isNumericDate(word) || trailingDateStart(word) == 0) : isTime else { break }
                label = trimmedStart(bytes, token, notAfter: end)
            }
            if label > begin, label < end { begin = label }
        }
        // The label, its colon and a value after it.
        guard webMetadataLabels.contains(where: { label in
            guard end - begin > label.count, bytes[begin..<(begin + label.count)].elementsEqual(label) else { return false }
            return colonEnd(bytes, at: begin + label.count, end: end).map { end > $0 } ?? false
        }) else { return false }
        return end - begin <= 320 && scalarCount(bytes, begin, end) <= 80 && !endsSentence(bytes, begin, end)
    }

    /// A line a web page or an editor leaves under an item's end, no text of it: `责任编辑：…`, `（完）`
    /// (`isProductionLine`), `来源：…`/`发布时间：…` (`isWebMetadataLine`), web buttons
    /// (`isWebPageChrome`), a bracketed credit (`isCreditLine`). Under the 供稿 line or a closing
    /// byline both jobs pass over it (the fourteenth audit: `来源：` under a byline took the
    /// missing 供稿 line's finding, and the reader refused the item as a newspaper piece).
    static func isItemTrailerLine(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= 240 else { return false }
        return isProductionLine(bytes) || isWebMetadataLine(bytes, 0, bytes.count) || isCreditLine(bytes)
            || isWebPageChrome(String(decoding: bytes, as: UTF8.self))
    }

    static let webMetadataLabels = ["发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "来源", "信息来源", "文章来源", "稿件来源",
                                    "作者", "编辑", "责任编辑", "责编", "浏览次数", "浏览量", "点击数", "阅读数", "阅读量"].map { Array($0.utf8) }

    /// A line of a web item's head, what a web page or a newspaper prints between an item's title and
    /// its text: a web metadata line (`isWebMetadataLine`) or a reporter's byline (`isByline`).
    static func isItemHeadLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        isByline(bytes, start, end) || isWebMetadataLine(bytes, start, end)
    }

    /// A date alone on its line, in brackets or not (`2026年5月8日`, `（2026年5月8日）`, `2026-05-08`): under an
    /// item's title, its date, which a bulletin does not print (the thirteenth audit: glued into the
    /// title or the lead, and A1's fix wrote it so).
    static func isDateLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let start = trimmedStart(bytes, start, notAfter: end), end = trimmedEnd(bytes, end, notBefore: start)
        guard end - start >= 8, end - start <= 60 else { return false }
        let line = Array(insideBrackets(bytes[start..<end]))
        return trailingDateStart(line) == 0 || isNumericDate(line)
    }

    /// A date alone on a text's first line (`isDateLine`) is the submission's own, no masthead,
    /// when the line under it is a title (`opensLikeHeading`, or a `地区：标题`), the text has a
    /// 供稿 line and nothing else of an issue (no 第 N 期, album or 印发 line). Both jobs skip it.
    /// (A short line under the date is a masthead's 刊名, `代表工作（增刊）`, or its issuing body:
    /// a masthead then, the eighteenth audit.)
    static func isSubmissionsOwnDate(title: [UInt8], hasContributorLine: Bool, hasIssueEvidence: Bool) -> Bool {
        guard hasContributorLine, !hasIssueEvidence, title.count <= 240, issueMark(title) == nil, album(title) == nil, supplementMark(title) == nil else { return false }
        return region(title) != nil || (opensLikeHeading(title) && scalarCount(title, 0, title.count) >= 10 && !isIssuingBodyUnderDate(title))
    }

    /// At most this many head lines stand under an item's title.
    static let maximumItemHeadLines = 5

    /// The head of a single item re-posted from the web: right under a first line that is a plain
    /// title (no Markdown heading, no byline), up to `maximumItemHeadLines` head lines
    /// (`isItemHeadLine`). They are no text of the article (the reader drops and lists them, the
    /// checker skips them), and a byline there signs the item, so it makes no newspaper piece of the
    /// text (a byline anywhere else does). Fed the non-blank lines after the first, in order, by the
    /// reader's survey and document pass and by the checker, so both jobs agree.
    struct ItemHead {
        /// Whether every line taken so far stood in the head.
        private(set) var isOpen: Bool
        private var taken = 0

        /// A date alone (`isDateLine`) stands in the head under an item's title (a `地区：标题`, or
        /// 8 characters or more), not under a short 刊名 (`代表工作` / `2026年4月13日` is a masthead).
        private let datesToo: Bool

        init(firstLineIsPlainTitle: Bool, title: [UInt8] = []) {
            isOpen = firstLineIsPlainTitle
            datesToo = firstLineIsPlainTitle && (GenrePatterns.region(title) != nil || GenrePatterns.regionAwaitsTitle(title)
                || GenrePatterns.scalarCount(title, 0, title.count) >= 8)
        }

        /// Takes the next non-blank line: true when it stands in the head; the head closes at the
        /// first line that does not.
        mutating func take(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
            guard isOpen, taken < maximumItemHeadLines,
                  GenrePatterns.isItemHeadLine(bytes, start, end) || (datesToo && GenrePatterns.isDateLine(bytes, start, end)) else {
                isOpen = false
                return false
            }
            taken += 1
            return true
        }
    }

    /// A report's cover title over the article it was cut from: the text's first one to
    /// `maximumCoverTitleLines` lines, each short (at most 30 characters), ending no sentence, no
    /// `地区：`, point number, masthead line or item head line (`许昌市人大常委会` / `“人大代表在行动”主题活动`
    /// / `开展情况汇报`), right over the text's first `地区：标题` line (`许昌市:多措并举…`), which is the
    /// article's title. `lines` are the text's first non-blank lines (at most
    /// `maximumCoverTitleLines + 1`), trimmed; returns how many of them make the cover title (0: none).
    /// The reader (reading a single article) drops and lists them; the checker skips them.
    static func coverTitleLength(_ lines: [[UInt8]]) -> Int {
        for (position, line) in lines.enumerated() {
            if position > 0, region(line.prefix(maximumRegionLength * 4 + 4)) != nil {
                return isShortHeadingLine(line, 0, line.count, scalars: scalarCount(line, 0, line.count)) ? position : 0
            }
            guard position < maximumCoverTitleLines, line.count <= 120, scalarCount(line, 0, line.count) <= 30,
                  !endsSentenceHalfWidthToo(line, 0, line.count), region(line.prefix(maximumRegionLength * 4 + 4)) == nil,
                  pointNumeral(line) == nil, issueMark(line) == nil, trailingDateStart(line) == nil, supplementMark(line) == nil,
                  album(line) == nil, !isItemHeadLine(line, 0, line.count) else { return 0 }
        }
        return 0
    }

    static let maximumCoverTitleLines = 3

    /// A letter's signature under an article's 供稿 line, which a bulletin does not print: a date
    /// alone on its line (`2023年5月8日`, `2023.5.8`), or a unit (`滑县人大常委会`: at most 20 characters, no
    /// punctuation, ending like an office) with the date on the `next` line. Spaces around (a
    /// signature set to the right) are ignored. The reader drops and lists it; the checker skips it.
    static func isSignatureLine(_ line: [UInt8], next: [UInt8]?) -> Bool {
        let text = trimmedSpaces(line)
        if isSignatureDate(text) { return true }
        guard let next, isSignatureDate(trimmedSpaces(next)), scalarCount(text, 0, text.count) <= 20,
              endsWith(text.dropFirst(), anyOf: signatureUnitEndings) else { return false }   // something before the ending
        return !scalars(text).contains { !(ScalarClass.isChinese($0.value)) }
    }

    /// A submission's last lines (`lines`, trimmed, the last one or two non-blank lines of its
    /// text) that are a letter's signature with no 供稿 line over it: a unit over a date
    /// (`isSignatureLine`). How many of the lines it takes: 2, or 0 (a date alone is no
    /// signature). Both jobs pass over it; S8 asks for the unit as the 供稿 line.
    static func trailingSignatureLength(_ lines: [[UInt8]]) -> Int {
        guard let last = lines.last, isSignatureDate(trimmedSpaces(last)) else { return 0 }
        if lines.count >= 2, isSignatureLine(lines[lines.count - 2], next: last) { return 2 }
        return 0
    }

    /// `end` moved before a trailing 编 and the spaces before it (`党委办公室编`, the editor named on
    /// the masthead's line), or `end` itself when the text does not end in 编.
    static func endBeforeEditorMark(_ bytes: [UInt8], _ end: Int) -> Int {
        // 编 is E7 BC 96.
        guard end >= 3, bytes[end - 3] == 0xE7, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x96 else { return end }
        var bodyEnd = end - 3
        while bodyEnd > 0, bytes[bodyEnd - 1] == 0x20 { bodyEnd -= 1 }
        return bodyEnd
    }

    /// A masthead's issuing body on a line of its own under the date (`2026年6月4日` /
    /// `河南省人大常委会代表工作委员会`): at most 40 characters, ideographs only, ending as an
    /// office's name does (`bodyEndings`, or 编). A title naming a 常委会 (`省人大常委会召开座谈会`)
    /// ends otherwise. Over the date, the masthead takes any short line (`isMastheadLine`).
    static func isIssuingBodyUnderDate(_ text: [UInt8]) -> Bool {
        guard text.count <= 40 * 3, !text.isEmpty else { return false }
        let end = endBeforeEditorMark(text, trimmedEnd(text, text.count))
        guard end > 0, scalars(text, 0, end).allSatisfy({ ScalarClass.isIdeograph($0.value) || ScalarClass.isSpace($0.value) }) else { return false }
        return endsWith(text[..<end], anyOf: bodyEndings)
    }

    /// `text` ends with one of `endings` (UTF-8): how a unit's or an office's name is told.
    static func endsWith(_ text: ArraySlice<UInt8>, anyOf endings: [[UInt8]]) -> Bool {
        endings.contains { text.count >= $0.count && text.suffix($0.count).elementsEqual($0) }
    }

    static let weiYuanHui = Array("委员会".utf8), changWeiHui = Array("常委会".utf8)

    /// How an issuing body's name ends. Not 人大: a title ends so (`……建设模范人大`).
    static let bodyEndings = ["委员会", "常委会", "工委", "办公室", "办公厅", "秘书处", "研究室"].map { Array($0.utf8) }

    /// The one test of "this masthead line holds the issuing body" for the reader (a short first
    /// line that names none is the 刊名), `TextLayout`'s end of the masthead and S2: it ends as an
    /// office's name does (`bodyEndings`), past a date and 编 after it (`党委办公室编`,
    /// `……委员会 2026年4月13日`). A 刊名 holding such a word (`研究室工作动态`) names none; a line
    /// holding 委员会 or 常委会 anywhere names one (`河南省人大常委会选举` / `任免代表联络工作委员会`,
    /// an issuing body broken over two lines: seed 001).
    static func namesAnOffice(_ text: [UInt8]) -> Bool {
        if lastOccurrence(of: weiYuanHui, in: text, before: text.count) != nil || lastOccurrence(of: changWeiHui, in: text, before: text.count) != nil { return true }
        var end = trailingDateStart(text) ?? text.count
        end = trimmedEnd(text, endBeforeEditorMark(text, trimmedEnd(text, end)))
        return end > 0 && endsWith(text[..<end], anyOf: bodyEndings)
    }

    /// A masthead line that only says how the issue is to be handled (`内部资料`, `内部资料 注意保存`,
    /// `（内部资料　注意保存）`, `内部刊物`, `注意保存`), printed over or under 刊名: neither 刊名
    /// nor the issuing body. The reader drops and lists it, S2 and `TextLayout` pass over it. Before,
    /// the reader took it for 刊名 and the real 刊名 for the first part of the issuing body, or glued
    /// it to the issuing body. The whole line: one or more of `classificationMarks`, set apart by
    /// spaces, U+3000, a tab, 、，, or ·, in one pair of brackets or none.
    static func isClassificationMark(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= 120, bytes.count >= 12 else { return false }
        let trimmed = trimmedSpaces(bytes)
        // Most masthead lines hold no mark: bytes first, before any String work.
        guard classificationMarkBytes.contains(where: { lastOccurrence(of: $0, in: trimmed, before: trimmed.count) != nil }) else { return false }
        var text = Substring(string(trimmed, 0, trimmed.count))
        for (open, close) in [("（", "）"), ("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕")] where text.hasPrefix(open) && text.hasSuffix(close) {
            text = text.dropFirst().dropLast()
            break
        }
        var marks = 0
        while let first = text.unicodeScalars.first {
            if let mark = classificationMarks.first(where: { text.hasPrefix($0) }) {
                text = text.dropFirst(mark.count)
                marks += 1
            } else if ScalarClass.isSpace(first.value) || "、，,·".unicodeScalars.contains(first) {
                text = text.dropFirst()
            } else {
                return false
            }
        }
        return marks > 0
    }

    /// A handling mark set right on a masthead line after a field gap (`代表工作　　　　内部资料`:
    /// two spaces or more, a U+3000 or a tab, as the checker's `isFieldGap` reads it): where the
    /// gap starts, the line's field ending there; nil when the line ends in no such mark.
    static func trailingClassificationMark(_ bytes: [UInt8]) -> (fieldEnd: Int, markStart: Int)? {
        guard bytes.count <= 180, classificationMarkBytes.contains(where: { lastOccurrence(of: $0, in: bytes, before: bytes.count) != nil }) else { return nil }
        let list = scalars(bytes)
        var position = list.count - 1
        while position > 0 {
            defer { position -= 1 }
            let value = list[position].value
            guard value == 0x3000 || value == 0x09 || (value == 0x20 && list[position - 1].value == 0x20) else { continue }
            let markStart = position + 1 < list.count ? list[position + 1].offset : bytes.count
            var fieldEnd = position
            while fieldEnd > 0, ScalarClass.isSpace(list[fieldEnd - 1].value) { fieldEnd -= 1 }
            guard fieldEnd > 0, isClassificationMark(Array(bytes[markStart...])) else { return nil }
            return (list[fieldEnd].offset, markStart)
        }
        return nil
    }

    /// The handling marks of a masthead. Not `内部参考` nor `内部参阅`, which are also the names of
    /// publications (刊名).
    static let classificationMarks = ["内部资料", "内部刊物", "内部发行", "注意保存", "妥善保存", "注意保密", "请勿外传", "不得外传"]
    private static let classificationMarkBytes = classificationMarks.map { Array($0.utf8) }

    static func isSignatureDate(_ text: [UInt8]) -> Bool {
        text.count <= 40 && (trailingDateStart(text) == 0 || isNumericDate(text))
    }

    /// `2026.4.10`, `2026-04-10`, `2026/4/10` (also with a full-width ．／－): the signature's
    /// date as clerks type it. A year of four digits, then month and day of one or two, one
    /// separator throughout.
    static func isNumericDate(_ text: [UInt8]) -> Bool { numericDate(text) != nil }

    /// The same read into year, month and day as written (the calendar is the caller's to judge).
    static func numericDate(_ text: [UInt8]) -> (year: Int, month: Int, day: Int)? {
        let values = scalars(text).map(\.value)
        var index = 0
        func number(_ range: ClosedRange<Int>) -> Int? {
            let start = index
            while index < values.count, (0x30...0x39).contains(values[index]) { index += 1 }
            // The count first: a run of digits longer than any number is none (no overflow).
            guard range.contains(index - start) else { return nil }
            return values[start..<index].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let year = number(4...4), index < values.count, [0x2E, 0x2D, 0x2F, 0xFF0E, 0xFF0D, 0xFF0F].contains(values[index]) else { return nil }
        let separator = values[index]
        index += 1
        guard let month = number(1...2), index < values.count, values[index] == separator else { return nil }
        index += 1
        guard let day = number(1...2), index == values.count else { return nil }
        return (year, month, day)
    }

    static let signatureUnitEndings = ["常委会", "委员会", "工委", "人民政府", "政府", "办公室", "人大"].map { Array($0.utf8) }

    /// `bytes` without spaces, tabs and U+3000 at either end.
    static func trimmedSpaces(_ bytes: [UInt8]) -> [UInt8] {
        let end = trimmedEnd(bytes, bytes.count)
        return Array(bytes[trimmedStart(bytes, 0, notAfter: end)..<end])
    }

    static let bylineMarkers = ["□", "■", "本报记者", "记者 ", "通讯员"].map { Array($0.utf8) }

    /// The first bytes of the byline markers: a cheap first test for every block.
    static let bylineFirstBytes: [Bool] = (0..<256).map { byte in bylineMarkers.contains { $0.first == UInt8(byte) } }

    /// `编者按：近期，……` (also `编者按:`, `【编者按】`, `[编者按]`, `（编者按）` and a space after the
    /// label): the editor's note over an issue's articles. The offset where the note's text starts
    /// (past the label, its brackets or colon and spaces): the end when the label stands alone on
    /// its line (the note follows under it); nil when the bytes open with no such label. Markup `*`
    /// around the label is looked past.
    static func editorsNote<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8, Bytes.Index == Int {
        // Asked of many lines: switches over scalars, no allocation.
        var index = bytes.startIndex
        func skip(_ accepts: (UInt32) -> Bool) -> Bool {
            guard index < bytes.endIndex else { return false }
            let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.endIndex)
            guard accepts(value) else { return false }
            index += length
            return true
        }
        let star = { (value: UInt32) in value == 0x2A }
        let space = { (value: UInt32) in ScalarClass.isSpace(value) }
        while skip(star) || skip(space) {}
        let opened = skip { $0 == 0x3010 || $0 == 0x5B || $0 == 0xFF3B || $0 == 0xFF08 || $0 == 0x28 }   // 【 [ ［ （ (
        let label = editorsNoteLabelBytes
        guard bytes.endIndex - index >= label.count, bytes[index..<(index + label.count)].elementsEqual(label) else { return nil }
        index += label.count
        while skip(star) {}
        let closed = opened && skip { $0 == 0x3011 || $0 == 0x5D || $0 == 0xFF3D || $0 == 0xFF09 || $0 == 0x29 }   // 】 ] ］ ） )
        while skip(star) {}
        let colon = skip { $0 == 0xFF1A || $0 == 0x3A }
        guard closed || colon || skip(space) || index == bytes.endIndex else { return nil }
        while skip(star) || skip(space) {}
        return index
    }

    static let editorsNoteLabelBytes = Array(Bulletin.editorsNoteLabel.utf8)

    /// The 编者按 label with no text after it (`编者按：` on a line of its own, the note under it).
    static func isEditorsNoteLabelAlone(_ bytes: [UInt8]) -> Bool {
        bytes.count <= 40 && editorsNote(bytes) == bytes.count
    }

    /// The 编者按 paragraph ending in `[start, end)` goes on in the next line (`next`): in OCR text
    /// when the line reaches the wrap width; never into a `地区：` heading; into a title (a line
    /// `isTitleWithoutRegion` without a stop) neither under a label alone nor in text of one
    /// paragraph a line (`onePerLine`, where a note left open is a line, not a page cut); else when
    /// its label stands alone (`labelOnly`) or its sentence is left open (`endsOpen`). The one rule
    /// of both jobs for where the note ends.
    static func editorsNoteGoesOn(_ bytes: [UInt8], _ start: Int, _ end: Int, next: [UInt8], labelOnly: Bool, cutAtWrapWidth: Bool, onePerLine: Bool) -> Bool {
        let nextIsHeading = next.count <= 60 * 4 && region(next) != nil
        if nextIsHeading { return false }
        if cutAtWrapWidth { return true }
        let nextIsTitle = next.count <= 60 * 4 && isTitleWithoutRegion(next) && !endsSentenceHalfWidthToo(next, 0, next.count)
        if nextIsTitle, labelOnly || onePerLine { return false }
        return labelOnly || endsOpen(bytes, start, end)
    }

    /// After an article's 供稿 line, a paragraph that heads the next article: a title — at most 60
    /// characters, no stop at its end (not even a half-width one), `地区：` or not, numbered or not —
    /// that is no field line (`联系人：…`, `附件：…`, `注：…`: a label of at most four characters before
    /// a colon) and no footer line. A sentence there heads nothing: the reader lists it, the checker
    /// reads it as text of no article (S5 cannot judge what is no heading).
    static func headsNextArticle(_ bytes: [UInt8]) -> Bool {
        let trimmed = trimmedSpaces(bytes)
        guard !trimmed.isEmpty, trimmed.count <= 60 * 4, !endsSentenceHalfWidthToo(trimmed, 0, trimmed.count) || isQuestionOrExclamationTitle(trimmed),
              footerLabel(trimmed.prefix(footerLabelLength)) == nil, !isFooterIssueLine(trimmed), contributor(trimmed) == nil else { return false }
        if region(trimmed) != nil { return true }
        var scalars = 0, index = 0
        while index < trimmed.count, scalars <= 60 {
            let (value, length) = UTF8Scalar.decodeOrReplace(trimmed, at: index, end: trimmed.count)
            if (value == 0xFF1A || value == 0x3A), scalars <= 4 { return false }
            scalars += 1
            index += length
        }
        return scalars <= 60
    }

    /// A short `地区：标题` line inside an article (no 供稿 line before it) heads the next article:
    /// in an issue whose contents list it (or the start of it: a title broken over lines), or that
    /// has no contents. Not in a single submission, nor a line the contents do not list: a list of
    /// names by county (`宛城区：张三、李四`) is text of the article.
    static func regionLineHeadsArticle(_ heading: String, contents: ContentsPrefixes, singleArticle: Bool) -> Bool {
        guard !singleArticle else { return false }
        return contents.isEmpty || contents.haveEntry(startingWith: HeadingText.compactUTF8(heading))
    }

    /// After a 供稿 line, a line that heads no next article though it comes first: the 印发 line
    /// or its copies note (`党委办公室印发（共印60份）`), which belong to the footer.
    /// A labelled line (`主送：各县人大常委会，每月5日前报送工作进展。`) with a 供稿 line or a
    /// numbered point (`二、`) after it before any footer line: text of the article, not a footer
    /// field (no footer is followed by either). Both jobs ask it of the lines (blocks) that follow
    /// the labelled one; at most `labelLookahead` are read.
    static func labelledLineIsText<Following: Sequence>(following: Following) -> Bool where Following.Element == [UInt8] {
        for next in following.prefix(labelLookahead) {
            if contributorUnit(next) != nil || pointNumber(next)?.markIsRight == true { return true }
            if footerLabel(next.prefix(footerLabelLength)) != nil || isFooterIssueLine(next) { return false }
        }
        return false
    }

    static let labelLookahead = 400

    /// How much of a following line `labelledLineIsText` needs: a short line whole (a 供稿 line, a
    /// footer line), of a paragraph only its opening (a point's number). The look-ahead then copies
    /// no paragraph whole.
    static func lookaheadLength(_ count: Int) -> Int { count > 240 ? 24 : count }

    static func isFooterIssueLine(_ bytes: [UInt8]) -> Bool {
        bytes.count <= 240 && ((issuedLine(bytes)?.issuerEnd ?? 0) > 0 || isCopiesNote(bytes))
    }

    /// "（图文：王伟 审核：李明）", "(摄影:张丽)": a bracketed credit line of a web or newspaper item,
    /// which a bulletin does not print. Dropped by the reader (listed), skipped by the checker.
    static func isCreditLine(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 8, bytes.count <= 180 else { return false }
        let openLength: Int
        if bytes[0] == UInt8(ascii: "(") { openLength = 1 } else if bytes[0] == 0xEF, bytes[1] == 0xBC, bytes[2] == 0x88 { openLength = 3 } else { return false }
        guard bytes[bytes.count - 1] == UInt8(ascii: ")") || bytes.suffix(3).elementsEqual([0xEF, 0xBC, 0x89]) else { return false }
        return creditLabels.contains { label in
            guard bytes.count > openLength + label.count, bytes[openLength..<(openLength + label.count)].elementsEqual(label) else { return false }
            let next = bytes[openLength + label.count]
            return next == UInt8(ascii: ":") || next == 0xEF   // ：
        }
    }

    /// `责任编辑：张三`, `校对：李四`, `（完）`, `图为…` (a caption): a line of an item's making, not
    /// of its text, as newsletters and web re-posts print it under the article's 供稿 line. After a
    /// 供稿 line, dropped (listed) by the reader and skipped by the checker, as credit lines are:
    /// no next article's heading.
    static func isProductionLine(_ bytes: [UInt8]) -> Bool {
        let trimmed = trimmedSpaces(bytes)
        guard trimmed.count >= 3, trimmed.count <= 240 else { return false }
        // Bytes, not Characters: asked of lines under every 供稿 line and by the checker's roles.
        if trimmed.starts(with: tuWei) { return true }
        // `【责任编辑：刘洋】`, `（责任编辑：…）`: the label in brackets too.
        let labelled = insideBrackets(trimmed[...])
        for label in productionLabelBytes where labelled.starts(with: label) {
            if colonEnd(labelled, at: labelled.startIndex + label.count) != nil { return true }
        }
        let text = String(decoding: trimmed, as: UTF8.self)
        return endMarks.contains(text) || isWebPageChrome(text)
    }

    private static let tuWei = Array("图为".utf8)

    /// A photo's caption on a line of its own inside the text (`图为代表在联络站接待群众。`,
    /// `（图为……）`): no text of the article, which prints no photo (the seventeenth audit: kept
    /// as a paragraph of the lead). At most 60 characters.
    static func isCaptionLine(_ bytes: [UInt8]) -> Bool {
        let trimmed = trimmedSpaces(bytes)
        guard trimmed.count >= 9, trimmed.count <= 180 else { return false }
        return insideBrackets(trimmed[...]).starts(with: tuWei) && scalarCount(trimmed, 0, trimmed.count) <= 60
    }
    private static let bracketPairBytes = [("【", "】"), ("（", "）"), ("(", ")"), ("[", "]")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `text` without one pair of brackets around it all (`【…】` `（…）` `(…)` `[…]`), else as it is.
    private static func insideBrackets(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        for (open, close) in bracketPairBytes where text.count > open.count + close.count && text.starts(with: open) && text.reversed().starts(with: close.reversed()) {
            return text.dropFirst(open.count).dropLast(close.count)
        }
        return text
    }
    /// A label's colon at `index` (`：` or `:`, before `end`): the offset after it, else nil. The one
    /// reading of `标签：` for web metadata, production lines, credits and the labelled 印发 line.
    static func colonEnd<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int, end: Int? = nil) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let end = end ?? bytes.endIndex
        guard index < end else { return nil }
        if bytes[index] == 0x3A { return index + 1 }
        return index + 3 <= end && bytes[index] == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x9A ? index + 3 : nil
    }
    private static let productionLabelBytes = productionLabels.map { Array($0.utf8) }

    /// A web page's buttons copied with its article: `【打印本页】【关闭窗口】`, `[打印] [关闭]`,
    /// `【字体：大 中 小】`, `扫一扫在手机打开当前页`, `打印本页 关闭窗口` (the audit: S5 and S8 told
    /// the clerk to give a print button a 供稿 line).
    static func isWebPageChrome(_ text: String) -> Bool {
        // Bytes and scalars, not Characters: asked of every short line. Its first character first.
        guard let first = text.unicodeScalars.first?.value, webPageChromeOpenings.contains(first) else { return false }
        if text.utf8.starts(with: "扫一扫".utf8) || text.utf8.starts(with: "扫描二维码".utf8) { return text.unicodeScalars.count <= 30 }
        var rest = Substring(text).unicodeScalars
        var buttons = 0
        while let open = rest.first?.value, open == 0x3010 || open == 0x5B {   // 【 [
            let close: UInt32 = open == 0x3010 ? 0x3011 : 0x5D
            guard let end = rest.firstIndex(where: { $0.value == close }) else { return false }
            let label = String(String.UnicodeScalarView(rest[rest.index(after: rest.startIndex)..<end]))
            guard webPageButtons.contains(label) || label.utf8.starts(with: "字体".utf8) || label.utf8.starts(with: "字号".utf8) else { return false }
            buttons += 1
            rest = rest[rest.index(after: end)...]
            while let first = rest.first?.value, first == 0x20 || first == 0x3000 { rest = rest.dropFirst() }
        }
        // `【打印本页】【关闭窗口】扫一扫在手机打开当前页`: buttons and the QR line on one.
        if buttons > 0 { return rest.isEmpty || String(String.UnicodeScalarView(rest)).utf8.starts(with: "扫一扫".utf8) }
        // Unbracketed, a space between (`打印本页 关闭窗口`, the fourteenth audit): every word a
        // button, two of them or one of four characters (a lone `返回` may be a word of text).
        guard text.utf8.count <= 90 else { return false }
        let words = text.unicodeScalars.split { $0.value == 0x20 || $0.value == 0x3000 || $0.value == 0x09 }.map { String(String.UnicodeScalarView($0)) }
        guard let first = words.first, words.count >= 2 || first.unicodeScalars.count == 4 else { return false }
        return words.allSatisfy(webPageButtons.contains)
    }

    /// The characters a line of web page chrome opens with: a bracket, 扫, or a button's first.
    static let webPageChromeOpenings: Set<UInt32> = Set(([0x3010, 0x5B] as [UInt32]) + ["扫一扫"].compactMap { $0.unicodeScalars.first?.value }
        + webPageButtons.compactMap { $0.unicodeScalars.first?.value })

    static let webPageButtons: Set<String> = ["打印本页", "打印", "关闭窗口", "关闭", "收藏", "加入收藏", "返回顶部", "返回", "分享", "我要纠错", "打印文章", "关闭本页"]

    static let endMarks: Set<String> = ["（完）", "(完)", "【完】", "[完]", "（全文完）", "(全文完)", "—完—", "-完-"]
    static let productionLabels = ["责任编辑", "责编", "编辑", "校对", "审核", "审稿", "核稿", "初审", "复审", "终审", "签发", "撰稿", "执笔", "摄影", "供图"]

    static let creditLabels = ["图文", "文字", "文", "图", "摄影", "审核", "编辑", "责任编辑", "责编", "来源", "作者", "记者", "通讯员", "供图", "执笔", "撰稿", "校对"].map { Array($0.utf8) }

    /// "（…供稿）" or "(…供稿)": the unit's offsets (bytes indexed from 0). Only the ends are looked at, as the
    /// checker asks this of every line.
    static func contributor<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> (unitStart: Int, unitEnd: Int, fullWidth: Bool)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let count = bytes.count
        guard count >= 8, let first = bytes.first else { return nil }
        let openLength: Int
        if first == UInt8(ascii: "(") {
            openLength = 1
        } else if first == 0xEF, bytes[1] == 0xBC, bytes[2] == 0x88 {   // （
            openLength = 3
        } else {
            return nil
        }
        let closeLength: Int
        if bytes[count - 1] == UInt8(ascii: ")") {
            closeLength = 1
        } else if bytes[count - 1] == 0x89, bytes[count - 2] == 0xBC, bytes[count - 3] == 0xEF {   // ）
            closeLength = 3
        } else {
            return nil
        }
        // `（唐河县人大常委会供稿　执笔：张明）`: a writer's credit after 供稿 is no part of the unit.
        var closeStart = contributorCreditStart(bytes, closeStart: count - closeLength) ?? count - closeLength
        // `（ 林州市人大常委会代表工委 王五 供稿 ）`: padding inside the brackets (P4 deletes it; the
        // twenty-first audit: S8 called the line missing).
        closeStart = trimmedEnd(bytes, closeStart, notBefore: openLength)
        var unitEnd = closeStart - gongGao.count
        guard unitEnd > openLength, bytes[unitEnd..<closeStart].elementsEqual(gongGao) else { return nil }
        let (unitStart, trimmedEnd) = unitBounds(bytes, openLength, unitEnd)
        unitEnd = trimmedEnd
        guard unitStart < unitEnd else { return nil }
        return (unitStart, unitEnd, openLength == 3 && closeLength == 3)
    }

    static let gongGao = Array("供稿".utf8)

    /// A 供稿 line, bracketed (`contributor`) or in another form (`contributorInOtherForm`, which
    /// S8 reports): the reader's and the checker's test of a line.
    static func isContributorLine(_ text: String) -> Bool {
        if text.utf8.withContiguousStorageIfAvailable({ contributor($0) != nil }) ?? (contributor(Array(text.utf8)) != nil) { return true }
        return isContributorLineInOtherForm(text)
    }

    static func isContributorLineInOtherForm(_ text: String) -> Bool {
        // Cheap first: 供稿 at either end.
        guard text.utf8.count <= 168, text.utf8.withContiguousStorageIfAvailable({ mayBeContributorInOtherForm($0) })
                ?? mayBeContributorInOtherForm(Array(text.utf8)) else { return false }
        return contributorInOtherForm(Array(text.utf8)) != nil
    }

    /// The labels of a writer's credit inside a 供稿 line's brackets, after 供稿.
    static let contributorCreditLabels = ["执笔人", "执笔", "撰稿人", "撰稿", "撰写", "作者", "通讯员", "审核", "审稿", "校对", "责任编辑", "编辑", "摄影"].map { Array($0.utf8) }

    /// In a bracketed 供稿 line closing at `closeStart`, a writer's credit after 供稿 (`供稿　执笔：张明`,
    /// `供稿 通讯员 王五`): where 供稿 ends (the credit, spaces before it included, runs to the
    /// bracket). Nil without one. Both jobs read the unit before it; the reader lists the credit.
    static func contributorCreditStart<Bytes: RandomAccessCollection>(_ bytes: Bytes, closeStart: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard closeStart <= 240, closeStart > gongGao.count else { return nil }
        var search = closeStart - gongGao.count
        while search > 0 {
            if bytes[search..<(search + gongGao.count)].elementsEqual(gongGao) { break }
            search -= 1
        }
        guard search > 0 else { return nil }
        let afterGongGao = search + gongGao.count
        let labelStart = trimmedStart(bytes, afterGongGao, notAfter: closeStart)
        guard labelStart > afterGongGao, let label = contributorCreditLabels.first(where: { label in
            labelStart + label.count < closeStart && bytes[labelStart..<(labelStart + label.count)].elementsEqual(label)
        }) else { return nil }
        // The label, then a colon or a space, then a name.
        let afterLabel = labelStart + label.count
        guard colonEnd(bytes, at: afterLabel, end: closeStart) != nil || trimmedStart(bytes, afterLabel, notAfter: closeStart) > afterLabel, closeStart - afterLabel <= 60 else { return nil }
        return afterGongGao
    }

    /// The unit of a 供稿 line between `start` and `end`, less what a slip leaves at its ends.
    /// `（(南阳市…供稿）`: a doubled opening bracket is a slip the checker reports (P3); the unit
    /// is what follows it, so notes never carry a bracket into 供稿. Likewise stray brackets at
    /// either end (`（）供稿）`, `（南阳市…）供稿）`), a doubled 供稿 (`（…供稿供稿）`) and spaces
    /// (`（林州市人大常委会 王五 供稿）`), found by fuzzing: `（` `）` and 供稿 are printed around the
    /// unit, so they never belong to it.
    static func unitBounds<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> (start: Int, end: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        func isBracket(_ at: Int) -> Int? {
            if bytes[at] == UInt8(ascii: "(") || bytes[at] == UInt8(ascii: ")") || bytes[at] == 0x20 || bytes[at] == 0x09 { return 1 }
            if at + 3 <= end, bytes[at] == 0xEF, bytes[at + 1] == 0xBC, (bytes[at + 2] == 0x88 || bytes[at + 2] == 0x89) { return 3 }
            // `（……代表工委　供稿）`: a U+3000 before 供稿 is no part of the unit.
            if at + 3 <= end, bytes[at] == 0xE3, bytes[at + 1] == 0x80, bytes[at + 2] == 0x80 { return 3 }
            return nil
        }
        var unitStart = start, unitEnd = end
        while unitStart < unitEnd, let length = isBracket(unitStart), unitStart + length <= unitEnd { unitStart += length }
        while unitEnd > unitStart {
            if let length = isBracket(unitEnd - 1), length == 1 { unitEnd -= 1; continue }
            if unitEnd - 3 >= unitStart, isBracket(unitEnd - 3) == 3 { unitEnd -= 3; continue }
            if unitEnd - gongGao.count >= unitStart, bytes[(unitEnd - gongGao.count)..<unitEnd].elementsEqual(gongGao) { unitEnd -= gongGao.count; continue }
            break
        }
        return (unitStart, unitEnd)
    }

    /// `供稿：林州市人大常委会`, `供稿单位：…`, `林州市人大常委会供稿` or `（供稿：林州市人大常委会）`: a
    /// 供稿 line not in the genre's form `（…供稿）` (S8 says how to write it), the unit at most 36
    /// characters, without punctuation, and ending like an office. The unit's offsets.
    static func contributorInOtherForm(_ bytes: [UInt8]) -> (unitStart: Int, unitEnd: Int)? {
        var start = 0
        var end = trimmedEnd(bytes, bytes.count)
        // `（供稿：…）`: the label inside the brackets.
        if let open = bracketLength(bytes, at: 0, opening: true), end > open, bytes[open...].starts(with: gongGao),
           let close = bracketLength(bytes, endingAt: end) {
            start = open
            end -= close
        }
        guard end - start > gongGao.count, end - start <= 160 else { return nil }
        var unitStart = start, unitEnd = end
        if bytes[start...].starts(with: gongGao) {
            unitStart = start + gongGao.count
            if bytes[unitStart...].starts(with: danWei) { unitStart += danWei.count }
            if unitStart < end, bytes[unitStart] == UInt8(ascii: ":") {
                unitStart += 1
            } else if unitStart + 3 <= end, bytes[unitStart..<(unitStart + 3)].elementsEqual([0xEF, 0xBC, 0x9A]) {
                unitStart += 3
            } else {
                return nil
            }
        } else if start == 0, bytes[(end - gongGao.count)..<end].elementsEqual(gongGao) {
            unitEnd = end - gongGao.count
        } else {
            return nil
        }
        while unitStart < unitEnd, bytes[unitStart] == 0x20 { unitStart += 1 }
        while unitEnd > unitStart, bytes[unitEnd - 1] == 0x20 { unitEnd -= 1 }
        let unit = scalars(bytes, unitStart, unitEnd)
        guard unit.count <= 36, unit.filter({ ScalarClass.isChinese($0.value) }).count >= 4,
              unit.allSatisfy({ ScalarClass.isChinese($0.value) || $0.value == 0x20 }),
              let last = unit.last, unitEndings.contains(last.value) else { return nil }
        return (unitStart, unitEnd)
    }

    /// The cheap first test for `contributorInOtherForm`, on a line's bytes: 供稿 at its start
    /// (past an opening bracket) or at its end (before spaces).
    static func mayBeContributorInOtherForm<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count >= gongGao.count else { return false }
        var start = bytes.startIndex
        if bytes[start] == UInt8(ascii: "(") { start += 1 } else if bytes.count > 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBC, bytes[start + 2] == 0x88 { start += 3 }
        if bytes[start...].starts(with: gongGao) { return true }
        var end = bytes.endIndex
        while end > bytes.startIndex + gongGao.count, bytes[end - 1] == 0x20 { end -= 1 }
        return bytes[(end - gongGao.count)..<end].elementsEqual(gongGao)
    }

    /// Two lines, the second right under the first, that are one 供稿 line wrapped (`（许昌市人大常委会代表`
    /// / `工委供稿）`): both short (`maximumWrappedContributorBytes`), the second ending a 供稿
    /// line or the first opening `（供稿：`, and the two together a 供稿 line in any form while the
    /// first alone is none. The reader reads them as one 供稿 line; so does the checker in Word's
    /// layout, where every line is a paragraph of its own. Pre-checks first: every body line is asked.
    static func wrapsContributor<First: RandomAccessCollection, Second: RandomAccessCollection>(_ first: First, _ second: Second) -> Bool
    where First.Element == UInt8, First.Index == Int, Second.Element == UInt8, Second.Index == Int {
        guard first.count <= maximumWrappedContributorBytes, second.count <= maximumWrappedContributorBytes, !first.isEmpty, !second.isEmpty,
              mayEndContributor(second) || mayBeContributorInOtherForm(first) || cutsGongGao(first, second) else { return false }
        let firstBytes = Array(first), secondBytes = Array(second)
        // `供稿：新乡市人大常委会` / `代表工委`: the first a 供稿 line alone, its unit going on in a
        // short name's end under it (at most eight characters ending as an office's name, so
        // the next article's title is never taken in).
        if contributorUnit(firstBytes) != nil {
            let tail = trimmedSpaces(secondBytes)
            let tailScalars = scalars(tail, 0, tail.count)
            guard mayBeContributorInOtherForm(first), tailScalars.count <= 8, tailScalars.allSatisfy({ ScalarClass.isIdeograph($0.value) }),
                  endsWith(tail[...], anyOf: subUnitEndings) else { return false }
            return contributorInOtherForm(firstBytes + tail) != nil
        }
        // The second line a 供稿 line alone (`代表工委供稿`): the first joins it only as the start of
        // the unit's name, ending as an office's does (`焦作市人大常委会`), not as a sentence or a
        // caption (`下一步将持续深化主题活动`, `图为代表在联络站接待群众`).
        if contributorUnit(secondBytes) != nil {
            let trimmed = trimmedSpaces(firstBytes)
            guard let last = scalars(trimmed, 0, trimmed.count).last, unitEndings.contains(last.value) else { return false }
        }
        let joined = firstBytes + secondBytes
        // The unit a name: Chinese characters only, so a paragraph over a 供稿 line never joins it.
        guard let unit = contributorUnit(joined) else { return false }
        let name = scalars(joined, unit.unitStart, unit.unitEnd)
        return name.count <= 36 && name.allSatisfy { ScalarClass.isChinese($0.value) || $0.value == 0x20 }
    }

    /// How the office under a 常委会 ends (`代表工委`, `办公室`): the end of a 供稿 unit wrapped under
    /// its label's line. Not 常委会 or 委员会 alone: the next article's title may end so (`走进县人大常委会`).
    static let subUnitEndings = ["工委", "办公室", "研究室", "秘书处", "工作委员会"].map { Array($0.utf8) }

    /// 40 Chinese characters: a line of a 供稿 line wrapped is never longer.
    static let maximumWrappedContributorBytes = 120

    /// `…委员会供` / `稿）`: an OCR line cut inside 供稿 itself (the seventeenth audit).
    private static func cutsGongGao<First: RandomAccessCollection, Second: RandomAccessCollection>(_ first: First, _ second: Second) -> Bool
    where First.Element == UInt8, First.Index == Int, Second.Element == UInt8, Second.Index == Int {
        let gong = gongGao[0..<3], gao = gongGao[3..<6]
        let trimmed = trimmedEnd(first, first.endIndex, notBefore: first.startIndex)
        guard trimmed - first.startIndex >= 3, first[(trimmed - 3)..<trimmed].elementsEqual(gong),
              second.count >= 3, second.prefix(3).elementsEqual(gao) else { return false }
        return mayEndContributor(second.prefix(second.count))
            || second.count == 3 || (second.count <= 6 && mayEndContributor(Array(gongGao) + Array(second.dropFirst(3))))
    }

    /// The cheap first test for the end of a 供稿 line: 供稿 at the end, before a closing bracket or not.
    static func mayEndContributor<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var end = bytes.endIndex
        if end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: ")") { end -= 1 } else if end - 3 >= bytes.startIndex, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x89 { end -= 3 }
        return end - gongGao.count >= bytes.startIndex && bytes[(end - gongGao.count)..<end].elementsEqual(gongGao)
    }

    /// The length of a bracket `(` `（` (opening) or `)` `）` at `at`, nil when there is none.
    private static func bracketLength(_ bytes: [UInt8], at index: Int, opening: Bool) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: opening ? "(" : ")") { return 1 }
        if index + 3 <= bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == (opening ? 0x88 : 0x89) { return 3 }
        return nil
    }

    /// The length of a closing bracket ending at `end`, nil when there is none.
    private static func bracketLength(_ bytes: [UInt8], endingAt end: Int) -> Int? {
        if end >= 1, bytes[end - 1] == UInt8(ascii: ")") { return 1 }
        if end >= 3, bracketLength(bytes, at: end - 3, opening: false) == 3 { return 3 }
        return nil
    }

    /// How the name of an office ends (委 会 室 办 局 厅 处 部 府 院 组 站 所 心 大): `请各地按时供稿` names no unit.
    static let unitEndings = ScalarSet("委会室办局厅处部府院组站所心大")

    static let danWei = Array("单位".utf8)

    /// The unit of a 供稿 line with or without its brackets (`contributor`, `contributorInOtherForm`).
    static func contributorUnit(_ bytes: [UInt8]) -> (unitStart: Int, unitEnd: Int)? {
        if let match = contributor(bytes) { return (match.unitStart, match.unitEnd) }
        return contributorInOtherForm(bytes)
    }

    /// A footer label (`DistributionFooter.sendLabels`, `copyLabels`: "送：" "发：" "抄送：" "分送："
    /// "报："…) at the start: the label's end and which field.
    /// A label spaced out as some offices type it (`报　送：`, `抄 送：`, `送　：`) is the label too:
    /// spaces (ASCII or U+3000) between its characters and before its colon are passed over (P4
    /// reports them). Callers pass at most `footerLabelLength` bytes.
    static func footerLabel<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> (labelEnd: Int, isSend: Bool)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        func skipSpaces(_ position: inout Int) {
            while position < bytes.count, bytes[position] == 0x20 || (position + 2 < bytes.count && bytes[position] == 0xE3
                && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x80) {
                position += bytes[position] == 0x20 ? 1 : 3
            }
        }
        for (label, isSend) in footerLabels {
            guard bytes.count > label.count, bytes[0] == label[0] else { continue }
            // The label's characters (three bytes each), spaces allowed between them.
            var position = 0
            var matched = true
            for character in stride(from: 0, to: label.count, by: 3) {
                if character > 0 { skipSpaces(&position) }
                guard position + 3 <= bytes.count, bytes[position] == label[character], bytes[position + 1] == label[character + 1],
                      bytes[position + 2] == label[character + 2] else { matched = false; break }
                position += 3
            }
            guard matched else { continue }
            skipSpaces(&position)
            guard position < bytes.count else { continue }
            if bytes[position] == UInt8(ascii: ":") { return (position + 1, isSend) }
            if bytes.count >= position + 3, bytes[position] == 0xEF, bytes[position + 1] == 0xBC, bytes[position + 2] == 0x9A {
                return (position + 3, isSend)
            }
        }
        return nil
    }

    /// The bytes a label may take at a line's start, spaced out (`报　送　：`): what callers read.
    static let footerLabelLength = 24

    /// 送 heads the send field; under a 报 field it is the units' field (`isSendField`).
    static let footerLabels: [([UInt8], Bool)] = DistributionFooter.sendLabels.map { (Array($0.utf8), true) }
        + DistributionFooter.copyLabels.filter { !DistributionFooter.sendLabels.contains($0) }.map { (Array($0.utf8), false) }

    /// The first bytes of the labels: a cheap first test for every line.
    static let footerLabelFirstBytes: [Bool] = (0..<256).map { byte in footerLabels.contains { $0.0.first == UInt8(byte) } }

    /// `报：` `报送：` (to the leadership) heads the footer; a `送：` after it names the units, as `发：` does.
    static func isReportLabel<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        bytes.starts(with: bao)
    }

    /// `分送：` names every recipient in one field: no `发：` line is wanted after it.
    /// Spaced out too (`分　送：`), as `footerLabel` reads it.
    static func isWholeDistributionLabel<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        guard let label = footerLabel(bytes.prefix(footerLabelLength)) else { return false }
        return labelName(String(decoding: bytes.prefix(label.labelEnd), as: UTF8.self)) == "分送"
    }

    /// Whether a labelled field is the send field (`footerLabel`), given whether a `报：` field came before.
    static func isSendField(_ label: (labelEnd: Int, isSend: Bool), reportSeen: Bool) -> Bool {
        label.isSend && !reportSeen
    }

    /// `分送：` → `分送`: a footer label without its colon.
    static func labelName(_ label: String) -> String {
        var name = label
        while let last = name.last, last == ":" || last == "：" || last == " " { name.removeLast() }
        // `报　送` is 报送: the spaces of a spaced-out label are not part of its name.
        return name.filter { $0 != " " && $0 != "\u{3000}" }
    }

    static let bao = Array("报".utf8)

    /// The parts of a 印发 line: "…印发", "… 2026年4月13日印发" (GB/T 9704-2012 §7.4.3), either
    /// possibly followed by "共印60份".
    struct IssuedLineMatch {
        /// End of the issuing unit (before the date, or before 印发).
        var issuerEnd: Int
        /// The 印发日期 as written, when the line has one after a unit.
        var dateStart: Int?
        var dateEnd: Int?
        var copiesStart: Int?
        var copies: Int?
        /// The note in the genre's form: Arabic digits between 共印 and 份 (S10 reports the others).
        var copiesInArabic = false
        /// The issuer named without 印发, set apart from its copies (`××办公室　　（共印100份）`):
        /// the 印发 line all the same, which S9 asks to complete.
        var lacksIssuedWord = false
        /// Where a remark in brackets after the copies note starts (`共印80份（含电子版）`): no part
        /// of the number, and no field of the model (the reader lists it).
        var remarkStart: Int?
        /// Where the issuer starts: after `印发单位：` in the labelled form (`印发单位：××办公室　　
        /// 印发时间：2026年5月8日`, which S9 asks to write as the genre's line), else 0.
        var issuerStart = 0
    }

    /// The labels of the 印发 line's labelled form: its unit's, then its date's.
    static let issuerLabels = ["印发单位", "印发机关"].map { Array($0.utf8) }
    static let issuedDateLabels = ["印发时间", "印发日期"].map { Array($0.utf8) }

    /// `印发单位：××办公室　　印发时间：2026年5月8日` (the seventeenth audit: read into the 发 field,
    /// and S9 said the 印发 line was missing): the unit and the date, as `issuedLine` gives them.
    private static func labelledIssuedLine(_ bytes: [UInt8]) -> IssuedLineMatch? {
        func afterLabel(_ labels: [[UInt8]], at start: Int) -> Int? {
            guard let label = labels.first(where: { start + $0.count < bytes.count && bytes[start..<(start + $0.count)].elementsEqual($0) }) else { return nil }
            return colonEnd(bytes, at: start + label.count)
        }
        guard bytes.count <= 240, let issuerStart = afterLabel(issuerLabels, at: 0) else { return nil }
        let end = trimmedEnd(bytes, bytes.count)
        var dateLabelStart: Int?
        var index = issuerStart
        while index + 12 <= end {
            if issuedDateLabels.contains(where: { bytes[index..<(index + $0.count)].elementsEqual($0) }) { dateLabelStart = index; break }
            index += 1
        }
        let issuerEnd = trimmedEnd(bytes, dateLabelStart ?? end, notBefore: issuerStart)
        guard issuerEnd > issuerStart else { return nil }
        var match = IssuedLineMatch(issuerEnd: issuerEnd)
        match.issuerStart = trimmedStart(bytes, issuerStart, notAfter: issuerEnd)
        if let dateLabelStart, let dateStart = afterLabel(issuedDateLabels, at: dateLabelStart) {
            let start = trimmedStart(bytes, dateStart, notAfter: end)
            if start < end, trailingDateStart(Array(bytes[start..<end])) == 0 {
                match.dateStart = start
                match.dateEnd = end
            }
        }
        return match
    }

    /// A bracketed remark closing `bytes` (up to `end`) right after 份 (`（含电子版）`): where its
    /// bracket opens. Twelve characters at most.
    private static func copiesRemarkStart(_ bytes: [UInt8], _ end: Int) -> Int? {
        let closesHalf = end >= 1 && bytes[end - 1] == UInt8(ascii: ")")
        guard closesHalf || (end >= 3 && bytes[(end - 3)..<end].elementsEqual([0xEF, 0xBC, 0x89])) else { return nil }
        var open = end - (closesHalf ? 1 : 3)
        let limit = max(0, open - 36)
        while open > limit {
            open -= 1
            if bytes[open] == UInt8(ascii: "(") || (open + 3 <= end && bytes[open..<(open + 3)].elementsEqual([0xEF, 0xBC, 0x88])) {
                return open >= 3 && bytes[(open - 3)..<open].elementsEqual(fen) ? open : nil
            }
        }
        return nil
    }

    /// "…印发" possibly followed by "共印60份": offsets of the issuer, the date and the copies note.
    /// Byte-level, since every short body line is asked.
    /// (The issuer and the copies may be set apart by spaces or by a tab: Word's layout, a tab stop.)
    static func issuedLine(_ bytes: [UInt8]) -> IssuedLineMatch? {
        if bytes.count > 15, bytes[0] == 0xE5, bytes[1] == 0x8D, bytes[2] == 0xB0, let labelled = labelledIssuedLine(bytes) { return labelled }   // 印
        var end = trimmedEnd(bytes, bytes.count)
        var copiesStart: Int? = nil
        var copies: Int? = nil
        var copiesInArabic = false
        // `共印80份（含电子版）`: a remark after 份 is set aside, and the line read before it.
        if let remarkStart = copiesRemarkStart(bytes, end), var match = issuedLine(Array(bytes[..<remarkStart])), match.copiesStart != nil {
            match.remarkStart = remarkStart
            return match
        }
        // "（共印50份）": the copies note in brackets, on the 印发 line or under it.
        var innerEnd = end
        if end >= 1, bytes[end - 1] == UInt8(ascii: ")") {
            innerEnd = end - 1
        } else if end >= 3, bytes[(end - 3)..<end].elementsEqual([0xEF, 0xBC, 0x89]) {
            innerEnd = end - 3
        }
        // "共印60份", and the forms S10 judges ("共印六十", "共印 60"): 共印 near the end, 份 or not.
        let hasFen = innerEnd >= 9 && bytes[(innerEnd - 3)..<innerEnd].elementsEqual(fen)
        let numberEnd = hasFen ? innerEnd - 3 : innerEnd
        if let found = lastOccurrence(of: gongYin, in: bytes, before: numberEnd, within: 40) {
            var noteStart = found
            if innerEnd != end {
                // The bracket closes the note only when one opens right before 共印.
                if found >= 1, bytes[found - 1] == UInt8(ascii: "(") {
                    noteStart = found - 1
                } else if found >= 3, bytes[(found - 3)..<found].elementsEqual([0xEF, 0xBC, 0x88]) {
                    noteStart = found - 3
                }
            }
            // Spaces between 共印, the number and 份 are layout (ASCII, tab, U+3000, U+00A0); full-width
            // digits are Arabic ones in the wrong width (P2's finding, not S10's): `共印６０份` is 60
            // also in the checker's text, which keeps them (the reader's has them folded).
            var number = String.UnicodeScalarView()
            for scalar in string(bytes, found + gongYin.count, numberEnd).unicodeScalars where !ScalarClass.isSpace(scalar.value) {
                let isFullWidthDigit = scalar.value >= 0xFF10 && scalar.value <= 0xFF19
                number.append(isFullWidthDigit ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar)
            }
            let digits = String(number)
            copies = Int(digits) ?? ChineseNumeral.lenientValue(digits)
            copiesInArabic = hasFen && !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            copiesStart = noteStart
            end = trimmedEnd(bytes, noteStart)
        }
        if end > yinFa.count, bytes[(end - yinFa.count)..<end].elementsEqual(yinFa) {
            var match = IssuedLineMatch(issuerEnd: end - yinFa.count, copiesStart: copiesStart, copies: copies, copiesInArabic: copiesInArabic)
            let beforeIssued = Array(bytes[..<match.issuerEnd])
            if let dateStart = trailingDateStart(beforeIssued) {
                let unitEnd = trimmedEnd(bytes, dateStart)
                // A date alone before 印发 names no unit: keep it as the issuer the S9 rule asks about.
                if unitEnd > 0 {
                    var dateEnd = match.issuerEnd
                    while dateEnd > dateStart, bytes[dateEnd - 1] == 0x20 { dateEnd -= 1 }
                    match = IssuedLineMatch(issuerEnd: unitEnd, dateStart: dateStart, dateEnd: dateEnd, copiesStart: copiesStart, copies: copies, copiesInArabic: copiesInArabic)
                }
            }
            return match
        }
        if end == 0, copiesStart != nil { return IssuedLineMatch(issuerEnd: 0, copiesStart: copiesStart, copies: copies, copiesInArabic: copiesInArabic) }
        // `××办公室　　　（共印100份）`: an office set apart from the copies note is the issuer,
        // 印发 left out (the fourteenth audit: read into the 发 field, its copies lost).
        if let copiesStart, end > 0, end < copiesStart, end <= 120, isBareOfficeName(Array(bytes[..<end])) {
            return IssuedLineMatch(issuerEnd: end, copiesStart: copiesStart, copies: copies, copiesInArabic: copiesInArabic, lacksIssuedWord: true)
        }
        return nil
    }

    /// Under a footer field, an office and its date set apart, 印发 left out
    /// (`河南省人大常委会代表工作委员会　　　2026年5月7日`): the 印发 line (the sixteenth audit: glued
    /// into the 发 field). Asked only there: elsewhere the same shape is a masthead's last line or
    /// a letter's signature.
    static func datedIssuerWithoutIssuedWord(_ bytes: [UInt8]) -> IssuedLineMatch? {
        guard bytes.count <= 180, lastOccurrence(of: yinFa, in: bytes, before: bytes.count) == nil,
              let dateStart = trailingDateStart(bytes), dateStart > 0 else { return nil }
        let unitEnd = trimmedEnd(bytes, dateStart)
        // A gap sets the date apart: two spaces or more, a U+3000 or a tab.
        let gap = string(bytes, unitEnd, dateStart)
        guard unitEnd > 0, gap.unicodeScalars.count >= 2 || gap.contains("\u{3000}") || gap.contains("\t"),
              isBareOfficeName(Array(bytes[..<unitEnd])) else { return nil }
        return IssuedLineMatch(issuerEnd: unitEnd, dateStart: dateStart, dateEnd: trimmedEnd(bytes, bytes.count), lacksIssuedWord: true)
    }

    /// An office's name and nothing else: what stands for the issuer where 印发 was left out — no
    /// clause, list or label mark (。，；、：:) as a sentence or a field would hold.
    static func isBareOfficeName(_ bytes: [UInt8]) -> Bool {
        namesAnOffice(bytes) && !scalars(bytes).contains { [0x3002, 0xFF0C, 0xFF1B, 0x3001, 0xFF1A, 0x3A].contains($0.value) }
    }

    /// A line read as the 印发 line without its word (`IssuedLineMatch.lacksIssuedWord`) is one only
    /// when no 印发 line proper comes among the (up to three) lines after it: over one, it is a
    /// wrapped field's last line that carries the copies (`发：……` / `济源示范区人大工委　（共印60份）`
    /// / `……印发`: the fifteenth audit). Both jobs ask it of the lines that follow.
    static func issuedWordLackingLineStands<Following: Sequence>(following: Following) -> Bool where Following.Element == [UInt8] {
        !following.prefix(3).contains { line in
            guard let issued = issuedLine(line) else { return false }
            return issued.issuerEnd > 0 && !issued.lacksIssuedWord
        }
    }

    /// A `…印发` line that names who issues the text (`××办公室 2026年4月13日印发`, with or without
    /// its copies): an issue's last line, and evidence that a text without a masthead is an issue
    /// (a web re-post without 报头), for the reader's survey, the checker and `IssueBoundaries`.
    /// Byte tests first: every short line is asked.
    static func isIssuerLine(_ bytes: [UInt8]) -> Bool {
        guard bytes.count < 240, lastOccurrence(of: yinFa, in: bytes, before: bytes.count) != nil
                || lastOccurrence(of: gongYin, in: bytes, before: bytes.count) != nil else { return false }
        return (issuedLine(bytes)?.issuerEnd ?? 0) > 0
    }

    /// A `…印发` line that says a text is an issue though no masthead was printed: an office issues
    /// it (`……委员会印发`) or it is dated (`…… 2026年4月13日印发`). `一、实施方案及时印发`, a point's
    /// heading, is none. The evidence of the reader's survey and of the checker's document kind.
    static func isIssuingOfficeLine(_ bytes: [UInt8]) -> Bool {
        guard bytes.count < 240, lastOccurrence(of: yinFa, in: bytes, before: bytes.count) != nil,
              let issued = issuedLine(bytes), issued.issuerEnd > 0 else { return false }
        return issued.dateStart != nil || namesAnOffice(Array(bytes[issued.issuerStart..<issued.issuerEnd]))
    }

    /// An album line with its number (`……专辑（六）`): evidence of an issue without a masthead, where
    /// a line that only mentions a 专辑 (a point's heading, a caption) is none.
    static func isNumberedAlbumLine(_ bytes: [UInt8]) -> Bool {
        album(bytes)?.isNumbered == true
    }

    /// The first line of a submission that forgot its title: prose, not a title typed with a full
    /// stop — 30 characters or more, a clause mark (，、,) inside, a sentence's end (。.！!？?) last.
    static func opensWithProse(_ bytes: [UInt8]) -> Bool {
        let list = scalars(bytes)
        guard list.count >= 30, endsWithStop(list) else { return false }
        return list.dropLast().contains { [0xFF0C, 0x3001, 0x2C].contains($0.value) }
    }

    /// `共印 N 份` alone on its line, also in brackets (`（共印50份）`): the copies note under a 印发
    /// line, a footer line of its own for the reader and the checker.
    static func isCopiesNote(_ raw: [UInt8]) -> Bool {
        guard raw.count <= 40, let issued = issuedLine(raw) else { return false }
        return issued.issuerEnd == 0 && issued.copiesStart != nil
    }

    /// `start` moved on over spaces, tabs and ideographic spaces (U+3000), not past `end`: the
    /// twin of `trimmedEnd` (what sets a masthead's fields apart, `issueMark`).
    static func trimmedStart<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, notAfter end: Int? = nil) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let end = end ?? bytes.endIndex
        var start = start
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if start + 3 <= end, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                start += 3
            } else {
                break
            }
        }
        return start
    }

    /// `end` moved back over spaces, tabs and ideographic spaces (U+3000), not before `start`: what
    /// stands between the parts of a 印发 line, or after a point's heading.
    static func trimmedEnd<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ end: Int, notBefore start: Int = 0) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var end = end
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end >= start + 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        return end
    }

    static let fen = Array("份".utf8)
    static let gongYin = Array("共印".utf8)
    static let yinFa = Array("印发".utf8)

    /// Where `needle` last starts in `bytes` before `end` (within `distance` bytes of it): the byte
    /// search of the genre's recognisers (Foundation's `String.contains` compares Unicode-aware,
    /// ≈ 3 % of `check` on mastheads).
    static func lastOccurrence(of needle: [UInt8], in bytes: [UInt8], before end: Int, within distance: Int = .max) -> Int? {
        var start = end - needle.count
        let lowest = distance == .max ? 0 : max(0, end - distance)
        while start >= lowest {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    /// The bytes `a` and `b` share at their start, compared in place (a zip of two UTF-8 views
    /// iterated generically cost more than the reader's scan of the texts).
    static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let limit = min(x.count, y.count)
                var index = 0
                while index < limit, x[index] == y[index] { index += 1 }
                return index
            }
        }
    }

    /// Scalar count of a byte range.
    static func scalarCount(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension StringProtocol {
    /// Trims the given character from both ends (Foundation-free).
    func trimmingCharacters(in character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice = slice.dropFirst() }
        while slice.last == character { slice = slice.dropLast() }
        return String(slice)
    }
}

extension GenrePatterns {
    /// A numbered opening of any level: 一、 二. 一　(spaces for the 、, `spacesStandForMark`) （一）
    /// (1) （一）、 1. 1、 2) and, when asked, 一是 —
    /// in the right form or a wrong one (P7 judges the form): the one recogniser of that fact, for the
    /// checker's layout (a line that opens with one starts a paragraph; a short one is a heading), the
    /// typography scan (its mark is never Chinese punctuation for P1; S7's lower levels), the notes
    /// checks and `isPointHeadingLine`. Beside it, `pointNumber` recognises the other fact, a point of
    /// an article (`一、` at a paragraph's start, read leniently, `一、2026年` included).
    /// A number at the start of a point's 正文 paragraph, which drafting would print after the
    /// point's own number: in the first paragraph any numbered opening (it follows the heading on
    /// its line: `一、小标题。（一）…`), in any paragraph the points' own form (`二、` `二，` `二.`).
    /// Numerals listed (`二、三产业`) are no number. The notes refuse such a paragraph (the
    /// decoder); the reader starts a point or a paragraph there instead, so its notes never hold one.
    static func numberOpeningBody(_ values: [UInt32], firstParagraph: Bool) -> NumberedOpening? {
        guard let first = values.first(where: { !ScalarClass.isSpace($0) }), NumberedOpening.canOpen(first),
              let opening = NumberedOpening(values, from: 0) else { return nil }
        if opening.end < values.count, pointNumeralDigits.contains(values[opening.end]) { return nil }
        guard firstParagraph || opening.isPointForm else { return nil }
        return opening
    }

    /// Past the spaces (ASCII, tab, U+3000, U+00A0) from `start`.
    static func afterSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, case let (value, length) = UTF8Scalar.decodeOrReplace(bytes, at: index, end: bytes.count),
              ScalarClass.isSpace(value) { index += length }
        return index
    }

    /// The first dozen scalars from `start`, enough for `numberOpeningBody`.
    static func leadingScalars(_ bytes: [UInt8], from start: Int) -> [UInt32] {
        scalarValues(bytes, start, bytes.count, limit: 12)
    }

    struct NumberedOpening {
        /// Index of the number's first scalar (an opening bracket for `（一）`).
        var numberStart: Int
        /// Index of the mark after the number (`、` `.` `，` `)` …, or the first of the spaces typed
        /// for a 、); nil after a bracketed number without one.
        var mark: Int?
        /// Index of the first scalar after the number and its mark.
        var end: Int
        /// Index just past the number's digits or numeral (its closing bracket, its mark).
        var numeralEnd: Int
        var arabic: Bool
        var bracketed: Bool
        /// The points' own form: a Chinese numeral and a mark, not bracketed (`二、`, `二，`).
        var isPointForm: Bool { !arabic && !bracketed }

        /// Reads from `start`, after spaces (ASCII, tab, U+3000, U+00A0). Not a point number: a
        /// decimal or a list of numbers (`1.5`, `1,200`, `1、2、3号`), three or more digits, a word
        /// that opens with a numeral (`十分`). With `subPoints`, `一是` counts (for headings).
        init?(_ values: [UInt32], from start: Int, subPoints: Bool = false) {
            let count = values.count
            var k = start
            while k < count, ScalarClass.isSpace(values[k]) { k += 1 }
            numberStart = k
            guard k < count else { return nil }
            bracketed = values[k] == 0xFF08 || values[k] == 0x28
            if bracketed { k += 1 }
            var digits = 0
            while k < count, ScalarClass.isDigit(values[k]), digits <= 2 { digits += 1; k += 1 }
            arabic = digits > 0
            if arabic {
                guard digits <= 2 else { return nil }
            } else {
                var numeral = String.UnicodeScalarView()
                while k < count, ScalarClass.isNumeralCharacter(values[k]), numeral.count < 3, let scalar = Unicode.Scalar(values[k]) {
                    numeral.append(scalar)
                    k += 1
                }
                guard !numeral.isEmpty, ChineseNumeral.value(String(numeral)) != nil else { return nil }
            }
            numeralEnd = k
            guard k < count else { return nil }
            if bracketed {
                guard values[k] == 0xFF09 || values[k] == 0x29 else { return nil }
                k += 1
                if k < count, Self.isMark(values[k], arabic: false) {
                    mark = k
                    k += 1
                }
                end = k
                return
            }
            if subPoints, !arabic, values[k] == 0x662F { // 是
                mark = nil
                end = k + 1
                return
            }
            if !arabic, ScalarClass.isSpace(values[k]) {
                // `一　强化组织领导。`: spaces for the 、 (`GenrePatterns.spacesStandForMark`), a wrong mark.
                var j = k
                while j < count, ScalarClass.isSpace(values[j]) { j += 1 }
                let numeral = String(String.UnicodeScalarView(values[numberStart..<k].compactMap(Unicode.Scalar.init)))
                guard GenrePatterns.spacesStandForMark(numeral: numeral, spaces: j - k, firstSpace: values[k], next: j < count ? values[j] : nil),
                      GenrePatterns.headingPhraseFollows(values[j..<min(count, j + GenrePatterns.maximumHeadingPhrase + 1)],
                                                         endsWithText: j + GenrePatterns.maximumHeadingPhrase + 1 >= count) else { return nil }
                mark = k
                end = j
                return
            }
            guard Self.isMark(values[k], arabic: arabic) else { return nil }
            // `1.5`, `1,200`, `1、2、3号`: numbers, not a point.
            guard k + 1 >= count || !ScalarClass.isDigit(values[k + 1]) else { return nil }
            mark = k
            end = k + 1
        }

        /// The number's value (`（三）` 3, `１２.` 12).
        func value(in values: [UInt32]) -> Int? {
            let first = bracketed ? numberStart + 1 : numberStart
            guard first < numeralEnd, numeralEnd <= values.count else { return nil }
            if arabic {
                // ASCII or full-width digits: their value is the low four bits.
                return values[first..<numeralEnd].reduce(0) { $0 * 10 + Int($1 & 0xF) }
            }
            return ChineseNumeral.value(String(String.UnicodeScalarView(values[first..<numeralEnd].compactMap(Unicode.Scalar.init))))
        }

        /// True when `value` can open a point number (a bracket, a digit, a numeral): a cheap test
        /// before reading one, as most lines open otherwise.
        static func canOpen(_ value: UInt32) -> Bool {
            value == 0x28 || value == 0xFF08 || ScalarClass.isDigit(value) || ScalarClass.isNumeralCharacter(value)
        }

        /// 、 . ． , ， after any number; `)` `）` after an Arabic one (`2)`).
        static func isMark(_ value: UInt32, arabic: Bool) -> Bool {
            switch value {
            case 0x3001, 0x2E, 0xFF0E, 0x2C, 0xFF0C: true
            case 0x29, 0xFF09: arabic
            default: false
            }
        }
    }
}
