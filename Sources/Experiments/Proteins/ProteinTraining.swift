import Attention
import Foundation
import ResultsFormat
import Statistics
import Model
import PerformerTensor

/// Training and evaluation of the `protein-lm` kind: the project's Transformer trained from
/// scratch on the train split of a protein corpus, causal next-residue (U, `causal` true) or
/// masked-residue (B, `causal` false, `mask_rate` of the residues), evaluated on the first
/// `eval_examples` proteins of every split (train, validation, test, ood) at step 0, every
/// `eval_interval` steps and at the end.
enum ProteinTraining {
    struct Settings {
        var corpus: String, oodSeed: UInt64
        var batch: Int, length: Int
        var steps: Int, evalInterval: Int, evalExamples: Int
        var learningRate: Float, decay: LearningRateSchedule.Decay, floor: Float
        var maskRate: Double
        var seed: UInt64
        var heads: Int, layers: Int, dFF: Int, dModel: Int, causal: Bool

        init(_ c: Configuration) {
            corpus = c.string("corpus"); oodSeed = UInt64(c.int("ood_seed"))
            batch = c.int("batch"); length = c.int("seq_len")
            steps = c.int("steps"); evalInterval = c.int("eval_interval"); evalExamples = c.int("eval_examples")
            learningRate = Float(c.double("learning_rate"))
            decay = LearningRateSchedule.Decay(rawValue: c.string("lr_decay")) ?? .constant
            floor = Float(c.double("lr_floor"))
            maskRate = c.double("mask_rate")
            seed = UInt64(c.int("seed"))
            heads = c.int("heads"); layers = c.int("layers"); dFF = c.int("d_ff"); dModel = c.int("d_model")
            causal = c.bool("causal")
        }

        /// The model, initialised from the seed (every mechanism of a seed starts from the same weights).
        var model: ModelConfig {
            ModelConfig(heads: heads, layers: layers, dFF: dFF, dModel: dModel, vocabSize: ProteinVocabulary.size,
                        causal: causal, seed: seed)
        }

        var optimizer: AdamOptimizer.Settings {
            AdamOptimizer.Settings(schedule: LearningRateSchedule(peak: learningRate, warmupSteps: max(1, steps / 20),
                                                                  decay: decay, totalSteps: steps, floor: floor))
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var corpora: [String: ProteinCorpus] = [:]

    /// The corpus named by `corpus`: "metastudent" (Debian's metastudent-data) or a path to a
    /// FASTA file or BLAST volume; kept for the process.
    static func corpus(_ s: Settings) throws -> ProteinCorpus {
        if s.corpus == "metastudent" { return try ProteinCorpus.sharedMetastudent(oodSeed: s.oodSeed) }
        lock.lock(); defer { lock.unlock() }
        let key = "\(s.corpus)#\(s.oodSeed)"
        if let c = corpora[key] { return c }
        let c = try ProteinCorpus(sources: [s.corpus], oodSeed: s.oodSeed)
        corpora[key] = c
        return c
    }

    static func makeModel(_ c: Configuration, _ s: Settings) throws -> TransformerLM {
        let mechanisms = try (0..<s.layers).map { try MechanismRegistry.make(c, seed: s.seed &+ UInt64($0)) }
        return try TransformerLM(config: s.model) { mechanisms[$0] }
    }

    /// Loss (nats per predicted residue) and accuracy of `model` over `batches`.
    static func evaluate(_ model: TransformerLM, _ batches: [TokenBatch]) -> LossStats {
        var lossSum = 0.0, correct = 0.0, n = 0
        for b in batches {
            let logits = model.logits(tokens: b.inputs, batch: b.batch, length: b.length)
            let (s, _) = CrossEntropy.evaluate(logits: logits, targets: b.targets, gradient: false)
            lossSum += s.loss * Double(s.tokens); correct += s.accuracy * Double(s.tokens); n += s.tokens
        }
        return LossStats(loss: lossSum / Double(max(n, 1)), accuracy: correct / Double(max(n, 1)), tokens: n)
    }

    /// Proteins of the train split whose residue frequencies define the unigram baseline.
    static let unigramProteins = 2000

    /// The unigram baseline on `batches` for residue frequencies `p` (ProteinCorpus.unigram
    /// of the train split): accuracy of always answering the most frequent residue and
    /// perplexity exp(-mean log p(target)) (frequencies floored at 1e-6: no zero probability).
    static func unigram(_ batches: [TokenBatch], frequencies p: [Double]) -> (accuracy: Double, perplexity: Double) {
        let top = p.indices.max { p[$0] < p[$1] }!
        var right = 0.0, logSum = 0.0, n = 0.0
        for b in batches { for t in b.targets where t >= 0 { n += 1; right += Int(t) == top ? 1 : 0; logSum += log(max(p[Int(t)], 1e-6)) } }
        return (right / max(n, 1), exp(-logSum / max(n, 1)))
    }

    /// Trains and evaluates configuration `c`: one row per (evaluation, split) with step,
    /// seconds (training seconds so far), split, loss, perplexity (exp of the loss), accuracy,
    /// the split's unigram baseline, train_accuracy (the train split's at that step), parameters,
    /// arm and diverged. The final model of a mechanism the attention analyses read is saved
    /// at `checkpointPath`.
    static func run(_ c: Configuration, spec: Spec, log: (String) -> Void = { _ in }) throws -> [[String: String]] {
        let s = Settings(c)
        let corpus = try corpus(s)
        let batches = ProteinBatches(corpus: corpus, length: s.length, causal: s.causal, maskRate: s.maskRate)
        let splits = ProteinCorpus.Split.allCases.filter { corpus.count($0) > 0 }
        let eval = try Dictionary(uniqueKeysWithValues: splits.map {
            ($0, try batches.evaluationBatches($0, count: s.evalExamples, batchSize: s.batch))
        })
        let frequencies = try corpus.unigram(.train, count: unigramProteins)
        let baselines = eval.mapValues { unigram($0, frequencies: frequencies) }
        let model = try makeModel(c, s)
        let trainer = Trainer(model: model, settings: s.optimizer)
        let arm = spec.arm(of: c)
        var rows: [[String: String]] = []
        func record(_ step: Int, seconds: Double, diverged: Bool) {
            let first = rows.count
            for split in splits {
                let v = evaluate(model, eval[split]!)
                rows.append(["step": String(step), "seconds": String(format: "%.3f", seconds), "split": split.rawValue,
                             "loss": fmt(v.loss), "perplexity": fmt(exp(v.loss)), "accuracy": fmt(v.accuracy),
                             "unigram_accuracy": fmt(baselines[split]!.accuracy), "unigram_perplexity": fmt(baselines[split]!.perplexity),
                             "parameters": String(model.parameterCount), "arm": String(arm),
                             "diverged": String(diverged || !v.loss.isFinite)])
                if split == .validation {
                    log(String(format: "step %d: validation accuracy %.4f (unigram %.4f) perplexity %.3f, %.1f s",
                               step, v.accuracy, baselines[split]!.accuracy, exp(v.loss), seconds))
                }
            }
            // Every row of the step also carries the train split's accuracy (the dashed
            // overlay of the accuracy-vs-step plot).
            let train = rows[first...].first { $0["split"] == ProteinCorpus.Split.train.rawValue }?["accuracy"] ?? ""
            for i in first..<rows.count { rows[i]["train_accuracy"] = train }
        }
        record(0, seconds: 0, diverged: false)
        var failure: Error?
        TrainingLoop.run(trainer, batches: { i in
            do { return try batches.trainBatch(step: i, batch: s.batch, seed: s.seed) } catch {
                failure = failure ?? error
                return TokenBatch(inputs: [Int32](repeating: 0, count: s.batch * s.length),
                                  targets: [Int32](repeating: -1, count: s.batch * s.length), batch: s.batch, length: s.length)
            }
        }, steps: s.steps, interval: s.evalInterval) { r in
            if failure == nil { record(r.step, seconds: r.seconds, diverged: r.diverged) }
        }
        if let failure { throw failure }
        if let path = checkpointPath(c, spec: spec.name) { try Checkpoint.save(model, to: path, step: s.steps) }
        return rows
    }

    /// Trains `model` as `run` does (the same batches, optimizer and steps), without the
    /// evaluations: the protein-attention kind's model is the protein-lm kind's.
    static func train(_ model: TransformerLM, _ c: Configuration, _ s: Settings, corpus: ProteinCorpus,
                      log: (String) -> Void = { _ in }) throws {
        let batches = ProteinBatches(corpus: corpus, length: s.length, causal: s.causal, maskRate: s.maskRate)
        let trainer = Trainer(model: model, settings: s.optimizer)
        var failure: Error?
        TrainingLoop.run(trainer, batches: { i in
            do { return try batches.trainBatch(step: i, batch: s.batch, seed: s.seed) } catch {
                failure = failure ?? error
                return TokenBatch(inputs: [Int32](repeating: 0, count: s.batch * s.length),
                                  targets: [Int32](repeating: -1, count: s.batch * s.length), batch: s.batch, length: s.length)
            }
        }, steps: s.steps, interval: max(1, s.evalInterval)) { r in
            log(String(format: "step %d: train loss %.4f accuracy %.4f, %.1f s", r.step, r.meanLoss, r.meanAccuracy, r.seconds)
                + (r.diverged ? " (diverged)" : ""))
        }
        if let failure { throw failure }
    }

    /// results/protein-checkpoints/SPEC-MECHANISM-seedS.ckpt under the run's output folder
    /// for the mechanisms whose weights the attention analyses read (amino-acid similarity,
    /// attention maps: `ProteinAttention.readableWeights`); nil for the others.
    static func checkpointPath(_ c: Configuration, spec: String) -> String? {
        guard ProteinAttention.readableWeights(c) != nil else { return nil }
        let dir = ((RunContext.outDir as NSString).appendingPathComponent("results") as NSString).appendingPathComponent("protein-checkpoints")
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return (dir as NSString).appendingPathComponent("\(spec)-\(c.string("mechanism"))-seed\(c.int("seed")).ckpt")
    }

    static func fmt(_ x: Double) -> String { x.isFinite ? String(format: "%.6f", x) : "nan" }
}
