import Attention
import PerformerTensor
import TestSupport
import XCTest

final class FlashAttentionTests: XCTestCase {
    typealias Ref = BaselineReference

    /// Equals the Float64 definition within 1e-5 of the output scale: Float32 scores of d = 16
    /// terms and sums of <= 70 weights round at ~1e-6 relative, and the online rescaling adds
    /// a few more roundings per row (one per key block). Tiles of 16 x 24 that divide neither
    /// L = 70 nor each other (ragged last tiles, causal diagonal tiles cut at any offset),
    /// and a single tile covering everything.
    func testEqualsFloat64Reference() {
        for causal in [false, true] {
            for (qb, kb) in [(16, 24), (7, 5), (128, 512)] {
                let (q, k, v) = Ref.inputs(2, 2, 70, 16, seed: 31, std: 1.5)
                let out = FlashAttention(causal: causal, queryBlock: qb, keyBlock: kb).forward(q: q, k: k, v: v).output
                let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: causal)
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "causal=\(causal) tiles=\(qb)x\(kb)")
            }
        }
    }

    /// Scores ~1000 (std 30) overflow exp without the running max; the rescaling of earlier
    /// blocks by exp(m_old - m_new) must keep outputs finite and equal to the reference.
    /// Float32 rounds a score of 1000 by ~6e-5, which moves the weights by that relative
    /// amount: tolerance 1e-3.
    func testNumericallyStable() {
        for causal in [false, true] {
            let (q, k, v) = Ref.inputs(1, 2, 64, 8, seed: 37, std: 30)
            let out = FlashAttention(causal: causal, queryBlock: 8, keyBlock: 16).forward(q: q, k: k, v: v).output
            XCTAssertTrue(out.array.allSatisfy { $0.isFinite })
            let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: causal)
            XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-3, "causal=\(causal)")
        }
    }

    /// Same output and gradients as the materialising ExactAttention (both Float32, different
    /// summation orders: 1e-5 relative, as above). Backward tiles of 16 rows (as forward) and
    /// of 12 rows (differing from the forward's, ragged in L = 90, as the defaults differ).
    func testMatchesMaterialisingExact() {
        for causal in [false, true] { for backwardRows in [16, 12] {
            let (q, k, v) = Ref.inputs(2, 3, 90, 8, seed: 38)
            let flash = FlashAttention(causal: causal, queryBlock: 16, keyBlock: 32, backwardQueryBlock: backwardRows)
            let exact = ExactAttention(causal: causal, blockRows: 32)
            let f = flash.forward(q: q, k: k, v: v), e = exact.forward(q: q, k: k, v: v)
            XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(f.output, e.output.array.map(Double.init)), 1e-5)
            var rng = SeededGenerator(seed: 5)
            let g = Tensor.gaussian(f.output.shape, rng: &rng)
            let gf = flash.backward(dOutput: g, cache: f.cache), ge = exact.backward(dOutput: g, cache: e.cache)
            for (a, b, name) in [(gf.dQ, ge.dQ, "dQ"), (gf.dK, ge.dK, "dK"), (gf.dV, ge.dV, "dV")] {
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(a, b.array.map(Double.init)), 1e-5, "causal=\(causal) rows=\(backwardRows) \(name)")
            }
        } }
    }

    /// Central differences with eps = 1e-2 in Float32: truncation O(eps^2) ~ 1e-4 and rounding
    /// ~1e-7 |loss| / eps ~ 1e-4 of the gradient scale, so 2e-2 relative (floor 1e-2 for
    /// near-zero entries) separates right from wrong gradients. Tiles of 4 x 3 in L = 13 (ragged
    /// and causal-diagonal tiles), all elements of dQ, dK, dV checked (B H L d = 130 < samples),
    /// with 2 slices so that several workers and the dQ reduction take part.
    func testGradients() {
        for causal in [false, true] {
            let (q, k, v) = Ref.inputs(1, 2, 13, 5, seed: 34)
            let reports = GradientCheck.attention(FlashAttention(causal: causal, queryBlock: 4, keyBlock: 3),
                                                  q: q, k: k, v: v, samples: 200)
            for (name, r) in zip(["dQ", "dK", "dV"], reports) {
                XCTAssertLessThan(r.worstRelative, 2e-2, "causal=\(causal) \(name): \(r)")
            }
        }
    }

    /// Changing q, k, v after position t leaves causal outputs 0...t bit for bit unchanged,
    /// and the gradients with respect to k, v after t are exactly 0 for a loss on rows 0...t.
    func testCausalIgnoresFuture() {
        let (q, k, v) = Ref.inputs(1, 2, 40, 8, seed: 35)
        let t = 17
        let mech = FlashAttention(causal: true, queryBlock: 8, keyBlock: 16)
        let g = Tensor(zeros: [1, 2, 40, 8])
        for h in 0..<2 { for i in 0...t { for j in 0..<8 { g[0, h, i, j] = 1 } } }
        let f = mech.forward(q: q, k: k, v: v)
        let grads = mech.backward(dOutput: g, cache: f.cache)
        for h in 0..<2 { for i in (t + 1)..<40 { for j in 0..<8 {
            XCTAssertEqual(grads.dK[0, h, i, j], 0); XCTAssertEqual(grads.dV[0, h, i, j], 0)
        } } }
        let (before, after) = Ref.perturbFuture(mech, q: q, k: k, v: v, after: t)
        for h in 0..<2 { for i in 0...t { for j in 0..<8 { XCTAssertEqual(before[0, h, i, j], after[0, h, i, j]) } } }
        XCTAssertNotEqual(before[0, 0, 39, 0], after[0, 0, 39, 0])
    }

    /// No L x L matrix: the peak bytes the MemoryLedger sees (forward, and forward + backward)
    /// grow at most 4.5x from L to 4L (everything kept is O(L d); the tiles are constant), and
    /// predictedExtraBytes bounds the measurement (within 25%: with two workers, whether both
    /// scratch tiles are live at once depends on scheduling).
    func testPeakBytesLinearInLength() {
        for causal in [false, true] {
            for backward in [false, true] {
                var peaks: [Int] = []
                for L in [1024, 4096] {
                    let (q, k, v) = Ref.inputs(1, 2, L, 16, seed: 36)
                    let mech = FlashAttention(causal: causal, queryBlock: 64, keyBlock: 128)
                    let measured = Ref.measuredExtraBytes(mech, q: q, k: k, v: v, backward: backward)
                    let predicted = mech.predictedExtraBytes(attentionShape(q: q, k: k, v: v), backward: backward)
                    let tag = "causal=\(causal) backward=\(backward) L=\(L)"
                    XCTAssertGreaterThanOrEqual(predicted, measured, tag)
                    XCTAssertLessThanOrEqual(Double(predicted), 1.25 * Double(measured), tag)
                    peaks.append(measured)
                }
                XCTAssertLessThanOrEqual(Double(peaks[1]), 4.5 * Double(peaks[0]), "causal=\(causal) backward=\(backward) \(peaks)")
                // The materialising exact attention would hold B H L^2 floats at L = 4096.
                XCTAssertLessThan(peaks[1], 2 * 4096 * 4096 * 4 / 16)
            }
        }
    }
}
