import CKernels
import Foundation
import PerformerTensor

/// Reformer's LSH self-attention (Kitaev, Kaiser, Levskaya, ICLR 2020), read from trax's
/// LSHSelfAttention with lucidrains' reformer-pytorch as the second reading.
///
/// q: (B, H, L, d); v: (B, H, L, dv); output: (B, H, L, dv). **Shared QK**: the keys are the
/// queries normalised to unit length, k_j = q_j / |q_j|, so `k` is only checked for shape and
/// its gradient is zero (a model's K projection receives no gradient). Scores are q_i . k_j
/// with no 1/sqrt(d) factor, as trax computes them (its `length_normalized` key divided by
/// sqrt(d) is the unit key; the unnormalised query is a learnable temperature).
///
/// Per round r (n_hashes independent rounds, each with its own rotation, see
/// `ReformerHashing`): positions are sorted stably by (bucket of q, position) and cut into
/// chunks of `chunkLength` (the last one shorter when L is not a multiple); the queries of
/// chunk c attend to the keys of chunks c and c - 1 (chunk 0 to the last chunk, as trax's
/// `look_adjacent` wraps; with one chunk, to itself once). Keys in a neighbouring bucket are
/// attended to (trax does not mask buckets). A query's own key is penalised by -1e5 (trax's
/// `exclude_self`), so it carries weight only when nothing else is allowed; causal rounds
/// drop keys at later positions. Round r gives o_r(i) and its log-normaliser lse_r(i); the
/// rounds are combined as out_i = sum_r exp(lse_r(i) - LSE(i)) o_r(i), LSE = logsumexp_r.
/// A key found by several rounds counts once per round: no duplicate correction, as trax's
/// LSHSelfAttention (its `attend` subtracts no log-counts; the older
/// MergedMultiHashedCausalAttention had the correction, on by default) and reformer-pytorch's
/// default (`allow_duplicate_attention=True`).
/// Equivalently out_i = sum over (round, key) of exp(s_ij - LSE(i)) v_j.
///
/// Rounds run as (batch, head, round) tasks on `WorkerPool`, each chunk with two BLAS
/// products (chunk x 2 chunk x d, chunk x 2 chunk x dv). Nothing L x L exists: the cache
/// holds the sort (B H n_hashes L), LSE (B H 2 L) and inverse norms (B H L); backward recomputes each
/// chunk's probabilities exp(s - LSE) with the sort held fixed (the hash is discrete, the
/// gradient flows through the softmax over the chosen keys).
public final class ReformerAttention: AttentionMechanism {
    public let name = "reformer"
    public let isCausal: Bool
    /// Hashing rounds n_hashes (>= 1).
    let hashes: Int
    /// Buckets per round b (even, >= 2).
    let buckets: Int
    /// Sorted positions per chunk (>= 1).
    let chunkLength: Int
    /// When the rotations are redrawn: never, at every `beginStep`, or at every forward call.
    public let redraw: ProjectionPolicy.Redraw
    public let seed: UInt64
    /// The penalty on a query's own key (trax's exclude_self constant).
    static let selfPenalty: Float = 1e5

    /// The rotations the last forward call used, (hashes, d, b/2); nil before the first call.
    private(set) var rotations: Tensor?
    /// When set (to a cache's `perm`), forward uses this sort instead of hashing: the
    /// gradient checks hold the hash fixed while they perturb q.
    var heldPermutation: Tensor?
    private var step = 0, calls = 0

    public init(hashes: Int = 2, buckets: Int = 64, chunkLength: Int = 64, causal: Bool = false,
                redraw: ProjectionPolicy.Redraw = .perStep, seed: UInt64 = 0) {
        precondition(hashes >= 1, "n_hashes must be >= 1, got \(hashes)")
        precondition(buckets >= 2 && buckets % 2 == 0, "n_buckets must be even and >= 2, got \(buckets)")
        precondition(chunkLength >= 1, "chunk_length must be >= 1, got \(chunkLength)")
        self.hashes = hashes; self.buckets = buckets; self.chunkLength = chunkLength
        self.isCausal = causal; self.redraw = redraw; self.seed = seed
    }

    /// The rotations of step `step` (`.never` uses step 0's); call `c` under `.perCall`.
    func rotations(step: Int, dim d: Int) -> Tensor {
        var rng = SeededGenerator(seed: seed).derive("lsh-rotations").derive(UInt64(bitPattern: Int64(step)))
        return ReformerHashing.rotations(hashes: hashes, dim: d, buckets: buckets, rng: &rng)
    }

    func rotations(call: Int, dim d: Int) -> Tensor {
        var rng = SeededGenerator(seed: seed).derive("lsh-rotations-call").derive(UInt64(call))
        return ReformerHashing.rotations(hashes: hashes, dim: d, buckets: buckets, rng: &rng)
    }

    public func beginStep(_ step: Int) {
        self.step = step
        if redraw == .perStep, let r = rotations { rotations = rotations(step: step, dim: r.shape[1]) }
    }

    func rotationsForCall(dim d: Int) -> Tensor {
        if redraw == .perCall {
            defer { calls += 1 }
            rotations = rotations(call: calls, dim: d)
        } else if rotations == nil || rotations!.shape[1] != d {
            rotations = rotations(step: redraw == .perStep ? step : 0, dim: d)
        }
        return rotations!
    }

    final class Cache: AttentionCache {
        let q: Tensor, v: Tensor, kShape: [Int], output: Tensor
        /// (B, H, n_hashes, L): sorted positions per round, exact Float32 integers.
        let perm: Tensor
        /// (B, H, 2, L): LSE(i) over all rounds as two parts, the largest round log-normaliser
        /// m(i) and log sum_r exp(lse_r(i) - m(i)), so that a row whose only key is itself
        /// (score near -1e5, where Float32 steps by 0.008) keeps its weights exact: s - m is
        /// exact and the second part is small. Then 1/|q_i| (B, H, L), 0 for a zero row.
        let lse: Tensor, invNorm: Tensor
        init(q: Tensor, v: Tensor, kShape: [Int], output: Tensor, perm: Tensor, lse: Tensor, invNorm: Tensor) {
            self.q = q; self.v = v; self.kShape = kShape; self.output = output
            self.perm = perm; self.lse = lse; self.invNorm = invNorm
        }
    }

    /// Chunks of one round and the sorted rows of chunk c's keys: [previous chunk, own chunk].
    struct Chunks {
        let length: Int, size: Int
        var count: Int { (length + size - 1) / size }
        func rows(_ c: Int) -> Range<Int> { c * size..<min(length, (c + 1) * size) }
        func keyRows(_ c: Int) -> [Range<Int>] { count == 1 ? [rows(c)] : [rows((c + count - 1) % count), rows(c)] }
        /// Widest key set: two full chunks, or the whole round when it is one chunk.
        var maxKeys: Int { min(length, 2 * size) }
    }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        precondition(s.length < 1 << 24, "reformer: L = \(s.length) must be < 2^24 (positions are stored as Float32)")
        let (L, d, dv, nh, bh) = (s.length, s.headDim, s.valueDim, hashes, s.batch * s.heads)
        let invNorm = Self.inverseNorms(q, rows: bh * L, dim: d)
        let perm: Tensor
        if let held = heldPermutation, held.shape == [s.batch, s.heads, nh, L] { perm = held } else {
            perm = Tensor(uninitialized: [s.batch, s.heads, nh, L])
            let rot = rotationsForCall(dim: d)
            let hashScratch = ReformerHashing.scratchFloats(length: L, buckets: buckets)
            WorkerPool.run(bh * nh, scratchFloats: hashScratch) { t, _, scratch in
                ReformerHashing.sortedPositions(x: q.data + (t / nh) * L * d, length: L, dim: d,
                                                rotation: rot.data + (t % nh) * d * (buckets / 2), buckets: buckets,
                                                scratch: scratch, perm: perm.data + t * L)
            }
        }
        let roundOut = Tensor(uninitialized: [bh * nh, L, dv]), roundLse = Tensor(uninitialized: [bh * nh, L])
        let ch = Chunks(length: L, size: chunkLength)
        let (cq, ck) = (min(chunkLength, L), ch.maxKeys)
        WorkerPool.run(bh * nh, scratchFloats: forwardScratchFloats(s)) { t, _, scratch in
            let b = t / nh
            let (qc, kc) = (scratch, scratch + cq * d)
            let (vc, sc) = (kc + ck * d, kc + ck * d + ck * dv)
            let oc = sc + cq * ck
            let p = perm.data + t * L
            for c in 0..<ch.count {
                let qr = ch.rows(c), kr = ch.keyRows(c)
                let nk = kr.reduce(0) { $0 + $1.count }
                Self.gather(q.data + b * L * d, d, p, [qr], scale: nil, into: qc)
                Self.gather(q.data + b * L * d, d, p, kr, scale: invNorm.data + b * L, into: kc)
                Self.gather(v.data + b * L * dv, dv, p, kr, scale: nil, into: vc)
                BLAS.gemm(transA: false, transB: true, m: qr.count, n: nk, k: d,
                          a: qc, lda: d, b: kc, ldb: d, c: sc, ldc: ck)
                for (i, row) in qr.enumerated() {
                    let lse = maskedExp(sc + i * ck, query: p[row], p, kr, shift: nil).high
                    roundLse.data[t * L + Int(p[row])] = lse
                }
                BLAS.gemm(transA: false, transB: false, m: qr.count, n: dv, k: nk,
                          a: sc, lda: ck, b: vc, ldb: dv, c: oc, ldc: dv)
                for (i, row) in qr.enumerated() {
                    (roundOut.data + (t * L + Int(p[row])) * dv).update(from: oc + i * dv, count: dv)
                }
            }
        }
        let out = Tensor(uninitialized: [s.batch, s.heads, L, dv]), lse = Tensor(uninitialized: [s.batch, s.heads, 2, L])
        Self.combineRounds(roundOut, roundLse, hashes: nh, rows: bh * L, length: L, dv: dv, out: out, lse: lse)
        return AttentionForward(output: out, cache: Cache(q: q, v: v, kShape: k.shape, output: out, perm: perm,
                                                          lse: lse, invNorm: invNorm))
    }

    /// Scores of one query row over its chunk's keys (in the order of `keyRows`) turned into
    /// exponentials: self penalised, later positions (causal) set to 0. Without `shift` the
    /// row becomes probabilities exp(s - m) / z and (m + log z, 0) is returned; with `shift`
    /// (a saved LSE as (high, low)) it becomes exp((s - high) - low), `shift` returned.
    func maskedExp(_ row: UnsafeMutablePointer<Float>, query qpos: Float, _ p: UnsafeMutablePointer<Float>,
                   _ keyRows: [Range<Int>], shift: (high: Float, low: Float)?) -> (high: Float, low: Float) {
        var j = 0, m = -Float.infinity
        for r in keyRows {
            for kRow in r {
                let kpos = p[kRow]
                if isCausal && kpos > qpos { row[j] = -.infinity } else {
                    if kpos == qpos { row[j] -= Self.selfPenalty }
                    m = max(m, row[j])
                }
                j += 1
            }
        }
        if let shift {
            for t in 0..<j { row[t] -= shift.high }
            ck_exp_affine(row, row, j, 1, -shift.low)
            return shift
        }
        ck_exp_affine(row, row, j, 1, -m)
        var z: Float = 0
        for t in 0..<j { z += row[t] }
        let inv = 1 / z
        for t in 0..<j { row[t] *= inv }
        return (m + log(z), 0)
    }

    /// dst rows = src rows at the positions p[row] for the sorted rows in `ranges`, each scaled
    /// by scale[pos] when given.
    static func gather(_ src: UnsafePointer<Float>, _ dim: Int, _ p: UnsafePointer<Float>, _ ranges: [Range<Int>],
                       scale: UnsafePointer<Float>?, into dst: UnsafeMutablePointer<Float>) {
        var i = 0
        for r in ranges {
            for row in r {
                let pos = Int(p[row])
                let to = dst + i * dim, from = src + pos * dim
                if let scale { let a = scale[pos]; for t in 0..<dim { to[t] = a * from[t] } } else { to.update(from: from, count: dim) }
                i += 1
            }
        }
    }

    /// 1/|x_i| for the `rows` rows of x (0 for a zero row): the keys are x_i / |x_i|.
    static func inverseNorms(_ x: Tensor, rows: Int, dim d: Int) -> Tensor {
        let inv = Tensor(uninitialized: [rows])
        for i in 0..<rows {
            var ss: Float = 0
            for t in 0..<d { let a = x.data[i * d + t]; ss += a * a }
            inv.data[i] = ss > 0 ? 1 / ss.squareRoot() : 0
        }
        return inv
    }

    /// out_i = sum_r exp(lse_r(i) - m) o_r(i) / z with m = max_r lse_r(i), z = sum_r exp(lse_r(i) - m)
    /// (weights summing to 1 however large |m| is), and LSE(i) saved as (m, log z) in
    /// lse (B H, 2, L), for the `rows` = B H L query rows (round r of slice b at rows
    /// (b n_hashes + r) L ...).
    static func combineRounds(_ o: Tensor, _ l: Tensor, hashes nh: Int, rows: Int, length L: Int, dv: Int,
                              out: Tensor, lse: Tensor) {
        WorkerPool.run(rows / L) { b in
            for pos in 0..<L {
                let i = b * L + pos
                var m = -Float.infinity
                for r in 0..<nh { m = max(m, l.data[(b * nh + r) * L + pos]) }
                var z: Float = 0
                for r in 0..<nh { z += exp(l.data[(b * nh + r) * L + pos] - m) }
                lse.data[2 * b * L + pos] = m
                lse.data[(2 * b + 1) * L + pos] = log(z)
                let dst = out.data + i * dv
                dst.update(repeating: 0, count: dv)
                for r in 0..<nh {
                    let w = exp(l.data[(b * nh + r) * L + pos] - m) / z
                    let src = o.data + ((b * nh + r) * L + pos) * dv
                    for t in 0..<dv { dst[t] += w * src[t] }
                }
            }
        }
    }
}
