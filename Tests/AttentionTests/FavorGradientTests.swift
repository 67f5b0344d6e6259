import Attention
import PerformerTensor
import TestSupport
import XCTest

/// Finite-difference checks of FAVOR+ backward for every feature map, both directions.
final class FavorGradientTests: XCTestCase {
    /// Central differences with eps = 1e-2 in Float32: truncation O(eps^2 f''') ~ 1e-4 and
    /// rounding ~1e-7 |loss| / eps ~ 1e-4 of the gradient scale, so 2e-2 relative (absolute
    /// floor 1e-2 for near-zero entries) separates right from wrong gradients. W is fixed
    /// (redraw never). relu and abs with a projection have kinks at Wx = 0 that a step can
    /// cross, so those use eps = 2e-3 (rounding ~5e-4, still far below 2e-2) and inputs whose
    /// projections keep 0.05 away from the kink.
    func check(_ kind: FeatureMapKind, causal: Bool, renormalize: Bool = true, useProjection: Bool = false) {
        let mech = FavorAttention(featureMap: kind, features: 8, projection: ProjectionPolicy(redraw: .never, seed: 5),
                                  causal: causal, renormalize: renormalize, useProjection: useProjection, chunkSize: 4)
        let kinked = useProjection && (kind == .relu || kind == .abs)
        let eps: Float = kinked ? 2e-3 : 1e-2
        var seed: UInt64 = 12
        var (q, k, v) = FavorAttentionTests.inputs(kind, 1, 2, 11, 4, seed: seed, std: 0.8)
        if kinked {
            // Pick inputs whose projections stay 0.05 (>> eps |w| ~ 5e-3) away from the kink,
            // so every difference quotient sees one smooth piece.
            _ = mech.forward(q: q, k: k, v: v)
            func margin() -> Float {
                let w = mech.projection!
                var low = Float.infinity
                for x in [q, k] { for i in 0..<(x.count / 4) { for j in 0..<8 {
                    low = min(low, abs((0..<4).reduce(Float(0)) { $0 + w[j, $1] * x.data[i * 4 + $1] }))
                } } }
                return low
            }
            while margin() < 0.05 { seed += 1; (q, k, v) = FavorAttentionTests.inputs(kind, 1, 2, 11, 4, seed: seed, std: 0.8) }
        }
        let reports = GradientCheck.attention(mech, q: q, k: k, v: v, eps: eps, samples: 30)
        for (name, r) in zip(["dQ", "dK", "dV"], reports) {
            XCTAssertLessThan(r.worstRelative, 2e-2, "\(kind) causal=\(causal) renorm=\(renormalize) proj=\(useProjection) \(name): \(r)")
        }
    }

    func testSoftmaxKernelMaps() {
        for kind in [FeatureMapKind.positive, .hyperbolic, .trig] {
            for causal in [false, true] { check(kind, causal: causal) }
        }
    }

    func testGeneralizedMaps() {
        for kind in FavorAttentionTests.generalized {
            for causal in [false, true] { check(kind, causal: causal) }
        }
    }

    func testGeneralizedWithProjection() {
        for kind in [FeatureMapKind.relu, .exp, .elu, .abs, .sigmoid, .gelu] {
            for causal in [false, true] { check(kind, causal: causal, useProjection: true) }
        }
    }

    /// Without renormalisation (stabilizer then inactive): output Q'(K'^T V) and its prefix form.
    func testWithoutRenormalization() {
        for kind in [FeatureMapKind.positive, .relu, .trig] {
            for causal in [false, true] { check(kind, causal: causal, renormalize: false) }
        }
    }

    /// The causal backward's reverse walk (state rebuilt by subtracting chunk contributions
    /// from the final state) over 40 chunks of 16 rows equals the single-chunk backward at
    /// L = 640 (one masked 640 x 640 product, nothing subtracted): max |diff| / max |grad|
    /// <= 5e-4. The rebuilt state S_<c = S_final - sum of later chunks carries the absolute
    /// rounding of S_final (~1e-7 |S_final| per subtraction, ~40 of them), which relative to
    /// an early state of 16 rows (|S_final| / |S_<c| up to ~40) is ~1e-4 (measured 1.2e-4),
    /// as in the reference's reverse scan; a wrong chunk term is an O(1) error.
    func testCausalReverseWalkMatchesSingleChunk() {
        for kind in [FeatureMapKind.positive, .trig, .relu] {
            let (q, k, v) = FavorAttentionTests.inputs(kind, 1, 1, 640, 8, seed: 30, std: 0.6)
            var rng = SeededGenerator(seed: 31)
            let g = Tensor.gaussian([1, 1, 640, 8], rng: &rng)
            func grads(_ chunk: Int) -> AttentionGradients {
                let mech = FavorAttention(featureMap: kind, features: 16, projection: ProjectionPolicy(redraw: .never, seed: 6),
                                          causal: true, chunkSize: chunk)
                return mech.backward(dOutput: g, cache: mech.forward(q: q, k: k, v: v).cache)
            }
            let a = grads(16), b = grads(640)
            for (x, y, name) in [(a.dQ, b.dQ, "dQ"), (a.dK, b.dK, "dK"), (a.dV, b.dV, "dV")] {
                let ref = (0..<y.count).map { Double(y.data[$0]) }
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(x, ref), 5e-4, "\(kind) \(name)")
            }
        }
    }
}
