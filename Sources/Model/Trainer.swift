import Foundation
import PerformerTensor

/// What one training step did.
public struct StepStats: Sendable {
    /// 0-based index of the step.
    public var step: Int
    /// Mean next-token cross-entropy of the batch before the update (nats).
    public var loss: Double
    public var accuracy: Double
    /// Global gradient norm before clipping.
    var gradNorm: Double
    var learningRate: Float
    /// Tokens processed (batch x length).
    public var tokens: Int
    /// Tokens whose prediction counted in the loss (all for next-token; the masked ones for MLM).
    var predicted: Int
    /// Wall-clock seconds of forward, backward and update.
    public var seconds: Double
    var bitsPerByte: Double { loss / 0.6931471805599453 }
}

/// Trains a `TransformerLM` with Adam, one `step(batch)` at a time, and evaluates it.
///
///     var sampler = try BatchSampler(bytes: corpus.train, batch: 8, length: 128, seed: 1)
///     let trainer = Trainer(model: model, settings: .init(schedule: .init(peak: 1e-3)))
///     for _ in 0..<steps { trainer.step(sampler.next()) }
///     let val = trainer.evaluate(corpus.validation, batches: 8, batchSize: 8, length: 128)
public final class Trainer {
    public let model: TransformerLM
    public let optimizer: AdamOptimizer
    /// Print a progress line to stderr every this many steps (0: never).
    public var progressInterval: Int
    /// Steps planned, for the ETA of progress lines (nil: no ETA).
    var plannedSteps: Int?
    private var windowTokens = 0, windowSeconds = 0.0, windowLoss = 0.0, windowSteps = 0
    private var totalSeconds = 0.0, timedSteps = 0

    public init(model: TransformerLM, settings: AdamOptimizer.Settings = .init(), progressInterval: Int = 0, plannedSteps: Int? = nil) {
        self.model = model
        optimizer = AdamOptimizer(parameters: model.parameters, settings: settings)
        self.progressInterval = progressInterval
        self.plannedSteps = plannedSteps
    }

    /// Steps taken so far.
    var stepCount: Int { optimizer.step }

    /// One training step: beginStep on every mechanism, forward, loss, backward, clip, update.
    @discardableResult
    public func step(_ batch: TokenBatch) -> StepStats {
        let t0 = Stopwatch.now()
        let index = optimizer.step
        model.beginStep(index)
        model.zeroGrad()
        let (logits, cache) = model.forward(tokens: batch.inputs, batch: batch.batch, length: batch.length)
        let (stats, dLogits) = CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: true)
        model.backward(dLogits: dLogits!, cache: cache)
        let (norm, lr) = optimizer.update()
        let seconds = Stopwatch.now() - t0
        let s = StepStats(step: index, loss: stats.loss, accuracy: stats.accuracy, gradNorm: norm,
                          learningRate: lr, tokens: batch.inputs.count, predicted: stats.tokens, seconds: seconds)
        report(s)
        return s
    }

    /// Loss and accuracy on `batches * batchSize` windows of `length` evenly spaced over
    /// `bytes` (deterministic: the same windows every call). No gradients, no updates.
    /// With a masked objective the masks come from a fixed seed, so calls agree.
    public func evaluate(_ bytes: [UInt8], batches: Int, batchSize: Int, length: Int, objective: Objective = .nextToken) -> LossStats {
        Trainer.evaluate(model: model, bytes, batches: batches, batchSize: batchSize, length: length, objective: objective)
    }

    /// Loss and accuracy on one split of `corpus` (see the byte version).
    public func evaluate(_ corpus: Corpus, split: Corpus.Split, batches: Int, batchSize: Int, length: Int,
                         objective: Objective = .nextToken) -> LossStats {
        evaluate(corpus.bytes(split), batches: batches, batchSize: batchSize, length: length, objective: objective)
    }

    /// `evaluate` for any model.
    public static func evaluate(model: TransformerLM, _ bytes: [UInt8], batches: Int, batchSize: Int, length: Int,
                                objective: Objective = .nextToken) -> LossStats {
        var maskRng = SeededGenerator(seed: 0x5EED_E7A1)
        let windows = batches * batchSize
        let span = bytes.count - length - 1
        precondition(span >= 0 && windows >= 1, "\(bytes.count) bytes are too few for windows of \(length) + 1")
        var lossSum = 0.0, correct = 0.0, tokens = 0
        for b in 0..<batches {
            let starts = (0..<batchSize).map { i -> Int in
                let w = b * batchSize + i
                return windows == 1 ? 0 : span * w / (windows - 1)
            }
            let batch = TokenBatch(bytes: bytes, starts: starts, length: length, objective: objective, rng: &maskRng)
            let (logits, _) = model.forward(tokens: batch.inputs, batch: batch.batch, length: length)
            let (s, _) = CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: false)
            lossSum += s.loss * Double(s.tokens)
            correct += s.accuracy * Double(s.tokens)
            tokens += s.tokens
        }
        return LossStats(loss: lossSum / Double(tokens), accuracy: correct / Double(tokens), tokens: tokens)
    }

    private func report(_ s: StepStats) {
        totalSeconds += s.seconds
        timedSteps += 1
        windowTokens += s.tokens; windowSeconds += s.seconds; windowLoss += s.loss; windowSteps += 1
        guard progressInterval > 0, (s.step + 1) % progressInterval == 0 else { return }
        let tps = Double(windowTokens) / max(windowSeconds, 1e-9)
        var line = String(format: "step %d loss %.4f (%.3f bpb) lr %.2e |g| %.3f tokens/s %.0f",
                          s.step + 1, windowLoss / Double(windowSteps), windowLoss / Double(windowSteps) / 0.6931471805599453,
                          Double(s.learningRate), s.gradNorm, tps)
        if let planned = plannedSteps, planned > s.step + 1 {
            let eta = Double(planned - s.step - 1) * totalSeconds / Double(timedSteps)
            line += String(format: " ETA %.0fs", eta)
        }
        FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
        windowTokens = 0; windowSeconds = 0; windowLoss = 0; windowSteps = 0
    }
}
