import Attention
import Foundation
import PerformerTensor

/// Wraps a model's attention mechanism and, when armed, keeps the q, k, v and output of the
/// next forward call (then disarms): how the `transfer` kind sees what a transferred model's
/// attention receives at fine-tuning step 0. Everything else is delegated unchanged
/// (parameters, redraws, memory prediction), so the wrapped model trains as the bare one.
final class AttentionProbe: AttentionMechanism {
    let inner: AttentionMechanism
    /// Capture the next forward call.
    var armed = false
    /// q, k: (B, H, L, d); v, output: (B, H, L, dv) of the captured call.
    private(set) var captured: (q: Tensor, k: Tensor, v: Tensor, output: Tensor)?

    init(_ inner: AttentionMechanism) { self.inner = inner }

    var name: String { inner.name }
    var isCausal: Bool { inner.isCausal }
    var parameters: [NamedTensor] { inner.parameters }
    func beginStep(_ step: Int) { inner.beginStep(step) }
    func predictedExtraBytes(_ shape: AttentionShape, backward: Bool) -> Int { inner.predictedExtraBytes(shape, backward: backward) }

    func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let f = inner.forward(q: q, k: k, v: v)
        if armed { captured = (q, k, v, f.output); armed = false }
        return f
    }

    func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        inner.backward(dOutput: dOutput, cache: cache)
    }
}

/// What the attention of one model sees on one batch, per layer, against exact softmax
/// attention on the same q, k, v (Float64, causal when the mechanism is).
struct AttentionDiagnostics {
    /// Largest logit q.k / sqrt(d) over heads and visible (query, key) pairs.
    var logitMax: [Double] = []
    /// Largest |q|^2 / sqrt(d) and |k|^2 / sqrt(d): the exponents the positive features
    /// exp(w.x - |x|^2/2) of x = q d^(-1/4) work with; the estimator's variance grows like
    /// exp(|q + k|^2 / sqrt(d)) (Lemma 2), so these say why few features cannot follow a
    /// sharp trained attention.
    var queryNorm2Max: [Double] = [], keyNorm2Max: [Double] = []
    /// |output - exact| / |exact| (Frobenius) of the mechanism's output.
    var relativeError: [Double] = []

    /// The diagnostics of each probe's captured call over its first `windows` windows,
    /// against `NaiveAttention.exact` (plain Float64 loops: L^2 per head, so a few windows
    /// keep it quick).
    static func measure(_ probes: [AttentionProbe], windows: Int = 4) -> AttentionDiagnostics {
        var out = AttentionDiagnostics()
        for p in probes {
            guard let c = p.captured else { continue }
            let (q, k, v, o) = (firstWindows(c.q, windows), firstWindows(c.k, windows), firstWindows(c.v, windows), firstWindows(c.output, windows))
            let exact = NaiveAttention.exact(q: q, k: k, v: v, causal: p.isCausal)
            var errSq = 0.0, refSq = 0.0
            for (i, e) in exact.enumerated() {
                let diff = Double(o.data[i]) - e
                errSq += diff * diff; refSq += e * e
            }
            let (bh, L, d) = (q.shape[0] * q.shape[1], q.shape[2], q.shape[3])
            let scale = 1 / Double(d).squareRoot()
            func dot(_ a: Tensor, _ i: Int, _ b: Tensor, _ j: Int) -> Double {
                (0..<d).reduce(0.0) { $0 + Double(a.data[i * d + $1]) * Double(b.data[j * d + $1]) }
            }
            var logitMax = -Double.infinity, qMax = 0.0, kMax = 0.0
            for h in 0..<bh {
                for i in (h * L)..<(h * L + L) {
                    qMax = max(qMax, dot(q, i, q, i) * scale); kMax = max(kMax, dot(k, i, k, i) * scale)
                    for j in (h * L)...(p.isCausal ? i : h * L + L - 1) { logitMax = max(logitMax, dot(q, i, k, j) * scale) }
                }
            }
            out.logitMax.append(logitMax); out.queryNorm2Max.append(qMax); out.keyNorm2Max.append(kMax)
            out.relativeError.append(refSq > 0 ? (errSq / refSq).squareRoot() : .nan)
        }
        return out
    }

    /// The first `n` (batch) windows of a (B, H, L, x) tensor.
    static func firstWindows(_ t: Tensor, _ n: Int) -> Tensor {
        let b = min(t.shape[0], n), count = t.count / t.shape[0] * b
        return Tensor(shape: [b] + t.shape.dropFirst(), values: Array(UnsafeBufferPointer(start: t.data, count: count)))
    }

    /// CSV cells: maxima over layers, the mean relative error, and the per-layer errors.
    var cells: [String: String] {
        guard !relativeError.isEmpty else { return [:] }
        return ["logit_max": String(format: "%.3f", logitMax.max()!),
                "query_norm2_max": String(format: "%.3f", queryNorm2Max.max()!),
                "key_norm2_max": String(format: "%.3f", keyNorm2Max.max()!),
                "attention_error": String(format: "%.5g", relativeError.reduce(0, +) / Double(relativeError.count)),
                "attention_error_layers": relativeError.map { String(format: "%.4g", $0) }.joined(separator: " ")]
    }
}
