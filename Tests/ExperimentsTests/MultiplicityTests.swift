import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Holm's step-down on hand-computed cases and the p-values read from decisions.
final class MultiplicityTests: XCTestCase {
    func testHolmStepDown() {
        // Sorted: 0.005 <= 0.05/4, 0.01 <= 0.05/3, 0.03 > 0.05/2: stop; 0.04 is not reached.
        XCTAssertEqual(Multiplicity.holm([0.01, 0.04, 0.03, 0.005]), [true, false, false, true])
        XCTAssertEqual(Multiplicity.holm([0.001, 0.002]), [true, true])
        XCTAssertEqual(Multiplicity.holm([0.2]), [false])
    }

    func testPValues() throws {
        // scipy.stats.binomtest(3, 3, 0.5).pvalue = 0.25; binomtest(0, 6, 0.5) = 0.03125.
        XCTAssertEqual(Multiplicity.binomialTwoSided(3, of: 3, p0: 0.5), 0.25, accuracy: 1e-12)
        XCTAssertEqual(Multiplicity.binomialTwoSided(0, of: 6, p0: 0.5), 0.03125, accuracy: 1e-12)
        // A t-interval with se 1 whose estimate is 1.959964 se from the threshold: p = 0.05.
        let i = Interval(estimate: 1.959964, lower: 0, upper: 4, method: "t", n: 30, standardError: 1)
        let p = try XCTUnwrap(Multiplicity.pValue(Decision.decide("x", effect: i, threshold: 0, side: .above)))
        XCTAssertEqual(p, 0.05, accuracy: 1e-6)
        let claims = [Claim(id: "a", paper: "", checks: [Decision.decide("x", effect: i, threshold: -1, side: .above),
                                                         Decision.proportion("y", successes: 3, of: 3, threshold: 0.5, side: .above)], empty: "")]
        let text = try XCTUnwrap(Multiplicity.statement(claims))
        // One decided check (p = 2(1 - Phi(2.96)) = 0.0031 <= 0.05): retained.
        XCTAssertTrue(text.contains("family is its 2 interval checks, 1 of them decided") && text.contains("retains 1 of the 1"), text)
    }
}
