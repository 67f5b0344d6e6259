import Attention
import PerformerTensor

/// Predicted bytes of attention calls, compared with a spec's memory budget before a
/// configuration runs so that the machine is never exhausted.
enum MemoryBudget {
    /// Bytes of q, k, v (and dOutput when `backward`) for `shape`: Float32 tensors.
    static func inputBytes(_ s: AttentionShape, backward: Bool) -> Int {
        2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim) * (backward ? 2 : 1)
    }

    /// Inputs plus what `mechanism` says it allocates beyond them.
    static func predictedBytes(_ mechanism: any AttentionMechanism, _ s: AttentionShape, backward: Bool) -> Int {
        inputBytes(s, backward: backward) + mechanism.predictedExtraBytes(s, backward: backward)
    }
}

/// Query, key and value inputs drawn as the configuration's `input` and `input_scale` say:
/// gaussian: Q, K entries N(0, s^2), V N(0, 1); uniform: Q, K ~ U(-s, s), V ~ U(-1, 1).
enum InputSampler {
    static func draw(_ c: Configuration, rng: inout SeededGenerator) -> (q: Tensor, k: Tensor, v: Tensor) {
        let s = c.attentionShape
        let qkShape = [s.batch, s.heads, s.length, s.headDim], vShape = [s.batch, s.heads, s.length, s.valueDim]
        let scale = Float(c.double("input_scale"))
        if c.string("input") == "uniform" {
            return (Tensor.uniform(qkShape, low: -scale, high: scale, rng: &rng),
                    Tensor.uniform(qkShape, low: -scale, high: scale, rng: &rng),
                    Tensor.uniform(vShape, low: -1, high: 1, rng: &rng))
        }
        return (Tensor.gaussian(qkShape, std: scale, rng: &rng),
                Tensor.gaussian(qkShape, std: scale, rng: &rng),
                Tensor.gaussian(vShape, rng: &rng))
    }
}

/// A rough cost model for `repro list` (not a measurement): floating-point operations of one
/// forward call, at an assumed rate.
enum CostModel {
    /// Assumed sustained rate of attention work on this kind of CPU (flop/s).
    static let flopsPerSecond = 2e10

    /// Flops of one forward call: the mechanism descriptor's count.
    static func forwardFlops(_ c: Configuration) -> Double { c.descriptor.forwardFlops(c) }
}
