import COpenBLAS

extension BLAS {
    /// y (m or n) = alpha * op(A) x + beta * y, A row-major m x n (lda >= n); op(A) = A (y has
    /// m entries, x n) or, with `transA`, A^T (y has n entries, x m). One row of a product
    /// (a decoder's single query) goes through here rather than a 1-row `gemm`.
    @inlinable
    public static func gemv(transA: Bool, m: Int, n: Int, alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
                            x: UnsafePointer<Float>, beta: Float = 0, y: UnsafeMutablePointer<Float>) {
        if m == 0 || n == 0 { return }
        cblas_sgemv(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), alpha, a, Int32(lda),
                    x, 1, beta, y, 1)
    }

    /// A (m x n, row-major, lda >= n) += alpha * x y^T: the rank-1 update of a prefix state.
    @inlinable
    public static func ger(m: Int, n: Int, alpha: Float = 1, x: UnsafePointer<Float>, y: UnsafePointer<Float>,
                           a: UnsafeMutablePointer<Float>, lda: Int) {
        if m == 0 || n == 0 { return }
        cblas_sger(CblasRowMajor, Int32(m), Int32(n), alpha, x, 1, y, 1, a, Int32(lda))
    }
}
