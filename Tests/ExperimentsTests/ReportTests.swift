import Foundation
import XCTest
@testable import Experiments

/// `repro report` on synthetic CSVs whose slopes, crossovers and orderings are known exactly.
final class ReportTests: XCTestCase {
    /// Writes results/NAME.csv under a fresh folder; rows are dictionaries (missing cells empty).
    func write(_ dir: String, _ name: String, columns: [String], rows: [[String: String]]) throws {
        let results = (dir as NSString).appendingPathComponent("results")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        let header = ["config_key", "status"] + columns
        var text = header.joined(separator: ",") + "\n"
        for r in rows { text += CSVWriter.line(r.merging(["config_key": "k"]) { a, _ in a }, header: header) }
        try text.write(toFile: (results as NSString).appendingPathComponent("\(name).csv"), atomically: true, encoding: .utf8)
    }

    func section(_ dir: String, _ name: String) throws -> ReportSection {
        try XCTUnwrap(try Report.sections(resultsDir: (dir as NSString).appendingPathComponent("results")).first { $0.name == name })
    }

    static let timingColumns = ["mechanism", "model", "causal", "seq_len", "pass", "median_s"]

    /// One timing row per pass for `seconds(L)`; nil seconds writes `status` instead of ok.
    func timingRows(_ mechanism: String, model: String = "none", lengths: [Int], status: String = "ok", _ seconds: (Double) -> Double) -> [[String: String]] {
        lengths.flatMap { L in
            ["forward", "forward_backward"].map { pass in
                ["mechanism": mechanism, "model": model, "causal": "false", "seq_len": String(L), "pass": pass, "status": status,
                 "median_s": status == "ok" ? String(seconds(Double(L)) * (pass == "forward" ? 1 : 3)) : ""]
            }
        }
    }

    let powers = (9...17).map { 1 << $0 }

    func testTimingSlopesCrossoverReachAndRatio() throws {
        let dir = try temporaryDirectory()
        // exact: 1e-9 L^2 up to 2^13, then over the memory budget; FAVOR+: 1e-6 L to 2^17;
        // X: 1e-7 L. Crossover: 1e-9 L^2 > 1e-6 L for L > 1000, so from 2^10 (not at 2^9).
        let rows = timingRows("exact", lengths: Array(powers.prefix(5))) { 1e-9 * $0 * $0 }
            + timingRows("exact", lengths: Array(powers.dropFirst(5)), status: "skipped_memory") { _ in 0 }
            + timingRows("performer-softmax", lengths: powers) { 1e-6 * $0 }
            + timingRows("identity", lengths: powers) { 1e-7 * $0 }
        try write(dir, "timing-attention", columns: Self.timingColumns, rows: rows)
        let s = try section(dir, "timing-attention")
        XCTAssertEqual(s.claim("exact-slope")?.verdict, .holds)
        // Exact power laws: the least-squares slopes are 2 and 1 up to rounding of "%.2f".
        XCTAssertTrue(s.claim("exact-slope")!.evidence.contains("2.00"), s.claim("exact-slope")!.evidence)
        XCTAssertEqual(s.claim("favor-slope")?.verdict, .holds)
        XCTAssertTrue(s.claim("favor-slope")!.evidence.contains("1.00"))
        XCTAssertEqual(s.claim("crossover")?.verdict, .holds)
        XCTAssertTrue(s.claim("crossover")!.evidence.contains("faster from L = 2^10"), s.claim("crossover")!.evidence)
        XCTAssertEqual(s.claim("reach")?.verdict, .holds)
        XCTAssertTrue(s.claim("reach")!.evidence.contains("reached 2^17 (end of sweep), exact 2^13 (memory"), s.claim("reach")!.evidence)
        // Raw attention: the Performer/X ratio (10) is reported, not judged.
        XCTAssertNil(s.claim("close-to-x"))
        XCTAssertTrue(s.details.joined().contains("performer-softmax/X at 2^17 = 10"), s.details.joined())
        XCTAssertFalse(s.provenance.isEmpty)
    }

    func testTimingClaimsThatFail() throws {
        let dir = try temporaryDirectory()
        // exact linear (slope 1 < 1.7), FAVOR+ quadratic and always slower: every claim fails.
        let rows = timingRows("exact", lengths: powers) { 1e-9 * $0 }
            + timingRows("performer-relu", lengths: Array(powers.prefix(4))) { 1e-6 * $0 * $0 }
            + timingRows("performer-relu", lengths: Array(powers.dropFirst(4)), status: "skipped_time") { _ in 0 }
        try write(dir, "timing-attention", columns: Self.timingColumns, rows: rows)
        let s = try section(dir, "timing-attention")
        XCTAssertEqual(s.claim("exact-slope")?.verdict, .doesNotHold)
        XCTAssertEqual(s.claim("favor-slope")?.verdict, .doesNotHold)
        XCTAssertEqual(s.claim("crossover")?.verdict, .doesNotHold)
        XCTAssertEqual(s.claim("reach")?.verdict, .doesNotHold)
        XCTAssertTrue(s.claim("reach")!.evidence.contains("reached 2^12 (time budget)"), s.claim("reach")!.evidence)
    }

    func testModelTimingJudgesPerformerAgainstX() throws {
        let dir = try temporaryDirectory()
        let rows = timingRows("exact", model: "small", lengths: powers) { 1e-9 * $0 * $0 }
            + timingRows("performer-softmax", model: "small", lengths: powers) { 1.5e-6 * $0 }
            + timingRows("identity", model: "small", lengths: powers) { 1e-6 * $0 }
            + timingRows("performer-relu", model: "regular", lengths: powers) { 3e-6 * $0 }
            + timingRows("identity", model: "regular", lengths: powers) { 1e-6 * $0 }
        try write(dir, "fig3-timing-model", columns: Self.timingColumns, rows: rows)
        let s = try section(dir, "fig3-timing-model")
        // small: 1.5 <= 2 holds; regular: 3 > 2 does not, so the claim does not hold overall.
        let c = try XCTUnwrap(s.claim("close-to-x"))
        XCTAssertEqual(c.verdict, .doesNotHold)
        XCTAssertTrue(c.evidence.contains("model=small, causal=false, pass=forward, performer-softmax/X at 2^17 = 1.5"), c.evidence)
        XCTAssertTrue(c.evidence.contains("performer-relu/X at 2^17 = 3"), c.evidence)
    }

    func testFig4Orderings() throws {
        let dir = try temporaryDirectory()
        var rows: [[String: String]] = []
        for scale in ["0.5", "2.0"] {
            for (i, m) in [16, 32, 64].enumerated() {
                func row(_ kernel: String, _ proj: String, _ mse: Double) -> [String: String] {
                    ["mechanism": "x", "kernel": kernel, "projection": proj, "features": String(m), "seq_len": "4096", "head_dim": "16",
                     "samples": "15", "mse": String(mse), "mse_std": "0", "input_scale": scale, "status": "ok"]
                }
                let base = 1.0 / Double(m)
                rows.append(row("positive", "orthogonal", base * (i == 2 ? 1.2 : 0.5)))   // below iid at 2 of 3 m
                rows.append(row("positive", "iid", base))
                // trig: 4x positive's error at scale 2, a quarter of it at scale 0.5.
                rows.append(row("trig", "orthogonal", base * (i == 2 ? 1.2 : 0.5) * (scale == "2.0" ? 4 : 0.25)))
            }
        }
        try write(dir, "fig4-variance", columns: ["mechanism", "kernel", "projection", "features", "seq_len", "head_dim", "samples", "mse", "mse_std", "input_scale"], rows: rows)
        let s = try section(dir, "fig4-variance")
        let o = try XCTUnwrap(s.claim("orthogonal-below-iid"))
        // 2 of 3 m (67% >= 2/3) with median ratio 0.5 at both scales.
        XCTAssertEqual(o.verdict, .holds)
        XCTAssertTrue(o.evidence.contains("orthogonal < iid in 67% of 3 m values, median ratio 0.5"), o.evidence)
        let p = try XCTUnwrap(s.claim("positive-below-trig"))
        XCTAssertEqual(p.verdict, .holds)   // judged at scale 2: ratio 1/4 everywhere
        XCTAssertTrue(p.evidence.contains("input_scale 2: positive < trig in 100% of 3 m values, median ratio 0.25"), p.evidence)
        XCTAssertTrue(p.evidence.contains("input_scale 0.5: positive < trig in 0% of 3 m values, median ratio 4"), p.evidence)
    }

    func testKernelMSEAgainstTheory() throws {
        let dir = try temporaryDirectory()
        var rows: [[String: String]] = []
        for (sm, posRatio) in [(0.1, 1.2), (1.0, 0.9), (10.0, 3.0)] {
            func row(_ kernel: String, _ mse: Double, _ theory: Double) -> [String: String] {
                ["kernel": kernel, "projection": "iid", "features": "64", "head_dim": "16", "kernel_value": String(sm),
                 "samples": "100", "mse": String(mse), "mse_theory": String(theory), "status": "ok"]
            }
            // positive MSE ~ SM^2, trig ~ SM^-2 (Lemma 2's trend).
            rows.append(row("positive", sm * sm * posRatio, sm * sm))
            rows.append(row("trig", 1 / (sm * sm), 1 / (sm * sm)))
        }
        try write(dir, "kernel-mse", columns: ["kernel", "projection", "features", "head_dim", "kernel_value", "samples", "mse", "mse_theory"], rows: rows)
        let s = try section(dir, "kernel-mse")
        let t = try XCTUnwrap(s.claim("theory"))
        XCTAssertEqual(t.verdict, .doesNotHold)   // ratio 3 at SM = 10 is outside [0.5, 2]
        XCTAssertTrue(t.evidence.contains("positive/iid: measured/theory 0.9..3"), t.evidence)
        XCTAssertTrue(t.evidence.contains("trig/iid: measured/theory 1..1"), t.evidence)
        let o = try XCTUnwrap(s.claim("positive-vs-trig"))
        XCTAssertEqual(o.verdict, .holds)   // 0.012/100 at SM = 0.1 vs 300/0.01 at SM = 10
        XCTAssertTrue(o.evidence.contains("positive/trig = 0.00012 at SM = 0.1"), o.evidence)
    }

    func testApproximationVersusLength() throws {
        let dir = try temporaryDirectory()
        var rows: [[String: String]] = []
        for L in [256, 1024, 4096] {
            rows.append(["mechanism": "performer-softmax", "seq_len": String(L), "mse": "0.01", "rel_frobenius": "0.1", "status": "ok"])
            rows.append(["mechanism": "performer-trig", "seq_len": String(L), "mse": "0.01", "rel_frobenius": String(Double(L) / 256), "status": "ok"])
        }
        try write(dir, "approximation-vs-length", columns: ["mechanism", "seq_len", "mse", "rel_frobenius"], rows: rows)
        let c = try XCTUnwrap(try section(dir, "approximation-vs-length").claim("length"))
        XCTAssertEqual(c.verdict, .doesNotHold)   // trig grows x16 > 2
        XCTAssertTrue(c.evidence.contains("performer-softmax: rel_frobenius 0.1 at 2^8 -> 0.1 at 2^12 (x1, log-log slope 0.00)"), c.evidence)
        XCTAssertTrue(c.evidence.contains("(x16, log-log slope 1.00)"), c.evidence)
    }

    func testTransfer() throws {
        let dir = try temporaryDirectory()
        var rows: [[String: String]] = []
        func add(_ variant: String, _ step: Int, _ loss: String, _ acc: Double) {
            rows.append(["variant": variant, "step": String(step), "split": "eval", "loss": loss, "accuracy": String(acc), "status": "ok"])
            rows.append(["variant": variant, "step": String(step), "split": "train", "loss": "9", "accuracy": "0", "status": "ok"])
        }
        for step in stride(from: 0, through: 1000, by: 100) {
            add("transformer", step, "2", 0.60)
            add("performer-softmax", step, "2", step == 0 ? 0.07 : (step < 200 ? 0.40 : 0.59))   // within 0.02 from step 200
            add("performer-trig", step, step == 500 ? "nan" : "3", 0.3)
            add("linformer", step, "3", 0.45)
            add("performer-softmax-noredraw", step, "2.1", 0.59)
        }
        try write(dir, "fig5-backward-compat", columns: ["variant", "step", "split", "loss", "accuracy"], rows: rows)
        let s = try section(dir, "fig5-backward-compat")
        XCTAssertEqual(s.claim("initial-drop")?.verdict, .holds)
        XCTAssertTrue(s.claim("initial-drop")!.evidence.contains("accuracy 0.07 at fine-tuning step 0 vs transformer 0.6"), s.claim("initial-drop")!.evidence)
        // No pretrain_steps column: 200 of the Transformer curve's 1000 steps = 20% <= 25%.
        XCTAssertEqual(s.claim("recovery")?.verdict, .holds)
        XCTAssertTrue(s.claim("recovery")!.evidence.contains("recovered at step 200 = 20% of 1000"), s.claim("recovery")!.evidence)
        XCTAssertEqual(s.claim("trig-unstable")?.verdict, .holds)
        XCTAssertEqual(s.claim("linformer-plateau")?.verdict, .holds)
        XCTAssertEqual(s.claim("noredraw-plateau")?.verdict, .doesNotHold)   // 0.59 is within 2 points
    }

    /// The transfer kind's own format: a `phase` column; the reference is the pretrained
    /// Transformer's last pretraining evaluation and recovery is counted in fine-tuning steps
    /// against the `steps` column (pretraining steps).
    func testTransferWithPhases() throws {
        let dir = try temporaryDirectory()
        var rows: [[String: String]] = []
        func add(_ variant: String, _ phase: String, _ step: Int, _ acc: Double) {
            rows.append(["variant": variant, "phase": phase, "step": String(step), "split": "validation", "loss": "2",
                         "accuracy": String(acc), "steps": "1000", "status": "ok"])
        }
        for step in stride(from: 0, through: 1000, by: 100) { add("exact", "pretrain", step, step == 1000 ? 0.5 : 0.1) }
        for step in stride(from: 0, through: 250, by: 50) {
            add("exact", "continue", step, 0.52)
            add("performer-softmax", "finetune", step, step == 0 ? 0.2 : (step < 150 ? 0.4 : 0.49))   // within 0.02 from 150
            add("performer-softmax", "scratch", step, 0.05)
        }
        // Train rows with gradient norms: the details table shows their median per variant.
        for (step, g) in [(50, "1"), (100, "3"), (150, "100")] {
            rows.append(["variant": "exact", "phase": "continue", "step": String(step), "split": "train", "loss": "2",
                         "accuracy": "0.5", "steps": "1000", "grad_norm": g, "status": "ok"])
        }
        // The step-0 diagnostics of the Performer explain its drop in the section's own numbers.
        let i0 = rows.firstIndex { $0["variant"] == "performer-softmax" && $0["phase"] == "finetune" && $0["step"] == "0" }!
        rows[i0].merge(["attention_error_layers": "0.5 0.9", "logit_max": "25", "query_norm2_max": "48", "key_norm2_max": "42"]) { $1 }
        try write(dir, "fig5-backward-compat", columns: ["variant", "phase", "step", "split", "loss", "accuracy", "steps", "grad_norm",
                                                       "attention_error_layers", "logit_max", "query_norm2_max", "key_norm2_max"], rows: rows)
        let s = try section(dir, "fig5-backward-compat")
        XCTAssertTrue(s.details[0].contains("attention is 0.5 0.9 (relative error by layer)"), s.details[0])
        XCTAssertTrue(s.details[0].contains("largest |q|^2/sqrt(d) 48, |k|^2/sqrt(d) 42, logits up to 25"), s.details[0])
        XCTAssertTrue(s.details[0].contains("| exact | 6 | 0.52 | - | - | 3 | 250 |"), s.details[0])
        XCTAssertEqual(s.claim("initial-drop")?.verdict, .holds)
        XCTAssertTrue(s.claim("initial-drop")!.evidence.contains("0.2 at fine-tuning step 0 vs the pretrained Transformer 0.5"), s.claim("initial-drop")!.evidence)
        XCTAssertEqual(s.claim("recovery")?.verdict, .holds)
        XCTAssertTrue(s.claim("recovery")!.evidence.contains("recovered at step 150 = 15% of 1000"), s.claim("recovery")!.evidence)
        XCTAssertEqual(s.claim("linformer-plateau")?.verdict, .notMeasured)
        XCTAssertTrue(s.claim("linformer-plateau")!.evidence.contains("see fig5-linformer-mlm"), s.claim("linformer-plateau")!.evidence)
        // Pretraining jumped from 0.1 to 0.5 in its last 25%: not a plateau.
        XCTAssertEqual(s.claim("pretrain-plateau")?.verdict, .doesNotHold)
        XCTAssertTrue(s.claim("pretrain-plateau")!.evidence.contains("0.1 at step 800 -> 0.5 at step 1000 (gain 40 points)"), s.claim("pretrain-plateau")!.evidence)
        // The details table puts the scratch accuracy at the same step next to each curve.
        XCTAssertTrue(s.details[0].contains("| performer-softmax | 6 | 0.2 | 0.5 0.9 | 25 | - | 250 | 2 | 0.49 | 0.05 |"), s.details[0])

        // A flat last quarter (0.495 -> 0.5) is a plateau; the masked-LM section keeps only
        // the claims it can measure.
        rows = []
        for step in stride(from: 0, through: 1000, by: 100) { add("exact", "pretrain", step, step >= 700 ? (step == 1000 ? 0.5 : 0.495) : 0.1) }
        add("exact", "continue", 0, 0.5)
        add("linformer", "finetune", 0, 0.1)
        add("linformer", "finetune", 250, 0.3)
        try write(dir, "fig5-linformer-mlm", columns: ["variant", "phase", "step", "split", "loss", "accuracy", "steps"], rows: rows)
        let m = try section(dir, "fig5-linformer-mlm")
        XCTAssertEqual(m.claim("pretrain-plateau")?.verdict, .holds)
        XCTAssertEqual(m.claim("linformer-plateau")?.verdict, .holds)
        XCTAssertNil(m.claim("trig-unstable"), "no trig variant in the masked-LM twin")
    }

    /// transfer-features: step-0 accuracy per m against the Transformer's; the claim holds
    /// when each projection's gap at the largest m is under half its gap at the smallest.
    func testTransferFeatures() throws {
        let dir = try temporaryDirectory()
        var rows: [[String: String]] = []
        func add(_ variant: String, _ phase: String, _ m: String, _ acc: Double) {
            rows.append(["variant": variant, "phase": phase, "step": "0", "split": "validation", "accuracy": String(acc),
                         "features": m, "status": "ok"])
        }
        add("exact", "pretrain", "", 0.1)
        rows.append(["variant": "exact", "phase": "pretrain", "step": "100", "split": "validation", "accuracy": "0.5", "features": "", "status": "ok"])
        add("performer-softmax", "finetune", "16", 0.2); add("performer-softmax", "finetune", "256", 0.45)   // gap 30 -> 5
        add("performer-softmax-iid", "finetune", "16", 0.2); add("performer-softmax-iid", "finetune", "256", 0.3)   // 30 -> 20
        try write(dir, "transfer-features", columns: ["variant", "phase", "step", "split", "accuracy", "features"], rows: rows)
        let s = try section(dir, "transfer-features")
        let c = try XCTUnwrap(s.claim("step0-converges"))
        XCTAssertEqual(c.verdict, .doesNotHold)
        XCTAssertTrue(c.evidence.contains("performer-softmax: gap 30 points at m = 16 -> 5 at m = 256"), c.evidence)
        XCTAssertTrue(c.evidence.contains("performer-softmax-iid: gap 30 points at m = 16 -> 20 at m = 256"), c.evidence)
    }

    func testMissingCSVIsNotMeasuredAndReportIsWritten() throws {
        let dir = try temporaryDirectory()
        let (path, sections) = try Report.write(outDir: dir)
        XCTAssertEqual(sections.map(\.name), Report.figureNames)
        XCTAssertTrue(sections.allSatisfy { $0.claims.map(\.verdict) == [.notMeasured] })
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("**not measured**"))
        XCTAssertFalse(text.contains("| **holds** |"))
        XCTAssertTrue(text.contains("| **not measured** |"))
    }

    func testCorruptCSVIsAClearError() throws {
        let dir = try temporaryDirectory()
        let results = (dir as NSString).appendingPathComponent("results")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        let path = (results as NSString).appendingPathComponent("timing-attention.csv")
        // A row with too few fields.
        try "config_key,status,mechanism,seq_len,pass,median_s\nk,ok,exact,512\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Report.sections(resultsDir: results)) { XCTAssertTrue("\($0)".contains("timing-attention.csv:2: corrupt row"), "\($0)") }
        // A non-numeric time in an ok row.
        try "config_key,status,mechanism,seq_len,pass,median_s\nk,ok,exact,512,forward,fast\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Report.sections(resultsDir: results)) { XCTAssertTrue("\($0)".contains("timing-attention.csv:2: median_s = \"fast\" is not a number"), "\($0)") }
        // A required column missing.
        try "config_key,status,mechanism,seq_len\nk,ok,exact,512\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Report.sections(resultsDir: results)) { XCTAssertTrue("\($0)".contains("missing column(s) pass, median_s"), "\($0)") }
    }
}
