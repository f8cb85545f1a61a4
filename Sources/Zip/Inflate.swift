/// Why a DEFLATE stream could not be decompressed. Every malformed stream ends in one of these;
/// none crashes or loops.
public enum InflateError: Error, Sendable, Hashable {
    /// The stream ends before its final block does.
    case truncated
    /// Block type 3, which RFC 1951 reserves.
    case invalidBlockType
    /// A stored block whose length and its complement disagree.
    case storedLengthMismatch
    /// Code lengths that do not form a Huffman code (over-subscribed, incomplete, no end-of-block code).
    case invalidHuffmanTable
    /// A bit pattern no code stands for, or a symbol RFC 1951 reserves (286, 287; distances 30, 31).
    case invalidSymbol
    /// A match reaching back before the start of the output.
    case distanceTooFar
    /// The output would exceed the limit the caller set (a decompression bomb, or a lying size).
    case outputLimitExceeded(limit: Int)
}

/// Raw DEFLATE (RFC 1951) decompression: stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Huffman codes are decoded through lookup tables (a primary table indexed by the next bits,
/// second-level tables for the rare long codes), and the bit buffer is refilled eight bytes
/// at a time: one table load per symbol rather than one branch per bit.
public enum Inflate {
    /// Decompresses `input`; the output may not exceed `limit` bytes.
    public static func inflate(_ input: [UInt8], limit: Int = 50 << 20) throws(InflateError) -> [UInt8] {
        // Array.withUnsafeBytes rethrows untyped errors: carry the typed one out in a Result.
        try input.withUnsafeBytes { buffer in
            Result { () throws(InflateError) -> [UInt8] in try inflate(buffer, limit: limit) }
        }.get()
    }

    /// Decompresses `input`; `sizeHint` (when known, e.g. from a ZIP header) sizes the output once.
    public static func inflate(_ input: UnsafeRawBufferPointer, limit: Int = 50 << 20, sizeHint: Int? = nil) throws(InflateError) -> [UInt8] {
        var decoder = Decoder(input: input, limit: max(0, limit), sizeHint: sizeHint)
        defer { decoder.output.deallocate() }
        try decoder.run()
        return Array(UnsafeBufferPointer(start: decoder.output.baseAddress, count: decoder.written))
    }
}

/// One Huffman code as lookup tables. An entry is `symbol << 8 | length` for a code that ends
/// within the primary bits, `offset << 8 | 0x80 | subtableBits` for a link to a second-level table,
/// and 0 for a bit pattern no code uses. Second-level entries store the full code length.
struct HuffmanTable {
    var entries: [UInt32]
    let primaryBits: Int

    /// Builds the canonical code for `lengths` (one per symbol, 0 = unused), or nil if the lengths
    /// over-subscribe the code space, or leave it incomplete other than with a single one-bit code
    /// (which RFC 1951 permits for a distance code with one distance).
    init?(lengths: UnsafeBufferPointer<UInt8>, primaryBits: Int) {
        self.primaryBits = primaryBits
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left << 1 - counts[length]
            if left < 0 { return nil }
        }
        let used = counts.reduce(0, +)
        if left > 0, !(used == 1 && counts[1] == 1), used != 0 { return nil }

        // First canonical code of each length, then each symbol's code in symbol order.
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }

        entries = [UInt32](repeating: 0, count: 1 << primaryBits)
        // Longest code behind each primary prefix, to size the second-level tables.
        var longest = [UInt8](repeating: 0, count: 1 << primaryBits)
        var codes = [Int](repeating: 0, count: lengths.count)
        for symbol in 0..<lengths.count {
            let length = Int(lengths[symbol])
            guard length > 0 else { continue }
            let reversed = Self.reverse(nextCode[length], bits: length)
            nextCode[length] += 1
            codes[symbol] = reversed
            if length > primaryBits {
                let prefix = reversed & (1 << primaryBits - 1)
                longest[prefix] = max(longest[prefix], UInt8(length))
            }
        }
        for prefix in 0..<(1 << primaryBits) where longest[prefix] > 0 {
            let subtableBits = Int(longest[prefix]) - primaryBits
            entries[prefix] = UInt32(entries.count) << 8 | 0x80 | UInt32(subtableBits)
            entries.append(contentsOf: repeatElement(0, count: 1 << subtableBits))
        }
        for symbol in 0..<lengths.count {
            let length = Int(lengths[symbol])
            guard length > 0 else { continue }
            let reversed = codes[symbol]
            let entry = UInt32(symbol) << 8 | UInt32(length)
            if length <= primaryBits {
                var index = reversed
                while index < 1 << primaryBits {
                    entries[index] = entry
                    index += 1 << length
                }
            } else {
                let link = entries[reversed & (1 << primaryBits - 1)]
                let offset = Int(link >> 8), subtableBits = Int(link & 0x7F)
                let rest = reversed >> primaryBits, restBits = length - primaryBits
                var index = rest
                while index < 1 << subtableBits {
                    entries[offset + index] = entry
                    index += 1 << restBits
                }
            }
        }
    }

    static func reverse(_ code: Int, bits: Int) -> Int {
        var result = 0, code = code
        for _ in 0..<bits {
            result = result << 1 | code & 1
            code >>= 1
        }
        return result
    }

    static let fixedLiteralLength: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        return lengths.withUnsafeBufferPointer { HuffmanTable(lengths: $0, primaryBits: 10)! }
    }()

    static let fixedDistance: HuffmanTable = {
        // All 32 five-bit codes exist; 30 and 31 are rejected when decoded.
        let lengths = [UInt8](repeating: 5, count: 32)
        return lengths.withUnsafeBufferPointer { HuffmanTable(lengths: $0, primaryBits: 8)! }
    }()
}

/// Length and distance symbols as `base << 8 | extra bits` (RFC 1951, 3.2.5).
private let lengthCodes: [UInt32] = zip(
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258] as [UInt32],
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0] as [UInt32]
).map { $0 << 8 | $1 }
private let distanceCodes: [UInt32] = zip(
    [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
     4097, 6145, 8193, 12289, 16385, 24577] as [UInt32],
    [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13] as [UInt32]
).map { $0 << 8 | $1 }
/// The order in which a dynamic block lists the code-length code's lengths.
private let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

private struct Decoder {
    let input: UnsafeRawBufferPointer
    let limit: Int
    var position = 0
    var bits: UInt64 = 0
    var bitCount = 0
    /// Zero bytes fed in past the end of the input; consuming one means the stream was truncated.
    var phantomBytes = 0
    var output: UnsafeMutableBufferPointer<UInt8>
    var written = 0

    /// Slack past the logical end so a match may be copied eight bytes at a time.
    static let slack = 16

    init(input: UnsafeRawBufferPointer, limit: Int, sizeHint: Int?) {
        self.input = input
        self.limit = limit
        let initial = min(limit, max(sizeHint ?? input.count * 4, 1024))
        output = .allocate(capacity: initial + Self.slack)
    }

    /// Fills the bit buffer to at least 56 bits; past the end with zero bytes (counted).
    @inline(__always)
    mutating func refill() throws(InflateError) {
        if position + 8 <= input.count {
            let word = input.loadUnaligned(fromByteOffset: position, as: UInt64.self).littleEndian
            bits |= word << UInt64(bitCount)
            position += (63 - bitCount) >> 3
            bitCount |= 56
            return
        }
        while bitCount <= 56 {
            if position < input.count {
                bits |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
            } else {
                // More phantom bytes than the buffer holds means some were consumed.
                phantomBytes += 1
                if phantomBytes > 8 { throw .truncated }
            }
            bitCount += 8
        }
    }

    @inline(__always)
    mutating func take(_ count: Int) -> UInt32 {
        let value = UInt32(truncatingIfNeeded: bits & (1 << UInt64(count) - 1))
        bits >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// Whether bits that do not exist have been consumed.
    var overran: Bool { phantomBytes * 8 > bitCount }

    mutating func ensureCapacity(_ needed: Int) throws(InflateError) {
        guard written + needed > output.count - Self.slack else { return }
        guard written + needed <= limit else { throw .outputLimitExceeded(limit: limit) }
        let grown = min(limit, max(written + needed, (output.count - Self.slack) * 2))
        let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: grown + Self.slack)
        larger.baseAddress!.update(from: output.baseAddress!, count: written)
        output.deallocate()
        output = larger
    }

    mutating func run() throws(InflateError) {
        var final = false
        while !final {
            try refill()
            final = take(1) == 1
            switch take(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literalLength: HuffmanTable.fixedLiteralLength, distance: HuffmanTable.fixedDistance)
            case 2:
                let (literalLength, distance) = try dynamicTables()
                try huffmanBlock(literalLength: literalLength, distance: distance)
            default: throw .invalidBlockType
            }
            if overran { throw .truncated }
        }
    }

    mutating func storedBlock() throws(InflateError) {
        // Drop to a byte boundary, then give back the whole real bytes still in the buffer.
        _ = take(bitCount & 7)
        let buffered = bitCount >> 3 - phantomBytes
        guard buffered >= 0 else { throw .truncated }
        position -= buffered
        bits = 0
        bitCount = 0
        phantomBytes = 0
        guard position + 4 <= input.count else { throw .truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == complement ^ 0xFFFF else { throw .storedLengthMismatch }
        position += 4
        guard position + length <= input.count else { throw .truncated }
        try ensureCapacity(length)
        if length > 0 {
            UnsafeMutableRawPointer(output.baseAddress! + written)
                .copyMemory(from: input.baseAddress! + position, byteCount: length)
        }
        written += length
        position += length
    }

    /// Reads one symbol; the buffer must hold at least 15 bits.
    @inline(__always)
    mutating func decode(_ table: UnsafePointer<UInt32>, primaryBits: Int) throws(InflateError) -> Int {
        var entry = table[Int(truncatingIfNeeded: bits) & (1 << primaryBits - 1)]
        if entry & 0x80 != 0 {
            let subtableBits = Int(entry & 0x7F)
            entry = table[Int(entry >> 8) + (Int(truncatingIfNeeded: bits >> UInt64(primaryBits)) & (1 << subtableBits - 1))]
        }
        let length = Int(entry & 0xFF)
        guard length > 0 else { throw .invalidSymbol }
        bits >>= UInt64(length)
        bitCount -= length
        return Int(entry >> 8)
    }

    mutating func dynamicTables() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        try refill()
        let literalCount = Int(take(5)) + 257
        let distanceCount = Int(take(5)) + 1
        let codeLengthCount = Int(take(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidHuffmanTable }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            if bitCount < 3 { try refill() }
            codeLengthLengths[codeLengthOrder[index]] = UInt8(take(3))
        }
        guard let codeLengthTable = codeLengthLengths.withUnsafeBufferPointer({ HuffmanTable(lengths: $0, primaryBits: 7) }),
              codeLengthLengths.contains(where: { $0 != 0 })
        else { throw .invalidHuffmanTable }

        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        try codeLengthTable.entries.withUnsafeBufferPointer { (table: UnsafeBufferPointer<UInt32>) throws(InflateError) in
            while index < lengths.count {
                try refill()
                let symbol = try decode(table.baseAddress!, primaryBits: 7)
                let repeated: UInt8, count: Int
                switch symbol {
                case 0...15:
                    lengths[index] = UInt8(symbol)
                    index += 1
                    continue
                case 16:
                    guard index > 0 else { throw .invalidHuffmanTable }
                    repeated = lengths[index - 1]
                    count = 3 + Int(take(2))
                case 17:
                    repeated = 0
                    count = 3 + Int(take(3))
                default:
                    repeated = 0
                    count = 11 + Int(take(7))
                }
                guard index + count <= lengths.count else { throw .invalidHuffmanTable }
                for offset in 0..<count { lengths[index + offset] = repeated }
                index += count
            }
        }
        if overran { throw .truncated }
        // Without an end-of-block code the block could never end.
        guard lengths[256] != 0 else { throw .invalidHuffmanTable }
        let tables = lengths.withUnsafeBufferPointer { all -> (HuffmanTable?, HuffmanTable?) in
            let literalLength = HuffmanTable(lengths: UnsafeBufferPointer(rebasing: all[0..<literalCount]), primaryBits: 10)
            let distance = HuffmanTable(lengths: UnsafeBufferPointer(rebasing: all[literalCount...]), primaryBits: 8)
            return (literalLength, distance)
        }
        guard let literalLength = tables.0, let distance = tables.1 else { throw .invalidHuffmanTable }
        return (literalLength, distance)
    }

    mutating func huffmanBlock(literalLength: HuffmanTable, distance: HuffmanTable) throws(InflateError) {
        try literalLength.entries.withUnsafeBufferPointer { (literalTable: UnsafeBufferPointer<UInt32>) throws(InflateError) in
            try distance.entries.withUnsafeBufferPointer { (distanceTable: UnsafeBufferPointer<UInt32>) throws(InflateError) in
                try lengthCodes.withUnsafeBufferPointer { (lengthCodes: UnsafeBufferPointer<UInt32>) throws(InflateError) in
                    try distanceCodes.withUnsafeBufferPointer { (distanceCodes: UnsafeBufferPointer<UInt32>) throws(InflateError) in
                        try decodeSymbols(literalTable.baseAddress!, distanceTable.baseAddress!, lengthCodes.baseAddress!, distanceCodes.baseAddress!)
                    }
                }
            }
        }
    }

    @inline(__always)
    mutating func decodeSymbols(_ literalTable: UnsafePointer<UInt32>, _ distanceTable: UnsafePointer<UInt32>,
                                _ lengthCodes: UnsafePointer<UInt32>, _ distanceCodes: UnsafePointer<UInt32>) throws(InflateError) {
        while true {
            // 56 bits cover the longest step: a 15-bit length code with 5 extra bits,
            // then (after a second refill) a 15-bit distance code with 13 extra bits.
            if bitCount < 32 { try refill() }
            let symbol = try decode(literalTable, primaryBits: 10)
            if symbol < 256 {
                if written >= output.count - Decoder.slack { try ensureCapacity(1) }
                output[written] = UInt8(truncatingIfNeeded: symbol)
                written += 1
                continue
            }
            if symbol == 256 { return }
            let lengthSymbol = symbol - 257
            guard lengthSymbol < 29 else { throw .invalidSymbol }
            let lengthCode = lengthCodes[lengthSymbol]
            let length = Int(lengthCode >> 8) + Int(take(Int(lengthCode & 0xFF)))
            if bitCount < 32 { try refill() }
            let distanceSymbol = try decode(distanceTable, primaryBits: 8)
            guard distanceSymbol < 30 else { throw .invalidSymbol }
            let distanceCode = distanceCodes[distanceSymbol]
            let distance = Int(distanceCode >> 8) + Int(take(Int(distanceCode & 0xFF)))
            guard distance <= written else {
                // A phantom zero may have produced this match: report the cause, not the symptom.
                throw overran ? .truncated : .distanceTooFar
            }
            if written + length > output.count - Decoder.slack { try ensureCapacity(length) }
            let base = output.baseAddress!
            var target = base + written
            var source = target - distance
            let end = target + length
            if distance >= 8 {
                // Eight bytes a step; each step reads only bytes already written (distance ≥ 8),
                // and the slack absorbs the overshoot past `end`.
                repeat {
                    UnsafeMutableRawPointer(target).storeBytes(of: UnsafeRawPointer(source).loadUnaligned(as: UInt64.self), as: UInt64.self)
                    target += 8
                    source += 8
                } while target < end
            } else if distance == 1 {
                target.update(repeating: source.pointee, count: length)
            } else {
                repeat {
                    target.pointee = source.pointee
                    target += 1
                    source += 1
                } while target < end
            }
            written += length
        }
    }
}
