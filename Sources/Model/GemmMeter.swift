import Foundation
import PerformerTensor

/// The matrix products of the model's layers, with an optional global meter of their flops
/// and seconds (off by default: one branch per product when off).
///
/// Products inside attention mechanisms are not counted here; the model times the
/// mechanisms' forward and backward calls separately (`attentionSeconds`).
public enum GemmMeter {
    public nonisolated(unsafe) static var enabled = false
    nonisolated(unsafe) public static private(set) var flops: Double = 0
    nonisolated(unsafe) public static private(set) var seconds: Double = 0
    /// Seconds spent inside attention mechanisms' forward/backward (counted when enabled).
    public nonisolated(unsafe) static var attentionSeconds: Double = 0

    public static func reset() { flops = 0; seconds = 0; attentionSeconds = 0 }

    /// `BLAS.gemm` (split over the worker pool, OpenBLAS at one thread per part), counted when
    /// the meter is on (2 m n k flops).
    @inline(__always)
    static func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
                     a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                     beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
        if !enabled {
            BLAS.gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                      b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
            return
        }
        let t0 = Stopwatch.now()
        BLAS.gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                  b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        seconds += Stopwatch.now() - t0
        flops += 2 * Double(m) * Double(n) * Double(k)
    }

    /// Runs `body` and adds its seconds to `attentionSeconds` when the meter is on.
    @inline(__always) static func timeAttention<T>(_ body: () -> T) -> T {
        if !enabled { return body() }
        let t0 = Stopwatch.now()
        let r = body()
        attentionSeconds += Stopwatch.now() - t0
        return r
    }
}
