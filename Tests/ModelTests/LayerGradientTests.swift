import Attention
import CKernels
@testable import Model
import PerformerTensor
import TestSupport
import XCTest

/// Finite-difference checks of each layer's backward, with loss = sum(output * G) for a fixed
/// Gaussian G. Central differences with eps = 1e-2 in Float32: truncation O(eps^2) ~ 1e-4
/// relative, rounding ~ 1e-7 * |loss| / eps ~ 1e-4 of the gradient scale; so 2e-2 relative
/// (absolute floor 1e-2 for near-zero entries) separates right gradients from wrong ones,
/// which are off by O(1).
final class LayerGradientTests: XCTestCase {
    let tolerance = 2e-2

    func check(_ label: String, loss: () -> Double, _ pairs: [(String, Tensor, Tensor)], eps: Float = 1e-2) {
        var rng = SeededGenerator(seed: 99)
        var worst = 0.0
        defer { print("\(label): worst relative gradient error \(worst)") }
        for (name, value, grad) in pairs {
            let r = GradientCheck.compare(loss: loss, tensor: value, analytic: grad, eps: eps, samples: 30, rng: &rng)
            XCTAssertLessThan(r.worstRelative, tolerance, "\(label) \(name): \(r)")
            worst = max(worst, r.worstRelative)
        }
    }

    func testLayerNorm() {
        var rng = SeededGenerator(seed: 1)
        let ln = LayerNorm("ln", d: 16)
        Tiny.set(ln.gamma.value, Tensor.gaussian([16], mean: 1, std: 0.3, rng: &rng))
        Tiny.set(ln.beta.value, Tensor.gaussian([16], std: 0.3, rng: &rng))
        let x = Tensor.gaussian([2, 8, 16], mean: 0.5, std: 2, rng: &rng)
        let g = Tensor.gaussian([2, 8, 16], rng: &rng)
        let (_, cache) = ln.forward(x)
        let dx = ln.backward(g, cache: cache)
        check("layernorm", loss: { Tiny.dot(ln.forward(x).0, g) },
              [("x", x, dx), ("gamma", ln.gamma.value, ln.gamma.grad), ("beta", ln.beta.value, ln.beta.grad)])
    }

    /// LayerNorm forward against Float64: each row of the output has mean beta-ish and the
    /// normalised values agree within 1e-5 (Float32 sums of 16 terms).
    func testLayerNormForwardMatchesFloat64() {
        var rng = SeededGenerator(seed: 2)
        let ln = LayerNorm("ln", d: 16)
        let x = Tensor.gaussian([5, 16], mean: 3, std: 2, rng: &rng)
        let y = ln.forward(x).0
        for r in 0..<5 {
            let row = (0..<16).map { Double(x[r, $0]) }
            let mean = row.reduce(0, +) / 16
            let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 16
            for j in 0..<16 {
                let ref = (row[j] - mean) / (variance + 1e-5).squareRoot()
                XCTAssertEqual(Double(y[r, j]), ref, accuracy: 1e-5)
            }
        }
    }

    func testFeedForward() {
        for activation in ModelConfig.Activation.allCases {
            var rng = SeededGenerator(seed: 3)
            let ff = FeedForward("mlp", dModel: 16, dFF: 32, activation: activation, outputGain: 1, rng: rng)
            Tiny.set(ff.up.bias.value, Tensor.gaussian([32], std: 0.2, rng: &rng))
            let x = Tensor.gaussian([2, 8, 16], rng: &rng)
            let g = Tensor.gaussian([2, 8, 16], rng: &rng)
            let (_, cache) = ff.forward(x)
            let dx = ff.backward(g, cache: cache)
            // ReLU has kinks: a smaller step makes crossing one unlikely (loss scale ~10, so
            // rounding stays ~1e-3 absolute at eps 5e-4, under the 1e-2 floor's 2e-4 * 10).
            check("mlp-\(activation)", loss: { Tiny.dot(ff.forward(x).0, g) },
                  [("x", x, dx), ("up.weight", ff.up.weight.value, ff.up.weight.grad),
                   ("up.bias", ff.up.bias.value, ff.up.bias.grad),
                   ("down.weight", ff.down.weight.value, ff.down.weight.grad),
                   ("down.bias", ff.down.bias.value, ff.down.bias.grad)],
                  eps: activation == .relu ? 5e-4 : 1e-2)
        }
    }

    /// GELU (tanh form) against the Float64 formula and its derivative: 1e-5 absolute, the
    /// exp polynomial's ~2e-7 relative error times values of size <= 6.
    func testGeluMatchesFloat64() {
        let xs: [Float] = stride(from: -6, through: 6, by: 0.25).map { Float($0) }
        var y = [Float](repeating: 0, count: xs.count), dx = y
        let ones = [Float](repeating: 1, count: xs.count)
        ck_gelu_forward(xs, &y, xs.count)
        ck_gelu_backward(xs, ones, &dx, xs.count)
        for (i, x) in xs.map(Double.init).enumerated() {
            let u = 0.7978845608028654 * (x + 0.044715 * x * x * x)
            let t = tanh(u)
            XCTAssertEqual(Double(y[i]), 0.5 * x * (1 + t), accuracy: 1e-5)
            let d = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * 0.7978845608028654 * (1 + 3 * 0.044715 * x * x)
            XCTAssertEqual(Double(dx[i]), d, accuracy: 1e-5)
        }
    }

    func testMultiHeadAttention() {
        for causal in [false, true] {
            let rng = SeededGenerator(seed: 4)
            let mha = MultiHeadAttention("att", dModel: 16, heads: 2, mechanism: ExactAttention(causal: causal, blockRows: 3),
                                         outputGain: 1, rng: rng)
            var r2 = SeededGenerator(seed: 5)
            let x = Tensor.gaussian([2, 8, 16], rng: &r2)
            let g = Tensor.gaussian([2, 8, 16], rng: &r2)
            let (_, cache) = mha.forward(x)
            let dx = mha.backward(g, cache: cache)
            check("mha causal=\(causal)", loss: { Tiny.dot(mha.forward(x).0, g) },
                  [("x", x, dx), ("qkv.weight", mha.qkv.weight.value, mha.qkv.weight.grad),
                   ("qkv.bias", mha.qkv.bias.value, mha.qkv.bias.grad),
                   ("out.weight", mha.out.weight.value, mha.out.weight.grad),
                   ("out.bias", mha.out.bias.value, mha.out.bias.grad)])
        }
    }

    /// Multi-head attention against a Float64 per-head computation by the definition (exact
    /// attention on the projected heads): 1e-4 of the output scale.
    func testMultiHeadAttentionForwardMatchesReference() {
        let rng = SeededGenerator(seed: 6)
        let mha = MultiHeadAttention("att", dModel: 16, heads: 2, mechanism: ExactAttention(causal: true), outputGain: 1, rng: rng)
        var r2 = SeededGenerator(seed: 7)
        let x = Tensor.gaussian([1, 8, 16], rng: &r2)
        let y = mha.forward(x).0
        let (L, D, H, dh) = (8, 16, 2, 8)
        let w = mha.qkv.weight.value, wo = mha.out.weight.value
        func proj(_ i: Int, _ col: Int) -> Double { (0..<D).reduce(0.0) { $0 + Double(x[0, i, $1]) * Double(w[$1, col]) } }
        var merged = [[Double]](repeating: [Double](repeating: 0, count: D), count: L)
        for h in 0..<H {
            for i in 0..<L {
                var scores = (0...i).map { j in (0..<dh).reduce(0.0) { $0 + proj(i, h * dh + $1) * proj(j, D + h * dh + $1) } / Double(dh).squareRoot() }
                let m = scores.max()!
                scores = scores.map { exp($0 - m) }
                let z = scores.reduce(0, +)
                for t in 0..<dh { merged[i][h * dh + t] = (0...i).reduce(0.0) { $0 + scores[$1] / z * proj($1, 2 * D + h * dh + t) } }
            }
        }
        for i in 0..<L { for c in 0..<D {
            let ref = (0..<D).reduce(0.0) { $0 + merged[i][$1] * Double(wo[$1, c]) }
            XCTAssertEqual(Double(y[0, i, c]), ref, accuracy: 1e-4)
        } }
    }

    /// The block (two residual branches, two LayerNorms) and a mechanism with its own parameter.
    func testBlockWithParameterisedMechanism() {
        let config = ModelConfig(heads: 2, layers: 2, dFF: 32, dModel: 16, causal: false)
        let block = TransformerBlock(index: 1, config: config, mechanism: MixingAttention(length: 8, seed: 3), rng: SeededGenerator(seed: 8))
        XCTAssertEqual(block.mechanismParameters.map(\.name), ["layers.1.attention.mix"])
        var rng = SeededGenerator(seed: 9)
        let x = Tensor.gaussian([2, 8, 16], rng: &rng)
        let g = Tensor.gaussian([2, 8, 16], rng: &rng)
        let (_, cache) = block.forward(x)
        let dx = block.backward(g, cache: cache)
        let mix = block.mechanismParameters[0]
        check("block", loss: { Tiny.dot(block.forward(x).0, g) },
              [("x", x, dx), ("mix", mix.value, mix.grad),
               ("ln1.gamma", block.ln1.gamma.value, block.ln1.gamma.grad),
               ("mlp.up.weight", block.mlp.up.weight.value, block.mlp.up.weight.grad)])
    }
}
