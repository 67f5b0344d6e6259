import Attention

/// Softmax attention, O(L^2) time and memory (ExactAttention).
public enum ExactMechanism {
    public static let descriptor = MechanismDescriptor(
        family: "exact", summary: "softmax attention, O(L^2) time and memory (ExactAttention)",
        presets: [("exact", [:], "softmax attention, O(L^2)")],
        // Q K^T and P V: 2 L^2 d flops each per (batch, head).
        forwardFlops: { c in
            let s = c.attentionShape
            return 4 * Double(s.batch * s.heads) * Double(s.length) * Double(s.length) * Double(s.headDim)
        },
        build: { c, _ in ExactAttention(causal: c.bool("causal")) })
}
