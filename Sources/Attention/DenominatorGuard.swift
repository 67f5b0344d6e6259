/// The guard of the FAVOR+ denominator: D -> D + 2 eps where |D| <= eps, applied to the
/// stabilized D in Float32 (and to the plain D in the Float64 reference).
public enum DenominatorGuard: String, CaseIterable, Sendable {
    /// The reference code's eps = 1e-6 for every map. Since the stabilizer scales D by
    /// exp(-(largest key exponent) - (row's largest query exponent)), this absolute eps
    /// biases queries whose visible keys lie far below the largest key towards a small
    /// output: with trained-model norms (fig5: |q|^2/sqrt(d) up to 52) the output error
    /// against exact attention was 0.94 where the unguarded estimate had 0.81. It is also
    /// what the paper's runs used, and fine-tuning transferred weights depends on it (see
    /// REPORT.md, fig5).
    case reference
    /// Non-negative maps only catch a D that underflowed (eps = smallest normal Float32,
    /// 1.2e-38), so the output is the estimator's own; signed maps keep 1e-6 (their D can
    /// cross zero).
    case underflow

    /// eps for feature map `kind`.
    public func eps(_ kind: FeatureMapKind) -> Double {
        self == .underflow && kind.isNonNegative ? Double(Float.leastNormalMagnitude) : 1e-6
    }
}
