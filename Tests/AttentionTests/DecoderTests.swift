import Attention
import PerformerTensor
import TestSupport
import XCTest

/// Token-by-token decoders against the causal forward: the output of the step at position t
/// is row t of the forward over the whole sequence, whether the earlier positions were
/// prefilled or stepped.
final class DecoderTests: XCTestCase {
    static let (B, H, L, d) = (2, 2, 60, 16)

    static func inputs(std: Float, seed: UInt64) -> (Tensor, Tensor, Tensor) {
        var rng = SeededGenerator(seed: seed)
        return (Tensor.gaussian([B, H, L, d], std: std, rng: &rng), Tensor.gaussian([B, H, L, d], std: std, rng: &rng),
                Tensor.gaussian([B, H, L, d], rng: &rng))
    }

    /// Rows lo..<hi of a (B, H, L, dim) tensor as (B, H, hi - lo, dim).
    static func rows(_ x: Tensor, _ lo: Int, _ hi: Int) -> Tensor {
        let (b, h, l, dim) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let y = Tensor(uninitialized: [b, h, hi - lo, dim])
        for s in 0..<(b * h) { (y.data + s * (hi - lo) * dim).update(from: x.data + (s * l + lo) * dim, count: (hi - lo) * dim) }
        return y
    }

    /// Prefills `prefix` positions, then steps the rest; returns (B, H, L, dv) with the stepped
    /// rows filled and the prefilled ones 0.
    static func decode(_ dec: AttentionDecoder, _ q: Tensor, _ k: Tensor, _ v: Tensor, prefix: Int) -> Tensor {
        let out = Tensor(zeros: v.shape)
        let l = q.shape[2], dv = v.shape[3]
        dec.prefill(k: rows(k, 0, prefix), v: rows(v, 0, prefix))
        for t in prefix..<l {
            let o = dec.step(q: rows(q, t, t + 1), k: rows(k, t, t + 1), v: rows(v, t, t + 1))
            for s in 0..<(o.count / dv) { (out.data + (s * l + t) * dv).update(from: o.data + s * dv, count: dv) }
        }
        XCTAssertEqual(dec.position, l)
        return out
    }

    /// Largest |a - b| over rows >= prefix, divided by the largest |v| (an output row is a
    /// weighted average of value rows, so errors scale with the values).
    static func rowError(_ a: Tensor, _ b: Tensor, v: Tensor, prefix: Int) -> Double {
        let (l, dv) = (a.shape[2], a.shape[3])
        var diff: Float = 0
        for s in 0..<(a.count / (l * dv)) {
            for i in (s * l + prefix) * dv..<((s + 1) * l * dv) { diff = max(diff, abs(a.data[i] - b.data[i])) }
        }
        let vmax = (0..<v.count).map { abs(v.data[$0]) }.max()!
        return Double(diff / vmax)
    }

    /// FAVOR+ as a recurrence equals the chunked causal forward (chunks of 8, so rows cross
    /// chunk boundaries and the forward combines state and intra-chunk blocks) on trained-like
    /// inputs where the reference guard fires and the key shifts' running maximum grows many
    /// times (positive, hyperbolic: std 3.5; trig, signed D: std 0.6; relu: no stabilizer).
    /// Tolerance 3e-5 of max |v|: both use the same feature code; a projection product of one
    /// row may round differently from the same row in a block (d = 16 terms of size <= ~7:
    /// <= 16 x 7 x 2^-24 ~ 7e-6 absolute in an exponent, so relative in a feature), and the
    /// sums of <= 60 rows x 32 features run in another order (<= 92 x 2^-24 ~ 5.5e-6 relative
    /// for nonnegative terms); a relative error e of the weights of a weighted average of values
    /// moves it by <= 2e max|v|, so <= 2.5e-5. (Without the state's rescaling when the running
    /// maximum grows, the error is ~1: the check sees the stabilizer.)
    func testFavorRecurrenceEqualsCausalForwardRows() throws {
        let cases: [(FeatureMapKind, Float)] = [(.positive, 3.5), (.hyperbolic, 3.5), (.trig, 0.6), (.relu, 1)]
        for (kind, std) in cases {
            for guardMode in DenominatorGuard.allCases {
                let mech = FavorAttention(featureMap: kind, features: 32, projection: ProjectionPolicy(redraw: .never, seed: 3),
                                          causal: true, chunkSize: 8, denominatorGuard: guardMode)
                let (q, k, v) = Self.inputs(std: std, seed: 11)
                let full = mech.forward(q: q, k: k, v: v).output
                for prefix in [0, 13] {
                    let dec = try Decoders.make(mech, batch: Self.B, heads: Self.H, headDim: Self.d, valueDim: Self.d, capacity: Self.L)
                    XCTAssertTrue(dec is FavorDecoder)
                    let out = Self.decode(dec, q, k, v, prefix: prefix)
                    let err = Self.rowError(out, full, v: v, prefix: prefix)
                    print("FAVOR+ decoder \(kind) \(guardMode) prefix \(prefix): max |step - forward row| / max|v| = \(err)")
                    XCTAssertLessThanOrEqual(err, 3e-5, "\(kind) \(guardMode) prefix \(prefix)")
                }
            }
        }
    }

    /// The key-value cache equals the causal exact forward (and exact-flash) rows. Tolerance
    /// 2e-5 of max |v|: scores of d = 16 terms of size ~|q||k| ~ 16 round at ~16 x 16 x 2^-24
    /// ~ 1.5e-5 before the 1/sqrt(d) = 1/4 scale, so weights move by ~4e-6 relative; sums of
    /// <= 60 weights add <= 60 x 2^-24 ~ 4e-6; a weighted average moves by <= 2e max|v|.
    func testExactCacheEqualsCausalForwardRows() throws {
        let (q, k, v) = Self.inputs(std: 1, seed: 12)
        for mech in [ExactAttention(causal: true, blockRows: 16) as AttentionMechanism, FlashAttention(causal: true, queryBlock: 16, keyBlock: 32)] {
            let full = mech.forward(q: q, k: k, v: v).output
            for prefix in [0, 13] {
                let dec = try Decoders.make(mech, batch: Self.B, heads: Self.H, headDim: Self.d, valueDim: Self.d, capacity: Self.L)
                let out = Self.decode(dec, q, k, v, prefix: prefix)
                let err = Self.rowError(out, full, v: v, prefix: prefix)
                print("exact decoder vs \(mech.name) prefix \(prefix): max |step - forward row| / max|v| = \(err)")
                XCTAssertLessThanOrEqual(err, 2e-5, "\(mech.name) prefix \(prefix)")
            }
        }
    }

    /// After `mark`, stepping, `rewind` and stepping the same tokens again gives the same
    /// outputs bit for bit (the same operations on the same state), for both decoders; a
    /// rewind without a mark empties the decoder.
    func testRewindReturnsToTheMark() throws {
        let (q, k, v) = Self.inputs(std: 2, seed: 13)
        let mechs: [AttentionMechanism] = [FavorAttention(features: 32, projection: ProjectionPolicy(redraw: .never, seed: 1), causal: true),
                                           ExactAttention(causal: true)]
        for mech in mechs {
            let dec = try Decoders.make(mech, batch: Self.B, heads: Self.H, headDim: Self.d, valueDim: Self.d, capacity: Self.L)
            dec.prefill(k: Self.rows(k, 0, 20), v: Self.rows(v, 0, 20))
            dec.mark()
            func run() -> [Float] {
                (20..<30).flatMap { t in
                    let o = dec.step(q: Self.rows(q, t, t + 1), k: Self.rows(k, t, t + 1), v: Self.rows(v, t, t + 1))
                    return Array(UnsafeBufferPointer(start: o.data, count: o.count))
                }
            }
            let first = run()
            XCTAssertEqual(dec.position, 30)
            dec.rewind()
            XCTAssertEqual(dec.position, 20)
            XCTAssertEqual(run(), first, mech.name)
        }
    }

    /// Mechanisms whose causal rows read later keys, or that have no recurrence, are refused
    /// with a reason naming the problem.
    func testMechanismsWithoutADecoderAreRefused() {
        let reference = FavorAttention(causal: true, numerics: .reference)
        XCTAssertTrue(Decoders.unsupported(reference)?.contains("numerics = strict") == true)
        XCTAssertNil(Decoders.unsupported(FavorAttention(causal: true, stabilizer: false, numerics: .reference)))
        XCTAssertTrue(Decoders.unsupported(FavorAttention(causal: false))?.contains("causal = true") == true)
        XCTAssertTrue(Decoders.unsupported(LocalAttention(window: 8, causal: true))?.contains("no token-by-token decoder") == true)
        XCTAssertThrowsError(try Decoders.make(ExactAttention(causal: false), batch: 1, heads: 1, headDim: 4, valueDim: 4, capacity: 4))
    }
}
