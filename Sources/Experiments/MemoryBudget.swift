import Attention
import PerformerTensor

/// Predicted bytes of attention calls, compared with a spec's memory budget before a
/// configuration runs so that the machine is never exhausted.
public enum MemoryBudget {
    /// Bytes of q, k, v (and dOutput when `backward`) for `shape`: Float32 tensors.
    public static func inputBytes(_ s: AttentionShape, backward: Bool) -> Int {
        2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim) * (backward ? 2 : 1)
    }

    /// Inputs plus what `mechanism` says it allocates beyond them.
    public static func predictedBytes(_ mechanism: any AttentionMechanism, _ s: AttentionShape, backward: Bool) -> Int {
        inputBytes(s, backward: backward) + mechanism.predictedExtraBytes(s, backward: backward)
    }

    /// Whether `bytes` fits `budget`.
    public static func fits(_ bytes: Int, budget: Int) -> Bool { bytes <= budget }
}

/// Query, key and value inputs drawn as the configuration's `input` and `input_scale` say:
/// gaussian: Q, K entries N(0, s^2), V N(0, 1); uniform: Q, K ~ U(-s, s), V ~ U(-1, 1).
public enum InputSampler {
    public static func draw(_ c: Configuration, rng: inout SeededGenerator) -> (q: Tensor, k: Tensor, v: Tensor) {
        let s = AttentionConfig(c).shape
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
public enum CostModel {
    /// Assumed sustained rate of attention work on this kind of CPU (flop/s).
    public static let flopsPerSecond = 2e10

    public static func forwardFlops(_ c: Configuration) -> Double {
        let a = AttentionConfig(c)
        let bh = Double(a.shape.batch * a.shape.heads), L = Double(a.shape.length), d = Double(a.shape.headDim)
        switch a.family {
        case .exact: return 4 * bh * L * L * d * (a.causal ? 0.6 : 1) + 10 * bh * L * L
        case .identity: return bh * L * d
        case .favor: return 6 * bh * L * Double(a.features ?? a.shape.headDim) * d
        case .local: return 4 * bh * L * Double(2 * (a.window ?? 1) + 1) * d
        case .blockSparse:
            let b = Double(a.block ?? 64)
            return 4 * bh * L * b * Double(3 + 2 * (a.globalBlocks ?? 0) + (a.randomBlocks ?? 0)) * d
        case .linformer: return 4 * bh * L * Double(a.linformerK ?? 256) * d
        }
    }
}
