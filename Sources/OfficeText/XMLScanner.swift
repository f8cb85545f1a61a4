/// A small, tolerant pull reader for the XML of Office documents: start tags (with attributes),
/// end tags and character data, entity references decoded. Comments, processing instructions and
/// a DOCTYPE are skipped; CDATA is text. Malformed markup never stops it: an unclosed tag ends the
/// input. Namespaces are not resolved (Office writes the conventional prefixes `w:`, `mc:`…), and
/// entities other than the five predefined ones and character references are left as written —
/// no DTD is ever read, so no entity can expand.
struct XMLScanner {
    enum Event {
        case start(name: String, attributes: XMLAttributes, selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark before the declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// Byte offset just past the last event returned: where the scanner stands in the input.
    var offset: Int { position }
    /// Byte offset at which the last event returned begins (its `<`, or its first character).
    private(set) var eventStart = 0

    mutating func next() -> Event? {
        let count = bytes.count
        while position < count {
            eventStart = position
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < count, bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(Self.decode(bytes[start..<position]))
            }
            // Markup.
            guard position + 1 < count else { position = count; return nil }
            switch bytes[position + 1] {
            case UInt8(ascii: "/"):
                let nameStart = position + 2
                var index = nameStart
                while index < count, !Self.isNameEnd(bytes[index]) { index += 1 }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
                guard let close = find(UInt8(ascii: ">"), from: index) else { position = count; return nil }
                position = close + 1
                return .end(name: name)
            case UInt8(ascii: "?"):
                guard let close = find("?>", from: position + 2) else { position = count; return nil }
                position = close + 2
            case UInt8(ascii: "!"):
                if matches("<!--", at: position) {
                    guard let close = find("-->", from: position + 4) else { position = count; return nil }
                    position = close + 3
                } else if matches("<![CDATA[", at: position) {
                    let start = position + 9
                    guard let close = find("]]>", from: start) else { position = count; return nil }
                    position = close + 3
                    return .text(String(decoding: bytes[start..<close], as: UTF8.self))
                } else {
                    // A DOCTYPE (with a possible internal subset in brackets) is skipped whole.
                    var depth = 0
                    var index = position + 2
                    while index < count {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "[") { depth += 1 }
                        if byte == UInt8(ascii: "]") { depth -= 1 }
                        if byte == UInt8(ascii: ">"), depth <= 0 { break }
                        index += 1
                    }
                    position = index + 1
                }
            default:
                return startTag()
            }
        }
        return nil
    }

    private mutating func startTag() -> Event? {
        let count = bytes.count
        var index = position + 1
        let nameStart = index
        while index < count, !Self.isNameEnd(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        let attributesStart = index
        // Only the end of the tag is found here (a quoted value may hold `>`); values are
        // decoded when asked for, as most tags' attributes never are.
        var quote: UInt8 = 0
        while index < count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                let selfClosing = index > attributesStart && bytes[index - 1] == UInt8(ascii: "/")
                position = index + 1
                let attributes = XMLAttributes(bytes: bytes, range: attributesStart..<(selfClosing ? index - 1 : index))
                return .start(name: name, attributes: attributes, selfClosing: selfClosing)
            }
            index += 1
        }
        position = count
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func find(_ text: StaticString, from start: Int) -> Int? {
        let first = text.utf8Start.pointee
        var index = start
        while let found = find(first, from: index) {
            if matches(text, at: found) { return found }
            index = found + 1
        }
        return nil
    }

    private func matches(_ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[index + offset] != text.utf8Start[offset] { return false }
        return true
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// Character data with entity and character references replaced.
    static func decode(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&"),
                  let semicolon = raw[index...].prefix(12).firstIndex(of: UInt8(ascii: ";"))
            else {
                output.append(byte)
                index += 1
                continue
            }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            var replacement: String?
            switch entity {
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let replacement {
                output.append(contentsOf: replacement.utf8)
                index = semicolon + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// A start tag's attributes, read from the tag's bytes when asked for.
struct XMLAttributes {
    let bytes: [UInt8]
    let range: Range<Int>

    /// The value of the attribute named `name` (qualified, e.g. `w:val`).
    func value(_ name: String) -> String? {
        var found: String?
        forEach { attributeName, valueRange in
            guard found == nil, bytes[attributeName].elementsEqual(name.utf8) else { return }
            found = XMLScanner.decode(bytes[valueRange])
        }
        return found
    }

    /// Every attribute in order.
    var all: [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        forEach { name, value in
            attributes.append((String(decoding: bytes[name], as: UTF8.self), XMLScanner.decode(bytes[value])))
        }
        return attributes
    }

    private func forEach(_ body: (Range<Int>, Range<Int>) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            while index < end, XMLScanner.isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < end, !XMLScanner.isNameEnd(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            let nameEnd = index
            while index < end, XMLScanner.isSpace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "="), nameEnd > nameStart else {
                // A name without a value, or stray characters: not XML, skipped.
                index = max(index, nameStart) + 1
                continue
            }
            index += 1
            while index < end, XMLScanner.isSpace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { continue }
            let quote = bytes[index]
            let valueStart = index + 1
            var valueEnd = valueStart
            while valueEnd < end, bytes[valueEnd] != quote { valueEnd += 1 }
            body(nameStart..<nameEnd, valueStart..<valueEnd)
            index = valueEnd + 1
        }
    }
}
