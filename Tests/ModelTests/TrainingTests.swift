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
