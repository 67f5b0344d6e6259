import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The `task` kind end to end on tiny settings (rows, columns, the mean-ci95 plot), the
/// t quantiles behind the intervals, and the report section's verdicts on a synthetic CSV.
final class TaskKindTests: XCTestCase {
    func testTaskKindRowsAndAggregatedPlot() throws {
        let dir = try temporaryDirectory()
        let text = """
        {"name": "tiny-task", "kind": "task",
         "sweep": {"mechanism": ["exact", "performer-softmax", "linformer"], "seed": [1, 2]},
         "fixed": {"task": "mqar", "pairs": 2, "model": "small", "layers": 1, "d_model": 16, "heads": 2, "d_ff": 32,
                   "seq_len": 16, "batch": 4, "causal": false, "steps": 4, "eval_interval": 2, "eval_examples": 8,
                   "features": 8, "linformer_k": 8},
         "plots": [{"name": "mech", "x": "arm", "y": "accuracy", "series": ["variant"], "filter": {"step": ["4"]}, "aggregate": "mean-ci95"}]}
        """
        let o = try Runner.run(try load(text), source: "test.json", options: RunOptions(outDir: dir))
        let t = try CSVReader.read(path: o.csvPath)
        XCTAssertEqual(o.configurations, 6)
        for c in ["variant", "task", "pairs", "step", "seconds", "loss", "accuracy", "majority_baseline", "arm", "parameters"] {
            XCTAssertTrue(t.header.contains(c), c)
        }
        XCTAssertEqual(t.rows.filter { $0["variant"] == "exact" && $0["seed"] == "1" }.map { $0["step"]! }, ["0", "2", "4"])
        // Same seed, same data: every mechanism reports the same majority baseline.
        XCTAssertEqual(Set(t.rows.filter { $0["seed"] == "1" }.map { $0["majority_baseline"]! }).count, 1)
        for r in t.rows { XCTAssertEqual(r["status"], "ok"); XCTAssertEqual(r["task"], "mqar") }
        let lines = try PlotData.lines(t, try load(text).plots[0], source: "x")
        XCTAssertEqual(lines.count, 3)
        for l in lines { XCTAssertEqual(l.points.count, 1); XCTAssertNotNil(l.points[0].error) }
        let section = try TaskClaims.section(name: "tasks-mqar", title: "t", path: o.csvPath, provenance: "")
        XCTAssertNotNil(section.claims.first { $0.id.hasPrefix("exact-learns") })
    }

    func testTQuantilesAndMeanCI() {
        XCTAssertEqual(Stats.tQuantile(0.975, df: 2), 4.3027, accuracy: 1e-4)
        XCTAssertEqual(Stats.tQuantile(0.975, df: 40), 2.0211, accuracy: 2e-4)
        XCTAssertEqual(Stats.tQuantile(0.975, df: 120), 1.9799, accuracy: 2e-4)
        let m = PlotAggregate.meanCI95([1, 2, 3])
        XCTAssertEqual(m.mean, 2)
        XCTAssertEqual(m.halfWidth, 4.3027 / 3.0.squareRoot(), accuracy: 1e-4)  // s = 1
    }

    func testVerdictsOnSyntheticResults() throws {
        // exact ~ 80%, "close" within 1 point of it, "far" 20 points below, "noisy" straddles -2.
        var csv = "config_key,status,mechanism,seq_len,seed,variant,step,seconds,accuracy,majority_baseline\n"
        let acc: [String: [Double]] = ["exact": [0.80, 0.82, 0.78], "local": [0.795, 0.815, 0.78],
                                       "linformer": [0.60, 0.61, 0.59], "performer-relu": [0.70, 0.85, 0.77]]
        for (m, values) in acc { for (i, a) in values.enumerated() { csv += "\(m)\(i),ok,\(m),64,\(i),\(m),10,1.0,\(a),0.3\n" } }
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("tasks-listops.csv")
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let s = try TaskClaims.section(name: "tasks-listops", title: "t", path: path, provenance: "")
        XCTAssertEqual(s.claim("exact-learns L=64")?.verdict, .holds)
        XCTAssertEqual(s.claim("local matches exact L=64")?.verdict, .holds)
        XCTAssertEqual(s.claim("linformer matches exact L=64")?.verdict, .doesNotHold)
        let noisy = s.claim("performer-relu matches exact L=64")
        XCTAssertEqual(noisy?.verdict, .inconclusive)
        XCTAssertTrue(noisy?.evidence.contains("seeds would decide") ?? false, noisy?.evidence ?? "")
    }

    func testMQARLearnsClaimJudgedAgainstGuessingAmongPresentValues() throws {
        // Exact at ~30% with 4 pairs is far above the 4% majority baseline but near the 25% of
        // guessing among the 4 values in the context: no seed recalls (level 35%), and 0 of 6
        // has a 95% Clopper-Pearson upper bound 0.46 < 1/2, so "recalls in most seeds" does
        // not hold; 6 of 6 (lower bound 0.54) holds; 3 of 3 (lower 0.29) is undecided.
        var csv = "config_key,status,mechanism,task,pairs,seq_len,seed,variant,step,seconds,accuracy,majority_baseline,features\n"
        for (i, a) in [0.29, 0.30, 0.31, 0.3, 0.28, 0.32].enumerated() { csv += "e\(i),ok,exact,mqar,4,32,\(i),exact,10,1.0,\(a),0.04,\n" }
        for (i, a) in [0.97, 0.99, 1.0, 1.0, 0.98, 1.0].enumerated() { csv += "f\(i),ok,exact,mqar,2,32,\(i),exact,10,1.0,\(a),0.04,\n" }
        for (i, a) in [1.0, 0.13, 1.0].enumerated() { csv += "g\(i),ok,exact,mqar,8,32,\(i),exact,10,1.0,\(a),0.04,\n" }
        // FAVOR+ with m = 16, 64, 256: 64 is the main arm, the others are "m=M" arms.
        for m in [16, 64, 256] {
            for i in 0..<3 { csv += "p\(m)-\(i),ok,performer-softmax,mqar,2,32,\(i),performer-softmax,10,1.0,\(Double(m) / 1000),0.04,\(m)\n" }
        }
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("tasks-mqar.csv")
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let s = try TaskClaims.section(name: "tasks-mqar", title: "t", path: path, provenance: "")
        let set = s.claim("exact-learns L=32, pairs=4")
        XCTAssertEqual(set?.verdict, .doesNotHold, set?.evidence ?? "")
        XCTAssertTrue(set?.evidence.contains("25.0%") ?? false, set?.evidence ?? "")
        XCTAssertEqual(s.claim("exact-learns L=32, pairs=2")?.verdict, .holds)
        let split = s.claim("exact-learns L=32, pairs=8")
        XCTAssertEqual(split?.verdict, .inconclusive, split?.evidence ?? "")
        XCTAssertTrue(split?.evidence.contains("2 of 3 seeds recall") ?? false, split?.evidence ?? "")
        XCTAssertTrue(s.claim("performer-softmax matches exact L=32, pairs=2")?.evidence.contains("6.4") ?? false)
        XCTAssertNotNil(s.claim("performer-softmax m=256 matches exact L=32, pairs=2"))
        XCTAssertNotNil(s.claim("performer-softmax m=16 matches exact L=32, pairs=2"))
    }
}
