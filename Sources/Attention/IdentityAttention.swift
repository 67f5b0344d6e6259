import PerformerTensor

/// The paper's "X": attention that returns V unchanged, the best time any attention can
/// reach. Backward passes dOutput to V; q and k get zero gradients.
///
/// v: (batch, heads, length, valueDim) -> output: the same shape (a copy).
public final class IdentityAttention: AttentionMechanism {
    public let name = "identity"
    public let isCausal: Bool

    public init(causal: Bool = false) { self.isCausal = causal }

    final class Cache: AttentionCache {
        let qShape: [Int]
        init(qShape: [Int]) { self.qShape = qShape }
    }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        _ = attentionShape(q: q, k: k, v: v)
        return AttentionForward(output: v.copy(), cache: Cache(qShape: q.shape))
    }

    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        return AttentionGradients(dQ: Tensor(zeros: c.qShape), dK: Tensor(zeros: c.qShape), dV: dOutput.copy())
    }

    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        s.bytes(dim: s.valueDim) * (backward ? 2 : 1) + (backward ? 2 * s.bytes(dim: s.headDim) : 0)
    }
}
