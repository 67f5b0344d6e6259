import Foundation
import ResultsFormat
import Statistics

/// A bounded 95% interval for the mean of a few values (e.g. a test accuracy per seed): the
/// percentile bootstrap of the sample mean. Every resampled mean lies between the smallest and
/// the largest value, so the interval never leaves the data's range (an accuracy interval
/// stays inside [0, 1], unlike a Student-t interval on 3 seeds). With few seeds it is narrow
/// (the bootstrap cannot see beyond the observed spread); it states the spread, not coverage.
///
/// Small enough to be replaced by the statistics engine's bounded intervals.
enum PlotInterval {
    /// Resamples are enumerated exactly up to this many values (n^n resamples: 46656 at 6).
    static let exactLimit = 6
    /// Random resamples beyond `exactLimit` values (seeded: the same values give the same interval).
    static let randomResamples = 4000

    /// Mean of `ys` and the 2.5% and 97.5% percentiles of the bootstrap distribution of the
    /// mean: exact (all n^n equally likely resamples) for n <= 6, else 4000 resamples drawn
    /// with a fixed-seed SplitMix64. A single value gives (y, y, y).
    static func meanBootstrap95(_ ys: [Double]) -> (mean: Double, low: Double, high: Double) {
        let n = ys.count
        precondition(n >= 1, "meanBootstrap95 needs at least one value")
        let mean = ys.reduce(0, +) / Double(n)
        guard n >= 2 else { return (mean, mean, mean) }
        var means: [Double] = []
        if n <= exactLimit {
            var total = 1
            for _ in 0..<n { total *= n }
            means.reserveCapacity(total)
            for code in 0..<total {
                var c = code, sum = 0.0
                for _ in 0..<n { sum += ys[c % n]; c /= n }
                means.append(sum / Double(n))
            }
        } else {
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            func next() -> UInt64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                return z ^ (z >> 31)
            }
            for _ in 0..<randomResamples {
                var sum = 0.0
                for _ in 0..<n { sum += ys[Int(next() % UInt64(n))] }
                means.append(sum / Double(n))
            }
        }
        means.sort()
        return (mean, quantile(means, 0.025), quantile(means, 0.975))
    }

    /// Linear-interpolated quantile `q` of sorted values.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let pos = q * Double(sorted.count - 1)
        let i = Int(pos.rounded(.down)), f = pos - Double(i)
        return i + 1 < sorted.count ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i]
    }
}
