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
    let numerics: FavorNumerics
    /// Whether the elementwise passes split their rows over the cores (`WorkerPool.forEachChunk`); false
    /// when the caller already runs one slice per core (`WorkerPool.run`). Every pass is per
    /// row (or per element), so the split never changes a result.
    var splitRows = true

    init(kind: FeatureMapKind, m: Int, d: Int, useProjection: Bool, epsilon: Float, stabilize: Bool,
         numerics: FavorNumerics = .strict) {
        self.kind = kind; self.d = d; self.epsilon = epsilon; self.numerics = numerics
        self.useProjection = kind.isSoftmaxKernel || useProjection
        self.m = self.useProjection ? m : 0
        self.r = kind.featureCount(projectionRows: m, dim: d, useProjection: self.useProjection)
        self.dataScale = kind.isSoftmaxKernel ? 1 / Float(d).squareRoot().squareRoot() : 1
        self.stabilize = stabilize && kind.isSoftmaxKernel
    }

    /// This map with `splitRows` set to `on`.
    func splitting(_ on: Bool) -> FavorFeatureMap { var m = self; m.splitRows = on; return m }

    /// `body(start, end)` over 0..<n: split over the cores when `splitRows`, else in one call.
    func chunks(_ n: Int, minChunk: Int, _ body: (Int, Int) -> Void) {
        if splitRows { WorkerPool.forEachChunk(n, minChunk: minChunk) { _, a, b in body(a, b) } } else if n > 0 { body(0, n) }
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
    static func forwardScratch(length: Int) -> Int { 3 * length }

    /// Rows per block of `forward`: a block of phi (512 x 256 floats = 512 KiB) stays in cache
    /// from its product through its exponentials to the caller's use of it.
    static let blockRows = 512

    /// Whether rows of this map are stabilized one by one (`shifts` then differ per row) or by
    /// one maximum over all L rows (two passes: the first finds it).
    func perRowShift(isQuery: Bool, perRowKeys: Bool) -> Bool {
        switch numerics {
        case .strict: return isQuery || perRowKeys
        case .reference: return isQuery && kind != .trig
        }
    }

    /// phi(x) into `phi` (L x r, contiguous), block by block of `blockRows` rows: the product
    /// X_b W^T (one sgemm) and then the elementwise map while the block is in cache.
    /// Strict numerics: phi is stored divided by exp(shifts[i]) (its row's log scale, written to
    /// `shifts` when given; 0 without a stabilizer): per row for queries and for keys when
    /// `perRowKeys` (causal), else one max over all rows. Reference numerics: the reference
    /// code's features (`FavorNumerics.reference`); shifts are 0 (its guard looks at the
    /// stabilized D). `afterBlock(i0, n)` runs after rows i0..<i0+n of phi are final (still in
    /// cache). scratch: >= 3L floats.
    func forward(x: UnsafePointer<Float>, length L: Int, w: Tensor?, phi: UnsafeMutablePointer<Float>,
                 isQuery: Bool, perRowKeys: Bool = false, shifts: UnsafeMutablePointer<Float>? = nil,
                 scratch: UnsafeMutablePointer<Float>, afterBlock: ((Int, Int) -> Void)? = nil) {
        let bias = scratch, maxima = scratch + L, zeros = scratch + 2 * L
        let perRow = perRowShift(isQuery: isQuery, perRowKeys: perRowKeys)
        let twoPass = stabilize && !perRow
        let reference = stabilize && numerics == .reference
        if reference { zeros.update(repeating: 0, count: L) }
        if let shifts, !stabilize || reference { shifts.update(repeating: 0, count: L) }
        let B = FavorFeatureMap.blockRows
        for i0 in stride(from: 0, to: L, by: B) {
            let n = min(B, L - i0)
            project(x: x + i0 * d, rows: n, w: w, phi: phi + i0 * r, bias: bias + i0,
                    maxima: stabilize ? maxima + i0 : nil, withDiag: !reference, zeros: zeros)
            if !twoPass {
                if stabilize && !reference, let shifts { (shifts + i0).update(from: maxima + i0, count: n) }
                activate(phi: phi + i0 * r, rows: n, bias: bias + i0, maxima: maxima + i0, perRow: stabilize, keyShift: 0, x: x + i0 * d)
                afterBlock?(i0, n)
            }
        }
        guard twoPass else { return }
        let shift = ck_max(maxima, L)
        if !reference, let shifts { shifts.update(repeating: shift, count: L) }
        for i0 in stride(from: 0, to: L, by: B) {
            let n = min(B, L - i0)
            activate(phi: phi + i0 * r, rows: n, bias: bias + i0, maxima: maxima + i0, perRow: false, keyShift: shift, x: x + i0 * d)
            afterBlock?(i0, n)
        }
    }

    /// The product part for n rows: phi <- s X W^T (softmax maps, generalized with projection);
    /// bias[i] = -s^2 |x_i|^2 / 2 (positive, hyperbolic) or +s^2 |x_i|^2 / 2 (trig); with
    /// `maxima`, each row's stabilizer exponent: positive and hyperbolic the largest exponent
    /// of the row (with the diag term when `withDiag`, else of s w.x alone, as the reference),
    /// trig bias[i] itself.
    func project(x: UnsafePointer<Float>, rows n: Int, w: Tensor?, phi: UnsafeMutablePointer<Float>,
                 bias: UnsafeMutablePointer<Float>, maxima: UnsafeMutablePointer<Float>?,
                 withDiag: Bool, zeros: UnsafePointer<Float>) {
        guard useProjection else { return }
        let s = dataScale
        let outRows = kind == .trig ? m : projectionRows
        BLAS.gemm(transA: false, transB: true, m: n, n: outRows, k: d, alpha: s,
                  a: x, lda: d, b: w!.data, ldb: d, c: phi, ldc: r)
        guard kind.isSoftmaxKernel else { return }
        ck_row_dots(x, x, bias, n, d, d)
        let c = (kind == .trig ? 1 : -1) * s * s / 2
        for i in 0..<n { bias[i] *= c }
        guard let maxima else { return }
        if kind == .trig { maxima.update(from: bias, count: n); return }
        let b: UnsafePointer<Float> = withDiag ? UnsafePointer(bias) : zeros
        chunks(n, minChunk: 128) { a, e in
            ck_favor_row_max(phi + a * r, e - a, r, r, b + a, maxima + a)
        }
    }

    /// The elementwise part for n rows after `project`: each row shifted by its own maxima[i]
    /// (`perRow`) or all by keyShift; reference numerics add ratio * 1e-6 to every positive
    /// and hyperbolic feature.
    func activate(phi: UnsafeMutablePointer<Float>, rows n: Int, bias: UnsafeMutablePointer<Float>,
                  maxima: UnsafeMutablePointer<Float>, perRow: Bool, keyShift: Float, x: UnsafePointer<Float>) {
        switch kind {
        case .positive, .hyperbolic:
            let offset = -0.5 * ScalarMath.logf(Float(r)) - keyShift
            // the row's exponents minus its shift: bias - maxima (perRow) or bias - keyShift
            if perRow { for i in 0..<n { bias[i] -= maxima[i] } }
            chunks(n, minChunk: 64) { a, b in
                ck_favor_exp_rows(phi + a * r, b - a, r, r, bias + a, offset, 0)
            }
            if stabilize && numerics == .reference {
                let add = FavorNumerics.referenceFeatureEps / Float(r).squareRoot()
                for i in 0..<(n * r) { phi[i] += add }
            }
        case .trig:
            let offset = -0.5 * ScalarMath.logf(Float(m)) - keyShift
            if perRow { for i in 0..<n { bias[i] -= maxima[i] } }
            chunks(n, minChunk: 64) { a, b in
                ck_favor_trig_rows(phi + a * r, b - a, m, r, bias + a, offset)
            }
        default:
            let idx = kind.generalIndex, eps = epsilon
            let src: UnsafePointer<Float> = useProjection ? UnsafePointer(phi) : x
            let ld = useProjection ? r : d
            chunks(n, minChunk: 64) { a, b in
                ck_favor_general(idx, src + a * ld, phi + a * r, (b - a) * r, eps)
            }
        }
    }

    /// Floats of scratch `backward` needs for L rows.
    func backwardScratch(length L: Int) -> Int {
        kind.isSoftmaxKernel ? L : (useProjection ? L * m : 0)
    }

    /// dx (L x d, overwritten) from dphi (L x r; destroyed) given x, phi = forward(x) and w.
    /// The stabilizer's shifts are constants here. Strict numerics: exact, since the output
    /// N_true / guard(D_true) does not depend on them (the guard compares eps with D_true).
    /// Reference numerics: the gradient of the forward with its maxima held fixed (the
    /// reference's autodiff also differentiates the max, through its argmax).
    func backward(x: UnsafePointer<Float>, length L: Int, w: Tensor?, phi: UnsafePointer<Float>,
                  dphi: UnsafeMutablePointer<Float>, dx: UnsafeMutablePointer<Float>,
                  scratch: UnsafeMutablePointer<Float>) {
        let s = dataScale
        switch kind {
        case .positive, .hyperbolic:
            // d phi_ij / dx_i = phi_ij (s w_j - s^2 x_i)
            let rowSum = scratch
            if stabilize && numerics == .reference {
                // phi = ratio (e + eps): only ratio * e depends on x
                let c = FavorNumerics.referenceFeatureEps / Float(r).squareRoot()
                for i in 0..<L {
                    var acc: Float = 0
                    for j in (i * r)..<((i + 1) * r) { dphi[j] *= phi[j] - c; acc += dphi[j] }
                    rowSum[i] = acc
                }
            } else {
                chunks(L, minChunk: 64) { i0, i1 in
                    ck_favor_mul_rowsum(dphi + i0 * r, phi + i0 * r, rowSum + i0, i1 - i0, r)
                }
            }
            BLAS.gemm(transA: false, transB: false, m: L, n: d, k: r, alpha: s,
                      a: dphi, lda: r, b: w!.data, ldb: d, c: dx, ldc: d)
            ck_favor_add_scaled_rows(dx, x, rowSum, -s * s, L, d)
        case .trig:
            // phi = c_i [cos a, sin a]/sqrt(m), a = s W x_i, c_i = exp(s^2 |x_i|^2 / 2 - shift)
            let rowSum = scratch
            chunks(L, minChunk: 64) { i0, i1 in
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
                chunks(L, minChunk: 64) { i0, i1 in
                    ck_favor_general_grad(idx, p + i0 * m, dphi + i0 * m, dphi + i0 * m, (i1 - i0) * m)
                }
                BLAS.gemm(transA: false, transB: false, m: L, n: d, k: m,
                          a: dphi, lda: m, b: w!.data, ldb: d, c: dx, ldc: d)
            } else {
                chunks(L, minChunk: 64) { i0, i1 in
                    ck_favor_general_grad(idx, x + i0 * d, dphi + i0 * d, dx + i0 * d, (i1 - i0) * d)
                }
            }
        }
    }
}
