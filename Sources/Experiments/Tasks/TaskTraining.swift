import Attention
import Foundation
import Model
import PerformerTensor

/// Training and evaluation of the `task` kind: a Transformer trained from scratch on a
/// generated task (ListOps, MQAR, fortune categories) and evaluated on the task's held-out
/// test split.
enum TaskTraining {
    /// Settings read from a configuration.
    struct Settings {
        var task: String
        var pairs: Int
        var batch: Int, length: Int
        var steps: Int, evalInterval: Int, evalExamples: Int
        var learningRate: Float
        var decay: LearningRateSchedule.Decay
        var floor: Float
        var seed: UInt64
        var heads: Int, layers: Int, dFF: Int, dModel: Int, causal: Bool

        init(_ c: Configuration) {
            task = c.string("task"); pairs = c.int("pairs")
            batch = c.int("batch"); length = c.int("seq_len")
            steps = c.int("steps"); evalInterval = c.int("eval_interval"); evalExamples = c.int("eval_examples")
            learningRate = Float(c.double("learning_rate"))
            decay = LearningRateSchedule.Decay(rawValue: c.string("lr_decay")) ?? .constant
            floor = Float(c.double("lr_floor"))
            seed = UInt64(c.int("seed"))
            heads = c.int("heads"); layers = c.int("layers"); dFF = c.int("d_ff"); dModel = c.int("d_model")
            causal = c.bool("causal")
        }

        /// The model for a task with `vocab` tokens, initialised from the seed (so every
        /// mechanism of a seed starts from the same weights).
        func model(vocab: Int) -> ModelConfig {
            ModelConfig(heads: heads, layers: layers, dFF: dFF, dModel: dModel, vocabSize: vocab, causal: causal, seed: seed)
        }

        /// Adam with a linear warm-up over 5% of the steps (at least 1), then `decay`.
        var optimizer: AdamOptimizer.Settings {
            AdamOptimizer.Settings(schedule: LearningRateSchedule(peak: learningRate, warmupSteps: max(1, steps / 20),
                                                                  decay: decay, totalSteps: steps, floor: floor))
        }
    }

    /// The task of `s`, its data seeded by the configuration's seed (the same examples for
    /// every mechanism of a seed: paired comparisons).
    static func makeTask(_ s: Settings) throws -> any GeneratedTask {
        switch s.task {
        case "listops": return try ListOps(seed: s.seed, length: s.length)
        case "mqar": return try MQAR(seed: s.seed, length: s.length, pairs: s.pairs)
        case "fortunes": return try FortuneCategories(seed: s.seed, length: s.length)
        default: throw MechanismError("unknown task \(s.task) (listops, mqar, fortunes)")
        }
    }

    /// Loss and accuracy over the first `count` test examples, in batches of `batchSize`
    /// (weighted by labelled positions). No gradients, no updates.
    static func evaluate(_ model: TransformerLM, _ task: any GeneratedTask, count: Int, batchSize: Int) -> LossStats {
        var lossSum = 0.0, correct = 0.0, labelled = 0
        var start = 0
        while start < count {
            let n = min(batchSize, count - start)
            let batch = task.batch(Array(start..<(start + n)), split: .test)
            let (logits, _) = model.forward(tokens: batch.inputs, batch: n, length: batch.length)
            let (s, _) = CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: false)
            lossSum += s.loss * Double(s.tokens); correct += s.accuracy * Double(s.tokens); labelled += s.tokens
            start += n
        }
        return LossStats(loss: lossSum / Double(max(labelled, 1)), accuracy: correct / Double(max(labelled, 1)), tokens: labelled)
    }

    /// The model of configuration `c` for `task` (layer i's mechanism seeded seed + i).
    static func makeModel(_ c: Configuration, _ s: Settings, vocab: Int) throws -> TransformerLM {
        let mechanisms = try (0..<s.layers).map { try MechanismRegistry.make(c, seed: s.seed &+ UInt64($0)) }
        return try TransformerLM(config: s.model(vocab: vocab)) { mechanisms[$0] }
    }

    /// Trains the configuration's model `steps` steps on training batches 0, 1, ... of the
    /// task and evaluates on the test split at step 0, every `evalInterval` steps and at the
    /// end. Row cells: step, seconds (training seconds so far: steps only, not data
    /// generation or evaluation), loss, accuracy (test split), train_loss, train_accuracy
    /// (means since the previous row), majority_baseline, parameters, arm, diverged. A
    /// non-finite training loss ends the run with diverged = true.
    static func run(_ c: Configuration, spec: Spec, log: (String) -> Void = { _ in }) throws -> [[String: String]] {
        let s = Settings(c)
        let task = try makeTask(s)
        let evalCount = min(s.evalExamples, task.testCount ?? s.evalExamples)
        let baseline = task.majorityBaseline(testExamples: evalCount)
        let model = try makeModel(c, s, vocab: task.vocabSize)
        let trainer = Trainer(model: model, settings: s.optimizer)
        let arm = spec.arm(of: c)
        var rows: [[String: String]] = []
        func record(_ step: Int, seconds: Double, train: (loss: Double, accuracy: Double)?, diverged: Bool) {
            let v = evaluate(model, task, count: evalCount, batchSize: s.batch)
            rows.append(["step": String(step), "seconds": String(format: "%.3f", seconds),
                         "loss": fmt(v.loss), "accuracy": fmt(v.accuracy),
                         "train_loss": train.map { fmt($0.loss) } ?? "",
                         "train_accuracy": train.map { fmt($0.accuracy) } ?? "",
                         "majority_baseline": fmt(baseline), "parameters": String(model.parameterCount),
                         "arm": String(arm), "diverged": String(diverged || !v.loss.isFinite)])
            log(String(format: "step %d: test accuracy %.4f (majority %.4f) loss %.4f, %.1f s", step, v.accuracy, baseline, v.loss, seconds))
        }
        record(0, seconds: 0, train: nil, diverged: false)
        // The package's one training loop (TrainingLoop, Trainer.step: feature redraws,
        // forward, cross-entropy on the labelled positions, backward, clipped Adam update);
        // step i trains on the task's training batch i.
        TrainingLoop.run(trainer, batches: { task.trainBatch(step: $0, batch: s.batch) }, steps: s.steps,
                         interval: s.evalInterval) { r in
            record(r.step, seconds: r.seconds, train: (r.meanLoss, r.meanAccuracy), diverged: r.diverged)
        }
        return rows
    }

    static func fmt(_ x: Double) -> String { x.isFinite ? String(format: "%.6f", x) : "nan" }
}
