import Foundation

/// Equivalence as a decided outcome: two one-sided tests (TOST; Schuirmann 1987, J.
/// Pharmacokinet. Biopharm. 15:657). "No difference within the margin [low, high]" is shown
/// at level a when both one-sided tests reject, i.e. when the (1 - 2a) two-sided interval lies
/// inside [low, high] (a 90% interval for a = 5%). Margins are fixed in code per claim, before
/// the data, like every threshold of the report.
extension Decision {
    /// The one-sided level of each of the two tests.
    public static let equivalenceAlpha = 0.05

    /// The interval level that decides equivalence at `equivalenceAlpha` (90%).
    public static var equivalenceLevel: Double { 1 - 2 * equivalenceAlpha }

    /// Equivalence within [low, high] from `effect`, the two-sided interval at 1 - 2 alpha
    /// (`equivalenceLevel`, 90%, at the default alpha of 5%; a sequential look passes its own
    /// alpha): holds when it lies inside, does not hold when it is disjoint from the band, else
    /// inconclusive with the n at which the interval would fit inside the band (80% power, from
    /// the nearer edge). The text names alpha; the TOST p-value is the larger of the two
    /// one-sided p-values, each read from the interval's side facing that margin as a normal
    /// interval (se = the estimate's standard error, or that side's half-width / z_(1 - alpha)),
    /// so an interval symmetric on a log scale (a ratio's) is read by its own two sides.
    public static func equivalence(_ label: String, effect: Interval, low: Double, high: Double,
                                   alpha: Double = equivalenceAlpha) -> Decision {
        precondition(alpha > 0 && alpha < 0.5, "equivalence needs 0 < alpha < 0.5 (alpha \(alpha))")
        var d = within(label, effect: effect, low: low, high: high)
        d.text = d.text.replacingOccurrences(of: " vs band ", with: " vs equivalence margin ")
        if d.verdict == .inconclusive {
            // The interval is at 1 - 2 alpha, so project with its quantile.
            let edge = Swift.abs(effect.estimate - low) < Swift.abs(effect.estimate - high) ? low : high
            d.nNeeded = Stats.requiredN(effect, threshold: edge, level: 1 - 2 * alpha)
            d.text = "\(label): \(effect.text) vs equivalence margin [\(Fmt.g(low)), \(Fmt.g(high))]: inconclusive" + (d.nNeeded.map { " (n needed: \($0))" } ?? "")
        }
        d.text += " (two one-sided tests at \(Fmt.g(100 * alpha, 3))% each)"
        let z = Stats.normalQuantile(1 - alpha)
        let seLow = effect.standardError ?? (effect.estimate - effect.lower) / z
        let seHigh = effect.standardError ?? (effect.upper - effect.estimate) / z
        if seLow > 0 && seHigh > 0 {
            let pLow = 1 - Stats.normalCDF((effect.estimate - low) / seLow), pHigh = 1 - Stats.normalCDF((high - effect.estimate) / seHigh)
            d.pValue = Swift.max(pLow, pHigh)
        }
        return d
    }

    /// A comparison with three decided outcomes, for claims "A is better than B" whose effect
    /// may vanish: **holds** when the 95% interval `superiority` is on the claim's side of
    /// `threshold`; **does not hold** when it is on the other side, or when the 90% interval
    /// `equivalence` lies inside the margin [low, high] ("no difference within the margin":
    /// the claimed benefit is absent); else **inconclusive** with the smaller of the n that
    /// would decide either test. `level` is the superiority interval's level (95%, or a
    /// sequential look's); the equivalence interval is at 2 level - 1, its two one-sided tests
    /// at 1 - level each.
    public static func superiorityOrEquivalence(_ label: String, superiority: Interval, equivalence: Interval, threshold: Double,
                                                side: Side, low: Double, high: Double, level: Double = 0.95) -> Decision {
        let sup = decide(label, effect: superiority, threshold: threshold, side: side)
        if sup.verdict != .inconclusive { return sup }
        let eq = Decision.equivalence(label, effect: equivalence, low: low, high: high, alpha: 1 - level)
        if eq.verdict == .holds {
            var d = Decision(verdict: .doesNotHold, effect: equivalence, threshold: threshold, nNeeded: nil,
                             text: "\(eq.text.replacingOccurrences(of: ": holds (two one-sided", with: ": equivalent, so no benefit (two one-sided")); superiority: \(superiority.text): inconclusive")
            d.pValue = eq.pValue
            return d
        }
        let need = [sup.nNeeded, eq.verdict == .inconclusive ? eq.nNeeded : nil].compactMap { $0 }.min()
        return Decision(verdict: .inconclusive, effect: superiority, threshold: threshold, nNeeded: need,
                        text: "\(label): superiority \(superiority.text) vs \(side == .below ? "<" : ">") \(Fmt.g(threshold)) and equivalence \(equivalence.text) vs margin [\(Fmt.g(low)), \(Fmt.g(high))]: neither decided" + (need.map { " (n needed: \($0))" } ?? ""))
    }
}
