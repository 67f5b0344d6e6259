import PerformerTensor

/// Percentile bootstrap for paired samples grouped in clusters, resampling whole clusters
/// (Davison and Hinkley 1997, "Bootstrap Methods and their Application", sec. 3.8, the
/// first strategy: draw clusters with replacement and keep each drawn cluster's units as
/// they are). Resampling the units again inside each drawn cluster (the second strategy)
/// counts the within-cluster variance twice: where clusters barely differ, its variance is
/// about twice the estimator's and its interval about 1.41x too wide. With many clusters
/// (fig4: 30 to 100 input draws) the first strategy is the
/// one that mimics how the data were drawn.
public enum ClusterResampling {
    /// `groups[g][a][s]`: group g (e.g. one feature count m), arm a (the treatments compared,
    /// sharing their random numbers sample by sample), sample slot s; `cluster[s]`: the
    /// cluster of slot s (e.g. its input draw), the same for every group. One resample draws
    /// as many clusters as there are, with replacement, shared by every group and arm, and
    /// takes all slots of each drawn cluster. The interval's `n` is the number of clusters.
    /// nil with fewer than 2 clusters, when a group's arms differ in length from `cluster`,
    /// or when the statistic is not finite on the data or on fewer than half the resamples.
    public static func pairedClusters(_ groups: [[[Double]]], cluster: [Int], resamples: Int = 2000, level: Double = 0.95,
                               seed: UInt64 = 12, statistic: ([[[Double]]]) -> Double) -> Interval? {
        guard !groups.isEmpty, !cluster.isEmpty,
              groups.allSatisfy({ g in !g.isEmpty && g.allSatisfy { $0.count == cluster.count } }) else { return nil }
        let ids = Array(Set(cluster)).sorted()
        guard ids.count >= 2 else { return nil }
        let point = statistic(groups)
        guard point.isFinite else { return nil }
        let slots: [[Int]] = ids.map { id in cluster.indices.filter { cluster[$0] == id } }
        var rng = SeededGenerator(seed: seed)
        var stats: [Double] = []
        stats.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var picks: [Int] = []
            picks.reserveCapacity(cluster.count)
            for _ in 0..<ids.count { picks += slots[rng.nextInt(below: ids.count)] }
            let resampled = groups.map { arms in arms.map { arm in picks.map { arm[$0] } } }
            let s = statistic(resampled)
            if s.isFinite { stats.append(s) }
        }
        guard stats.count >= resamples / 2 else { return nil }
        let a = (1 - level) / 2
        let perCluster = slots.map(\.count)
        let per = Set(perCluster).count == 1 ? String(perCluster[0]) : perCluster.map(String.init).joined(separator: "+")
        return Interval(estimate: point, lower: Stats.quantile(stats, a)!, upper: Stats.quantile(stats, 1 - a)!,
                        method: "\(Fmt.percent(level)) cluster percentile bootstrap (input draws resampled whole, their paired samples kept), \(resamples) resamples, n = \(ids.count) clusters x \(per) paired samples, \(groups.count) groups",
                        n: ids.count)
    }
}
