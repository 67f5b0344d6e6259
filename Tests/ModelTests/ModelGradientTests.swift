import Attention
@testable import Model
import PerformerTensor
import TestSupport
import XCTest

final class ModelGradientTests: XCTestCase {
    /// The whole model (2 layers, dModel 16, 2 heads, L 8, batch 2) against central
    /// differences of the summed next-token cross-entropy (sum, not mean, so gradients are
    /// O(0.1-1)). The loss of ~90 carries Float32 rounding noise of ~5e-6 (activations round
    /// at 1e-7 relative), so eps = 3e-2 keeps that noise at ~1e-4 absolute while truncation
    /// O(eps^2) stays ~1e-3 relative (measured worst: 3e-3; with eps = 1e-2 the noise alone
    /// reached 1.2e-2). Tolerance 2e-2 with the 1e-2 absolute floor; a wrong gradient is off
    /// by O(1).
    func testWholeModelGradients() throws {
        for causal in [true, false] {
            let model = try Tiny.model(causal: causal)
            let batch = Tiny.batch()
            let tokens = Double(batch.batch * batch.length)
            func loss() -> Double {
                let (logits, _) = model.forward(tokens: batch.inputs, batch: batch.batch, length: batch.length)
                return CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: false).0.loss * tokens
            }
            model.zeroGrad()
            let (logits, cache) = model.forward(tokens: batch.inputs, batch: batch.batch, length: batch.length)
            let (_, d) = CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: true)
            model.backward(dLogits: d!, cache: cache)
            var rng = SeededGenerator(seed: 3)
            var worst = 0.0
            defer { print("whole model causal=\(causal): worst relative gradient error \(worst) over \(model.parameters.count) tensors") }
            for p in model.parameters {
                // Scale the analytic gradient of the mean to the sum.
                let analytic = p.grad.copy()
                BLAS.scale(n: analytic.count, alpha: Float(tokens), x: analytic.data)
                let r = GradientCheck.compare(loss: loss, tensor: p.value, analytic: analytic, eps: 3e-2, samples: 6, rng: &rng)
                worst = max(worst, r.worstRelative)
                XCTAssertLessThan(r.worstRelative, 2e-2, "causal=\(causal) \(p.name): \(r)")
            }
        }
    }

    /// The model's gradient reaches a mechanism's own parameter ("layers.i.attention.mix") and
    /// matches central differences (tolerance as above).
    func testMechanismParameterGradient() throws {
        let config = Tiny.config(causal: false)
        let model = try TransformerLM(config: config) { i in MixingAttention(length: 8, seed: UInt64(i)) }
        XCTAssertNotNil(model.parameter("layers.0.attention.mix"))
        XCTAssertNotNil(model.parameter("layers.1.attention.mix"))
        let batch = Tiny.batch()
        func loss() -> Double {
            let (logits, _) = model.forward(tokens: batch.inputs, batch: batch.batch, length: batch.length)
            return CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: false).0.loss * 16
        }
        model.zeroGrad()
        let (logits, cache) = model.forward(tokens: batch.inputs, batch: batch.batch, length: batch.length)
        model.backward(dLogits: CrossEntropy.evaluate(logits: logits, targets: batch.targets, gradient: true).1!, cache: cache)
        var rng = SeededGenerator(seed: 4)
        for name in ["layers.0.attention.mix", "layers.1.attention.mix"] {
            let p = model.parameter(name)!
            let analytic = p.grad.copy()
            BLAS.scale(n: analytic.count, alpha: 16, x: analytic.data)
            let r = GradientCheck.compare(loss: loss, tensor: p.value, analytic: analytic, samples: 12, rng: &rng)
            XCTAssertLessThan(r.worstRelative, 2e-2, "\(name): \(r)")
        }
        // A training step moves the mechanism's own tensor (the model shares its storage).
        let mech = model.mechanisms[0] as! MixingAttention
        let before = mech.mix.copy()
        Trainer(model: model).step(batch)
        XCTAssertGreaterThan(mech.mix.maxAbsDifference(before), 0)
    }

    /// Cross-entropy, accuracy and the gradient against a Float64 log-softmax; 1e-5 relative
    /// (Float32 exp and sums of 256 terms).
    func testCrossEntropyMatchesFloat64() {
        var rng = SeededGenerator(seed: 5)
        let logits = Tensor.gaussian([6, 256], std: 3, rng: &rng)
        let targets: [Int32] = [0, 255, 17, 100, 3, 3]
        let (s, d) = CrossEntropy.evaluate(logits: logits, targets: targets, gradient: true)
        var loss = 0.0, right = 0
        for r in 0..<6 {
            let row = (0..<256).map { Double(logits[r, $0]) }
            let m = row.max()!
            let z = row.map { exp($0 - m) }.reduce(0, +)
            loss += m + log(z) - row[Int(targets[r])]
            if row.firstIndex(of: m)! == Int(targets[r]) { right += 1 }
            for j in 0..<256 {
                let p = exp(row[j] - m) / z - (j == Int(targets[r]) ? 1 : 0)
                XCTAssertEqual(Double(d![r, j]), p / 6, accuracy: 1e-6)
            }
        }
        XCTAssertEqual(s.loss, loss / 6, accuracy: 1e-5 * loss / 6)
        XCTAssertEqual(s.accuracy, Double(right) / 6)
        XCTAssertEqual(s.bitsPerByte, s.loss / log(2), accuracy: 1e-12)
    }

    /// Causal model: changing inputs after position t leaves logits 0...t bit for bit equal.
    func testCausalModelIgnoresFuture() throws {
        let model = try Tiny.model(causal: true)
        var tokens = Tiny.batch(batch: 1, length: 8).inputs
        let before = model.forward(tokens: tokens, batch: 1, length: 8).logits
        for i in 5..<8 { tokens[i] = (tokens[i] + 7) % 256 }
        let after = model.forward(tokens: tokens, batch: 1, length: 8).logits
        for i in 0..<(5 * 256) { XCTAssertEqual(before.data[i], after.data[i]) }
        XCTAssertGreaterThan(after.maxAbsDifference(before), 0)
    }

    /// A mechanism whose causality disagrees with the configuration is refused.
    func testMechanismMustMatchCausality() {
        XCTAssertThrowsError(try TransformerLM(config: Tiny.config(causal: true)) { _ in ExactAttention(causal: false) })
        XCTAssertThrowsError(try TransformerLM(config: ModelConfig(heads: 3, layers: 1, dFF: 8, dModel: 16)) { _ in ExactAttention(causal: true) })
    }

    func testPresetsAndParameterCount() throws {
        XCTAssertEqual([ModelConfig.regular.heads, ModelConfig.regular.layers, ModelConfig.regular.dFF, ModelConfig.regular.dModel], [8, 6, 2048, 512])
        XCTAssertEqual([ModelConfig.small.heads, ModelConfig.small.layers, ModelConfig.small.dFF, ModelConfig.small.dModel], [1, 6, 64, 64])
        let model = try TransformerLM(config: .small) { _ in ExactAttention(causal: true) }
        XCTAssertEqual(model.parameterCount, ModelConfig.small.weightCount)
        let json = try JSONEncoder().encode(ModelConfig.regular)
        XCTAssertEqual(try JSONDecoder().decode(ModelConfig.self, from: json), .regular)
    }
}
