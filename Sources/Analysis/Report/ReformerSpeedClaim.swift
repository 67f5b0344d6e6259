import Foundation
import ResultsFormat
import Statistics

/// The Performer authors' speed claim against Reformer (their ImageNet64 explainer: "about 2x
/// faster"), on raw attention timing: at every L >= `minLength` that both lines measured,
/// FAVOR+ (`favorPreset`) at least `minRatio` times faster than LSH attention with the
/// setting the claim names (`reformerPreset`: n_hashes 2, 64 buckets, chunks of 64, trax's
/// Reformer configuration), per (causal, pass) facet of a timing CSV.
///
/// The effect is the time ratio LSH / FAVOR+ at one L. Its interval comes from the repeated
/// timings of the two configurations: the estimate is the ratio of medians and the bounds
/// are the extreme ratios any pair of repeats can give, [min_LSH / max_FAVOR,
/// max_LSH / min_FAVOR] (a range, wider than a confidence interval of the medians: the claim
/// holds only when even the least favourable pairing of repeats keeps FAVOR+ 2x ahead).
enum ReformerSpeedClaim {
    static let favorPreset = "performer-softmax"
    static let reformerPreset = "reformer"
    /// The n_hashes of `reformerPreset`, stated in the claim.
    static let reformerHashes = 2
    static let minLength = 4096.0
    static let minRatio = 2.0

    /// nil when the CSV has no ok rows of `reformerPreset` (a sweep without it makes no claim).
    static func claim(path: String) throws -> Claim? {
        let rows = try ResultRows(path: path, required: ["mechanism", "seq_len", "pass", "median_s", "status"])
        // (mechanism, causal, pass) -> L -> (median, min, max, repeats)
        var points: [String: [Double: (median: Double, low: Double, high: Double, n: Int)]] = [:]
        for r in rows.table.rows where r["status"] == "ok" {
            let mech = r["mechanism"] ?? "", model = r["model"] ?? ""
            // Raw attention only: a whole-model CSV (model small, regular) makes no such claim.
            guard mech == favorPreset || mech == reformerPreset, model.isEmpty || model == "none" else { continue }
            let median = try rows.number(r, "median_s")
            let low = Double(r["min_s"] ?? "") ?? median, high = Double(r["max_s"] ?? "") ?? median
            let key = [mech, r["causal"] ?? "", r["pass"] ?? ""].joined(separator: "|")
            points[key, default: [:]][try rows.number(r, "seq_len")] = (median, low, high, Int(r["repeats"] ?? "") ?? 1)
        }
        guard points.keys.contains(where: { $0.hasPrefix(reformerPreset + "|") }) else { return nil }
        var checks: [(facet: String, check: Decision)] = []
        let facets = Set(points.keys.map { $0.split(separator: "|", omittingEmptySubsequences: false).dropFirst().joined(separator: "|") })
        for facet in facets.sorted() {
            let parts = facet.split(separator: "|", omittingEmptySubsequences: false)
            let label = "causal=\(parts[0]), pass=\(parts[1])"
            guard let lsh = points[reformerPreset + "|" + facet], let favor = points[favorPreset + "|" + facet] else {
                checks.append((label, .notMeasured(label, "no \(favorPreset) or \(reformerPreset) rows"))); continue
            }
            let common = Set(lsh.keys).intersection(favor.keys).filter { $0 >= minLength }.sorted()
            if common.isEmpty {
                let reached = "\(reformerPreset) to \(lsh.keys.max().map(Fmt.length) ?? "-"), \(favorPreset) to \(favor.keys.max().map(Fmt.length) ?? "-")"
                checks.append((label, .notMeasured(label, "no common L >= \(Fmt.length(minLength)) (\(reached))"))); continue
            }
            for L in common {
                let (r, f) = (lsh[L]!, favor[L]!)
                let effect = Interval(estimate: r.median / f.median, lower: r.low / f.high, upper: r.high / f.low,
                                      method: "range over \(r.n) x \(f.n) repeats", n: min(r.n, f.n))
                checks.append((label, .decide("\(label), L = \(Fmt.length(L)): \(reformerPreset) / \(favorPreset) time", effect: effect,
                                              threshold: minRatio, side: .above)))
            }
        }
        return Claim(id: "favor-vs-reformer",
                     paper: "FAVOR+ is about 2x faster than Reformer (Performer explainer, ImageNet64). Here on raw attention: at every L >= \(Fmt.length(minLength)) both measured, the time of LSH attention (\(reformerPreset): n_hashes = \(reformerHashes), 64 buckets, chunks of 64) over FAVOR+ (\(favorPreset)) is above \(Fmt.g(minRatio)), with the range of the repeated timings as its interval, per causal/pass facet",
                     facetChecks: checks, empty: "no facet with both \(favorPreset) and \(reformerPreset) rows")
    }
}
