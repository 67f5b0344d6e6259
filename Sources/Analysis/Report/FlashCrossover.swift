import Foundation
import ResultsFormat
import Statistics

/// The crossover against tiled exact attention (exact-flash): from which L FAVOR+ (softmax and
/// ReLU features) is faster than `exact-flash`, the tiled exact attention with no L x L
/// matrix, per (model, causal, pass) of a timing CSV.
///
/// The crossover of a (FAVOR+ line, exact-flash line) pair is the smallest common L from which
/// FAVOR+ is faster at every larger common L. When exact-flash stopped (time budget) before
/// FAVOR+ did, the larger L are "not reached" by exact-flash: they are listed, never counted
/// as FAVOR+ wins.
enum FlashCrossover {
    /// The feature maps (`kernel` column) of the FAVOR+ lines compared: the paper's
    /// Performer-softmax (positive random features) and Performer-ReLU.
    static let favorKernels = ["positive", "relu"]

    /// One claim over every (causal, pass, FAVOR+ line) in the CSV at `path`: holds when each
    /// has a crossover, does not hold when one is slower at the largest common L; nil when the
    /// CSV has no ok exact-flash rows (a sweep without it makes no such claim).
    static func claim(path: String) throws -> Claim? {
        let rows = try ResultRows(path: path, required: ["mechanism", "seq_len", "pass", "median_s", "status"])
        // (mechanism, causal, pass) -> L -> median seconds of ok rows
        var points: [String: [Double: Double]] = [:]
        // kernel -> the FAVOR+ mechanisms with it, in CSV order
        var favorByKernel: [String: [String]] = [:]
        for r in rows.table.rows where r["status"] == "ok" {
            let mech = r["mechanism"] ?? "", kernel = r["kernel"] ?? ""
            let isFavor = MechanismColumns.isFavor(r) && favorKernels.contains(kernel)
            guard mech == MechanismColumns.exactFlash || isFavor else { continue }
            if isFavor && !favorByKernel[kernel, default: []].contains(mech) { favorByKernel[kernel, default: []].append(mech) }
            let model = (r["model"] ?? "") == "none" ? "" : (r["model"] ?? "")
            let key = [mech, model, r["causal"] ?? "", r["pass"] ?? ""].joined(separator: "|")
            points[key, default: [:]][try rows.number(r, "seq_len")] = try rows.number(r, "median_s")
        }
        guard points.keys.contains(where: { $0.hasPrefix(MechanismColumns.exactFlash + "|") }) else { return nil }
        let favorLines = favorKernels.flatMap { favorByKernel[$0] ?? [] }
        var verdicts: [Verdict] = [], text: [String] = [], facetVerdicts: [Facet] = []
        let facets = Set(points.keys.map { $0.split(separator: "|", omittingEmptySubsequences: false).dropFirst().joined(separator: "|") })
        for facet in facets.sorted() {
            guard let flash = points[MechanismColumns.exactFlash + "|" + facet] else { continue }
            let parts = facet.split(separator: "|", omittingEmptySubsequences: false)
            let label = [parts[0].isEmpty ? nil : "model=\(parts[0])", "causal=\(parts[1])", "pass=\(parts[2])"].compactMap { $0 }.joined(separator: ", ")
            for mech in favorLines {
                guard let favor = points[mech + "|" + facet] else { continue }
                let beyond = favor.keys.filter { $0 > (flash.keys.max() ?? 0) }.sorted()
                let notReached = beyond.isEmpty ? "" : "; exact-flash did not reach \(beyond.map(Fmt.length).joined(separator: ", ")) (FAVOR+ did)"
                guard let (crossover, last) = TimingClaims.crossover(fast: favor, slow: flash) else {
                    verdicts.append(.notMeasured); text.append("\(label), \(mech): no common L")
                    facetVerdicts.append(Facet(name: "\(mech) (\(label))", verdict: .notMeasured, evidence: "no common L")); continue
                }
                let at = "at \(Fmt.length(last)) \(Fmt.g(favor[last]!)) s vs \(Fmt.g(flash[last]!)) s"
                let reading: String
                if let c = crossover {
                    verdicts.append(.holds)
                    reading = "faster than exact-flash from L = \(Fmt.length(c)) (\(at))\(notReached)"
                } else {
                    verdicts.append(.doesNotHold)
                    reading = "not faster than exact-flash at the largest common L (\(at))\(notReached)"
                }
                text.append("\(label), \(mech): " + reading)
                facetVerdicts.append(Facet(name: "\(mech) (\(label))", verdict: verdicts.last!, evidence: reading))
            }
        }
        var claim = Claim(id: "crossover-flash",
                          paper: "FAVOR+ (softmax and ReLU features) becomes faster than tiled exact attention with no L x L matrix (exact-flash) as L grows (holds in a facet, model size, causal/pass and feature map, when FAVOR+ is faster from some L on through the largest L both measured)",
                          verdict: verdicts.isEmpty ? .notMeasured : Verdict.all(verdicts),
                          evidence: text.isEmpty ? "no exact-flash rows with FAVOR+ rows beside them" : text.joined(separator: "; "))
        claim.facets = facetVerdicts
        return claim
    }
}
