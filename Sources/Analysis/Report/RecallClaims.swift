import Foundation
import ResultsFormat
import Statistics

/// MQAR claims as success rates over seeds. Recall is bimodal: a seed either learns the
/// key -> value association (about 100%) or stalls near guessing among the values in the
/// context (100/pairs %), so a mean with a t-interval over a few seeds describes neither mode
/// and runs outside [0, 100]. A seed *recalls* when its final accuracy is at least
/// max(majority baseline, 100/pairs) + `TaskClaims.learnedPoints`; each arm's claim is "it
/// recalls in most seeds": success rate k/n > `majority`, decided on the exact 95%
/// Clopper-Pearson interval (Binomial.swift), inconclusive with the seeds that would decide it
/// if the observed rate held.
extension TaskClaims {
    /// The success rate an arm must exceed to "recall in most seeds".
    static let majority = 0.5

    /// Seeds of `rows` whose accuracy (%) reaches `level` (%).
    static func recalled(_ rows: [Final], level: Double) -> (k: Int, n: Int) {
        (rows.filter { $0.accuracy >= level }.count, rows.count)
    }

    /// The claim "`mechanism` recalls in most seeds" at one setting; `id` and the arm's rows.
    static func recallClaim(id: String, setting: String, mechanism: String, rows: [Final], chance: Double, levels: String) -> Claim {
        let level = chance + learnedPoints
        let (k, n) = recalled(rows, level: level)
        let d = Decision.proportion("\(mechanism): \(k) of \(n) seeds recall", successes: k, of: n, threshold: majority, side: .above)
        let accuracies = rows.map { String(format: "%.1f", $0.accuracy) }.joined(separator: ", ")
        let subject = mechanism == MechanismColumns.exact ? "exact attention" : mechanism
        return Claim(id: id,
                     paper: "\(setting): \(subject) recalls in most seeds (a seed recalls when its accuracy >= max(majority baseline, 1/pairs) + \(Int(learnedPoints)) points; success rate > \(Fmt.g(majority)), exact 95% interval)",
                     checks: [d], empty: "no seeds")
            .withEvidenceSuffix(" (per-seed accuracy %: \(accuracies); recall level \(String(format: "%.1f", level))% from \(levels))")
    }
}

extension Claim {
    func withEvidenceSuffix(_ s: String) -> Claim { var c = self; c.evidence += s; return c }
}
