import Attention
import PerformerTensor
import TestSupport
import XCTest

final class LinformerAttentionTests: XCTestCase {
    typealias Ref = BaselineReference

    func make(_ k: Int, maxLength: Int, heads: Int, sharing: LinformerSharing = .none, seed: UInt64 = 1) -> LinformerAttention {
        try! LinformerAttention(projectedLength: k, maxLength: maxLength, heads: heads, sharing: sharing, seed: seed)
    }

    /// Sets every projection matrix of `t` (P, k, maxLength) to the identity (k = maxLength).
    func setIdentity(_ t: Tensor) {
        t.zero()
        for p in 0..<t.shape[0] { for i in 0..<t.shape[1] { t[p, i, i] = 1 } }
    }

    /// k = L and E = F = I make K' = K and V' = V: exact attention, max |error| / max |ref|
    /// <= 1e-5 against the Float64 definition (Float32 scores of d = 16 terms and sums of
    /// 40 weights round at ~1e-6 of the output scale; the products with I are exact).
    func testIdentityProjectionsEqualExact() {
        for sharing in LinformerSharing.allCases {
            let (q, k, v) = Ref.inputs(2, 3, 40, 16, seed: 31, std: 1.5)
            let mech = make(40, maxLength: 40, heads: 3, sharing: sharing)
            for p in mech.parameters { setIdentity(p.tensor) }
            let out = mech.forward(q: q, k: k, v: v).output
            let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: false)
            XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "\(sharing)")
        }
    }

    /// Random N(0, 1/k) projections against the Float64 definition, with L = 37 < maxLength
    /// = 50 (only the first L columns are used): 1e-5 relative. The projection sums 37 terms
    /// and the scores 8 more, each rounding at ~6e-8 relative: ~1e-6 of the output scale.
    func testMatchesFloat64Reference() {
        for sharing in LinformerSharing.allCases {
            let (q, k, v) = Ref.inputs(2, 3, 37, 8, seed: 32, std: 1.5)
            let mech = make(6, maxLength: 50, heads: 3, sharing: sharing, seed: 4)
            let out = mech.forward(q: q, k: k, v: v).output
            let ref = Ref.linformer(q: q, k: k, v: v, e: mech.e, f: mech.f)
            XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "\(sharing)")
        }
    }

    /// Shapes and sharing: per-head pairs (H, k, Lmax), one pair (1, k, Lmax), or one matrix
    /// (E and F the same tensor); initial entries N(0, 1/k): the sample variance of 3 x 8 x 500
    /// draws is within 10% of 1/k (its standard error is sqrt(2 / 12000) ~ 1.3%).
    func testParametersAndInitialisation() {
        let none = make(8, maxLength: 500, heads: 3)
        XCTAssertEqual(none.parameters.map(\.name), ["E", "F"])
        XCTAssertEqual(none.e.shape, [3, 8, 500])
        XCTAssertFalse(none.e === none.f)
        let head = make(8, maxLength: 500, heads: 3, sharing: .headwise)
        XCTAssertEqual(head.e.shape, [1, 8, 500])
        XCTAssertEqual(head.parameters.count, 2)
        let kv = make(8, maxLength: 500, heads: 3, sharing: .keyValue)
        XCTAssertEqual(kv.parameters.map(\.name), ["E"])
        XCTAssertTrue(kv.e === kv.f)
        let values = none.e.array.map(Double.init)
        let variance = values.reduce(0) { $0 + $1 * $1 } / Double(values.count)
        XCTAssertEqual(variance, 1.0 / 8, accuracy: 0.1 / 8)
    }

    /// The same seed gives the same projections; another seed, and E versus F, differ.
    func testSeedReproducible() {
        XCTAssertEqual(make(4, maxLength: 30, heads: 2, seed: 7).e.array, make(4, maxLength: 30, heads: 2, seed: 7).e.array)
        XCTAssertEqual(make(4, maxLength: 30, heads: 2, seed: 7).f.array, make(4, maxLength: 30, heads: 2, seed: 7).f.array)
        XCTAssertNotEqual(make(4, maxLength: 30, heads: 2, seed: 7).e.array, make(4, maxLength: 30, heads: 2, seed: 8).e.array)
        let m = make(4, maxLength: 30, heads: 2, seed: 7)
        XCTAssertNotEqual(m.e.array, m.f.array)
    }

    /// Sizing needs no projections: building a Linformer whose E and F would take 2 x 2^36
    /// bytes and predicting its memory does not draw them (it would exhaust memory), and the
    /// predicted parameter-gradient bytes are those of the tensors once drawn.
    func testProjectionsAreDrawnOnFirstUseOnly() throws {
        let huge = try LinformerAttention(projectedLength: 256, maxLength: 1 << 22, heads: 64, seed: 1)
        let shape = AttentionShape(batch: 1, heads: 64, length: 16, headDim: 8)
        XCTAssertGreaterThan(huge.predictedExtraBytes(shape, backward: true), 1 << 37)
        for sharing in LinformerSharing.allCases {
            let small = make(4, maxLength: 30, heads: 2, sharing: sharing)
            let s = AttentionShape(batch: 1, heads: 2, length: 30, headDim: 8)
            let predicted = small.predictedExtraBytes(s, backward: true) - small.predictedExtraBytes(s, backward: false)
            let withoutParams = make(4, maxLength: 30, heads: 2, sharing: sharing)
            _ = withoutParams.e
            XCTAssertEqual(predicted, withoutParams.predictedExtraBytes(s, backward: true) - withoutParams.predictedExtraBytes(s, backward: false))
            let drawnBytes = small.parameters.reduce(0) { $0 + $1.tensor.byteCount }
            XCTAssertEqual(drawnBytes, (sharing == .keyValue ? 1 : 2) * (sharing == .none ? 2 : 1) * 4 * 30 * 4, "\(sharing)")
        }
    }

    /// Causal Linformer is refused with an error that says why (E mixes future positions).
    func testCausalThrows() {
        XCTAssertThrowsError(try LinformerAttention(projectedLength: 4, maxLength: 16, heads: 1, causal: true)) { error in
            XCTAssertEqual(error as? LinformerError, .causalUnsupported)
            let text = String(describing: error)
            XCTAssertTrue(text.contains("future"), text)
            XCTAssertTrue(text.contains("causal"), text)
        }
        XCTAssertThrowsError(try LinformerAttention(projectedLength: 0, maxLength: 16, heads: 1))
    }

    /// Central differences (eps = 1e-2), tolerance 2e-2 relative with floor 1e-2, as for exact
    /// attention: truncation and Float32 rounding are ~1e-4 of the gradient scale. Checks dQ,
    /// dK, dV and the projection gradients (dE, dF) for every sharing, with L = 11 < maxLength
    /// = 14 so the unused columns (zero gradient) are checked too; all elements checked.
    func testGradients() {
        for sharing in LinformerSharing.allCases {
            let (q, k, v) = Ref.inputs(2, 2, 11, 5, seed: 33)
            let mech = make(4, maxLength: 14, heads: 2, sharing: sharing, seed: 5)
            let reports = GradientCheck.attention(mech, q: q, k: k, v: v, samples: 300)
            for (name, r) in zip(["dQ", "dK", "dV"], reports) {
                XCTAssertLessThan(r.worstRelative, 2e-2, "\(sharing) \(name): \(r)")
            }
            var rng = SeededGenerator(seed: 34)
            let g = Tensor.gaussian([2, 2, 11, 5], rng: &rng)
            let grads = mech.backward(dOutput: g, cache: mech.forward(q: q, k: k, v: v).cache)
            XCTAssertEqual(grads.parameters.count, mech.parameters.count)
            func loss() -> Double {
                let out = mech.forward(q: q, k: k, v: v).output
                return (0..<out.count).reduce(0.0) { $0 + Double(out.data[$1]) * Double(g.data[$1]) }
            }
            for (p, dp) in zip(mech.parameters, grads.parameters) {
                let r = GradientCheck.compare(loss: loss, tensor: p.tensor, analytic: dp, samples: 300, rng: &rng)
                XCTAssertLessThan(r.worstRelative, 2e-2, "\(sharing) d\(p.name): \(r)")
            }
            // Columns beyond L never touch the output: their gradient is exactly zero.
            XCTAssertEqual(grads.parameters[0][0, 0, 12], 0)
        }
    }

    /// predictedExtraBytes equals what the MemoryLedger measures within 1% and never below it
    /// (single-threaded loop over slices: the count is deterministic).
    func testPredictedBytesMatchMeasured() {
        for sharing in LinformerSharing.allCases {
            for backward in [false, true] {
                let (q, k, v) = Ref.inputs(2, 3, 200, 16, seed: 35)
                let mech = make(32, maxLength: 256, heads: 3, sharing: sharing)
                _ = mech.parameters   // drawn before the measured call, as MechanismRegistry.make does
                let measured = Ref.measuredExtraBytes(mech, q: q, k: k, v: v, backward: backward)
                let predicted = mech.predictedExtraBytes(attentionShape(q: q, k: k, v: v), backward: backward)
                XCTAssertGreaterThanOrEqual(predicted, measured, "\(sharing) backward=\(backward)")
                XCTAssertLessThanOrEqual(Double(predicted), 1.01 * Double(measured), "\(sharing) backward=\(backward)")
            }
        }
    }
}
