import Foundation
import ResultsFormat
import Statistics

/// Memory claims of the raw attention timing CSV (timing-attention), from each configuration's
/// `peak_bytes`: the harness allocator's high-water mark over the timed calls (one number per
/// configuration and L, so no sampling interval: the verdicts below compare the measured
/// number itself with the threshold and say "deterministic").
///
/// - `linear-memory`: every mechanism but `exact` (which holds the L x L scores) needs memory
///   linear in L: the least-squares slope of log2 peak bytes on log2 L over the upper half of
///   the line's L range (at least its last 3 points) is below `linearSlopeBelow`, per facet.
/// - `exact-memory`: exact attention's slope is above `quadraticSlopeAbove`.
/// - `favor-no-lmd`: FAVOR+ never holds an L x m x d tensor (the causal prefix sums taken
///   naively): at the line's largest L, peak bytes per token and head, in Float32 values, stay
///   below m x d (one such tensor needs m x d per token and head, whatever else is live).
enum MemoryClaims {
    static let linearSlopeBelow = 1.15
    static let quadraticSlopeAbove = 1.7

    struct Line {
        var mechanism: String, causal: String, pass: String
        /// Whether the line is FAVOR+ (its rows have a `kernel`).
        var isFavor = false
        var features: Double?, headDim: Double?, heads: Double?, batch: Double?
        /// seq_len -> peak bytes (ok rows with a positive peak).
        var peaks: [Double: Double] = [:]
        var facet: String { "causal=\(causal), pass=\(pass)" }
    }

    static func lines(_ rows: [[String: String]]) -> [Line] {
        var byId: [String: Line] = [:], order: [String] = []
        for r in rows where r["status"] == "ok" {
            let model = r["model"] ?? ""
            guard model.isEmpty || model == "none",
                  let L = Double(r["seq_len"] ?? ""), let peak = Double(r["peak_bytes"] ?? ""), L > 0, peak > 0 else { continue }
            let m = r["mechanism"] ?? "", c = r["causal"] ?? "", p = r["pass"] ?? ""
            let id = [m, c, p].joined(separator: "|")
            if byId[id] == nil {
                byId[id] = Line(mechanism: m, causal: c, pass: p, isFavor: MechanismColumns.isFavor(r), features: Double(r["features"] ?? ""), headDim: Double(r["head_dim"] ?? ""),
                                heads: Double(r["heads"] ?? ""), batch: Double(r["batch"] ?? ""))
                order.append(id)
            }
            byId[id]!.peaks[L] = peak
        }
        return order.map { byId[$0]! }
    }

    /// The least-squares slope of log2 peak bytes on log2 L over the line's upper half (at
    /// least its last 3 points; `Stats.upperHalfLogSlope`, as the time slopes) and the L range
    /// it used; nil below 3 points.
    static func slope(_ l: Line) -> (value: Double, from: Double, to: Double)? {
        let s = Stats.upperHalfLogSlope(l.peaks.map { (x: $0.key, y: $0.value) })
        guard s.used >= 3, let value = s.slope, let to = l.peaks.keys.max() else { return nil }
        return (value, s.from, to)
    }

    /// A check of a single measured number (no sampling interval): holds when it lies on the
    /// claim's side of the threshold, else does not hold. It carries no interval, so it is not
    /// one of the report's 95% interval checks (Multiplicity).
    static func measured(_ label: String, value: Double, method: String, threshold: Double, side: Decision.Side) -> Decision {
        let holds = side == .below ? value < threshold : value > threshold
        let verdict: Verdict = holds ? .holds : .doesNotHold
        let text = "\(label): \(Fmt.g(value)) (\(method); deterministic: one measurement, no sampling interval) vs threshold \(side == .below ? "<" : ">") \(Fmt.g(threshold)): \(verdict.rawValue)"
        return Decision(verdict: verdict, effect: nil, threshold: threshold, nNeeded: nil, text: text)
    }

    static func claims(_ rows: [[String: String]]) -> [Claim] {
        let all = lines(rows)
        guard all.contains(where: { !$0.peaks.isEmpty }) else { return [] }
        func slopeChecks(_ ls: [Line], threshold: Double, side: Decision.Side) -> [(facet: String, check: Decision)] {
            ls.map { l in
                let label = "\(l.mechanism) (\(l.facet))"
                guard let s = slope(l) else { return (label, .notMeasured(label, "fewer than 3 lengths with a peak")) }
                return (label, measured("\(label) over \(Fmt.length(s.from))..\(Fmt.length(s.to))", value: s.value,
                                        method: "least-squares slope of log2 peak bytes on log2 L, the allocator's high-water mark at each L", threshold: threshold, side: side))
            }
        }
        var claims: [Claim] = []
        let linear = all.filter { $0.mechanism != MechanismColumns.exact }
        claims.append(Claim(id: "linear-memory",
                            paper: "The linear mechanisms never materialise L x L: measured peak memory grows linearly in L. Effect: the slope of log2 peak bytes on log2 L over the upper half of each line's L range (at least 3 points; one measurement per L, so the verdict compares the number itself); holds when below \(Fmt.g(linearSlopeBelow)), per facet",
                            facetChecks: slopeChecks(linear, threshold: linearSlopeBelow, side: .below), empty: "no linear-mechanism lines with peak bytes"))
        let exact = all.filter { $0.mechanism == MechanismColumns.exact }
        if !exact.isEmpty {
            claims.append(Claim(id: "exact-memory",
                                paper: "Exact attention holds the L x L scores: its peak memory grows as L^2. Effect: the same slope; holds when above \(Fmt.g(quadraticSlopeAbove))",
                                facetChecks: slopeChecks(exact, threshold: quadraticSlopeAbove, side: .above), empty: "no exact lines with peak bytes"))
        }
        let favor = all.filter(\.isFavor)
        if !favor.isEmpty {
            let checks: [(facet: String, check: Decision)] = favor.map { l in
                let label = "\(l.mechanism) (\(l.facet))"
                guard let (L, peak) = l.peaks.max(by: { $0.key < $1.key }) else { return (label, .notMeasured(label, "no peak")) }
                guard let m = l.features, let d = l.headDim, let h = l.heads, let b = l.batch, m > 0, d > 0, h > 0, b > 0 else {
                    return (label, .notMeasured(label, "m, head_dim, heads or batch not recorded"))
                }
                let perTokenHead = peak / 4 / (L * h * b)
                return (label, measured("\(label): peak Float32 values per token and head / (m x d)", value: perTokenHead / (m * d),
                                method: "\(Fmt.g(perTokenHead)) values per token and head at L = \(Fmt.length(L)) over m x d = \(Int(m)) x \(Int(d))", threshold: 1, side: .below))
            }
            claims.append(Claim(id: "favor-no-lmd",
                                paper: "FAVOR+ never holds an L x m x d tensor (causal prefix sums included): at each line's largest L, the peak Float32 values per token and head divided by m x d; holds when below 1 (one such tensor alone would need 1)",
                                facetChecks: checks, empty: "no FAVOR+ lines with peak bytes"))
        }
        return claims
    }
}
