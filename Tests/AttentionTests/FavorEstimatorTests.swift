import Attention
import PerformerTensor
import XCTest

/// The random-feature estimators of SM(x, y) = exp(x.y): bias, variance (Lemma 2), orthogonality.
final class FavorEstimatorTests: XCTestCase {
    /// A pair with |x| = a, |y| = b and angle theta in R^d (random plane from `seed`).
    func pair(d: Int, a: Double, b: Double, theta: Double, seed: UInt64) -> ([Double], [Double]) {
        var rng = SeededGenerator(seed: seed)
        let e = Projections.orthonormalRows(d, rng: &rng)
        let u = Array(e[0..<d]), v = Array(e[d..<(2 * d)])
        let x = u.map { a * $0 }
        let y = (0..<d).map { b * (cos(theta) * u[$0] + sin(theta) * v[$0]) }
        return (x, y)
    }

    /// Estimates of SM(x, y) over `draws` independent projections of m rows.
    func estimates(_ kind: FeatureMapKind, x: [Double], y: [Double], m: Int, draws: Int,
                   projection: ProjectionPolicy.Kind = .iid, seed: UInt64) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        return (0..<draws).map { _ in
            let w = Projections.draw(kind: projection, scaling: .gaussianNorms, rows: m, dim: x.count, rng: &rng)
            return FeatureMaps.kernelEstimate(kind, x: x, y: y, projection: w)
        }
    }

    func meanAndSE(_ v: [Double]) -> (Double, Double) {
        let n = Double(v.count)
        let mean = v.reduce(0, +) / n
        let variance = v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        return (mean, (variance / n).squareRoot())
    }

    /// Unbiasedness: the mean of 3000 estimates lies within 4 standard errors of exp(x.y)
    /// (a two-sided normal tail of 6e-5 per check, so a correct estimator fails essentially
    /// never; a wrong normalisation such as a missing 1/sqrt(2) is off by tens of SEs).
    func testEstimatorsUnbiased() {
        for kind in [FeatureMapKind.positive, .hyperbolic, .trig] {
            for (i, theta) in [0.3, 1.5, 2.6].enumerated() {
                let (x, y) = pair(d: 8, a: 0.8, b: 0.9, theta: theta, seed: UInt64(10 + i))
                let truth = exp(zip(x, y).reduce(0) { $0 + $1.0 * $1.1 })
                let (mean, se) = meanAndSE(estimates(kind, x: x, y: y, m: 8, draws: 3000, seed: UInt64(100 + i)))
                XCTAssertLessThanOrEqual(abs(mean - truth), 4 * se, "\(kind) theta=\(theta): mean \(mean) truth \(truth) se \(se)")
            }
        }
    }

    /// Empirical MSE of 6000 estimates against Lemma 2's closed form, across kernel values
    /// SM from e^-0.87 to e^0.98. The sampling error of an MSE estimate is the standard error
    /// of the squared errors, sd(e^2)/sqrt(n), estimated from the same sample; we allow
    /// 5 of them (normal tail 6e-7) plus 2% for the approximation of that SE itself.
    func testMSEMatchesLemma2() {
        let m = 8, n = 6000
        for kind in [FeatureMapKind.positive, .hyperbolic, .trig] {
            for (i, theta) in [0.2, 1.2, 2.0, 2.8].enumerated() {
                let (x, y) = pair(d: 6, a: 0.7, b: 1.0, theta: theta, seed: UInt64(20 + i))
                let truth = exp(zip(x, y).reduce(0) { $0 + $1.0 * $1.1 })
                let sq = estimates(kind, x: x, y: y, m: m, draws: n, seed: UInt64(200 + i)).map { ($0 - truth) * ($0 - truth) }
                let (mse, se) = meanAndSE(sq)
                let theory = Lemma2.mse(kind, x: x, y: y, features: m)
                let tol = 5 * se / theory + 0.02
                XCTAssertLessThanOrEqual(abs(mse / theory - 1), tol, "\(kind) theta=\(theta): empirical \(mse) Lemma 2 \(theory)")
            }
        }
    }

    /// As SM -> 0 (x = -y, SM = e^-4) the positive MSE vanishes while the trig MSE relative to
    /// SM^2 explodes: e^8 / (2m) * e^8 ~ 1.1e6 (exact closed forms: the bounds are loose on purpose).
    func testLemma2Limits() {
        let (x, y) = pair(d: 4, a: 2, b: 2, theta: .pi, seed: 3)
        let sm = exp(-4.0)
        XCTAssertEqual(Lemma2.positiveMSE(x: x, y: y, features: 4), 0, accuracy: 1e-12)
        XCTAssertGreaterThan(Lemma2.trigMSE(x: x, y: y, features: 4) / (sm * sm), 1e5)
    }

    /// Each orthogonal block is orthonormal before scaling: |Q Q^T - I| <= 1e-12 (Float64
    /// Gram-Schmidt with re-orthogonalisation loses ~d * 1e-16). After scaling, rows of one
    /// block of W stay orthogonal to Float32 rounding (|cos| <= 1e-5) and, with scaling 1,
    /// have norm sqrt(d) to 1e-5 relative.
    func testOrthogonalBlocks() {
        var rng = SeededGenerator(seed: 5)
        let d = 16
        let q = Projections.orthonormalRows(d, rng: &rng)
        for i in 0..<d { for j in 0..<d {
            let dot = (0..<d).reduce(0.0) { $0 + q[i * d + $1] * q[j * d + $1] }
            XCTAssertEqual(dot, i == j ? 1 : 0, accuracy: 1e-12)
        } }
        let w = ProjectionPolicy(kind: .orthogonal, scaling: .sqrtD, seed: 9).projection(step: 0, rows: 40, dim: d)
        XCTAssertEqual(w.shape, [40, d])
        func dot(_ i: Int, _ j: Int) -> Double { (0..<d).reduce(0.0) { $0 + Double(w[i, $1]) * Double(w[j, $1]) } }
        for i in 0..<40 {
            XCTAssertEqual(dot(i, i).squareRoot(), Double(d).squareRoot(), accuracy: 1e-5 * 4)
            for j in 0..<40 where j != i && i / d == j / d {
                XCTAssertLessThanOrEqual(abs(dot(i, j)) / Double(d), 1e-5)
            }
        }
        let smreg = ProjectionPolicy(kind: .smreg, seed: 9).projection(step: 0, rows: 7, dim: d)
        for i in 0..<7 {
            let n = (0..<d).reduce(0.0) { $0 + Double(smreg[i, $1]) * Double(smreg[i, $1]) }.squareRoot()
            XCTAssertEqual(n, 4, accuracy: 1e-5)
        }
    }

    /// Orthogonal features lower the MSE at m <= d (Theorem 2): summed over 4 pairs, the
    /// empirical MSE with orthogonal (scaling 0) projections is below the iid one. With
    /// |x| = |y| = 0.6, d = m = 16, Theorem 2's gap is ~15% of the MSE, while 4000 draws per
    /// pair estimate each MSE to ~3%, so the comparison is far from a coin toss.
    func testOrthogonalBeatsIidAtMNotAboveD() {
        var iid = 0.0, ort = 0.0
        for (i, theta) in [0.0, 0.7, 1.4, 2.1].enumerated() {
            let (x, y) = pair(d: 16, a: 0.6, b: 0.6, theta: theta, seed: UInt64(30 + i))
            let truth = exp(zip(x, y).reduce(0) { $0 + $1.0 * $1.1 })
            func mse(_ p: ProjectionPolicy.Kind) -> Double {
                let e = estimates(.positive, x: x, y: y, m: 16, draws: 4000, projection: p, seed: UInt64(300 + i))
                return e.reduce(0) { $0 + ($1 - truth) * ($1 - truth) } / Double(e.count)
            }
            iid += mse(.iid); ort += mse(.orthogonal)
        }
        XCTAssertLessThan(ort, iid, "orthogonal \(ort) vs iid \(iid)")
    }
}
