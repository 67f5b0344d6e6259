import Attention
import ResultsFormat

/// Exact softmax attention tiled with an online softmax (FlashAttention): the same function as
/// `exact`, O(L d) extra memory, no L x L matrix.
enum ExactFlashMechanism {
    static let descriptor = MechanismDescriptor(
        family: MechanismColumns.exactFlash, summary: "softmax attention, tiled online softmax, O(L d) memory (FlashAttention)",
        presets: [(MechanismColumns.exactFlash, [:], "the same softmax attention tiled with an online softmax: O(L d) memory, no L x L matrix")],
        options: { NoOptions($0) },
        // The same useful flops as exact: Q K^T and P V, 2 L^2 d each per (batch, head)
        // (nominal for causal, which skips about half).
        forwardFlops: { _, s in ExactMechanism.flops(s) },
        build: { _, c, _ in FlashAttention(causal: c.bool("causal")) })
}
