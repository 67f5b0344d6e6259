import Foundation
import ResultsFormat
import Statistics

/// "Proteins at L = 8192" (the paper's last protein figure; the
/// `protein-long` kind): proteins concatenated into rows of 8192, every mechanism trained
/// for the same training time under one memory budget, the Transformer (exact) shrunk by the
/// memory model until it fits. Judged at each configuration's last evaluation on the
/// validation split, paired by seed (a seed fixes the data and initial weights). Accuracies
/// in points (%). Threshold, fixed before the data:
/// - the Performer is ahead of the memory-reduced Transformer: performer − exact > 0 points
///   (paired t-interval over seeds), for every Performer arm that ran.
/// The evidence states the size each arm trained at (fit_layers, fit_d_model, fit_heads and
/// the memory model's fit_bytes, from the CSV).
enum ProteinLongClaims {
    static let figures: [(name: String, title: String, build: (String, String, String) throws -> ReportSection)] = [
        ("proteins-long", "Proteins: concatenated sequences at L = 8192 under one memory budget (the paper's last protein figure)",
         { n, p, m in try ProteinLongClaims.section(name: n, title: "Proteins: concatenated sequences at L = 8192 under one memory budget (the paper's last protein figure)", path: p, provenance: m) }),
    ]

    /// The margin the Performer must be ahead by, in points.
    static let aheadPoints = 0.0

    struct Final { var mechanism: String, seed: String, accuracy: Double, step: Double, seconds: Double, size: String, unigram: Double }

    /// The validation rows of the last step of every ok configuration.
    static func finals(_ r: ResultRows) throws -> [Final] {
        var lastStep: [String: Double] = [:]
        for row in r.ok { let k = row["config_key"] ?? ""; lastStep[k] = max(lastStep[k] ?? -1, try r.number(row, "step")) }
        return try r.ok.filter { $0["split"] == "validation" && (try? r.number($0, "step")) == lastStep[$0["config_key"] ?? ""] }.map { row in
            let size = "\(row["fit_layers"] ?? "?") layers, d_model \(row["fit_d_model"] ?? "?"), \(row["fit_heads"] ?? "?") heads, d_ff \(row["fit_d_ff"] ?? "?"), \(row["parameters"] ?? "?") parameters, predicted \(Double(row["fit_bytes"] ?? "").map { ByteSize.format(Int($0)) } ?? "?")"
            return Final(mechanism: row["variant"] ?? row["mechanism"] ?? "", seed: row["seed"] ?? "",
                         accuracy: 100 * (try r.number(row, "accuracy")), step: try r.number(row, "step"),
                         seconds: Double(row["seconds"] ?? "") ?? .nan, size: size,
                         unigram: 100 * (Double(row["unigram_accuracy"] ?? "") ?? .nan))
        }
    }

    static func section(name: String, title: String, path: String, provenance: String) throws -> ReportSection {
        let r = try ResultRows(path: path, required: ["variant", "step", "split", "accuracy", "seed"])
        let all = try finals(r)
        func arm(_ m: String) -> [Final] { all.filter { $0.mechanism == m } }
        let exact = arm("exact")
        var claims: [Claim] = []
        for performer in ["performer-relu", "performer-softmax"] where !arm(performer).isEmpty || performer == "performer-relu" {
            let p = arm(performer)
            let label = "\(performer) − memory-reduced exact (points)"
            var checks: [Decision] = []
            if !p.isEmpty && !exact.isEmpty {
                let bs = Dictionary(exact.map { ($0.seed, $0.accuracy) }, uniquingKeysWith: { a, _ in a })
                let pairs = p.sorted { $0.seed < $1.seed }.compactMap { f in bs[f.seed].map { (f.accuracy, $0) } }
                if let i = Stats.paired(pairs.map(\.0), pairs.map(\.1)) {
                    checks = [Decision.decide(label, effect: i, threshold: aheadPoints, side: .above)]
                } else {
                    checks = [Decision.notMeasured(label, "\(pairs.count) paired seeds (>= 2 needed)")]
                }
            }
            var claim = Claim(id: "\(performer)-ahead-of-reduced-exact",
                              paper: "at L = 8192 under the memory budget, \(performer)'s final validation accuracy is ahead of the memory-reduced Transformer's (same training time): \(performer) − exact > \(Int(aheadPoints)) points, paired by seed",
                              checks: checks, empty: "\(performer) or exact not run")
            if !checks.isEmpty {
                claim.evidence += "; trained sizes: \(sizes(p)); exact \(sizes(exact))"
                claim.evidence += "; against the validation unigram baseline (points): " + aboveUnigram(performer, p) + ", " + aboveUnigram("exact", exact)
            }
            claims.append(claim)
        }
        return ReportSection(name: name, title: title, claims: claims, details: [table(all)], provenance: provenance)
    }

    /// "NAME − unigram: mean [t-interval]" over seeds (the baseline of each seed's validation rows).
    static func aboveUnigram(_ name: String, _ finals: [Final]) -> String {
        let gaps = finals.map { $0.accuracy - $0.unigram }.filter(\.isFinite)
        return "\(name) − unigram: " + (Stats.meanInterval(gaps, "%.2f") ?? gaps.first.map { String(format: "%.2f (1 seed)", $0) } ?? "–")
    }

    /// The distinct trained sizes of `finals` ("; "-joined).
    static func sizes(_ finals: [Final]) -> String {
        Array(Set(finals.map(\.size))).sorted().joined(separator: "; ")
    }

    /// Final validation accuracy, steps reached and training seconds per mechanism (mean and
    /// 95% t-interval over seeds), with the size each trained at.
    static func table(_ all: [Final]) -> String {
        var t = "Last evaluation, mean [95% t-interval] over seeds; accuracy in %.\n\n| mechanism | seeds | trained size | validation accuracy | steps | training seconds |\n|---|---|---|---|---|---|\n"
        func cell(_ x: [Double], _ f: String) -> String { Stats.meanInterval(x, f) ?? x.first.map { String(format: f, $0) } ?? "–" }
        for m in Set(all.map(\.mechanism)).sorted() {
            let mine = all.filter { $0.mechanism == m }
            t += "| \(m) | \(Set(mine.map(\.seed)).count) | \(sizes(mine)) | \(cell(mine.map(\.accuracy), "%.2f")) | \(cell(mine.map(\.step), "%.0f")) | \(cell(mine.map(\.seconds), "%.1f")) |\n"
        }
        return t
    }
}
