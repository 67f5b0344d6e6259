import Attention
import PerformerTensor
import TestSupport
import XCTest

final class ExactAttentionTests: XCTestCase {
    func inputs(_ b: Int, _ h: Int, _ l: Int, _ d: Int, seed: UInt64, std: Float = 1) -> (Tensor, Tensor, Tensor) {
        var rng = SeededGenerator(seed: seed)
        return (Tensor.gaussian([b, h, l, d], std: std, rng: &rng),
                Tensor.gaussian([b, h, l, d], std: std, rng: &rng),
                Tensor.gaussian([b, h, l, d], rng: &rng))
    }

    /// Forward against the Float64 definition: max |error| / max |reference| <= 1e-5.
    /// Float32 scores of d = 16 terms and sums of <= 300 weights round at ~1e-6 of the output
    /// scale; the block boundaries (blockRows 64 < L) are crossed.
    func testForwardMatchesFloat64Reference() {
        for causal in [false, true] {
            let (q, k, v) = inputs(2, 3, 300, 16, seed: causal ? 1 : 2, std: 1.5)
            let out = ExactAttention(causal: causal, blockRows: 64).forward(q: q, k: k, v: v).output
            let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: causal)
            let err = GradientCheck.maxRelativeError(out, ref)
            XCTAssertLessThanOrEqual(err, 1e-5, "causal=\(causal)")
        }
    }

    /// Large scores (std 30: scores of size ~1000) overflow exp without the row max: the
    /// output stays finite and close to the reference. Float32 rounds a score of 1000 by
    /// ~6e-5, which moves softmax weights by that relative amount: tolerance 1e-3.
    func testNumericallyStable() {
        let (q, k, v) = inputs(1, 1, 64, 8, seed: 3, std: 30)
        let out = ExactAttention().forward(q: q, k: k, v: v).output
        XCTAssertTrue(out.array.allSatisfy { $0.isFinite })
        let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: false)
        XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-3)
    }

    /// Central differences with eps = 1e-2 in Float32: truncation O(eps^2) ~ 1e-4 and
    /// rounding ~ 1e-7 * |loss| / eps ~ 1e-4 of the gradient scale, so 2e-2 relative (with an
    /// absolute floor of 1e-2 for near-zero entries) separates right from wrong gradients.
    func testGradients() {
        for causal in [false, true] {
            let (q, k, v) = inputs(2, 2, 13, 5, seed: 4)
            let reports = GradientCheck.attention(ExactAttention(causal: causal, blockRows: 4), q: q, k: k, v: v, samples: 40)
            for (name, r) in zip(["dQ", "dK", "dV"], reports) {
                XCTAssertLessThan(r.worstRelative, 2e-2, "causal=\(causal) \(name): \(r)")
            }
        }
    }

    /// Changing keys and values after position t leaves causal outputs 0...t unchanged (bit for bit).
    func testCausalIgnoresFuture() {
        let (q, k, v) = inputs(1, 2, 40, 8, seed: 5)
        let mech = ExactAttention(causal: true, blockRows: 16)
        let before = mech.forward(q: q, k: k, v: v).output
        let t = 17
        for h in 0..<2 { for i in (t + 1)..<40 { for j in 0..<8 {
            k[0, h, i, j] += 3; v[0, h, i, j] -= 2; q[0, h, i, j] *= -1
        } } }
        let after = mech.forward(q: q, k: k, v: v).output
        for h in 0..<2 { for i in 0...t { for j in 0..<8 {
            XCTAssertEqual(before[0, h, i, j], after[0, h, i, j])
        } } }
        XCTAssertNotEqual(before[0, 0, 39, 0], after[0, 0, 39, 0])
    }

    func testIdentityPassesValuesAndGradient() {
        let (q, k, v) = inputs(1, 2, 10, 4, seed: 6)
        let id = IdentityAttention()
        let f = id.forward(q: q, k: k, v: v)
        XCTAssertEqual(f.output.array, v.array)
        let reports = GradientCheck.attention(id, q: q, k: k, v: v)
        XCTAssertTrue(reports.allSatisfy { $0.worstRelative < 1e-3 }, "\(reports)")
    }
}
