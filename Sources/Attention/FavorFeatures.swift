import CKernels
import PerformerTensor

/// The Float32 feature map of one FAVOR+ mechanism applied to one (batch, head) slice, with
/// its backward (W held fixed). Internal: `FavorAttention` owns one.
///
/// x: (L, d) rows; phi: (L, r) rows; w: the projection the map multiplies by, (r', d) with
/// r' = m (positive, trig, generalized with projection) or 2m for hyperbolic, whose projection
/// is [W; -W] so that both halves come from one product.
struct FavorFeatureMap {
    let kind: FeatureMapKind
    /// Projection rows m (0 when a generalized map uses no projection).
    let m: Int
    let d: Int
    /// Features per row.
    let r: Int
    let useProjection: Bool
    let epsilon: Float
    /// d^(-1/4) for softmax-kernel maps, 1 for generalized ones.
    let dataScale: Float
    let stabilize: Bool

    init(kind: FeatureMapKind, m: Int, d: Int, useProjection: Bool, epsilon: Float, stabilize: Bool) {
        self.kind = kind; self.d = d; self.epsilon = epsilon
        self.useProjection = kind.isSoftmaxKernel || useProjection
        self.m = self.useProjection ? m : 0
        self.r = kind.featureCount(projectionRows: m, dim: d, useProjection: self.useProjection)
        self.dataScale = kind.isSoftmaxKernel ? 1 / Float(d).squareRoot().squareRoot() : 1
        self.stabilize = stabilize && kind.isSoftmaxKernel
    }

    /// Rows of the matrix `forward` multiplies by: 2m for hyperbolic, m for projections, 0 without.
    var projectionRows: Int { kind == .hyperbolic ? 2 * m : m }

    /// The matrix used in the products, from W (m x d): [W; -W] for hyperbolic, else W itself.
    func extendedProjection(_ w: Tensor?) -> Tensor? {
        guard let w, useProjection else { return nil }
        guard kind == .hyperbolic else { return w }
        let e = Tensor(uninitialized: [2 * m, d])
        for i in 0..<(m * d) { e.data[i] = w.data[i]; e.data[m * d + i] = -w.data[i] }
        return e
    }

    /// Floats of scratch `forward` needs for L rows.
    static func forwardScratch(length: Int) -> Int { 2 * length }

    /// phi(x) into `phi` (L x r, contiguous). Queries are stabilized per row, keys by one max
    /// over all rows and features (both cancel in D^-1). scratch: >= 2L floats.
    func forward(x: UnsafePointer<Float>, length L: Int, w: Tensor?, phi: UnsafeMutablePointer<Float>,
                 isQuery: Bool, scratch: UnsafeMutablePointer<Float>) {
        let s = dataScale
        switch kind {
        case .positive, .hyperbolic:
            let rows = projectionRows
            BLAS.gemm(transA: false, transB: true, m: L, n: rows, k: d, alpha: s,
                      a: x, lda: d, b: w!.data, ldb: d, c: phi, ldc: r)
            let bias = scratch, maxima = scratch + L
            ck_row_dots(x, x, bias, L, d, d)
            let c = -s * s / 2
            for i in 0..<L { bias[i] *= c }
            var offset = -0.5 * _logf(Float(r))
            if stabilize && !isQuery {
                Parallel.forEachChunk(L, minChunk: 256) { i0, i1 in
                    ck_favor_row_max(phi + i0 * r, i1 - i0, r, r, bias + i0, maxima + i0)
                }
                offset -= ck_max(maxima, L)
            }
            let rowMax: Int32 = stabilize && isQuery ? 1 : 0
            Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                ck_favor_exp_rows(phi + i0 * r, i1 - i0, r, r, bias + i0, offset, rowMax)
            }
        case .trig:
            BLAS.gemm(transA: false, transB: true, m: L, n: m, k: d, alpha: s,
                      a: x, lda: d, b: w!.data, ldb: d, c: phi, ldc: r)
            let rowLog = scratch
            ck_row_dots(x, x, rowLog, L, d, d)
            let c = s * s / 2
            for i in 0..<L { rowLog[i] *= c }
            var offset = -0.5 * _logf(Float(m))
            if stabilize {
                if isQuery { rowLog.update(repeating: 0, count: L) } else { offset -= ck_max(rowLog, L) }
            }
            Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                ck_favor_trig_rows(phi + i0 * r, i1 - i0, m, r, rowLog + i0, offset)
            }
        default:
            let idx = kind.generalIndex, eps = epsilon
            if useProjection {
                BLAS.gemm(transA: false, transB: true, m: L, n: m, k: d,
                          a: x, lda: d, b: w!.data, ldb: d, c: phi, ldc: r)
                Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                    ck_favor_general(idx, phi + i0 * r, phi + i0 * r, (i1 - i0) * r, eps)
                }
            } else {
                Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                    ck_favor_general(idx, x + i0 * d, phi + i0 * r, (i1 - i0) * r, eps)
                }
            }
        }
    }

    /// Floats of scratch `backward` needs for L rows.
    func backwardScratch(length L: Int) -> Int {
        kind.isSoftmaxKernel ? L : (useProjection ? L * m : 0)
    }

    /// dx (L x d, overwritten) from dphi (L x r; destroyed) given x, phi = forward(x) and w.
    /// The stabilizer's shift is a constant here (it cancels in the normalised output).
    func backward(x: UnsafePointer<Float>, length L: Int, w: Tensor?, phi: UnsafePointer<Float>,
                  dphi: UnsafeMutablePointer<Float>, dx: UnsafeMutablePointer<Float>,
                  scratch: UnsafeMutablePointer<Float>) {
        let s = dataScale
        switch kind {
        case .positive, .hyperbolic:
            // d phi_ij / dx_i = phi_ij (s w_j - s^2 x_i)
            let rowSum = scratch
            Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                ck_favor_mul_rowsum(dphi + i0 * r, phi + i0 * r, rowSum + i0, i1 - i0, r)
            }
            BLAS.gemm(transA: false, transB: false, m: L, n: d, k: r, alpha: s,
                      a: dphi, lda: r, b: w!.data, ldb: d, c: dx, ldc: d)
            ck_favor_add_scaled_rows(dx, x, rowSum, -s * s, L, d)
        case .trig:
            // phi = c_i [cos a, sin a]/sqrt(m), a = s W x_i, c_i = exp(s^2 |x_i|^2 / 2 - shift)
            let rowSum = scratch
            Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                ck_favor_trig_grad(dphi + i0 * r, phi + i0 * r, rowSum + i0, i1 - i0, m)
            }
            BLAS.gemm(transA: false, transB: false, m: L, n: d, k: m, alpha: s,
                      a: dphi, lda: r, b: w!.data, ldb: d, c: dx, ldc: d)
            ck_favor_add_scaled_rows(dx, x, rowSum, s * s, L, d)
        default:
            let idx = kind.generalIndex
            if useProjection {
                let p = scratch
                BLAS.gemm(transA: false, transB: true, m: L, n: m, k: d,
                          a: x, lda: d, b: w!.data, ldb: d, c: p, ldc: m)
                Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                    ck_favor_general_grad(idx, p + i0 * m, dphi + i0 * m, dphi + i0 * m, (i1 - i0) * m)
                }
                BLAS.gemm(transA: false, transB: false, m: L, n: d, k: m,
                          a: dphi, lda: m, b: w!.data, ldb: d, c: dx, ldc: d)
            } else {
                Parallel.forEachChunk(L, minChunk: 64) { i0, i1 in
                    ck_favor_general_grad(idx, x + i0 * d, dphi + i0 * d, dx + i0 * d, (i1 - i0) * d)
                }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) func _logf(_ x: Float) -> Float { Glibc.logf(x) }
#else
import Foundation
@inline(__always) func _logf(_ x: Float) -> Float { Foundation.logf(x) }
#endif
