import Attention
@testable import Model
import PerformerTensor

/// A toy mechanism with a trainable parameter, standing in for Linformer's E, F:
/// output[b, h, i] = sum_j mix[i, j] v[b, h, j] (bidirectional), mix: (L, L) named "mix".
/// dV = mix^T dO; d mix = sum_{b,h} dO V^T; q, k get zero gradients.
final class MixingAttention: AttentionMechanism {
    let name = "mixing"
    let isCausal = false
    let mix: Tensor
    init(length: Int, seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        mix = Tensor.gaussian([length, length], std: 0.3, rng: &rng)
    }
    var parameters: [NamedTensor] { [NamedTensor("mix", mix)] }
    final class Cache: AttentionCache { let q: [Int], v: Tensor; init(q: [Int], v: Tensor) { self.q = q; self.v = v } }
    func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let out = Tensor(uninitialized: v.shape)
        for bh in 0..<(s.batch * s.heads) {
            BLAS.gemm(transA: false, transB: false, m: s.length, n: s.valueDim, k: s.length, a: mix.data, lda: s.length,
                      b: v.data + bh * s.length * s.valueDim, ldb: s.valueDim, c: out.data + bh * s.length * s.valueDim, ldc: s.valueDim)
        }
        return AttentionForward(output: out, cache: Cache(q: q.shape, v: v))
    }
    func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let (bhCount, L, dv) = (c.v.shape[0] * c.v.shape[1], c.v.shape[2], c.v.shape[3])
        let dV = Tensor(uninitialized: c.v.shape), dMix = Tensor(zeros: mix.shape)
        for bh in 0..<bhCount {
            let dO = dOutput.data + bh * L * dv, v = c.v.data + bh * L * dv
            BLAS.gemm(transA: true, transB: false, m: L, n: dv, k: L, a: mix.data, lda: L, b: dO, ldb: dv, c: dV.data + bh * L * dv, ldc: dv)
            BLAS.gemm(transA: false, transB: true, m: L, n: L, k: dv, a: dO, lda: dv, b: v, ldb: dv, beta: 1, c: dMix.data, ldc: L)
        }
        return AttentionGradients(dQ: Tensor(zeros: c.q), dK: Tensor(zeros: c.q), dV: dV, parameters: [dMix])
    }
    func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int { 0 }
}

enum Tiny {
    /// 2 layers, dModel 16, 2 heads, dFF 32: the size of the finite-difference checks.
    static func config(causal: Bool = true, activation: ModelConfig.Activation = .gelu, seed: UInt64 = 11) -> ModelConfig {
        ModelConfig(heads: 2, layers: 2, dFF: 32, dModel: 16, activation: activation, causal: causal, seed: seed)
    }

    static func model(causal: Bool = true, activation: ModelConfig.Activation = .gelu, seed: UInt64 = 11) throws -> TransformerLM {
        try TransformerLM(config: config(causal: causal, activation: activation, seed: seed)) { _ in ExactAttention(causal: causal, blockRows: 3) }
    }

    /// A batch of `batch` random byte sequences of `length` (inputs and targets).
    static func batch(batch: Int = 2, length: Int = 8, seed: UInt64 = 5) -> TokenBatch {
        var rng = SeededGenerator(seed: seed)
        let bytes = (0..<(batch * (length + 1) + 1)).map { _ in UInt8(rng.nextInt(below: 256)) }
        return TokenBatch(bytes: bytes, starts: (0..<batch).map { $0 * (length + 1) }, length: length)
    }

    /// Copies the values of `source` into `target` (same count).
    static func set(_ target: Tensor, _ source: Tensor) {
        precondition(target.count == source.count)
        for i in 0..<target.count { target.data[i] = source.data[i] }
    }

    /// sum over elements of t * g, in Double.
    static func dot(_ t: Tensor, _ g: Tensor) -> Double {
        var acc = 0.0
        for i in 0..<t.count { acc += Double(t.data[i]) * Double(g.data[i]) }
        return acc
    }
}
