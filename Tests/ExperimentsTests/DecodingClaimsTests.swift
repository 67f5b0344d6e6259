import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The decoding section of `repro report` on synthetic timing-decoding CSVs whose slopes and
/// crossover are known exactly.
final class DecodingClaimsTests: XCTestCase {
    static let columns = ["mechanism", "seq_len", "causal", "tokens", "median_s"] + mechanismColumns
    let contexts = (8...15).map { 1 << $0 }

    func rows(_ mechanism: String, _ seconds: (Int, Double) -> Double) -> [[String: String]] {
        contexts.enumerated().map { i, L in
            withPresetColumns(mechanism, ["seq_len": String(L), "causal": "true", "tokens": "16", "status": "ok",
                                          "median_s": String(seconds(i, Double(L)))])
        }
    }

    func section(_ rows: [[String: String]]) throws -> ReportSection {
        let dir = try temporaryDirectory(), results = (dir as NSString).appendingPathComponent("results")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        let header = ["config_key", "status"] + Self.columns
        let text = header.joined(separator: ",") + "\n" + rows.map { CSVWriter.line($0.merging(["config_key": "k"]) { a, _ in a }, header: header) }.joined()
        try text.write(toFile: (results as NSString).appendingPathComponent("timing-decoding.csv"), atomically: true, encoding: .utf8)
        return try XCTUnwrap(try Report.sections(resultsDir: (dir as NSString).appendingPathComponent("results"))
            .first { $0.name == "timing-decoding" })
    }

    /// Exact 1e-7 L s per token (slope 1), FAVOR+ 5e-5 s flat (slope 0): both slope claims
    /// hold (FAVOR+'s identical times print as "deterministic", not as a zero-width interval);
    /// exact is faster below L = 500, so FAVOR+ wins from 2^9.
    func testHoldsWithFlatFavorAndLinearExact() throws {
        let s = try section(rows("exact") { _, L in 1e-7 * L } + rows("performer-softmax") { _, _ in 5e-5 })
        XCTAssertEqual(s.claim("favor-flat")?.verdict, .holds)
        XCTAssertTrue(s.claim("favor-flat")!.evidence.contains("performer-softmax over 2^8..2^15: 0 (deterministic"), s.claim("favor-flat")!.evidence)
        XCTAssertEqual(s.claim("exact-grows")?.verdict, .holds)
        XCTAssertTrue(s.claim("exact-grows")!.evidence.contains(": 1 [1, 1]"), s.claim("exact-grows")!.evidence)
        XCTAssertEqual(s.claim("crossover")?.verdict, .holds)
        XCTAssertTrue(s.claim("crossover")!.evidence.contains("performer-softmax faster than exact from context 2^9 on"), s.claim("crossover")!.evidence)
    }

    /// FAVOR+ growing as 4e-7 L^0.5 (slope 0.5 > 0.2), exact as 1e-6 L^0.3 (slope 0.3 < 0.5),
    /// FAVOR+ slower at every context (at 2^15: 7.2e-5 s vs 2.3e-5 s): every claim does not hold.
    func testDoesNotHoldWhenFavorGrowsAndExactIsFlat() throws {
        let s = try section(rows("exact") { _, L in 1e-6 * pow(L, 0.3) } + rows("performer-softmax") { _, L in 4e-7 * pow(L, 0.5) })
        XCTAssertEqual(s.claim("favor-flat")?.verdict, .doesNotHold, s.claim("favor-flat")!.evidence)
        XCTAssertEqual(s.claim("exact-grows")?.verdict, .doesNotHold, s.claim("exact-grows")!.evidence)
        XCTAssertEqual(s.claim("crossover")?.verdict, .doesNotHold, s.claim("crossover")!.evidence)
        XCTAssertTrue(s.claim("crossover")!.evidence.contains("not faster than exact at the largest common context"), s.claim("crossover")!.evidence)
    }

    /// Noise of a factor 2^(+-0.5) alternating over 8 points around a flat line: the slope
    /// estimate is small but its interval reaches above 0.2, so the claim is inconclusive with
    /// the n that would decide it.
    func testNoisyFavorLineIsInconclusive() throws {
        let s = try section(rows("exact") { _, L in 1e-7 * L }
                            + rows("performer-softmax") { i, _ in 5e-5 * pow(2, [0.5, -0.5, -0.5, 0.5, 0.5, -0.5, -0.5, 0.5][i]) })
        let c = try XCTUnwrap(s.claim("favor-flat"))
        XCTAssertEqual(c.verdict, .inconclusive, c.evidence)
        XCTAssertNotNil(c.nNeeded)
    }

    /// Without a CSV the section says so; with only one line the other claims are not measured.
    func testMissingLinesAreNotMeasured() throws {
        let s = try section(rows("performer-softmax") { _, _ in 5e-5 })
        XCTAssertEqual(s.claim("favor-flat")?.verdict, .holds)
        XCTAssertEqual(s.claim("exact-grows")?.verdict, .notMeasured)
        XCTAssertEqual(s.claim("crossover")?.verdict, .notMeasured)
    }
}
