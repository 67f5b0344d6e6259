import Attention
import CKernels
@testable import Model
import PerformerTensor
import XCTest

final class TrainingTests: XCTestCase {
    func testScheduleWarmupAndDecay() {
        let c = LearningRateSchedule(peak: 1e-3, warmupSteps: 10, decay: .constant)
        XCTAssertEqual(c.rate(at: 0), 1e-4, accuracy: 1e-9)
        XCTAssertEqual(c.rate(at: 9), 1e-3, accuracy: 1e-9)
        XCTAssertEqual(c.rate(at: 500), 1e-3, accuracy: 1e-9)
        let s = LearningRateSchedule(peak: 1e-3, warmupSteps: 10, decay: .inverseSqrt)
        XCTAssertEqual(s.rate(at: 39), 1e-3 * (10.0 / 40.0).squareRoot(), accuracy: 1e-9)
        // Cosine over steps 10..110 to a floor of 10%: peak after warm-up, halfway at the
        // middle, the floor at the end and after it, never increasing.
        let k = LearningRateSchedule(peak: 1e-3, warmupSteps: 10, decay: .cosine, totalSteps: 110, floor: 0.1)
        XCTAssertEqual(k.rate(at: 9), 1e-3, accuracy: 1e-9)
        XCTAssertEqual(k.rate(at: 59), 1e-3 * (0.1 + 0.9 * 0.5), accuracy: 1e-8)
        XCTAssertEqual(k.rate(at: 109), 1e-4, accuracy: 1e-9)
        XCTAssertEqual(k.rate(at: 5000), 1e-4, accuracy: 1e-9)
        for step in 10..<120 { XCTAssertLessThanOrEqual(k.rate(at: step), k.rate(at: step - 1) + 1e-12) }
    }

    /// One Adam step on a hand-made gradient against the Float64 formula (1e-6 relative:
    /// one Float32 rounding per operation), with clipping to global norm 0.5 and decoupled
    /// weight decay on the matrix only.
    func testAdamStepMatchesFormula() {
        let w = Parameter("w", Tensor(shape: [2, 2], values: [1, -2, 3, 0.5]))
        let b = Parameter("b", Tensor(shape: [2], values: [0.1, 0.2]))
        for (i, g) in [3, 4, 0, 0].enumerated() { w.grad.data[i] = Float(g) }   // norm 5 -> clipped by 0.1
        b.grad.data[0] = 0; b.grad.data[1] = 0
        let settings = AdamOptimizer.Settings(schedule: .init(peak: 0.01, warmupSteps: 0), weightDecay: 0.1)
        let adam = AdamOptimizer(parameters: [w, b], settings: settings)
        let (norm, lr) = adam.update()
        XCTAssertEqual(norm, 5, accuracy: 1e-6)
        XCTAssertEqual(lr, 0.01)
        let w0: [Double] = [1, -2, 3, 0.5], g: [Double] = [0.3, 0.4, 0, 0]
        for i in 0..<4 {
            let m = 0.1 * g[i], v = 0.02 * g[i] * g[i]
            let mh = m / 0.1, vh = v / 0.02
            let ref = w0[i] - 0.01 * mh / (vh.squareRoot() + 1e-9) - 0.01 * 0.1 * w0[i]
            XCTAssertEqual(Double(w.value.data[i]), ref, accuracy: 1e-6 * max(1, abs(ref)))
        }
        XCTAssertEqual(b.value.array, [0.1, 0.2], "zero gradient and no decay on rank-1 tensors")
    }

    /// Same seed, same batches; windows are inputs shifted by one.
    func testSamplerIsSeededAndShifted() throws {
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        var a = try BatchSampler(bytes: bytes, batch: 3, length: 16, seed: 9)
        var b = try BatchSampler(bytes: bytes, batch: 3, length: 16, seed: 9)
        var c = try BatchSampler(bytes: bytes, batch: 3, length: 16, seed: 10)
        let (x, y, z) = (a.next(), b.next(), c.next())
        XCTAssertEqual(x.inputs, y.inputs)
        XCTAssertNotEqual(x.inputs, z.inputs)
        for r in 0..<3 { for i in 0..<15 { XCTAssertEqual(x.targets[r * 16 + i], x.inputs[r * 16 + i + 1]) } }
        XCTAssertThrowsError(try BatchSampler(bytes: [1, 2, 3], batch: 1, length: 8, seed: 1))
    }

    /// A tiny model learns a periodic text: loss falls from ~ln 256 to well under half of it
    /// within 60 steps (a broken gradient or optimizer would not get there).
    func testTrainingLowersLoss() throws {
        let text = Array(String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 40).utf8)
        let model = try Tiny.model(causal: true)
        let trainer = Trainer(model: model, settings: .init(schedule: .init(peak: 3e-3, warmupSteps: 10)))
        var sampler = try BatchSampler(bytes: text, batch: 4, length: 16, seed: 1)
        let before = trainer.evaluate(text, batches: 2, batchSize: 4, length: 16)
        for _ in 0..<60 { trainer.step(sampler.next()) }
        let after = trainer.evaluate(text, batches: 2, batchSize: 4, length: 16)
        XCTAssertGreaterThan(before.loss, 4.5)
        XCTAssertLessThan(after.loss, before.loss / 2, "before \(before.loss) after \(after.loss)")
        XCTAssertEqual(trainer.stepCount, 60)
    }
}

final class MaskedObjectiveTests: XCTestCase {
    /// Masked positions get input 0 and their byte as target; the rest target -1; the
    /// masking rate is close to the requested one (2000 draws: 0.15 +- 0.03 is > 3 sigma).
    func testMaskedBatch() {
        let bytes = (0..<2100).map { UInt8(1 + $0 % 200) }
        var rng = SeededGenerator(seed: 3)
        let b = TokenBatch(bytes: bytes, starts: [0, 1000], length: 1000, maskRate: 0.15, rng: &rng)
        var masked = 0
        for r in 0..<2 { for i in 0..<1000 {
            let k = r * 1000 + i, original = Int32(bytes[r * 1000 + i])
            if b.targets[k] >= 0 {
                masked += 1
                XCTAssertEqual(b.inputs[k], Objective.maskToken)
                XCTAssertEqual(b.targets[k], original)
            } else {
                XCTAssertEqual(b.inputs[k], original)
            }
        } }
        XCTAssertEqual(Double(masked) / 2000, 0.15, accuracy: 0.03)
    }

    /// Ignored rows (target -1) add no loss and get zero gradient; the mean is over counted
    /// rows only: equal (1e-6) to the loss of the counted rows alone.
    func testCrossEntropyIgnoresNegativeTargets() {
        var rng = SeededGenerator(seed: 4)
        let logits = Tensor.gaussian([4, 256], rng: &rng)
        let (s, d) = CrossEntropy.evaluate(logits: logits, targets: [5, -1, 7, -1], gradient: true)
        let kept = Tensor(shape: [2, 256], values: Array(logits.array[0..<256]) + Array(logits.array[512..<768]))
        let (r, dr) = CrossEntropy.evaluate(logits: kept, targets: [5, 7], gradient: true)
        XCTAssertEqual(s.loss, r.loss, accuracy: 1e-6)
        XCTAssertEqual(s.tokens, 2)
        XCTAssertEqual(Array(d!.array[256..<512]), [Float](repeating: 0, count: 256))
        XCTAssertEqual(Array(d!.array[0..<256]), Array(dr!.array[0..<256]))
    }

    /// A bidirectional model learns a periodic text as a masked LM: within 600 steps its loss
    /// falls below half the text's unigram entropy (~2.8 nats), which only reading the
    /// context around a masked byte can do.
    func testBidirectionalMaskedTraining() throws {
        let text = Array(String(repeating: "the quick brown fox jumps over the lazy dog. ", count: 40).utf8)
        let model = try Tiny.model(causal: false)
        let trainer = Trainer(model: model, settings: .init(schedule: .init(peak: 3e-3, warmupSteps: 10)))
        var sampler = try BatchSampler(bytes: text, batch: 8, length: 16, seed: 1, objective: .masked(rate: 0.25))
        for _ in 0..<600 { trainer.step(sampler.next()) }
        let after = trainer.evaluate(text, batches: 4, batchSize: 8, length: 16, objective: .masked(rate: 0.25))
        let unigram = try Corpus(bytes: text, source: "text", validationFraction: 0.5).unigramBaseline
        XCTAssertLessThan(after.loss, unigram / 2, "after \(after.loss), unigram \(unigram)")
    }
}
