import Foundation
import ResultsFormat
import Statistics

/// "Proteins" (paper Fig. 6 and Table 2; the `protein-lm` kind): protein language models,
/// U (next residue) and B (masked residue), judged at the final step on the validation split,
/// every comparison paired by seed (a seed fixes the data and the initial weights of every
/// mechanism). Accuracies in points (%). Thresholds, fixed before the data:
/// - exact learns: exact − unigram baseline > `learnedPoints` (paired t-interval);
/// - Performer-ReLU matches or beats exact: performer-relu − exact > −`matchPoints`;
/// - Performer-softmax converges to exact: performer-softmax − exact within ±`matchPoints`;
/// - each Performer ahead of Linformer and Reformer (when their arms ran): Performer − other > 0.
enum ProteinClaims {
    static let figures: [(name: String, title: String, build: (String, String, String) throws -> ReportSection)] =
        [("proteins-lm-u", "Proteins: unidirectional protein LM (Fig. 6 / Table 2, U)"),
         ("proteins-lm-b", "Proteins: bidirectional protein LM (Fig. 6 / Table 2, B)")].map { entry in
            (entry.0, entry.1, { n, p, m in try ProteinClaims.section(name: n, title: entry.1, path: p, provenance: m) })
        }

    /// How far above the unigram baseline (always the most frequent residue, about 8-10%)
    /// exact attention must be, in points: above it the model uses the context.
    static let learnedPoints = 3.0
    /// The non-inferiority / equivalence margin, in points (the paper's "matches").
    static let matchPoints = 2.0
    /// The split the claims are judged on.
    static let judgedSplit = "validation"

    /// One configuration's last evaluation on one split; `family` says what its columns say
    /// about the mechanism (`MechanismColumns`).
    struct Final {
        var mechanism: String, seed: String, split: String, accuracy: Double, perplexity: Double, unigram: Double, arm: Double = 99
        var family: Family = .other
    }
    /// Softmax attention, FAVOR+ (a `kernel` column), or any other approximation.
    enum Family { case exact, favor, other }

    /// Rows of the last step of every ok configuration.
    static func finals(_ r: ResultRows) throws -> [Final] {
        var lastStep: [String: Double] = [:]
        for row in r.ok { let k = row["config_key"] ?? ""; lastStep[k] = max(lastStep[k] ?? -1, try r.number(row, "step")) }
        return try r.ok.filter { (try? r.number($0, "step")) == lastStep[$0["config_key"] ?? ""] }.map { row in
            Final(mechanism: row["variant"] ?? row["mechanism"] ?? "", seed: row["seed"] ?? "", split: row["split"] ?? "",
                  accuracy: 100 * (try r.number(row, "accuracy")), perplexity: try r.number(row, "perplexity"),
                  unigram: 100 * (try r.number(row, "unigram_accuracy")), arm: Double(row["arm"] ?? "") ?? 99,
                  family: MechanismColumns.isExactSoftmax(row) ? .exact : MechanismColumns.isFavor(row) ? .favor : .other)
        }
    }

    /// a − b per seed present in both, in seed order.
    static func pairedValues(_ a: [Final], _ b: [Final], _ value: (Final) -> Double = \.accuracy) -> ([Double], [Double]) {
        let bs = Dictionary(b.map { ($0.seed, value($0)) }, uniquingKeysWith: { x, _ in x })
        let pairs = a.sorted { $0.seed < $1.seed }.compactMap { f in bs[f.seed].map { (value(f), $0) } }
        return (pairs.map(\.0), pairs.map(\.1))
    }

    static func check(_ label: String, _ a: [Final], _ b: [Final], _ decide: (Interval) -> Decision) -> [Decision] {
        let (x, y) = pairedValues(a, b)
        guard let i = Stats.paired(x, y) else {
            return [Decision.notMeasured(label, "\(x.count) paired seeds (>= 2 needed)")]
        }
        return [decide(i)]
    }

    static func section(name: String, title: String, path: String, provenance: String) throws -> ReportSection {
        let r = try ResultRows(path: path, required: ["variant", "step", "split", "accuracy", "perplexity", "unigram_accuracy", "seed"])
        let all = try finals(r)
        let judged = all.filter { $0.split == judgedSplit }
        func arm(_ m: String) -> [Final] { judged.filter { $0.mechanism == m } }
        let exact = arm(MechanismColumns.exact)
        var claims: [Claim] = []
        let unigram = exact.map { Final(mechanism: "unigram", seed: $0.seed, split: $0.split, accuracy: $0.unigram, perplexity: 0, unigram: $0.unigram) }
        claims.append(Claim(id: "exact-learns", paper: "exact attention (the Transformer) learns: \(judgedSplit) accuracy − unigram baseline > \(Int(learnedPoints)) points, paired by seed",
                            checks: exact.isEmpty ? [] : check("exact − unigram (points)", exact, unigram) {
                                Decision.decide("exact − unigram (points)", effect: $0, threshold: learnedPoints, side: .above) },
                            empty: "no finished exact run"))
        let relu = arm("performer-relu"), softmax = arm("performer-softmax")
        claims.append(Claim(id: "relu-matches-exact", paper: "Performer-ReLU matches or beats the Transformer: performer-relu − exact > −\(Int(matchPoints)) points",
                            checks: relu.isEmpty || exact.isEmpty ? [] : check("performer-relu − exact (points)", relu, exact) {
                                Decision.decide("performer-relu − exact (points)", effect: $0, threshold: -matchPoints, side: .above) },
                            empty: "performer-relu or exact not run"))
        claims.append(Claim(id: "softmax-converges", paper: "Performer-softmax converges to the Transformer: performer-softmax − exact within ±\(Int(matchPoints)) points",
                            checks: softmax.isEmpty || exact.isEmpty ? [] : check("performer-softmax − exact (points)", softmax, exact) {
                                Decision.within("performer-softmax − exact (points)", effect: $0, low: -matchPoints, high: matchPoints) },
                            empty: "performer-softmax or exact not run"))
        // Every FAVOR+ arm against every arm that is neither softmax nor FAVOR+, in arm order.
        func arms(_ family: Family) -> [String] {
            var seen = Set<String>()
            return judged.filter { $0.family == family }.sorted { ($0.arm, $0.mechanism) < ($1.arm, $1.mechanism) }
                .map(\.mechanism).filter { seen.insert($0).inserted }
        }
        for other in arms(.other) {
            for performer in arms(.favor) {
                claims.append(Claim(id: "\(performer)-ahead-of-\(other)", paper: "\(performer) is ahead of \(other): \(performer) − \(other) > 0 points",
                                    checks: check("\(performer) − \(other) (points)", arm(performer), arm(other)) {
                                        Decision.decide("\(performer) − \(other) (points)", effect: $0, threshold: 0, side: .above) },
                                    empty: ""))
            }
        }
        return ReportSection(name: name, title: title, claims: gatedOnLearning(claims), details: [table(all)], provenance: provenance)
    }

    /// The comparisons between mechanisms say something about learning only when the
    /// Transformer learned: unless "exact-learns" holds, each comparison is not testable
    /// (`Claim.notTestable`, verdict `.notMeasured`), its measured numbers kept in the evidence.
    static func gatedOnLearning(_ claims: [Claim]) -> [Claim] {
        guard let learns = claims.first(where: { $0.id == "exact-learns" }), learns.verdict != .holds else { return claims }
        return claims.map { c in
            guard c.id != "exact-learns", c.verdict != .notMeasured else { return c }
            var gated = c
            gated.verdict = .notMeasured
            gated.nNeeded = nil
            gated.notTestable = "the Transformer did not learn above the unigram baseline: exact-learns \(learns.verdictText)"
            gated.evidence = "not judged, measured: " + c.evidence + "; matching or beating a Transformer that did not learn says nothing about learning"
            return gated
        }
    }

    /// Accuracy and perplexity per mechanism and split at the final step (mean and 95%
    /// t-interval over seeds), with the unigram baseline: the paper's Table 2 in form.
    static func table(_ all: [Final]) -> String {
        let splits = ["train", "validation", "test", "ood"].filter { s in all.contains { $0.split == s } }
        var t = "Final step, mean [95% t-interval] over seeds; accuracy in %, perplexity per residue.\n\n| mechanism | seeds |"
        t += splits.map { " \($0) accuracy | \($0) perplexity |" }.joined() + "\n|---|---|" + String(repeating: "---|---|", count: splits.count) + "\n"
        func cell(_ x: [Double]) -> String { Stats.meanInterval(x, "%.2f") ?? x.first.map { Fmt.g($0) } ?? "–" }
        // Mechanisms in the order of the CSV's `arm` column (the kind's arm order).
        var armOf: [String: Double] = [:]
        for f in all { armOf[f.mechanism] = min(armOf[f.mechanism] ?? 99, f.arm) }
        let mechanisms = Set(all.map(\.mechanism)).sorted { (armOf[$0] ?? 99, $0) < (armOf[$1] ?? 99, $1) }
        for m in mechanisms {
            let mine = all.filter { $0.mechanism == m }
            t += "| \(m) | \(Set(mine.map(\.seed)).count) |"
            for s in splits { let x = mine.filter { $0.split == s }; t += " \(cell(x.map(\.accuracy))) | \(cell(x.map(\.perplexity))) |" }
            t += "\n"
        }
        t += "| unigram baseline | – |"
        for s in splits {
            let u = all.filter { $0.split == s && $0.mechanism == MechanismColumns.exact }.map(\.unigram)
            t += " \(u.isEmpty ? "–" : String(format: "%.2f", u.reduce(0, +) / Double(u.count))) | – |"
        }
        return t + "\n"
    }
}
