import Zip

// The ZIP and DEFLATE readers (DOCX input): any bytes are refused with a ZipError or
// InflateError, never a crash or an output past the limit; what ZipArchive writes, ZipReader
// reads back entry for entry.
let limits = ZipLimits(maximumEntrySize: 1 << 20, maximumRatio: 200, ratioFloor: 64 << 10)

func fuzz(_ bytes: [UInt8]) {
    // The input as raw DEFLATE data.
    do throws(InflateError) {
        let output = try Inflate.inflate(bytes, limit: 1 << 20)
        guard output.count <= 1 << 20 else { propertyFailed("inflate keeps to its limit", "\(output.count) bytes from \(describe(bytes))") }
    } catch {
        _ = error.detail
    }
    // The input as a ZIP archive.
    if let reader = try? ZipReader(bytes, limits: limits) {
        for entry in reader.entries {
            do throws(ZipError) {
                let contents = try reader.contents(of: entry)
                guard contents.count <= limits.maximumEntrySize else {
                    propertyFailed("an entry keeps to the size limit", "\(entry.path): \(contents.count) bytes")
                }
                guard CRC32.checksum(contents) == entry.crc else {
                    propertyFailed("an entry read is the one its checksum names", "\(entry.path) in \(describe(bytes))")
                }
            } catch {
                _ = error.message
            }
        }
    }
    // The input cut into entries, written and read back.
    var archive = ZipArchive()
    let pieces = bytes.split(separator: 0, maxSplits: 8, omittingEmptySubsequences: false)
    for (index, piece) in pieces.enumerated() {
        archive.add("part\(index)/\(piece.count).bin", Array(piece))
    }
    let written = archive.bytes()
    do throws(ZipError) {
        let reader = try ZipReader(written, limits: ZipLimits())
        guard reader.entries.map(\.path) == archive.entries.map(\.path) else {
            propertyFailed("written entries read back in order", "\(reader.entries.map(\.path)) for \(describe(bytes))")
        }
        for entry in archive.entries {
            guard try reader.contents(of: entry.path) == entry.bytes else {
                propertyFailed("written entries read back unchanged", "\(entry.path) for \(describe(bytes))")
            }
        }
    } catch {
        propertyFailed("what ZipArchive writes, ZipReader reads", "\(error.message) for \(describe(bytes))")
    }
}
