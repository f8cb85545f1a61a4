/// A minimal ZIP writer: stored (uncompressed) entries only, which every DOCX reader accepts
/// and which keeps the project free of a compression dependency. Sizes and CRCs are known
/// before each entry is written, so local headers carry them and no data descriptors are needed.
public struct ZipArchive: Sendable {
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var bytes: [UInt8]
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds a file; `path` uses forward slashes and must be unique (the caller's contract).
    public mutating func add(_ path: String, _ bytes: [UInt8]) {
        entries.append(Entry(path: path, bytes: bytes))
    }

    public mutating func add(_ path: String, text: String) {
        add(path, Array(text.utf8))
    }

    /// The archive bytes. A fixed timestamp (1980-01-01 00:00) keeps output reproducible.
    public func bytes() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(entries.reduce(1024) { $0 + $1.bytes.count + 2 * $1.path.utf8.count + 92 })
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let crc = CRC32.checksum(entry.bytes)
            let size = UInt32(entry.bytes.count)
            let offset = UInt32(output.count)
            // Bit 11 declares UTF-8 names, so a non-ASCII part name is read back correctly.
            let flags: UInt16 = name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800

            output.appendLittleEndian(UInt32(0x0403_4b50))   // local file header
            output.appendLittleEndian(UInt16(20))             // version needed: 2.0
            output.appendLittleEndian(flags)
            output.appendLittleEndian(UInt16(0))              // method: stored
            output.appendLittleEndian(UInt16(0))              // time
            output.appendLittleEndian(UInt16(0x0021))         // date: 1980-01-01
            output.appendLittleEndian(crc)
            output.appendLittleEndian(size)                   // compressed size
            output.appendLittleEndian(size)                   // uncompressed size
            output.appendLittleEndian(UInt16(name.count))
            output.appendLittleEndian(UInt16(0))              // extra field length
            output += name
            output += entry.bytes

            central.appendLittleEndian(UInt32(0x0201_4b50))  // central directory header
            central.appendLittleEndian(UInt16(20))            // version made by: 2.0, MS-DOS
            central.appendLittleEndian(UInt16(20))            // version needed
            central.appendLittleEndian(flags)
            central.appendLittleEndian(UInt16(0))
            central.appendLittleEndian(UInt16(0))
            central.appendLittleEndian(UInt16(0x0021))
            central.appendLittleEndian(crc)
            central.appendLittleEndian(size)
            central.appendLittleEndian(size)
            central.appendLittleEndian(UInt16(name.count))
            central.appendLittleEndian(UInt16(0))             // extra field length
            central.appendLittleEndian(UInt16(0))             // comment length
            central.appendLittleEndian(UInt16(0))             // disk number start
            central.appendLittleEndian(UInt16(0))             // internal attributes
            central.appendLittleEndian(UInt32(0))             // external attributes
            central.appendLittleEndian(offset)
            central += name
        }
        let centralOffset = UInt32(output.count)
        output += central
        output.appendLittleEndian(UInt32(0x0605_4b50))       // end of central directory
        output.appendLittleEndian(UInt16(0))                  // this disk
        output.appendLittleEndian(UInt16(0))                  // disk with the central directory
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt32(central.count))
        output.appendLittleEndian(centralOffset)
        output.appendLittleEndian(UInt16(0))                  // comment length
        return output
    }
}

fileprivate extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
