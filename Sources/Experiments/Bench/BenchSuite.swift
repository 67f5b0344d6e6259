import Attention
import Foundation
import ResultsFormat

/// The groups of figures `repro bench --suite` runs, and the runs themselves (the command
/// only parses its options and prints these lines).
public enum BenchSuite: String, CaseIterable, Sendable {
    case exact, favor, baselines, model, all

    /// Machine facts, the sgemm peak and the exp rate, then the suite's figures, as
    /// `key: value` lines passed to `emit` as they are measured. `seqLen` is the length of the
    /// exact-attention figure.
    public func run(repeats: Int, seqLen: Int, emit: (String) -> Void) throws {
        let info = MachineInfo.current()
        emit("blas_core: \(info.blasCore)")
        emit("blas_threads: \(info.blasThreads)")
        emit("simd: \(info.simd)")
        let peak = Benchmarks.sgemmGflops(size: 4096, repeats: repeats).median
        emit("sgemm_4096_gflops: \(Self.format(peak))")
        let exps = Benchmarks.expPerSecond(repeats: repeats).median
        emit("exp_per_second_one_core: \(String(format: "%.3g", exps))")
        func wants(_ s: BenchSuite) -> Bool { self == s || self == .all }
        if wants(.exact) { try Self.exactLines(repeats: repeats, seqLen: seqLen, peak: peak).forEach(emit) }
        if wants(.favor) { try FavorBenchmark.lines(repeats: repeats, peakGflops: peak).forEach(emit) }
        if wants(.baselines) { _ = try BaselineBenchmark.lines(repeats: repeats, sgemmGflops: peak, emit: emit) }
        if wants(.model) {
            try ModelBenchmark.lines(repeats: repeats).forEach(emit)
            try ModelProfile.lines(repeats: repeats).forEach(emit)
        }
    }

    /// Exact attention at B=1, H=8, d=64, L=seqLen: forward (and forward+backward) seconds,
    /// with the forward rate from the exact descriptor's flop count (for causal, nominal:
    /// half is skipped).
    public static func exactLines(repeats: Int, seqLen: Int, peak: Double) throws -> [String] {
        var out: [String] = []
        for causal in [false, true] {
            let c = try MechanismRegistry.configuration("exact", ["batch": .int(1), "heads": .int(8), "seq_len": .int(seqLen),
                                                                   "head_dim": .int(64), "causal": .bool(causal)])
            let mechanism = try MechanismRegistry.make(c)
            let t = Benchmarks.attentionSeconds(mechanism, shape: c.attentionShape, backward: false, repeats: repeats)
            let flops = c.descriptor.forwardFlops(c)
            let tag = causal ? "causal" : "bidirectional"
            let note = causal ? ", nominal: causal skips half" : ""
            out.append("exact_\(tag)_forward_L\(seqLen)_seconds: \(format(t.median, digits: 4))")
            out.append("exact_\(tag)_forward_L\(seqLen)_gflops: \(format(flops / t.median / 1e9)) (\(format(100 * flops / t.median / 1e9 / peak))% of sgemm\(note))")
            let tb = Benchmarks.attentionSeconds(mechanism, shape: c.attentionShape, backward: true, repeats: repeats)
            out.append("exact_\(tag)_forward_backward_L\(seqLen)_seconds: \(format(tb.median, digits: 4))")
            // exact-flash at the same shape: the rate of its sgemm flops as executed
            // (FlashAttention.productFlops: causal computes about half), best run in brackets.
            let flash = FlashAttention(causal: causal)
            for backward in [false, true] {
                let t = Benchmarks.attentionSeconds(flash, shape: c.attentionShape, backward: backward, repeats: repeats)
                let executed = flash.productFlops(c.attentionShape, backward: backward)
                let pass = backward ? "forward_backward" : "forward"
                out.append("exact_flash_\(tag)_\(pass)_L\(seqLen)_seconds: \(format(t.median, digits: 4)) (min \(format(t.min, digits: 4)))")
                out.append("exact_flash_\(tag)_\(pass)_L\(seqLen)_gflops: \(format(executed / t.median / 1e9)) (\(format(100 * executed / t.median / 1e9 / peak))% of sgemm; best run \(format(100 * executed / t.min / 1e9 / peak))%)")
            }
        }
        return out
    }

    static func format(_ x: Double, digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
}
