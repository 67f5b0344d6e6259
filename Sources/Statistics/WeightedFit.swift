import Foundation

/// Weighted least squares for time = a + b L + c L^2 when the noise of a timing grows with
/// the time itself (a relative, roughly constant coefficient of variation): weights 1 / y^2
/// make every point count by its relative error, so the largest L no longer dominates the
/// fit. Ordinary least squares on raw seconds (Stats.quadraticFit) weighs the top L's
/// absolute noise most and can give a negative intercept and a quadratic "share" above 100%.
extension Stats {
    /// Weighted fit of y = a + b x + c x^2 with weights `w` (x rescaled by its largest value
    /// for conditioning). The interval on c is a t-interval with n - 3 degrees of freedom from
    /// the weighted residuals, se(c)^2 = (sum w e^2 / (n - 3)) [(X^T W X)^-1]_{cc}; nil below 4
    /// points. `share(L)` is the fitted c L^2 / (a + b L + c L^2).
    static func weightedQuadraticFit(_ points: [(x: Double, y: Double)], weights w: [Double], level: Double = 0.95)
        -> (a: Double, b: Double, c: Double, cInterval: Interval?, share: (Double) -> Double)? {
        precondition(w.count == points.count, "weightedQuadraticFit: \(w.count) weights for \(points.count) points")
        guard points.count >= 3, let s = points.map(\.x).max(), s > 0, w.allSatisfy({ $0 > 0 && $0.isFinite }) else { return nil }
        var m = [[Double]](repeating: [Double](repeating: 0, count: 3), count: 3), r = [Double](repeating: 0, count: 3)
        for (p, wi) in zip(points, w) {
            let u = p.x / s, f = [1, u, u * u]
            for i in 0..<3 { r[i] += wi * f[i] * p.y; for j in 0..<3 { m[i][j] += wi * f[i] * f[j] } }
        }
        guard let inv = invert3(m) else { return nil }
        let coef = (0..<3).map { i in (0..<3).reduce(0) { $0 + inv[i][$1] * r[$1] } }
        let a = coef[0], b = coef[1] / s, c = coef[2] / (s * s)
        var cInterval: Interval? = nil
        if points.count >= 4 {
            var rss = 0.0
            for (p, wi) in zip(points, w) { let e = p.y - (a + b * p.x + c * p.x * p.x); rss += wi * e * e }
            let df = Double(points.count - 3)
            let se = (rss / df * inv[2][2]).squareRoot() / (s * s)
            let h = tQuantile(0.5 + level / 2, df: df) * se
            cInterval = Interval(estimate: c, lower: c - h, upper: c + h,
                                 method: "\(Fmt.percent(level)) t-interval from the weighted (1/time^2) residuals of a + bL + cL^2, \(points.count) points",
                                 n: points.count, standardError: se)
        }
        return (a, b, c, cInterval, { L in let q = c * L * L; return q / (a + b * L + q) })
    }

    /// `weightedQuadraticFit` with weights 1 / y^2 (relative errors); nil if a y is not positive.
    public static func relativeQuadraticFit(_ points: [(x: Double, y: Double)], level: Double = 0.95)
        -> (a: Double, b: Double, c: Double, cInterval: Interval?, share: (Double) -> Double)? {
        guard points.allSatisfy({ $0.y > 0 }) else { return nil }
        return weightedQuadraticFit(points, weights: points.map { 1 / ($0.y * $0.y) }, level: level)
    }
}
