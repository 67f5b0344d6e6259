@testable import Model
import PerformerTensor
import XCTest

final class ProteinCorpusTests: XCTestCase {
    func tmp(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "protein-corpus-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Union of a database and a FASTA file, de-duplicated by accession (the grouping source
    /// wins); the split of an accession depends on it alone (and the OOD seed).
    func testUnionDeduplicatesAndSplitsDeterministically() throws {
        let dir = tmp("union")
        let dbRecords = (0..<40).map { ("A\($0)|GO:\(String(format: "%07d", $0 % 7))", "MKV") }
        try TinyBlastWriter.write(dbRecords, to: dir + "/mfo")
        let fasta = (30..<60).map { ">A\($0)|GO:0000009\nACDE\nFGH\n" }.joined()
        try fasta.write(toFile: dir + "/bpo.fasta", atomically: true, encoding: .utf8)
        let corpus = try ProteinCorpus(sources: [dir + "/bpo.fasta", dir + "/mfo"], groupSource: 1, oodSeed: 3)
        XCTAssertEqual(corpus.entries.count, 60, "A30..A39 appear twice")
        XCTAssertEqual(Set(corpus.entries.map(\.accession)).count, 60)
        let a35 = corpus.index(ofAccession: "A35")!
        XCTAssertEqual(try corpus.tokens(a35).count, 3, "the grouping source's copy (MKV) wins")
        XCTAssertEqual(try corpus.tokens(corpus.index(ofAccession: "A45")!).count, 7, "FASTA lines joined")
        XCTAssertEqual(ProteinCorpus.Split.allCases.reduce(0) { $0 + corpus.count($1) }, 60)
        // OOD = exactly the proteins with a held-out term of the grouping source.
        for e in corpus.entries {
            let n = Int(e.accession.dropFirst())!
            let term = String(format: "GO:%07d", n % 7)
            XCTAssertEqual(e.split == .ood, n < 40 && corpus.heldOutTerms.contains(term), e.accession)
        }
        let again = try ProteinCorpus(sources: [dir + "/mfo", dir + "/bpo.fasta"], groupSource: 0, oodSeed: 3)
        for e in again.entries { XCTAssertEqual(e.split, corpus.entries[corpus.index(ofAccession: e.accession)!].split) }
    }

    func testUnknownLetterNamesFileAndRecord() throws {
        let dir = tmp("unknown")
        try ">P1|x\nMKV\n>P2|y\nMKJV\n".write(toFile: dir + "/bad.fasta", atomically: true, encoding: .utf8)
        let corpus = try ProteinCorpus(sources: [dir + "/bad.fasta"], oodSeed: 1)
        XCTAssertEqual(try corpus.tokens(0), [13, 11, 20].map { Int32($0) }, "M K V = 3 + their indices 10, 8, 17 in ACDEFGHIKLMNPQRSTVWY")
        XCTAssertThrowsError(try corpus.tokens(1)) { e in
            XCTAssertTrue("\(e)".contains("bad.fasta record 2 (P2)") && "\(e)".contains("'J'"), "\(e)")
        }
        XCTAssertThrowsError(try ProteinCorpus(sources: [dir + "/absent"], oodSeed: 1)) { XCTAssertTrue("\($0)".contains(dir + "/absent"), "\($0)") }
        XCTAssertThrowsError(try ProteinCorpus.metastudent(root: dir, oodSeed: 1)) { XCTAssertTrue("\($0)".contains("metastudent-data"), "\($0)") }
    }

    func testVocabulary() {
        XCTAssertEqual(ProteinVocabulary.size, 28)
        XCTAssertEqual(ProteinVocabulary.letter(3), "A")
        XCTAssertEqual(ProteinVocabulary.letter(22), "Y")
        XCTAssertEqual(ProteinVocabulary.letter(27), "O")
        XCTAssertEqual(ProteinVocabulary.byStdaa[4], ProteinVocabulary.byASCII[Int(UInt8(ascii: "D"))])
    }

    func testCausalAndMaskedRows() throws {
        let dir = tmp("rows")
        try ">P1\nACDEF\n>P2\nMKVLAAGGHHKK\n".write(toFile: dir + "/r.fasta", atomically: true, encoding: .utf8)
        let corpus = try ProteinCorpus(sources: [dir + "/r.fasta"], oodSeed: 1)
        let u = ProteinBatches(corpus: corpus, length: 8, causal: true)
        var rng = SeededGenerator(seed: 1)
        let b = try u.rows([0], rng: &rng, randomCrop: false)
        // [sep A C D E F] then pads: inputs sep A C D E F pad pad, targets A C D E F -1 -1 -1.
        XCTAssertEqual(b.inputs, [2, 3, 4, 5, 6, 7, 0, 0])
        XCTAssertEqual(b.targets, [3, 4, 5, 6, 7, -1, -1, -1])
        let m = ProteinBatches(corpus: corpus, length: 8, causal: false, maskRate: 0.15)
        let batch = try m.trainBatch(step: 0, batch: 64, seed: 1)
        var masked = 0, residues = 0
        for i in 0..<batch.inputs.count where batch.inputs[i] != ProteinVocabulary.pad {
            residues += 1
            if batch.inputs[i] == ProteinVocabulary.mask { masked += 1; XCTAssertGreaterThanOrEqual(batch.targets[i], 3) }
            else { XCTAssertEqual(batch.targets[i], -1) }
        }
        // At least one forced mask per row plus 15% of the others: with 64 rows of 5 or 8
        // residues the masked share lies in [0.15, 0.45] except with negligible probability.
        XCTAssertGreaterThan(Double(masked) / Double(residues), 0.15)
        XCTAssertLessThan(Double(masked) / Double(residues), 0.45)
        XCTAssertEqual(try m.trainBatch(step: 3, batch: 4, seed: 9).inputs, try m.trainBatch(step: 3, batch: 4, seed: 9).inputs)
    }

    /// The installed metastudent-data (skipped without it): counts of the union and splits.
    func testMetastudentCorpus() throws {
        guard FileManager.default.fileExists(atPath: ProteinCorpus.metastudentRoot + "/MFO/goasp.fasta.pin") else {
            throw XCTSkip("metastudent-data not installed")
        }
        let corpus = try ProteinCorpus.sharedMetastudent(oodSeed: 1)
        let counts = ProteinCorpus.Split.allCases.map { "\($0.rawValue) \(corpus.count($0))" }
        print("metastudent proteins: \(corpus.entries.count); " + counts.joined(separator: ", ") + "; held-out terms \(corpus.heldOutTerms.count)")
        XCTAssertGreaterThan(corpus.entries.count, 500_000)
        let p = try XCTUnwrap(corpus.index(ofAccession: "P00974"))
        XCTAssertEqual(try corpus.tokens(p).count, 100, "BPT1_BOVIN precursor is 100 residues")
    }
}
