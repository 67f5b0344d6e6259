import Attention
import PerformerTensor

/// Finite-difference gradient checks shared by the test targets.
public enum GradientCheck {
    /// Result of comparing analytic and central-difference gradients at sampled elements.
    public struct Report: CustomStringConvertible {
        /// Largest |numeric - analytic| / (atol + |numeric|) over checked elements (<= 1 passes
        /// with rtol scaling folded in by the caller's tolerance).
        public var worstRelative: Double
        public var worstIndex: Int
        public var numeric: Double
        public var analytic: Double
        public var description: String {
            "worst relative error \(worstRelative) at \(worstIndex): numeric \(numeric), analytic \(analytic)"
        }
    }

    /// Central differences (f(x+eps) - f(x-eps)) / 2eps of `loss` with respect to `tensor` at
    /// `samples` elements drawn from `rng` (all elements when the tensor is smaller), compared
    /// with `analytic`. The error measure is |num - ana| / (floor + |num|), so elements with
    /// near-zero gradient are judged on an absolute scale `floor`.
    public static func compare(
        loss: () -> Double, tensor: Tensor, analytic: Tensor, eps: Float = 1e-2,
        samples: Int = 24, floor: Double = 1e-2, rng: inout SeededGenerator
    ) -> Report {
        precondition(tensor.shape == analytic.shape, "gradient shape \(analytic.shape) != \(tensor.shape)")
        let indices: [Int] = tensor.count <= samples
            ? Array(0..<tensor.count)
            : (0..<samples).map { _ in rng.nextInt(below: tensor.count) }
        var report = Report(worstRelative: 0, worstIndex: -1, numeric: 0, analytic: 0)
        for i in indices {
            let saved = tensor.data[i]
            tensor.data[i] = saved + eps
            let plus = loss()
            tensor.data[i] = saved - eps
            let minus = loss()
            tensor.data[i] = saved
            let numeric = (plus - minus) / (2 * Double(eps))
            let ana = Double(analytic.data[i])
            let rel = abs(numeric - ana) / (floor + abs(numeric))
            if rel > report.worstRelative || report.worstIndex < 0 {
                report = Report(worstRelative: rel, worstIndex: i, numeric: numeric, analytic: ana)
            }
        }
        return report
    }

    /// Checks dQ, dK, dV of `mechanism` for loss = sum(output * g) with g fixed Gaussian
    /// weights; returns the three reports in that order. Mechanisms with random features must
    /// keep them fixed between calls (no redraw) for this to be meaningful.
    public static func attention(
        _ mechanism: AttentionMechanism, q: Tensor, k: Tensor, v: Tensor, eps: Float = 1e-2,
        samples: Int = 24, floor: Double = 1e-2, seed: UInt64 = 7
    ) -> [Report] {
        var rng = SeededGenerator(seed: seed)
        let forward = mechanism.forward(q: q, k: k, v: v)
        let g = Tensor.gaussian(forward.output.shape, rng: &rng)
        let grads = mechanism.backward(dOutput: g, cache: forward.cache)
        func loss() -> Double {
            let out = mechanism.forward(q: q, k: k, v: v).output
            var acc = 0.0
            for i in 0..<out.count { acc += Double(out.data[i]) * Double(g.data[i]) }
            return acc
        }
        return [(q, grads.dQ), (k, grads.dK), (v, grads.dV)].map { input, grad in
            compare(loss: loss, tensor: input, analytic: grad, eps: eps, samples: samples, floor: floor, rng: &rng)
        }
    }

    /// Largest relative error max|a - ref| / max|ref| of Float32 values against Float64 ones.
    public static func maxRelativeError(_ a: Tensor, _ reference: [Double]) -> Double {
        precondition(a.count == reference.count)
        var diff = 0.0, mag = 0.0
        for i in 0..<a.count {
            diff = max(diff, abs(Double(a.data[i]) - reference[i]))
            mag = max(mag, abs(reference[i]))
        }
        return diff / max(mag, 1e-30)
    }
}
