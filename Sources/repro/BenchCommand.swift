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

    @Option(help: "Which figures to measure: \(suites.joined(separator: ", ")) or all.")
    var suite = "all"
    static let suites = ["exact", "model"]

    func validate() throws {
        guard suite == "all" || Self.suites.contains(suite) else { throw ValidationError("--suite must be one of \(Self.suites) or all") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be >= 1") }
        guard seqLen >= 1 else { throw ValidationError("--seq-len must be >= 1") }
    }

    func run() throws {
        if suite == "all" || suite == "exact" { try exactSuite() }
        if suite == "all" || suite == "model" { for line in try ModelBenchmark.lines(repeats: repeats) { print(line) } }
    }

    func exactSuite() throws {
        let info = MachineInfo.current()
        print("blas_core: \(info.blasCore)")
        print("blas_threads: \(info.blasThreads)")
        print("simd: \(info.simd)")
        let peak = Benchmarks.sgemmGflops(size: 4096, repeats: repeats).median
        print("sgemm_4096_gflops: \(format(peak))")
        let exps = Benchmarks.expPerSecond(repeats: repeats).median
        print("exp_per_second_one_core: \(String(format: "%.3g", exps))")
        for causal in [false, true] {
            let shape = AttentionShape(batch: 1, heads: 8, length: seqLen, headDim: 64)
            let t = Benchmarks.attentionSeconds(ExactAttention(causal: causal), shape: shape, backward: false, repeats: repeats)
            let flops = 4 * 8 * Double(seqLen) * Double(seqLen) * 64
            let tag = causal ? "causal" : "bidirectional"
            print("exact_\(tag)_forward_L\(seqLen)_seconds: \(format(t.median, digits: 4))")
            print("exact_\(tag)_forward_L\(seqLen)_gflops: \(format(flops / t.median / 1e9)) (\(format(100 * flops / t.median / 1e9 / peak))% of sgemm)")
            let tb = Benchmarks.attentionSeconds(ExactAttention(causal: causal), shape: shape, backward: true, repeats: repeats)
            print("exact_\(tag)_forward_backward_L\(seqLen)_seconds: \(format(tb.median, digits: 4))")
        }
    }
}
