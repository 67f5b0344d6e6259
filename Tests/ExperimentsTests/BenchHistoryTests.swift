import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics
import PerformerTensor

/// The bench history and `repro bench --compare` on synthetic runs whose verdicts follow from
/// the rule by hand.
final class BenchHistoryTests: XCTestCase {
    func testFiguresAndDirectionsFromBenchLines() {
        XCTAssertEqual(BenchHistory.figure(line: "exact_flash_causal_forward_L4096_seconds: 0.1306 (min 0.1305)")?.value, 0.1306)
        XCTAssertEqual(BenchHistory.figure(line: "favor_forward_backward_L16384_seconds: bidirectional 0.3147 causal 0.54 (x)")?.value, 0.3147)
        XCTAssertEqual(BenchHistory.figure(line: "model_profile_regular_L2048_identity_forward: 0.479 s; dense 90.3%")?.value, 0.479)
        XCTAssertNil(BenchHistory.figure(line: "baselines_shape: B=1 H=8 d=64 bidirectional"))
        XCTAssertNil(BenchHistory.figure(line: "blas_core: Cooperlake"))
        XCTAssertEqual(BenchHistory.better("exact_causal_forward_L4096_seconds"), .lower)
        XCTAssertEqual(BenchHistory.better("local_forward_L65536_min_seconds"), .lower)
        XCTAssertEqual(BenchHistory.better("model_profile_regular_L2048_identity_forward"), .lower)
        XCTAssertEqual(BenchHistory.better("exact_causal_forward_L4096_gflops"), .higher)
        XCTAssertEqual(BenchHistory.better("model_small_L1024_b2_exact_train_tokens_per_second"), .higher)
        XCTAssertEqual(BenchHistory.better("local_forward_L65536_percent_of_adjacent_sgemm"), .higher)
        XCTAssertNil(BenchHistory.better("favor_causal_forward_backward_L4096_peak_bytes"))
        XCTAssertNil(BenchHistory.better("local_forward_slope_L8192_L65536"))
        XCTAssertNil(BenchHistory.better("model_small_L1024_b2_gemm_share_percent"))
    }

    /// Two sets whose ln t differ by 0.1 within each: sample variance 0.005 each (1 degree of
    /// freedom each), pooled sd sqrt(0.005) = 0.0707; single repeats add nothing.
    func testPooledRelativeSpread() throws {
        let s = try XCTUnwrap(RepeatLog.pooledRelativeSpread([[1, exp(0.1)], [2, 2 * exp(-0.1)], [5]]))
        XCTAssertEqual(s, 0.005.squareRoot(), accuracy: 1e-12)
        XCTAssertNil(RepeatLog.pooledRelativeSpread([[1], [2]]))
    }

    /// A figure takes the spread of the repeats timed since the previous line with repeats;
    /// lines printed after one measurement share it; lines without a number are not figures.
    func testRecorderAttributesSpreads() {
        RepeatLog.start()
        defer { RepeatLog.stop() }
        let rec = BenchHistory.Recorder(date: "d", commit: "c", machine: "cpu, 2 cores")
        XCTAssertEqual(rec.machine, "cpu; 2 cores")
        RepeatLog.record([1, exp(0.1)])
        rec.add(line: "a_seconds: 1.0")
        rec.add(line: "a_gflops: 10 (5% of sgemm)")
        rec.add(line: "shape: B=1")
        RepeatLog.record([1, 1, 1])
        rec.add(line: "b_seconds: 2.0")
        XCTAssertEqual(rec.rows.map(\.figure), ["a_seconds", "a_gflops", "b_seconds"])
        XCTAssertEqual(rec.rows[0].relSpread!, 0.1 / 2.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(rec.rows[1].relSpread, rec.rows[0].relSpread)
        XCTAssertEqual(rec.rows[2].relSpread, 0)
    }

    func row(_ commit: String, _ figure: String, _ value: Double, spread: Double? = 0.01, machine: String = "M", date: String? = nil) -> BenchHistory.Row {
        BenchHistory.Row(date: date ?? "2026-01-0\(commit.count)", commit: commit, machine: machine, figure: figure, value: value,
                         better: BenchHistory.better(figure), relSpread: spread)
    }

    /// Runs are told apart by date, commit and machine; "last" is the latest on this machine,
    /// a commit prefix its latest run there; an unknown commit is an error listing the runs.
    func testReferenceRunSelectionAndFileRoundTrip() throws {
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("results/bench-history.csv")
        try BenchHistory.append([row("aaa111", "x_seconds", 1, date: "d1"), row("aaa111", "y_gflops", 100, spread: nil, date: "d1")], path: path)
        try BenchHistory.append([row("bbb222", "x_seconds", 2, date: "d2")], path: path)
        try BenchHistory.append([row("ccc333", "x_seconds", 3, machine: "other", date: "d3")], path: path)
        let rows = try BenchHistory.load(path: path)
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[1].relSpread, nil)
        XCTAssertEqual(rows[0], row("aaa111", "x_seconds", 1, date: "d1"))
        XCTAssertEqual(try BenchComparison.referenceRun(rows, ref: "last", machine: "M", path: path).map(\.value), [2])
        XCTAssertEqual(try BenchComparison.referenceRun(rows, ref: "aaa", machine: "M", path: path).map(\.value), [1, 100])
        XCTAssertThrowsError(try BenchComparison.referenceRun(rows, ref: "ccc", machine: "M", path: path)) { e in
            let text = "\(e)"
            XCTAssertTrue(text.contains("no bench run of commit ccc") && text.contains("aaa111, bbb222") && text.contains("other"), text)
        }
        XCTAssertEqual(try BenchHistory.load(path: (dir as NSString).appendingPathComponent("none.csv")), [])
        try "date,commit,machine,figure,value,better,rel_spread\nd,c,m,f,notanumber,,\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try BenchHistory.load(path: path)) { e in XCTAssertTrue("\(e)".contains("bench-history.csv:2"), "\(e)") }
    }

    /// Spreads 0.01: threshold max(3 x 0.01, ln 1.05 = 0.0488), so +4% seconds is within noise,
    /// +10% seconds and -10% GFLOP/s are slowdowns, +20% GFLOP/s is faster. Spreads 0.05:
    /// threshold 0.15, so +10% is within noise. A slower sgemm only warns.
    func testComparisonRule() {
        let ref = [row("r", "a_seconds", 1.0), row("r", "b_seconds", 1.0), row("r", "c_gflops", 100), row("r", "d_gflops", 100),
                   row("r", "e_seconds", 1.0, spread: 0.05), row("r", "sgemm_4096_gflops", 200), row("r", "f_peak_bytes", 10)]
        let now = [row("n", "a_seconds", 1.04), row("n", "b_seconds", 1.10), row("n", "c_gflops", 90), row("n", "d_gflops", 120),
                   row("n", "e_seconds", 1.10, spread: 0.05), row("n", "sgemm_4096_gflops", 150), row("n", "f_peak_bytes", 20),
                   row("n", "new_seconds", 1)]
        let c = BenchComparison(current: now, reference: ref)
        XCTAssertEqual(c.slowdowns, ["b_seconds", "c_gflops"])
        XCTAssertEqual(c.warnings, ["sgemm_4096_gflops"])
        XCTAssertTrue(c.failed)
        func verdict(_ f: String) -> String? { c.lines.first { $0.hasPrefix(f + " |") }?.components(separatedBy: " | ").last }
        XCTAssertEqual(verdict("a_seconds"), "within noise")
        XCTAssertEqual(verdict("b_seconds"), "SLOWER")
        XCTAssertEqual(verdict("d_gflops"), "faster")
        XCTAssertEqual(verdict("e_seconds"), "within noise")
        XCTAssertEqual(verdict("f_peak_bytes"), "not judged")
        XCTAssertNil(verdict("new_seconds"))
        XCTAssertEqual(BenchComparison.threshold(0.05, 0.05), 0.15, accuracy: 1e-12)
        XCTAssertEqual(BenchComparison.threshold(nil, nil), log(1.05), accuracy: 1e-12)
        XCTAssertFalse(BenchComparison(current: [row("n", "a_seconds", 1.04)], reference: ref).failed)
    }
}
