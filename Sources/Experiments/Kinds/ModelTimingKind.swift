import Attention
import Model
import PerformerTensor

/// `model-timing` (the paper's Fig. 3): seconds of the whole Transformer LM at (B, L) with
/// the configuration's sizes (`model` = small or regular; vocab, layers, heads, d_ff,
/// d_model), every layer's attention built from the configuration. Two rows like `timing`:
/// `pass` = forward (logits, inference: no layer keeps a cache for backward) and forward_backward (logits, cross-entropy against the next
/// byte, backward through every layer into every parameter; no optimizer update).
/// `warmup` untimed calls, `repeats` timed ones (one when a warm-up call took `longPassSeconds`); peak bytes measured by MemoryLedger around
/// building the model and the pass (parameters, gradients, activations, caches), next to
/// that pass's own ModelMemory prediction (`predicted_bytes` of the row).
struct ModelTimingKind: ExperimentKind {
    init() {}
    let name = "model-timing"
    let summary = "forward and forward+backward seconds of the whole Transformer vs L"
    let builtInTimeFactor = 0.9
    let quickRule = "the first 2 lengths of the seq_len axis, one warm-up and one timed call"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seq_len", keep: 2)
        q.setting("repeats", 1, when: spec.repeats)
        q.setting("warmup", 1, when: spec.warmup)
        return q.overrides
    }
    let measurementColumns = TimingKind().measurementColumns
    let rowLabels: [[String: String]] = [["pass": "forward"], ["pass": "forward_backward"]]

    func check(_ c: Configuration) -> String? {
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

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let config = Self.modelConfig(c)
        return ModelMemory.predictedBytes(config, batch: c.int("batch"), length: c.int("seq_len"),
                                          mechanisms: try Self.mechanisms(c, layers: config.layers))
    }

    /// Seconds from the flop model (ModelFlops at the bench's rates): per pass warm-up plus
    /// timed calls, forward and forward+backward (3x forward).
    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let m = Self.modelConfig(c)
        let forward = ModelFlops.forwardSeconds(m, tokens: c.int("batch") * c.int("seq_len"), length: c.int("seq_len"),
                                                attention: ModelFlops.Attention(c))
        let calls = Double(spec.warmup) + (forward * 3 >= Self.longPassSeconds ? 1 : Double(spec.repeats))
        return calls * 4 * forward
    }

    /// A pass whose warm-up call took at least this long is timed once instead of `repeats`
    /// times: at these lengths one call runs for seconds, so timer and scheduling noise is a
    /// small fraction of it, and the committed runs' two repeats differed by less than the
    /// spread between machines' load (the row's `repeats` column says which was used).
    static let longPassSeconds = 3.0

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        // Start from an empty buffer pool, as the timing kind does: buffers pooled by earlier
        // configurations (other sizes) would fill its limit, so this configuration's large
        // buffers would be page-faulted afresh in every timed call.
        TensorAllocator.drain()
        let config = Self.modelConfig(c)
        let batch = c.int("batch"), length = c.int("seq_len")
        var rows: [[String: String]] = []
        let predictionMechanisms = try Self.mechanisms(c, layers: config.layers)
        for (label, backward) in [("forward", false), ("forward_backward", true)] {
            var rng = SeededGenerator(seed: UInt64(c.int("seed"))).derive("model-timing-tokens")
            let tokens = (0..<(batch * length)).map { _ in Int32(rng.nextInt(below: config.vocabSize)) }
            let targets = (0..<(batch * length)).map { _ in Int32(rng.nextInt(below: config.vocabSize)) }
            let (result, peak) = try MemoryLedger.measure { () throws -> Summary in
                let mechanisms = try Self.mechanisms(c, layers: config.layers)
                let model = try TransformerLM(config: config) { mechanisms[$0] }
                var step = 0
                let pass = {
                    model.beginStep(step)
                    step += 1
                    if backward {
                        let (logits, cache) = model.forward(tokens: tokens, batch: batch, length: length)
                        model.zeroGrad()
                        let (_, dLogits) = CrossEntropy.evaluate(logits: logits, targets: targets, gradient: true)
                        model.backward(dLogits: dLogits!, cache: cache)
                    } else {
                        _ = model.logits(tokens: tokens, batch: batch, length: length)
                    }
                }
                var warm = 0.0
                for _ in 0..<spec.warmup { warm = max(warm, Stopwatch.time(pass)) }
                let timed = spec.warmup > 0 && warm >= Self.longPassSeconds ? 1 : spec.repeats
                let seconds = (0..<timed).map { _ in Stopwatch.time(pass) }
                return Summary(seconds)
            }
            var row = TimingKind.row(pass: label, repeats: result.count, summary: result, peakBytes: peak)
            row["predicted_bytes"] = String(ModelMemory.predictedBytes(config, batch: batch, length: length,
                                                                       mechanisms: predictionMechanisms, backward: backward))
            rows.append(row)
        }
        return rows
    }
}
