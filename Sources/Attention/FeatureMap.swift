import PerformerTensor

/// The feature maps phi of FAVOR+: softmax-kernel estimators (positive, hyperbolic, trig) and
/// the generalized kernels f(Wx) + eps or f(x) + eps (Performer-ReLU and relatives).
///
/// Raw values are the names specs and results use; the mechanism's name is "favor-" + raw value.
public enum FeatureMapKind: String, CaseIterable, Sendable {
    /// phi(x) = exp(W x - |x|^2/2) / sqrt(m): m features (Lemma 1).
    case positive
    /// phi(x) = [exp(W x - |x|^2/2), exp(-W x - |x|^2/2)] / sqrt(2m): 2m features.
    case hyperbolic
    /// phi(x) = exp(|x|^2/2) [cos(W x), sin(W x)] / sqrt(m): 2m features.
    case trig
    case relu, exp
    /// elu(x) + 1.
    case elu
    case abs
    /// Exact GELU, x Phi(x).
    case gelu
    case cos, tanh, sigmoid, identity

    /// Whether this map estimates the softmax kernel exp(x.y) (data scaled by d^(-1/4),
    /// stabilizer applicable).
    public var isSoftmaxKernel: Bool { self == .positive || self == .hyperbolic || self == .trig }

    /// Whether every feature is >= 0, so the denominator D = phi(q) . sum_j phi(k_j) is a sum
    /// of non-negative terms.
    var isNonNegative: Bool {
        switch self {
        case .positive, .hyperbolic, .relu, .exp, .elu, .abs, .sigmoid: return true
        case .trig, .gelu, .cos, .tanh, .identity: return false
        }
    }

    /// Index of a generalized kernel for the C kernels (0 relu ... 8 identity); -1 otherwise.
    var generalIndex: Int32 {
        switch self {
        case .relu: return 0
        case .exp: return 1
        case .elu: return 2
        case .abs: return 3
        case .gelu: return 4
        case .cos: return 5
        case .tanh: return 6
        case .sigmoid: return 7
        case .identity: return 8
        default: return -1
        }
    }

    /// Number of features r of phi(x) for m projection rows and data dimension d
    /// (generalized maps without a projection use the d coordinates themselves).
    public func featureCount(projectionRows m: Int, dim d: Int, useProjection: Bool) -> Int {
        switch self {
        case .positive: return m
        case .hyperbolic, .trig: return 2 * m
        default: return useProjection ? m : d
        }
    }

    /// f(v) of a generalized kernel in Float64 (without eps).
    public func f(_ v: Double) -> Double {
        switch self {
        case .relu: return Swift.max(v, 0)
        case .exp: return ScalarMath.exp(v)
        case .elu: return v > 0 ? v + 1 : ScalarMath.exp(v)
        case .abs: return Swift.abs(v)
        case .gelu: return v * 0.5 * ScalarMath.erfc(-v / 2.0.squareRoot())
        case .cos: return ScalarMath.cos(v)
        case .tanh: return ScalarMath.tanh(v)
        case .sigmoid: return 1 / (1 + ScalarMath.exp(-v))
        case .identity: return v
        default: preconditionFailure("\(self) is not a generalized kernel")
        }
    }
}

/// Feature maps evaluated plainly in Float64, for estimators, tests and references.
public enum FeatureMaps {
    /// phi of each of the `n` rows of x (n x d, row-major), returned as n x r (row-major).
    ///
    /// - projection: W (m x d); ignored by generalized maps when `useProjection` is false.
    /// - dataScale: x is multiplied by it first (d^(-1/4) inside attention; 1 for estimating
    ///   exp(x.y) itself).
    /// - epsilon: the eps added by generalized maps.
    /// No stabilizer: phi(x).phi(y) is the plain estimator of the kernel.
    public static func evaluate(
        _ kind: FeatureMapKind, x: [Double], count n: Int, dim d: Int, projection w: Tensor?,
        useProjection: Bool = true, epsilon: Double = 1e-3, dataScale: Double = 1
    ) -> [Double] {
        precondition(x.count == n * d, "x has \(x.count) values, not \(n) x \(d)")
        let project = kind.isSoftmaxKernel || useProjection
        let m = w?.shape[0] ?? 0
        if project { precondition(w != nil && w!.shape == [m, d], "projection must be (m, \(d))") }
        let r = kind.featureCount(projectionRows: m, dim: d, useProjection: useProjection)
        var out = [Double](repeating: 0, count: n * r)
        for i in 0..<n {
            let xi = (0..<d).map { x[i * d + $0] * dataScale }
            let sq = xi.reduce(0) { $0 + $1 * $1 } / 2
            var wx = [Double](repeating: 0, count: project ? m : d)
            if project {
                for j in 0..<m { var s = 0.0; for t in 0..<d { s += Double(w!.data[j * d + t]) * xi[t] }; wx[j] = s }
            } else {
                wx = xi
            }
            switch kind {
            case .positive:
                let c = 1 / Double(m).squareRoot()
                for j in 0..<m { out[i * r + j] = c * ScalarMath.exp(wx[j] - sq) }
            case .hyperbolic:
                let c = 1 / Double(2 * m).squareRoot()
                for j in 0..<m {
                    out[i * r + j] = c * ScalarMath.exp(wx[j] - sq)
                    out[i * r + m + j] = c * ScalarMath.exp(-wx[j] - sq)
                }
            case .trig:
                let c = ScalarMath.exp(sq) / Double(m).squareRoot()
                for j in 0..<m { out[i * r + j] = c * ScalarMath.cos(wx[j]); out[i * r + m + j] = c * ScalarMath.sin(wx[j]) }
            default:
                for j in 0..<r { out[i * r + j] = kind.f(wx[j]) + epsilon }
            }
        }
        return out
    }

    /// The random-feature estimate phi(x).phi(y) of the softmax kernel exp(x.y) (for the
    /// softmax-kernel maps) or of the generalized kernel, for one pair of d-vectors.
    public static func kernelEstimate(_ kind: FeatureMapKind, x: [Double], y: [Double], projection w: Tensor,
                                      useProjection: Bool = true, epsilon: Double = 1e-3) -> Double {
        precondition(x.count == y.count)
        let d = x.count
        let f = evaluate(kind, x: x + y, count: 2, dim: d, projection: w, useProjection: useProjection, epsilon: epsilon)
        let r = f.count / 2
        var s = 0.0
        for j in 0..<r { s += f[j] * f[r + j] }
        return s
    }
}

/// Lemma 2 of the paper: mean squared errors of the m-feature estimators of SM(x, y) = exp(x.y)
/// with independent (iid) Gaussian projections.
public enum Lemma2 {
    static func stats(_ x: [Double], _ y: [Double]) -> (zz: Double, dd: Double, sm: Double) {
        precondition(x.count == y.count)
        var zz = 0.0, dd = 0.0, xy = 0.0
        for t in 0..<x.count {
            zz += (x[t] + y[t]) * (x[t] + y[t]); dd += (x[t] - y[t]) * (x[t] - y[t]); xy += x[t] * y[t]
        }
        return (zz, dd, ScalarMath.exp(xy))
    }

    /// MSE(trig) = 1/(2m) exp(|x+y|^2) SM^-2 (1 - exp(-|x-y|^2))^2.
    public static func trigMSE(x: [Double], y: [Double], features m: Int) -> Double {
        let s = stats(x, y)
        let t = 1 - ScalarMath.exp(-s.dd)
        return ScalarMath.exp(s.zz) / (s.sm * s.sm) * t * t / (2 * Double(m))
    }

    /// MSE(positive) = 1/m exp(|x+y|^2) SM^2 (1 - exp(-|x+y|^2)).
    public static func positiveMSE(x: [Double], y: [Double], features m: Int) -> Double {
        let s = stats(x, y)
        return ScalarMath.exp(s.zz) * s.sm * s.sm * (1 - ScalarMath.exp(-s.zz)) / Double(m)
    }

    /// MSE(hyperbolic) = 1/2 (1 - exp(-|x+y|^2)) MSE(positive), for m projection rows (2m features).
    static func hyperbolicMSE(x: [Double], y: [Double], features m: Int) -> Double {
        let s = stats(x, y)
        return 0.5 * (1 - ScalarMath.exp(-s.zz)) * positiveMSE(x: x, y: y, features: m)
    }

    /// The closed form for a softmax-kernel map (positive, hyperbolic or trig).
    public static func mse(_ kind: FeatureMapKind, x: [Double], y: [Double], features m: Int) -> Double {
        switch kind {
        case .positive: return positiveMSE(x: x, y: y, features: m)
        case .hyperbolic: return hyperbolicMSE(x: x, y: y, features: m)
        case .trig: return trigMSE(x: x, y: y, features: m)
        default: preconditionFailure("Lemma 2 covers positive, hyperbolic and trig only")
        }
    }
}
