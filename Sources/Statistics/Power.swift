import Foundation

/// The power at which every "n needed" of the report is projected: the n at which a
/// two-sided test at the interval's level rejects the threshold with probability `power` when
/// the true effect equals the measured one (normal approximation):
///
///     n = n0 (z_{1 - a/2} + z_{power})^2 (se0 / gap)^2,
///
/// se0 the standard error measured at n0, gap the estimate's distance to the threshold. At
/// 50% power (z = 0) this is the n at which the interval's half-width equals the gap.
extension Stats {
    /// Power of the report's sample-size projections.
    public static let power = 0.8

    /// z_{1 - a/2} + z_{power} for a two-sided interval at `level`.
    static func powerQuantileSum(level: Double = 0.95, power: Double = Stats.power) -> Double {
        normalQuantile(0.5 + level / 2) + normalQuantile(power)
    }

    /// Independent samples at which a t-test of the mean against a threshold `gap` away, with
    /// per-sample standard deviation `sd`, has `power` (t quantiles at n - 1 degrees of
    /// freedom; the smallest n > `from` with (t_{1-a/2} + t_{power}) sd / sqrt(n) < gap).
    /// nil when the gap is 0 or more than `cap` samples would be needed.
    public static func samplesForPower(sd: Double, gap: Double, from: Int, level: Double = 0.95, power: Double = Stats.power, cap: Int = 10_000) -> Int? {
        guard gap > 0, sd.isFinite else { return nil }
        guard sd > 0 else { return from + 1 }
        var n = Swift.max(2, from + 1)
        while n <= cap {
            let df = Double(n - 1)
            if (tQuantile(0.5 + level / 2, df: df) + tQuantile(power, df: df)) * sd / Double(n).squareRoot() < gap { return n }
            n += 1
        }
        return nil
    }
}
