import Attention
import Foundation
import PerformerTensor
import Statistics

/// `kernel-variance`: the empirical mean squared error of one random-feature estimator of the
/// softmax kernel SM(x, y) = exp(x.y), next to Lemma 2's closed form, for one pair (x, y).
///
/// **Pair construction.** x and y have the same length r = `pair_norm` and the angle theta
/// between them has cos(theta) = `pair_cos`, so SM = exp(r^2 cos(theta)): at a fixed r the
/// kernel value shrinks from exp(r^2) (x = y) to exp(-r^2) (x = -y) as the angle opens, while
/// |x + y|^2 = 2 r^2 (1 + cos) and |x - y|^2 = 2 r^2 (1 - cos). This is the paper's setting
/// (its Figure 2 compares the estimators as a function of the angle at fixed lengths). The
/// plane of the pair is random (the first two rows of a Haar orthogonal matrix drawn from
/// `seed`): iid and orthogonal projections are rotation invariant, so only r and the angle
/// matter, and a random plane keeps the measurement independent of the coordinate axes.
/// x and y are used as they are (no d^(-1/4) scaling: the kernel itself is estimated).
///
/// **Estimator.** `kernel` is positive, hyperbolic or trig; `projection` iid or orthogonal
/// (Gaussian-norm row scaling, as FAVOR+ uses); `features` is the number m of projection rows
/// (hyperbolic and trig have 2m features). Each of the spec's `samples` draws its own W
/// (seeded: `seed`, then the sample index) and evaluates phi(x).phi(y) in Float64 with
/// `FeatureMaps.kernelEstimate`, the same maps the estimator tests check.
///
/// **Columns.** `kernel_value` = SM; `z_norm_sq` = |x + y|^2; `mse` = mean of (est - SM)^2 over
/// the samples and `mse_se` its standard error (sample std of the squared errors / sqrt(n));
/// `mse_theory` = Lemma 2 for iid features (also on orthogonal rows, where it is the iid
/// reference); `mse_bound_thm2` = Theorem 2's upper bound on the orthogonal positive MSE,
/// MSE(+) - 2(m-1)/(m(d+2)) (SM - exp(-(|x|^2+|y|^2)/2))^2, only for positive orthogonal
/// rows with m <= d (empty otherwise); `mse_ratio` = mse / mse_theory and `relative_gap` =
/// mse_ratio - 1 (`mse_ratio_se` = mse_se / mse_theory); `bias` = mean(est) - SM with `bias_se`; `relative_mse` = mse / SM^2.
///
/// The squared error of the positive and hyperbolic estimators is heavy-tailed (sums of
/// lognormals exp(w.z)): when |x + y|^2 is large the plain sample MSE of a few thousand draws
/// falls below Lemma 2 (rare huge draws carry the expectation) and `mse_se` is biased low too.
/// So positive and hyperbolic rows also carry an importance-sampled estimate of the same
/// expectation (`KernelImportanceSampling`, as many draws as `samples`, its own seed):
/// `mse_is`, `mse_is_se`, `mse_is_ratio` (= mse_is / mse_theory) with `mse_is_ratio_se`, and
/// `ess` (Kish's effective sample size of the weights); empty for trig, whose estimator is
/// bounded so plain Monte Carlo serves it. `plain_draws_10pct` = the plain draws for which the
/// sample MSE's standard error is 10% of the MSE, from the exact fourth moment of the iid
/// estimator (the report judges a plain row only where `samples` reaches it).
///
/// **Independent draws.** Each configuration draws its projections from its own stream
/// (the seed, then the kernel, projection, m, d, pair_norm and pair_cos), so rows at different
/// settings are independent estimates (no common random numbers across settings).
struct KernelVarianceKind: ExperimentKind {
    init() {}
    let name = "kernel-variance"
    let summary = "empirical MSE of the softmax-kernel estimators exp(x.y) vs Lemma 2 (and Theorem 2)"
    /// The pair geometry: |x| = |y| = r and cos(theta).
    let parameters = [
        ParameterInfo("pair_norm", .double, .double(1), min: 0,
                      "kernel-variance: |x| = |y| = r of the pair whose softmax kernel exp(x.y) is estimated"),
        ParameterInfo("pair_cos", .double, .double(0), min: -1, max: 1,
                      "kernel-variance: cosine of the angle between x and y, so exp(x.y) = exp(r^2 cos)"),
    ]
    let builtInTimeFactor = 0.4
    let quickRule = "a tenth of the samples (at least 500)"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.setting("samples", max(500, spec.samples / 10), when: spec.samples)
        return q.overrides
    }
    let measurementColumns = [
        "samples", "kernel_value", "z_norm_sq", "mse", "mse_se", "mse_theory", "mse_bound_thm2",
        "mse_ratio", "mse_ratio_se", "relative_gap", "bias", "bias_se", "relative_mse",
        "mse_is", "mse_is_se", "mse_is_ratio", "mse_is_ratio_se", "ess", "plain_draws_10pct",
    ]

    func check(_ c: Configuration) -> String? {
        guard c.family == FavorMechanism.descriptor.family, let kernel = c.values["kernel"]?.stringValue else {
            return "kind kernel-variance needs a FAVOR+ mechanism (e.g. \"mechanism\": \"performer-softmax\") whose kernel and projection it estimates"
        }
        guard FavorMechanism.softmaxKernels.contains(kernel) else {
            return "kind kernel-variance estimates the softmax kernel: kernel must be positive, hyperbolic or trig, not \(kernel)"
        }
        let projection = c.string("projection")
        guard projection == "iid" || projection == "orthogonal" else {
            return "kind kernel-variance compares with Lemma 2: projection must be iid or orthogonal, not \(projection)"
        }
        guard c.int("head_dim") >= 2 else { return "kind kernel-variance needs head_dim >= 2 (x and y span a plane)" }
        return nil
    }

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        // One W (m x d Float32) at a time, the squared errors (8 bytes per sample), small vectors.
        4 * c.int("features") * c.int("head_dim") + 16 * spec.samples + 64 * c.int("head_dim")
    }

    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let m = Double(c.int("features")), d = Double(c.int("head_dim"))
        let blocks = (m / d).rounded(.up)
        let perDraw = (c.string("projection") == "orthogonal" ? blocks * 4 * d * d * d : 0) + 30 * m * d
        let importance = c.string("kernel") == "trig" ? 1.0 : 2.0   // plain + importance-sampled draws
        return importance * Double(spec.samples) * perDraw / 5e8
    }

    /// The pair (x, y): |x| = |y| = r, cos(angle) = c, in a random plane drawn from `rng`.
    static func pair(norm r: Double, cos c: Double, dim d: Int, rng: inout SeededGenerator) -> (x: [Double], y: [Double]) {
        precondition(d >= 2 && c >= -1 && c <= 1)
        let q = Projections.orthonormalRows(d, rng: &rng)
        let s = (1 - c * c).squareRoot()
        let x = (0..<d).map { r * q[$0] }
        let y = (0..<d).map { r * (c * q[$0] + s * q[d + $0]) }
        return (x, y)
    }

    /// Theorem 2's bound MSE(+) - 2(m-1)/(m(d+2)) (SM - exp(-(|x|^2+|y|^2)/2))^2 on the MSE of
    /// orthogonal positive features (m <= d).
    static func theorem2Bound(x: [Double], y: [Double], features m: Int) -> Double {
        let d = x.count
        let xy = zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }
        let sq = (x + y).reduce(0) { $0 + $1 * $1 }
        let sm = Foundation.exp(xy)
        let gap = sm - Foundation.exp(-sq / 2)
        return Lemma2.positiveMSE(x: x, y: y, features: m) - 2 * Double(m - 1) / (Double(m) * Double(d + 2)) * gap * gap
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let kind = FeatureMapKind(rawValue: c.string("kernel"))!
        let projection = ProjectionPolicy.Kind(rawValue: c.string("projection"))!
        let m = c.int("features"), d = c.int("head_dim"), n = spec.samples
        let base = SeededGenerator(seed: UInt64(c.int("seed")))
        var pairRng = base.derive("kernel-variance-pair")
        let (x, y) = Self.pair(norm: c.double("pair_norm"), cos: c.double("pair_cos"), dim: d, rng: &pairRng)
        let sm = Foundation.exp(zip(x, y).reduce(0) { $0 + $1.0 * $1.1 })
        let zz = zip(x, y).reduce(0) { $0 + ($1.0 + $1.1) * ($1.0 + $1.1) }

        var squared = [Double](repeating: 0, count: n)
        var errors = [Double](repeating: 0, count: n)
        let (_, peak) = MemoryLedger.measure { () -> Void in
            let draws = base.derive("kernel-variance-projection").derive(Self.settingLabel(c))
            for s in 0..<n {
                var rng = draws.derive(UInt64(s))
                let w = Projections.draw(kind: projection, scaling: .gaussianNorms, rows: m, dim: d, rng: &rng)
                let e = FeatureMaps.kernelEstimate(kind, x: x, y: y, projection: w) - sm
                errors[s] = e
                squared[s] = e * e
            }
        }
        let mse = Stats.mean(squared)
        let mseSE = Stats.variance(squared).squareRoot() / Double(n).squareRoot()
        let bias = Stats.mean(errors)
        let biasSE = Stats.variance(errors).squareRoot() / Double(n).squareRoot()
        let theory = Lemma2.mse(kind, x: x, y: y, features: m)
        let bound = (kind == .positive && projection == .orthogonal && m <= d) ? Self.theorem2Bound(x: x, y: y, features: m) : nil
        let ratio = theory > 0 ? mse / theory : .nan
        let f = ApproximationKind.number
        var isColumns: [String: String] = ["mse_is": "", "mse_is_se": "", "mse_is_ratio": "", "mse_is_ratio_se": "", "ess": ""]
        if kind != .trig {
            var rng = base.derive("kernel-variance-importance").derive(Self.settingLabel(c))
            let e = KernelImportanceSampling.mse(kind, x: x, y: y, features: m, projection: projection, draws: n, rng: &rng)
            isColumns = ["mse_is": f(e.mse), "mse_is_se": f(e.se), "mse_is_ratio": f(theory > 0 ? e.mse / theory : .nan),
                         "mse_is_ratio_se": f(theory > 0 ? e.se / theory : .nan), "ess": f(e.effectiveSampleSize)]
        }
        isColumns["plain_draws_10pct"] = f(KernelImportanceSampling.plainDrawsNeeded(kind, x: x, y: y, features: m))
        return [isColumns.merging([
            "samples": String(n), "kernel_value": f(sm), "z_norm_sq": f(zz),
            "mse": f(mse), "mse_se": f(mseSE), "mse_theory": f(theory), "mse_bound_thm2": bound.map(f) ?? "",
            "mse_ratio": f(ratio), "mse_ratio_se": f(theory > 0 ? mseSE / theory : .nan), "relative_gap": f(ratio - 1), "bias": f(bias), "bias_se": f(biasSE),
            "relative_mse": f(mse / (sm * sm)), "peak_bytes": String(peak),
        ]) { $1 }]
    }

    /// The setting's own random stream label: every swept quantity that changes the estimate.
    static func settingLabel(_ c: Configuration) -> String {
        ["kernel", "projection", "features", "head_dim", "pair_norm", "pair_cos"].map { "\($0)=\(c.values[$0].map { "\($0)" } ?? "")" }.joined(separator: ",")
    }
}
