import Foundation
import ResultsFormat
import Statistics

/// Approximation sections: fig4-variance (MSE orderings per input scale), kernel-mse (Lemma 2
/// and Theorem 2), approximation-vs-length (error vs L). Every check is a `Decision`: an
/// effect with its interval against a threshold fixed below, before the data.
enum ApproximationClaims {
    /// kernel-mse: iid rows hold Lemma 2 when measured/theory lies within 1 +- this.
    static let kernelTolerance = 0.05
    /// Plain Monte-Carlo rows are judged only at n >= their 10%-precision draws, where a 95%
    /// interval is about +-20% wide: they hold Lemma 2 within 1 +- this.
    static let plainTolerance = 0.2
    /// approximation-vs-length: the error "does not grow with L" when error(largest L) /
    /// error(smallest L) is below this.
    static let lengthGrowthMax = 2.0
    /// fig4: orthogonal and iid "do not differ" when the MSE ratio's 90% interval lies within
    /// 1 +- this (equivalence margin, Equivalence.swift): a 10% MSE difference is half the
    /// benefit Theorem 2's orthogonal rows bring where they help (ratio about 0.8).
    static let orthogonalMargin = 0.1
    /// Bootstrap resamples and seed of the report's intervals (fixed: the report is repeatable).
    static let resamples = 2000
    static let bootstrapSeed: UInt64 = 20_201_130

    // MARK: samples of a CSV row

    /// The per-sample values of `column` (the "column_samples" cell, ";"-separated), if present.
    static func samples(_ row: [String: String], _ column: String) -> [Double]? {
        guard let cell = row[column + "_samples"], !cell.isEmpty else { return nil }
        let v = cell.split(separator: ";").compactMap { Double($0) }
        return v.isEmpty ? nil : v
    }

    /// One (kernel, projection, m) cell of fig4 at one input scale.
    struct Cell {
        var mean: Double, sd: Double, n: Int
        var samples: [Double]?
        var median: Double?
        /// The input draw of each sample (sample s of a row was measured on its draw
        /// s mod input_draws; rows of other seeds have their own draws); nil when the CSV has
        /// no input_draws column.
        var clusters: [Int]? = nil

        /// This cell with `row`'s samples appended (another seed of the same cell: its input
        /// draws are new clusters, numbered after this cell's).
        func pooled(with row: Cell) -> Cell {
            guard let s = samples, let t = row.samples, let c = clusters, let d = row.clusters else { return row }
            let offset = (c.max() ?? -1) + 1
            let all = s + t
            let sd = all.count > 1 ? Stats.variance(all).squareRoot() : .nan
            return Cell(mean: Stats.mean(all), sd: sd, n: all.count, samples: all, median: Stats.median(all), clusters: c + d.map { $0 + offset })
        }
    }

    /// Interval on mean over k of log(stat(a_k) / stat(b_k)): a percentile bootstrap when
    /// every cell has its samples, else (stat = mean only) a normal interval by the delta method
    /// from each cell's mean, std and n. Returned as a ratio (exponentiated).
    ///
    /// When every cell has its samples and its input_draws, and the two cells of each pair
    /// have as many samples (the harness's common random numbers: sample s of a and of b
    /// share their input draw and their feature seeds), the interval is the cluster bootstrap
    /// instead (input draws resampled whole, their sample pairs kept; `ClusterResampling`).
    static func logRatioInterval(_ pairs: [(a: Cell, b: Cell)], median: Bool, seed: UInt64, level: Double = 0.95, over: String = "m") -> Interval? {
        guard !pairs.isEmpty else { return nil }
        let stat: ([Double]) -> Double = median ? { Stats.median($0) ?? .nan } : { Stats.mean($0) }
        // A bootstrap interval on the mean log ratio, back as a ratio that says what it averages.
        func ratio(_ i: Interval?) -> Interval? {
            guard var r = i?.exponentiated() else { return nil }
            r.method = "geometric mean over \(pairs.count) \(over) of the ratio of \(median ? "medians" : "means"); " + r.method
            return r
        }
        if let first = pairs.first, let clusters = first.a.clusters, Set(clusters).count >= 2,
           pairs.allSatisfy({ $0.a.clusters == clusters && $0.b.clusters == clusters && $0.a.samples?.count == clusters.count && $0.b.samples?.count == clusters.count }) {
            let groups = pairs.map { [$0.a.samples!, $0.b.samples!] }
            let i = ClusterResampling.pairedClusters(groups, cluster: clusters, resamples: resamples, level: level, seed: seed) { g in
                g.reduce(0.0) { $0 + Foundation.log(stat($1[0]) / stat($1[1])) } / Double(g.count)
            }
            return ratio(i)
        }
        if pairs.allSatisfy({ $0.a.samples != nil && $0.b.samples != nil }) {
            let groups = pairs.flatMap { [$0.a.samples!, $0.b.samples!] }
            let i = Stats.bootstrap(groups, resamples: resamples, level: level, seed: seed) { g in
                var s = 0.0
                for k in stride(from: 0, to: g.count, by: 2) { s += Foundation.log(stat(g[k]) / stat(g[k + 1])) }
                return s / Double(g.count / 2)
            }
            return ratio(i)
        }
        guard !median else { return nil }
        var est = 0.0, variance = 0.0
        for p in pairs {
            guard p.a.mean > 0, p.b.mean > 0, p.a.n > 0, p.b.n > 0 else { return nil }
            est += Foundation.log(p.a.mean / p.b.mean)
            variance += p.a.sd * p.a.sd / (Double(p.a.n) * p.a.mean * p.a.mean) + p.b.sd * p.b.sd / (Double(p.b.n) * p.b.mean * p.b.mean)
        }
        let k = Double(pairs.count)
        let n = pairs.reduce(0) { $0 + $1.a.n + $1.b.n }
        return Stats.normalInterval(estimate: est / k, se: variance.squareRoot() / k, n: n, level: level, what: "delta-method (means, std, n per cell)").exponentiated()
    }

    // MARK: fig4-variance

    /// `confirmatory`: the fig4-confirmatory run (positive features only, the scales the
    /// pilot left undecided): the orthogonal/iid claim alone, stated as a confirmation.
    static func fig4(name: String, path: String, provenance: String, title: String = "Fig. 4: MSE of the approximated attention vs m", confirmatory: Bool = false) throws -> ReportSection {
        let rows = try ResultRows(path: path, required: ["kernel", "projection", "features", "mse", "status"])
        // (scale, kernel, projection, m) -> cell; rows of one key from different seeds pool
        // (their input draws are distinct clusters), a repeated (key, seed) keeps its last row.
        struct CellKey: Hashable { var scale: Double, kind: String, m: Double }
        var bySeed: [String: [CellKey: Cell]] = [:]
        var seedOrder: [String] = []
        for r in rows.ok {
            let seed = r["seed"] ?? ""
            if bySeed[seed] == nil { seedOrder.append(seed) }
            let scale = rows.header.contains("input_scale") ? try rows.number(r, "input_scale") : 1
            let m = try rows.number(r, "features")
            let mean = try rows.number(r, "mse")
            let sd = rows.header.contains("mse_std") ? (Double(r["mse_std"] ?? "") ?? .nan) : .nan
            let n = Int(r["samples"] ?? "") ?? 0
            let s = samples(r, "mse")
            let med = s.flatMap { Stats.median($0) } ?? Double(r["mse_median"] ?? "")
            let clusters = Int(r["input_draws"] ?? "").flatMap { d in s.map { (0..<$0.count).map { $0 % d } } }
            bySeed[seed, default: [:]][CellKey(scale: scale, kind: "\(r["kernel"] ?? "")/\(r["projection"] ?? "")", m: m)] = Cell(mean: mean, sd: sd, n: s?.count ?? n, samples: s, median: med, clusters: clusters)
        }
        var cells: [Double: [String: [Double: Cell]]] = [:]
        for seed in seedOrder {
            for (key, cell) in bySeed[seed]! {
                cells[key.scale, default: [:]][key.kind, default: [:]][key.m] = cells[key.scale]?[key.kind]?[key.m].map { $0.pooled(with: cell) } ?? cell
            }
        }
        let seeds = seedOrder.count
        let plan = try RoundsPlan.load(csvPath: path, name: name)
        let scales = cells.keys.sorted()
        // Orthogonal below iid (positive features), at every input scale, by means.
        var ort: [(facet: String, check: Decision)] = []
        for (i, s) in scales.enumerated() {
            guard let o = cells[s]!["positive/orthogonal"], let d = cells[s]!["positive/iid"] else { continue }
            let pairs = Set(o.keys).intersection(d.keys).sorted().map { (a: o[$0]!, b: d[$0]!) }
            // The superiority interval at the look's level, the equivalence one at 2 level - 1
            // (at 95%: 90%, two one-sided tests at 5%).
            func intervals(_ level: Double) -> (Interval, Interval)? {
                guard let e = logRatioInterval(pairs, median: false, seed: bootstrapSeed &+ UInt64(i), level: level),
                      let eq = logRatioInterval(pairs, median: false, seed: bootstrapSeed &+ UInt64(i), level: 2 * level - 1) else { return nil }
                return (e, eq)
            }
            ort.append(("input_scale \(Fmt.g(s))", RoundsPlan.decide(plan, claim: "orthogonal-below-iid", seeds: seeds) { level in
                guard let (e, eq) = intervals(level) else {
                    return .notMeasured("input_scale \(Fmt.g(s))", "no interval (cells without samples or std)")
                }
                return Decision.superiorityOrEquivalence("input_scale \(Fmt.g(s)): MSE ratio orthogonal/iid", superiority: e, equivalence: eq,
                                                         threshold: 1, side: .below, low: 1 - orthogonalMargin, high: 1 + orthogonalMargin, level: level)
            }))
        }
        let pilot = confirmatory ? "Confirmatory run of fig4-variance's claim at the input scales its 150 samples left undecided, on a fresh seed (its own inputs and features), sized from fig4-variance's variance components and judged on its own data with the same effect, thresholds and margin. " : ""
        var claims = [Claim(id: "orthogonal-below-iid",
                            paper: pilot + "Orthogonal features give a lower MSE than iid ones (positive features; Theorem 2). Effect per input scale: the geometric mean over m of MSE(orthogonal)/MSE(iid) (ratio of sample means); holds at a scale when its 95% interval is below 1; does not hold when it is above 1, or when the 90% interval lies inside 1 +- \(Fmt.g(orthogonalMargin)) (no difference within the margin: two one-sided tests at 5%, so no benefit at that scale). Scales use independent draws, so each is its own test. Within a scale, sample s of the orthogonal and of the iid cell share their Q, K, V draw and the Gaussian draws their projections are built from (common random numbers), and the interval resamples the input draws whole (their sample pairs kept)",
                            facetChecks: ort, empty: "no matching positive orthogonal/iid rows")]
        if let plan { plan.annotate(&claims[0], seeds: seeds, log: RoundsLog.load(csvPath: path, name: name)) }
        if confirmatory {
            return ReportSection(name: name, title: title, claims: claims, details: [fig4Table(cells)], provenance: provenance)
        }
        // Positive below trig at the largest input scale, by medians (trig's mean MSE is infinite).
        var pt: [Decision] = []
        var trend: [String] = []
        for (i, s) in scales.enumerated() {
            var pairs: [(a: Cell, b: Cell)] = []
            for proj in ["iid", "orthogonal"] {
                guard let p = cells[s]!["positive/\(proj)"], let t = cells[s]!["trig/\(proj)"] else { continue }
                pairs += Set(p.keys).intersection(t.keys).sorted().map { (a: p[$0]!, b: t[$0]!) }
            }
            guard let e = logRatioInterval(pairs, median: true, seed: bootstrapSeed &+ 100 &+ UInt64(i), over: "(projection, m) cells") else { continue }
            trend.append("input_scale \(Fmt.g(s)): \(e.text)")
            if i == scales.count - 1 { pt.append(.decide("input_scale \(Fmt.g(s)): median MSE ratio positive/trig", effect: e, threshold: 1, side: .below)) }
        }
        if pt.isEmpty && !scales.isEmpty { pt.append(.notMeasured("positive vs trig", "no per-sample values (mse_samples) to compare medians; trig's mean MSE is infinite, so means cannot decide")) }
        var ptClaim = Claim(id: "positive-below-trig",
                            paper: "Positive features beat trigonometric ones where softmax kernel values are small (Lemma 2). Larger input scales spread x^T y, so most kernel values of a row are small relative to its largest. Effect: the geometric mean over m and projection of median MSE(positive)/median MSE(trig) at the largest input scale (medians: trig attention's expected MSE is infinite); holds when its 95% interval is below 1",
                            checks: pt, empty: "no matching positive/trig rows")
        if trend.count > 1 { ptClaim.evidence += ". Per scale (not judged): " + trend.joined(separator: "; ") }
        claims.append(ptClaim)
        return ReportSection(name: name, title: title, claims: claims,
                             details: [fig4Table(cells)], provenance: provenance)
    }

    /// Mean +- std and median [q25, q75] per (scale, kernel, projection, m).
    static func fig4Table(_ cells: [Double: [String: [Double: Cell]]]) -> String {
        var t = "MSE per cell: sample mean (std) and median [interquartile range] over the samples (trig: only the median and quartiles describe it; its sample mean is printed but its expectation is infinite).\n\n| input_scale | kernel/projection | m | n | mean MSE (std) | median [q25, q75] |\n|---|---|---|---|---|---|\n"
        for s in cells.keys.sorted() {
            for k in cells[s]!.keys.sorted() {
                for m in cells[s]![k]!.keys.sorted() {
                    let c = cells[s]![k]![m]!
                    let q = c.samples.map { "\(Fmt.g(Stats.quantile($0, 0.5)!)) [\(Fmt.g(Stats.quantile($0, 0.25)!)), \(Fmt.g(Stats.quantile($0, 0.75)!))]" } ?? c.median.map { Fmt.g($0) } ?? "-"
                    t += "| \(Fmt.g(s)) | \(k) | \(Fmt.g(m)) | \(c.n) | \(Fmt.g(c.mean)) (\(c.sd.isNaN ? "-" : Fmt.g(c.sd))) | \(q) |\n"
                }
            }
        }
        return t
    }

    // MARK: kernel-mse

    /// One kernel-mse row's measured/theory ratio: importance-sampled for positive and
    /// hyperbolic when the CSV has it, else plain Monte Carlo, which is only judged when the row
    /// has the draws its 10% precision needs (`plain_draws_10pct`).
    static func kernelRatio(_ rows: ResultRows, _ r: [String: String], reference: Double, plain: Bool = false) throws -> (interval: Interval?, why: String) {
        let kind = r["kernel"] ?? ""
        let n = Int(r["samples"] ?? "") ?? 0
        if !plain, kind != "trig", let m = Double(r["mse_is"] ?? ""), let se = Double(r["mse_is_se"] ?? "") {
            var i = Stats.normalInterval(estimate: m / reference, se: se / reference, n: n, what: "importance-sampling")
            if let ess = Double(r["ess"] ?? "") { i.method += ", ESS \(Fmt.g(ess, 2))" }
            return (i, "")
        }
        let mse = try rows.number(r, "mse")
        guard let se = Double(r["mse_se"] ?? "") else { return (nil, "no mse_se") }
        if let need = Double(r["plain_draws_10pct"] ?? "") {
            guard Double(n) >= need else { return (nil, "plain MC needs \(Fmt.g(need, 2)) draws for 10% precision, has \(n)") }
        } else if kind != "trig" {
            return (nil, "heavy-tailed plain MC without plain_draws_10pct: precision unknown")
        }
        return (Stats.normalInterval(estimate: mse / reference, se: se / reference, n: n, what: "plain-MC"), "")
    }

    /// Theorem 2's bound on the MSE of orthogonal positive or hyperbolic features for any m and
    /// d, from a kernel-mse row (`features` m, `head_dim` d, `pair_norm` r with |x| = |y| = r,
    /// `kernel_value` SM) and the row's iid MSE (Lemma 2):
    ///
    ///     MSE(ort) <= MSE(iid) - 2 B / (m^2 (d + 2)) (SM - exp(-(|x|^2 + |y|^2)/2))^2,
    ///     B = sum over the blocks of b (b - 1)   (blocks of d rows, the last one b = m mod d).
    ///
    /// Why: both estimators are means over m rows of X_i = exp(-(|x|^2+|y|^2)/2) f(w_i.z), with
    /// f = exp (positive) or cosh (hyperbolic), z = x + y. Each row's marginal is Gaussian under
    /// either projection, so orthogonality changes only the covariances of rows in one block,
    /// (1/m^2) B Cov(X_1, X_2); rows of different blocks are independent. Flipping the sign of a
    /// Haar row keeps the law of the pair (w_1.z, w_2.z), so E[cosh a cosh b] = E[e^(a+b)] and
    /// E[cosh a] = E[e^a]: the hyperbolic pair covariance equals the positive one. Theorem 2 at
    /// m = 2 gives Cov(X_1, X_2) <= -2/(d+2) (SM - exp(-(|x|^2+|y|^2)/2))^2; B = m(m - 1) (one
    /// block, m <= d) is Theorem 2 itself. Nil without the columns, for other kernels, or when
    /// the bound is not positive. `blocks` is the number of orthogonal blocks.
    static func theorem2Corollary(_ r: [String: String], iidMSE: Double) -> (mse: Double, blocks: Int)? {
        guard r["kernel"] == "positive" || r["kernel"] == "hyperbolic",
              let m = Int(r["features"] ?? ""), let d = Int(r["head_dim"] ?? ""), m > 0, d > 0,
              let norm = Double(r["pair_norm"] ?? ""), let sm = Double(r["kernel_value"] ?? "") else { return nil }
        let full = m / d, rest = m % d
        let b = Double(full * d * (d - 1) + rest * (rest - 1))
        let gap = sm - Foundation.exp(-norm * norm)
        let bound = iidMSE - 2 * b / (Double(m) * Double(m) * Double(d + 2)) * gap * gap
        return bound > 0 ? (bound, full + (rest > 0 ? 1 : 0)) : nil
    }

    static func kernelLabel(_ r: [String: String]) -> String {
        "\(r["kernel"] ?? "")/\(r["projection"] ?? "") m=\(r["features"] ?? "") |z|^2=\(Fmt.g(Double(r["z_norm_sq"] ?? "") ?? .nan)) SM=\(Fmt.g(Double(r["kernel_value"] ?? "") ?? .nan))"
    }

    /// Summarises many per-row checks: counts by verdict, then the rows that did not hold (or
    /// were inconclusive), then the range of the effects.
    static func rowsClaim(id: String, paper: String, checks: [Decision]) -> Claim {
        var c = Claim(id: id, paper: paper, checks: checks, empty: "no rows")
        guard !checks.isEmpty else { return c }
        let count = { (v: Verdict) in checks.filter { $0.verdict == v }.count }
        let effects = checks.compactMap { $0.effect?.estimate }
        var e = "\(checks.count) rows: \(count(.holds)) hold, \(count(.doesNotHold)) do not, \(count(.inconclusive)) inconclusive, \(count(.notMeasured)) not judged"
        if let lo = effects.min(), let hi = effects.max() { e += "; ratios \(Fmt.g(lo))..\(Fmt.g(hi))" }
        let odd = checks.filter { $0.verdict != .holds }
        if !odd.isEmpty { e += ". " + odd.prefix(6).map(\.text).joined(separator: "; ") + (odd.count > 6 ? "; ... (\(odd.count - 6) more in the table)" : "") }
        c.evidence = e
        return c
    }

    static func kernelMSE(name: String, path: String, provenance: String) throws -> ReportSection {
        let rows = try ResultRows(path: path, required: ["kernel", "projection", "features", "kernel_value", "mse", "mse_theory", "status"])
        var lemma: [Decision] = [], orth: [Decision] = [], thm2: [Decision] = [], extended: [Decision] = [], plain: [Decision] = []
        var table = "measured/theory per row with its 95% interval: a normal importance-sampling interval (+-1.96 s.e.) for positive and hyperbolic rows, a normal plain-MC interval for trig; n draws per row, and the importance sampler's effective sample size (ESS).\n\n"
            + "| row | Lemma 2 MSE | measured/theory [95%] | sampler | n | ESS | plain MC: mse/theory | plain draws for 10% |\n|---|---|---|---|---|---|---|---|\n"
        let sorted = rows.ok.sorted { (($0["kernel"] ?? ""), ($0["projection"] ?? ""), Double($0["z_norm_sq"] ?? "") ?? 0) < (($1["kernel"] ?? ""), ($1["projection"] ?? ""), Double($1["z_norm_sq"] ?? "") ?? 0) }
        for r in sorted {
            let theory = try rows.number(r, "mse_theory")
            guard theory > 0 else { continue }
            let label = kernelLabel(r)
            let (ratio, why) = try kernelRatio(rows, r, reference: theory)
            let iid = r["projection"] == "iid"
            let check: Decision = ratio.map {
                iid ? .within(label, effect: $0, low: 1 - kernelTolerance, high: 1 + kernelTolerance)
                    : .decide(label, effect: $0, threshold: 1 + kernelTolerance, side: .below)
            } ?? .notMeasured(label, why)
            if iid { lemma.append(check) } else { orth.append(check) }
            // Theorem 2: orthogonal positive rows against their bound.
            if let bound = Double(r["mse_bound_thm2"] ?? ""), bound > 0 {
                let (b, whyB) = try kernelRatio(rows, r, reference: bound)
                thm2.append(b.map { .decide(label + " vs Thm 2 bound", effect: $0, threshold: 1 + kernelTolerance, side: .below) } ?? .notMeasured(label, whyB))
            }
            // Theorem 2 carried to the rows the theorem does not state: hyperbolic features, m > d.
            if r["projection"] == "orthogonal", let bound = theorem2Corollary(r, iidMSE: theory),
               r["kernel"] == "hyperbolic" || bound.blocks > 1 {
                let (b, whyB) = try kernelRatio(rows, r, reference: bound.mse)
                extended.append(b.map { .decide(label + " vs corollary bound", effect: $0, threshold: 1 + kernelTolerance, side: .below) } ?? .notMeasured(label, whyB))
            }
            // Plain Monte Carlo beside it (iid rows), judged only where n reaches its precision.
            let (p, whyP) = try kernelRatio(rows, r, reference: theory, plain: true)
            if iid { plain.append(p.map { .within(label + " (plain)", effect: $0, low: 1 - plainTolerance, high: 1 + plainTolerance) } ?? .notMeasured(label + " (plain)", whyP)) }
            let sampled = r["kernel"] != "trig" && Double(r["mse_is"] ?? "") != nil && Double(r["mse_is_se"] ?? "") != nil
            table += "| \(label) | \(Fmt.g(theory)) | \(ratio?.bracketed ?? why) | \(ratio == nil ? "-" : (sampled ? "importance" : "plain MC")) | \(r["samples"] ?? "-") | \(sampled ? (Double(r["ess"] ?? "").map { Fmt.g($0, 2) } ?? "-") : "-") | \(Fmt.g((Double(r["mse"] ?? "") ?? .nan) / theory)) | \(r["plain_draws_10pct"].flatMap { Double($0) }.map { Fmt.g($0, 2) } ?? "-") |\n"
        }
        var claims = [
            rowsClaim(id: "theory", paper: "Lemma 2's closed forms give the MSE of the iid estimators (a theorem about the expectation). Effect per row: measured/theory, importance-sampled for positive and hyperbolic (plain Monte Carlo cannot reach the heavy tail), plain Monte Carlo for trig (bounded). Holds when each row's 95% interval lies within 1 +- \(Fmt.g(kernelTolerance))",
                      checks: lemma),
            rowsClaim(id: "orthogonal-at-or-below", paper: "Orthogonal rows are at or below Lemma 2's iid MSE (Theorem 2). Holds when each orthogonal row's 95% interval of measured/iid-theory lies below 1 + \(Fmt.g(kernelTolerance))",
                      checks: orth),
        ]
        if !thm2.isEmpty {
            claims.append(rowsClaim(id: "theorem2", paper: "Orthogonal positive features are at or below Theorem 2's bound (m <= d). Holds when each row's 95% interval of measured/bound lies below 1 + \(Fmt.g(kernelTolerance))", checks: thm2))
        }
        if !extended.isEmpty {
            claims.append(rowsClaim(id: "theorem2-corollary", paper: "Theorem 2's gain carries to hyperbolic features and to m > d rows stacked in independent orthogonal blocks (our corollary, not a statement of the paper: orthogonality changes only the covariance of two rows, the same for positive and hyperbolic features by the sign symmetry of a Haar row, so MSE(ort) <= MSE(iid) - 2 B/(m^2 (d+2)) (SM - exp(-(|x|^2+|y|^2)/2))^2 with B = the sum over blocks of b(b-1); B = m(m-1) is Theorem 2). Holds when each row's 95% interval of measured/bound lies below 1 + \(Fmt.g(kernelTolerance))", checks: extended))
        }
        claims.append(rowsClaim(id: "plain-mc", paper: "Plain Monte Carlo agrees with Lemma 2 where its sample size reaches the precision it needs (10% relative standard error, from the exact fourth moment; rows below that are not judged). Holds when each judged row's 95% interval lies within 1 +- \(Fmt.g(plainTolerance))",
                                checks: plain))
        claims.append(try positiveVersusTrig(rows))
        return ReportSection(name: name, title: "Lemma 2: kernel estimator MSE, measured vs theory", claims: claims, details: [table], provenance: provenance)
    }

    /// As SM shrinks, trig's MSE explodes and positive's vanishes: per (projection, m, d) group,
    /// MSE(positive)/MSE(trig) at the smallest SM is below 1, and smaller than at the largest SM.
    static func positiveVersusTrig(_ rows: ResultRows) throws -> Claim {
        // group -> SM -> (mse, se) per kernel.
        var pos: [String: [Double: (Double, Double, Int)]] = [:], trig: [String: [Double: (Double, Double, Int)]] = [:]
        for r in rows.ok {
            let g = ["projection", "features", "head_dim", "pair_norm"].compactMap { k in r[k].map { "\(k)=\($0)" } }.joined(separator: ", ")
            let sm = try rows.number(r, "kernel_value")
            let n = Int(r["samples"] ?? "") ?? 0
            var mse = try rows.number(r, "mse"), se = Double(r["mse_se"] ?? "") ?? .nan
            if r["kernel"] == "positive", let m = Double(r["mse_is"] ?? ""), let s = Double(r["mse_is_se"] ?? "") { mse = m; se = s }
            if r["kernel"] == "positive" { pos[g, default: [:]][sm] = (mse, se, n) }
            if r["kernel"] == "trig" { trig[g, default: [:]][sm] = (mse, se, n) }
        }
        func logRatio(_ a: (Double, Double, Int), _ b: (Double, Double, Int)) -> (est: Double, se: Double)? {
            guard a.0 > 0, b.0 > 0, a.1.isFinite, b.1.isFinite else { return nil }
            return (Foundation.log(a.0 / b.0), (a.1 * a.1 / (a.0 * a.0) + b.1 * b.1 / (b.0 * b.0)).squareRoot())
        }
        var checks: [Decision] = []
        for g in pos.keys.sorted() {
            guard let t = trig[g] else { continue }
            let common = Set(pos[g]!.keys).intersection(t.keys).sorted()
            guard let small = common.first, let large = common.last, let rs = logRatio(pos[g]![small]!, t[small]!) else { continue }
            let n = pos[g]![small]!.2 + t[small]!.2
            checks.append(.decide("\(g): positive/trig at SM = \(Fmt.g(small))", effect: Stats.normalInterval(estimate: rs.est, se: rs.se, n: n, what: "delta-method").exponentiated(), threshold: 1, side: .below))
            if common.count > 1, let rl = logRatio(pos[g]![large]!, t[large]!) {
                let diff = Stats.normalInterval(estimate: rs.est - rl.est, se: (rs.se * rs.se + rl.se * rl.se).squareRoot(), n: n, what: "delta-method").exponentiated()
                checks.append(.decide("\(g): (positive/trig at SM = \(Fmt.g(small))) / (at SM = \(Fmt.g(large)))", effect: diff, threshold: 1, side: .below))
            }
        }
        return Claim(id: "positive-vs-trig",
                     paper: "As the kernel value SM shrinks, trig MSE explodes and positive MSE vanishes. Per group: MSE(positive)/MSE(trig) at the smallest SM below 1, and below its value at the largest SM (95% delta-method intervals on the log ratios; positive MSE importance-sampled where available)",
                     checks: checks, empty: "no positive/trig pairs")
    }

    // MARK: approximation-vs-length

    /// `title` and `paper` (the claim's statement before its effect and threshold) default to
    /// approximation-vs-length's; approximation-causal states the claim for causal FAVOR+.
    static func versusLength(name: String, path: String, provenance: String, title: String = "Approximation error vs sequence length",
                             paper: String = "FAVOR+ estimates each attention row independently, so its error does not grow with L (not a figure of the paper)") throws -> ReportSection {
        let rows = try ResultRows(path: path, required: ["mechanism", "seq_len", "mse", "status"])
        let column = rows.header.contains("rel_frobenius") ? "rel_frobenius" : "mse"
        var lines: [String: [Double: Cell]] = [:], order: [String] = []
        var favorLines: Set<String> = []
        for r in rows.ok {
            // One line per mechanism, causality and input distribution.
            let id = [r["mechanism"] ?? "", r["causal"].map { "causal=\($0)" } ?? "",
                      r["input_scale"].map { "input_scale=\($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
            if lines[id] == nil { order.append(id) }
            if MechanismColumns.isFavor(r) { favorLines.insert(id) }
            let s = samples(r, column)
            lines[id, default: [:]][try rows.number(r, "seq_len")] = Cell(mean: try rows.number(r, column), sd: Double(r[column + "_std"] ?? "") ?? .nan,
                                                                           n: s?.count ?? (Int(r["samples"] ?? "") ?? 0), samples: s, median: nil)
        }
        let lengths = Array(Set(lines.values.flatMap(\.keys))).sorted()
        var t = "| mechanism | " + lengths.map(Fmt.length).joined(separator: " | ") + " | log-log slope [95% t-interval from the regression residuals over the L measured] |\n|---|" + String(repeating: "---|", count: lengths.count + 1) + "\n"
        var checks: [(facet: String, check: Decision)] = []
        for (i, id) in order.enumerated() {
            let p = lines[id]!
            let pts = p.filter { $0.key > 0 && $0.value.mean > 0 }.map { (x: log2($0.key), y: log2($0.value.mean)) }
            let slope = Stats.regression(pts)
            t += "| \(id) | " + lengths.map { p[$0].map { Fmt.g($0.mean) } ?? "-" }.joined(separator: " | ") + " | \(slope?.bracketed ?? Fmt.slope(Stats.slope(pts))) |\n"
            guard favorLines.contains(id), let lo = p.keys.min(), let hi = p.keys.max(), hi > lo else { continue }
            let label = "\(id): \(column)(\(Fmt.length(hi))) / \(column)(\(Fmt.length(lo)))"
            if let e = logRatioInterval([(a: p[hi]!, b: p[lo]!)], median: false, seed: bootstrapSeed &+ 200 &+ UInt64(i)) {
                checks.append((id, .decide(label, effect: e, threshold: lengthGrowthMax, side: .below)))
            } else {
                checks.append((id, .notMeasured(label, "no samples or std to make an interval (\(Fmt.g(p[hi]!.mean / p[lo]!.mean)) as a point)")))
            }
        }
        let claim = Claim(id: "length",
                          paper: "\(paper). Effect: \(column) at the largest L / at the smallest L per performer-* line (95% interval over the samples); holds when below \(Fmt.g(lengthGrowthMax))",
                          facetChecks: checks, empty: "no performer-* line with two lengths")
        return ReportSection(name: name, title: title, claims: [claim],
                             details: ["\(column) per mechanism and L (sample means):\n\n" + t], provenance: provenance)
    }
}
