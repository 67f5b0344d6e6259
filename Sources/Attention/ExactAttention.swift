import CKernels
import PerformerTensor

/// Exact softmax attention: Att = softmax(Q K^T / sqrt(d)) V, bidirectional or causal
/// (tril mask), numerically stable (the row max is subtracted before exp).
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output: (B, H, L, dv). The cache holds the
/// attention matrix P: (B, H, L, L), B*H*L*L*4 bytes, as the quadratic baseline the paper
/// times; it is computed in blocks of `blockRows` rows, each softmaxed while in cache.
public final class ExactAttention: AttentionMechanism {
    public let name = "exact"
    public let isCausal: Bool
    /// Rows of P computed per block (a block is blockRows x L floats of cache-resident work).
    let blockRows: Int

    public init(causal: Bool = false, blockRows: Int = 256) {
        precondition(blockRows > 0)
        self.isCausal = causal
        self.blockRows = blockRows
    }

    final class Cache: AttentionCache {
        let q: Tensor, k: Tensor, v: Tensor, p: Tensor, output: Tensor
        init(q: Tensor, k: Tensor, v: Tensor, p: Tensor, output: Tensor) {
            self.q = q; self.k = k; self.v = v; self.p = p; self.output = output
        }
    }

    /// Heads (batch x heads) run as tasks on the worker pool when there are two or more, each
    /// head's products one OpenBLAS call and its softmax on that worker; a single head splits
    /// its products (`BLAS.gemm`) and softmax rows over the pool instead. Every element is
    /// computed the same way in both forms.
    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let p = Tensor(uninitialized: [s.batch, s.heads, s.length, s.length])
        let out = Tensor(uninitialized: [s.batch, s.heads, s.length, s.valueDim])
        let heads = s.batch * s.heads
        if heads == 1 {
            forwardHead(0, s, q: q, k: k, v: v, p: p, out: out, splitRows: true)
        } else {
            WorkerPool.run(heads) { bh in forwardHead(bh, s, q: q, k: k, v: v, p: p, out: out, splitRows: false) }
        }
        return AttentionForward(output: out, cache: Cache(q: q, k: k, v: v, p: p, output: out))
    }

    /// Head `bh`'s rows of P (its block of p) and of the output; `splitRows` spreads each
    /// block's softmax over the pool (only outside the pool's tasks).
    private func forwardHead(_ bh: Int, _ s: AttentionShape, q: Tensor, k: Tensor, v: Tensor, p: Tensor, out: Tensor,
                             splitRows: Bool) {
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let scale = 1 / Float(d).squareRoot()
        let qh = q.data + bh * L * d, kh = k.data + bh * L * d, vh = v.data + bh * L * dv
        let ph = p.data + bh * L * L, oh = out.data + bh * L * dv
        for r0 in stride(from: 0, to: L, by: blockRows) {
            let rows = min(blockRows, L - r0)
            let cols = isCausal ? r0 + rows : L
            let block = ph + r0 * L
            // Raw scores of this block of rows: Q[r0..<r0+rows] K[0..<cols]^T.
            BLAS.gemm(transA: false, transB: true, m: rows, n: cols, k: d,
                      a: qh + r0 * d, lda: d, b: kh, ldb: d, c: block, ldc: L)
            let firstValid = isCausal ? r0 + 1 : -1
            let softmax = { (i0: Int, i1: Int) in
                ck_softmax_rows(block + i0 * L, i1 - i0, cols, L, scale, firstValid < 0 ? -1 : firstValid + i0)
            }
            if splitRows {
                WorkerPool.forEachChunk(rows, minChunk: 16) { _, i0, i1 in softmax(i0, i1) }
            } else {
                softmax(0, rows)
            }
            if cols < L {
                for i in 0..<rows { (block + i * L + cols).update(repeating: 0, count: L - cols) }
            }
            BLAS.gemm(transA: false, transB: false, m: rows, n: dv, k: cols,
                      a: block, lda: L, b: vh, ldb: dv, c: oh + r0 * dv, ldc: dv)
        }
    }

    /// Heads as tasks on the pool when there are two or more (each worker with its own
    /// blockRows x L scratch and L row dots), else one head with its products and softmax rows
    /// split over the pool, as in `forward`.
    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let s = attentionShape(q: c.q, k: c.k, v: c.v)
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let dQ = Tensor(zeros: c.q.shape), dK = Tensor(zeros: c.k.shape), dV = Tensor(zeros: c.v.shape)
        let heads = s.batch * s.heads
        let scratchFloats = min(blockRows, s.length) * s.length + s.length
        WorkerPool.run(heads, scratchFloats: scratchFloats) { bh, _, scratch in
            backwardHead(bh, s, c, dOutput: dOutput, dQ: dQ, dK: dK, dV: dV, scratch: scratch, splitRows: heads == 1)
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// Head `bh`'s gradients; `scratch` holds min(blockRows, L) x L floats of dS, then L row dots.
    private func backwardHead(_ bh: Int, _ s: AttentionShape, _ c: Cache, dOutput: Tensor, dQ: Tensor, dK: Tensor, dV: Tensor,
                              scratch: UnsafeMutablePointer<Float>, splitRows: Bool) {
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let scale = 1 / Float(d).squareRoot()
        let dS = scratch, rowDot = scratch + min(blockRows, L) * L
        let qh = c.q.data + bh * L * d, kh = c.k.data + bh * L * d, vh = c.v.data + bh * L * dv
        let ph = c.p.data + bh * L * L, oh = c.output.data + bh * L * dv
        let doh = dOutput.data + bh * L * dv
        let dqh = dQ.data + bh * L * d, dkh = dK.data + bh * L * d, dvh = dV.data + bh * L * dv
        // rowDot[i] = sum_j P[i,j] dP[i,j] = dO[i] . O[i]
        ck_row_dots(doh, oh, rowDot, L, dv, dv)
        for r0 in stride(from: 0, to: L, by: blockRows) {
            let rows = min(blockRows, L - r0)
            let cols = isCausal ? r0 + rows : L
            let pBlock = ph + r0 * L
            // dV[0..<cols] += P_blk^T dO_blk
            BLAS.gemm(transA: true, transB: false, m: cols, n: dv, k: rows,
                      a: pBlock, lda: L, b: doh + r0 * dv, ldb: dv, beta: 1, c: dvh, ldc: dv)
            // dP_blk = dO_blk V[0..<cols]^T, then dS = P * (dP - rowDot)
            BLAS.gemm(transA: false, transB: true, m: rows, n: cols, k: dv,
                      a: doh + r0 * dv, lda: dv, b: vh, ldb: dv, c: dS, ldc: L)
            let softmaxBackward = { (i0: Int, i1: Int) in
                ck_softmax_backward_rows(dS + i0 * L, pBlock + i0 * L, rowDot + r0 + i0, i1 - i0, cols, L)
            }
            if splitRows {
                WorkerPool.forEachChunk(rows, minChunk: 16) { _, i0, i1 in softmaxBackward(i0, i1) }
            } else {
                softmaxBackward(0, rows)
            }
            // dQ_blk = scale dS K[0..<cols];  dK[0..<cols] += scale dS^T Q_blk
            BLAS.gemm(transA: false, transB: false, m: rows, n: d, k: cols, alpha: scale,
                      a: dS, lda: L, b: kh, ldb: d, c: dqh + r0 * d, ldc: d)
            BLAS.gemm(transA: true, transB: false, m: cols, n: d, k: rows, alpha: scale,
                      a: dS, lda: L, b: qh + r0 * d, ldb: d, beta: 1, c: dkh, ldc: d)
        }
    }

    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        let pBytes = s.batch * s.heads * s.length * s.length * 4
        let out = s.bytes(dim: s.valueDim)
        guard backward else { return pBytes + out }
        let grads = 2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim)
        let workers = WorkerPool.workerCount(s.batch * s.heads)
        return pBytes + 2 * out + grads + workers * (min(blockRows, s.length) * s.length * 4 + s.length * 4)
    }
}
