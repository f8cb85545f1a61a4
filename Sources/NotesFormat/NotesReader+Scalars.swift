import SourceText

/// Single-line scalars: plain, quoted, and flow sequences of them.
extension NotesReader {
    /// YAML allows an implicit key only while its source, from its first character to the `:`,
    /// spans at most 1024 characters (spec 7.4.2; PyYAML and libyaml count code points the same
    /// way). Quotes, escapes and spaces before the colon count, so the decoded text is no measure.
    static let maximumKeySpan = 1024

    /// Scans the node starting at `offset` (not a `- ` indicator) up to the end of its line;
    /// `asValue` when it follows `key: `, where a `：` after a quoted scalar separates no key.
    mutating func scanSegment(at offset: Int, asValue: Bool = false) throws(NotesError) -> Segment {
        let byte = bytes[offset]
        switch byte {
        case Byte.doubleQuote, Byte.singleQuote:
            let (text, end) = try scanQuoted(at: offset)
            let style: ScalarStyle = byte == Byte.doubleQuote ? .doubleQuoted : .singleQuoted
            var next = end
            while next < lineEnd, bytes[next] == Byte.space { next += 1 }
            if next < lineEnd, bytes[next] == Byte.colon, isBlankOrEnd(next + 1) {
                try checkKeySpan(from: offset, to: next)
                return .key(ScannedKey(text: text, range: range(offset, end), afterColon: next + 1, colonOffset: next))
            }
            if !asValue, isFullWidthColon(at: next) { throw error(NotesMessage.fullWidthColon, at: next) }
            try checkLineEndsAfterValue(valueEnd: end, next: next, trailing: NotesMessage.trailingContentAfterQuoted)
            return .scalar(NotesNode(value: .string(text, style), range: range(offset, end)), isPlain: false)
        case Byte.openBracket:
            let (node, end) = try scanFlowSequence(at: offset)
            var next = end
            while next < lineEnd, bytes[next] == Byte.space { next += 1 }
            if next < lineEnd, bytes[next] == Byte.colon, isBlankOrEnd(next + 1) {
                throw error(NotesMessage.flowKey, at: offset, kind: .unsupported)
            }
            try checkLineEndsAfterValue(valueEnd: end, next: next, trailing: NotesMessage.trailingContentAfterFlow)
            return .scalar(node, isPlain: false)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return .blockScalar(at: offset)
        default:
            try checkPlainStart(at: offset)
            return try scanPlain(at: offset)
        }
    }

    /// After a quoted value or a flow sequence only spaces and a comment may follow.
    private mutating func checkLineEndsAfterValue(valueEnd: Int, next: Int, trailing: String) throws(NotesError) {
        guard next < lineEnd else { return }
        if bytes[next] == Byte.tab { throw error(NotesMessage.tabIndentation, at: next, kind: .unsupported) }
        if bytes[next] == Byte.hash {
            if next == valueEnd { throw error(NotesMessage.commentNeedsSpace, at: next) }
            return
        }
        if bytes[next] == Byte.colon, isBlankOrEnd(next + 1) {
            throw error(NotesMessage.keyInValue(quotedSuggestion(from: valueEnd)), at: next)
        }
        throw error(trailing, at: next)
    }

    /// Characters that cannot start a plain scalar get a message naming them; the suggested
    /// quoting covers the value, or in a flow list (`inFlow`) the item.
    private func checkPlainStart(at offset: Int, inFlow: Bool = false) throws(NotesError) {
        let byte = bytes[offset]
        let quoted = { self.quotedSuggestion(from: offset, inFlow: inFlow) }
        switch byte {
        case UInt8(ascii: "&"): throw error(NotesMessage.anchor(quoted()), at: offset, kind: .unsupported)
        case UInt8(ascii: "*"): throw error(NotesMessage.alias(quoted()), at: offset, kind: .unsupported)
        case UInt8(ascii: "!"): throw error(NotesMessage.tag(quoted()), at: offset, kind: .unsupported)
        case UInt8(ascii: "{"): throw error(NotesMessage.flowMapping, at: offset, kind: .unsupported)
        case UInt8(ascii: "?") where isBlankOrEnd(offset + 1):
            throw error(NotesMessage.explicitKey, at: offset, kind: .unsupported)
        case Byte.colon where isBlankOrEnd(offset + 1):
            throw error(NotesMessage.missingKey, at: offset)
        case UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), Byte.comma, Byte.closeBracket, UInt8(ascii: "}"):
            throw error(NotesMessage.indicatorStart(String(UnicodeScalar(byte)), quoted: quoted()), at: offset)
        default:
            return
        }
    }

    /// A plain scalar in block context: up to `: ` (then it is a key), ` #` or the end of the line.
    private mutating func scanPlain(at offset: Int) throws(NotesError) -> Segment {
        var index = offset
        var colon = -1
        var comment = -1
        while index < lineEnd {
            let byte = bytes[index]
            if byte >= 0x80 {
                index += 1
                continue
            }
            if byte == Byte.colon {
                if index + 1 == lineEnd || bytes[index + 1] == Byte.space || bytes[index + 1] == Byte.tab {
                    colon = index
                    break
                }
            } else if byte == Byte.hash {
                if index > offset, bytes[index - 1] == Byte.space {
                    comment = index
                    break
                }
            } else if byte == Byte.tab {
                throw error(NotesMessage.tabInPlainScalar, at: index, kind: .unsupported)
            }
            index += 1
        }
        var end = index
        while end > offset, bytes[end - 1] == Byte.space { end -= 1 }
        let text = String(decoding: bytes[offset..<end], as: UTF8.self)
        if colon >= 0 {
            if end - offset == 2, bytes[offset] == UInt8(ascii: "<"), bytes[offset + 1] == UInt8(ascii: "<") {
                throw error(NotesMessage.mergeKey, at: offset, to: end, kind: .unsupported)
            }
            try checkKeySpan(from: offset, to: colon)
            try lint(offset, end, asKey: true)
            return .key(ScannedKey(text: text, range: range(offset, end), afterColon: colon + 1, colonOffset: colon))
        }
        if comment >= 0 { try checkCommentIsIntended(at: comment, valueStart: offset) }
        try lint(offset, end, asKey: false)
        return .scalar(NotesNode(value: .string(text, .plain), range: range(offset, end)), isPlain: true)
    }

    /// The same inside a flow list (`[第 #3 号, b]`), where the comment also leaves the list
    /// unclosed; the suggested quoting covers the item, up to the next `,` or `]`.
    private func checkFlowCommentIsIntended(at hash: Int, itemStart: Int) throws(NotesError) {
        guard isGluedToText(hash: hash) else { return }
        var lineTextEnd = lineEnd
        while lineTextEnd > hash, bytes[lineTextEnd - 1] == Byte.space { lineTextEnd -= 1 }
        var itemEnd = hash
        while itemEnd < lineEnd, bytes[itemEnd] != Byte.comma, bytes[itemEnd] != Byte.closeBracket { itemEnd += 1 }
        while itemEnd > itemStart, bytes[itemEnd - 1] == Byte.space { itemEnd -= 1 }
        let dropped = NotesQuoting.shortened(String(decoding: bytes[hash..<lineTextEnd], as: UTF8.self))
        let item = String(decoding: bytes[itemStart..<itemEnd], as: UTF8.self)
        throw error(NotesMessage.unintendedCommentInFlow(dropped, quoted: NotesQuoting.suggestion(item)), at: hash, to: lineTextEnd)
    }

    /// A `#` (after a space) followed directly by text: `#3`, not `# 注释` or `##`.
    private func isGluedToText(hash: Int) -> Bool {
        let next = hash + 1
        return next < lineEnd && bytes[next] != Byte.space && bytes[next] != Byte.hash && !isFullWidthSpace(at: next)
    }

    /// Rejects a key whose source `[start, colon)` spans more characters than YAML allows.
    private func checkKeySpan(from start: Int, to colon: Int) throws(NotesError) {
        // A character is at least one byte: only a long byte span needs counting.
        guard colon - start > Self.maximumKeySpan else { return }
        var characters = 0
        for index in start..<colon where bytes[index] & 0xC0 != 0x80 { characters += 1 }
        if characters > Self.maximumKeySpan { throw error(NotesMessage.keyTooLong, at: start) }
    }

    /// A comment right after a value (or an empty value) whose `#` is glued to text, as in
    /// `标题: 第 #3 号` or `编号: #12`, is almost always text the writer meant to keep.
    mutating func checkCommentIsIntended(at hash: Int, valueStart: Int) throws(NotesError) {
        guard isGluedToText(hash: hash) else { return }
        var end = lineEnd
        while end > hash, bytes[end - 1] == Byte.space { end -= 1 }
        let dropped = String(decoding: bytes[hash..<end], as: UTF8.self)
        let whole = String(decoding: bytes[valueStart..<end], as: UTF8.self)
        throw error(NotesMessage.unintendedComment(dropped, quoted: NotesQuoting.suggestion(whole)), at: hash, to: end)
    }

    /// The type lint of one plain scalar `[start, end)` on the current line.
    mutating func lint(_ start: Int, _ end: Int, asKey: Bool) throws(NotesError) {
        guard typeLint else { return }
        // Only scalars starting with a digit, sign, dot, or one of a few ASCII letters can be ambiguous,
        // whatever their length (PyYAML types a 70-digit float too). The classification stops at the
        // first character no number or date contains, so it is linear and short for ordinary text.
        guard bytes[start] < 0x80 else { return }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard let reading = NotesTypeLint.reading(of: slice) else { return }
        let canonical = NotesTypeLint.isCanonicalInteger(slice)
        guard asKey || !canonical else { return }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let quoted = NotesQuoting.shortened(NotesQuoting.doubleQuoted(text))
        let shown = NotesQuoting.shortened(text)
        let message = asKey
            ? NotesMessage.ambiguousKey(shown, kind: reading.name, quoted: quoted)
            : NotesMessage.ambiguousValue(shown, kind: reading.name, quoted: quoted)
        throw error(message, at: start, to: end, kind: .ambiguousType)
    }

    func isBlankOrEnd(_ offset: Int) -> Bool {
        offset >= lineEnd || bytes[offset] == Byte.space || bytes[offset] == Byte.tab
    }

    // MARK: Quoted scalars

    /// A single- or double-quoted scalar closed on the same line; returns its text and the offset after the closing quote.
    mutating func scanQuoted(at offset: Int) throws(NotesError) -> (String, Int) {
        let quote = bytes[offset]
        var index = offset + 1
        var runStart = index
        var buffer: [UInt8] = []
        var usedBuffer = false
        while true {
            guard index < lineEnd else { throw error(NotesMessage.multiLineQuoted, at: offset, kind: .unsupported) }
            let byte = bytes[index]
            if byte == quote {
                if quote == Byte.singleQuote, index + 1 < lineEnd, bytes[index + 1] == Byte.singleQuote {
                    buffer.append(contentsOf: bytes[runStart...index])
                    usedBuffer = true
                    index += 2
                    runStart = index
                    continue
                }
                break
            }
            if byte == Byte.backslash, quote == Byte.doubleQuote {
                buffer.append(contentsOf: bytes[runStart..<index])
                usedBuffer = true
                index = try appendEscape(at: index, to: &buffer)
                runStart = index
                continue
            }
            index += 1
        }
        let text: String
        if usedBuffer {
            buffer.append(contentsOf: bytes[runStart..<index])
            text = String(decoding: buffer, as: UTF8.self)
        } else {
            text = String(decoding: bytes[runStart..<index], as: UTF8.self)
        }
        return (text, index + 1)
    }

    /// Decodes the escape at `offset` (a backslash) into `buffer`; returns the offset after it.
    private func appendEscape(at offset: Int, to buffer: inout [UInt8]) throws(NotesError) -> Int {
        let next = offset + 1
        guard next < lineEnd else { throw error(NotesMessage.multiLineQuoted, at: offset, kind: .unsupported) }
        let simple: UInt32?
        switch bytes[next] {
        case UInt8(ascii: "0"): simple = 0
        case UInt8(ascii: "a"): simple = 7
        case UInt8(ascii: "b"): simple = 8
        case UInt8(ascii: "t"), Byte.tab: simple = 9
        case UInt8(ascii: "n"): simple = 10
        case UInt8(ascii: "v"): simple = 11
        case UInt8(ascii: "f"): simple = 12
        case UInt8(ascii: "r"): simple = 13
        case UInt8(ascii: "e"): simple = 27
        case Byte.space: simple = 32
        case Byte.doubleQuote: simple = 34
        case UInt8(ascii: "/"): simple = 47
        case Byte.backslash: simple = 92
        case UInt8(ascii: "N"): simple = 0x85
        case UInt8(ascii: "_"): simple = 0xA0
        case UInt8(ascii: "L"): simple = 0x2028
        case UInt8(ascii: "P"): simple = 0x2029
        default: simple = nil
        }
        if let simple {
            appendScalar(simple, to: &buffer)
            return next + 1
        }
        let digits: Int
        switch bytes[next] {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            var end = next + 1
            while end < lineEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let shown = String(decoding: bytes[next..<end], as: UTF8.self)
            throw error(NotesMessage.invalidEscape(shown), at: offset, to: end)
        }
        var value: UInt32 = 0
        var index = next + 1
        while index < next + 1 + digits {
            guard index < lineEnd, let digit = hexValue(bytes[index]) else {
                let end = min(index + 1, lineEnd)
                throw error(NotesMessage.invalidEscape(String(decoding: bytes[next..<end], as: UTF8.self)), at: offset, to: end)
            }
            value = value << 4 | digit
            index += 1
        }
        guard Unicode.Scalar(value) != nil else {
            throw error(NotesMessage.invalidEscapedCodePoint, at: offset, to: index)
        }
        appendScalar(value, to: &buffer)
        return index
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func appendScalar(_ value: UInt32, to buffer: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        buffer.append(contentsOf: String(Character(scalar)).utf8)
    }

    // MARK: Flow sequences

    /// `[a, "b", c]` on one line, items scalars only; returns the node and the offset after `]`.
    mutating func scanFlowSequence(at offset: Int) throws(NotesError) -> (NotesNode, Int) {
        var items: [NotesNode] = []
        var index = offset + 1
        var expectItem = true
        var itemStart = index
        while true {
            while index < lineEnd, bytes[index] == Byte.space { index += 1 }
            guard index < lineEnd else { throw error(NotesMessage.flowUnclosed, at: offset, kind: .unsupported) }
            let byte = bytes[index]
            if byte == Byte.tab { throw error(NotesMessage.tabIndentation, at: index, kind: .unsupported) }
            if byte == Byte.hash, bytes[index - 1] == Byte.space {
                try checkFlowCommentIsIntended(at: index, itemStart: expectItem ? index : itemStart)
                throw error(NotesMessage.flowUnclosed, at: offset, kind: .unsupported)
            }
            if byte == Byte.closeBracket {
                if expectItem, !items.isEmpty { throw error(NotesMessage.emptyFlowItem, at: index) }
                index += 1
                break
            }
            if !expectItem {
                if byte == Byte.comma {
                    expectItem = true
                    index += 1
                    continue
                }
                if byte == Byte.colon { throw error(NotesMessage.flowIndicatorInItem(":"), at: index) }
                if let comma = chineseComma(at: index) { throw error(NotesMessage.chineseCommaInFlow(comma), at: index) }
                throw error(NotesMessage.expectedFlowSeparator, at: index)
            }
            itemStart = index
            switch byte {
            case Byte.comma:
                throw error(NotesMessage.emptyFlowItem, at: index)
            case Byte.openBracket:
                throw error(NotesMessage.nestedFlow, at: index, kind: .unsupported)
            case Byte.doubleQuote, Byte.singleQuote:
                let (text, end) = try scanQuoted(at: index)
                let style: ScalarStyle = byte == Byte.doubleQuote ? .doubleQuoted : .singleQuoted
                items.append(NotesNode(value: .string(text, style), range: range(index, end)))
                index = end
            default:
                try checkFlowPlainStart(at: index)
                let end = try scanFlowPlain(at: index)
                var trimmed = end
                while trimmed > index, bytes[trimmed - 1] == Byte.space { trimmed -= 1 }
                try lint(index, trimmed, asKey: false)
                let text = String(decoding: bytes[index..<trimmed], as: UTF8.self)
                items.append(NotesNode(value: .string(text, .plain), range: range(index, trimmed)))
                index = end
            }
            expectItem = false
        }
        return (NotesNode(value: .sequence(items), range: range(offset, index)), index)
    }

    private func checkFlowPlainStart(at offset: Int) throws(NotesError) {
        let byte = bytes[offset]
        let next = offset + 1
        let followedBySeparator = next >= lineEnd || bytes[next] == Byte.space || bytes[next] == Byte.comma
            || bytes[next] == Byte.closeBracket || bytes[next] == Byte.openBracket
            || bytes[next] == UInt8(ascii: "{") || bytes[next] == UInt8(ascii: "}")
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), Byte.colon:
            if followedBySeparator || byte != UInt8(ascii: "-") {
                throw error(NotesMessage.flowIndicatorInItem(String(UnicodeScalar(byte))), at: offset)
            }
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw error(NotesMessage.flowIndicatorInItem(String(UnicodeScalar(byte))), at: offset)
        case Byte.hash:
            throw error(NotesMessage.flowIndicatorInItem("#"), at: offset)
        default:
            try checkPlainStart(at: offset, inFlow: true)
        }
    }

    /// A plain flow item: up to `,`, `]`, ` #` or the end of the line; returns where it stops.
    private func scanFlowPlain(at offset: Int) throws(NotesError) -> Int {
        var index = offset
        while index < lineEnd {
            let byte = bytes[index]
            switch byte {
            case Byte.comma, Byte.closeBracket:
                return index
            case Byte.hash where bytes[index - 1] == Byte.space:
                return index
            case Byte.openBracket, UInt8(ascii: "{"), UInt8(ascii: "}"), Byte.colon, UInt8(ascii: "?"):
                throw error(NotesMessage.flowIndicatorInItem(String(UnicodeScalar(byte))), at: index)
            case Byte.tab:
                throw error(NotesMessage.tabInPlainScalar, at: index, kind: .unsupported)
            case 0xEF, 0xE3:
                if let comma = chineseComma(at: index) { throw error(NotesMessage.chineseCommaInFlow(comma), at: index) }
                index += 1
            default:
                index += 1
            }
        }
        return index
    }

    /// `，` or `、` at `offset`: typed by a Chinese input method where a flow list needs `,`.
    private func chineseComma(at offset: Int) -> String? {
        guard offset + 2 < lineEnd else { return nil }
        if bytes[offset] == 0xEF, bytes[offset + 1] == 0xBC, bytes[offset + 2] == 0x8C { return "，" }
        if bytes[offset] == 0xE3, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x81 { return "、" }
        return nil
    }
}
