@testable import Model
import XCTest

final class CorpusTests: XCTestCase {
    /// The installed fortunes corpus: sorted plain files only, 90/10 split, and a unigram
    /// baseline between 2 and 6 bits per byte (English text is ~4.5 bits/byte by frequencies).
    func testFortunesCorpus() throws {
        guard Corpus.fortuneDirectories.contains(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw XCTSkip("fortunes package not installed")
        }
        let corpus = try Corpus.fortunes()
        let total = corpus.train.count + corpus.validation.count
        XCTAssertGreaterThan(total, 500_000)
        XCTAssertEqual(Double(corpus.validation.count) / Double(total), 0.1, accuracy: 1e-4)
        let bitsPerByte = corpus.unigramBaseline / log(2)
        XCTAssertGreaterThan(bitsPerByte, 2)
        XCTAssertLessThan(bitsPerByte, 6)
        let dir = Corpus.fortuneDirectories.first { FileManager.default.fileExists(atPath: $0) }!
        let files = try Corpus.textFiles(in: dir)
        XCTAssertEqual(files, files.sorted())
        XCTAssertFalse(files.contains { $0.hasSuffix(".dat") || $0.hasSuffix(".u8") })
    }

    func testMissingCorpusNamesThePackage() {
        XCTAssertThrowsError(try Corpus.fortunes(directory: "/nonexistent/fortunes")) { error in
            XCTAssertTrue("\(error)".contains("apt-get install fortunes"), "\(error)")
        }
        XCTAssertThrowsError(try Corpus.load(path: "/nonexistent/file.txt"))
    }

    func testFastaKeepsSequenceLetters() throws {
        let text = ">sp|P1|PROT one\nMKV LL\nAC9\n>sp|P2 two\nWYY\n"
        XCTAssertEqual(String(decoding: Corpus.fastaSequence(Array(text.utf8)), as: UTF8.self), "MKVLLACWYY")
        let path = NSTemporaryDirectory() + "corpus-test-\(getpid()).fasta"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let corpus = try Corpus.load(path: path, validationFraction: 0.2)
        XCTAssertEqual(corpus.train + corpus.validation, Array("MKVLLACWYY".utf8))
        XCTAssertEqual(corpus.validation.count, 2)
    }

    /// Unigram baseline on a known distribution: train "aab" (+1 smoothing over 256 values),
    /// validation "a": -ln(3/259).
    func testUnigramBaseline() throws {
        let c = try Corpus(bytes: Array("aaba".utf8), source: "test", validationFraction: 0.25)
        XCTAssertEqual(c.unigramBaseline, -log(3.0 / 259.0), accuracy: 1e-12)
    }
}
