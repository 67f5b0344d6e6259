import Foundation
import Statistics

/// One facet of a claim that the paper distinguishes (direction causal/bidirectional, pass
/// forward/forward+backward, model size, kernel or mechanism, input scale), with its own
/// verdict: a claim checked over several facets is reported per facet, so no facet's verdict
/// hides behind a merged one.
public struct Facet: Equatable {
    /// The facet as the report names it, e.g. "performer-softmax (causal=false, pass=forward)".
    public var name: String
    public var verdict: Verdict
    /// For an inconclusive facet: the samples that would decide it (as `Claim.nNeeded`).
    public var nNeeded: Int?
    /// Measured, but not testable: why (the verdict is then `.notMeasured`).
    var notTestable: String?
    /// The numbers that decided this facet, without the facet's name.
    var evidence: String

    public init(name: String, verdict: Verdict, evidence: String, nNeeded: Int? = nil, notTestable: String? = nil) {
        self.name = name; self.verdict = verdict; self.evidence = evidence; self.nNeeded = nNeeded; self.notTestable = notTestable
    }

    var outcome: Outcome { Outcome(verdict, notTestable: notTestable) }

    /// The verdict as the report prints it.
    var verdictText: String { Claim.verdictText(verdict, nNeeded: nNeeded, runs: nil, notTestable: notTestable) }

    /// One facet per distinct name of `checks`, in first-seen order: its verdict combines its
    /// checks (`Verdict.all`), its evidence is their texts, each without a leading facet name.
    static func grouping(_ checks: [(facet: String, check: Decision)]) -> [Facet] {
        var order: [String] = [], byName: [String: [Decision]] = [:]
        for (f, d) in checks {
            if byName[f] == nil { order.append(f) }
            byName[f, default: []].append(d)
        }
        return order.map { f in
            let ds = byName[f]!
            return Facet(name: f, verdict: Verdict.all(ds.map(\.verdict)), evidence: ds.map { withoutName($0.text, f) }.joined(separator: "; "),
                         nNeeded: ds.filter { $0.verdict == .inconclusive }.compactMap(\.nNeeded).max())
        }
    }

    /// `text` without `name` in front (and the ", " or ": " after it), for a row that already
    /// names the facet.
    static func withoutName(_ text: String, _ name: String) -> String {
        guard text.hasPrefix(name) else { return text }
        let rest = text.dropFirst(name.count).drop { $0 == "," || $0 == ":" || $0 == " " }
        return rest.isEmpty ? text : String(rest)
    }
}

extension Claim {
    /// A claim from decided checks, each on one named facet: the combined verdict and evidence
    /// as `init(id:paper:checks:empty:)`, plus one `Facet` per distinct facet name.
    public init(id: String, paper: String, facetChecks: [(facet: String, check: Decision)], empty: String) {
        self.init(id: id, paper: paper, checks: facetChecks.map { $0.check }, empty: empty)
        facets = Facet.grouping(facetChecks)
    }

    /// Whether the report shows this claim per facet (more than one facet).
    var isFaceted: Bool { facets.count > 1 }

    /// The verdicts the report prints (and counts) for this claim: one per facet when it is
    /// faceted, else its own.
    var outcomes: [Outcome] { isFaceted ? facets.map(\.outcome) : [outcome] }

    /// The facet named `name`, if the claim has it.
    func facet(_ name: String) -> Facet? { facets.first { $0.name == name } }
}
