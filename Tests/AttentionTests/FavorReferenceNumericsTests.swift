import Attention
import PerformerTensor
import TestSupport
import XCTest
import Foundation

/// `numerics: .reference` against a Float64 transcription of the reference JAX code's
/// formulas (google-research performer/fast_attention/jax/fast_attention.py:
/// nonnegative_softmax_kernel_feature_creator, sincos_softmax_kernel_feature_creator, the
/// prefix-sum numerator/denominator and the guard R + 2 eps (|R| <= eps)). The transcription
/// lives here only and calls nothing in Sources but the tensor accessors.
final class FavorReferenceNumericsTests: XCTestCase {
    /// The reference's output for one (batch, head) in Float64; x rows (L x d), w (m x d).
    static func transcription(q: [Double], k: [Double], v: [Double], w: [Double], L: Int, d: Int, dv: Int, m: Int,
                              trig: Bool, causal: Bool) -> [Double] {
        let eps = 1e-6
        let s = 1 / Double(d).squareRoot().squareRoot()    // data_normalizer
        let ratio = 1 / Double(m).squareRoot()
        func dash(_ x: [Double]) -> [Double] {              // (s x) W^T: L x m
            var out = [Double](repeating: 0, count: L * m)
            for i in 0..<L { for a in 0..<m { var t = 0.0; for c in 0..<d { t += s * x[i * d + c] * w[a * d + c] }; out[i * m + a] = t } }
            return out
        }
        func diag(_ x: [Double]) -> [Double] {              // |x|^2 / 2 * s^2
            (0..<L).map { i in var t = 0.0; for c in 0..<d { t += x[i * d + c] * x[i * d + c] }; return t / 2 * s * s }
        }
        func features(_ x: [Double], isQuery: Bool) -> [Double] {
            let dd = dash(x), dg = diag(x)
            if trig {
                let shift = dg.max()!                        // max over the attention (length) axis
                var out = [Double](repeating: 0, count: L * 2 * m)
                for i in 0..<L {
                    let c = Foundation.exp(dg[i] - shift)
                    for a in 0..<m {
                        out[i * 2 * m + a] = ratio * Foundation.cos(dd[i * m + a]) * c
                        out[i * 2 * m + m + a] = ratio * Foundation.sin(dd[i * m + a]) * c
                    }
                }
                return out
            }
            var out = [Double](repeating: 0, count: L * m)
            let global = dd.max()!                           // keys: over length and features
            for i in 0..<L {
                let rowMax = dd[(i * m)..<((i + 1) * m)].max()!
                let mx = isQuery ? rowMax : global
                for a in 0..<m { out[i * m + a] = ratio * (Foundation.exp(dd[i * m + a] - dg[i] - mx) + eps) }
            }
            return out
        }
        let qp = features(q, isQuery: true), kp = features(k, isQuery: false)
        let r = qp.count / L
        var out = [Double](repeating: 0, count: L * dv)
        for i in 0..<L {
            var num = [Double](repeating: 0, count: dv), den = 0.0
            for j in 0..<(causal ? i + 1 : L) {
                var dot = 0.0
                for a in 0..<r { dot += qp[i * r + a] * kp[j * r + a] }
                den += dot
                for t in 0..<dv { num[t] += dot * v[j * dv + t] }
            }
            if Swift.abs(den) <= eps { den += 2 * eps }
            for t in 0..<dv { out[i * dv + t] = num[t] / den }
        }
        return out
    }

    /// Max |error| / max |reference| per (batch, head) of FavorAttention(numerics: .reference)
    /// against the transcription with the same W.
    static func error(kind: FeatureMapKind, causal: Bool, std: Float, seed: UInt64, bigLateKey: Bool) -> Double {
        let (B, H, L, d, m) = (2, 2, 40, 16, 32)
        let mech = FavorAttention(featureMap: kind, features: m, projection: ProjectionPolicy(redraw: .never, seed: seed),
                                  causal: causal, chunkSize: 8, numerics: .reference)
        var rng = SeededGenerator(seed: seed &+ 1)
        let q = Tensor.gaussian([B, H, L, d], std: std, rng: &rng), k = Tensor.gaussian([B, H, L, d], std: std, rng: &rng)
        let v = Tensor.gaussian([B, H, L, d], rng: &rng)
        if bigLateKey { for b in 0..<B { for h in 0..<H { for t in 0..<d { k[b, h, L - 3, t] *= 2.5 } } } }
        let out = mech.forward(q: q, k: k, v: v).output
        let w = (0..<(m * d)).map { Double(mech.projection!.data[$0]) }
        var worst = 0.0
        for bh in 0..<(B * H) {
            func rows(_ t: Tensor) -> [Double] { (0..<(L * d)).map { Double(t.data[bh * L * d + $0]) } }
            let ref = transcription(q: rows(q), k: rows(k), v: rows(v), w: w, L: L, d: d, dv: d, m: m,
                                    trig: kind == .trig, causal: causal)
            var diff = 0.0, mag = 0.0
            for i in 0..<(L * d) { diff = max(diff, abs(Double(out.data[bh * L * d + i]) - ref[i])); mag = max(mag, abs(ref[i])) }
            worst = max(worst, diff / mag)
        }
        return worst
    }

    /// 1e-5 relative: Float32 features (exp to ~2e-7 relative; exponents up to ~40 carry an
    /// absolute rounding of ~40 * 6e-8 = 2.4e-6 in the product s x.w), sums of <= 40 * 64
    /// positive terms (no cancellation for positive features; trig inputs are kept small so
    /// D stays far from 0). Inputs: ordinary (std 1), trained-like (std 2.5: |q|^2/sqrt(d) ~ 25,
    /// where the reference guard fires on early causal rows after the big late key).
    func testReferenceNumericsMatchTranscription() {
        for kind in [FeatureMapKind.positive, .trig] {
            for causal in [true, false] {
                for (std, big) in (kind == .trig ? [(Float(0.5), false)] : [(Float(1), false), (2.5, true)]) {
                    let err = Self.error(kind: kind, causal: causal, std: std, seed: 12, bigLateKey: big)
                    print("reference numerics \(kind) causal=\(causal) std=\(std): max rel error \(err)")
                    XCTAssertLessThanOrEqual(err, 1e-5, "\(kind) causal=\(causal) std=\(std)")
                }
            }
        }
    }
}

/// The reference's orthogonal blocks (Householder QR without sign fix).
final class ReferenceProjectionTests: XCTestCase {
    /// Rows orthonormal to 1e-12 (Float64 reflections); the first row's first coordinate is
    /// negative in every draw (column 1 of Q is -sign(g_11) g_1 / |g_1|), while the Haar
    /// blocks (sign fix) have it negative in about half of 200 draws (binomial s.d. 7).
    func testHouseholderBlocksAreOrthonormalButNotHaar() {
        let d = 8
        var rng = SeededGenerator(seed: 3)
        var negative = 0, haarNegative = 0
        for _ in 0..<200 {
            let h = Projections.householderRows(d, rng: &rng)
            for i in 0..<d {
                for j in 0..<d {
                    var dot = 0.0
                    for t in 0..<d { dot += h[i * d + t] * h[j * d + t] }
                    XCTAssertEqual(dot, i == j ? 1 : 0, accuracy: 1e-12)
                }
            }
            if h[0] < 0 { negative += 1 }
            if Projections.orthonormalRows(d, rng: &rng)[0] < 0 { haarNegative += 1 }
        }
        XCTAssertEqual(negative, 200)
        XCTAssertGreaterThan(haarNegative, 60); XCTAssertLessThan(haarNegative, 140)
        let mech = FavorAttention(featureMap: .positive, features: 8, numerics: .reference)
        XCTAssertFalse(mech.projectionPolicy.signFix)
    }
}
