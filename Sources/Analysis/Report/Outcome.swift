import Foundation
import Statistics

/// What the report prints for one verdict: `Verdict`'s four values, with "not testable"
/// (measured, but a premise the comparison rests on failed; `Claim.notTestable` says which)
/// told apart from "not measured" (no results file, or no rows the claim reads).
public enum Outcome: String, CaseIterable, Equatable, Sendable {
    case holds = "holds"
    case doesNotHold = "does not hold"
    case inconclusive = "inconclusive"
    case notTestable = "not testable"
    case notMeasured = "not measured"

    init(_ verdict: Verdict, notTestable: String?) {
        switch verdict {
        case .holds: self = .holds
        case .doesNotHold: self = .doesNotHold
        case .inconclusive: self = .inconclusive
        case .notMeasured: self = notTestable == nil ? .notMeasured : .notTestable
        }
    }

    /// "11 hold, 1 inconclusive" for `outcomes` (in this enum's order, zero counts left out).
    static func counts(_ outcomes: [Outcome]) -> String {
        allCases.compactMap { o in
            let n = outcomes.filter { $0 == o }.count
            guard n > 0 else { return nil }
            switch o {
            case .holds: return "\(n) hold\(n == 1 ? "s" : "")"
            case .doesNotHold: return "\(n) do\(n == 1 ? "es" : "") not hold"
            default: return "\(n) \(o.rawValue)"
            }
        }.joined(separator: ", ")
    }
}

extension Claim {
    /// The report's reading: "not testable" when `notTestable` says why, else the verdict.
    var outcome: Outcome { Outcome(verdict, notTestable: notTestable) }

    /// How a verdict prints: "not testable (reason)", "inconclusive (1 run)",
    /// "inconclusive (n needed: 240)", else the verdict's own words.
    static func verdictText(_ verdict: Verdict, nNeeded: Int?, runs: Int?, notTestable: String?) -> String {
        if verdict == .notMeasured, let why = notTestable { return "not testable (\(why))" }
        if verdict == .inconclusive, let r = runs { return "inconclusive (\(r) run\(r == 1 ? "" : "s"))" }
        return verdict == .inconclusive ? "inconclusive" + (nNeeded.map { " (n needed: \($0))" } ?? "") : verdict.rawValue
    }
}
