import CKernels
import Foundation
import PerformerTensor

/// Exact softmax attention computed tile by tile with an online softmax ("flash" attention):
/// the same function as `ExactAttention`, softmax(Q K^T / sqrt(d)) V, bidirectional or causal,
/// but no L x L tensor ever exists.
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output: (B, H, L, dv).
///
/// Forward: for a block of `queryBlock` query rows, the keys are walked in blocks of
/// `keyBlock` columns; each scores tile S = Q_blk K_blk^T is one sgemm, then one fused C pass
/// (`ck_flash_online_rows`) keeps the running row max m and sum l, turns S into
/// exp(S / sqrt(d) - m) and rescales the output rows accumulated so far, and a second sgemm
/// adds P V_blk to them. The cache keeps the row log-sum-exp (B*H*L floats).
///
/// Backward (FlashAttention-2 order): for a block of `keyBlock` keys, the query blocks of
/// `backwardQueryBlock` rows that see it are walked; P is recomputed from the scores and the
/// saved log-sum-exp, then
/// dV_blk += P^T dO, dS = P * (dO V_blk^T - rowDot), dK_blk += dS^T Q / sqrt(d) and
/// dQ += dS K_blk / sqrt(d) (five sgemms per tile). Key blocks are independent for dK and dV;
/// dQ is summed per worker and reduced at the end.
///
/// Work is spread over the cores as (slice, query block) tasks forward and (slice, key block)
/// tasks backward, handed out dynamically, largest first when causal, each running its
/// products on one OpenBLAS thread. Extra memory is O(B H L (d + dv)): outputs, gradients,
/// one dQ accumulator per extra worker and two tiles per worker.
///
/// Flops: forward 4 B H L^2 d (the two products, dv = d), half of it causal (as executed:
/// the causal diagonal tiles are computed whole); backward 10 B H L^2 d (recompute + four
/// products).
public final class FlashAttention: AttentionMechanism, TransientForwardScratch {
    public let name = "exact-flash"
    public let isCausal: Bool
    /// Query rows per forward tile.
    let queryBlock: Int
    /// Key columns per tile (a forward tile is queryBlock x keyBlock floats of scratch).
    let keyBlock: Int
    /// Query rows per backward tile (two backwardQueryBlock x keyBlock tiles per worker).
    let backwardQueryBlock: Int

    /// - Parameters:
    ///   - causal: output row i sees keys 0...i only.
    ///   - queryBlock, keyBlock: forward tile rows and columns, >= 1. The default forward
    ///     tile (256 x 512 floats, 512 KiB) stays in the 1 MiB L2 cache of one core and halves
    ///     the passes over K and V of 128-row tiles (forward 6-9% faster than 128 x 512 at
    ///     L = 4096 in interleaved runs on the 2-core Cooperlake, best of each; within noise
    ///     at L = 1024).
    ///   - backwardQueryBlock: backward tile rows, >= 1; nil: min(queryBlock, 128), so the
    ///     backward's two tiles (probabilities and dS, 2 x 128 x 512 floats) stay in L2.
    public init(causal: Bool = false, queryBlock: Int = 256, keyBlock: Int = 512, backwardQueryBlock: Int? = nil) {
        let bq = backwardQueryBlock ?? min(queryBlock, 128)
        precondition(queryBlock >= 1 && keyBlock >= 1 && bq >= 1,
                     "tile sizes must be >= 1, got \(queryBlock) x \(keyBlock), backward \(bq) rows")
        self.isCausal = causal
        self.queryBlock = queryBlock
        self.keyBlock = keyBlock
        self.backwardQueryBlock = bq
    }

    typealias Cache = LogSumExpCache

    /// Tile mask offset of `ck_flash_*_rows`: row t of a tile whose first query is r0 and first
    /// key c0 keeps columns u with c0 + u <= r0 + t when causal; every column otherwise.
    @inline(__always) func hi0(r0: Int, c0: Int, cols: Int) -> Int { isCausal ? r0 - c0 + 1 : cols }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let br = min(queryBlock, L), bc = min(keyBlock, L)
        let out = Tensor(uninitialized: [s.batch, s.heads, L, dv])
        let lse = Tensor(uninitialized: [s.batch, s.heads, L])
        let scale = 1 / Float(d).squareRoot()
        let blocks = (L + br - 1) / br
        // Largest tasks first when causal: the last query block sees the most keys.
        let tasks = s.batch * s.heads * blocks
        WorkerPool.run(tasks, scratchFloats: br * bc + 2 * br) { task, _, scratch in
            let bh = task % (s.batch * s.heads)
            let qb = isCausal ? blocks - 1 - task / (s.batch * s.heads) : task / (s.batch * s.heads)
            let r0 = qb * br, rows = min(br, L - r0)
            let tile = scratch, m = scratch + br * bc, l = m + br
            let qh = q.data + bh * L * d, kh = k.data + bh * L * d, vh = v.data + bh * L * dv
            let oh = out.data + bh * L * dv + r0 * dv
            m.update(repeating: -.infinity, count: rows)
            l.update(repeating: 0, count: rows)
            let end = isCausal ? r0 + rows : L
            for c0 in stride(from: 0, to: end, by: bc) {
                let cols = min(bc, end - c0)
                BLAS.gemm(transA: false, transB: true, m: rows, n: cols, k: d,
                          a: qh + r0 * d, lda: d, b: kh + c0 * d, ldb: d, c: tile, ldc: bc)
                ck_flash_online_rows(tile, rows, cols, bc, scale, hi0(r0: r0, c0: c0, cols: cols), m, l, oh, dv, dv)
                BLAS.gemm(transA: false, transB: false, m: rows, n: dv, k: cols,
                          a: tile, lda: bc, b: vh + c0 * dv, ldb: dv, beta: 1, c: oh, ldc: dv)
            }
            ck_flash_finish_rows(oh, rows, dv, dv, m, l, lse.data + bh * L + r0)
        }
        return AttentionForward(output: out, cache: Cache(q: q, k: k, v: v, output: out, lse: lse))
    }

    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let s = attentionShape(q: c.q, k: c.k, v: c.v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let br = min(backwardQueryBlock, L), bc = min(keyBlock, L)
        let slices = s.batch * s.heads
        let dQ = Tensor(zeros: c.q.shape), dK = Tensor(zeros: c.k.shape), dV = Tensor(zeros: c.v.shape)
        let scale = 1 / Float(d).squareRoot()
        // rowDot[i] = sum_j P[i,j] dP[i,j] = dO[i] . O[i]
        let rowDot = Tensor(uninitialized: [s.batch, s.heads, L])
        ck_row_dots(dOutput.data, c.output.data, rowDot.data, slices * L, dv, dv)
        let blocks = (L + bc - 1) / bc
        let tasks = slices * blocks
        let workers = WorkerPool.workerCount(tasks)
        // Worker 0 sums its dQ into dQ itself, the others into their own accumulators.
        let partials = (1..<max(1, workers)).map { _ in Tensor(zeros: c.q.shape) }
        WorkerPool.run(tasks, scratchFloats: 2 * br * bc) { task, worker, scratch in
            let bh = task % slices, kb = task / slices
            let c0 = kb * bc, cols = min(bc, L - c0)
            let probs = scratch, dS = scratch + br * bc
            let qh = c.q.data + bh * L * d, kh = c.k.data + bh * L * d + c0 * d, vh = c.v.data + bh * L * dv + c0 * dv
            let doh = dOutput.data + bh * L * dv, lh = c.lse.data + bh * L, rd = rowDot.data + bh * L
            let dqh = (worker == 0 ? dQ : partials[worker - 1]).data + bh * L * d
            let dkh = dK.data + bh * L * d + c0 * d, dvh = dV.data + bh * L * dv + c0 * dv
            // Causal: queries before c0 see none of these keys.
            for r0 in stride(from: isCausal ? c0 : 0, to: L, by: br) {
                let rows = min(br, L - r0)
                BLAS.gemm(transA: false, transB: true, m: rows, n: cols, k: d,
                          a: qh + r0 * d, lda: d, b: kh, ldb: d, c: probs, ldc: bc)
                ck_flash_probs_rows(probs, rows, cols, bc, scale, hi0(r0: r0, c0: c0, cols: cols), lh + r0)
                BLAS.gemm(transA: true, transB: false, m: cols, n: dv, k: rows,
                          a: probs, lda: bc, b: doh + r0 * dv, ldb: dv, beta: 1, c: dvh, ldc: dv)
                BLAS.gemm(transA: false, transB: true, m: rows, n: cols, k: dv,
                          a: doh + r0 * dv, lda: dv, b: vh, ldb: dv, c: dS, ldc: bc)
                ck_softmax_backward_rows(dS, probs, rd + r0, rows, cols, bc)
                BLAS.gemm(transA: false, transB: false, m: rows, n: d, k: cols, alpha: scale,
                          a: dS, lda: bc, b: kh, ldb: d, beta: 1, c: dqh + r0 * d, ldc: d)
                BLAS.gemm(transA: true, transB: false, m: cols, n: d, k: rows, alpha: scale,
                          a: dS, lda: bc, b: qh + r0 * d, ldb: d, beta: 1, c: dkh, ldc: d)
            }
        }
        for p in partials {
            WorkerPool.forEachChunk(p.count, minChunk: 1 << 16) { _, i0, i1 in
                for i in i0..<i1 { dQ.data[i] += p.data[i] }
            }
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// Flops of the sgemms of one forward (and backward) call, 2 m n k per product, as
    /// executed (causal diagonal tiles whole).
    public func productFlops(_ s: AttentionShape, backward: Bool) -> Double {
        let L = s.length, br = min(queryBlock, L), bc = min(keyBlock, L)
        var fwdPairs = 0.0, bwdPairs = 0.0 // query-key pairs computed
        for r0 in stride(from: 0, to: L, by: br) {
            let rows = min(br, L - r0)
            fwdPairs += Double(rows) * Double(isCausal ? r0 + rows : L)
        }
        for c0 in stride(from: 0, to: L, by: bc) {
            bwdPairs += Double(min(bc, L - c0)) * Double(isCausal ? L - c0 : L)
        }
        let bh = Double(s.batch * s.heads), d = Double(s.headDim), dv = Double(s.valueDim)
        let fwd = 2 * fwdPairs * (d + dv)
        let bwd = 2 * bwdPairs * (3 * d + 2 * dv)
        return bh * (fwd + (backward ? bwd : 0))
    }

    /// The forward's scratch, freed on return: one tile and 2 queryBlock floats per worker,
    /// workers = min(cores, B H ceil(L / queryBlock)) (WorkerPool allocates every worker's
    /// scratch before the first task).
    public func predictedForwardScratchBytes(_ s: AttentionShape) -> Int {
        let L = s.length, br = min(queryBlock, L), bc = min(keyBlock, L)
        let workers = WorkerPool.workerCount(s.batch * s.heads * ((L + br - 1) / br))
        return workers * (br * bc + 2 * br) * 4
    }

    /// Forward: output + log-sum-exp + the forward scratch (`predictedForwardScratchBytes`).
    /// With backward (the forward's scratch freed by then): also dOutput, dQ, dK, dV, rowDot,
    /// one dQ accumulator per extra worker and two tiles per worker, workers = min(cores,
    /// B H ceil(L / keyBlock)).
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        let L = s.length, bc = min(keyBlock, L)
        let out = s.bytes(dim: s.valueDim), lse = s.bytes(dim: 1)
        let forward = out + lse + predictedForwardScratchBytes(s)
        guard backward else { return forward }
        let bwdWorkers = WorkerPool.workerCount(s.batch * s.heads * ((L + bc - 1) / bc))
        let grads = 2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim)
        return 2 * out + lse + grads + lse + (bwdWorkers - 1) * s.bytes(dim: s.headDim)
            + bwdWorkers * 2 * min(backwardQueryBlock, L) * bc * 4
    }
}
