import Attention
import Model
import PerformerTensor

/// `model-timing` (the paper's Fig. 3): seconds of the whole Transformer LM at (B, L) with
/// the configuration's sizes (`model` = small or regular; vocab, layers, heads, d_ff,
/// d_model), every layer's attention built from the configuration. Two rows like `timing`:
/// `pass` = forward (logits) and forward_backward (logits, cross-entropy against the next
/// byte, backward through every layer into every parameter; no optimizer update).
/// `warmup` untimed calls, `repeats` timed ones; peak bytes measured by MemoryLedger around
/// building the model and the pass (parameters, gradients, activations, caches).
public struct ModelTimingKind: ExperimentKind {
    public init() {}
    public let name = "model-timing"
    public let summary = "forward and forward+backward seconds of the whole Transformer vs L"
    public let measurementColumns = TimingKind().measurementColumns
    public let rowLabels: [[String: String]] = [["pass": "forward"], ["pass": "forward_backward"]]

    public func check(_ c: Configuration) -> String? {
        c.string("model") == "none" ? "kind model-timing needs model = small or regular" : nil
    }

    /// The model of configuration `c` (random bytes in, so `causal` only selects the masks).
    static func modelConfig(_ c: Configuration) -> ModelConfig {
        ModelConfig(heads: c.int("heads"), layers: c.int("layers"), dFF: c.int("d_ff"), dModel: c.int("d_model"),
                    vocabSize: c.int("vocab"), causal: c.bool("causal"), seed: UInt64(c.int("seed")))
    }

    /// One mechanism per layer, each with its own seed (seed + layer).
    static func mechanisms(_ c: Configuration, layers: Int) throws -> [any AttentionMechanism] {
        try (0..<layers).map { try MechanismRegistry.make(c, seed: UInt64(c.int("seed") + $0)) }
    }

    public func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let config = Self.modelConfig(c)
        return ModelMemory.predictedBytes(config, batch: c.int("batch"), length: c.int("seq_len"),
                                          mechanisms: try Self.mechanisms(c, layers: config.layers), backward: true)
    }

    public func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let m = Self.modelConfig(c)
        let tokens = Double(c.int("batch") * c.int("seq_len"))
        let dense = 2 * tokens * Double(m.layers) * Double(4 * m.dModel * m.dModel + 2 * m.dModel * m.dFF)
            + 2 * tokens * Double(m.dModel * m.vocabSize)
        let attention = Double(m.layers) * CostModel.forwardFlops(c)
        return Double(spec.warmup + spec.repeats) * 4 * (dense + attention) / CostModel.flopsPerSecond
    }

    public func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let config = Self.modelConfig(c)
        let batch = c.int("batch"), length = c.int("seq_len")
        var rows: [[String: String]] = []
        for (label, backward) in [("forward", false), ("forward_backward", true)] {
            var rng = SeededGenerator(seed: UInt64(c.int("seed"))).derive("model-timing-tokens")
            let tokens = (0..<(batch * length)).map { _ in Int32(rng.nextInt(below: config.vocabSize)) }
            let targets = (0..<(batch * length)).map { _ in Int32(rng.nextInt(below: config.vocabSize)) }
            let (result, peak) = try MemoryLedger.measure { () throws -> Summary in
                let mechanisms = try Self.mechanisms(c, layers: config.layers)
                let model = try TransformerLM(config: config) { mechanisms[$0] }
                var step = 0
                let seconds = Stopwatch.sample(warmup: spec.warmup, repeats: spec.repeats) {
                    model.beginStep(step)
                    step += 1
                    let (logits, cache) = model.forward(tokens: tokens, batch: batch, length: length)
                    if backward {
                        model.zeroGrad()
                        let (_, dLogits) = CrossEntropy.evaluate(logits: logits, targets: targets, gradient: true)
                        model.backward(dLogits: dLogits!, cache: cache)
                    }
                }
                return Summary(seconds)
            }
            rows.append(TimingKind.row(pass: label, repeats: spec.repeats, summary: result, peakBytes: peak))
        }
        return rows
    }
}
