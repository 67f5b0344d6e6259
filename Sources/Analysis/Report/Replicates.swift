import Foundation
import ResultsFormat
import Statistics

/// Training claims are decided over independent runs (seeds), never over evaluations of one
/// run: successive evaluations of one training run share its initialisation, data order and
/// feature draws, so their spread is not run-to-run spread. A claim measured on fewer than
/// `minimumRuns` seeds per variant keeps its one-run reading in the evidence, and its verdict
/// is "inconclusive (k runs)".
extension TransferClaims {
    /// Seeds per variant before a training claim is decided.
    static let minimumRuns = 3
    /// "Positive features with redraw match the Transformer": the final accuracy difference
    /// (Performer - continued Transformer, paired by seed) lies within +- this many points
    /// (equivalence by two one-sided tests; the same 2 points as the recovery threshold).
    static let matchMarginPoints = recoveryPoints

    /// Distinct seeds per variant among `rows` (a CSV without a seed column counts 1 run).
    static func runsPerVariant(_ rows: [[String: String]]) -> [String: Int] {
        var seeds: [String: Set<String>] = [:]
        for r in rows { seeds[r["variant"] ?? "", default: []].insert(r["seed"] ?? "") }
        return seeds.mapValues(\.count)
    }

    /// Each claim but those in `except` decided on fewer than `minimumRuns` runs (the fewest
    /// over the variants present) becomes inconclusive, with its one-run reading kept.
    static func requireReplicates(_ claims: [Claim], runs: [String: Int], except: Set<String>) -> [Claim] {
        guard let fewest = runs.values.min(), fewest < minimumRuns else { return claims }
        return claims.map { c in
            guard !except.contains(c.id), c.verdict == .holds || c.verdict == .doesNotHold || c.verdict == .inconclusive else { return c }
            var d = c
            d.evidence = "\(fewest) run\(fewest == 1 ? "" : "s") per variant (>= \(minimumRuns) seeds decide a training claim); the single-run reading: \(c.verdict.rawValue): " + c.evidence
            d.verdict = .inconclusive
            d.runs = fewest
            d.nNeeded = nil
            d.decisions = []
            d.facets = []
            return d
        }
    }

    /// Final accuracy per seed of `variant` (its largest step among `rows`).
    static func finalAccuracyBySeed(_ rows: [[String: String]], variant: String) -> [String: Double] {
        var last: [String: (step: Double, accuracy: Double)] = [:]
        for r in rows where r["variant"] == variant {
            guard let step = Double(r["step"] ?? ""), let a = Double(r["accuracy"] ?? "") else { continue }
            let seed = r["seed"] ?? ""
            if last[seed].map({ step >= $0.step }) ?? true { last[seed] = (step, a) }
        }
        return last.mapValues(\.accuracy)
    }

    /// "Positive features with redraw match the Transformer": equivalence of the final
    /// accuracies of `performer` and the continued Transformer `transformer` within
    /// +- `matchMarginPoints`, on the 90% paired t-interval over seeds (Equivalence.swift).
    /// `scale` is 0.01 when accuracies are fractions, 1 when percent.
    static func matchClaim(_ rows: [[String: String]], performer: String?, transformer: String?, scale: Double) -> Claim {
        let paper = "Positive features with redraw match the Transformer trained on for the same steps (final accuracy difference within +-\(Fmt.g(matchMarginPoints)) points, paired by seed: two one-sided tests at 5%, i.e. the 90% paired t-interval inside the margin)"
        guard let p = performer, let t = transformer else {
            return Claim(id: "redraw-matches-transformer", paper: paper, verdict: .notMeasured, evidence: "no redraw Performer or continued Transformer variant")
        }
        let a = finalAccuracyBySeed(rows, variant: p), b = finalAccuracyBySeed(rows, variant: t)
        let seeds = Set(a.keys).intersection(b.keys).sorted()
        let diffs = seeds.map { (a[$0]! - b[$0]!) / scale }
        let margin = matchMarginPoints
        guard diffs.count >= 2, var i = Stats.tInterval(diffs, level: Decision.equivalenceLevel) else {
            let reading = diffs.first.map { "\(p) - \(t) = \(Fmt.g($0)) points (\(abs($0) <= margin ? "inside" : "outside") +-\(Fmt.g(margin)))" } ?? "no shared seed"
            var c = Claim(id: "redraw-matches-transformer", paper: paper, verdict: .inconclusive,
                          evidence: "\(diffs.count) run\(diffs.count == 1 ? "" : "s") (>= \(minimumRuns) seeds decide a training claim); the single-run reading: \(reading)")
            c.runs = diffs.count
            return c
        }
        i.method = "paired " + i.method
        let d = Decision.equivalence("\(p) - \(t), final accuracy (points)", effect: i, low: -margin, high: margin)
        return requireReplicates([Claim(id: "redraw-matches-transformer", paper: paper, checks: [d], empty: "")],
                                 runs: [p: diffs.count], except: [])[0]
    }
}

extension TransferClaims {
    /// Redraw vs no redraw over seeds: per seed, the mean accuracy over the evaluations of
    /// the second half of fine-tuning (steps >= half the last step) of each variant; the
    /// paired difference redraw - no redraw over the seeds both have, 95% paired t-interval,
    /// holds above 0. nil below 2 shared seeds (the caller keeps the one-run comparison).
    static func redrawOverSeeds(_ rows: [[String: String]], redraw: String?, fixed: String?) -> Claim? {
        guard let r = redraw, let f = fixed else { return nil }
        func secondHalfMean(_ v: String) -> [String: Double] {
            var bySeed: [String: [(step: Double, accuracy: Double)]] = [:]
            for row in rows where row["variant"] == v {
                guard let s = Double(row["step"] ?? ""), let a = Double(row["accuracy"] ?? ""), a.isFinite else { continue }
                bySeed[row["seed"] ?? "", default: []].append((s, a))
            }
            return bySeed.compactMapValues { points in
                guard let last = points.map(\.step).max() else { return nil }
                let half = points.filter { $0.step >= last / 2 }.map(\.accuracy)
                return half.isEmpty ? nil : Stats.mean(half)
            }
        }
        let a = secondHalfMean(r), b = secondHalfMean(f)
        let seeds = Set(a.keys).intersection(b.keys).sorted()
        guard seeds.count >= 2, var i = Stats.paired(seeds.map { a[$0]! }, seeds.map { b[$0]! }) else { return nil }
        i.method += " over seeds"
        let d = Decision.decide("\(r) - \(f), mean accuracy over the second half of fine-tuning, per seed", effect: i, threshold: 0, side: .above)
        let paper = "Redrawing the random features beats keeping them fixed (Fig. 5: no-redraw plateaus lower). Effect: per seed, the mean accuracy over the second half of fine-tuning; the difference redraw - no redraw paired by seed, 95% paired t-interval over seeds; holds when above 0"
        return Claim(id: "redraw-beats-noredraw", paper: paper, checks: [d], empty: "")
    }
}
