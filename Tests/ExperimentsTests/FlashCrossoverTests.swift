import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The exact-flash crossover claim on synthetic timing CSVs with known crossovers.
final class FlashCrossoverTests: XCTestCase {
    func csv(_ rows: [(String, String, Int, String, Double?)]) throws -> String {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("timing.csv")
        let header = ["config_key", "mechanism", "causal", "pass", "seq_len", "status", "median_s"] + mechanismColumns
        var text = header.joined(separator: ",") + "\n"
        for (m, causal, L, pass, t) in rows {
            text += CSVWriter.line(withPresetColumns(m, ["config_key": "k", "causal": causal, "pass": pass, "seq_len": String(L),
                                                         "status": t == nil ? "skipped_time" : "ok", "median_s": t.map { String($0) } ?? ""]),
                                   header: header)
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// flash 1e-9 L^2, FAVOR+ 1e-6 L: faster for L > 1000, so from 2^10 (not 2^9). Flash stops
    /// (time budget) after 2^13; FAVOR+ goes on to 2^15: those L are "not reached", and the
    /// crossover is still judged over the common L only.
    func testCrossoverAndNotReached() throws {
        var rows: [(String, String, Int, String, Double?)] = []
        for L in (9...15).map({ 1 << $0 }) {
            for pass in ["forward", "forward_backward"] {
                let x = Double(L)
                rows.append(("exact-flash", "false", L, pass, L <= 8192 ? 1e-9 * x * x : nil))
                rows.append(("performer-softmax", "false", L, pass, 1e-6 * x))
                rows.append(("performer-relu", "false", L, pass, 0.5e-6 * x))
            }
        }
        let claim = try XCTUnwrap(try FlashCrossover.claim(path: csv(rows)))
        XCTAssertEqual(claim.verdict, .holds)
        XCTAssertTrue(claim.evidence.contains("performer-softmax: faster than exact-flash from L = 2^10"), claim.evidence)
        XCTAssertTrue(claim.evidence.contains("performer-relu: faster than exact-flash from L = 2^9"), claim.evidence)
        XCTAssertTrue(claim.evidence.contains("did not reach 2^14, 2^15"), claim.evidence)
    }

    /// FAVOR+ slower at the largest common L: does not hold. No exact-flash rows: no claim.
    func testSlowerAndAbsent() throws {
        let rows: [(String, String, Int, String, Double?)] = [
            ("exact-flash", "true", 1024, "forward", 1.0), ("performer-softmax", "true", 1024, "forward", 0.5),
            ("exact-flash", "true", 2048, "forward", 1.0), ("performer-softmax", "true", 2048, "forward", 2.0),
        ]
        let claim = try XCTUnwrap(try FlashCrossover.claim(path: csv(rows)))
        XCTAssertEqual(claim.verdict, .doesNotHold)
        XCTAssertTrue(claim.evidence.contains("not faster than exact-flash at the largest common L"), claim.evidence)
        XCTAssertNil(try FlashCrossover.claim(path: csv([("performer-softmax", "true", 1024, "forward", 0.5)])))
    }
}
