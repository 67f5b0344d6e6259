import PerformerTensor

extension Stats {
    /// Two-stage percentile bootstrap for paired samples grouped in clusters (Davison and
    /// Hinkley 1997, "Bootstrap Methods and their Application", sec. 3.8: resample the
    /// clusters, then the units within each drawn cluster).
    ///
    /// `groups[g][a][s]`: group g (e.g. one feature count m), arm a (the treatments compared,
    /// which share their random numbers sample by sample), sample slot s; every arm of a group
    /// has the same slots. `cluster[s]`: the cluster of slot s (e.g. the input draw it was
    /// measured on), the same for every group. One resample draws as many clusters as there
    /// are, with replacement, shared by every group (groups measured on the same inputs stay
    /// correlated); within each drawn cluster it draws that cluster's slots with replacement,
    /// independently per group and the same for every arm of a group (pairs stay pairs).
    /// With one cluster this is the paired bootstrap over slots (inference conditional on
    /// that cluster).
    ///
    /// `statistic` receives the resampled groups in the same layout. The interval's `n` is
    /// the number of clusters when there are several (the independent units), else the
    /// number of slots. nil when a group's arms differ in length from `cluster`, or when the
    /// statistic is not finite on the data or on fewer than half the resamples.
    public static func pairedClusterBootstrap(_ groups: [[[Double]]], cluster: [Int], resamples: Int = 2000, level: Double = 0.95,
                                              seed: UInt64 = 12, statistic: ([[[Double]]]) -> Double) -> Interval? {
        guard !groups.isEmpty, !cluster.isEmpty,
              groups.allSatisfy({ g in !g.isEmpty && g.allSatisfy { $0.count == cluster.count } }) else { return nil }
        let point = statistic(groups)
        guard point.isFinite else { return nil }
        let ids = Array(Set(cluster)).sorted()
        let slots: [[Int]] = ids.map { id in cluster.indices.filter { cluster[$0] == id } }
        var rng = SeededGenerator(seed: seed)
        var stats: [Double] = []
        stats.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let drawn = (0..<ids.count).map { _ in rng.nextInt(below: ids.count) }
            let resampled: [[[Double]]] = groups.map { arms in
                var picks: [Int] = []
                for c in drawn {
                    let members = slots[c]
                    for _ in 0..<members.count { picks.append(members[rng.nextInt(below: members.count)]) }
                }
                return arms.map { arm in picks.map { arm[$0] } }
            }
            let s = statistic(resampled)
            if s.isFinite { stats.append(s) }
        }
        guard stats.count >= resamples / 2 else { return nil }
        let a = (1 - level) / 2
        let perCluster = slots.map(\.count)
        let sizes = ids.count > 1
            ? "\(ids.count) clusters x \(Set(perCluster).count == 1 ? String(perCluster[0]) : perCluster.map(String.init).joined(separator: "+")) paired samples, \(groups.count) groups"
            : "\(cluster.count) paired samples, \(groups.count) groups"
        return Interval(estimate: point, lower: quantile(stats, a)!, upper: quantile(stats, 1 - a)!,
                        method: "\(Fmt.percent(level)) two-stage percentile bootstrap (clusters, then paired samples), \(resamples) resamples, n = \(sizes)",
                        n: ids.count > 1 ? ids.count : cluster.count)
    }
}
