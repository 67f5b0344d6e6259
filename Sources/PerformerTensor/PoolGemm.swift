/// Matrix products split over the worker pool, each part one single-threaded OpenBLAS call:
/// how `BLAS.gemm` runs outside the pool's tasks.
///
/// Code alternates products with its own pool loops (the model's layers, exact attention's
/// softmax): if OpenBLAS threaded the products itself, its threads would keep spinning after
/// each product and compete with the pool's loops for the cores (measured: a training step
/// switching between two speeds within one run). Here OpenBLAS never threads a product, and
/// the pool splits it instead.
extension BLAS {
    /// Products of fewer flops (2 m n k) than this run as one call on the calling thread.
    public static let poolGemmMinFlops = 1 << 21

    /// Rows or columns of C per part are a multiple of this (whole micro-kernel tiles).
    static let poolGemmAlignment = 16

    /// Same contract as `gemm` (C (m x n) = alpha op(A) op(B) + beta C, row-major, m, n, k > 0), computed as
    /// disjoint blocks of C's rows (when m >= n) or columns, one block per worker, with OpenBLAS
    /// at one thread per call. Each element of C is a sum over the full k in every split, but
    /// OpenBLAS's kernels may order an element's sum differently for another block shape, so
    /// the last bits can depend on the number of workers (as a product OpenBLAS threads depends
    /// on its thread count); a process on one machine always gets the same bits.
    static func poolGemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        let flops = 2.0 * Double(m) * Double(n) * Double(k)
        let splitRows = m >= n
        let extent = splitRows ? m : n
        let parts = flops < Double(poolGemmMinFlops) ? 1 : WorkerPool.workerCount(extent / poolGemmAlignment)
        if parts == 1 {
            WorkerPool.withOneBLASThread {
                sgemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                     b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
            }
            return
        }
        let perPart = (extent + parts - 1) / parts
        let per = (perPart + poolGemmAlignment - 1) / poolGemmAlignment * poolGemmAlignment
        WorkerPool.run(parts) { t in
            let start = t * per, end = Swift.min(extent, start + per)
            if start >= end { return }
            if splitRows {
                // Rows start..<end of op(A): row i of A, or column i of A when transposed.
                let aPart = transA ? a + start : a + start * lda
                sgemm(transA: transA, transB: transB, m: end - start, n: n, k: k, alpha: alpha, a: aPart, lda: lda,
                     b: b, ldb: ldb, beta: beta, c: c + start * ldc, ldc: ldc)
            } else {
                // Columns start..<end of op(B): column j of B, or row j of B when transposed.
                let bPart = transB ? b + start * ldb : b + start
                sgemm(transA: transA, transB: transB, m: m, n: end - start, k: k, alpha: alpha, a: a, lda: lda,
                     b: bPart, ldb: ldb, beta: beta, c: c + start, ldc: ldc)
            }
        }
    }
}
