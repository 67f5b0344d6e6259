import Foundation

/// Multiplicity within a figure. Each figure's decided checks (every `Decision` with an
/// interval that excluded its threshold, at 95%) form one family; Holm's step-down procedure
/// (Holm 1979, Scand. J. Statist. 6:65) controls the family-wise error rate at `alpha`:
/// sort the m p-values, reject p_(i) while p_(i) <= alpha / (m - i + 1), stop at the first
/// that is not. The report states, per figure, how many of its decided checks Holm retains;
/// the verdicts themselves stay at the 95% level each interval was made at.
///
/// The p-value of a decision is two-sided against its threshold from the normal
/// approximation, 2 (1 - Phi(|estimate - threshold| / se)), with se the interval's standard
/// error or, for percentile intervals, its half-width / z_{1 - a/2} (a symmetric reading of a
/// possibly skewed interval: approximate, stated as such). A deterministic effect (zero
/// width) has p = 0; an exact binomial interval's p is the exact two-sided binomial tail; an
/// equivalence decision carries its own (two one-sided tests, Equivalence.swift).
public enum Multiplicity {
    public static let alpha = 0.05

    /// Holm's rejections for `p` at `alpha`, in the input order.
    public static func holm(_ p: [Double], alpha: Double = Multiplicity.alpha) -> [Bool] {
        let order = p.indices.sorted { p[$0] < p[$1] }
        var reject = [Bool](repeating: false, count: p.count)
        for (rank, i) in order.enumerated() {
            guard p[i] <= alpha / Double(p.count - rank) else { break }
            reject[i] = true
        }
        return reject
    }

    /// The approximate two-sided p-value of `d` against its threshold (nil without both).
    public static func pValue(_ d: Decision, level: Double = 0.95) -> Double? {
        if let p = d.pValue { return p }
        guard let e = d.effect, let t = d.threshold else { return nil }
        if e.isDeterministic { return e.estimate == t ? 1 : 0 }
        if e.method.contains("Clopper-Pearson") {
            let k = Int((e.estimate * Double(e.n)).rounded())
            return binomialTwoSided(k, of: e.n, p0: t)
        }
        let se = e.standardError ?? e.halfWidth / Stats.normalQuantile(0.5 + level / 2)
        guard se > 0, se.isFinite else { return nil }
        return 2 * (1 - Stats.normalCDF(Swift.abs(e.estimate - t) / se))
    }

    /// Exact two-sided binomial p-value: twice the smaller tail at k, capped at 1.
    static func binomialTwoSided(_ k: Int, of n: Int, p0: Double) -> Double {
        func pmf(_ j: Int) -> Double {
            let logChoose: Double = lgamma(Double(n + 1)) - lgamma(Double(j + 1)) - lgamma(Double(n - j + 1))
            let logPowers: Double = Double(j) * Foundation.log(p0) + Double(n - j) * Foundation.log(1 - p0)
            return Foundation.exp(logChoose + logPowers)
        }
        let lower = (0...k).reduce(0.0) { $0 + pmf($1) }, upper = (k...n).reduce(0.0) { $0 + pmf($1) }
        return Swift.min(1, 2 * Swift.min(lower, upper))
    }
}
