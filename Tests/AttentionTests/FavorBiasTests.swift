import Attention
import PerformerTensor
import TestSupport
import XCTest

/// FAVOR+ attention N/D is a ratio of two unbiased estimators (E[phi(q).phi(k)] = exp(q.k/sqrt(d))),
/// hence consistent but biased: E[N/D] != E[N]/E[D]. Measured here, not assumed away.
final class FavorBiasTests: XCTestCase {
    /// Mean over n independent iid projections of the FAVOR+ output minus exact attention, per
    /// element, and its standard error. L = 6, d = 4, q, k of std 0.8, bidirectional.
    static func bias(features m: Int, draws n: Int) -> (bias: Double, z: Double) {
        var rng = SeededGenerator(seed: 41)
        let q = Tensor.gaussian([1, 1, 6, 4], std: 0.8, rng: &rng), k = Tensor.gaussian([1, 1, 6, 4], std: 0.8, rng: &rng)
        let v = Tensor.gaussian([1, 1, 6, 4], rng: &rng)
        let exact = NaiveAttention.exact(q: q, k: k, v: v, causal: false)
        var sum = [Double](repeating: 0, count: 24), sq = [Double](repeating: 0, count: 24)
        for s in 0..<n {
            let mech = FavorAttention(featureMap: .positive, features: m,
                                      projection: ProjectionPolicy(kind: .iid, redraw: .never, seed: UInt64(1000 + s)))
            let out = mech.forward(q: q, k: k, v: v).output
            for i in 0..<24 { let e = Double(out.data[i]) - exact[i]; sum[i] += e; sq[i] += e * e }
        }
        var worst = 0.0, z = 0.0
        for i in 0..<24 {
            let mean = sum[i] / Double(n), se = ((sq[i] / Double(n) - mean * mean) / Double(n)).squareRoot()
            if abs(mean) > worst { worst = abs(mean); z = abs(mean) / se }
        }
        return (worst, z)
    }

    /// At m = 2 the bias is resolved (z > 5 over 4000 draws: a false alarm has probability
    /// < 1e-6 per element, 24 elements); it shrinks roughly like 1/m (a ratio estimator's
    /// bias is O(Var/m)), so at m = 32 it is below a quarter of the m = 2 value.
    func testRatioEstimatorIsBiasedButConsistent() {
        let small = Self.bias(features: 2, draws: 4000), large = Self.bias(features: 32, draws: 4000)
        print("FAVOR+ bias (largest |E[out] - exact| over 24 elements): m = 2: \(small.bias) (z = \(small.z)); m = 32: \(large.bias) (z = \(large.z))")
        XCTAssertGreaterThan(small.z, 5, "the ratio estimator's bias at m = 2 should be detectable")
        XCTAssertLessThan(large.bias, small.bias / 4)
    }
}
