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

    /// Rows per block of `forward`: a block of phi (512 x 256 floats = 512 KiB) stays in cache
    /// from its product through its exponentials to the caller's use of it.
    static let blockRows = 512

    /// phi(x) into `phi` (L x r, contiguous), block by block of `blockRows` rows: the product
    /// X_b W^T (one sgemm) and then the elementwise map while the block is in cache.
    /// Queries are stabilized per row, keys by one max over all rows and features (both
    /// cancel in D^-1); keys then take two passes, the first finding that max.
    /// `afterBlock(i0, n)` runs after rows i0..<i0+n of phi are final (still in cache).
    /// scratch: >= 2L floats.
    func forward(x: UnsafePointer<Float>, length L: Int, w: Tensor?, phi: UnsafeMutablePointer<Float>,
                 isQuery: Bool, scratch: UnsafeMutablePointer<Float>, afterBlock: ((Int, Int) -> Void)? = nil) {
        let bias = scratch, maxima = scratch + L
        let twoPass = stabilize && !isQuery
        let B = FavorFeatureMap.blockRows
        for i0 in stride(from: 0, to: L, by: B) {
            let n = min(B, L - i0)
            project(x: x + i0 * d, rows: n, w: w, phi: phi + i0 * r, bias: bias + i0, maxima: twoPass ? maxima + i0 : nil)
            if !twoPass {
                activate(phi: phi + i0 * r, rows: n, bias: bias + i0, isQuery: isQuery, x: x + i0 * d, keyShift: 0)
                afterBlock?(i0, n)
            }
        }
        guard twoPass else { return }
        let shift = ck_max(kind == .trig ? bias : maxima, L)
        for i0 in stride(from: 0, to: L, by: B) {
            let n = min(B, L - i0)
            activate(phi: phi + i0 * r, rows: n, bias: bias + i0, isQuery: false, x: x + i0 * d, keyShift: shift)
            afterBlock?(i0, n)
        }
    }

    /// The product part for n rows: phi <- s X W^T (softmax maps, generalized with projection);
    /// bias[i] = -s^2 |x_i|^2 / 2 (positive, hyperbolic) or +s^2 |x_i|^2 / 2 (trig); with
    /// `maxima`, the largest exponent of each row (keys' stabilizer).
    func project(x: UnsafePointer<Float>, rows n: Int, w: Tensor?, phi: UnsafeMutablePointer<Float>,
                 bias: UnsafeMutablePointer<Float>, maxima: UnsafeMutablePointer<Float>?) {
        guard useProjection else { return }
        let s = dataScale
        let outRows = kind == .trig ? m : projectionRows
        BLAS.gemm(transA: false, transB: true, m: n, n: outRows, k: d, alpha: s,
                  a: x, lda: d, b: w!.data, ldb: d, c: phi, ldc: r)
        guard kind.isSoftmaxKernel else { return }
        ck_row_dots(x, x, bias, n, d, d)
        let c = (kind == .trig ? 1 : -1) * s * s / 2
        for i in 0..<n { bias[i] *= c }
        if let maxima, kind != .trig {
            Parallel.forEachChunk(n, minChunk: 128) { a, b in
                ck_favor_row_max(phi + a * r, b - a, r, r, bias + a, maxima + a)
            }
        }
    }

    /// The elementwise part for n rows after `project`; keyShift is the keys' global max.
    func activate(phi: UnsafeMutablePointer<Float>, rows n: Int, bias: UnsafeMutablePointer<Float>,
                  isQuery: Bool, x: UnsafePointer<Float>, keyShift: Float) {
        switch kind {
        case .positive, .hyperbolic:
            let offset = -0.5 * ScalarMath.logf(Float(r)) - keyShift
            let rowMax: Int32 = stabilize && isQuery ? 1 : 0
            Parallel.forEachChunk(n, minChunk: 64) { a, b in
                ck_favor_exp_rows(phi + a * r, b - a, r, r, bias + a, offset, rowMax)
            }
        case .trig:
            let offset = -0.5 * ScalarMath.logf(Float(m)) - keyShift
            if stabilize && isQuery { bias.update(repeating: 0, count: n) }
            Parallel.forEachChunk(n, minChunk: 64) { a, b in
                ck_favor_trig_rows(phi + a * r, b - a, m, r, bias + a, offset)
            }
        default:
            let idx = kind.generalIndex, eps = epsilon
            let src: UnsafePointer<Float> = useProjection ? UnsafePointer(phi) : x
            let ld = useProjection ? r : d
            Parallel.forEachChunk(n, minChunk: 64) { a, b in
                ck_favor_general(idx, src + a * ld, phi + a * r, (b - a) * r, eps)
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
