import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The `transfer` kind on a tiny causal LM (1 layer, d_model 16, L 16) and the
/// `model-timing` kind on a tiny model: rows, columns, step-0 rows, the cached pretrained
/// checkpoint, resume, and divergence recorded as rows rather than a crash.
final class TransferTests: XCTestCase {
    func transferSpec(mechanisms: String = #"["exact", "performer-softmax"]"#, learningRate: Double = 0.003) -> String {
        """
        {"name": "tiny-transfer", "kind": "transfer",
         "sweep": {"mechanism": \(mechanisms)},
         "fixed": {"model": "small", "layers": 1, "d_model": 16, "heads": 2, "d_ff": 32, "seq_len": 16, "batch": 4,
                   "causal": true, "steps": 8, "finetune_fraction": 0.5, "eval_interval": 4, "eval_batches": 1,
                   "learning_rate": \(learningRate), "features": 8, "seed": 2},
         "plots": [{"name": "accuracy", "x": "step", "y": "accuracy", "series": ["variant", "phase"],
                    "filter": {"split": "validation"},
                    "hlines": [{"label": "Transformer", "filter": {"variant": "exact", "phase": "pretrain", "split": "validation"}, "at": "last"}]}]}
        """
    }

    func run(_ text: String, dir: String) throws -> (RunOutcome, CSVTable) {
        let o = try Runner.run(try load(text), source: "test.json", options: RunOptions(outDir: dir))
        return (o, try CSVReader.read(path: o.csvPath))
    }

    func testTransferRowsStepZeroAndResume() throws {
        let dir = try temporaryDirectory()
        let (o, t) = try run(transferSpec(), dir: dir)
        XCTAssertEqual(o.configurations, 2)
        for column in ["variant", "phase", "step", "split", "loss", "accuracy", "bits_per_byte", "tokens", "seconds", "diverged", "steps"] {
            XCTAssertTrue(t.header.contains(column), column)
        }
        func rows(_ variant: String, _ phase: String, _ split: String) -> [[String: String]] {
            t.rows.filter { $0["variant"] == variant && $0["phase"] == phase && $0["split"] == split }
        }
        // Pretrain 8 steps, validation every 4: steps 0, 4, 8; train means at 4 and 8.
        XCTAssertEqual(rows("exact", "pretrain", "validation").map { $0["step"]! }, ["0", "4", "8"])
        XCTAssertEqual(rows("exact", "pretrain", "train").map { $0["step"]! }, ["4", "8"])
        // Fine-tuning / continuing / scratch: 0.5 x 8 = 4 steps: validation at 0 and 4.
        for (v, p) in [("exact", "continue"), ("exact", "scratch"), ("performer-softmax", "finetune"), ("performer-softmax", "scratch")] {
            XCTAssertEqual(rows(v, p, "validation").map { $0["step"]! }, ["0", "4"], "\(v) \(p)")
        }
        XCTAssertTrue(rows("performer-softmax", "pretrain", "validation").isEmpty, "only exact reports the pretraining")
        // Continuing the Transformer starts exactly where pretraining ended (same weights,
        // same fixed validation windows): equal to the printed 6 digits.
        XCTAssertEqual(rows("exact", "continue", "validation")[0]["loss"], rows("exact", "pretrain", "validation").last!["loss"])
        // The transferred Performer starts from the trained weights: its step-0 loss is far
        // below a fresh model's (ln 256 = 5.5 nats); an untrained one sits near 5.5.
        let transferred = Double(rows("performer-softmax", "finetune", "validation")[0]["loss"]!)!
        let fresh = Double(rows("performer-softmax", "scratch", "validation")[0]["loss"]!)!
        XCTAssertLessThan(transferred, fresh - 0.3)
        for r in t.rows {
            XCTAssertEqual(r["status"], "ok")
            XCTAssertEqual(r["diverged"], "false")
            let acc = Double(r["accuracy"]!)!
            XCTAssertTrue(acc >= 0 && acc <= 1)
        }
        // Step-0 rows carry the attention diagnostics: exact attention agrees with the Float64
        // softmax to rounding, FAVOR+ with 8 features does not; later rows leave them empty.
        let exact0 = rows("exact", "continue", "validation")[0], favor0 = rows("performer-softmax", "finetune", "validation")[0]
        XCTAssertLessThan(Double(exact0["attention_error"]!)!, 1e-5)
        XCTAssertGreaterThan(Double(favor0["attention_error"]!)!, 1e-3)
        XCTAssertEqual(favor0["attention_error_layers"]!.split(separator: " ").count, 1, "one layer")
        XCTAssertEqual(exact0["logit_max"], favor0["logit_max"], "same weights, same inputs: same logits")
        XCTAssertGreaterThan(Double(favor0["query_norm2_max"]!)!, 0)
        XCTAssertEqual(rows("performer-softmax", "finetune", "validation")[1]["attention_error"], "")
        // Train rows carry the mean gradient norm before clipping; validation rows do not.
        XCTAssertTrue(rows("exact", "pretrain", "train").allSatisfy { Double($0["grad_norm"]!)! > 0 })
        XCTAssertEqual(rows("exact", "pretrain", "validation")[1]["grad_norm"], "")
        let ckpts = try FileManager.default.contentsOfDirectory(atPath: dir + "/results").filter { $0.hasSuffix(".ckpt") }
        XCTAssertEqual(ckpts.count, 1, "one cached pretrained checkpoint")

        // Resume: nothing reruns, the rows stay.
        let (o2, t2) = try run(transferSpec(), dir: dir)
        XCTAssertEqual(o2.alreadyFinished, 2)
        XCTAssertEqual(t2.rows.count, t.rows.count)

        // The plot's horizontal line is the Transformer's last pretraining validation accuracy.
        let spec = try load(transferSpec())
        let h = PlotData.hlines(t, spec.plots[0])
        XCTAssertEqual(h.count, 1)
        XCTAssertEqual(h[0].y, Double(rows("exact", "pretrain", "validation").last!["accuracy"]!)!)
    }

    /// Bidirectional models train as masked LMs, which lets Linformer (bidirectional only)
    /// take the Transformer's weights: its new E and F are reported and trained, and a cosine
    /// schedule gets its own pretrained checkpoint.
    func testMaskedLMTransferIntoLinformer() throws {
        let dir = try temporaryDirectory()
        let text = transferSpec(mechanisms: #"["exact", "linformer"]"#)
            .replacingOccurrences(of: #""causal": true"#, with: #""causal": false, "mask_rate": 0.3, "linformer_k": 8, "lr_decay": "cosine""#)
        let (o, t) = try run(text, dir: dir)
        XCTAssertEqual(o.configurations, 2)
        XCTAssertTrue(t.rows.allSatisfy { $0["status"] == "ok" && $0["causal"] == "false" })
        let lin0 = t.rows.first { $0["variant"] == "linformer" && $0["phase"] == "finetune" && $0["step"] == "0" && $0["split"] == "validation" }!
        let exact0 = t.rows.first { $0["variant"] == "exact" && $0["phase"] == "continue" && $0["step"] == "0" && $0["split"] == "validation" }!
        // Linformer with random E, F of 8 rows over 16 positions is far from exact attention.
        XCTAssertGreaterThan(Double(lin0["attention_error"]!)!, 0.05)
        XCTAssertLessThan(Double(exact0["attention_error"]!)!, 1e-5)
        for r in t.rows { let a = Double(r["accuracy"]!)!; XCTAssertTrue(a >= 0 && a <= 1) }
        // The same spec with a constant schedule pretrains a second checkpoint.
        _ = try run(text.replacingOccurrences(of: #""lr_decay": "cosine""#, with: #""lr_decay": "constant""#)
            .replacingOccurrences(of: #""name": "tiny-transfer""#, with: #""name": "tiny-transfer-constant""#), dir: dir)
        let ckpts = try FileManager.default.contentsOfDirectory(atPath: dir + "/results").filter { $0.hasSuffix(".ckpt") }
        XCTAssertEqual(ckpts.count, 2)
    }

    func testDivergenceIsRecordedNotCrashed() throws {
        // A learning rate of 1e30 sends the weights to ~1e30 after one Adam step, so the
        // LayerNorm variance overflows and the loss becomes non-finite.
        let dir = try temporaryDirectory()
        let (_, t) = try run(transferSpec(mechanisms: #"["exact"]"#, learningRate: 1e30), dir: dir)
        let diverged = t.rows.filter { $0["diverged"] == "true" }
        XCTAssertFalse(diverged.isEmpty)
        XCTAssertTrue(diverged.contains { $0["loss"] == "nan" })
        XCTAssertTrue(t.rows.allSatisfy { $0["status"] == "ok" })
    }

    func testModelTimingRowsAndPredictedBytesMatchTheMeasured() throws {
        let dir = try temporaryDirectory()
        let text = """
        {"name": "tiny-model-timing", "kind": "model-timing",
         "sweep": {"mechanism": ["exact", "performer-softmax", "identity"], "seq_len": [32, 64]},
         "fixed": {"model": "small", "layers": 2, "d_model": 16, "heads": 2, "d_ff": 24, "features": 8, "seed": 1},
         "warmup": 0, "repeats": 1}
        """
        let (o, t) = try run(text, dir: dir)
        XCTAssertEqual(o.configurations, 6)
        XCTAssertEqual(t.rows.count, 12, "two passes per configuration")
        for r in t.rows {
            XCTAssertEqual(r["status"], "ok")
            XCTAssertEqual(r["model"], "small")
            let measured = Int(r["peak_bytes"]!)!, predicted = Int(r["predicted_bytes"]!)!
            XCTAssertGreaterThan(measured, 0)
            // Each row carries its own pass's prediction (ModelMemory), within 15% of the measurement.
            XCTAssertEqual(Double(predicted) / Double(measured), 1, accuracy: 0.15, "\(r["mechanism"]!) L=\(r["seq_len"]!) \(r["pass"]!)")
            XCTAssertGreaterThan(Double(r["median_s"]!)!, 0)
        }
        // The backward pass keeps caches and gradients: more bytes than forward alone.
        for m in ["exact", "identity"] {
            let f = t.rows.first { $0["mechanism"] == m && $0["seq_len"] == "64" && $0["pass"] == "forward" }!
            let b = t.rows.first { $0["mechanism"] == m && $0["seq_len"] == "64" && $0["pass"] == "forward_backward" }!
            XCTAssertGreaterThan(Int(b["peak_bytes"]!)!, Int(f["peak_bytes"]!)!)
        }
    }
}
