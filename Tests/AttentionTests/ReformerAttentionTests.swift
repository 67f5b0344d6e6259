@testable import Attention
import PerformerTensor
import TestSupport
import XCTest

final class ReformerAttentionTests: XCTestCase {
    typealias Ref = BaselineReference

    /// Against the Float64 transcription with the mechanism's own rotations, on lengths that
    /// are not multiples of the chunk length (37 and 50 with chunks of 8 and 6), 1 and 3
    /// rounds, both directions. Tolerance 1e-4 of max |ref|: Float32 scores of d = 8 terms of
    /// size ~1 round at ~1e-6 relative and the weights (<= 16 keys, <= 3 rounds) move by about
    /// that times the score range (~10); the hashing agrees unless two rotated values tie within
    /// Float32 rounding, which these seeds do not produce (a tie would fail far above 1e-4).
    func testMatchesFloat64ReferenceOnRaggedLengths() {
        for causal in [false, true] {
            for (L, chunk, buckets, hashes) in [(37, 8, 4, 1), (50, 6, 6, 3), (23, 8, 2, 2)] {
                let (q, k, v) = Ref.inputs(2, 2, L, 8, seed: 41)
                let mech = ReformerAttention(hashes: hashes, buckets: buckets, chunkLength: chunk, causal: causal, seed: 5)
                let out = mech.forward(q: q, k: k, v: v).output
                let ref = ReformerReference.lsh(q: q, v: v, rotations: mech.rotations!, buckets: buckets, chunk: chunk, causal: causal)
                let err = GradientCheck.maxRelativeError(out, ref)
                XCTAssertLessThanOrEqual(err, 1e-4, "causal=\(causal) L=\(L) chunk=\(chunk) b=\(buckets) h=\(hashes)")
            }
        }
    }

    /// One chunk covering the sequence (chunk_length >= L) makes every round attend to every
    /// key, so any n_buckets (here the smallest, 2) and any n_hashes give exact shared-QK
    /// attention with the self penalty: equal rounds combine to the same output. 1e-5 of
    /// max |ref|: Float32 rounding of <= 40-term softmaxes of d = 8 scores.
    func testOneChunkEqualsExactSharedQK() {
        for causal in [false, true] {
            for hashes in [1, 4] {
                let (q, k, v) = Ref.inputs(1, 3, 40, 8, seed: 42)
                let mech = ReformerAttention(hashes: hashes, buckets: 2, chunkLength: 40, causal: causal, seed: 6)
                let out = mech.forward(q: q, k: k, v: v).output
                let ref = ReformerReference.exactSharedQK(q: q, v: v, causal: causal)
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "causal=\(causal) h=\(hashes)")
            }
        }
    }

    /// The sort of one call, held by later calls, so central differences see a smooth function.
    func held(_ mech: ReformerAttention, q: Tensor, k: Tensor, v: Tensor) -> ReformerAttention {
        let cache = mech.forward(q: q, k: k, v: v).cache as! ReformerAttention.Cache
        mech.heldPermutation = cache.perm
        return mech
    }

    /// Central differences (eps 1e-2, Float32) with the hash held fixed: truncation ~1e-4 and
    /// rounding ~1e-7 |loss| / eps ~1e-4 of the gradient scale, so 2e-2 relative (floor 1e-2)
    /// separates right from wrong. Several chunks (L 19, chunks of 4, ragged), 3 rounds, every
    /// element of dQ and dV checked (B H L d = 190 < samples); dK must be zero (keys come from q).
    func testGradients() {
        for causal in [false, true] {
            let (q, k, v) = Ref.inputs(1, 2, 19, 5, seed: 43)
            let mech = held(ReformerAttention(hashes: 3, buckets: 4, chunkLength: 4, causal: causal, redraw: .never, seed: 7),
                            q: q, k: k, v: v)
            let reports = GradientCheck.attention(mech, q: q, k: k, v: v, samples: 200)
            for (name, r) in zip(["dQ", "dK", "dV"], reports) {
                XCTAssertLessThan(r.worstRelative, 2e-2, "causal=\(causal) \(name): \(r)")
            }
            let g = mech.backward(dOutput: Tensor(repeating: 1, shape: v.shape), cache: mech.forward(q: q, k: k, v: v).cache)
            XCTAssertTrue(g.dK.array.allSatisfy { $0 == 0 })
        }
    }

    /// Causal by position: later positions never receive weight, so with the sort unchanged,
    /// rows 0...t of the output and of dQ, dV (for a loss on those rows) are bit for bit the
    /// same when the later tokens change. The sort is unchanged when the later queries are
    /// scaled by positive factors (the hash is scale invariant) and the later values are
    /// arbitrary. (A later query that changes bucket can move chunk boundaries of the sorted
    /// order and so change which earlier keys an earlier query sees: LSH chunking as in trax
    /// is causal in what it attends to, not in which keys it chooses.)
    func testCausalIgnoresFuture() {
        let (L, t, d) = (45, 20, 8)
        let (q, k, v) = Ref.inputs(2, 2, L, d, seed: 44)
        let mech = ReformerAttention(hashes: 2, buckets: 4, chunkLength: 8, causal: true, redraw: .never, seed: 8)
        let dOut = Tensor(zeros: v.shape)
        for bh in 0..<4 { for i in 0...t { for j in 0..<d { dOut.data[(bh * L + i) * d + j] = Float(j + 1) / 4 } } }
        func run() -> (Tensor, AttentionGradients) {
            let f = mech.forward(q: q, k: k, v: v)
            return (f.output, mech.backward(dOutput: dOut, cache: f.cache))
        }
        let (out0, g0) = run()
        for bh in 0..<4 { for i in (t + 1)..<L { for j in 0..<d {
            q.data[(bh * L + i) * d + j] *= 2.5; v.data[(bh * L + i) * d + j] -= 2
        } } }
        let (out1, g1) = run()
        for bh in 0..<4 { for i in 0...t { for j in 0..<d {
            let at = (bh * L + i) * d + j
            XCTAssertEqual(out0.data[at], out1.data[at])
            XCTAssertEqual(g0.dQ.data[at], g1.dQ.data[at])
            XCTAssertEqual(g0.dV.data[at], g1.dV.data[at])
        } } }
        // A loss on rows 0...t gives zero gradient to the later rows.
        for bh in 0..<4 { for i in (t + 1)..<L { for j in 0..<d {
            XCTAssertEqual(g1.dQ.data[(bh * L + i) * d + j], 0)
            XCTAssertEqual(g1.dV.data[(bh * L + i) * d + j], 0)
        } } }
        XCTAssertNotEqual(out0.data[((L - 1)) * d], out1.data[((L - 1)) * d])
    }

    /// Redraw: `.never` keeps the rotations, `.perStep` draws step s's at beginStep(s) (the same
    /// for the same seed), `.perCall` a new one at every call.
    func testRedrawPolicies() {
        let (q, k, v) = Ref.inputs(1, 1, 16, 4, seed: 45)
        let never = ReformerAttention(buckets: 4, chunkLength: 4, redraw: .never, seed: 1)
        _ = never.forward(q: q, k: k, v: v); let r0 = never.rotations!.array
        never.beginStep(3); _ = never.forward(q: q, k: k, v: v)
        XCTAssertEqual(never.rotations!.array, r0)
        let step = ReformerAttention(buckets: 4, chunkLength: 4, redraw: .perStep, seed: 1)
        _ = step.forward(q: q, k: k, v: v)
        XCTAssertEqual(step.rotations!.array, r0)
        step.beginStep(3)
        XCTAssertNotEqual(step.rotations!.array, r0)
        XCTAssertEqual(step.rotations!.array, step.rotations(step: 3, dim: 4).array)
        let call = ReformerAttention(buckets: 4, chunkLength: 4, redraw: .perCall, seed: 1)
        _ = call.forward(q: q, k: k, v: v); let c0 = call.rotations!.array
        _ = call.forward(q: q, k: k, v: v)
        XCTAssertNotEqual(call.rotations!.array, c0)
    }

    /// predictedExtraBytes bounds the MemoryLedger's peak; with one (batch, head, round) task
    /// there is one worker and the count is deterministic, so within 1%; with 12 tasks the
    /// workers' scratch may or may not overlap in so small a call: the bound and 25%.
    func testPredictedBytesMatchMeasured() {
        for causal in [false, true] {
            for backward in [false, true] {
                for (b, h, hashes, slack) in [(1, 1, 1, 1.01), (2, 3, 2, 1.25)] {
                    let (q, k, v) = Ref.inputs(b, h, 300, 16, seed: 46)
                    let mech = ReformerAttention(hashes: hashes, buckets: 8, chunkLength: 32, causal: causal, seed: 9)
                    let measured = Ref.measuredExtraBytes(mech, q: q, k: k, v: v, backward: backward)
                    let predicted = mech.predictedExtraBytes(attentionShape(q: q, k: k, v: v), backward: backward)
                    let tag = "causal=\(causal) backward=\(backward) tasks=\(b * h * hashes)"
                    XCTAssertGreaterThanOrEqual(predicted, measured, tag)
                    XCTAssertLessThanOrEqual(Double(predicted), slack * Double(measured), tag)
                }
            }
        }
    }

    /// Peak bytes grow linearly in L (nothing L x L): doubling L from 512 to 1024 and to 2048
    /// (chunks of 32, 16 buckets, 2 rounds, forward and backward) at most doubles the measured
    /// peak, with 2% for the fixed-size terms (rotations, per-worker chunk scratch) that do
    /// not double; an L x L term would multiply it by ~4.
    func testPeakBytesLinearInLength() {
        var peaks = [Int]()
        for L in [512, 1024, 2048] {
            let (q, k, v) = Ref.inputs(1, 1, L, 16, seed: 47)
            let mech = ReformerAttention(hashes: 2, buckets: 16, chunkLength: 32, seed: 10)
            peaks.append(Ref.measuredExtraBytes(mech, q: q, k: k, v: v, backward: true))
        }
        XCTAssertLessThanOrEqual(Double(peaks[1]), 2.02 * Double(peaks[0]), "\(peaks)")
        XCTAssertLessThanOrEqual(Double(peaks[2]), 2.02 * Double(peaks[1]), "\(peaks)")
    }
}
