import Foundation
import XCTest
import Zip

final class ZipReaderTests: XCTestCase {
    private func error(reading bytes: [UInt8], entry path: String? = nil, limits: ZipLimits = ZipLimits()) -> ZipError? {
        do {
            let reader = try ZipReader(bytes, limits: limits)
            for entry in reader.entries where path == nil || entry.path == path { _ = try reader.contents(of: entry) }
            return nil
        } catch {
            return error
        }
    }

    /// An archive Python's zipfile writes: deflated and stored entries, a folder, a UTF-8 name,
    /// a data descriptor (streamed entry) and an archive comment.
    private func pythonArchive() throws -> [UInt8] {
        [UInt8](try Python.run("""
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], "w") as z:
            z.writestr("word/document.xml", ("<w:p>简报</w:p>" * 5000).encode(), zipfile.ZIP_DEFLATED)
            z.writestr("stored.txt", b"stored text", zipfile.ZIP_STORED)
            z.writestr("empty", b"", zipfile.ZIP_DEFLATED)
            z.writestr("dir/", b"")
            z.writestr("简报.txt", "中文名".encode(), zipfile.ZIP_DEFLATED)
            with z.open("streamed.bin", "w") as f:
                f.write(bytes(range(256)) * 100)
            z.comment = b"an archive comment"
        """, in: try temporaryFolder()))
    }

    func testReadsWhatPythonWrites() throws {
        let reader = try ZipReader(try pythonArchive())
        XCTAssertEqual(reader.entries.map(\.path), ["word/document.xml", "stored.txt", "empty", "dir/", "简报.txt", "streamed.bin"])
        XCTAssertEqual(try reader.contents(of: "word/document.xml"), Array(String(repeating: "<w:p>简报</w:p>", count: 5000).utf8))
        XCTAssertEqual(reader.entry("word/document.xml")?.method, 8)
        XCTAssertEqual(try reader.contents(of: "stored.txt"), Array("stored text".utf8))
        XCTAssertEqual(try reader.contents(of: "empty"), [])
        XCTAssertEqual(try reader.contents(of: "简报.txt"), Array("中文名".utf8))
        XCTAssertEqual(try reader.contents(of: "streamed.bin"), Array(repeating: Array(0...255), count: 100).flatMap { $0 })
        XCTAssertNil(try reader.contents(of: "missing"))
    }

    func testReadsWhatTheWriterWrites() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hello")
        archive.add("简报/b.xml", text: "<x>简报</x>")
        let reader = try ZipReader(archive.bytes())
        XCTAssertEqual(reader.entries.map(\.path), ["a.txt", "简报/b.xml"])
        XCTAssertEqual(try reader.contents(of: "简报/b.xml"), Array("<x>简报</x>".utf8))
    }

    func testSignature() throws {
        XCTAssertTrue(ZipReader.hasSignature(ZipArchive().bytes()))
        var archive = ZipArchive()
        archive.add("a", text: "b")
        XCTAssertTrue(ZipReader.hasSignature(archive.bytes()))
        XCTAssertFalse(ZipReader.hasSignature(Array("PK".utf8)))
        XCTAssertFalse(ZipReader.hasSignature([0xD0, 0xCF, 0x11, 0xE0]))
    }

    func testNotAZip() {
        XCTAssertEqual(error(reading: Array("这只是一段文字，不是压缩包。".utf8)), .notAZip)
        XCTAssertEqual(error(reading: []), .notAZip)
        XCTAssertEqual(error(reading: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600)), .notAZip)
    }

    func testEveryTruncationIsAnError() throws {
        let bytes = try pythonArchive()
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
            let found = error(reading: Array(bytes[0..<length]))
            XCTAssertNotNil(found, "prefix of \(length) bytes")
            if length >= 4 { XCTAssertEqual(found, .truncated, "a cut archive still starts like one (\(length) bytes)") }
        }
    }

    func testChecksumMismatch() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hello")
        var bytes = archive.bytes()
        bytes[30 + 5] ^= 0x20   // "hello" → "Hello" in the stored data
        XCTAssertEqual(error(reading: bytes), .checksumMismatch(path: "a.txt"))
    }

    func testEncryptedEntry() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hello")
        var bytes = archive.bytes()
        let central = bytes.count - 22 - 46 - 5
        bytes[central + 8] |= 1
        XCTAssertEqual(error(reading: bytes), .encrypted(path: "a.txt"))
    }

    func testUnsupportedMethod() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hello")
        var bytes = archive.bytes()
        let central = bytes.count - 22 - 46 - 5
        bytes[central + 10] = 12   // bzip2
        XCTAssertEqual(error(reading: bytes), .unsupportedMethod(path: "a.txt", method: 12))
    }

    func testZip64() throws {
        var archive = ZipArchive()
        archive.add("a.txt", text: "hello")
        var bytes = archive.bytes()
        let end = bytes.count - 22
        bytes[end + 16] = 0xFF; bytes[end + 17] = 0xFF; bytes[end + 18] = 0xFF; bytes[end + 19] = 0xFF
        XCTAssertEqual(error(reading: bytes), .zip64)
        let forced = [UInt8](try Python.run("""
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], "w", allowZip64=True) as z:
            with z.open("big.xml", "w", force_zip64=True) as f:
                f.write(b"x")
        """, in: try temporaryFolder()))
        // Python marks only the local header as ZIP64: readable, or refused as ZIP64 — never misread.
        if let found = error(reading: forced) { XCTAssertEqual(found, .zip64) }
    }

    func testDecompressionBombs() throws {
        let bytes = [UInt8](try Python.run("""
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"<w:p/>" * 1000)
            z.writestr("bomb.xml", b"\\0" * (60 << 20))
            z.writestr("dense.xml", b"\\0" * (4 << 20))
        """, in: try temporaryFolder()))
        XCTAssertLessThan(bytes.count, 100_000)
        XCTAssertNil(error(reading: bytes, entry: "word/document.xml"))
        XCTAssertEqual(error(reading: bytes, entry: "bomb.xml"), .tooLarge(path: "bomb.xml", limit: 50 << 20))
        XCTAssertEqual(error(reading: bytes, entry: "dense.xml"), .tooLarge(path: "dense.xml", limit: 50 << 20), "ratio above 200")
        let generous = ZipLimits(maximumEntrySize: 100 << 20, maximumRatio: 2000)
        XCTAssertNil(error(reading: bytes, entry: "dense.xml", limits: generous))
    }

    /// A deflated entry whose declared size is smaller than what it inflates to is stopped at
    /// the declared size.
    func testLyingSizeIsCorrupt() throws {
        let bytes = [UInt8](try Python.run("""
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("a.xml", b"abc" * 1000)
        """, in: try temporaryFolder()))
        var patched = bytes
        let central = patched.count - 22 - 46 - 5
        patched[central + 24] = 10; patched[central + 25] = 0   // declared size 10 of 3000
        XCTAssertEqual(error(reading: patched), .corrupt("a.xml 解压后比声明的大小长"))
    }

    func testMutatedArchivesNeverCrash() throws {
        let seed = try pythonArchive()
        var generator = SeededGenerator(state: 13)
        var errors = 0
        for _ in 0..<1_000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if error(reading: bytes) != nil { errors += 1 }
        }
        XCTAssertGreaterThan(errors, 300)
    }

    func testMessagesAreChinese() {
        XCTAssertEqual(ZipError.notAZip.message, "不是 ZIP 压缩包")
        XCTAssertTrue(ZipError.inflate(path: "word/document.xml", .distanceTooFar).message.contains("回溯距离"))
    }
}
