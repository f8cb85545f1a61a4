import SourceText

/// Which normalisations apply to a piece of source text. Each one is a reported repair.
struct NormaliseRules: Sendable {
    /// The text's marks are mostly half-width (`,` `.` `:` typed as in English): the reader reads
    /// them as Chinese punctuation where structure depends on them (a sentence end, a point's
    /// mark). The text itself is not changed here: P1's fix (`NotesTextFixes`) makes
    /// them full-width in the model, one judgement of which marks are Chinese for both jobs (this
    /// builder's own conversion once made `1.` `名单.xlsx` `...` into `1。` `名单。xlsx` `..。`).
    var fullWidthPunctuation = false
    /// Spaces between two Chinese characters removed (OCR gaps, letter-spaced masthead).
    var removeChineseSpaces = false
    /// A heading's or a contents entry's line: the one space between two of its phrases stays
    /// (`GenrePatterns.isHeadingPhraseSpace`, P4's reading of it), in OCR text too.
    var keepsPhraseSpace = false
    /// Markdown: `**` removed (bold spans recorded), `\*` read as `*`.
    var markdown = false
}

/// Builds the reader's text of one logical paragraph from source segments, applying the
/// normalisation rules and keeping anchors back to source offsets. Counts what it changed
/// so the reader can report each change as a repair.
struct TextBuilder {
    var bytes: [UInt8] = []
    var anchors: [OffsetAnchor] = []
    /// Source byte ranges joined, in order.
    var segments: [Range<Int>] = []
    /// Bold spans `[start, end)` as text offsets (Markdown `**…**`).
    var boldSpans: [Range<Int>] = []
    private var openBold: Int?

    /// Changes made while appending, grouped per segment, for repairs.
    struct Edits {
        /// How many edits of one kind, and the source bytes they span: each kind's repair
        /// points at its own first edit, not at the line's first edit of any kind.
        struct Tally {
            var count = 0
            var firstSource = Int.max
            var lastSource = 0
            mutating func add(_ offset: Int, _ length: Int) {
                count += 1
                firstSource = min(firstSource, offset)
                lastSource = max(lastSource, offset + length)
            }
        }
        var digits = Tally()
        var spaces = Tally()
        var escapes = Tally()
        var controls = Tally()
        var isEmpty: Bool { digits.count + spaces.count + escapes.count + controls.count == 0 }
    }

    var isEmpty: Bool { segments.isEmpty }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `source[start..<end]`; returns what was changed.
    @discardableResult
    mutating func append(_ source: [UInt8], _ start: Int, _ end: Int, rules: NormaliseRules) -> Edits {
        var edits = Edits()
        guard start < end else { return edits }
        segments.append(start..<end)
        anchors.append(OffsetAnchor(textOffset: bytes.count, sourceOffset: start))
        var index = start
        // Unchanged text is copied in runs; only bytes that may start an edit are looked at,
        // and the scalar before them is read back from the text built so far.
        var runStart = index
        func flushRun(_ upTo: Int) {
            if runStart < upTo { bytes.append(contentsOf: source[runStart..<upTo]) }
        }
        while index < end {
            index = source.withUnsafeBufferPointer { Self.nextEdit($0, from: index, end, rules) }
            guard index < end else { break }
            flushRun(index)
            runStart = index
            let previousValue = lastNonSpaceValue()
            let (value, length) = UTF8Scalar.decodeOrReplace(source, at: index, end: end)
            var replacement: UInt32? = nil
            var drop = false
            if ScalarClass.isDroppedByReader(value) {
                // A control character (`\u{01}`, ESC, U+0080) is no text: never carried into the notes.
                drop = true
                edits.controls.add(index, length)
            } else if value >= 0xFF10 && value <= 0xFF19 {
                replacement = value - 0xFF10 + 0x30
                edits.digits.add(index, length)
            } else if rules.markdown && value == 0x5C, index + 1 < end, isMarkdownEscapable(source[index + 1]) {
                // `\*` → `*`: drop the backslash, keep the character.
                edits.escapes.add(index, 2)
                flushRun(index)
                bytes.append(source[index + 1])
                index += 2
                anchors.append(OffsetAnchor(textOffset: bytes.count, sourceOffset: index))
                runStart = index
                continue
            } else if rules.markdown && value == 0x2A, index + 1 < end, source[index + 1] == 0x2A {
                flushRun(index)
                if let open = openBold {
                    boldSpans.append(open..<bytes.count)
                    openBold = nil
                } else {
                    openBold = bytes.count
                }
                index += 2
                anchors.append(OffsetAnchor(textOffset: bytes.count, sourceOffset: index))
                runStart = index
                continue
            } else if rules.removeChineseSpaces && (value == 0x20 || value == 0x3000) {
                let next = nextNonSpace(source, index + length, end)
                // A half-width mark about to become full-width counts as Chinese here.
                let nextIsChinese = next.map { ScalarClass.isChinese($0) || (rules.fullWidthPunctuation && ScalarClass.fullWidth(of: $0) != nil) } ?? false
                if ScalarClass.isChinese(previousValue), nextIsChinese,
                   !(rules.keepsPhraseSpace && isPhraseSpace(source, at: index, length: length, in: start..<end, left: previousValue, right: next)) {
                    drop = true
                    edits.spaces.add(index, length)
                }
            } else if value == 0xFFFD, length == 1 {
                // A byte that is no UTF-8 is written as U+FFFD here, not copied: the text's offsets
                // stay the builder's (decoding moved every offset after a stray byte, and pieces
                // joined around a dropped byte could make a character that was in neither).
                replacement = 0xFFFD
            }
            if drop {
                flushRun(index)
                index += length
                runStart = index
                anchors.append(OffsetAnchor(textOffset: bytes.count, sourceOffset: index))
                continue
            }
            if let replacement {
                flushRun(index)
                anchors.append(OffsetAnchor(textOffset: bytes.count, sourceOffset: index))
                UTF8Scalar.append(replacement, to: &bytes)
                index += length
                anchors.append(OffsetAnchor(textOffset: bytes.count, sourceOffset: index))
                runStart = index
                continue
            }
            index += length
        }
        flushRun(end)
        return edits
    }

    /// Closes an unbalanced `**` at the end of the paragraph (a bold run left open).
    mutating func finish() {
        if let open = openBold {
            boldSpans.append(open..<bytes.count)
            openBold = nil
        }
    }

    /// The last scalar of the text so far that is not an ASCII space (0 when none).
    private func lastNonSpaceValue() -> UInt32 {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return 0 }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return UTF8Scalar.decodeOrReplace(bytes, at: start, end: end).value
    }

    /// The first offset from `index` whose byte may begin a change under `rules` (a full-width
    /// digit, markup, a space, half-width punctuation), else `end`. Read through the buffer:
    /// this looks at every byte of the text.
    private static func nextEdit(_ source: UnsafeBufferPointer<UInt8>, from index: Int, _ end: Int, _ rules: NormaliseRules) -> Int {
        var index = index
        while index < end {
            let byte = source[index]
            // A CJK ideograph (E4…E9 and two continuation bytes), most of the text, never changes:
            // step over it at once.
            if byte >= 0xE4, byte <= 0xE9, index + 2 < end, source[index + 1] & 0xC0 == 0x80, source[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            switch byte {
            case 0x00...0x08, 0x0A...0x1F, 0x7F:
                return index
            case 0xC2:
                // C1 controls, U+0080–U+009F.
                if index + 1 < end && (0x80...0x9F).contains(source[index + 1]) { return index }
            case 0xE2:
                // U+2028 and U+2029, the line and paragraph separators.
                if index + 2 < end && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9) { return index }
            case 0xEF:
                if index + 2 < end && source[index + 1] == 0xBC && (0x90...0x99).contains(source[index + 2]) { return index }
                // U+FEFF, U+FFFE, U+FFFF: dropped (ScalarClass.isDroppedByReader).
                if index + 2 < end && ((source[index + 1] == 0xBB && source[index + 2] == 0xBF)
                    || (source[index + 1] == 0xBF && (source[index + 2] == 0xBE || source[index + 2] == 0xBF))) { return index }
            case UInt8(ascii: "\\"), UInt8(ascii: "*"):
                if rules.markdown { return index }
            case UInt8(ascii: " "):
                if rules.removeChineseSpaces { return index }
            case 0xE3:
                if rules.removeChineseSpaces && index + 2 < end && source[index + 1] == 0x80 && source[index + 2] == 0x80 { return index }
            default:
                break
            }
            // Any other multi-byte scalar is stepped over whole; a byte that is no UTF-8 is an edit
            // (it is written as U+FFFD). Three bytes led by E1…EC or EE…EF (full-width punctuation,
            // curly quotes) are well-formed whenever both continue: stepped over in place.
            if byte >= 0xE1, byte <= 0xEF, byte != 0xED, index + 2 < end, source[index + 1] & 0xC0 == 0x80, source[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            if byte >= 0x80 {
                guard let (_, length) = UTF8Scalar.decode(source, at: index, end: end) else { return index }
                index += length
                continue
            }
            index += 1
        }
        return end
    }

    /// The space at `index` alone between two phrases of a heading: one space, the phrase before it
    /// (since the line's start, a space or a colon) of three characters or more.
    private func isPhraseSpace(_ source: [UInt8], at index: Int, length: Int, in line: Range<Int>, left: UInt32, right: UInt32?) -> Bool {
        guard let right else { return false }
        if index + length < line.upperBound, ScalarClass.isSpace(UTF8Scalar.decodeOrReplace(source, at: index + length, end: line.upperBound).value) { return false }
        var phraseLength = 0
        var k = index
        while k > line.lowerBound {
            var scalarStart = k - 1
            while scalarStart > line.lowerBound, source[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let value = UTF8Scalar.decodeOrReplace(source, at: scalarStart, end: k).value
            if ScalarClass.isSpace(value) { if k == index { return false }; break }
            if value == 0xFF1A || value == 0x3A { break }
            phraseLength += 1
            k = scalarStart
        }
        return GenrePatterns.isHeadingPhraseSpace(left: left, right: right, phraseLength: phraseLength)
    }

    private func nextNonSpace(_ source: [UInt8], _ from: Int, _ end: Int) -> UInt32? {
        var index = from
        while index < end {
            let (value, length) = UTF8Scalar.decodeOrReplace(source, at: index, end: end)
            if value != 0x20 && value != 0x3000 { return value }
            index += length
        }
        return nil
    }

    private func isMarkdownEscapable(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: "-"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "`"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"):
            return true
        default: return false
        }
    }

    /// The source offset just past the text ending at `textOffset` (stays in the segment it ends).
    func sourceEnd(_ textOffset: Int) -> Int {
        guard textOffset > 0, !anchors.isEmpty else { return sourceOffset(textOffset) }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].textOffset < textOffset { low = middle } else { high = middle - 1 }
        }
        guard anchors[low].textOffset < textOffset else { return sourceOffset(textOffset) }
        return min(anchors[low].sourceOffset + (textOffset - anchors[low].textOffset), sourceOffset(textOffset))
    }

    /// The source offset of a text offset.
    func sourceOffset(_ textOffset: Int) -> Int {
        guard !anchors.isEmpty else { return 0 }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].textOffset <= textOffset { low = middle } else { high = middle - 1 }
        }
        return anchors[low].sourceOffset + max(0, textOffset - anchors[low].textOffset)
    }
}
