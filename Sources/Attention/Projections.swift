import PerformerTensor

/// How the random projection W (features x headDim) of FAVOR+ is drawn and when it is redrawn.
///
/// The projection for "step" s is drawn from `SeededGenerator(seed: seed).derive(UInt64(s))`,
/// so the same seed gives the same sequence of W's. `.never` and the initial W use step 0.
public struct ProjectionPolicy: Hashable, Sendable {
    /// The distribution of the rows of W.
    public enum Kind: String, CaseIterable, Sendable {
        /// Independent N(0, 1) entries.
        case iid
        /// Stacked blocks of d orthonormal rows (Q factors of QR of d x d Gaussians), then rows
        /// rescaled by `scaling`.
        case orthogonal
        /// Independent uniformly random directions, each row of length sqrt(d) (SMREG).
        case smreg
    }
    /// Row norms of orthogonal projections.
    public enum Scaling: Int, Sendable {
        /// Norms of the rows of an independent m x d Gaussian matrix (chi_d distributed):
        /// each row has the marginal of an iid Gaussian row (reference default).
        case gaussianNorms = 0
        /// Every row of length sqrt(d).
        case sqrtD = 1
    }
    /// When a new W is drawn.
    public enum Redraw: String, CaseIterable, Sendable {
        /// One W for the mechanism's lifetime (step 0's).
        case never
        /// A new W at every `beginStep(s)`: the one for step s.
        case perStep
        /// A new W at every `forward` call (call c uses `derive("call").derive(c)`).
        case perCall
    }

    public var kind: Kind
    var scaling: Scaling
    public var redraw: Redraw
    public var seed: UInt64
    /// Orthogonal blocks: true (default) makes R's diagonal positive, so the blocks are Haar
    /// distributed; false takes the Householder QR's Q as it comes, as the reference code
    /// does (`Projections.householderRows`; set by `FavorNumerics.reference`).
    public var signFix: Bool = true

    public init(kind: Kind = .orthogonal, scaling: Scaling = .gaussianNorms, redraw: Redraw = .perStep, seed: UInt64 = 0) {
        self.kind = kind; self.scaling = scaling; self.redraw = redraw; self.seed = seed
    }

    /// The W for training step `step`: (rows x dim) row-major.
    public func projection(step: Int, rows: Int, dim: Int) -> Tensor {
        var rng = SeededGenerator(seed: seed).derive(UInt64(bitPattern: Int64(step)))
        return Projections.draw(kind: kind, scaling: scaling, rows: rows, dim: dim, rng: &rng, signFix: signFix)
    }

    /// The W for the `call`-th forward call under `.perCall`.
    public func projection(call: Int, rows: Int, dim: Int) -> Tensor {
        var rng = SeededGenerator(seed: seed).derive("call").derive(UInt64(call))
        return Projections.draw(kind: kind, scaling: scaling, rows: rows, dim: dim, rng: &rng, signFix: signFix)
    }
}

/// Random projection matrices for random features.
public enum Projections {
    /// A (rows x dim) projection of the given kind drawn from `rng`.
    public static func draw(kind: ProjectionPolicy.Kind, scaling: ProjectionPolicy.Scaling,
                            rows m: Int, dim d: Int, rng: inout SeededGenerator, signFix: Bool = true) -> Tensor {
        precondition(m > 0 && d > 0, "projection needs rows, dim > 0")
        let w = Tensor(uninitialized: [m, d])
        switch kind {
        case .iid:
            rng.fillGaussian(w.data, count: m * d)
        case .smreg:
            rng.fillGaussian(w.data, count: m * d)
            for i in 0..<m { setRowNorm(w.data + i * d, d, Double(d).squareRoot()) }
        case .orthogonal:
            let blocks = (m + d - 1) / d
            var filled = 0
            for _ in 0..<blocks {
                let q = signFix ? orthonormalRows(d, rng: &rng) : householderRows(d, rng: &rng)
                let take = min(d, m - filled)
                for i in 0..<(take * d) { w.data[filled * d + i] = Float(q[i]) }
                filled += take
            }
            for i in 0..<m {
                let norm: Double
                switch scaling {
                case .sqrtD: norm = Double(d).squareRoot()
                case .gaussianNorms:
                    var s = 0.0
                    for _ in 0..<d { let g = rng.nextGaussian(); s += g * g }
                    norm = s.squareRoot()
                }
                setRowNorm(w.data + i * d, d, norm)
            }
        }
        return w
    }

    /// A d x d matrix (row-major, Float64) with orthonormal rows: the transposed Q factor of
    /// the QR decomposition of a d x d Gaussian matrix, by modified Gram-Schmidt over its
    /// columns with one re-orthogonalisation pass ("twice is enough"). Signs follow R's
    /// positive diagonal, so the result is Haar distributed.
    public static func orthonormalRows(_ d: Int, rng: inout SeededGenerator) -> [Double] {
        // Columns of the Gaussian matrix are rows of `q` here: orthonormalising them gives Q^T.
        var q = [Double](repeating: 0, count: d * d)
        for i in 0..<(d * d) { q[i] = rng.nextGaussian() }
        for i in 0..<d {
            for _ in 0..<2 {
                for j in 0..<i {
                    var dot = 0.0
                    for t in 0..<d { dot += q[i * d + t] * q[j * d + t] }
                    for t in 0..<d { q[i * d + t] -= dot * q[j * d + t] }
                }
            }
            var norm = 0.0
            for t in 0..<d { norm += q[i * d + t] * q[i * d + t] }
            norm = norm.squareRoot()
            precondition(norm > 0, "degenerate Gaussian matrix")
            for t in 0..<d { q[i * d + t] /= norm }
        }
        return q
    }

    /// The reference code's block: the rows are the columns of Q from a Householder QR of a
    /// d x d Gaussian matrix (LAPACK's convention, as jnp.linalg.qr: reflector k maps column k
    /// to beta_k e_k with beta_k = -sign(alpha_k) |x_k|, alpha_k its diagonal entry; the last
    /// column is not reflected), without making R's diagonal positive. Orthonormal but not
    /// Haar: the first row always has a negative first coordinate (README, "FAVOR+ numerics").
    public static func householderRows(_ d: Int, rng: inout SeededGenerator) -> [Double] {
        var a = [Double](repeating: 0, count: d * d)          // row-major A[i][j]
        for i in 0..<(d * d) { a[i] = rng.nextGaussian() }
        var q = [Double](repeating: 0, count: d * d)          // Q = H_0 H_1 ... H_{d-2}
        for i in 0..<d { q[i * d + i] = 1 }
        var v = [Double](repeating: 0, count: d)
        for k in 0..<max(0, d - 1) {
            let alpha = a[k * d + k]
            var tail = 0.0
            for i in (k + 1)..<d { tail += a[i * d + k] * a[i * d + k] }
            if tail == 0 { continue }                          // LAPACK: H = I
            let norm = (alpha * alpha + tail).squareRoot()
            let beta = alpha >= 0 ? -norm : norm
            v[k] = alpha - beta
            for i in (k + 1)..<d { v[i] = a[i * d + k] }
            var vv = 0.0
            for i in k..<d { vv += v[i] * v[i] }
            for j in k..<d {                                   // A <- H A
                var dot = 0.0
                for i in k..<d { dot += v[i] * a[i * d + j] }
                let f = 2 * dot / vv
                for i in k..<d { a[i * d + j] -= f * v[i] }
            }
            for i in 0..<d {                                   // Q <- Q H
                var dot = 0.0
                for l in k..<d { dot += q[i * d + l] * v[l] }
                let f = 2 * dot / vv
                for l in k..<d { q[i * d + l] -= f * v[l] }
            }
        }
        var rows = [Double](repeating: 0, count: d * d)       // rows = columns of Q (Q^T)
        for i in 0..<d { for j in 0..<d { rows[i * d + j] = q[j * d + i] } }
        return rows
    }

    static func setRowNorm(_ row: UnsafeMutablePointer<Float>, _ d: Int, _ norm: Double) {
        var s = 0.0
        for t in 0..<d { s += Double(row[t]) * Double(row[t]) }
        let f = norm / s.squareRoot()
        for t in 0..<d { row[t] = Float(Double(row[t]) * f) }
    }
}
