import Foundation

/// The statistics engine's descriptive helpers: least-squares slopes and medians (intervals,
/// tests and sample sizes are in Inference.swift).
public enum Stats {
    /// Least-squares slope of y on x (nil with fewer than 2 distinct x).
    public static func slope(_ points: [(x: Double, y: Double)]) -> Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let mx = points.map(\.x).reduce(0, +) / n, my = points.map(\.y).reduce(0, +) / n
        let sxx = points.map { ($0.x - mx) * ($0.x - mx) }.reduce(0, +)
        guard sxx > 0 else { return nil }
        return points.map { ($0.x - mx) * ($0.y - my) }.reduce(0, +) / sxx
    }

    /// Log-log slope over the upper half of the x range (in log2): points with
    /// log2 x >= (log2 min + log2 max) / 2, but at least the `minPoints` largest x (a short
    /// line's slope from 2 points is mostly noise).
    public static func upperHalfLogSlope(_ points: [(x: Double, y: Double)], minPoints: Int = 3) -> (slope: Double?, from: Double, used: Int) {
        let p = points.filter { $0.x > 0 && $0.y > 0 }.sorted { $0.x < $1.x }
        guard let lo = p.first?.x, let hi = p.last?.x else { return (nil, 0, 0) }
        let mid = (log2(lo) + log2(hi)) / 2
        var upper = p.filter { log2($0.x) >= mid - 1e-9 }
        if upper.count < minPoints { upper = Array(p.suffix(minPoints)) }
        return (slope(upper.map { (log2($0.x), log2($0.y)) }), upper.map(\.x).min() ?? lo, upper.count)
    }

    public static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
