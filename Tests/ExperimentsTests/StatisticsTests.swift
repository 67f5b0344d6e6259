import Attention
import Foundation
import PerformerTensor
import XCTest
@testable import Experiments
@testable import Statistics

/// The statistics engine against known values, and the importance-sampled Lemma 2 check.
final class StatisticsTests: XCTestCase {
    func testDistributionQuantiles() {
        // Tabulated: t_{0.975, 10} = 2.2281, t_{0.975, 2} = 4.3027, z_{0.975} = 1.95996.
        XCTAssertEqual(Stats.tQuantile(0.975, df: 10), 2.2281, accuracy: 1e-4)
        XCTAssertEqual(Stats.tQuantile(0.975, df: 2), 4.3027, accuracy: 1e-4)
        XCTAssertEqual(Stats.normalQuantile(0.975), 1.959964, accuracy: 1e-6)
        XCTAssertEqual(Stats.quantile([1, 2, 3, 4], 0.5)!, 2.5, accuracy: 1e-12)
        XCTAssertEqual(Stats.quantile([1, 2, 3, 4], 0.25)!, 1.75, accuracy: 1e-12)
    }

    func testTIntervalAndRequiredN() throws {
        let x = [1.0, 2, 3, 4, 5]
        let i = try XCTUnwrap(Stats.tInterval(x))
        // mean 3, sd sqrt(2.5), t_{0.975,4} = 2.7764.
        XCTAssertEqual(i.halfWidth, 2.7764 * 2.5.squareRoot() / 5.0.squareRoot(), accuracy: 1e-3)
        // s.e. sqrt(2.5/5) at n = 5; distance 1 to the threshold 4 at 80% power needs
        // n = 5 ((1.959964 + 0.841621) se)^2 = 19.6 -> 20.
        let need = try XCTUnwrap(Stats.requiredN(i, threshold: 4))
        XCTAssertEqual(need, 20)
        let d = Decision.decide("x", effect: i, threshold: 4, side: .below)
        XCTAssertEqual(d.verdict, .inconclusive)
        XCTAssertEqual(d.nNeeded, need)
        XCTAssertEqual(Decision.decide("x", effect: i, threshold: 6, side: .below).verdict, .holds)
        XCTAssertEqual(Decision.decide("x", effect: i, threshold: 0.5, side: .below).verdict, .doesNotHold)
        XCTAssertEqual(Precision(halfWidth: 0.1).samplesNeeded(sd: 1), 385)   // (1.96 / 0.1)^2
    }

    func testRegressionAndQuadraticFit() throws {
        // Exact line: zero-width interval at slope 2.
        let line = (1...6).map { (x: Double($0), y: 2 * Double($0) + 1) }
        let s = try XCTUnwrap(Stats.regression(line))
        XCTAssertEqual(s.estimate, 2, accuracy: 1e-12)
        XCTAssertLessThan(s.halfWidth, 1e-9)
        // Noisy line: the interval covers the true slope and has the textbook width.
        let noisy = [(1.0, 3.1), (2.0, 4.8), (3.0, 7.2), (4.0, 9.0), (5.0, 10.9)].map { (x: $0.0, y: $0.1) }
        let n = try XCTUnwrap(Stats.regression(noisy))
        XCTAssertTrue(n.contains(2), n.text)
        XCTAssertEqual(n.estimate, 1.98, accuracy: 1e-9)
        // a + bL + cL^2 recovered exactly, quadratic share at L = 1000: c L^2 / total.
        let q: [(x: Double, y: Double)] = (1...8).map { i in
            let L = Double(i) * 128
            let y: Double = 5 + 0.01 * L + 1e-5 * L * L
            return (x: L, y: y)
        }
        let f = try XCTUnwrap(Stats.quadraticFit(q))
        XCTAssertEqual(f.a, 5, accuracy: 1e-6); XCTAssertEqual(f.b, 0.01, accuracy: 1e-9); XCTAssertEqual(f.c, 1e-5, accuracy: 1e-12)
        XCTAssertEqual(f.share(1000), 10 / (5 + 10 + 10), accuracy: 1e-6)
    }

    func testBootstrapCoversTheMean() throws {
        // 200 N(1, 1) draws: the 95% percentile bootstrap of the mean covers 1 and its width
        // is close to the t-interval's (both ~ 2 * 1.96 / sqrt(200) = 0.277).
        var rng = SeededGenerator(seed: 5)
        let x = (0..<200).map { _ in 1 + rng.nextGaussian() }
        let b = try XCTUnwrap(Stats.bootstrap([x]) { Stats.mean($0[0]) })
        let t = try XCTUnwrap(Stats.tInterval(x))
        XCTAssertTrue(b.contains(1) && t.contains(1), b.text)
        XCTAssertEqual(b.halfWidth, t.halfWidth, accuracy: 0.03)
        let p = try XCTUnwrap(Stats.paired(x, x.map { $0 - 0.5 }))
        XCTAssertEqual(p.estimate, 0.5, accuracy: 1e-12)
        XCTAssertLessThan(p.halfWidth, 1e-9)   // common random numbers: the difference has no noise
    }

    /// |x+y|^2 = 8 (|x| = |y| = 2, orthogonal): plain MC needs ~1e14 draws for 10%, importance
    /// sampling is within 5% of Lemma 2 with 20,000. Tolerance: the estimate must be within 5%
    /// AND its own standard error below 1.5% (so the 5% margin is > 3 s.e.).
    func testImportanceSamplingMeetsLemma2AtZ8() {
        var pairRng = SeededGenerator(seed: 3)
        let (x, y) = KernelVarianceKind.pair(norm: 2, cos: 0, dim: 16, rng: &pairRng)
        XCTAssertGreaterThan(KernelImportanceSampling.plainDrawsNeeded(.positive, x: x, y: y, features: 16), 1e12)
        for kind in [FeatureMapKind.positive, .hyperbolic] {
            let theory = Lemma2.mse(kind, x: x, y: y, features: 16)
            var rng = SeededGenerator(seed: 11)
            let e = KernelImportanceSampling.mse(kind, x: x, y: y, features: 16, projection: .iid, draws: 20_000, rng: &rng)
            XCTAssertEqual(e.mse / theory, 1, accuracy: 0.05, "\(kind): IS \(e.mse) vs Lemma 2 \(theory)")
            XCTAssertLessThan(e.se / theory, 0.015)
            XCTAssertGreaterThan(e.effectiveSampleSize, 1000)
            // Orthogonal rows: at or below the iid value (Theorem 2), within 3 s.e.
            var orng = SeededGenerator(seed: 12)
            let o = KernelImportanceSampling.mse(kind, x: x, y: y, features: 16, projection: .orthogonal, draws: 20_000, rng: &orng)
            XCTAssertLessThan(o.mse, theory + 3 * o.se, "\(kind) orthogonal: \(o.mse) vs iid \(theory)")
            if kind == .positive {
                let bound = KernelVarianceKind.theorem2Bound(x: x, y: y, features: 16)
                XCTAssertLessThan(o.mse, bound + 3 * o.se, "orthogonal positive \(o.mse) vs Theorem 2 bound \(bound)")
            }
        }
    }

    /// A deliberately mis-scaled feature map (W scaled by 1.05 inside the estimator) must make
    /// the importance-sampled MSE miss Lemma 2 by more than 5%: the check can fail.
    func testMisScaledFeatureMapMissesLemma2() {
        var pairRng = SeededGenerator(seed: 3)
        let (x, y) = KernelVarianceKind.pair(norm: 1.5, cos: 0.2, dim: 16, rng: &pairRng)
        let theory = Lemma2.mse(.positive, x: x, y: y, features: 16)
        var rng = SeededGenerator(seed: 13)
        let wrong = KernelImportanceSampling.mse(.positive, x: x, y: y, features: 16, projection: .iid, draws: 20_000, rng: &rng) { w in
            let s = Tensor(uninitialized: w.shape)
            for i in 0..<w.count { s.data[i] = 1.05 * w.data[i] }
            return FeatureMaps.kernelEstimate(.positive, x: x, y: y, projection: s)
        }
        XCTAssertGreaterThan(Swift.abs(wrong.mse / theory - 1), 0.05, "mis-scaled map: \(wrong.mse) vs \(theory)")
        // The same draws with the right map are within 5%.
        var rng2 = SeededGenerator(seed: 13)
        let right = KernelImportanceSampling.mse(.positive, x: x, y: y, features: 16, projection: .iid, draws: 20_000, rng: &rng2)
        XCTAssertEqual(right.mse / theory, 1, accuracy: 0.05)
    }

    /// The fourth-moment formula against a direct simulation where plain MC is cheap (small z).
    func testPlainDrawsFormulaMatchesSimulation() {
        var pairRng = SeededGenerator(seed: 4)
        let (x, y) = KernelVarianceKind.pair(norm: 0.5, cos: -0.5, dim: 8, rng: &pairRng)
        let m = 4
        let sm = Foundation.exp(zip(x, y).reduce(0) { $0 + $1.0 * $1.1 })
        var rng = SeededGenerator(seed: 9)
        var sq: [Double] = []
        for _ in 0..<100_000 {
            let w = Projections.draw(kind: .iid, scaling: .gaussianNorms, rows: m, dim: 8, rng: &rng)
            let e = FeatureMaps.kernelEstimate(.positive, x: x, y: y, projection: w) - sm
            sq.append(e * e)
        }
        let measured = Stats.variance(sq) / (0.01 * Stats.mean(sq) * Stats.mean(sq))
        let predicted = KernelImportanceSampling.plainDrawsNeeded(.positive, x: x, y: y, features: m)
        // A ratio of sample moments of a light-tailed variable at n = 1e5: within 15%.
        XCTAssertEqual(measured / predicted, 1, accuracy: 0.15, "simulated \(measured) vs formula \(predicted)")
        XCTAssertEqual(Stats.mean(sq) / Lemma2.mse(.positive, x: x, y: y, features: m), 1, accuracy: 0.03)
    }
}
