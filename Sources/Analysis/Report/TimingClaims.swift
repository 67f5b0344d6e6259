import Foundation
import ResultsFormat
import Statistics

/// Timing sections (timing-attention, fig3-timing-model): log-log slopes of time vs L, the
/// crossover where FAVOR+ beats exact, how far each line got, and time ratios.
///
/// Thresholds (stated in the report): exact attention is quadratic when its slope over the
/// upper half of its L range is >= `exactSlopeMin`; FAVOR+ is linear when <= `favorSlopeMax`.
enum TimingClaims {
    static let exactSlopeMin = 1.7
    static let favorSlopeMax = 1.3
    /// Whole models: "Performer close to X" when Performer / X <= this at the largest common L.
    static let closeToXMax = 2.0
    /// Why "reach" is not testable when the sweep ends before the memory budget binds exact attention.
    static let sweepEndsFirst = "the sweep ends before the memory budget binds exact attention"
    /// Why "reach" is not testable when the byte model under-predicts a measured peak by more
    /// than `bytePredictionTolerance`.
    static let bytesUnderPredicted = "the byte model under-predicts a measured peak"
    /// How far a measured peak may exceed its predicted bytes before the predictions stop
    /// standing in for the memory of unmeasured lengths (relative).
    static let bytePredictionTolerance = 0.1

    /// One line: a mechanism at one (model, causal, pass).
    struct Line {
        var mechanism: String, model: String, causal: String, pass: String
        /// Whether the line is FAVOR+ (its rows have a `kernel`).
        var isFavor = false
        /// seq_len -> median seconds (ok rows; the last row wins).
        var points: [Double: Double] = [:]
        /// seq_len -> status of rows that did not run (skipped_memory, skipped_time, failed).
        var stopped: [Double: String] = [:]
        /// seq_len -> the byte model's prediction (every row, run or not) and, on ok rows, the
        /// measured peak.
        var bytes: [Double: (predicted: Double, peak: Double?)] = [:]
        /// The largest L whose predicted bytes fit the memory budget: every L of the sweep but
        /// those skipped for memory (or failed), whether or not the time budget let it run.
        var memoryReach: Double? {
            (Array(points.keys) + stopped.filter { $0.value == "skipped_time" }.map(\.key)).max()
        }
        /// Whether the sweep went past the memory budget on this line.
        var meetsMemoryBudget: Bool { stopped.values.contains("skipped_memory") }
        /// The largest measured peak / predicted bytes over the ok rows.
        var worstPeakRatio: Double? {
            bytes.values.compactMap { b in b.peak.flatMap { b.predicted > 0 ? $0 / b.predicted : nil } }.max()
        }
        var facet: String { [model.isEmpty ? nil : "model=\(model)", "causal=\(causal)", "pass=\(pass)"].compactMap { $0 }.joined(separator: ", ") }
        /// The line as a claim's facet: "performer-softmax (model=regular, causal=false, pass=forward)".
        var name: String { "\(mechanism) (\(facet))" }
        var maxL: Double? { points.keys.max() }
        /// Why the line ends: the status of the first non-ok L above its largest ok L.
        var stopReason: String {
            guard let m = maxL else { return stopped.values.contains("failed") ? "failed (no ok rows)" : "no ok rows" }
            guard let next = stopped.keys.filter({ $0 > m }).min() else { return "end of sweep" }
            switch stopped[next]! {
            case "skipped_memory": return "memory (\(Fmt.length(next)) over budget)"
            case "skipped_time": return "time budget"
            default: return "\(stopped[next]!) at \(Fmt.length(next))"
            }
        }
        var slope: (slope: Double?, from: Double, used: Int) {
            Stats.upperHalfLogSlope(points.map { (x: $0.key, y: $0.value) })
        }
    }


    /// "Within the memory budget FAVOR+ reaches longer sequences than exact attention", decided
    /// on memory alone: each line's memory reach is the largest L whose predicted bytes fit
    /// the budget (skipped_memory marks the rest), whether or not the time budget let that L
    /// run, so the per-call time budget never decides it. Premise: the byte model bounds the
    /// measured peaks on both lines' measured rows (within `bytePredictionTolerance`); it is
    /// what stands in for the lengths the time budget did not run. Returns the verdict, the
    /// not-testable reason (nil when decided) and the evidence.
    static func reach(favor: Line, exact: Line, measured: (favor: Double, exact: Double)) -> (Verdict, String?, String) {
        let worst = [favor.worstPeakRatio, exact.worstPeakRatio].compactMap { $0 }.max()
        let measuredText = "measured to \(Fmt.length(measured.favor)) (\(favor.stopReason)) and exact to \(Fmt.length(measured.exact)) (\(exact.stopReason))"
        guard let fm = favor.memoryReach, let em = exact.memoryReach else { return (.notMeasured, nil, "no rows") }
        func over(_ l: Line, _ reach: Double) -> String {
            guard let next = l.stopped.filter({ $0.value == "skipped_memory" && $0.key > reach }).keys.min() else { return "end of sweep" }
            return "\(Fmt.length(next))" + (l.bytes[next].map { " predicted \(Fmt.g($0.predicted / 1e9)) GB," } ?? "") + " over the budget"
        }
        var text = "memory reach (largest L whose predicted bytes fit the budget): \(favor.mechanism) \(Fmt.length(fm)) (\(over(favor, fm))), exact \(Fmt.length(em)) (\(over(exact, em))); "
            + (worst.map { "measured peak / predicted bytes at most \(Fmt.g($0, 3)) on both lines' measured rows; " } ?? "no measured peaks; ") + measuredText
        if let w = worst, w > 1 + bytePredictionTolerance {
            text += ": not testable (a measured peak exceeds its prediction by more than \(Fmt.percent(bytePredictionTolerance)))"
            return (.notMeasured, bytesUnderPredicted, text)
        }
        if fm > em { return (.holds, nil, text) }
        if fm == em && !exact.meetsMemoryBudget {
            text += ": not testable (\(sweepEndsFirst))"
            return (.notMeasured, sweepEndsFirst, text)
        }
        return (.doesNotHold, nil, text)
    }

    /// The smallest common L from which `fast` stays faster than `slow` at every larger common
    /// L (nil when it is not faster at the largest), and that largest common L; nil without a
    /// common L. Times in seconds keyed by L.
    static func crossover(fast: [Double: Double], slow: [Double: Double]) -> (from: Double?, last: Double)? {
        let common = Set(fast.keys).intersection(slow.keys).sorted()
        guard let last = common.last else { return nil }
        var from: Double? = nil
        for L in common.reversed() {
            if fast[L]! < slow[L]! { from = L } else { break }
        }
        return (from, last)
    }

    /// The timing lines of a timing CSV (one per model, causal, pass and mechanism), in CSV order.
    static func lines(path: String) throws -> [Line] {
        try lines(try ResultRows(path: path, required: ["mechanism", "seq_len", "pass", "median_s", "status"]))
    }

    /// The timing lines of already-read rows.
    static func lines(_ rows: ResultRows) throws -> [Line] {
        var lines: [String: Line] = [:], order: [String] = []
        for r in rows.table.rows {
            let model = (r["model"] ?? "") == "none" ? "" : (r["model"] ?? ""), causal = r["causal"] ?? "", pass = r["pass"] ?? "", mech = r["mechanism"] ?? ""
            let id = [model, causal, pass, mech].joined(separator: "|")
            if lines[id] == nil {
                lines[id] = Line(mechanism: mech, model: model, causal: causal, pass: pass, isFavor: MechanismColumns.isFavor(r)); order.append(id)
            }
            let L = try rows.number(r, "seq_len")
            if let predicted = Double(r["predicted_bytes"] ?? ""), predicted > 0 {
                lines[id]!.bytes[L] = (predicted, r["status"] == "ok" ? Double(r["peak_bytes"] ?? "") : nil)
            }
            if r["status"] == "ok" {
                lines[id]!.points[L] = try rows.number(r, "median_s")
            } else {
                lines[id]!.stopped[L] = r["status"] ?? ""
            }
        }
        return order.map { lines[$0]! }
    }

    /// The slope table of `lines`: L range, upper-half slope, largest L and why each line stops.
    static func slopeTable(_ all: [Line]) -> String {
        var table = "| facet | mechanism | L range (ok) | slope (upper half) | largest L | stopped by |\n|---|---|---|---|---|---|\n"
        for l in all {
            let s = l.slope
            let range = l.points.isEmpty ? "-" : "\(Fmt.length(l.points.keys.min()!))..\(Fmt.length(l.maxL!))"
            table += "| \(l.facet) | \(l.mechanism) | \(range) | \(Fmt.slope(s.slope))\(s.used > 0 ? " (\(s.used) pts from \(Fmt.length(s.from)))" : "") | \(l.maxL.map(Fmt.length) ?? "-") | \(l.stopReason) |\n"
        }
        return table
    }

    /// The raw exact attention's L^2 claim over the exact lines of `all` (model "none").
    static func exactSlopeClaim(_ all: [Line]) -> Claim {
        slopeClaim(id: "exact-slope", lines: all.filter { $0.mechanism == MechanismColumns.exact && $0.model.isEmpty },
                   paper: "Exact attention time grows as L^2 (raw attention). Effect: the log-log slope of time on L over the upper half of each exact line's L range (at least its last 3 points), with its 95% t-interval from the regression residuals; holds when the interval is above \(exactSlopeMin)",
                   threshold: exactSlopeMin, side: .above)
    }

    /// The section of a spec that times raw exact attention alone on a fine grid of L
    /// (timing-exact-length): its slope table and the L^2 claim.
    static func exactLengthSection(name: String, title: String, path: String, provenance: String) throws -> ReportSection {
        let all = try lines(path: path)
        return ReportSection(name: name, title: title, claims: [exactSlopeClaim(all)], details: [slopeTable(all)], provenance: provenance)
    }

    /// The timing claims of a timing or model-timing CSV. `exactSlope`: whether the raw exact
    /// lines' L^2 claim is decided here (false when a finer exact-only spec decides it).
    static func section(name: String, title: String, path: String, provenance: String, exactSlope: Bool = true) throws -> ReportSection {
        let rows = try ResultRows(path: path, required: ["mechanism", "seq_len", "pass", "median_s", "status"])
        let all = try lines(rows)
        var claims: [Claim] = [], details: [String] = [slopeTable(all)]
        let exactLines = all.filter { $0.mechanism == MechanismColumns.exact }
        if exactSlope && (exactLines.isEmpty || exactLines.contains(where: { $0.model.isEmpty })) {
            claims.append(exactSlopeClaim(all))
        }
        if exactLines.contains(where: { !$0.model.isEmpty }) {
            claims.append(quadraticClaim(exactLines.filter { !$0.model.isEmpty }))
        }
        claims.append(slopeClaim(id: "favor-slope", lines: all.filter(\.isFavor),
                                 paper: "FAVOR+ time grows as L. Effect: the same log-log slope and interval per performer-* line; holds when the interval is below \(favorSlopeMax)",
                                 threshold: favorSlopeMax, side: .below))

        // Per facet: crossover, reach, ratios.
        let facets = Array(Set(all.map(\.facet))).sorted()
        var crossVerdicts: [Verdict] = [], crossText: [String] = [], crossFacets: [Facet] = []
        var reachVerdicts: [Verdict] = [], reachText: [String] = [], reachFacets: [Facet] = []
        var ratioVerdicts: [Verdict] = [], ratioText: [String] = [], ratioFacets: [Facet] = []
        let hasModel = all.contains { !$0.model.isEmpty }
        for f in facets {
            let inFacet = all.filter { $0.facet == f }
            let exact = inFacet.first { $0.mechanism == MechanismColumns.exact }
            for favor in inFacet where favor.isFavor {
                guard let exact else { continue }
                let name = favor.name
                guard let (crossover, last) = Self.crossover(fast: favor.points, slow: exact.points) else {
                    crossVerdicts.append(.notMeasured); crossText.append("\(f), \(favor.mechanism): no common L")
                    crossFacets.append(Facet(name: name, verdict: .notMeasured, evidence: "no common L")); continue
                }
                let ratioExact = favor.points[last]! / exact.points[last]!
                let text: String
                if let c = crossover {
                    crossVerdicts.append(.holds)
                    text = "faster from L = \(Fmt.length(c)); at \(Fmt.length(last)) \(Fmt.g(favor.points[last]!)) s vs \(Fmt.g(exact.points[last]!)) s (ratio \(Fmt.g(ratioExact)))"
                } else {
                    crossVerdicts.append(.doesNotHold)
                    text = "not faster at the largest common L = \(Fmt.length(last)) (\(Fmt.g(favor.points[last]!)) s vs \(Fmt.g(exact.points[last]!)) s)"
                }
                crossText.append("\(f), \(favor.mechanism): " + text)
                crossFacets.append(Facet(name: name, verdict: crossVerdicts.last!, evidence: text))
                if let fm = favor.maxL, let em = exact.maxL {
                    let (verdict, why, text) = reach(favor: favor, exact: exact, measured: (fm, em))
                    reachVerdicts.append(verdict)
                    reachText.append("\(f), \(favor.mechanism) " + text)
                    reachFacets.append(Facet(name: name, verdict: verdict, evidence: text, notTestable: why))
                }
            }
            if let x = inFacet.first(where: { $0.mechanism == MechanismColumns.identity }) {
                for favor in inFacet where favor.isFavor {
                    guard let last = Set(x.points.keys).intersection(favor.points.keys).max() else { continue }
                    let r = favor.points[last]! / x.points[last]!
                    ratioVerdicts.append(r <= closeToXMax ? .holds : .doesNotHold)
                    ratioText.append("\(f), \(favor.mechanism)/X at \(Fmt.length(last)) = \(Fmt.g(r))")
                    ratioFacets.append(Facet(name: favor.name, verdict: ratioVerdicts.last!, evidence: "\(favor.mechanism)/X at \(Fmt.length(last)) = \(Fmt.g(r))"))
                }
            }
        }
        var cross = Claim(id: "crossover", paper: "FAVOR+ becomes faster than exact attention as L grows (holds in a facet when FAVOR+ is faster from some L on through the largest common L)",
                          verdict: Verdict.all(crossVerdicts), evidence: crossText.isEmpty ? "no facet with both exact and FAVOR+ rows" : crossText.joined(separator: "; "))
        cross.facets = crossFacets
        claims.append(cross)
        var reach = Claim(id: "reach", paper: "Within the memory budget FAVOR+ reaches longer sequences than exact attention (paper: exact stops at the V100's 16 GB; largest Performer L = 2^15 for the model)",
                          verdict: Verdict.all(reachVerdicts), evidence: reachText.isEmpty ? "no facet with both exact and FAVOR+ rows" : reachText.joined(separator: "; "))
        if !reachVerdicts.isEmpty && reach.verdict == .notMeasured {
            reach.notTestable = reachFacets.compactMap(\.notTestable).first ?? Self.sweepEndsFirst
        }
        reach.facets = reachFacets
        claims.append(reach)
        if let flash = try FlashCrossover.claim(path: path) { claims.append(flash) }
        if let lsh = try ReformerSpeedClaim.claim(path: path) { claims.append(lsh) }
        if hasModel {
            var close = Claim(id: "close-to-x", paper: "Performer time is close to X, the same model whose attention returns V (holds in a facet when Performer / X <= \(closeToXMax) at the largest common L)",
                              verdict: Verdict.all(ratioVerdicts), evidence: ratioText.isEmpty ? "no facet with both identity (X) and FAVOR+ rows" : ratioText.joined(separator: "; "))
            close.facets = ratioFacets
            claims.append(close)
        } else if !ratioText.isEmpty {
            details.append("Performer-to-X time ratios at the largest common L (raw attention: X only copies V, so no threshold is applied; the paper's \"close to X\" is a whole-model claim): " + ratioText.joined(separator: "; ") + ".")
        }
        if !hasModel { claims += MemoryClaims.claims(rows.table.rows) }
        return ReportSection(name: name, title: title, claims: claims, details: details, provenance: provenance)
    }

    static func slopeClaim(id: String, lines: [Line], paper: String, threshold: Double, side: Decision.Side) -> Claim {
        let checks: [(facet: String, check: Decision)] = lines.map { l in
            let label = l.name
            let s = l.slope
            let upper = l.points.filter { $0.key >= s.from && $0.key > 0 && $0.value > 0 }.map { (x: log2($0.key), y: log2($0.value)) }
            guard let i = Stats.regression(upper) else {
                return (label, .notMeasured(label, s.slope.map { "slope \(Fmt.slope($0)) from \(s.used) points: no interval below 3 points" } ?? "fewer than 2 points"))
            }
            return (label, .decide("\(label) over \(Fmt.length(s.from))..\(Fmt.length(l.maxL!))", effect: i, threshold: threshold, side: side))
        }
        return Claim(id: id, paper: paper, facetChecks: checks, empty: "no such lines in the CSV")
    }

    /// Whole models: exact-attention model time fitted as a + bL + cL^2 over each line's L;
    /// the paper's model predicts a quadratic term (attention) that dominates beyond the
    /// crossover, so the check is c > 0 (95% interval from the residuals of a fit weighted by
    /// 1/time^2, WeightedFit.swift: timing noise grows with the time), with the fitted
    /// quadratic share of the time at the largest L printed beside it.
    static func quadraticClaim(_ lines: [Line]) -> Claim {
        let checks: [(facet: String, check: Decision)] = lines.map { l in
            let label = l.name
            let pts = l.points.map { (x: $0.key, y: $0.value) }.sorted { $0.x < $1.x }
            guard let fit = Stats.relativeQuadraticFit(pts), let ci = fit.cInterval, let top = l.maxL else {
                return (label, .notMeasured(label, "fewer than 4 points for a + bL + cL^2"))
            }
            var d = Decision.decide("\(label): c in a + bL + cL^2 (s per token^2)", effect: ci, threshold: 0, side: .above)
            d.text += "; fitted quadratic share at \(Fmt.length(top)): \(Fmt.percent(fit.share(top)))"
            return (label, d)
        }
        return Claim(id: "exact-quadratic", paper: "Whole models with exact attention: time = a + bL + cL^2 whose quadratic (attention) term grows to dominate (the L^2 slope is a raw-attention claim; a whole model at moderate L is mostly linear layers). Holds when c's 95% interval is above 0",
                     facetChecks: checks, empty: "no whole-model exact lines")
    }
}
