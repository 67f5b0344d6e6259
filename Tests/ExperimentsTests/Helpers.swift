import Foundation
import PerformerTensor
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Writes DIR/tiny.fasta: `count` proteins of random length in `lengths` over the 20 standard
/// amino acids (drawn from `seed`), protein i named `accession(i)` and annotated with GO term
/// i % 20 (so an OOD split of a tenth of the terms is non-empty). Returns the path and the sequences.
@discardableResult
func writeTinyFasta(_ dir: String, count: Int, lengths: ClosedRange<Int>, seed: UInt64,
                    accession: (Int) -> String = { "P\($0)" }) throws -> (path: String, sequences: [String]) {
    var rng = SeededGenerator(seed: seed)
    let letters = Array("ACDEFGHIKLMNPQRSTVWY")
    var text = "", sequences: [String] = []
    for i in 0..<count {
        let n = lengths.lowerBound + rng.nextInt(below: lengths.count)
        let s = String((0..<n).map { _ in letters[rng.nextInt(below: 20)] })
        sequences.append(s)
        text += ">\(accession(i))|GO:\(String(format: "%07d", i % 20))\n" + s + "\n"
    }
    let path = (dir as NSString).appendingPathComponent("tiny.fasta")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (path, sequences)
}

/// A fresh temporary folder per test, removed at the end.
func temporaryDirectory(_ name: String = #function) throws -> String {
    let dir = NSTemporaryDirectory() + "experiments-tests-\(name.filter { $0.isLetter })-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// A small valid timing spec; `extra` members are spliced in as JSON text.
func timingSpec(name: String = "t", sweep: String = #""mechanism": ["exact", "identity"], "seq_len": [32, 64]"#,
                fixed: String = #""head_dim": 8, "seed": 3"#, repeats: Int = 1, extra: String = "") -> String {
    """
    {
      "name": "\(name)",
      "kind": "timing",
      "sweep": {\(sweep)},
      "fixed": {\(fixed)},
      "warmup": 0,
      "repeats": \(repeats)\(extra.isEmpty ? "" : ",\n  " + extra)
    }
    """
}

/// The messages of the SpecError thrown by `body` (fails the test if none is thrown).
func specMessages(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> [SpecMessage] {
    do {
        _ = try body()
        XCTFail("expected a SpecError", file: file, line: line)
    } catch let e as SpecError {
        return e.messages
    } catch {
        XCTFail("expected a SpecError, got \(error)", file: file, line: line)
    }
    return []
}

func load(_ text: String) throws -> Spec { try SpecDecoder.load(text: text, source: "test.json") }

/// The built `repro` binary the end-to-end tests run: .build/<config>/repro, next to the test
/// bundle (Linux gives the products folder as the bundle URL, Darwin the .xctest bundle inside it).
enum ReproBinary {
    private final class Marker {}
    static var url: URL {
        let b = Bundle(for: Marker.self).bundleURL
        let candidates = [b.appendingPathComponent("repro"), b.deletingLastPathComponent().appendingPathComponent("repro")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
