import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

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
