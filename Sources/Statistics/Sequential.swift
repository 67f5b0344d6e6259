import Foundation

/// Sequential evidence valid under optional stopping: a claim looked at after each of up to
/// `looks` rounds (more seeds, samples or repeats) spends its error rate alpha over the looks
/// with the O'Brien-Fleming-type spending function of Lan and DeMets (1983, Biometrika
/// 70:659),
///
///     alpha(t) = 2 - 2 Phi(z_{1 - alpha/2} / sqrt(t)),  t = information fraction in (0, 1],
///
/// so alpha(1) = alpha and early looks spend almost nothing. Look k is decided with a two-sided
/// interval at level 1 - (alpha(t_k) - alpha(t_{k-1})): by the union bound the probability of
/// any wrong decision over all looks is at most the sum of the increments, alpha, whatever the
/// stopping rule (conservative: the looks' correlation is not used to widen the increments).
struct SequentialPlan: Equatable, Sendable {
    /// Planned looks (the rounds a spec allows up to its cost cap).
    var looks: Int
    /// Overall two-sided error rate.
    var alpha: Double

    init(looks: Int, alpha: Double = 0.05) {
        precondition(looks >= 1 && alpha > 0 && alpha < 1, "sequential plan needs looks >= 1 and 0 < alpha < 1 (looks \(looks), alpha \(alpha))")
        self.looks = looks; self.alpha = alpha
    }

    /// O'Brien-Fleming-type spending at information fraction t.
    func spent(_ t: Double) -> Double {
        guard t > 0 else { return 0 }
        return 2 - 2 * Stats.normalCDF(Stats.normalQuantile(1 - alpha / 2) / Swift.min(1, t).squareRoot())
    }

    /// The error rate spent at look k (1-based) of equally spaced looks.
    func increment(look k: Int) -> Double {
        precondition(k >= 1 && k <= looks, "look \(k) outside 1...\(looks)")
        return spent(Double(k) / Double(looks)) - spent(Double(k - 1) / Double(looks))
    }

    /// The two-sided interval level at look k: 1 - increment(k).
    func level(look k: Int) -> Double { 1 - increment(look: k) }
}
