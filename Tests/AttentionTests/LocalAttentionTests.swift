import Attention
import PerformerTensor
import TestSupport
import XCTest

final class LocalAttentionTests: XCTestCase {
    typealias Ref = BaselineReference

    /// A window covering the whole sequence is exact attention: max |error| / max |ref| <= 1e-5
    /// against the Float64 definition. Float32 scores of d = 16 terms and sums of <= 70
    /// weights round at ~1e-6 of the output scale. Several tiles (blockSize 16 < L = 70, not
    /// a divisor) and both a window of exactly L - 1 and a larger one.
    func testWholeWindowEqualsExact() {
        for causal in [false, true] {
            for window in [69, 500] {
                let (q, k, v) = Ref.inputs(2, 2, 70, 16, seed: 11, std: 1.5)
                let out = LocalAttention(window: window, causal: causal, blockSize: 16).forward(q: q, k: k, v: v).output
                let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: causal)
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "causal=\(causal) w=\(window)")
            }
        }
    }

    /// Window < L against a plain Float64 masked softmax (|i - j| <= w, or i - w <= j <= i):
    /// same 1e-5 relative bound and reasoning as above (at most 2w + 1 = 15 weights per row).
    /// Tiles of 16 and 7 rows cross the band edges and the sequence ends; L = 100.
    func testBandMatchesFloat64Reference() {
        for causal in [false, true] {
            for blockSize in [16, 7] {
                let w = 7
                let (q, k, v) = Ref.inputs(2, 2, 100, 8, seed: 12, std: 1.5)
                let out = LocalAttention(window: w, causal: causal, blockSize: blockSize).forward(q: q, k: k, v: v).output
                let ref = Ref.masked(q: q, k: k, v: v) { _, i, j in causal ? (j <= i && i - j <= w) : abs(i - j) <= w }
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "causal=\(causal) b=\(blockSize)")
            }
        }
    }

    /// Window 0 attends to itself only: the output is V (up to the 1/1 normalisation, exact).
    func testZeroWindowReturnsValues() {
        let (q, k, v) = Ref.inputs(1, 2, 20, 4, seed: 13)
        let out = LocalAttention(window: 0, blockSize: 8).forward(q: q, k: k, v: v).output
        XCTAssertEqual(out.array, v.array)
    }

    /// Central differences with eps = 1e-2 in Float32: truncation O(eps^2) ~ 1e-4 and rounding
    /// ~1e-7 |loss| / eps ~ 1e-4 of the gradient scale, so 2e-2 relative (floor 1e-2 for
    /// near-zero entries) separates right from wrong gradients. Tiles of 4 rows, band w = 3
    /// inside L = 13, all elements of dQ, dK, dV checked (B H L d = 130 < samples).
    func testGradients() {
        for causal in [false, true] {
            let (q, k, v) = Ref.inputs(1, 2, 13, 5, seed: 14)
            let reports = GradientCheck.attention(LocalAttention(window: 3, causal: causal, blockSize: 4),
                                                  q: q, k: k, v: v, samples: 200)
            for (name, r) in zip(["dQ", "dK", "dV"], reports) {
                XCTAssertLessThan(r.worstRelative, 2e-2, "causal=\(causal) \(name): \(r)")
            }
        }
    }

    /// Changing q, k, v after position t leaves causal outputs 0...t bit for bit unchanged.
    func testCausalIgnoresFuture() {
        let (q, k, v) = Ref.inputs(1, 2, 40, 8, seed: 15)
        let t = 17
        let (before, after) = Ref.perturbFuture(LocalAttention(window: 5, causal: true, blockSize: 8), q: q, k: k, v: v, after: t)
        for h in 0..<2 { for i in 0...t { for j in 0..<8 { XCTAssertEqual(before[0, h, i, j], after[0, h, i, j]) } } }
        XCTAssertNotEqual(before[0, 0, 39, 0], after[0, 0, 39, 0])
    }

    /// predictedExtraBytes bounds what the MemoryLedger measures. With one (batch, head) slice
    /// there is one worker and the count is deterministic: within 1% (the same tensors are
    /// counted). With 6 slices two workers hold scratch tiles that may or may not be live at
    /// the same time in so small a call, so only the bound and 25% are asserted.
    func testPredictedBytesMatchMeasured() {
        for causal in [false, true] {
            for backward in [false, true] {
                for (b, h, slack) in [(1, 1, 1.01), (2, 3, 1.25)] {
                    let (q, k, v) = Ref.inputs(b, h, 300, 16, seed: 27)
                    let mech = LocalAttention(window: 20, causal: causal, blockSize: 32)
                    let measured = Ref.measuredExtraBytes(mech, q: q, k: k, v: v, backward: backward)
                    let predicted = mech.predictedExtraBytes(attentionShape(q: q, k: k, v: v), backward: backward)
                    let tag = "causal=\(causal) backward=\(backward) slices=\(b * h)"
                    XCTAssertGreaterThanOrEqual(predicted, measured, tag)
                    XCTAssertLessThanOrEqual(Double(predicted), slack * Double(measured), tag)
                }
            }
        }
    }
}
