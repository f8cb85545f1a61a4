import SourceText

extension TemplateValue {
    /// Template data from JSON text. Numbers become their textual form (`85` → "85",
    /// `1.210` → "1.21"), `null` is `.null`; a syntax error is located like a template error
    /// with `name` as its path.
    public init(json text: String, name: String) throws(TemplateError) {
        var reader = JSONReader(bytes: Array(text.utf8), name: name)
        self = try reader.document()
    }
}

/// A small RFC 8259 reader producing `TemplateValue`s, with Chinese, located messages.
private struct JSONReader {
    let bytes: [UInt8]
    let name: String
    var position = 0
    var depth = 0

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func document() throws(TemplateError) -> TemplateValue {
        skipWhitespace()
        let value = try value()
        skipWhitespace()
        guard position == bytes.count else { throw failure("JSON 数据在这里应当结束，后面还有多余的内容") }
        return value
    }

    private func failure(_ message: String) -> TemplateError {
        TemplateError.located(message, in: bytes, name: name, from: position, to: min(position + 1, bytes.count))
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func value() throws(TemplateError) -> TemplateValue {
        guard position < bytes.count else { throw failure("JSON 数据不完整：这里缺少一个值") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .string(try number())
        default: throw failure("JSON 语法错误：这里应当是一个值（对象、数组、字符串、数字、true、false 或 null）")
        }
    }

    private mutating func literal(_ word: String) throws(TemplateError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, bytes[position..<(position + expected.count)].elementsEqual(expected) else {
            throw failure("JSON 语法错误：无法识别的值（true、false、null 须小写）")
        }
        position += expected.count
    }

    private mutating func nested() throws(TemplateError) {
        depth += 1
        guard depth <= 512 else { throw failure("JSON 数据嵌套过深（超过 512 层）") }
    }

    private mutating func object() throws(TemplateError) -> TemplateValue {
        try nested()
        position += 1
        var entries: [String: TemplateValue] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .map(entries)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("JSON 语法错误：这里应当是用双引号括起的键名")
            }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("JSON 语法错误：键名后面缺少冒号“:”") }
            position += 1
            skipWhitespace()
            entries[key] = try value()
            skipWhitespace()
            guard position < bytes.count else { throw failure("JSON 数据不完整：对象缺少“}”") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            throw failure("JSON 语法错误：这里应当是逗号“,”或“}”")
        }
        depth -= 1
        return .map(entries)
    }

    private mutating func array() throws(TemplateError) -> TemplateValue {
        try nested()
        position += 1
        var items: [TemplateValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .list(items)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard position < bytes.count else { throw failure("JSON 数据不完整：数组缺少“]”") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            throw failure("JSON 语法错误：这里应当是逗号“,”或“]”")
        }
        depth -= 1
        return .list(items)
    }

    private mutating func string() throws(TemplateError) -> String {
        let start = position
        position += 1
        var result: [UInt8] = []
        while true {
            guard position < bytes.count else {
                position = start
                throw failure("JSON 字符串没有结束：缺少右双引号")
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: result, as: UTF8.self) else {
                    position = start
                    throw failure("JSON 字符串不是有效的 UTF-8 文本")
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw failure("JSON 字符串没有结束：缺少右双引号") }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escaped)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hexQuad()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                            throw failure("JSON 字符串里的 \\u 代理项不成对")
                        }
                        position += 2
                        let low = try hexQuad()
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure("JSON 字符串里的 \\u 代理项不成对") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw failure("JSON 字符串里的 \\u 转义不是有效字符") }
                    result.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    position -= 1
                    throw failure("JSON 字符串里有无效的转义“\\\(String(decoding: [escaped], as: UTF8.self))”")
                }
            case 0x00..<0x20:
                throw failure("JSON 字符串里不能直接出现控制字符（换行请写成 \\n）")
            default:
                result.append(byte)
                position += 1
            }
        }
    }

    private mutating func hexQuad() throws(TemplateError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw failure("JSON 字符串里的 \\u 后面应有四位十六进制数字") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("JSON 字符串里的 \\u 后面应有四位十六进制数字")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    /// Integers keep their digits; other numbers print as the shortest decimal that
    /// reads back the same (1.210 → "1.21"), whole ones without a fraction (2.0 → "2").
    private mutating func number() throws(TemplateError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        guard position > digitsStart else { throw failure("JSON 数字格式不对：负号后面缺少数字") }
        guard bytes[digitsStart] != UInt8(ascii: "0") || position - digitsStart == 1 else {
            position = digitsStart
            throw failure("JSON 数字不能以 0 开头")
        }
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            let fractionStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            guard position > fractionStart else { throw failure("JSON 数字格式不对：小数点后面缺少数字") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            let exponentStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            guard position > exponentStart else { throw failure("JSON 数字格式不对：指数部分缺少数字") }
        }
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !isInteger, let number = Double(literal) else { return literal }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
