import Attention
import Foundation
import PerformerTensor
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Runs of tiny specs in temporary folders: rows, budgets, resume, force, failures.
final class RunnerTests: XCTestCase {
    func run(_ text: String, dir: String, force: Bool = false) throws -> (RunOutcome, CSVTable) {
        let spec = try load(text)
        let o = try Runner.run(spec, source: "test.json", options: RunOptions(outDir: dir, force: force))
        return (o, try CSVReader.read(path: o.csvPath))
    }

    func testTimingRowsHaveTheRequiredColumns() throws {
        let dir = try temporaryDirectory()
        let (o, t) = try run(timingSpec(), dir: dir)
        XCTAssertEqual(o.configurations, 4)
        XCTAssertEqual(t.rows.count, 8, "two passes per configuration")
        for column in ["mechanism", "seq_len", "features", "causal", "pass", "median_s", "min_s", "max_s", "peak_bytes", "status"] {
            XCTAssertTrue(t.header.contains(column), column)
        }
        for r in t.rows {
            XCTAssertEqual(r["status"], "ok")
            let (med, lo, hi) = (Double(r["median_s"]!)!, Double(r["min_s"]!)!, Double(r["max_s"]!)!)
            XCTAssertTrue(lo <= med && med <= hi && lo > 0)
            XCTAssertGreaterThan(Int(r["peak_bytes"]!)!, 0)
        }
        XCTAssertEqual(t.rows.map { $0["pass"]! }, ["forward", "forward_backward"] + ["forward", "forward_backward"] + ["forward", "forward_backward"] + ["forward", "forward_backward"])
        // Exact's measured peak for L = 64, d = 8, B = H = 1 forward: inputs 3*64*8*4 plus P
        // 64*64*4 plus output 64*8*4 bytes; the ledger counts exactly these tensors.
        let exact64 = t.rows.first { $0["mechanism"] == "exact" && $0["seq_len"] == "64" && $0["pass"] == "forward" }!
        XCTAssertEqual(Int(exact64["peak_bytes"]!)!, 3 * 64 * 8 * 4 + 64 * 64 * 4 + 64 * 8 * 4)
        XCTAssertLessThanOrEqual(Int(exact64["peak_bytes"]!)!, Int(exact64["predicted_bytes"]!)!)
        let meta = ResultsMetadata.read(path: o.metaPath).0
        XCTAssertEqual(meta?.specHash, try load(timingSpec()).hash)
        XCTAssertEqual(meta?.runs.first?.seeds, [3])
    }

    func testMemoryBudgetSkipsWithPredictedBytes() throws {
        let dir = try temporaryDirectory()
        // exact at L = 512 needs a 1 MiB P: over a 600 KB budget; identity fits.
        let (o, t) = try run(timingSpec(sweep: #""mechanism": ["exact", "identity"], "seq_len": [64, 512]"#, extra: #""memory_budget_bytes": 600000"#), dir: dir)
        XCTAssertEqual(o.counts["skipped_memory"], 1)
        let skipped = t.rows.filter { $0["status"] == "skipped_memory" }
        XCTAssertEqual(skipped.map { $0["pass"]! }, ["forward", "forward_backward"])
        XCTAssertEqual(skipped.first?["seq_len"], "512")
        XCTAssertGreaterThan(Int(skipped[0]["predicted_bytes"]!)!, 600000)
        XCTAssertEqual(skipped[0]["median_s"], "")
    }

    func testTimeBudgetSkipsLargerLengthsOfTheLine() throws {
        let dir = try temporaryDirectory()
        // A budget of 1 ns: the first L of each line exceeds it, the larger L are skipped.
        let (o, t) = try run(timingSpec(sweep: #""mechanism": ["exact", "identity"], "seq_len": [16, 32, 64]"#, extra: #""time_budget_seconds": 1e-9"#), dir: dir)
        XCTAssertEqual(o.counts["ok"], 2)
        XCTAssertEqual(o.counts["skipped_time"], 4)
        XCTAssertEqual(Set(t.rows.filter { $0["status"] == "ok" }.map { $0["seq_len"]! }), ["16"])
    }

    func testTimeBudgetStateIsRebuiltOnResume() throws {
        let dir = try temporaryDirectory()
        _ = try run(timingSpec(sweep: #""mechanism": ["exact"], "seq_len": [16]"#, extra: #""time_budget_seconds": 1e-9"#), dir: dir)
        // A larger L added later: its line already took longer than the budget at L = 16.
        let (o, t) = try run(timingSpec(sweep: #""mechanism": ["exact"], "seq_len": [16, 32]"#, extra: #""time_budget_seconds": 1e-9"#), dir: dir)
        XCTAssertEqual(o.alreadyFinished, 1)
        XCTAssertEqual(o.counts["skipped_time"], 1)
        XCTAssertEqual(t.rows.filter { $0["status"] == "skipped_time" }.map { $0["seq_len"]! }, ["32", "32"])
    }

    func testASecondWriterIsRefused() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/results/t.csv"
        let header = ResultColumns.all(kind: TimingKind())
        let first = try ResultsStore(path: path, header: header, force: false)
        XCTAssertThrowsError(try ResultsStore(path: path, header: header, force: false)) {
            XCTAssertTrue("\($0)".contains("another run is writing this file"), "\($0)")
        }
        withExtendedLifetime(first) {}
    }

    func testRerunResumesAndForceKeepsABackup() throws {
        let dir = try temporaryDirectory()
        let (_, first) = try run(timingSpec(), dir: dir)
        let (o2, second) = try run(timingSpec(), dir: dir)
        XCTAssertEqual(o2.alreadyFinished, 4)
        XCTAssertEqual(o2.counts, [:])
        XCTAssertEqual(second.rows, first.rows)
        // A partial last line (a kill mid-write) is cut; its configuration runs again.
        let path = o2.csvPath
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // lines ends with "" (the file ends in a newline): cut the last row (forward_backward
        // of the last configuration) to 20 characters, as a kill during the write would.
        text = lines.dropLast(2).joined(separator: "\n") + "\n" + String(lines[lines.count - 2].prefix(20))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (o3, third) = try run(timingSpec(), dir: dir)
        XCTAssertEqual(o3.counts["ok"], 1, "the configuration with a lost row runs again")
        XCTAssertEqual(third.rows.count, 8, "the orphan forward row is cut too (no duplicate), two new rows")
        XCTAssertEqual(Set(third.rows.map { $0["config_key"]! }).count, 4)
        let (o4, fourth) = try run(timingSpec(), dir: dir, force: true)
        XCTAssertEqual(o4.counts["ok"], 4)
        XCTAssertEqual(fourth.rows.count, 8)
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir + "/results").filter { $0.contains(".csv.bak-") }
        XCTAssertEqual(backups.count, 1)
    }

    /// A kind registered at run time whose measurement fails for one mechanism.
    struct FailsForIdentity: ExperimentKind {
        let name = "fails-for-identity"
        let summary = "test kind: timing, but identity throws"
        var measurementColumns: [String] { TimingKind().measurementColumns }
        var rowLabels: [[String: String]] { TimingKind().rowLabels }
        struct Failure: Error, CustomStringConvertible { var description: String { "identity refused by the test kind" } }
        func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
            if c.string("mechanism") == "identity" { throw Failure() }
            return try TimingKind().predictedBytes(c, spec: spec)
        }
        func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double { 0 }
        func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
            if c.string("mechanism") == "identity" { throw Failure() }
            return try TimingKind().measure(c, spec: spec)
        }
    }

    func testFailedConfigurationsAreRowsWithTheErrorAndAreRetried() throws {
        KindRegistry.register(FailsForIdentity())
        let dir = try temporaryDirectory()
        let text = timingSpec(sweep: #""mechanism": ["exact", "identity"], "seq_len": [32]"#)
            .replacingOccurrences(of: #""kind": "timing""#, with: #""kind": "fails-for-identity""#)
        let (o, t) = try run(text, dir: dir)
        XCTAssertEqual(o.counts["failed"], 1)
        let failed = t.rows.filter { $0["status"] == "failed" }
        XCTAssertEqual(failed.count, 2)
        XCTAssertTrue(failed[0]["error"]!.contains("identity refused by the test kind"))
        XCTAssertEqual(failed[0]["median_s"], "", "no fake measurement")
        let (o2, _) = try run(text, dir: dir)
        XCTAssertEqual(o2.counts["failed"], 1, "failed configurations are retried")
        XCTAssertEqual(o2.alreadyFinished, 1)
    }

    func testHeaderMismatchIsAnErrorAndNothingIsOverwritten() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/results", withIntermediateDirectories: true)
        let path = dir + "/results/t.csv"
        try "config_key,status,other\nabc,ok,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try run(timingSpec(), dir: dir)) { XCTAssertTrue("\($0)".contains("other columns"), "\($0)") }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "config_key,status,other\nabc,ok,1\n")
    }

    func testApproximationAgainstExact() throws {
        let dir = try temporaryDirectory()
        let text = """
            {"name": "a", "kind": "approximation", "samples": 3,
             "sweep": {"mechanism": ["exact", "identity"], "input_scale": [0.5, 2.0]},
             "fixed": {"seq_len": 48, "head_dim": 8, "heads": 2, "seed": 5}}
            """
        let (_, t) = try run(text, dir: dir)
        XCTAssertEqual(t.rows.count, 4)
        for r in t.rows where r["mechanism"] == "exact" {
            // Exact against itself: the same code on the same inputs, bit-identical.
            XCTAssertEqual(Double(r["mse"]!)!, 0)
            XCTAssertEqual(Double(r["rel_frobenius"]!)!, 0)
        }
        // Identity against exact: recompute the MSE directly from the same seeded inputs.
        let config = try Sweep.expand(try load(text), source: "a").first { $0.string("mechanism") == "identity" && $0.double("input_scale") == 0.5 }!
        var rng = ApproximationKind.inputStream(config, draw: 0)
        let (q, k, v) = InputSampler.draw(config, rng: &rng)
        let exact = ExactAttention().forward(q: q, k: k, v: v).output
        var sum = 0.0
        for i in 0..<v.count { let d = Double(v.data[i]) - Double(exact.data[i]); sum += d * d }
        let row = t.rows.first { $0["mechanism"] == "identity" && $0["input_scale"] == "0.5" }!
        // The CSV holds 10 significant digits; relative 1e-8 covers that rounding.
        XCTAssertEqual(Double(row["mse"]!)!, sum / Double(v.count), accuracy: 1e-8 * sum / Double(v.count))
        XCTAssertEqual(Double(row["mse_std"]!)!, 0, "identity is deterministic: no spread over samples")
        XCTAssertEqual(row["samples"], "3")
        for column in ["kernel", "projection", "features", "head_dim"] { XCTAssertTrue(t.header.contains(column)) }
    }

    func testApproximationInputDrawsAndCommonRandomNumbers() throws {
        let dir = try temporaryDirectory()
        let text = """
            {"name": "a", "kind": "approximation", "samples": 6,
             "sweep": {"mechanism": ["identity", "performer-softmax"], "projection": ["iid", "orthogonal"]},
             "fixed": {"seq_len": 32, "head_dim": 8, "features": 16, "input_draws": 3, "seed": 5}}
            """
        let (_, t) = try run(text, dir: dir)
        func samples(_ mechanism: String, _ projection: String) -> [Double] {
            let r = t.rows.first { $0["mechanism"] == mechanism && ($0["projection"] == projection || $0["projection"] == "") }!
            return r["mse_samples"]!.split(separator: ";").map { Double($0)! }
        }
        // Identity is deterministic: its error changes only with the input draw (s mod 3).
        let id = samples("identity", "iid")
        XCTAssertEqual(id.count, 6)
        for s in 0..<3 { XCTAssertEqual(id[s], id[s + 3]) }
        XCTAssertNotEqual(id[0], id[1]); XCTAssertNotEqual(id[1], id[2])
        // Orthogonal and iid samples of one index share inputs and seeds, but are different estimators.
        let configs = try Sweep.expand(try load(text), source: "a").filter { $0.string("mechanism") == "performer-softmax" }
        XCTAssertEqual(configs.count, 2)
        XCTAssertEqual(ApproximationKind.mechanismStream(configs[0]).seed, ApproximationKind.mechanismStream(configs[1]).seed)
        var other = configs[0].values
        other["features"] = .int(32)
        let moved = Configuration(index: 0, family: configs[0].family, values: other, swept: [])
        XCTAssertNotEqual(ApproximationKind.mechanismStream(moved).seed, ApproximationKind.mechanismStream(configs[0]).seed,
                          "configurations that differ in m draw independent features")
        XCTAssertNotEqual(samples("performer-softmax", "iid"), samples("performer-softmax", "orthogonal"))
    }

    func testMergeCombinesShards() throws {
        let dir = try temporaryDirectory()
        let spec = try load(timingSpec(sweep: #""mechanism": ["exact", "identity"], "seq_len": [16, 32], "causal": [false, true]"#))
        var total = 0
        for i in 1...3 {
            let o = try Runner.run(spec, source: "t", options: RunOptions(outDir: dir, shard: try Shard(index: i, count: 3)))
            XCTAssertTrue(o.csvPath.hasSuffix("t.shard-\(i)-of-3.csv"))
            total += o.configurations
        }
        XCTAssertEqual(total, 8)
        let m = try Merge.merge(specName: "t", outDir: dir)
        XCTAssertEqual(m.rowsAdded, 16)
        XCTAssertEqual(m.missingShards, [])
        let merged = try CSVReader.read(path: m.csvPath)
        XCTAssertEqual(Set(merged.rows.map { $0["config_key"]! }).count, 8)
        XCTAssertEqual(try Merge.merge(specName: "t", outDir: dir).rowsAdded, 0, "merging twice adds nothing")
        XCTAssertEqual(ResultsMetadata.read(path: m.csvPath.replacingOccurrences(of: ".csv", with: ".meta.json")).0?.runs.count, 3)
        // After the merge a plain run finds everything finished.
        XCTAssertEqual(try Runner.run(spec, source: "t", options: RunOptions(outDir: dir)).alreadyFinished, 8)
    }
}
