/// Why a ZIP archive, or one entry of it, could not be read.
public enum ZipError: Error, Sendable, Hashable {
    /// No end-of-central-directory record and no ZIP signature at the start.
    case notAZip
    /// The archive stops before a header or an entry's data ends.
    case truncated
    /// Headers that contradict each other or point outside the archive.
    case corrupt(String)
    /// An entry whose data does not match its CRC-32.
    case checksumMismatch(path: String)
    /// An entry encrypted with a password (general purpose flag bit 0).
    case encrypted(path: String)
    /// A ZIP64 archive (sizes, offsets or counts that do not fit 32 bits); not needed for documents.
    case zip64
    /// A split (multi-disk) archive.
    case multipleDisks
    /// A compression method other than stored (0) and deflate (8).
    case unsupportedMethod(path: String, method: Int)
    /// An entry larger than the limit, or compressed more than the ratio limit allows.
    case tooLarge(path: String, limit: Int)
    /// The entry's DEFLATE stream is malformed.
    case inflate(path: String, InflateError)

    /// What went wrong, said for a user (Simplified Chinese).
    public var message: String {
        switch self {
        case .notAZip: "不是 ZIP 压缩包"
        case .truncated: "压缩包不完整（文件被截断）"
        case .corrupt(let detail): "压缩包已损坏（\(detail)）"
        case .checksumMismatch(let path): "压缩包已损坏：\(path) 的校验和（CRC-32）不符"
        case .encrypted(let path): "\(path) 已加密（设有打开密码），请去掉密码后另存"
        case .zip64: "压缩包使用 ZIP64 格式，暂不支持"
        case .multipleDisks: "压缩包分成了多卷，暂不支持"
        case .unsupportedMethod(let path, let method): "\(path) 使用的压缩方法（\(method)）不受支持，只支持存储和 Deflate"
        case .tooLarge(let path, let limit): "\(path) 解压后超过 \(limit >> 20) MB 或压缩比异常，疑为压缩炸弹，已停止读取"
        case .inflate(let path, let error): "压缩包已损坏：\(path) 的压缩数据无效（\(error.detail)）"
        }
    }
}

extension InflateError {
    /// A short phrase for the user's message.
    public var detail: String {
        switch self {
        case .truncated: "数据被截断"
        case .invalidBlockType: "块类型无效"
        case .storedLengthMismatch: "存储块长度不符"
        case .invalidHuffmanTable: "哈夫曼码表无效"
        case .invalidSymbol: "出现无效的码"
        case .distanceTooFar: "回溯距离超出已解压数据"
        case .outputLimitExceeded(let limit): "解压后超过 \(limit) 字节"
        }
    }
}

/// Limits that keep a hostile archive from exhausting memory.
public struct ZipLimits: Sendable {
    /// Largest inflated size of one entry.
    public var maximumEntrySize: Int
    /// Largest inflated/compressed ratio, checked for entries above `ratioFloor` bytes; text
    /// compresses about 5–20 times, so a far larger ratio marks a bomb.
    public var maximumRatio: Int
    public var ratioFloor: Int

    public init(maximumEntrySize: Int = 50 << 20, maximumRatio: Int = 200, ratioFloor: Int = 1 << 20) {
        self.maximumEntrySize = maximumEntrySize
        self.maximumRatio = maximumRatio
        self.ratioFloor = ratioFloor
    }
}

/// Reads a ZIP archive the way unzip and Word do: through the end-of-central-directory record and
/// the central directory, then each entry's local header. Entries are inflated on demand.
public struct ZipReader: Sendable {
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var method: Int
        public var flags: UInt16
        public var crc: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int
    }

    public let bytes: [UInt8]
    public let entries: [Entry]
    public var limits: ZipLimits

    /// Whether `bytes` begin like a ZIP archive (a local file header, or an empty archive).
    public static func hasSignature(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))
    }

    public init(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(ZipError) {
        self.bytes = bytes
        self.limits = limits
        entries = try Self.centralDirectory(bytes)
    }

    /// The first entry named `path` (ZIP allows duplicates; Word never writes them).
    public func entry(_ path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// The inflated bytes of the entry named `path`, or nil if there is none.
    public func contents(of path: String) throws(ZipError) -> [UInt8]? {
        guard let entry = entry(path) else { return nil }
        return try contents(of: entry)
    }

    public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        let path = entry.path
        guard entry.flags & 1 == 0 else { throw .encrypted(path: path) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(path: path, method: entry.method) }
        guard entry.uncompressedSize <= limits.maximumEntrySize,
              entry.uncompressedSize <= limits.ratioFloor
                || entry.uncompressedSize / max(entry.compressedSize, 1) <= limits.maximumRatio
        else { throw .tooLarge(path: path, limit: limits.maximumEntrySize) }

        let local = entry.localHeaderOffset
        guard local + 30 <= bytes.count else { throw .truncated }
        guard uint32(local) == 0x0403_4B50 else { throw .corrupt("\(path) 的本地文件头无效") }
        let dataStart = local + 30 + Int(uint16(local + 26)) + Int(uint16(local + 28))
        guard dataStart + entry.compressedSize <= bytes.count else { throw .truncated }

        let data: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw .corrupt("\(path) 的大小前后不一") }
            data = Array(bytes[dataStart..<(dataStart + entry.compressedSize)])
        } else {
            // The declared size is the limit: a stream that inflates past it is corrupt
            // or hostile, and either way is stopped there.
            let inflated = bytes.withUnsafeBytes { all in
                Result { () throws(InflateError) -> [UInt8] in
                    let compressed = UnsafeRawBufferPointer(rebasing: all[dataStart..<(dataStart + entry.compressedSize)])
                    return try Inflate.inflate(compressed, limit: entry.uncompressedSize, sizeHint: entry.uncompressedSize)
                }
            }
            switch inflated {
            case .success(let output): data = output
            case .failure(.outputLimitExceeded): throw .corrupt("\(path) 解压后比声明的大小长")
            case .failure(let error): throw .inflate(path: path, error)
            }
            guard data.count == entry.uncompressedSize else { throw .corrupt("\(path) 解压后比声明的大小短") }
        }
        guard CRC32.checksum(data) == entry.crc else { throw .checksumMismatch(path: path) }
        return data
    }

    // MARK: Structure

    private func uint16(_ at: Int) -> UInt16 { Self.uint16(bytes, at) }
    private func uint32(_ at: Int) -> UInt32 { Self.uint32(bytes, at) }
    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    private static func centralDirectory(_ bytes: [UInt8]) throws(ZipError) -> [Entry] {
        // The end record is the last 22 bytes, unless an archive comment (≤ 65535 bytes) follows it.
        var end = -1
        var candidate = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while candidate >= lowest {
            if bytes[candidate] == 0x50, uint32(bytes, candidate) == 0x0605_4B50,
               candidate + 22 + Int(uint16(bytes, candidate + 20)) == bytes.count {
                end = candidate
                break
            }
            candidate -= 1
        }
        guard end >= 0 else {
            throw hasSignature(bytes) ? .truncated : .notAZip
        }
        if end >= 20, uint32(bytes, end - 20) == 0x0706_4B50 { throw .zip64 }
        guard uint16(bytes, end + 4) == 0, uint16(bytes, end + 6) == 0 else { throw .multipleDisks }
        let count = Int(uint16(bytes, end + 10))
        let size = Int(uint32(bytes, end + 12)), start = Int(uint32(bytes, end + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF { throw .zip64 }
        guard Int(uint16(bytes, end + 8)) == count else { throw .multipleDisks }
        guard start + size <= end else { throw .truncated }

        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = start
        for _ in 0..<count {
            guard at + 46 <= end else { throw .truncated }
            guard uint32(bytes, at) == 0x0201_4B50 else { throw .corrupt("中央目录项无效") }
            let flags = uint16(bytes, at + 8)
            let method = Int(uint16(bytes, at + 10))
            let crc = uint32(bytes, at + 16)
            let compressed = Int(uint32(bytes, at + 20)), uncompressed = Int(uint32(bytes, at + 24))
            let nameLength = Int(uint16(bytes, at + 28)), extra = Int(uint16(bytes, at + 30)), comment = Int(uint16(bytes, at + 32))
            let local = Int(uint32(bytes, at + 42))
            guard at + 46 + nameLength + extra + comment <= end else { throw .truncated }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { throw .zip64 }
            // Names are UTF-8 when bit 11 says so; otherwise code page 437, but the parts of an
            // Office document are ASCII, where the two agree.
            let path = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            guard local < start else { throw .corrupt("\(path) 的位置超出数据区") }
            entries.append(Entry(path: path, method: method, flags: flags, crc: crc, compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: local))
            at += 46 + nameLength + extra + comment
        }
        return entries
    }
}
