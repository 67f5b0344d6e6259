import ArgumentParser
import Attention
import Experiments
import PerformerTensor

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the kernels against the machine's own sgemm peak (speed figures of the issues).")

    @Option(help: "Timed repeats per figure (the median is reported).")
    var repeats = 3

    @Option(help: "Sequence length for the exact attention figure.")
    var seqLen = 4096

    @Option(help: "Which figures to measure: \(BenchSuite.allCases.map(\.rawValue).joined(separator: ", ")).")
    var suite: BenchSuite = .all

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be >= 1") }
        guard seqLen >= 1 else { throw ValidationError("--seq-len must be >= 1") }
    }

    func wants(_ s: BenchSuite) -> Bool { suite == s || suite == .all }

    func run() throws {
        let info = MachineInfo.current()
        print("blas_core: \(info.blasCore)")
        print("blas_threads: \(info.blasThreads)")
        print("simd: \(info.simd)")
        let peak = Benchmarks.sgemmGflops(size: 4096, repeats: repeats).median
        print("sgemm_4096_gflops: \(format(peak))")
        let exps = Benchmarks.expPerSecond(repeats: repeats).median
        print("exp_per_second_one_core: \(String(format: "%.3g", exps))")
        if wants(.exact) { exactSuite(peak: peak) }
        if wants(.favor) { FavorBenchmark.lines(repeats: repeats, peakGflops: peak).forEach { print($0) } }
        if wants(.baselines) { _ = BaselineBenchmark.lines(repeats: repeats, sgemmGflops: peak) { print($0) } }
        if wants(.model) { for line in try ModelBenchmark.lines(repeats: repeats) { print(line) } }
    }

    /// Exact attention at B=1, H=8, d=64, L=seqLen: forward (and forward+backward) seconds,
    /// with the forward rate counted as 4 H L^2 d flops (for causal, nominal: half is skipped).
    func exactSuite(peak: Double) {
        for causal in [false, true] {
            let shape = AttentionShape(batch: 1, heads: 8, length: seqLen, headDim: 64)
            let t = Benchmarks.attentionSeconds(ExactAttention(causal: causal), shape: shape, backward: false, repeats: repeats)
            let flops = 4 * 8 * Double(seqLen) * Double(seqLen) * 64
            let tag = causal ? "causal" : "bidirectional"
            let note = causal ? ", nominal: causal skips half" : ""
            print("exact_\(tag)_forward_L\(seqLen)_seconds: \(format(t.median, digits: 4))")
            print("exact_\(tag)_forward_L\(seqLen)_gflops: \(format(flops / t.median / 1e9)) (\(format(100 * flops / t.median / 1e9 / peak))% of sgemm\(note))")
            let tb = Benchmarks.attentionSeconds(ExactAttention(causal: causal), shape: shape, backward: true, repeats: repeats)
            print("exact_\(tag)_forward_backward_L\(seqLen)_seconds: \(format(tb.median, digits: 4))")
            flashFigures(causal: causal, shape: shape, peak: peak)
        }
    }

    /// exact-flash at the same shape: seconds and the rate of its sgemm flops as executed
    /// (FlashAttention.productFlops: causal computes about half), best run in brackets.
    func flashFigures(causal: Bool, shape: AttentionShape, peak: Double) {
        let tag = causal ? "causal" : "bidirectional"
        for backward in [false, true] {
            let mech = FlashAttention(causal: causal)
            let t = Benchmarks.attentionSeconds(mech, shape: shape, backward: backward, repeats: repeats)
            let gflops = mech.productFlops(shape, backward: backward) / t.median / 1e9
            let best = mech.productFlops(shape, backward: backward) / t.min / 1e9
            let pass = backward ? "forward_backward" : "forward"
            print("exact_flash_\(tag)_\(pass)_L\(seqLen)_seconds: \(format(t.median, digits: 4)) (min \(format(t.min, digits: 4)))")
            print("exact_flash_\(tag)_\(pass)_L\(seqLen)_gflops: \(format(gflops)) (\(format(100 * gflops / peak))% of sgemm; best run \(format(100 * best / peak))%)")
        }
    }
}

/// The groups of figures `repro bench --suite` can run.
enum BenchSuite: String, ExpressibleByArgument, CaseIterable {
    case exact, favor, baselines, model, all
}
