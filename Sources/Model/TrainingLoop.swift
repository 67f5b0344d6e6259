/// The one training loop of the package: `TrainingRun` (`repro train`) and the `transfer`
/// kind's phases both step a `Trainer` through it, so they cannot drift apart.
public enum TrainingLoop {
    /// Means of the steps since the previous report (losses in nats).
    public struct Interval {
        /// Steps completed so far (1-based: the step just taken).
        public var step: Int
        public var meanLoss: Double, meanAccuracy: Double, meanGradNorm: Double
        /// Tokens and training seconds since the start of the loop.
        public var tokens: Int, seconds: Double
        /// The last step's loss was not finite; the loop stops after this report.
        public var diverged: Bool
    }

    /// Takes up to `steps` steps on batches from `sampler`. After every `interval` steps
    /// (0: none), at the last step, and at a non-finite loss, calls `report` with the means
    /// since the previous report; a non-finite loss ends the loop. `each` sees every step
    /// (index from 0). Returns the last interval's totals (tokens, seconds) even when no
    /// report was made.
    @discardableResult
    public static func run(_ trainer: Trainer, sampler: inout BatchSampler, steps: Int, interval: Int,
                           each: (Int, StepStats) -> Void = { _, _ in },
                           report: (Interval) -> Void) -> (tokens: Int, seconds: Double) {
        run(trainer, batches: { _ in sampler.next() }, steps: steps, interval: interval, each: each, report: report)
    }

    /// The same loop on batches from `batches(i)` for step i (from 0): generated tasks, whose
    /// training batch is a pure function of the step index (GeneratedTask.trainBatch).
    @discardableResult
    public static func run(_ trainer: Trainer, batches: (Int) -> TokenBatch, steps: Int, interval: Int,
                           each: (Int, StepStats) -> Void = { _, _ in },
                           report: (Interval) -> Void) -> (tokens: Int, seconds: Double) {
        var tokens = 0, seconds = 0.0
        var lossSum = 0.0, accSum = 0.0, normSum = 0.0, count = 0
        for i in 0..<steps {
            let st = trainer.step(batches(i))
            tokens += st.tokens; seconds += st.seconds
            lossSum += st.loss; accSum += st.accuracy; normSum += st.gradNorm; count += 1
            each(i, st)
            let diverged = !st.loss.isFinite
            if diverged || (interval > 0 && (i + 1) % interval == 0) || i + 1 == steps {
                let n = Double(count)
                report(Interval(step: i + 1, meanLoss: lossSum / n, meanAccuracy: accSum / n, meanGradNorm: normSum / n,
                                tokens: tokens, seconds: seconds, diverged: diverged))
                lossSum = 0; accSum = 0; normSum = 0; count = 0
                if diverged { break }
            }
        }
        return (tokens, seconds)
    }
}
