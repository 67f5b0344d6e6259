import CKernels
import PerformerTensor

/// The bidirectional forward of FAVOR+, one (batch, head) slice per worker.
///
/// Per slice: state = [K'^T V | K'^T 1] accumulated block by block while K'_b is in cache,
/// then [N | D] = Q'_b state and out = N / D block by block while Q'_b is in cache. The slices
/// run concurrently (`TileWorkers`), each on one OpenBLAS thread: the products of one block
/// (512 x 256 x 64) are too small for OpenBLAS to thread well, and a whole slice per core
/// keeps its K'/Q' blocks in that core's cache between the product and the exponentials.
extension FavorAttention {
    /// Floats of scratch one worker of `bidirectionalForward` holds: feature-map scratch,
    /// a row of ones and the [N | D] block.
    static func bidirectionalScratchFloats(length L: Int, dv: Int) -> Int {
        let rows = min(FavorFeatureMap.blockRows, L)
        return rows + FavorFeatureMap.forwardScratch(length: L) + rows * (dv + 1)
    }

    /// Fills qf, kf: (B, H, L, r), out: (B, H, L, dv), den: (B, H, L) and state:
    /// (B, H, r, dv + 1), zero on entry.
    func bidirectionalForward(q: Tensor, k: Tensor, v: Tensor, fm: FavorFeatureMap, w: Tensor?,
                              qf: Tensor, kf: Tensor, out: Tensor, den: Tensor, state: Tensor) {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv, r) = (s.length, s.headDim, s.valueDim, fm.r)
        let rows = min(FavorFeatureMap.blockRows, L)
        let renorm: Int32 = renormalize ? 1 : 0
        let eps = guardEps
        let scratchFloats = Self.bidirectionalScratchFloats(length: L, dv: dv)
        TileWorkers.run(s.batch * s.heads, scratchFloats: scratchFloats) { bh, buffer in
            let ones = buffer, scratch = buffer + rows, na = scratch + FavorFeatureMap.forwardScratch(length: L)
            ones.update(repeating: 1, count: rows)
            let qfh = qf.data + bh * L * r, kfh = kf.data + bh * L * r
            let vh = v.data + bh * L * dv, st = state.data + bh * r * (dv + 1)
            let oh = out.data + bh * L * dv, dh = den.data + bh * L
            fm.forward(x: k.data + bh * L * d, length: L, w: w, phi: kfh, isQuery: false, scratch: scratch) { i0, n in
                BLAS.gemm(transA: true, transB: false, m: r, n: dv, k: n, a: kfh + i0 * r, lda: r, b: vh + i0 * dv, ldb: dv,
                          beta: 1, c: st, ldc: dv + 1)
                BLAS.gemm(transA: true, transB: false, m: r, n: 1, k: n, a: kfh + i0 * r, lda: r, b: ones, ldb: 1,
                          beta: 1, c: st + dv, ldc: dv + 1)
            }
            fm.forward(x: q.data + bh * L * d, length: L, w: w, phi: qfh, isQuery: true, scratch: scratch) { i0, n in
                BLAS.gemm(transA: false, transB: false, m: n, n: dv + 1, k: r, a: qfh + i0 * r, lda: r, b: st, ldb: dv + 1,
                          c: na, ldc: dv + 1)
                ck_favor_normalize(na, n, dv, oh + i0 * dv, dh + i0, renorm, eps)
            }
        }
    }
}
