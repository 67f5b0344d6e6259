import Attention
import Foundation
import Model
import PerformerTensor
import ResultsFormat

/// The training runs of the `transfer` kind (the paper's Fig. 5, backward compatibility):
/// a pretrained exact-attention Transformer LM (cached as a checkpoint), its weights loaded
/// into other mechanisms and fine-tuned, and the baselines (the Transformer trained on, each
/// model trained from scratch). Every phase logs validation loss and accuracy every
/// `eval_interval` steps; a non-finite training loss stops the phase with `diverged` rows.
enum TransferTraining {
    /// Settings read from a configuration.
    struct Settings {
        var model: ModelConfig
        var batch: Int, length: Int
        var steps: Int, finetuneSteps: Int
        var evalInterval: Int, evalBatches: Int
        var learningRate: Float
        var decay: LearningRateSchedule.Decay
        var floor: Float
        /// Next byte for causal models, masked LM (mask_rate) for bidirectional ones.
        var objective: Objective
        var seed: UInt64

        init(_ c: Configuration) {
            model = ModelConfig(heads: c.int("heads"), layers: c.int("layers"), dFF: c.int("d_ff"), dModel: c.int("d_model"),
                                vocabSize: c.int("vocab"), causal: c.bool("causal"), seed: UInt64(c.int("seed")))
            batch = c.int("batch"); length = c.int("seq_len")
            steps = c.int("steps")
            finetuneSteps = Int((Double(steps) * c.double("finetune_fraction")).rounded())
            evalInterval = c.int("eval_interval"); evalBatches = c.int("eval_batches")
            learningRate = Float(c.double("learning_rate"))
            decay = LearningRateSchedule.Decay(rawValue: c.string("lr_decay")) ?? .constant
            floor = Float(c.double("lr_floor"))
            objective = model.causal ? .nextToken : .masked(rate: c.double("mask_rate"))
            seed = UInt64(c.int("seed"))
        }

        /// Adam with a linear warm-up over 5% of `steps` (at least 1), then `decay` over the
        /// phase's `steps`.
        func optimizer(steps: Int) -> AdamOptimizer.Settings {
            AdamOptimizer.Settings(schedule: LearningRateSchedule(peak: learningRate, warmupSteps: max(1, steps / 20),
                                                                  decay: decay, totalSteps: steps, floor: floor))
        }

        /// The objective's name in cache keys.
        var objectiveKey: String {
            switch objective {
            case .nextToken: return "next"
            case .masked(let rate): return "masked\(rate)"
            }
        }

        /// The version of the training code (Model's layers, Trainer, TrainingLoop, Adam,
        /// BatchSampler): bump it whenever a change alters the numbers pretraining produces,
        /// so that cached checkpoints trained by other code are not reused. Version 1 adds
        /// nothing to the key (keys without a version are version 1's).
        static let trainingCodeVersion = 1

        /// Everything the pretrained checkpoint depends on: its cache key.
        var pretrainKey: String {
            "layers=\(model.layers);d_model=\(model.dModel);heads=\(model.heads);d_ff=\(model.dFF);vocab=\(model.vocabSize);"
                + "causal=\(model.causal);seq_len=\(length);batch=\(batch);steps=\(steps);learning_rate=\(learningRate);"
                + "eval_interval=\(evalInterval);eval_batches=\(evalBatches);seed=\(seed)"
                + (decay == .constant ? "" : ";decay=\(decay.rawValue);floor=\(floor)")
                + (model.causal ? "" : ";objective=\(objectiveKey)")
                + (Self.trainingCodeVersion == 1 ? "" : ";training_code=\(Self.trainingCodeVersion)")
        }
    }

    /// The model with every layer's attention built from `c` (layer i seeded seed + i), each
    /// wrapped in an `AttentionProbe` (returned in layer order) for the step-0 diagnostics.
    static func makeModel(_ c: Configuration, _ s: Settings, seedOffset: UInt64 = 0) throws -> (model: TransformerLM, probes: [AttentionProbe]) {
        var config = s.model
        config.seed = s.seed &+ seedOffset
        let probes = try (0..<config.layers).map { AttentionProbe(try MechanismRegistry.make(c, seed: s.seed + UInt64($0))) }
        return (try TransformerLM(config: config) { probes[$0] }, probes)
    }

    /// Trains `model` for `steps` steps from the `batchSeed` stream; one validation row at
    /// step 0 and every `evalInterval` steps and at the end, each preceded (after step 0) by a
    /// train row (means over the interval). Cells: phase, step, split, loss, accuracy,
    /// bits_per_byte, tokens, seconds (training seconds so far), diverged; train rows add
    /// grad_norm (mean global gradient norm before clipping to 0.5); the step-0
    /// validation row adds the `AttentionDiagnostics` of the first validation windows.
    static func run(_ built: (model: TransformerLM, probes: [AttentionProbe]), corpus: Corpus, _ s: Settings, steps: Int, phase: String,
                    batchSeed: UInt64, log: (String) -> Void = { _ in }) throws -> [[String: String]] {
        let model = built.model
        var sampler = try BatchSampler(bytes: corpus.train, batch: s.batch, length: s.length, seed: batchSeed,
                                       objective: s.objective)
        let trainer = Trainer(model: model, settings: s.optimizer(steps: steps))
        var rows: [[String: String]] = []
        var tokens = 0, seconds = 0.0
        func row(_ step: Int, _ split: String, _ loss: Double, _ accuracy: Double, diverged: Bool) -> [String: String] {
            ["phase": phase, "step": String(step), "split": split, "loss": fmt(loss), "accuracy": fmt(accuracy),
             "bits_per_byte": fmt(loss / 0.6931471805599453), "tokens": String(tokens),
             "seconds": String(format: "%.3f", seconds), "diverged": String(diverged)]
        }
        func validate(_ step: Int, diverged: Bool = false) {
            if step == 0 { for p in built.probes { p.armed = true } }
            let v = trainer.evaluate(corpus.validation, batches: s.evalBatches, batchSize: s.batch, length: s.length,
                                     objective: s.objective)
            var r = row(step, "validation", v.loss, v.accuracy, diverged: diverged || !v.loss.isFinite)
            var note = ""
            if step == 0 {
                let diagnostics = AttentionDiagnostics.measure(built.probes)
                r.merge(diagnostics.cells) { $1 }
                if let e = r["attention_error_layers"], let l = r["logit_max"] { note = "; attention error vs exact by layer \(e), max logit \(l)" }
            }
            rows.append(r)
            log(String(format: "%@ step %d: validation loss %.4f accuracy %.4f", phase, step, v.loss, v.accuracy) + note)
        }
        validate(0)
        TrainingLoop.run(trainer, sampler: &sampler, steps: steps, interval: s.evalInterval) { r in
            tokens = r.tokens; seconds = r.seconds
            var line = row(r.step, "train", r.meanLoss, r.meanAccuracy, diverged: r.diverged)
            line["grad_norm"] = fmt(r.meanGradNorm)
            rows.append(line)
            validate(r.step, diverged: r.diverged)
        }
        return rows
    }

    /// The pretrained exact-attention checkpoint of `s` and its training rows: loaded from
    /// `folder`/pretrained-KEYHASH.ckpt (+ .json rows) when a previous run with the same
    /// settings and seed left them, else trained now and saved there.
    static func pretrained(_ c: Configuration, _ s: Settings, corpus: Corpus, folder: String,
                           log: (String) -> Void) throws -> (path: String, rows: [[String: String]]) {
        let stem = "\(folder)/pretrained-\(Hashing.fnv1a64Hex(s.pretrainKey))"
        let path = stem + ".ckpt", rowsPath = stem + ".json"
        let fm = FileManager.default
        if fm.fileExists(atPath: path), let data = fm.contents(atPath: rowsPath),
           let cached = try? JSONDecoder().decode(Cached.self, from: data), cached.key == s.pretrainKey {
            log("reusing the pretrained Transformer \(path)")
            return (path, cached.rows)
        }
        try FileSystem.createDirectory(folder)
        var exact = c.values
        exact["mechanism"] = .string(MechanismColumns.exact)
        for p in Parameters.all { if case .mechanism = p.scope { exact[p.name] = nil } }
        let exactConfig = Configuration(index: c.index, family: MechanismColumns.exact, values: exact, swept: c.swept)
        let model = try makeModel(exactConfig, s)
        let rows = try run(model, corpus: corpus, s, steps: s.steps, phase: "pretrain", batchSeed: s.seed &+ 1, log: log)
        try Checkpoint.save(model.model, to: path, step: s.steps)
        let data = try JSONEncoder().encode(Cached(key: s.pretrainKey, rows: rows))
        try data.write(to: URL(fileURLWithPath: rowsPath))
        return (path, rows)
    }

    struct Cached: Codable { var key: String; var rows: [[String: String]] }

    static func fmt(_ x: Double) -> String { x.isFinite ? String(format: "%.6f", x) : "nan" }
}
