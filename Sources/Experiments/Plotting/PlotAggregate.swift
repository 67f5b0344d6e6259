/// Summaries of several rows drawn as one plot point (the plot option "aggregate").
public enum PlotAggregate {
    /// Accepted values of a plot's "aggregate".
    /// "mean-ci95": mean and Student-t 95% interval (`meanCI95`); "mean-bootstrap95": mean
    /// and percentile-bootstrap 95% interval, bounded by the data (`PlotInterval`).
    public static let names = ["mean-ci95", "mean-bootstrap95"]

    /// Mean of `ys` and the half-width of its two-sided 95% Student-t confidence interval,
    /// t(0.975, n - 1) x s / sqrt(n) with the sample standard deviation s; half-width 0 for
    /// a single value (no spread to estimate: the point is drawn without a bar).
    public static func meanCI95(_ ys: [Double]) -> (mean: Double, halfWidth: Double) {
        let n = ys.count
        precondition(n >= 1, "meanCI95 needs at least one value")
        let mean = ys.reduce(0, +) / Double(n)
        guard n >= 2 else { return (mean, 0) }
        let variance = ys.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        return (mean, tQuantile975(degreesOfFreedom: n - 1) * (variance / Double(n)).squareRoot())
    }

    /// The 0.975 quantile of Student's t with `df` >= 1 degrees of freedom: exact table
    /// values for df <= 30, then the Cornish-Fisher expansion around the normal quantile
    /// 1.959964 (error < 1e-4 for df > 30).
    public static func tQuantile975(degreesOfFreedom df: Int) -> Double {
        precondition(df >= 1, "t quantile needs df >= 1")
        let table: [Double] = [12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
                               2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
                               2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423]
        if df <= table.count { return table[df - 1] }
        let z = 1.959964, v = Double(df)
        let z3 = z * z * z, z5 = z3 * z * z
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
    }
}
