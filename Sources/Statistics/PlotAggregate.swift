/// Summaries of several rows drawn as one plot point (the plot option "aggregate").
public enum PlotAggregate {
    /// Accepted values of a plot's "aggregate".
    /// "mean-ci95": mean and Student-t 95% interval (`meanCI95`); "mean-bootstrap95": mean
    /// and percentile-bootstrap 95% interval, bounded by the data (`PlotInterval`).
    public static let names = ["mean-ci95", "mean-bootstrap95"]

    /// Mean of `ys` and the half-width of its two-sided 95% Student-t confidence interval,
    /// t(0.975, n - 1) x s / sqrt(n) with the sample standard deviation s (`Stats.tInterval`);
    /// half-width 0 for a single value (no spread to estimate: the point is drawn without a bar).
    public static func meanCI95(_ ys: [Double]) -> (mean: Double, halfWidth: Double) {
        precondition(!ys.isEmpty, "meanCI95 needs at least one value")
        guard let i = Stats.tInterval(ys, level: 0.95) else { return (Stats.mean(ys), 0) }
        return (i.estimate, i.halfWidth)
    }
}
