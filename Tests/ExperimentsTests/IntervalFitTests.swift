import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Intervals that fit their data: exact binomial intervals, Wilson, the 80%-power sample
/// projections, zero-width ("deterministic") intervals and the 1/y^2-weighted quadratic fit.
/// Reference values were computed with scipy 1.x (scipy.stats.beta.ppf for Clopper-Pearson,
/// norm.ppf for Wilson) and numpy.linalg.solve for the weighted fit.
final class IntervalFitTests: XCTestCase {
    func testClopperPearsonMatchesScipy() {
        // The beta quantile is bisected to < 1e-13 and the incomplete beta's continued
        // fraction converges to ~1e-14, so 1e-9 leaves room without hiding a wrong formula.
        let cases: [(k: Int, n: Int, lo: Double, hi: Double)] = [
            (0, 3, 0, 0.707598226179), (3, 3, 0.292401773821, 1), (1, 3, 0.008403758660, 0.905700675950),
            (2, 3, 0.094299324050, 0.991596241340), (5, 20, 0.086571469101, 0.491045871708), (6, 6, 0.540741873560, 1),
        ]
        for c in cases {
            let i = Stats.clopperPearson(c.k, of: c.n)
            XCTAssertEqual(i.lower, c.lo, accuracy: 1e-9, "\(c.k) of \(c.n)")
            XCTAssertEqual(i.upper, c.hi, accuracy: 1e-9, "\(c.k) of \(c.n)")
            XCTAssertEqual(i.estimate, Double(c.k) / Double(c.n))
        }
    }

    func testWilsonMatchesScipyAndStaysInsideTheUnitInterval() {
        let cases: [(k: Int, n: Int, lo: Double, hi: Double)] = [
            (0, 3, 0, 0.561497031755), (3, 3, 0.438502968245, 1), (1, 3, 0.061491944720, 0.792340399198),
            (5, 20, 0.111861701408, 0.468700877619),
        ]
        for c in cases {
            let i = Stats.wilson(c.k, of: c.n)
            // normalQuantile is bisected to 1e-12; the closed form then carries ~1e-12.
            XCTAssertEqual(i.lower, c.lo, accuracy: 1e-9, "\(c.k) of \(c.n)")
            XCTAssertEqual(i.upper, c.hi, accuracy: 1e-9, "\(c.k) of \(c.n)")
        }
    }

    func testProportionDecisionAndSeedsNeeded() {
        // 3 of 3 cannot show a rate above 1/2 (lower bound 0.29); 6 of 6 can (0.54): the first
        // n with all-success lower bound 0.025^(1/n) > 0.5 is 6.
        let three = Decision.proportion("x", successes: 3, of: 3, threshold: 0.5, side: .above)
        XCTAssertEqual(three.verdict, .inconclusive)
        XCTAssertEqual(three.nNeeded, 6)
        XCTAssertEqual(Decision.proportion("x", successes: 6, of: 6, threshold: 0.5, side: .above).verdict, .holds)
        XCTAssertEqual(Decision.proportion("x", successes: 0, of: 6, threshold: 0.5, side: .above).verdict, .doesNotHold)
        let zero = Decision.proportion("x", successes: 0, of: 3, threshold: 0.5, side: .above)
        XCTAssertEqual(zero.nNeeded, 6, zero.text)
    }

    func testSamplesForPowerAgainstTheNormalFormula() throws {
        // sd 1, gap 0.5: the normal approximation gives ((1.959964 + 0.841621) / 0.5)^2 = 31.4;
        // t quantiles add about 3 samples: at n = 34, (t_{.975,33} + t_{.8,33}) / sqrt(34) =
        // 2.8872 / 5.831 = 0.4951 < 0.5, at n = 33 it is 0.5031 (scipy.stats.t.ppf).
        let n = try XCTUnwrap(Stats.samplesForPower(sd: 1, gap: 0.5, from: 3))
        XCTAssertEqual(n, 34)
        XCTAssertNil(Stats.samplesForPower(sd: 1, gap: 0, from: 3))
    }

    func testIdenticalSamplesReadDeterministic() throws {
        let i = try XCTUnwrap(Stats.bootstrap([[2.0, 2, 2, 2]]) { Stats.mean($0[0]) })
        XCTAssertTrue(i.isDeterministic)
        XCTAssertTrue(i.text.contains("deterministic: no spread over its 4 units"), i.text)
        XCTAssertFalse(i.text.contains("["), i.text)
        let spread = try XCTUnwrap(Stats.tInterval([1, 2, 3]))
        XCTAssertFalse(spread.isDeterministic)
    }

    func testRelativeQuadraticFitMatchesNumpy() throws {
        // y = 0.02 + 1e-5 L + 3e-8 L^2 times fixed relative errors; numpy's weighted solve
        // (weights 1/y^2) gives a = 0.0230267593, b = 5.27642538e-06, c = 3.11751264e-08,
        // se(c) = 1.46666966e-09. Relative 1e-6: the 3x3 normal equations in L / max(L) are
        // well conditioned (double precision leaves ~1e-12).
        let L = [512.0, 1024, 2048, 4096, 8192]
        let y = [0.0339738496, 0.0604633344, 0.1696353024, 0.5473481856, 2.1997933568]
        let f = try XCTUnwrap(Stats.relativeQuadraticFit(zip(L, y).map { (x: $0, y: $1) }))
        XCTAssertEqual(f.a, 0.0230267593, accuracy: 1e-6 * 0.023)
        XCTAssertEqual(f.b, 5.27642538e-06, accuracy: 1e-6 * 5.3e-6)
        XCTAssertEqual(f.c, 3.11751264e-08, accuracy: 1e-6 * 3.1e-8)
        let ci = try XCTUnwrap(f.cInterval)
        XCTAssertEqual(try XCTUnwrap(ci.standardError), 1.46666966e-09, accuracy: 1e-6 * 1.5e-9)
        let share = f.share(8192)
        XCTAssertTrue(share > 0 && share < 1, "\(share)")
    }
}
