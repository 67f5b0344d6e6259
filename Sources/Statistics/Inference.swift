import Foundation
import PerformerTensor

/// The statistics engine of the report (one home; `Stats.median` and the log-log slope helpers
/// live next door in Descriptive.swift). Every interval says how it was made (`method`)
/// so the report can print it. Levels are two-sided (0.95 = a 95% interval).
///
/// - sample summaries: `mean`, `variance`, `quantile`;
/// - `tInterval` (mean of independent samples, Student t), `meanInterval` from a summary;
/// - `bootstrap` percentile intervals over independent samples (seeded);
/// - `paired` (common random numbers: t-interval of the per-draw differences);
/// - `regression` slope with its t-interval from the residuals; `quadraticFit` a + bL + cL^2;
/// - `requiredN`: the n at which an interval's half-width shrinks to its distance from a
///   threshold (half-width ~ 1/sqrt(n), variance as measured).
public struct Interval: Equatable, Sendable {
    public var estimate: Double
    public var lower: Double
    public var upper: Double
    /// How the interval was made, e.g. "95% t-interval, n = 15".
    public var method: String
    /// Independent units behind it (samples, draws, points).
    var n: Int
    /// The estimate's standard error when the interval is estimate +- q se (t or normal); nil
    /// for percentile intervals. `Stats.requiredN` projects with the large-sample z-quantile
    /// and this, so a t-interval's small-df quantile does not inflate the projection.
    var standardError: Double?

    public init(estimate: Double, lower: Double, upper: Double, method: String, n: Int, standardError: Double? = nil) {
        self.estimate = estimate; self.lower = lower; self.upper = upper; self.method = method; self.n = n; self.standardError = standardError
    }

    var halfWidth: Double { (upper - lower) / 2 }
    func contains(_ x: Double) -> Bool { lower <= x && x <= upper }
    /// exp of every bound (an interval on a log scale back to a ratio).
    public func exponentiated() -> Interval {
        // The projection of n (requiredN) then uses the exponentiated half-width.
        Interval(estimate: Foundation.exp(estimate), lower: Foundation.exp(lower), upper: Foundation.exp(upper), method: method, n: n)
    }
    /// Zero width from more than one unit: the samples were identical (a deterministic
    /// quantity, not a precise estimate).
    public var isDeterministic: Bool { n > 1 && lower == upper }
    /// "0.82 [0.71, 0.95] (95% bootstrap, n = 60)"; "1.2 (deterministic: ...)" at zero width.
    public var text: String {
        if isDeterministic { return "\(Fmt.g(estimate)) (deterministic: no spread over its \(n) units, so no sampling interval; \(method))" }
        return "\(Fmt.g(estimate)) [\(Fmt.g(lower)), \(Fmt.g(upper))] (\(method))"
    }
}

extension Stats {
    public static func mean(_ x: [Double]) -> Double { x.isEmpty ? .nan : x.reduce(0, +) / Double(x.count) }

    /// Unbiased sample variance (n - 1); 0 for one value.
    public static func variance(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let m = mean(x)
        return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
    }

    /// Quantile p in [0, 1] by linear interpolation between order statistics (type 7).
    public static func quantile(_ x: [Double], _ p: Double) -> Double? {
        guard !x.isEmpty else { return nil }
        let s = x.sorted()
        let h = Double(s.count - 1) * Swift.min(Swift.max(p, 0), 1)
        let lo = Int(h.rounded(.down)), hi = Swift.min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }

    // MARK: distributions

    /// Standard normal CDF.
    public static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// Standard normal quantile by bisection on the CDF (|error| < 1e-12).
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "normal quantile needs 0 < p < 1")
        var lo = -40.0, hi = 40.0
        for _ in 0..<200 { let mid = (lo + hi) / 2; if normalCDF(mid) < p { lo = mid } else { hi = mid } }
        return (lo + hi) / 2
    }

    /// Regularized incomplete beta I_x(a, b) by its continued fraction (modified Lentz).
    static func incompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        if x > (a + 1) / (a + b + 2) { return 1 - incompleteBeta(1 - x, b, a) }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * Foundation.log(x) + b * Foundation.log(1 - x)
        let front: Double = Foundation.exp(logGammas + logPowers) / a
        let tiny = 1e-300
        var f = 1.0, c = 1.0, d = 0.0
        for i in 0...400 {
            let m = Double(i / 2)
            let num: Double
            if i == 0 {
                num = 1
            } else if i % 2 == 0 {
                let den: Double = (a + 2 * m - 1) * (a + 2 * m)
                num = m * (b - m) * x / den
            } else {
                let den: Double = (a + 2 * m) * (a + 2 * m + 1)
                num = -(a + m) * (a + b + m) * x / den
            }
            d = 1 + num * d; if Swift.abs(d) < tiny { d = tiny }; d = 1 / d
            c = 1 + num / c; if Swift.abs(c) < tiny { c = tiny }
            f *= c * d
            if Swift.abs(1 - c * d) < 1e-14 { break }
        }
        return front * (f - 1)
    }

    /// Student t CDF with `df` degrees of freedom.
    static func tCDF(_ t: Double, df: Double) -> Double {
        let x = df / (df + t * t)
        let tail = 0.5 * incompleteBeta(x, df / 2, 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// Student t quantile by bisection on the CDF.
    static func tQuantile(_ p: Double, df: Double) -> Double {
        precondition(p > 0 && p < 1 && df > 0, "t quantile needs 0 < p < 1, df > 0")
        var lo = -1e6, hi = 1e6
        for _ in 0..<200 { let mid = (lo + hi) / 2; if tCDF(mid, df: df) < p { lo = mid } else { hi = mid } }
        return (lo + hi) / 2
    }

    // MARK: intervals

    /// Mean of independent samples with a Student t interval (nil below 2 samples).
    public static func tInterval(_ x: [Double], level: Double = 0.95) -> Interval? {
        guard x.count >= 2 else { return nil }
        return meanInterval(mean: mean(x), sd: variance(x).squareRoot(), n: x.count, level: level)
    }

    /// t-interval from a summary (mean, sample sd, n) of independent samples.
    static func meanInterval(mean m: Double, sd: Double, n: Int, level: Double = 0.95) -> Interval? {
        guard n >= 2, m.isFinite, sd.isFinite else { return nil }
        let se = sd / Double(n).squareRoot()
        let h = tQuantile(0.5 + level / 2, df: Double(n - 1)) * se
        return Interval(estimate: m, lower: m - h, upper: m + h, method: "\(Fmt.percent(level)) t-interval, n = \(n)", n: n, standardError: se)
    }

    /// Normal interval estimate +- z se (large-sample; used for importance-sampling means over
    /// many draws, where the CLT applies to the weighted terms).
    public static func normalInterval(estimate: Double, se: Double, n: Int, level: Double = 0.95, what: String = "normal") -> Interval {
        let h = normalQuantile(0.5 + level / 2) * se
        return Interval(estimate: estimate, lower: estimate - h, upper: estimate + h, method: "\(Fmt.percent(level)) \(what) interval (+-\(Fmt.g(normalQuantile(0.5 + level / 2))) s.e.), n = \(n)", n: n, standardError: se)
    }

    /// Percentile bootstrap of `statistic` over independent groups of samples: each resample
    /// draws every group with replacement (same size) from `seed`. The interval's n is the
    /// smallest group's size (samples per cell: what `requiredN` then scales, and what a spec's
    /// `samples` sets). nil if a group is empty or
    /// the statistic is not finite on the data.
    public static func bootstrap(_ groups: [[Double]], resamples: Int = 2000, level: Double = 0.95, seed: UInt64 = 12,
                          statistic: ([[Double]]) -> Double) -> Interval? {
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        let point = statistic(groups)
        guard point.isFinite else { return nil }
        var rng = SeededGenerator(seed: seed)
        var stats: [Double] = []
        stats.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let r = groups.map { g in (0..<g.count).map { _ in g[rng.nextInt(below: g.count)] } }
            let s = statistic(r)
            if s.isFinite { stats.append(s) }
        }
        guard stats.count >= resamples / 2 else { return nil }
        let a = (1 - level) / 2
        let n = groups.map(\.count)
        let sizes = Set(n).count == 1 && n.count > 1 ? "\(n.count) groups x \(n[0])" : n.map(String.init).joined(separator: "+")
        return Interval(estimate: point, lower: quantile(stats, a)!, upper: quantile(stats, 1 - a)!,
                        method: "\(Fmt.percent(level)) percentile bootstrap, \(resamples) resamples, n = \(sizes)", n: n.min()!)
    }

    /// Paired comparison (common random numbers): t-interval of the mean of a_i - b_i.
    public static func paired(_ a: [Double], _ b: [Double], level: Double = 0.95) -> Interval? {
        guard a.count == b.count, var i = tInterval(zip(a, b).map { $0 - $1 }, level: level) else { return nil }
        i.method = "paired " + i.method
        return i
    }

    /// Least-squares slope of y on x with its t-interval from the residuals (n - 2 degrees of
    /// freedom). nil with fewer than 3 points or no spread in x.
    public static func regression(_ points: [(x: Double, y: Double)], level: Double = 0.95) -> Interval? {
        guard points.count >= 3 else { return nil }
        let n = Double(points.count)
        let mx = points.reduce(0) { $0 + $1.x } / n, my = points.reduce(0) { $0 + $1.y } / n
        let sxx = points.reduce(0) { $0 + ($1.x - mx) * ($1.x - mx) }
        guard sxx > 0 else { return nil }
        let b = points.reduce(0) { $0 + ($1.x - mx) * ($1.y - my) } / sxx
        let a = my - b * mx
        let rss = points.reduce(0) { $0 + ($1.y - a - b * $1.x) * ($1.y - a - b * $1.x) }
        let se = (rss / (n - 2) / sxx).squareRoot()
        let h = tQuantile(0.5 + level / 2, df: n - 2) * se
        return Interval(estimate: b, lower: b - h, upper: b + h, method: "\(Fmt.percent(level)) t-interval from regression residuals, \(points.count) points", n: points.count, standardError: se)
    }

    /// Least squares y = a + b L + c L^2 (L rescaled by its largest value for conditioning).
    /// Returns the coefficients (in the original units), the interval on c from the residuals
    /// (n - 3 degrees of freedom; nil below 4 points) and a function giving the fitted share of
    /// the quadratic term c L^2 / (a + b L + c L^2) at any L.
    public static func quadraticFit(_ points: [(x: Double, y: Double)], level: Double = 0.95) -> (a: Double, b: Double, c: Double, cInterval: Interval?, share: (Double) -> Double)? {
        guard points.count >= 3, let s = points.map(\.x).max(), s > 0 else { return nil }
        // Normal equations in u = L / s.
        var m = [[Double]](repeating: [Double](repeating: 0, count: 3), count: 3), r = [Double](repeating: 0, count: 3)
        for p in points {
            let u = p.x / s, f = [1, u, u * u]
            for i in 0..<3 { r[i] += f[i] * p.y; for j in 0..<3 { m[i][j] += f[i] * f[j] } }
        }
        guard let inv = invert3(m) else { return nil }
        let coef = (0..<3).map { i in (0..<3).reduce(0) { $0 + inv[i][$1] * r[$1] } }
        let a = coef[0], b = coef[1] / s, c = coef[2] / (s * s)
        var cInterval: Interval? = nil
        if points.count >= 4 {
            let rss = points.reduce(0.0) { acc, p in let e = p.y - (a + b * p.x + c * p.x * p.x); return acc + e * e }
            let df = Double(points.count - 3)
            let se = (rss / df * inv[2][2]).squareRoot() / (s * s)
            let h = tQuantile(0.5 + level / 2, df: df) * se
            cInterval = Interval(estimate: c, lower: c - h, upper: c + h, method: "\(Fmt.percent(level)) t-interval from the residuals of a + bL + cL^2, \(points.count) points", n: points.count, standardError: se)
        }
        return (a, b, c, cInterval, { L in let q = c * L * L; return q / (a + b * L + q) })
    }

    static func invert3(_ m: [[Double]]) -> [[Double]]? {
        let d0: Double = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        let d1: Double = m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        let d2: Double = m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        let det = d0 - d1 + d2
        guard det.isFinite, Swift.abs(det) > 1e-300 else { return nil }
        var inv = [[Double]](repeating: [0, 0, 0], count: 3)
        for i in 0..<3 {
            for j in 0..<3 {
                let a = (j + 1) % 3, b = (j + 2) % 3, c = (i + 1) % 3, d = (i + 2) % 3
                inv[i][j] = (m[a][c] * m[b][d] - m[a][d] * m[b][c]) / det
            }
        }
        return inv
    }

    /// Samples at which a test at `level` decides the threshold with `Stats.power` (80%) when
    /// the true effect is the measured one (Power.swift; the measured variance held fixed,
    /// standard error ~ 1/sqrt(n)). nil if the estimate is on the threshold.
    static func requiredN(_ interval: Interval, threshold: Double, level: Double = 0.95) -> Int? {
        let gap = Swift.abs(interval.estimate - threshold)
        // The standard error where known (t-intervals of few samples would otherwise project
        // their small-df quantile), else the interval's half-width over z_{1 - a/2}.
        let se = interval.standardError ?? interval.halfWidth / normalQuantile(0.5 + level / 2)
        let half = powerQuantileSum(level: level) * se
        guard gap > 0, half.isFinite, interval.n > 0 else { return nil }
        let n = Double(interval.n) * (half / gap) * (half / gap)
        return n >= Double(Int.max / 2) ? Int.max / 2 : Swift.max(interval.n + 1, Int(n.rounded(.up)))
    }

    /// Samples for a target half-width from a per-sample standard deviation (the precision a
    /// claim declares): n = (z sd / halfWidth)^2.
    static func requiredN(sd: Double, halfWidth: Double, level: Double = 0.95) -> Int? {
        guard sd.isFinite, halfWidth > 0 else { return nil }
        let n = (normalQuantile(0.5 + level / 2) * sd / halfWidth) * (normalQuantile(0.5 + level / 2) * sd / halfWidth)
        return n >= Double(Int.max / 2) ? Int.max / 2 : Swift.max(2, Int(n.rounded(.up)))
    }
}
