import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics
import PerformerTensor

/// The alpha-spending plan: its increments sum to alpha, and under the null a claim looked at
/// after every round and stopped at the first decision is decided wrongly at most alpha of
/// the time (simulation), while looking at 95% every round inflates it.
final class SequentialTests: XCTestCase {
    func testSpendingSumsToAlpha() {
        let plan = SequentialPlan(looks: 4)
        let total = (1...4).reduce(0.0) { $0 + plan.increment(look: $1) }
        XCTAssertEqual(total, 0.05, accuracy: 1e-9)
        // Lan-DeMets O'Brien-Fleming at t = 1/2: 2 - 2 Phi(1.959964 / sqrt 0.5) = 0.005575
        // (scipy: 2 - 2 * norm.cdf(norm.ppf(0.975) / sqrt(0.5))).
        XCTAssertEqual(plan.spent(0.5), 0.0055746, accuracy: 1e-6)
        XCTAssertLessThan(plan.increment(look: 1), plan.increment(look: 4))
    }

    func testErrorRateUnderTheNullWithOptionalStopping() {
        // 4000 trials of N(0, 1) data in 4 rounds of 5 samples; H0 (mean 0) is true, so any
        // decision (t-interval excluding 0) is an error. The Monte Carlo standard error of a
        // rate near 0.05 over 4000 trials is sqrt(0.05 x 0.95 / 4000) = 0.0034; the tolerance
        // is 3 of them (a false failure about 1 time in 700).
        let trials = 4000, rounds = 4, perRound = 5
        let plan = SequentialPlan(looks: rounds)
        var rng = SeededGenerator(seed: 24)
        var spentErrors = 0, naiveErrors = 0
        for _ in 0..<trials {
            var x: [Double] = []
            var spentStopped = false, naiveStopped = false
            for k in 1...rounds {
                for _ in 0..<perRound { x.append(rng.nextGaussian()) }
                if !spentStopped, let i = Stats.tInterval(x, level: plan.level(look: k)), !i.contains(0) { spentErrors += 1; spentStopped = true }
                if !naiveStopped, let i = Stats.tInterval(x, level: 0.95), !i.contains(0) { naiveErrors += 1; naiveStopped = true }
            }
        }
        print("sequential null error rate: spent \(Double(spentErrors) / Double(trials)), four unadjusted looks \(Double(naiveErrors) / Double(trials)) over \(trials) trials")
        let tolerance = 3 * (0.05 * 0.95 / Double(trials)).squareRoot()
        let spentRate = Double(spentErrors) / Double(trials), naiveRate = Double(naiveErrors) / Double(trials)
        XCTAssertLessThanOrEqual(spentRate, 0.05 + tolerance, "spent \(spentRate)")
        // Four unadjusted looks at 95% reject a true null about 12-13% of the time.
        XCTAssertGreaterThan(naiveRate, 0.05 + tolerance, "naive \(naiveRate)")
    }
}
