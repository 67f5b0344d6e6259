import Foundation
import Statistics

extension Multiplicity {
    /// "k decided checks at 95% each; Holm at 5% within the figure retains j of them" for
    /// one figure's claims (their decisions), or nil when the figure has none.
    static func statement(_ claims: [Claim]) -> String? {
        let decided = claims.flatMap(\.decisions).filter { $0.verdict == .holds || $0.verdict == .doesNotHold }
        let p = decided.compactMap { pValue($0) }
        guard !p.isEmpty else { return nil }
        let kept = holm(p).filter { $0 }.count
        let all = claims.flatMap(\.decisions).filter { $0.effect != nil }.count
        let levels = claims.contains(where: \.sequential) ? "at 95% each (the sequential claims' at their look's level, stated with them)" : "at 95% each"
        return "Multiplicity: this figure's family is its \(all) interval checks, \(p.count) of them decided \(levels); Holm's procedure at \(Fmt.percent(alpha)) family-wise within the figure (p-values from each interval's normal approximation, exact binomial for success rates) retains \(kept) of the \(p.count)\(kept < p.count ? "; the others are decided at 95% but not at the family level" : "")."
    }
}
