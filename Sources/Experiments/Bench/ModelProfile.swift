import Attention
import Foundation
import CKernels
import Model
import PerformerTensor

/// Where a whole-model pass spends its time (`repro bench --suite model`): the
/// layers' dense products (Q/K/V/O projections, MLP, output head; GemmMeter), the attention
/// mechanism's calls, and the rest (LayerNorm, activations, embedding, head copies, residual
/// adds, the q/k/v split and merge, allocation). For FAVOR+ the mechanism's forward is split
/// further by replaying its work alone at the same shapes: its matrix products per head
/// (Q W^T, K W^T, the state K'^T [V 1], Q' state) as sgemm calls, and its 2 L m exponentials
/// per head as one ck_exp; the remainder of the mechanism's time is the feature maps'
/// elementwise work (stabilizer maxima, scaling, normalization) and its copies. Fractions of
/// the pass's time; best of `repeats` (the machine may be loaded).
enum ModelProfile {
    struct Fractions: Equatable {
        var seconds: Double
        var dense: Double, attention: Double, rest: Double
        /// Inside attention (forward only, FAVOR+ with a projection): products, exps, the rest.
        var attentionProducts: Double?, attentionExps: Double?, attentionOther: Double?
    }

    /// Profile of one pass of `config` with `mechanism` (one per layer from `make`) at (1, L).
    static func profile(_ config: ModelConfig, length: Int, backward: Bool, repeats: Int = 3,
                               make: (Int) throws -> any AttentionMechanism) throws -> Fractions {
        let mechanisms = try (0..<config.layers).map(make)
        let model = try TransformerLM(config: config) { mechanisms[$0] }
        var rng = SeededGenerator(seed: 5)
        let tokens = (0..<length).map { _ in Int32(rng.nextInt(below: config.vocabSize)) }
        let pass = {
            if backward {
                let (logits, cache) = model.forward(tokens: tokens, batch: 1, length: length)
                model.zeroGrad()
                let (_, d) = CrossEntropy.evaluate(logits: logits, targets: tokens, gradient: true)
                model.backward(dLogits: d!, cache: cache)
            } else {
                _ = model.logits(tokens: tokens, batch: 1, length: length)
            }
        }
        pass()
        var best: (Double, Double, Double)? = nil
        GemmMeter.enabled = true
        defer { GemmMeter.enabled = false }
        for _ in 0..<repeats {
            GemmMeter.reset()
            let t = Stopwatch.time(pass)
            if best == nil || t < best!.0 { best = (t, GemmMeter.seconds, GemmMeter.attentionSeconds) }
        }
        let (t, dense, attention) = best!
        var f = Fractions(seconds: t, dense: dense / t, attention: attention / t, rest: (t - dense - attention) / t)
        if !backward, let favor = mechanisms.first as? FavorAttention, favor.useProjection {
            let (products, exps) = favorReplay(heads: config.heads, length: length, headDim: config.headDim,
                                               features: favor.features, softmax: favor.featureMap != .relu, repeats: repeats)
            let layers = Double(config.layers)
            f.attentionProducts = layers * products / t
            f.attentionExps = layers * exps / t
            f.attentionOther = f.attention - f.attentionProducts! - f.attentionExps!
        }
        return f
    }

    /// Seconds of one layer's FAVOR+ forward products (per head: Q W^T, K W^T, K'^T [V 1],
    /// Q' state) and of its 2 L m exps, each replayed alone, best of `repeats`.
    static func favorReplay(heads: Int, length L: Int, headDim d: Int, features r: Int, softmax: Bool,
                            repeats: Int) -> (products: Double, exps: Double) {
        var rng = SeededGenerator(seed: 6)
        let x = Tensor.uniform([L, d], low: -1, high: 1, rng: &rng), w = Tensor.uniform([r, d], low: -1, high: 1, rng: &rng)
        let v1 = Tensor.uniform([L, d + 1], low: -1, high: 1, rng: &rng)
        let phi = Tensor(zeros: [L, r]), state = Tensor(zeros: [r, d + 1]), out = Tensor(zeros: [L, d + 1])
        let products = Stopwatch.sample(warmup: 1, repeats: repeats) {
            for _ in 0..<heads {
                for _ in 0..<2 {
                    BLAS.gemm(transA: false, transB: true, m: L, n: r, k: d, a: x.data, lda: d, b: w.data, ldb: d, c: phi.data, ldc: r)
                }
                BLAS.gemm(transA: true, transB: false, m: r, n: d + 1, k: L, a: phi.data, lda: r, b: v1.data, ldb: d + 1,
                          c: state.data, ldc: d + 1)
                BLAS.gemm(transA: false, transB: false, m: L, n: d + 1, k: r, a: phi.data, lda: r, b: state.data, ldb: d + 1,
                          c: out.data, ldc: d + 1)
            }
        }.min()!
        guard softmax else { return (products, 0) }
        let e = Tensor(zeros: [L * r])
        let exps = Stopwatch.sample(warmup: 1, repeats: repeats) {
            for _ in 0..<(2 * heads) {
                WorkerPool.forEachChunk(L * r, minChunk: 1 << 14) { _, a, b in ck_exp(phi.data + a, e.data + a, b - a) }
            }
        }.min()!
        return (products, exps)
    }

    /// `key: value` lines: fig3's regular model at L with FAVOR+ (softmax), Performer-ReLU and
    /// X (mechanisms built from the presets exactly as the fig3 spec builds them), forward
    /// and forward+backward.
    static func lines(length: Int = 2048, repeats: Int = 2) throws -> [String] {
        var out: [String] = []
        let spec = try SpecDecoder.load(text: """
            {"name": "profile", "kind": "model-timing", "sweep": {"mechanism": ["performer-softmax", "performer-relu", "identity"]},
             "fixed": {"model": "regular", "seq_len": \(length), "batch": 1, "causal": false, "vocab": 256, "seed": 1}}
            """, source: "ModelProfile")
        let variants = try Sweep.expand(spec, source: "ModelProfile").map { c in
            (c.string("mechanism").replacingOccurrences(of: "-", with: "_"), ModelTimingKind.modelConfig(c),
             try ModelTimingKind.mechanisms(c, layers: ModelTimingKind.modelConfig(c).layers))
        }
        func pct(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }
        for (name, config, mechanisms) in variants {
            for backward in [false, true] {
                let p = try profile(config, length: length, backward: backward, repeats: repeats) { mechanisms[$0] }
                let tag = "model_profile_regular_L\(length)_\(name)_\(backward ? "forward_backward" : "forward")"
                var line = "\(tag): \(String(format: "%.3f", p.seconds)) s; dense products \(pct(p.dense)), attention \(pct(p.attention)), rest \(pct(p.rest))"
                if let a = p.attentionProducts, let e = p.attentionExps, let o = p.attentionOther {
                    line += " (attention: products \(pct(a)), exps \(pct(e)), feature maps and other \(pct(o)))"
                }
                out.append(line)
            }
        }
        return out
    }
}
