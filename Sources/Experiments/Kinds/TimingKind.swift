import Attention
import PerformerTensor

/// `timing`: seconds of forward and of forward+backward of raw attention at (B, H, L, d):
/// `warmup` untimed calls, then `repeats` timed ones; median, min and max. Two rows per
/// configuration, `pass` = forward and forward_backward, each with the peak bytes measured
/// by MemoryLedger around the pass (inputs included).
struct TimingKind: ExperimentKind {
    init() {}
    let name = "timing"
    let summary = "forward and forward+backward seconds of raw attention vs L"
    let builtInTimeFactor = 0.6
    let quickRule = "the first 3 lengths of the seq_len axis, one warm-up and one timed call"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seq_len", keep: 3)
        q.setting("repeats", 1, when: spec.repeats)
        q.setting("warmup", 1, when: spec.warmup)
        return q.overrides
    }
    let measurementColumns = ["pass", "repeats", "median_s", "min_s", "max_s"]
    let rowLabels: [[String: String]] = [["pass": "forward"], ["pass": "forward_backward"]]

    func check(_ c: Configuration) -> String? {
        c.string("model") == "none" ? nil
            : "kind timing measures raw attention; model = \(c.string("model")) needs a whole-model timing kind"
    }

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let mechanism = try MechanismRegistry.sizing(c)
        return MemoryBudget.predictedBytes(mechanism, c.attentionShape, backward: true)
    }

    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        Double(spec.warmup + spec.repeats) * 4 * CostModel.forwardFlops(c) / CostModel.flopsPerSecond
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        // Start from an empty buffer pool: buffers pooled by earlier configurations (other
        // sizes) would otherwise fill its limit, so that this configuration's large buffers
        // are returned to the system after every call and page-faulted afresh in the next
        // one (seen as FAVOR+ at L = 32K-64K timing 1.5-3x slower here than in `repro bench`).
        // The warm-up call then fills the pool and the timed calls reuse warm pages.
        TensorAllocator.drain()
        let mechanism = try MechanismRegistry.make(c)
        var rows: [[String: String]] = []
        for (label, backward) in [("forward", false), ("forward_backward", true)] {
            var rng = SeededGenerator(seed: UInt64(c.int("seed"))).derive("timing-inputs")
            var step = 0
            let (summary, peak) = MemoryLedger.measure { () -> Summary in
                let (q, k, v) = InputSampler.draw(c, rng: &rng)
                let g = backward ? Tensor.gaussian(v.shape, rng: &rng) : nil
                return Summary(Benchmarks.attentionSamples(mechanism, q: q, k: k, v: v, dOutput: g,
                                                           warmup: spec.warmup, repeats: spec.repeats, step: &step))
            }
            rows.append(Self.row(pass: label, repeats: spec.repeats, summary: summary, peakBytes: peak))
        }
        return rows
    }

    static func seconds(_ x: Double) -> String { String(format: "%.6e", x) }

    /// The measurement cells of one timing row (shared with `model-timing`).
    static func row(pass: String, repeats: Int, summary: Summary, peakBytes: Int) -> [String: String] {
        ["pass": pass, "repeats": String(repeats),
         "median_s": seconds(summary.median), "min_s": seconds(summary.min),
         "max_s": seconds(summary.max), "peak_bytes": String(peakBytes)]
    }
}
