/// How FAVOR+ softmax-kernel maps are stabilized and where the denominator guard looks.
///
/// FAVOR+ attention is a ratio estimator N/D of softmax attention: consistent (it converges
/// as m grows), not unbiased (E[N/D] != E[N]/E[D]); see README "Numerics".
public enum FavorNumerics: String, CaseIterable, Sendable {
    /// The default. Features carry no eps: phi(x) = exp(s w.x - s^2|x|^2/2)/sqrt(r), stored
    /// divided by exp(shift) of its own row (queries: their row max; causal keys: their own row
    /// max, combined across rows by a running maximum in the causal form, so that output row
    /// i reads no key j > i; bidirectional keys: one max over the (batch, head)). The guard
    /// compares eps with the D the unstabilized definition has (D * exp(shifts), in log
    /// space), so it means the same whatever the stabilizer did, and the Float64 definition
    /// (`NaiveFavor`) is matched on every row.
    case strict
    /// The reference JAX code's forward (google-research performer/fast_attention/jax):
    /// positive (and hyperbolic) features ratio * (exp(s w.x - s^2|x|^2/2 - max) + 1e-6) with
    /// the query max per row and the key max over all rows and features of one (batch, head)
    /// (both of s w.x, without the diag term); trig features scaled by exp(s^2|x|^2/2 - max over
    /// the rows); the guard D + 2 eps where |D| <= eps (eps = 1e-6) on the stabilized D. Causal
    /// rows therefore depend on later keys through the key max, as in the reference.
    case reference

    /// The reference's per-feature eps ("numerical_stabilizer").
    static let referenceFeatureEps: Float = 1e-6
}
