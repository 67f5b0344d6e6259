import Attention
import Foundation
import PerformerTensor
import Statistics

/// Importance-sampled MSE of the positive and hyperbolic softmax-kernel estimators, and the
/// plain Monte-Carlo cost of the same precision (used by `kernel-variance`).
///
/// **Why.** The squared error of phi(x).phi(y) is driven by terms exp(w.z), z = x + y: a sum
/// of lognormals whose fourth moment grows like exp(8|z|^2). A plain sample mean of (est -
/// SM)^2 is then decided by draws too rare to appear (at |z|^2 = 8, ~1e14 draws for 10%), and
/// lands far below Lemma 2 although the lemma holds.
///
/// **Estimator (defensive mixture).** With probability `alpha` the projection W is drawn as
/// FAVOR+ draws it (p); otherwise one row index i is picked uniformly and that row is drawn
/// from N(2z, I) (positive) or N(+-2z, I) with a random sign (hyperbolic), where the squared
/// error's mass sits. For iid rows the other rows are drawn as usual. For orthogonal rows the
/// tilted row is drawn first and the rest of its block is completed uniformly (Haar) on its
/// orthogonal complement with independent chi_d norms: under p, given one row, the others of
/// its block have exactly that law, so the proposal's density relative to p is still
///   q(W) / p(W) = alpha + (1 - alpha) mean_i g(w_i),  g(w) = exp(2 w.z - 2|z|^2)
/// (hyperbolic: the average of g(w) and g(-w)). Each draw's squared error is weighted by
/// p/q = 1 / (that), so the weighted mean is unbiased for E_p[(est - SM)^2]; its standard
/// error is the sample std of the weighted terms / sqrt(n), and the weights give Kish's
/// effective sample size (sum w)^2 / sum w^2.
enum KernelImportanceSampling {
    /// Probability of an untilted draw (keeps the weights bounded by 1/alpha).
    static let alpha = 0.2

    struct Estimate: Equatable, Sendable {
        var mse: Double
        var se: Double
        var effectiveSampleSize: Double
        var draws: Int
    }

    /// E[Y^k] for one term Y of the estimator est = (1/m) sum_i Y_i with w ~ N(0, I):
    /// positive Y = exp(w.z - c), hyperbolic Y = exp(-c) cosh(w.z), trig Y = exp(c) cos(w.u),
    /// c = (|x|^2 + |y|^2)/2, z = x + y, u = x - y (Gaussian moment generating function, and
    /// cosh^k / cos^k expanded binomially).
    static func rawMoment(_ kind: FeatureMapKind, x: [Double], y: [Double], k: Int) -> Double {
        let c = (dot(x, x) + dot(y, y)) / 2
        let zz = zip(x, y).reduce(0) { $0 + ($1.0 + $1.1) * ($1.0 + $1.1) }
        let uu = zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let K = Double(k)
        switch kind {
        case .positive:
            return Foundation.exp(K * K * zz / 2 - K * c)
        case .hyperbolic, .trig:
            var s = 0.0
            for j in 0...k {
                let e = Double(k - 2 * j)
                s += binomial(k, j) * (kind == .hyperbolic ? Foundation.exp(e * e * zz / 2) : Foundation.exp(-e * e * uu / 2))
            }
            return Foundation.exp((kind == .hyperbolic ? -K : K) * c) * s / Foundation.pow(2, K)
        default:
            preconditionFailure("moments cover positive, hyperbolic and trig only")
        }
    }

    /// Plain Monte-Carlo draws needed for the sample MSE's standard error to be `relative` of
    /// the MSE, from the exact fourth moment of the iid estimator:
    /// E[(est - SM)^4] = (mu4 + 3(m - 1) mu2^2) / m^3, Var[(est - SM)^2] = that - MSE^2.
    /// (For orthogonal rows this is the iid figure.)
    static func plainDrawsNeeded(_ kind: FeatureMapKind, x: [Double], y: [Double], features m: Int, relative: Double = 0.1) -> Double {
        let e1 = rawMoment(kind, x: x, y: y, k: 1), e2 = rawMoment(kind, x: x, y: y, k: 2)
        let e3 = rawMoment(kind, x: x, y: y, k: 3), e4 = rawMoment(kind, x: x, y: y, k: 4)
        let mu2 = e2 - e1 * e1
        let mu4 = e4 - 4 * e1 * e3 + 6 * e1 * e1 * e2 - 3 * e1 * e1 * e1 * e1
        let M = Double(m)
        let mse = mu2 / M
        let fourth = (mu4 + 3 * (M - 1) * mu2 * mu2) / (M * M * M)
        return Swift.max(fourth - mse * mse, 0) / (relative * mse * relative * mse)
    }

    /// The importance-sampled MSE of the `kind` estimator (positive or hyperbolic) with m
    /// projection rows of `projection` kind (Gaussian-norm scaling, as FAVOR+ uses), `draws`
    /// draws from `rng`. `estimate` evaluates phi(x).phi(y) for a drawn W (default: the
    /// Float64 reference maps, `FeatureMaps.kernelEstimate`); tests pass a deliberately wrong
    /// one to show the check can fail.
    static func mse(_ kind: FeatureMapKind, x: [Double], y: [Double], features m: Int,
                           projection: ProjectionPolicy.Kind, draws n: Int, rng: inout SeededGenerator,
                           estimate: ((Tensor) -> Double)? = nil) -> Estimate {
        precondition(kind == .positive || kind == .hyperbolic, "importance sampling is for positive and hyperbolic features")
        precondition(projection == .iid || projection == .orthogonal, "projection must be iid or orthogonal")
        precondition(n >= 2 && m >= 1 && x.count == y.count && x.count >= 2)
        let d = x.count
        let z = zip(x, y).map { $0 + $1 }
        let zz = dot(z, z)
        let sm = Foundation.exp(dot(x, y))
        let evaluate = estimate ?? { w in FeatureMaps.kernelEstimate(kind, x: x, y: y, projection: w) }
        var terms = [Double](repeating: 0, count: n)
        var sumW = 0.0, sumW2 = 0.0
        for s in 0..<n {
            let w = Projections.draw(kind: projection, scaling: .gaussianNorms, rows: m, dim: d, rng: &rng)
            if rng.nextUniform() >= alpha {
                let i = rng.nextInt(below: m)
                let sign: Double = kind == .hyperbolic && rng.nextUniform() < 0.5 ? -1 : 1
                let row = (0..<d).map { sign * 2 * z[$0] + rng.nextGaussian() }
                if projection == .iid {
                    for t in 0..<d { w.data[i * d + t] = Float(row[t]) }
                } else {
                    completeBlock(w, rows: m, dim: d, tiltedRow: i, row: row, rng: &rng)
                }
            }
            // Likelihood ratio q/p from the rows actually used (Float32).
            var g = 0.0
            for i in 0..<m {
                var wz = 0.0
                for t in 0..<d { wz += Double(w.data[i * d + t]) * z[t] }
                g += kind == .hyperbolic ? 0.5 * (Foundation.exp(2 * wz - 2 * zz) + Foundation.exp(-2 * wz - 2 * zz)) : Foundation.exp(2 * wz - 2 * zz)
            }
            let weight = 1 / (alpha + (1 - alpha) * g / Double(m))
            let e = evaluate(w) - sm
            terms[s] = weight * e * e
            sumW += weight; sumW2 += weight * weight
        }
        let mean = Stats.mean(terms)
        return Estimate(mse: mean, se: Stats.variance(terms).squareRoot() / Double(n).squareRoot(),
                        effectiveSampleSize: sumW * sumW / sumW2, draws: n)
    }

    /// Replaces the block of `w` holding row `i` by: `row` at i, and the block's other rows
    /// orthonormal to it and to each other, uniformly (a Haar matrix reflected so its first row
    /// lies along `row`), each scaled by an independent chi_d norm.
    static func completeBlock(_ w: Tensor, rows m: Int, dim d: Int, tiltedRow i: Int, row: [Double], rng: inout SeededGenerator) {
        let start = (i / d) * d, take = Swift.min(d, m - start)
        let q = Projections.orthonormalRows(d, rng: &rng)
        let norm = dot(row, row).squareRoot()
        let u = row.map { $0 / norm }
        // Householder reflection H with H q0 = u (identity if they coincide).
        let v = (0..<d).map { q[$0] - u[$0] }
        let vv = dot(v, v)
        var others = 1
        for r in start..<(start + take) {
            if r == i {
                for t in 0..<d { w.data[r * d + t] = Float(row[t]) }
                continue
            }
            var h = Array(q[(others * d)..<((others + 1) * d)])
            others += 1
            if vv > 1e-24 {
                let f = 2 * dot(v, h) / vv
                for t in 0..<d { h[t] -= f * v[t] }
            }
            var s = 0.0
            for _ in 0..<d { let g = rng.nextGaussian(); s += g * g }
            let chi = s.squareRoot()
            for t in 0..<d { w.data[r * d + t] = Float(chi * h[t]) }
        }
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    static func binomial(_ n: Int, _ k: Int) -> Double {
        var r = 1.0
        for j in 0..<k { r = r * Double(n - j) / Double(j + 1) }
        return r
    }
}
