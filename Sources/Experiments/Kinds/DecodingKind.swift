import Attention
import PerformerTensor

/// `decoding`: seconds per generated token at a context of `seq_len` positions, generating
/// token by token with the mechanism's decoder (`Decoders.make`: FAVOR+ as its recurrence,
/// exact attention with a key-value cache). The context's keys and values are prefilled
/// (untimed), the state is marked, and each of `warmup` untimed and `repeats` timed samples
/// rewinds to the mark and generates `tokensPerSample` tokens; a sample's seconds divided by
/// the tokens is its time per token (median, min and max over the timed samples). One row
/// per configuration; causal only.
struct DecodingKind: ExperimentKind {
    init() {}
    let name = "decoding"
    let summary = "seconds per generated token vs context length (FAVOR+ recurrence, exact with a key-value cache)"
    let measurementColumns = ["tokens", "repeats", "median_s", "min_s", "max_s"]

    /// Tokens generated per timed sample: enough that a sample of FAVOR+ steps (tens of
    /// microseconds each) is far above the clock's resolution, few enough that the context
    /// grows by at most 1.6% at 1K.
    static let tokensPerSample = 16

    func check(_ c: Configuration) -> String? {
        if c.string("model") != "none" { return "kind decoding times raw attention; model = \(c.string("model")) is not supported" }
        if !c.bool("causal") { return "kind decoding generates token by token: set causal = true" }
        guard let mechanism = try? MechanismRegistry.sizing(c) else { return nil }   // the spec's own check reports it
        return Decoders.unsupported(mechanism)
    }

    /// Context inputs (q, k, v at seq_len), the generated tokens, the decoder with its mark
    /// and capacity seq_len + tokensPerSample, and the output row.
    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let mechanism = try MechanismRegistry.sizing(c)
        let s = c.attentionShape, g = Self.tokensPerSample
        let inputs = 2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim)
        let tokens = g * s.batch * s.heads * (2 * s.headDim + s.valueDim) * 4 + s.batch * s.heads * s.valueDim * 4
        return inputs + tokens + Decoders.predictedBytes(mechanism, batch: s.batch, heads: s.heads, headDim: s.headDim,
                                                         valueDim: s.valueDim, capacity: s.length + g)
    }

    /// The prefill (about one forward) plus every generated token at about forward / L each.
    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let forward = CostModel.forwardFlops(c)
        let tokens = Double((spec.warmup + spec.repeats) * Self.tokensPerSample)
        return (forward + tokens * forward / Double(max(1, c.int("seq_len")))) / CostModel.flopsPerSecond
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        TensorAllocator.drain()   // as `timing`: this configuration's buffers page-faulted once, in the warm-up
        let mechanism = try MechanismRegistry.make(c)
        let s = c.attentionShape, g = Self.tokensPerSample
        var rng = SeededGenerator(seed: UInt64(c.int("seed"))).derive("decoding-inputs")
        let (seconds, peak) = try MemoryLedger.measure { () -> [Double] in
            let (_, k, v) = InputSampler.draw(c, rng: &rng)
            let tokens = Self.tokens(c, count: g, rng: &rng)
            let decoder = try Decoders.make(mechanism, batch: s.batch, heads: s.heads, headDim: s.headDim,
                                            valueDim: s.valueDim, capacity: s.length + g)
            decoder.prefill(k: k, v: v)
            decoder.mark()
            let out = Tensor(uninitialized: [s.batch, s.heads, 1, s.valueDim])
            var perToken: [Double] = []
            for sample in 0..<(spec.warmup + spec.repeats) {
                decoder.rewind()
                let t = Stopwatch.time {
                    for (q1, k1, v1) in tokens { decoder.step(q: q1, k: k1, v: v1, into: out) }
                }
                if sample >= spec.warmup { perToken.append(t / Double(g)) }
            }
            return perToken
        }
        let summary = Summary(seconds)
        return [["tokens": String(g), "repeats": String(spec.repeats),
                 "median_s": TimingKind.seconds(summary.median), "min_s": TimingKind.seconds(summary.min),
                 "max_s": TimingKind.seconds(summary.max), "peak_bytes": String(peak)]]
    }

    /// `count` generated positions, each (q, k, v) of shape (batch, heads, 1, dim), drawn as
    /// `InputSampler` draws the context (the configuration's input distribution and scale).
    static func tokens(_ c: Configuration, count: Int, rng: inout SeededGenerator) -> [(Tensor, Tensor, Tensor)] {
        let s = c.attentionShape
        let qk = [s.batch, s.heads, 1, s.headDim], vs = [s.batch, s.heads, 1, s.valueDim]
        let scale = Float(c.double("input_scale"))
        return (0..<count).map { _ in
            if c.string("input") == "uniform" {
                return (Tensor.uniform(qk, low: -scale, high: scale, rng: &rng), Tensor.uniform(qk, low: -scale, high: scale, rng: &rng),
                        Tensor.uniform(vs, low: -1, high: 1, rng: &rng))
            }
            return (Tensor.gaussian(qk, std: scale, rng: &rng), Tensor.gaussian(qk, std: scale, rng: &rng), Tensor.gaussian(vs, rng: &rng))
        }
    }
}
