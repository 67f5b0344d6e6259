import COpenBLAS

/// Row-major single-precision matrix products on OpenBLAS.
///
/// Every matrix is described by a pointer and a leading dimension (elements between the
/// starts of consecutive rows), so sub-blocks of larger tensors can be used without copies.
public enum BLAS {
    /// C (m x n) = alpha * op(A) * op(B) + beta * C, op(A) m x k, op(B) k x n, row-major.
    /// A is m x k (lda >= k) or, with `transA`, k x m (lda >= m); likewise B.
    ///
    /// Inside the worker pool's tasks this is one OpenBLAS call (at one thread: the pool pins
    /// it); elsewhere the product is split over the pool (`poolGemm`), so OpenBLAS never
    /// threads a product itself and its idle threads never compete with the pool for the cores.
    public static func gemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            // BLAS leaves C untouched when k == 0 only if beta == 1; make the semantics exact.
            for i in 0..<m { for j in 0..<n { c[i * ldc + j] = beta == 0 ? 0 : beta * c[i * ldc + j] } }
            return
        }
        if WorkerPool.isRunningTasks {
            sgemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                  b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        } else {
            poolGemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                     b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        }
    }

    /// One OpenBLAS sgemm call (m, n, k > 0), threaded as OpenBLAS is set at the time.
    static func sgemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// y = alpha * x + y over n elements.
    @inlinable
    public static func axpy(n: Int, alpha: Float, x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>) {
        cblas_saxpy(Int32(n), alpha, x, 1, y, 1)
    }

    /// x = alpha * x over n elements.
    @inlinable
    public static func scale(n: Int, alpha: Float, x: UnsafeMutablePointer<Float>) {
        cblas_sscal(Int32(n), alpha, x, 1)
    }
}

extension Tensor {
    /// Rows and columns of the last two axes, and the number of such matrices before them.
    public var matrixShape: (batch: Int, rows: Int, cols: Int) {
        precondition(rank >= 2, "a matrix product needs rank >= 2, got \(shape)")
        let rows = shape[rank - 2], cols = shape[rank - 1]
        return (rows * cols == 0 ? shape.dropLast(2).reduce(1, *) : count / (rows * cols), rows, cols)
    }
}

/// c[i] = alpha * op(a[i]) * op(b[i]) + beta * c[i] for every matrix i of the leading axes.
///
/// a: (..., M, K), or (..., K, M) with `transA`; b: (..., K, N) or (..., N, K) with `transB`,
/// or a single 2-D matrix shared by every batch entry; c: (..., M, N), the leading axes of a.
func batchedMatmul(
    _ a: Tensor, transA: Bool = false, _ b: Tensor, transB: Bool = false,
    into c: Tensor, alpha: Float = 1, beta: Float = 0
) {
    let (batch, ar, ac) = a.matrixShape
    let (bBatch, br, bc) = b.matrixShape
    let (cBatch, cr, cc) = c.matrixShape
    let m = transA ? ac : ar, k = transA ? ar : ac
    let kb = transB ? bc : br, n = transB ? br : bc
    precondition(k == kb, "inner dimensions differ: \(a.shape)\(transA ? "ᵀ" : "") x \(b.shape)\(transB ? "ᵀ" : "")")
    precondition(bBatch == batch || b.rank == 2, "batch of \(b.shape) does not match \(a.shape)")
    precondition(cBatch == batch && cr == m && cc == n, "output \(c.shape) for \(m) x \(n) x \(batch)")
    let shareB = b.rank == 2
    for i in 0..<batch {
        BLAS.gemm(
            transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
            a: a.data + i * ar * ac, lda: ac,
            b: b.data + (shareB ? 0 : i * br * bc), ldb: bc,
            beta: beta, c: c.data + i * m * n, ldc: n)
    }
}

/// op(a) * op(b) over the leading axes of a, as a new tensor (see `batchedMatmul`).
func matmul(_ a: Tensor, transA: Bool = false, _ b: Tensor, transB: Bool = false) -> Tensor {
    let (_, ar, ac) = a.matrixShape
    let (_, br, bc) = b.matrixShape
    let m = transA ? ac : ar, n = transB ? br : bc
    let c = Tensor(uninitialized: Array(a.shape.dropLast(2)) + [m, n])
    batchedMatmul(a, transA: transA, b, transB: transB, into: c)
    return c
}
