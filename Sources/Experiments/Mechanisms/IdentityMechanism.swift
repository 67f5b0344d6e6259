import Attention
import ResultsFormat

/// The paper's "X": attention replaced by the identity on V (the cost floor of a model).
public enum IdentityMechanism {
    static let descriptor = MechanismDescriptor(
        family: MechanismColumns.identity, summary: "the paper's \"X\": returns V unchanged (IdentityAttention)",
        presets: [(MechanismColumns.identity, [:], "the paper's \"X\": returns V")],
        options: { NoOptions($0) },
        // No products; one copy of V (counted as one operation per entry).
        forwardFlops: { _, s in Double(s.batch * s.heads * s.length * s.valueDim) },
        build: { _, c, _ in IdentityAttention(causal: c.bool("causal")) })
}
