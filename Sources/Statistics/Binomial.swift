import Foundation

/// Intervals for a proportion k of n (successes among independent trials, e.g. seeds that
/// learned a task), always inside [0, 1]:
///
/// - `clopperPearson`: the exact (Clopper and Pearson 1934) interval from the beta quantiles
///   Beta(a/2; k, n - k + 1) and Beta(1 - a/2; k + 1, n - k), a = 1 - level; coverage is at
///   least `level` for every true proportion. Lower bound 0 at k = 0, upper 1 at k = n.
/// - `wilson`: the Wilson (1927) score interval, (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2))
///   / (1 + z^2/n); for proportions from many trials (coverage about `level`, not at least).
/// - `decideProportion`: a claim "the success rate is above (below) p0" decided on the
///   Clopper-Pearson interval, with the trials that would decide it at the observed rate.
extension Stats {
    /// Quantile p of the Beta(a, b) distribution by bisection on the regularized incomplete
    /// beta function (|error| < 1e-13 after 60 halvings of [0, 1]).
    static func betaQuantile(_ p: Double, _ a: Double, _ b: Double) -> Double {
        precondition(p >= 0 && p <= 1 && a > 0 && b > 0, "beta quantile needs 0 <= p <= 1, a > 0, b > 0")
        var lo = 0.0, hi = 1.0
        for _ in 0..<60 { let mid = (lo + hi) / 2; if incompleteBeta(mid, a, b) < p { lo = mid } else { hi = mid } }
        return (lo + hi) / 2
    }

    /// Exact Clopper-Pearson interval on k successes of n trials; the estimate is k / n.
    public static func clopperPearson(_ k: Int, of n: Int, level: Double = 0.95) -> Interval {
        precondition(n > 0 && k >= 0 && k <= n, "Clopper-Pearson needs 0 <= k <= n, n > 0 (k = \(k), n = \(n))")
        let a = 1 - level
        let lower = k == 0 ? 0 : betaQuantile(a / 2, Double(k), Double(n - k + 1))
        let upper = k == n ? 1 : betaQuantile(1 - a / 2, Double(k + 1), Double(n - k))
        return Interval(estimate: Double(k) / Double(n), lower: lower, upper: upper,
                        method: "\(Fmt.percent(level)) Clopper-Pearson exact interval, \(k) of \(n)", n: n)
    }

    /// Wilson score interval on k successes of n trials; the estimate is k / n.
    static func wilson(_ k: Int, of n: Int, level: Double = 0.95) -> Interval {
        precondition(n > 0 && k >= 0 && k <= n, "Wilson needs 0 <= k <= n, n > 0 (k = \(k), n = \(n))")
        let z = normalQuantile(0.5 + level / 2), nn = Double(n), p = Double(k) / nn
        let centre = (p + z * z / (2 * nn)) / (1 + z * z / nn)
        let half = z * (p * (1 - p) / nn + z * z / (4 * nn * nn)).squareRoot() / (1 + z * z / nn)
        return Interval(estimate: p, lower: Swift.max(0, centre - half), upper: Swift.min(1, centre + half),
                        method: "\(Fmt.percent(level)) Wilson score interval, \(k) of \(n)", n: n)
    }

    /// The smallest number of trials n' > n at which, if the observed rate k/n held
    /// (k' = round(n' k / n)), the Clopper-Pearson interval would exclude `p0`; nil when the
    /// rate equals p0 or more than `cap` trials would be needed.
    static func trialsNeeded(_ k: Int, of n: Int, p0: Double, level: Double = 0.95, cap: Int = 10_000) -> Int? {
        let p = Double(k) / Double(n)
        guard p != p0 else { return nil }
        var m = n + 1
        while m <= cap {
            let km = Swift.min(m, Swift.max(0, Int((p * Double(m)).rounded())))
            let i = clopperPearson(km, of: m, level: level)
            if i.lower > p0 || i.upper < p0 { return m }
            m += 1
        }
        return nil
    }
}

extension Decision {
    /// "The success rate is above (`side` .above) or below p0": decided on the Clopper-Pearson
    /// interval of k of n, inconclusive with the trials that would decide it at the observed rate.
    public static func proportion(_ label: String, successes k: Int, of n: Int, threshold p0: Double, side: Side, level: Double = 0.95) -> Decision {
        let ci = Stats.clopperPearson(k, of: n, level: level)
        var d = decide(label, effect: ci, threshold: p0, side: side)
        if d.verdict == .inconclusive {
            let need = Stats.trialsNeeded(k, of: n, p0: p0, level: level)
            d.nNeeded = need
            let base = "\(label): \(ci.text) vs threshold \(side == .below ? "<" : ">") \(Fmt.g(p0)): inconclusive"
            d.text = base + (need.map { " (n needed: \($0) at the observed rate)" } ?? " (observed rate on the threshold)")
        }
        return d
    }
}
