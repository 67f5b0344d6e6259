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

    /// The diagnostics of each probe's captured call over its first `windows` windows
    /// (plain Float64 loops: L^2 per head, so a few windows keep it quick).
    static func measure(_ probes: [AttentionProbe], windows: Int = 4) -> AttentionDiagnostics {
        var out = AttentionDiagnostics()
        for p in probes {
            guard let c = p.captured else { continue }
            let (B, H, L, d) = (c.q.shape[0], c.q.shape[1], c.q.shape[2], c.q.shape[3])
            let dv = c.v.shape[3]
            let scale = 1 / Double(d).squareRoot()
            var logitMax = -Double.infinity, qMax = 0.0, kMax = 0.0, errSq = 0.0, refSq = 0.0
            var logits = [Double](repeating: 0, count: L)
            for bh in 0..<(min(B, windows) * H) {
                let qb = bh * L * d, vb = bh * L * dv
                for i in 0..<L {
                    var qq = 0.0, kk = 0.0
                    for t in 0..<d {
                        let x = Double(c.q.data[qb + i * d + t]), y = Double(c.k.data[qb + i * d + t])
                        qq += x * x; kk += y * y
                    }
                    qMax = max(qMax, qq * scale); kMax = max(kMax, kk * scale)
                    let last = p.isCausal ? i : L - 1
                    var rowMax = -Double.infinity
                    for j in 0...last {
                        var dot = 0.0
                        for t in 0..<d { dot += Double(c.q.data[qb + i * d + t]) * Double(c.k.data[qb + j * d + t]) }
                        logits[j] = dot * scale
                        rowMax = max(rowMax, logits[j])
                    }
                    logitMax = max(logitMax, rowMax)
                    var sum = 0.0
                    for j in 0...last { logits[j] = Foundation.exp(logits[j] - rowMax); sum += logits[j] }
                    for t in 0..<dv {
                        var ref = 0.0
                        for j in 0...last { ref += logits[j] * Double(c.v.data[vb + j * dv + t]) }
                        ref /= sum
                        let got = Double(c.output.data[vb + i * dv + t])
                        errSq += (got - ref) * (got - ref); refSq += ref * ref
                    }
                }
            }
            out.logitMax.append(logitMax); out.queryNorm2Max.append(qMax); out.keyNorm2Max.append(kMax)
            out.relativeError.append(refSq > 0 ? (errSq / refSq).squareRoot() : .nan)
        }
        return out
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
