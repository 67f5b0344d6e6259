/// A protein BLAST database volume (format version 4: `NAME.pin`, `NAME.psq`, `NAME.phr`, as
/// written by `makeblastdb -dbtype prot` and shipped by Debian's metastudent-data), read
/// through memory maps: opening costs the index only; residues and headers are read when
/// asked for.
///
/// Layout (NCBI BLAST database format, version 4; integers big-endian unless stated):
/// - `.pin`: version (4), type (1 = protein), title length + title, date length + date
///   (NUL-padded so the header is 8-byte aligned), record count N, total residues (8 bytes,
///   little-endian), longest record, then N + 1 header offsets into `.phr` and N + 1
///   sequence offsets into `.psq`.
/// - `.psq`: a NUL, then each record's residues in NCBIstdaa codes followed by a NUL; record i
///   spans `seq[i] ..< seq[i + 1] - 1`.
/// - `.phr`: record i's `Blast-def-line-set` in ASN.1 BER at `hdr[i] ..< hdr[i + 1]`.
final class BlastDatabase: @unchecked Sendable {
    /// Path without extension (e.g. ".../MFO/goasp.fasta").
    let basePath: String
    /// Number of records (sequences).
    let count: Int
    /// Total residues over all records, as the index states it.
    let totalResidues: Int
    /// Length of the longest record, as the index states it.
    let maxLength: Int
    /// The database title stored in the index.
    let title: String
    private let index: MappedFile, sequences: MappedFile, headers: MappedFile
    private let headerTable: Int, sequenceTable: Int

    /// NCBIstdaa code -> letter ('-' gap, '*' stop: codes 0 and 25).
    static let stdaaLetters: [UInt8] = Array("-ABCDEFGHIKLMNPQRSTVWXYZU*OJ".utf8)

    /// Opens `basePath`.pin/.psq/.phr; throws `ModelError.corpus` naming the file that is
    /// missing, of another format or version, or shorter than its index says.
    init(basePath: String) throws {
        self.basePath = basePath
        let index = try MappedFile(path: basePath + ".pin")
        let pin = index.path
        func int(_ offset: Int) throws -> Int {
            guard let v = index.uint32BE(at: offset) else { throw ModelError.corpus("\(pin): truncated header (at byte \(offset) of \(index.count))") }
            return Int(v)
        }
        let version = try int(0)
        guard version == 4 else { throw ModelError.corpus("\(pin): BLAST database format version \(version); this reader reads version 4 (makeblastdb -blastdb_version 4)") }
        let type = try int(4)
        guard type == 1 else { throw ModelError.corpus("\(pin): not a protein database (type \(type), expected 1)") }
        var p = 8
        func text() throws -> String {
            let n = try int(p)
            guard p + 4 + n <= index.count else { throw ModelError.corpus("\(pin): truncated header string at byte \(p)") }
            let s = String(decoding: UnsafeRawBufferPointer(rebasing: index.bytes[(p + 4) ..< (p + 4 + n)]), as: UTF8.self)
            p += 4 + n
            return String(s.prefix { $0 != "\0" })
        }
        let title = try text()
        _ = try text()  // date
        let count = try int(p)
        guard let residues = index.uint64LE(at: p + 4) else { throw ModelError.corpus("\(pin): truncated header at byte \(p + 4)") }
        let maxLength = try int(p + 12)
        let headerTable = p + 16
        let sequenceTable = headerTable + 4 * (count + 1)
        let needed = sequenceTable + 4 * (count + 1)
        guard index.count >= needed else {
            throw ModelError.corpus("\(pin): truncated: \(index.count) bytes, the offset tables of \(count) records need \(needed)")
        }
        let sequences = try MappedFile(path: basePath + ".psq")
        let headers = try MappedFile(path: basePath + ".phr")
        let lastSeq = try int(sequenceTable + 4 * count), lastHdr = try int(headerTable + 4 * count)
        guard sequences.count >= lastSeq else { throw ModelError.corpus("\(sequences.path): truncated: \(sequences.count) bytes, the index says \(lastSeq)") }
        guard headers.count >= lastHdr else { throw ModelError.corpus("\(headers.path): truncated: \(headers.count) bytes, the index says \(lastHdr)") }
        self.index = index; self.sequences = sequences; self.headers = headers
        self.title = title; self.count = count; self.totalResidues = Int(residues); self.maxLength = maxLength
        self.headerTable = headerTable; self.sequenceTable = sequenceTable
    }

    private func offsets(_ table: Int, _ i: Int, file: MappedFile) throws -> Range<Int> {
        precondition(i >= 0 && i < count, "record \(i) outside 0..<\(count)")
        let a = Int(index.uint32BE(at: table + 4 * i)!), b = Int(index.uint32BE(at: table + 4 * i + 4)!)
        guard a <= b, b <= file.count else {
            throw ModelError.corpus("\(index.path): record \(i) has offsets \(a)..<\(b) outside \(file.path) (\(file.count) bytes)")
        }
        return a ..< b
    }

    /// Residues of record `i` as NCBIstdaa codes (0..<28), without the trailing NUL.
    func residueCodes(_ i: Int) throws -> UnsafeRawBufferPointer {
        let r = try offsets(sequenceTable, i, file: sequences)
        guard r.count >= 1, sequences.bytes[r.upperBound - 1] == 0 else {
            throw ModelError.corpus("\(sequences.path): record \(i) does not end with the NUL separator (corrupt file)")
        }
        return UnsafeRawBufferPointer(rebasing: sequences.bytes[r.lowerBound ..< (r.upperBound - 1)])
    }

    /// Residue letters of record `i` (e.g. "MKV..."); throws on a code outside NCBIstdaa.
    func sequence(_ i: Int) throws -> String {
        let codes = try residueCodes(i)
        var out = [UInt8](); out.reserveCapacity(codes.count)
        for c in codes {
            guard Int(c) < Self.stdaaLetters.count else { throw ModelError.corpus("\(sequences.path): record \(i) has residue code \(c) outside NCBIstdaa (corrupt file)") }
            out.append(Self.stdaaLetters[Int(c)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Length of record `i` in residues.
    func length(_ i: Int) throws -> Int { try offsets(sequenceTable, i, file: sequences).count - 1 }

    /// The title of record `i`'s first def-line (the FASTA defline text after '>' when the
    /// database was built without -parse_seqids, e.g. "B0RED7|GO:0046933,GO:0046933").
    func title(_ i: Int) throws -> String {
        let r = try offsets(headerTable, i, file: headers)
        do {
            return try BERReader(bytes: headers.bytes, range: r).firstTitle()
        } catch let e as BERReader.Malformed {
            throw ModelError.corpus("\(headers.path): record \(i): malformed header at byte \(e.offset): \(e.reason)")
        }
    }
}
