import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Two one-sided tests and the three-way superiority/equivalence decision on hand-made
/// intervals whose position against the margin is known exactly.
final class EquivalenceTests: XCTestCase {
    func interval(_ e: Double, _ lo: Double, _ hi: Double, n: Int = 100) -> Interval {
        Interval(estimate: e, lower: lo, upper: hi, method: "test", n: n, standardError: (hi - lo) / 2 / 1.644854)
    }

    func testEquivalenceInsideOutsideStraddling() {
        XCTAssertEqual(Decision.equivalence("x", effect: interval(1, 0.95, 1.05), low: 0.9, high: 1.1).verdict, .holds)
        XCTAssertEqual(Decision.equivalence("x", effect: interval(1.3, 1.2, 1.4), low: 0.9, high: 1.1).verdict, .doesNotHold)
        let d = Decision.equivalence("x", effect: interval(1.03, 0.95, 1.11), low: 0.9, high: 1.1)
        XCTAssertEqual(d.verdict, .inconclusive)
        // Nearer edge 1.1 is 0.07 away; se = 0.08 / 1.644854 = 0.0486 at n = 100; at 80% power
        // with the 90% quantile: n = 100 ((1.644854 + 0.841621) 0.0486 / 0.07)^2 = 298.3 -> 299.
        XCTAssertEqual(d.nNeeded, 299, d.text)
        XCTAssertTrue(d.text.contains("two one-sided tests at 5%"), d.text)
    }

    func testSuperiorityOrEquivalence() {
        let better = Decision.superiorityOrEquivalence("x", superiority: interval(0.8, 0.77, 0.83), equivalence: interval(0.8, 0.78, 0.82),
                                                       threshold: 1, side: .below, low: 0.9, high: 1.1)
        XCTAssertEqual(better.verdict, .holds)
        let same = Decision.superiorityOrEquivalence("x", superiority: interval(0.99, 0.91, 1.08), equivalence: interval(0.99, 0.925, 1.06),
                                                     threshold: 1, side: .below, low: 0.9, high: 1.1)
        XCTAssertEqual(same.verdict, .doesNotHold)
        XCTAssertTrue(same.text.contains("equivalent, so no benefit"), same.text)
        let open = Decision.superiorityOrEquivalence("x", superiority: interval(1.03, 0.93, 1.13), equivalence: interval(1.03, 0.95, 1.11),
                                                     threshold: 1, side: .below, low: 0.9, high: 1.1)
        XCTAssertEqual(open.verdict, .inconclusive)
        XCTAssertNotNil(open.nNeeded)
        let worse = Decision.superiorityOrEquivalence("x", superiority: interval(1.3, 1.2, 1.4), equivalence: interval(1.3, 1.22, 1.38),
                                                      threshold: 1, side: .below, low: 0.9, high: 1.1)
        XCTAssertEqual(worse.verdict, .doesNotHold)
    }

    /// A sequential look's alpha: the text names it and the TOST p-value reads the interval
    /// with z_(1 - alpha). Interval 1 +- 0.06 at 1 - 2 x 0.0155 (z_0.9845 = 2.1571): se =
    /// 0.06 / 2.1571 = 0.02782, and the nearer margin 0.9 is 0.1 away: p = 1 - Phi(3.5949) =
    /// 1.62e-4 (python3: 1 - NormalDist().cdf(0.1 / (0.06 / NormalDist().inv_cdf(0.9845)))).
    func testEquivalenceAtALooksAlpha() {
        let i = Interval(estimate: 1, lower: 0.94, upper: 1.06, method: "test", n: 100)
        let d = Decision.equivalence("x", effect: i, low: 0.9, high: 1.1, alpha: 0.0155)
        XCTAssertEqual(d.verdict, .holds)
        XCTAssertTrue(d.text.contains("two one-sided tests at 1.55% each"), d.text)
        XCTAssertEqual(d.pValue ?? .nan, 1.62e-4, accuracy: 0.02e-4)
        // The superiority/equivalence form passes its level on: alpha = 1 - level.
        let s = Decision.superiorityOrEquivalence("x", superiority: Interval(estimate: 1, lower: 0.93, upper: 1.07, method: "test", n: 100), equivalence: i,
                                                  threshold: 1, side: .below, low: 0.9, high: 1.1, level: 0.9845)
        XCTAssertEqual(s.verdict, .doesNotHold)
        XCTAssertTrue(s.text.contains("two one-sided tests at 1.55% each"), s.text)
        XCTAssertEqual(s.pValue ?? .nan, 1.62e-4, accuracy: 0.02e-4)
    }

    /// An interval symmetric on a log scale (a ratio's bootstrap interval) is read side by
    /// side: exp(0 +- 0.1) = [0.9048, 1.1052] at 90%, margins 1 +- 0.2. Against 0.8 the lower
    /// side's se is (1 - 0.9048) / 1.6449 = 0.05787, p = 1 - Phi(0.2 / 0.05787) = 2.74e-4;
    /// against 1.2 the upper side's se is 0.1052 / 1.6449 = 0.06394, p = 1 - Phi(3.128) =
    /// 8.8e-4, the larger, so the TOST p.
    func testEquivalencePValueReadsEachSide() {
        let i = Interval(estimate: 1, lower: Foundation.exp(-0.1), upper: Foundation.exp(0.1), method: "test", n: 100)
        let d = Decision.equivalence("x", effect: i, low: 0.8, high: 1.2)
        XCTAssertEqual(d.verdict, .holds)
        let z = Stats.normalQuantile(0.95)
        let expected = 1 - Stats.normalCDF(0.2 / ((Foundation.exp(0.1) - 1) / z))
        XCTAssertEqual(d.pValue ?? .nan, expected, accuracy: 1e-12)
        XCTAssertEqual(expected, 8.8e-4, accuracy: 0.1e-4)
    }
}
