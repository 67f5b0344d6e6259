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
}
