import Attention
import ResultsFormat

/// Softmax attention, O(L^2) time and memory (ExactAttention).
public enum ExactMechanism {
    static let descriptor = MechanismDescriptor(
        family: MechanismColumns.exact, summary: "softmax attention, O(L^2) time and memory (ExactAttention)",
        presets: [(MechanismColumns.exact, [:], "softmax attention, O(L^2)")],
        options: { NoOptions($0) },
        forwardFlops: { _, s in flops(s) },
        build: { _, c, _ in ExactAttention(causal: c.bool("causal")) })

    /// Q K^T and P V: 2 L^2 d flops each per (batch, head).
    static func flops(_ s: AttentionShape) -> Double {
        4 * Double(s.batch * s.heads) * Double(s.length) * Double(s.length) * Double(s.headDim)
    }
}
