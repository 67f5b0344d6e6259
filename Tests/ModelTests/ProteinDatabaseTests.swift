@testable import Model
import XCTest

/// Writes a version-4 protein BLAST database byte by byte (the layout BlastDatabase
/// documents), so the reader is checked without makeblastdb.
enum TinyBlastWriter {
    static func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 255), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }

    /// BER of a Blast-def-line-set with one def-line: title, seqid general BL_ORD_ID:oid.
    static func defline(_ title: String, oid: Int) -> [UInt8] {
        let t = Array(title.utf8)
        var len: [UInt8] = t.count < 128 ? [UInt8(t.count)] : [0x82, UInt8(t.count >> 8), UInt8(t.count & 255)]
        if t.count >= 128 && t.count < 256 { len = [0x81, UInt8(t.count)] }
        let titleField: [UInt8] = [0xA0, 0x80, 0x1A] + len + t + [0, 0]
        let seqid: [UInt8] = [0xA1, 0x80, 0x30, 0x80, 0xAA, 0x80, 0x30, 0x80, 0xA0, 0x80, 0x1A, 0x09] + Array("BL_ORD_ID".utf8)
            + [0, 0, 0xA1, 0x80, 0xA0, 0x80, 0x02, 0x01, UInt8(oid & 127)] + [UInt8](repeating: 0, count: 12)
        return [0x30, 0x80, 0x30, 0x80] + titleField + seqid + [0, 0, 0, 0]
    }

    /// Writes base.pin/.psq/.phr for `records` (title, residue letters).
    static func write(_ records: [(String, String)], to base: String) throws {
        let codes: [Character: UInt8] = Dictionary(uniqueKeysWithValues: BlastDatabase.stdaaLetters.enumerated().map { (Character(UnicodeScalar($0.element)), UInt8($0.offset)) })
        var psq: [UInt8] = [0], phr: [UInt8] = [], seqOff = [1], hdrOff = [0]
        for (i, (title, letters)) in records.enumerated() {
            psq += letters.map { codes[$0]! } + [0]; seqOff.append(psq.count)
            phr += defline(title, oid: i); hdrOff.append(phr.count)
        }
        let title = Array("tiny".utf8), date = Array("Jan 1, 2026  1:00 AM".utf8)
        var pin = be32(4) + be32(1) + be32(title.count) + title
        let pad = (8 - (pin.count + 4 + date.count) % 8) % 8
        pin += be32(date.count + pad) + date + [UInt8](repeating: 0, count: pad)
        let total = records.reduce(0) { $0 + $1.1.count }, longest = records.map(\.1.count).max() ?? 0
        pin += be32(records.count) + (0..<8).map { UInt8(total >> (8 * $0) & 255) } + be32(longest)
        pin += hdrOff.flatMap(be32) + seqOff.flatMap(be32)
        try Data(pin).write(to: URL(fileURLWithPath: base + ".pin"))
        try Data(psq).write(to: URL(fileURLWithPath: base + ".psq"))
        try Data(phr).write(to: URL(fileURLWithPath: base + ".phr"))
    }
}

final class ProteinDatabaseTests: XCTestCase {
    let records = [("P00974|GO:0004867,GO:0004867", "RPDFCLEPPYTGPCKARIIRYFYNAKAGLCQTFVYGGCRAKRNNFKSAEDCMRTCGGA"),
                   ("B0RED7|GO:0046933", "MKVLAAGX"),
                   ("Q9XYZ1|" + String(repeating: "GO:0000001,", count: 20), "ACDEFGHIKLMNPQRSTVWYBZXUO")]

    func tmp(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "protein-db-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func testReadsAHandBuiltVersion4Database() throws {
        let base = tmp("hand") + "/tiny"
        try TinyBlastWriter.write(records, to: base)
        let db = try BlastDatabase(basePath: base)
        XCTAssertEqual(db.count, 3)
        XCTAssertEqual(db.totalResidues, records.reduce(0) { $0 + $1.1.count })
        XCTAssertEqual(db.maxLength, 58)
        XCTAssertEqual(db.title, "tiny")
        for (i, r) in records.enumerated() {
            XCTAssertEqual(try db.title(i), r.0)
            XCTAssertEqual(try db.sequence(i), r.1)
            XCTAssertEqual(try db.length(i), r.1.count)
        }
    }

    func testTruncatedAndCorruptFilesNameTheFile() throws {
        let base = tmp("corrupt") + "/tiny"
        try TinyBlastWriter.write(records, to: base)
        // A .psq shorter than the index says.
        let psq = try Data(contentsOf: URL(fileURLWithPath: base + ".psq"))
        try psq.prefix(psq.count - 5).write(to: URL(fileURLWithPath: base + ".psq"))
        XCTAssertThrowsError(try BlastDatabase(basePath: base)) { XCTAssertTrue("\($0)".contains(base + ".psq"), "\($0)") }
        // A truncated index.
        try TinyBlastWriter.write(records, to: base)
        let pin = try Data(contentsOf: URL(fileURLWithPath: base + ".pin"))
        try pin.prefix(pin.count - 3).write(to: URL(fileURLWithPath: base + ".pin"))
        XCTAssertThrowsError(try BlastDatabase(basePath: base)) { XCTAssertTrue("\($0)".contains(base + ".pin"), "\($0)") }
        // A header whose BER is broken (the def-line set's tag overwritten).
        try TinyBlastWriter.write(records, to: base)
        var phr = try Data(contentsOf: URL(fileURLWithPath: base + ".phr"))
        phr[0] = 0x31
        try phr.write(to: URL(fileURLWithPath: base + ".phr"))
        let db = try BlastDatabase(basePath: base)
        XCTAssertThrowsError(try db.title(0)) { XCTAssertTrue("\($0)".contains(base + ".phr") && "\($0)".contains("record 0"), "\($0)") }
        XCTAssertEqual(try db.title(1), records[1].0, "other records stay readable")
        // A missing volume.
        XCTAssertThrowsError(try BlastDatabase(basePath: base + "-absent")) { XCTAssertTrue("\($0)".contains(base + "-absent.pin"), "\($0)") }
    }

    /// Compared with NCBI's own tools on a database they build (skipped when ncbi-blast+ is
    /// not installed; the hand-built database above always runs).
    func testAgreesWithBlastdbcmd() throws {
        guard let makeblastdb = which("makeblastdb"), let blastdbcmd = which("blastdbcmd") else {
            throw XCTSkip("ncbi-blast+ (makeblastdb, blastdbcmd) not installed")
        }
        let dir = tmp("ncbi")
        let fasta = dir + "/sample.fasta"
        try records.map { ">\($0.0)\n\($0.1)\n" }.joined().write(toFile: fasta, atomically: true, encoding: .utf8)
        _ = try run(makeblastdb, ["-in", fasta, "-dbtype", "prot", "-blastdb_version", "4", "-out", dir + "/sample"])
        let listed = try run(blastdbcmd, ["-db", dir + "/sample", "-entry", "all", "-outfmt", "%t\t%s"])
            .split(separator: "\n").map(String.init)
        let db = try BlastDatabase(basePath: dir + "/sample")
        XCTAssertEqual(db.count, listed.count)
        for (i, line) in listed.enumerated() {
            XCTAssertEqual("\(try db.title(i))\t\(try db.sequence(i))", line)
        }
    }

    func which(_ tool: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/"].map { $0 + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func run(_ tool: String, _ args: [String]) throws -> String {
        let p = Process(); p.executableURL = URL(fileURLWithPath: tool); p.arguments = args
        let out = Pipe(); p.standardOutput = out; p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "\(tool) \(args)")
        return String(decoding: data, as: UTF8.self)
    }
}
