import PerformerTensor

/// What a softmax mechanism that recomputes its tiles in backward keeps from forward (exact-flash,
/// local): the inputs, the output, and each row's log-normaliser.
final class LogSumExpCache: AttentionCache {
    let q: Tensor, k: Tensor, v: Tensor, output: Tensor
    /// (B, H, L): log sum_j exp(score_ij / sqrt(d)) over the keys row i sees.
    let lse: Tensor
    init(q: Tensor, k: Tensor, v: Tensor, output: Tensor, lse: Tensor) {
        self.q = q; self.k = k; self.v = v; self.output = output; self.lse = lse
    }
}
