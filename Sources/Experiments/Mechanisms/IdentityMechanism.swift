import Attention

/// The paper's "X": attention replaced by the identity on V (the cost floor of a model).
public enum IdentityMechanism {
    public static let descriptor = MechanismDescriptor(
        family: "identity", summary: "the paper's \"X\": returns V unchanged (IdentityAttention)",
        presets: [("identity", [:], "the paper's \"X\": returns V")],
        // No products; one copy of V (counted as one operation per entry).
        forwardFlops: { c in
            let s = c.attentionShape
            return Double(s.batch * s.heads * s.length * s.valueDim)
        },
        build: { c, _ in IdentityAttention(causal: c.bool("causal")) })
}
