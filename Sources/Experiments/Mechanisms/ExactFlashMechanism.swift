import Attention

/// Exact softmax attention tiled with an online softmax (FlashAttention): the same function as
/// `exact`, O(L d) extra memory, no L x L matrix.
public enum ExactFlashMechanism {
    public static let descriptor = MechanismDescriptor(
        family: "exact-flash", summary: "softmax attention, tiled online softmax, O(L d) memory (FlashAttention)",
        presets: [("exact-flash", [:], "the same softmax attention tiled with an online softmax: O(L d) memory, no L x L matrix")],
        // The same useful flops as exact: Q K^T and P V, 2 L^2 d each per (batch, head)
        // (nominal for causal, which skips about half).
        forwardFlops: { c in ExactMechanism.descriptor.forwardFlops(c) },
        build: { c, _ in FlashAttention(causal: c.bool("causal")) })
}
