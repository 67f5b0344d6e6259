import Attention
import Foundation
import Model
import PerformerTensor
import ResultsFormat

/// `transfer` (the paper's Fig. 5, backward compatibility). One configuration = one variant
/// (its `mechanism`) on a byte-level LM over the fortunes corpus: next-byte prediction when
/// `causal`, a masked LM (`mask_rate`) when bidirectional (the only way to include Linformer):
///
/// - `pretrain` (exact only): the Transformer trained `steps` steps; cached as
///   results/pretrained-KEYHASH.ckpt (+ .json with its rows), reused by every configuration
///   and every spec with the same model sizes, L, batch, steps, learning rate and schedule,
///   objective, eval settings and seed.
/// - `finetune` (other mechanisms) / `continue` (exact): the pretrained weights loaded into
///   the variant's model, validated at step 0, then trained finetune_fraction x steps.
/// - `scratch`: the variant's model trained the same number of steps from a fresh init.
///
/// Rows: one per evaluation, `split` = validation (evaluate on fixed windows) or train (mean
/// over the interval). A non-finite training loss ends that phase with `diverged` = true and
/// loss `nan`: recorded, not a failure. With finetune_fraction = 0 only the step-0
/// validation of the transferred model is measured (no scratch runs).
struct TransferKind: ExperimentKind {
    init() {}
    let name = "transfer"
    let summary = "backward compatibility: a pretrained Transformer's weights fine-tuned in other mechanisms"
    let builtInTimeFactor = 0.42
    let quickRule = "60 steps (the same fine-tuning fraction), evaluation every 20 steps on 2 batches, a features axis cut to its first 3 values"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("features", keep: 3)
        q.lowerFixed("steps", to: 60)
        q.lowerFixed("eval_interval", to: 20)
        q.lowerFixed("eval_batches", to: 2)
        return q.overrides
    }
    let measurementColumns = ["variant", "phase", "step", "split", "loss", "accuracy", "bits_per_byte",
                                     "tokens", "seconds", "diverged", "grad_norm",
                                     "logit_max", "query_norm2_max", "key_norm2_max", "attention_error", "attention_error_layers"]

    func check(_ c: Configuration) -> String? {
        if c.string("model") == "none" { return "kind transfer trains a model: set model (and its sizes)" }
        if c.int("steps") < 1 { return "kind transfer needs steps >= 1" }
        return nil
    }

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let s = TransferTraining.Settings(c)
        let mechanisms = try (0..<s.model.layers).map { try MechanismRegistry.make(c, seed: s.seed + UInt64($0)) }
        return ModelMemory.predictedBytes(s.model, batch: s.batch, length: s.length, mechanisms: mechanisms,
                                          backward: true, optimizer: true)
    }

    /// Training steps only (pretraining counted for exact), at 6 flops per weight and token, x 3.
    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let s = TransferTraining.Settings(c)
        let flopsPerStep = 6 * Double(s.batch * s.length) * Double(s.model.weightCount)
        let steps = Double(2 * s.finetuneSteps + (c.string("mechanism") == MechanismColumns.exact ? s.steps : 0))
        return steps * flopsPerStep / CostModel.flopsPerSecond * 3
    }

    /// The time model `TimeEstimate` calibrates: training steps (pretraining only for the
    /// exact configuration and only when its checkpoint is not cached under `outDir`/results;
    /// fine-tuning; the from-scratch baseline) at 6 flops per weight and token plus the
    /// attention, and the evaluations at a third of that.
    func estimatedSeconds(_ c: Configuration, spec: Spec, outDir: String) -> Double {
        let s = TransferTraining.Settings(c)
        let tokens = Double(s.batch) * Double(s.length)
        let step = 6 * tokens * Double(s.model.weightCount) + 3 * Double(s.model.layers) * CostModel.forwardFlops(c)
        let cache = (outDir as NSString).appendingPathComponent("results/pretrained-\(Hashing.fnv1a64Hex(s.pretrainKey)).ckpt")
        let pretrain = c.string("mechanism") == MechanismColumns.exact && !FileManager.default.fileExists(atPath: cache) ? s.steps : 0
        let phases = [pretrain, s.finetuneSteps, s.finetuneSteps].filter { $0 > 0 }
        let interval = Double(max(1, s.evalInterval))
        // Fine-tuning always evaluates at step 0, even with no steps.
        let evaluations = phases.reduce(1.0) { $0 + (Double($1) / interval).rounded(.up) + 1 }
        let trained = Double(phases.reduce(0, +))
        return (trained * step + evaluations * Double(s.evalBatches) * step / 3) / CostModel.flopsPerSecond
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let s = TransferTraining.Settings(c)
        let corpus = try Corpus.fortunes()
        let variant = c.string("mechanism")
        let log: (String) -> Void = { FileHandle.standardError.write(("  [\(variant)] " + $0 + "\n").data(using: .utf8)!) }
        let folder = (RunContext.outDir as NSString).appendingPathComponent("results")
        let (checkpoint, pretrainRows) = try TransferTraining.pretrained(c, s, corpus: corpus, folder: folder, log: log)
        var rows: [[String: String]] = variant == MechanismColumns.exact ? pretrainRows : []

        let transferred = try TransferTraining.makeModel(c, s)
        let report = try Checkpoint.load(checkpoint, into: transferred.model)
        if !report.new.isEmpty { log("new (not in the checkpoint): \(report.new.joined(separator: ", "))") }
        rows += try TransferTraining.run(transferred, corpus: corpus, s, steps: s.finetuneSteps,
                                         phase: variant == MechanismColumns.exact ? "continue" : "finetune", batchSeed: s.seed &+ 2, log: log)
        if s.finetuneSteps > 0 {
            let fresh = try TransferTraining.makeModel(c, s, seedOffset: 1000)
            rows += try TransferTraining.run(fresh, corpus: corpus, s, steps: s.finetuneSteps, phase: "scratch",
                                             batchSeed: s.seed &+ 2, log: log)
        }
        return rows.map { r in
            var r = r
            r["variant"] = variant
            r["peak_bytes"] = ""
            return r
        }
    }
}
