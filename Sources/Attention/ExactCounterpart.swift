/// A mechanism that approximates an attention other than exact softmax(Q K^T / sqrt(d)) V
/// names the exact attention it approximates, so approximation errors are measured against
/// the right target (Reformer's LSH attention approximates exact shared-QK attention).
public protocol ExactCounterpart {
    /// The exact attention this mechanism approximates, for sequences of `length` rows and
    /// the same causality.
    func exactCounterpart(length: Int) -> any AttentionMechanism
}

extension ReformerAttention: ExactCounterpart {
    /// Exact shared-QK attention with the self penalty: one round, 2 buckets and one chunk
    /// of the whole sequence, where every query sees every key (its chunk's scores are
    /// L x L floats, as exact attention's).
    public func exactCounterpart(length: Int) -> any AttentionMechanism {
        ReformerAttention(hashes: 1, buckets: 2, chunkLength: max(1, length), causal: isCausal, redraw: .never, seed: seed)
    }
}
