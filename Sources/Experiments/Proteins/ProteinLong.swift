import Attention
import Foundation
import ResultsFormat
import Statistics
import Model
import PerformerTensor

/// The `protein-long` kind's model fitting and training (the paper's L = 8192
/// protein figure): proteins concatenated into rows of `seq_len` (ConcatenatedProteinBatches),
/// every mechanism trained for the same `train_seconds` of training time under the spec's
/// memory budget, the model shrunk (ModelFit) until the memory model's prediction fits.
enum ProteinLong {
    /// One rung of the shrink ladder: the model sizes tried, in order.
    struct Size: Equatable {
        var layers: Int, dModel: Int, heads: Int, dFF: Int
    }

    /// The shrink ladder from the spec's size (layers L, heads H, d_model = H x head width w,
    /// d_ff F): first fewer layers at full width (L, L-1, ..., 1), then at one layer fewer
    /// heads at the same head width (H-1, ..., 1 heads; d_model = heads x w, d_ff scaled by
    /// heads / H, rounded, at least 1). The first rung is the spec's size.
    static func ladder(_ full: Size) -> [Size] {
        let w = full.dModel / max(1, full.heads)
        var out = (1...max(1, full.layers)).reversed().map { Size(layers: $0, dModel: full.dModel, heads: full.heads, dFF: full.dFF) }
        if full.heads > 1 {
            for h in (1..<full.heads).reversed() {
                let ff = max(1, Int((Double(full.dFF) * Double(h) / Double(full.heads)).rounded()))
                out.append(Size(layers: 1, dModel: h * w, heads: h, dFF: ff))
            }
        }
        return out
    }

    /// The first rung of `ladder(full)` whose predicted bytes (`predict`) are at most
    /// `budget`, with its prediction; nil when even the last rung does not fit.
    static func fit(_ full: Size, budget: Int, predict: (Size) throws -> Int) rethrows -> (size: Size, bytes: Int)? {
        for s in ladder(full) {
            let b = try predict(s)
            if b <= budget { return (s, b) }
        }
        return nil
    }

    /// Configuration `c` with the model sizes of `s`.
    static func configuration(_ c: Configuration, _ s: Size) -> Configuration {
        var v = c.values
        v["layers"] = .int(s.layers); v["d_model"] = .int(s.dModel); v["heads"] = .int(s.heads); v["d_ff"] = .int(s.dFF)
        return Configuration(index: c.index, family: c.family, values: v, swept: c.swept)
    }

    /// ModelMemory's prediction of one training step (forward, loss, backward, Adam) of `c`.
    static func predictedBytes(_ c: Configuration) throws -> Int {
        let s = ProteinTraining.Settings(c)
        let mechanisms = try (0..<s.layers).map { try MechanismRegistry.make(c, seed: s.seed &+ UInt64($0)) }
        return ModelMemory.predictedBytes(s.model, batch: s.batch, length: s.length, mechanisms: mechanisms,
                                          backward: true, optimizer: true)
    }

    /// The configuration actually trained under `budget`: `c` shrunk along the ladder, and
    /// its predicted bytes; an error when no rung fits.
    static func fitted(_ c: Configuration, budget: Int) throws -> (Configuration, Int) {
        let full = Size(layers: c.int("layers"), dModel: c.int("d_model"), heads: c.int("heads"), dFF: c.int("d_ff"))
        guard let f = try fit(full, budget: budget, predict: { try predictedBytes(configuration(c, $0)) }) else {
            throw ModelError.corpus("protein-long: no model of the shrink ladder from \(full) fits the memory budget \(ByteSize.format(budget))")
        }
        return (configuration(c, f.size), f.bytes)
    }

    /// The run's memory budget (the spec's, at most 80% of this machine's memory, as the runner).
    static func budget(_ spec: Spec) -> Int { TimeEstimate.memoryBudget(spec) }

    /// Trains the fitted configuration for `train_seconds` of training time (steps until the
    /// summed step times reach it), evaluating the train and validation splits (the first
    /// `eval_examples` rows of each split's stream) at step 0, whenever `eval_seconds` more
    /// training seconds have passed, and at the end. Rows as ProteinTraining.run (split,
    /// step, seconds, loss, perplexity, accuracy, unigram baseline, train_accuracy,
    /// parameters, arm, diverged) plus the trained size (fit_layers, fit_d_model, fit_heads,
    /// fit_d_ff) and fit_bytes. The learning rate warms up over `warmup` steps and then
    /// stays at learning_rate (the number of steps is not known in advance). Stopping on
    /// time makes the step counts, and so the numbers, vary from run to run.
    static func run(_ c0: Configuration, spec: Spec, log: (String) -> Void = { _ in }) throws -> [[String: String]] {
        let (c, bytes) = try fitted(c0, budget: budget(spec))
        let s = ProteinTraining.Settings(c)
        let corpus = try ProteinTraining.corpus(s)
        let batches = ConcatenatedProteinBatches(corpus: corpus, length: s.length)
        let splits: [ProteinCorpus.Split] = [.train, .validation].filter { corpus.count($0) > 0 }
        let eval = try Dictionary(uniqueKeysWithValues: splits.map {
            ($0, try batches.evaluationBatches($0, rows: s.evalExamples, batchSize: s.batch))
        })
        let frequencies = try corpus.unigram(.train, count: ProteinTraining.unigramProteins)
        let baselines = eval.mapValues { ProteinTraining.unigram($0, frequencies: frequencies) }
        let model = try ProteinTraining.makeModel(c, s)
        let optimizer = AdamOptimizer.Settings(schedule: LearningRateSchedule(peak: s.learningRate, warmupSteps: warmup,
                                                                              decay: .constant, totalSteps: 1 << 30, floor: 1))
        let trainer = Trainer(model: model, settings: optimizer)
        let arm = spec.arm(of: c)
        let fmt = ProteinTraining.fmt
        var rows: [[String: String]] = []
        func record(_ step: Int, seconds: Double, diverged: Bool) {
            let first = rows.count
            for split in splits {
                let v = ProteinTraining.evaluate(model, eval[split]!)
                rows.append(["step": String(step), "seconds": String(format: "%.3f", seconds), "split": split.rawValue,
                             "loss": fmt(v.loss), "perplexity": fmt(exp(v.loss)), "accuracy": fmt(v.accuracy),
                             "unigram_accuracy": fmt(baselines[split]!.accuracy), "unigram_perplexity": fmt(baselines[split]!.perplexity),
                             "parameters": String(model.parameterCount), "arm": String(arm),
                             "diverged": String(diverged || !v.loss.isFinite),
                             "fit_layers": String(s.layers), "fit_d_model": String(s.dModel), "fit_heads": String(s.heads),
                             "fit_d_ff": String(s.dFF), "fit_bytes": String(bytes)])
                if split == .validation {
                    log(String(format: "step %d: validation accuracy %.4f (unigram %.4f), %.1f s (%d layers, d_model %d, %d heads)",
                               step, v.accuracy, baselines[split]!.accuracy, seconds, s.layers, s.dModel, s.heads))
                }
            }
            let train = rows[first...].first { $0["split"] == ProteinCorpus.Split.train.rawValue }?["accuracy"] ?? ""
            for i in first..<rows.count { rows[i]["train_accuracy"] = train }
        }
        record(0, seconds: 0, diverged: false)
        let limit = c.double("train_seconds"), every = c.double("eval_seconds")
        var seconds = 0.0, nextEval = every, step = 0
        while seconds < limit {
            let st = trainer.step(try batches.trainBatch(step: step, batch: s.batch, seed: s.seed))
            step += 1; seconds += st.seconds
            let diverged = !st.loss.isFinite
            if diverged || seconds >= limit {
                record(step, seconds: seconds, diverged: diverged)
                break
            }
            if seconds >= nextEval {
                record(step, seconds: seconds, diverged: false)
                while nextEval <= seconds { nextEval += every }
            }
        }
        return rows
    }

    /// Warm-up steps of the learning rate.
    static let warmup = 10
}
