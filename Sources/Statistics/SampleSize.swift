extension Stats {
    /// The smallest n > `values.count` whose two-sided t-interval (`level`) at the measured
    /// sample standard deviation of `values` would no longer contain `threshold`: the first n
    /// with t(0.5 + level / 2, n - 1) s / sqrt(n) < |mean - threshold|. Nil when the mean is
    /// on the threshold, there is no spread, or no n <= `limit` does.
    static func tSamplesToExclude(_ values: [Double], threshold: Double, level: Double = 0.95, limit: Int = 10_000) -> Int? {
        let sd = variance(values).squareRoot(), gap = Swift.abs(mean(values) - threshold)
        guard gap > 0, sd > 0 else { return nil }
        // t quantiles exceed the normal one, so no n below (z s / gap)^2 qualifies.
        let z = normalQuantile(0.5 + level / 2)
        let floor = (z * sd / gap) * (z * sd / gap)
        guard floor <= Double(limit) else { return nil }
        var n = Swift.max(values.count + 1, Int(floor))
        while n <= limit {
            if tQuantile(0.5 + level / 2, df: Double(n - 1)) * sd / Double(n).squareRoot() < gap { return n }
            n += 1
        }
        return nil
    }
}
