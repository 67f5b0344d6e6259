import Foundation
import ResultsFormat
import Statistics

/// The decoding section (timing-decoding, kind `decoding`): seconds per generated token vs the
/// context length, FAVOR+ as a recurrence against exact attention with a key-value cache.
///
/// Thresholds, stated before the data: FAVOR+'s time per token does not grow with the context
/// when the 95% interval of its log-log slope (log2 seconds per token on log2 context, least
/// squares over every ok point of the line) lies below `favorSlopeMax`; exact's grows when its
/// interval lies above `exactSlopeMin` (a key-value cache reads every cached row: slope 1 once
/// the rows, not the per-call overhead, dominate). The crossover is the smallest context from
/// which every FAVOR+ line stays faster than exact through the largest common context.
enum DecodingClaims {
    static let favorSlopeMax = 0.2
    static let exactSlopeMin = 0.5


    static func section(name: String, title: String, path: String, provenance: String) throws -> ReportSection {
        let rows = try ResultRows(path: path, required: ["mechanism", "seq_len", "median_s", "status"])
        var lines: [String: [Double: Double]] = [:], order: [String] = []
        // FAVOR+ and exact softmax mechanisms, by their rows' columns.
        var favorMechanisms: Set<String> = [], exactMechanisms: Set<String> = []
        for r in rows.ok {
            let m = r["mechanism"] ?? ""
            if lines[m] == nil { lines[m] = [:]; order.append(m) }
            if MechanismColumns.isFavor(r) { favorMechanisms.insert(m) }
            if MechanismColumns.isExactSoftmax(r) { exactMechanisms.insert(m) }
            lines[m]![try rows.number(r, "seq_len")] = try rows.number(r, "median_s")
        }
        var table = "| mechanism | contexts (ok) | seconds per token at each context |\n|---|---|---|\n"
        for m in order {
            let pts = lines[m]!.sorted { $0.key < $1.key }
            table += "| \(m) | \(pts.count) | " + pts.map { "\(Fmt.length($0.key)): \(Fmt.g($0.value))" }.joined(separator: ", ") + " |\n"
        }
        let favor = order.filter(favorMechanisms.contains), exact = order.filter(exactMechanisms.contains)
        let claims = [
            slopeClaim(id: "favor-flat", lines: favor.map { ($0, lines[$0]!) }, threshold: favorSlopeMax, side: .below,
                       paper: "FAVOR+ decodes in constant time per token (a recurrence over an r x (d + 1) state per head): its time per generated token does not grow with the context. Effect: the log-log slope of seconds per token on context over every measured context, with its 95% t-interval from the regression residuals; holds when the interval is below \(Fmt.g(favorSlopeMax))"),
            slopeClaim(id: "exact-grows", lines: exact.map { ($0, lines[$0]!) }, threshold: exactSlopeMin, side: .above,
                       paper: "Exact attention with a key-value cache reads every cached key and value per token: its time per token grows with the context. Effect: the same slope and interval; holds when the interval is above \(Fmt.g(exactSlopeMin))"),
            crossoverClaim(favor: favor.map { ($0, lines[$0]!) }, exact: exact.map { ($0, lines[$0]!) }),
        ]
        return ReportSection(name: name, title: title, claims: claims, details: [table], provenance: provenance)
    }

    static func slopeClaim(id: String, lines: [(String, [Double: Double])], threshold: Double, side: Decision.Side, paper: String) -> Claim {
        let checks: [(facet: String, check: Decision)] = lines.map { m, points in
            let p = points.filter { $0.key > 0 && $0.value > 0 }.sorted { $0.key < $1.key }
            guard let i = Stats.regression(p.map { (x: log2($0.key), y: log2($0.value)) }) else {
                return (m, .notMeasured(m, "\(p.count) ok contexts: a slope interval needs 3"))
            }
            return (m, .decide("\(m) over \(Fmt.length(p.first!.key))..\(Fmt.length(p.last!.key))", effect: i, threshold: threshold, side: side))
        }
        return Claim(id: id, paper: paper, facetChecks: checks, empty: "no such lines in the CSV")
    }

    /// Holds when every FAVOR+ line is faster than every exact line from some context through
    /// their largest common context; the evidence names that context and the ratio there.
    static func crossoverClaim(favor: [(String, [Double: Double])], exact: [(String, [Double: Double])]) -> Claim {
        var verdicts: [Verdict] = [], text: [String] = [], facets: [Facet] = []
        for (e, ep) in exact {
            for (f, fp) in favor {
                guard let (from, last) = TimingClaims.crossover(fast: fp, slow: ep) else {
                    verdicts.append(.notMeasured); text.append("\(f) vs \(e): no common context")
                    facets.append(Facet(name: "\(f) vs \(e)", verdict: .notMeasured, evidence: "no common context")); continue
                }
                let at = "at \(Fmt.length(last)) \(Fmt.g(fp[last]!)) s vs \(Fmt.g(ep[last]!)) s per token (exact / FAVOR+ = \(Fmt.g(ep[last]! / fp[last]!)))"
                if let from {
                    verdicts.append(.holds)
                    text.append("\(f) faster than \(e) from context \(Fmt.length(from)) on; \(at)")
                } else {
                    verdicts.append(.doesNotHold)
                    text.append("\(f) not faster than \(e) at the largest common context; \(at)")
                }
                facets.append(Facet(name: "\(f) vs \(e)", verdict: verdicts.last!, evidence: Facet.withoutName(text.last!, f)))
            }
        }
        var claim = Claim(id: "crossover", paper: "Beyond some context, FAVOR+ generates a token faster than exact attention with a key-value cache (holds for a pair of lines when the FAVOR+ line is faster from some context through the largest common one; the evidence gives that context)",
                          verdict: Verdict.all(verdicts), evidence: text.isEmpty ? "no exact and FAVOR+ lines to compare" : text.joined(separator: "; "))
        claim.facets = facets
        return claim
    }
}
