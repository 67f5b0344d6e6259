import Attention
import Foundation
import PerformerTensor

/// A complete language-model training run on a byte corpus: the `repro train` command and
/// any experiment that needs a trained model call this.
///
///     let report = try TrainingRun.run(TrainingRun.Options(steps: 300)) { _ in ExactAttention(causal: true) }
public enum TrainingRun {
    public struct Options: Codable, Equatable {
        public var model: ModelConfig = .small
        public var steps = 300
        public var seqLen = 128
        /// Next-token for causal models; masked LM (e.g. rate 0.15) for bidirectional ones.
        public var objective: Objective = .nextToken
        public var batch = 16
        public var optimizer = AdamOptimizer.Settings(schedule: LearningRateSchedule(warmupSteps: 50))
        /// Seed of the batch stream (the weights use `model.seed`).
        public var seed: UInt64 = 1
        /// Corpus file or folder; nil for the fortunes package.
        public var corpusPath: String?
        /// Where to save the trained model (nil: not saved).
        public var checkpointPath: String?
        /// Checkpoint to start from (shared weights mapped by name).
        public var initialCheckpoint: String?
        /// Validation windows: `evalBatches` batches of `batch` windows of `seqLen`.
        public var evalBatches = 8
        /// Steps between validation evaluations during training (0: only at the start and end).
        public var evalInterval = 0
        /// Steps between progress lines on stderr (0: none).
        public var progressInterval = 25
        public init() {}
    }

    /// A validation measurement during training.
    struct Evaluation: Codable, Equatable {
        var step: Int, loss: Double, accuracy: Double
        var bitsPerByte: Double { loss / 0.6931471805599453 }
    }

    public struct Report: Codable {
        var corpusSource: String
        var trainBytes: Int, validationBytes: Int
        /// Cross-entropy of the training byte frequencies on the validation bytes (nats).
        var unigramBaseline: Double
        var evaluations: [Evaluation]
        /// Mean training loss over the last 10% of steps (nats).
        var finalTrainLoss: Double
        var tokensPerSecond: Double
        var trainSeconds: Double
        public var parameterCount: Int
        var mechanism: String
        var loadReport: String?

        var initial: Evaluation { evaluations.first! }
        var final: Evaluation { evaluations.last! }

        /// `key: value` lines.
        public var lines: [String] {
            var out = [
                "corpus: \(corpusSource)", "train_bytes: \(trainBytes)", "validation_bytes: \(validationBytes)",
                "mechanism: \(mechanism)", "parameters: \(parameterCount)",
                String(format: "unigram_baseline_nats: %.4f", unigramBaseline),
                String(format: "unigram_baseline_bits_per_byte: %.4f", unigramBaseline / 0.6931471805599453),
            ]
            if let l = loadReport { out.append("loaded: \(l)") }
            for e in evaluations {
                out.append(String(format: "validation_step_%d: loss %.4f nats, %.4f bits/byte, accuracy %.4f",
                                  e.step, e.loss, e.bitsPerByte, e.accuracy))
            }
            out += [
                String(format: "final_train_loss_nats: %.4f", finalTrainLoss),
                String(format: "final_validation_loss_nats: %.4f", final.loss),
                String(format: "final_validation_bits_per_byte: %.4f", final.bitsPerByte),
                String(format: "final_validation_accuracy: %.4f", final.accuracy),
                String(format: "below_unigram_nats: %.4f", unigramBaseline - final.loss),
                String(format: "below_unigram_percent: %.1f", 100 * (unigramBaseline - final.loss) / unigramBaseline),
                String(format: "train_seconds: %.1f", trainSeconds),
                String(format: "tokens_per_second: %.0f", tokensPerSecond),
            ]
            return out
        }
    }

    /// Loads the corpus, builds the model with `attention(layer)`, optionally loads
    /// `initialCheckpoint`, trains `steps` steps on seeded random windows, evaluates on the
    /// validation split, and saves to `checkpointPath` if given.
    public static func run(_ o: Options, attention: (Int) -> AttentionMechanism) throws -> Report {
        let corpus = try o.corpusPath.map { try Corpus.load(path: $0) } ?? Corpus.fortunes()
        if case .nextToken = o.objective, !o.model.causal {
            throw ModelError.invalidConfig("a bidirectional model sees the next byte: train it with the masked objective")
        }
        let model = try TransformerLM(config: o.model, attention: attention)
        var loadLine: String?
        if let initial = o.initialCheckpoint {
            let r = try Checkpoint.load(initial, into: model)
            loadLine = "\(initial): \(r.mapped.count) mapped, new \(r.new), dropped \(r.dropped)"
        }
        var sampler = try BatchSampler(bytes: corpus.train, batch: o.batch, length: o.seqLen, seed: o.seed, objective: o.objective)
        let trainer = Trainer(model: model, settings: o.optimizer, progressInterval: o.progressInterval, plannedSteps: o.steps)
        func evaluate() -> Evaluation {
            let s = trainer.evaluate(corpus.validation, batches: o.evalBatches, batchSize: o.batch, length: o.seqLen, objective: o.objective)
            return Evaluation(step: trainer.stepCount, loss: s.loss, accuracy: s.accuracy)
        }
        var evaluations = [evaluate()]
        var recent: [Double] = []
        let (tokens, seconds) = TrainingLoop.run(trainer, sampler: &sampler, steps: o.steps, interval: o.evalInterval,
                                                 each: { i, s in if i >= o.steps - max(1, o.steps / 10) { recent.append(s.loss) } }) { r in
            guard r.step < o.steps else { return }
            evaluations.append(evaluate())
            let e = evaluations.last!
            FileHandle.standardError.write(String(format: "validation step %d: loss %.4f (%.3f bpb) accuracy %.3f\n",
                                                  e.step, e.loss, e.bitsPerByte, e.accuracy).data(using: .utf8)!)
        }
        evaluations.append(evaluate())
        if let path = o.checkpointPath { try Checkpoint.save(model, to: path, step: trainer.stepCount) }
        return Report(
            corpusSource: corpus.source, trainBytes: corpus.train.count, validationBytes: corpus.validation.count,
            unigramBaseline: corpus.unigramBaseline, evaluations: evaluations,
            finalTrainLoss: recent.isEmpty ? .nan : recent.reduce(0, +) / Double(recent.count),
            tokensPerSecond: Double(tokens) / max(seconds, 1e-9), trainSeconds: seconds,
            parameterCount: model.parameterCount, mechanism: model.mechanisms.first?.name ?? "none",
            loadReport: loadLine)
    }
}
