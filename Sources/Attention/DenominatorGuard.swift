/// The guard of the FAVOR+ denominator: D -> D + 2 eps where |D| <= eps. Under strict
/// numerics (`FavorNumerics.strict`, the default) D is the unstabilized denominator (the
/// Float32 code compares eps with D * exp(shifts) in log space), so the guard means the same
/// whatever the stabilizer did; under reference numerics it is the reference code's guard on
/// the stabilized D with eps = 1e-6, whatever this value says. The Float64 reference
/// (`NaiveFavor`) applies it to the plain D.
public enum DenominatorGuard: String, CaseIterable, Sendable {
    /// eps = 1e-6 for every map (the reference code's value, here on the unstabilized D).
    case reference
    /// The default. Non-negative maps only catch a D that underflowed (eps = smallest normal
    /// Float32, 1.2e-38), so the output is the estimator's own; signed maps keep 1e-6 (their
    /// D can cross zero).
    case underflow

    /// eps for feature map `kind`.
    func eps(_ kind: FeatureMapKind) -> Double {
        self == .underflow && kind.isNonNegative ? Double(Float.leastNormalMagnitude) : 1e-6
    }
}
