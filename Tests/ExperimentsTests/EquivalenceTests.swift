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
}
