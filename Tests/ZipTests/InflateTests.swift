import Foundation
import XCTest
import Zip

final class InflateTests: XCTestCase {
    private func inflate(base64: String) throws -> [UInt8] {
        try Inflate.inflate([UInt8](try XCTUnwrap(Data(base64Encoded: base64))))
    }

    private func error(inflating bytes: [UInt8], limit: Int = 1 << 20) -> InflateError? {
        do {
            _ = try Inflate.inflate(bytes, limit: limit)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Fixtures made once with Python's zlib (raw deflate, wbits −15)

    func testFixedHuffmanBlock() throws {
        // zlib level 9, Z_FIXED, of "hello hello hello hello": literals and one long match.
        XCTAssertEqual(try inflate(base64: "y0jNyclXyEAnAQ=="), Array("hello hello hello hello".utf8))
    }

    func testStoredBlock() throws {
        // zlib level 0 of "abc".
        XCTAssertEqual(try inflate(base64: "AQMA/P9hYmM="), Array("abc".utf8))
    }

    func testDynamicHuffmanBlock() throws {
        // zlib level 9 of a 20-fold repeated mixed Chinese and English sentence (1160 bytes).
        let expected = Array(String(repeating: "简报检查 The quick brown fox jumps over the lazy dog. ", count: 20).utf8)
        XCTAssertEqual(expected.count, 1160)
        XCTAssertEqual(try inflate(base64: "e76u4VnX0meLG57NX6oQkpGqUFiamZytkFSUX56nkJZfoZBVmltQrJBfllqkUAKUzkmsqlRIyU/XU3g+qnNU56jOUZ1U0QkA"), expected)
    }

    // MARK: Round trips against zlib

    /// Every level 0–9 and every zlib strategy over empty, one-byte, long-run, random, text and
    /// mixed inputs; the first block types seen must cover stored, fixed and dynamic.
    func testRoundTripsAgainstZlib() throws {
        let folder = try temporaryFolder()
        let data = try Python.run("""
        import random, struct, sys, zlib
        rng = random.Random(1951)
        text = ("代表工作简报 第十六期 河南省人大常委会代表工作委员会 The quick brown fox. " * 3000).encode()
        inputs = {
            "empty": b"",
            "one byte": b"x",
            "long run": b"a" * 300000,
            "random": bytes(rng.getrandbits(8) for _ in range(70000)),
            "text": text,
            "mixed": bytes(rng.choice(b"abcab\\x00\\xff") for _ in range(40000)) + text[:50000] + b"\\x00" * 70000,
            "short distances": bytes((i * 7) % 5 for i in range(100000)),
        }
        out = open(sys.argv[1], "wb")
        def record(b):
            out.write(struct.pack("<I", len(b))); out.write(b)
        for name, data in inputs.items():
            cases = [(level, 0) for level in range(10)] + [(6, s) for s in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)]
            for level, strategy in cases:
                for mem_level in (1, 8, 9):
                    c = zlib.compressobj(level, zlib.DEFLATED, -15, mem_level, strategy)
                    record(f"{name} level {level} strategy {strategy} memLevel {mem_level}".encode())
                    record(data)
                    record(c.compress(data) + c.flush())
        """, in: folder)
        var records = Records(data)
        var count = 0
        var firstBlockTypes = Set<UInt8>()
        while !records.isAtEnd {
            let name = String(decoding: records.next(), as: UTF8.self)
            let original = records.next(), compressed = records.next()
            XCTAssertEqual(try Inflate.inflate(compressed, limit: original.count), original, name)
            if let first = compressed.first { firstBlockTypes.insert(first >> 1 & 3) }
            count += 1
        }
        XCTAssertEqual(count, 7 * 14 * 3)
        XCTAssertEqual(firstBlockTypes, [0, 1, 2], "stored, fixed and dynamic blocks all exercised")
    }

    // MARK: Malformed streams

    func testEveryTruncationIsReportedAsTruncated() throws {
        let expected = Array(String(repeating: "简报检查 The quick brown fox jumps over the lazy dog. ", count: 20).utf8)
        let stream = [UInt8](try XCTUnwrap(Data(base64Encoded: "e76u4VnX0meLG57NX6oQkpGqUFiamZytkFSUX56nkJZfoZBVmltQrJBfllqkUAKUzkmsqlRIyU/XU3g+qnNU56jOUZ1U0QkA")))
        XCTAssertEqual(try Inflate.inflate(stream), expected)
        for length in 0..<stream.count {
            XCTAssertEqual(error(inflating: Array(stream[0..<length])), .truncated, "prefix of \(length) bytes")
        }
        let stored = [UInt8](try XCTUnwrap(Data(base64Encoded: "AQMA/P9hYmM=")))
        for length in 0..<stored.count {
            XCTAssertEqual(error(inflating: Array(stored[0..<length])), .truncated, "stored prefix of \(length) bytes")
        }
    }

    func testReservedBlockType() {
        XCTAssertEqual(error(inflating: [0x07, 0x00]), .invalidBlockType)
    }

    func testStoredLengthAndComplementMustAgree() {
        XCTAssertEqual(error(inflating: [0x01, 0x03, 0x00, 0xFC, 0xFE, 0x61, 0x62, 0x63]), .storedLengthMismatch)
    }

    func testDistanceBeforeTheStart() {
        var bits = BitWriter()
        bits.write(1, bits: 1); bits.write(1, bits: 2)   // final, fixed Huffman
        bits.writeCode(0b0000001, bits: 7)                // length symbol 257: length 3
        bits.writeCode(0, bits: 5)                        // distance symbol 0: distance 1, but nothing written yet
        bits.writeCode(0, bits: 7)                        // end of block
        XCTAssertEqual(error(inflating: bits.bytes), .distanceTooFar)
    }

    func testReservedSymbols() {
        var literal = BitWriter()
        literal.write(1, bits: 1); literal.write(1, bits: 2)
        literal.writeCode(0b1100_0110, bits: 8)            // literal/length symbol 286
        literal.writeCode(0, bits: 7)
        XCTAssertEqual(error(inflating: literal.bytes), .invalidSymbol)

        var distance = BitWriter()
        distance.write(1, bits: 1); distance.write(1, bits: 2)
        distance.writeCode(0b0011_0000 + 0x41, bits: 8)    // literal "A"
        distance.writeCode(0b0000001, bits: 7)             // length 3
        distance.writeCode(30, bits: 5)                    // distance symbol 30
        distance.writeCode(0, bits: 7)
        XCTAssertEqual(error(inflating: distance.bytes), .invalidSymbol)
    }

    func testBadHuffmanTables() {
        // Four code-length codes of one bit each: over-subscribed.
        var oversubscribed = BitWriter()
        oversubscribed.write(1, bits: 1); oversubscribed.write(2, bits: 2)
        oversubscribed.write(0, bits: 5); oversubscribed.write(0, bits: 5); oversubscribed.write(0, bits: 4)
        for _ in 0..<4 { oversubscribed.write(1, bits: 3) }
        oversubscribed.write(0, bits: 16)
        XCTAssertEqual(error(inflating: oversubscribed.bytes), .invalidHuffmanTable)

        // No code-length code at all.
        var empty = BitWriter()
        empty.write(1, bits: 1); empty.write(2, bits: 2)
        empty.write(0, bits: 5); empty.write(0, bits: 5); empty.write(15, bits: 4)
        for _ in 0..<19 { empty.write(0, bits: 3) }
        empty.write(0, bits: 16)
        XCTAssertEqual(error(inflating: empty.bytes), .invalidHuffmanTable)

        // A repeat (symbol 16) with no previous length to repeat. Code-length code: symbols 16
        // and 0 with one bit each (order 16, 17, 18, 0), so bit 0 is symbol 0 and bit 1 symbol 16.
        var repeatFirst = BitWriter()
        repeatFirst.write(1, bits: 1); repeatFirst.write(2, bits: 2)
        repeatFirst.write(0, bits: 5); repeatFirst.write(0, bits: 5); repeatFirst.write(0, bits: 4)
        repeatFirst.write(1, bits: 3); repeatFirst.write(0, bits: 3); repeatFirst.write(0, bits: 3); repeatFirst.write(1, bits: 3)
        repeatFirst.writeCode(1, bits: 1)
        repeatFirst.write(0, bits: 16)
        XCTAssertEqual(error(inflating: repeatFirst.bytes), .invalidHuffmanTable)

        // Lengths for all 258 symbols of zero (only symbols 0 and 16/17/18 coded): no end-of-block code.
        var noEnd = BitWriter()
        noEnd.write(1, bits: 1); noEnd.write(2, bits: 2)
        noEnd.write(0, bits: 5); noEnd.write(0, bits: 5); noEnd.write(0, bits: 4)
        noEnd.write(1, bits: 3); noEnd.write(0, bits: 3); noEnd.write(0, bits: 3); noEnd.write(1, bits: 3)
        for _ in 0..<258 { noEnd.writeCode(0, bits: 1) }
        noEnd.write(0, bits: 16)
        XCTAssertEqual(error(inflating: noEnd.bytes), .invalidHuffmanTable)
    }

    func testOutputLimitStopsABomb() throws {
        let folder = try temporaryFolder()
        let bomb = [UInt8](try Python.run("""
        import sys, zlib
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        open(sys.argv[1], "wb").write(c.compress(b"\\0" * (20 << 20)) + c.flush())
        """, in: folder))
        XCTAssertLessThan(bomb.count, 30_000)
        XCTAssertEqual(error(inflating: bomb, limit: 1 << 20), .outputLimitExceeded(limit: 1 << 20))
        XCTAssertEqual(try Inflate.inflate(bomb, limit: 20 << 20).count, 20 << 20)
    }

    /// Random byte flips, insertions and cuts of valid streams: every result is an error or an
    /// output within the limit, never a crash or a hang.
    func testMutatedStreamsNeverCrash() throws {
        let seeds = ["y0jNyclXyEAnAQ==", "AQMA/P9hYmM=",
                     "e76u4VnX0meLG57NX6oQkpGqUFiamZytkFSUX56nkJZfoZBVmltQrJBfllqkUAKUzkmsqlRIyU/XU3g+qnNU56jOUZ1U0QkA"]
            .map { [UInt8](Data(base64Encoded: $0)!) }
        var generator = SeededGenerator(state: 14)
        var failures = 0, successes = 0
        for round in 0..<20_000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
                case 1: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 2: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                default: bytes.removeSubrange(index...)
                }
                if bytes.isEmpty { bytes = [0] }
            }
            do {
                let output = try Inflate.inflate(bytes, limit: 1 << 16)
                XCTAssertLessThanOrEqual(output.count, 1 << 16)
                successes += 1
            } catch {
                failures += 1
            }
        }
        XCTAssertGreaterThan(failures, 10_000, "most mutations are detected")
        XCTAssertGreaterThan(successes, 0, "some mutations still decode (a flipped literal bit)")
    }

    /// Pure noise as a stream: errors or bounded output only.
    func testRandomNoiseNeverCrashes() {
        var generator = SeededGenerator(state: 1951)
        var errors = 0
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0..<600, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            do {
                let output = try Inflate.inflate(bytes, limit: 1 << 16)
                XCTAssertLessThanOrEqual(output.count, 1 << 16)
            } catch {
                errors += 1
            }
        }
        XCTAssertGreaterThan(errors, 4_000)
    }
}
