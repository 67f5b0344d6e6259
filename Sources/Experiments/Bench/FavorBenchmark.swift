import Attention
import Foundation
import PerformerTensor

/// The FAVOR+ speed figures, as `key: value` lines (seconds, GFLOP/s, bytes).
///
/// Shape: B = 1, H = 8, d = dv = 64, m = 256, positive features, orthogonal projection
/// (redrawn per step, as in training): the `performer-softmax` preset. FLOPs of a
/// bidirectional forward are the FAVOR+ descriptor's count (8 H L m d for these features).
enum FavorBenchmark {
    /// The preset's configuration at (1, 8, length, 64), seed 1.
    static func configuration(_ length: Int, causal: Bool = false) throws -> Configuration {
        try MechanismRegistry.configuration("performer-softmax", ["batch": .int(1), "heads": .int(8), "seq_len": .int(length),
                                                                   "head_dim": .int(64), "causal": .bool(causal), "seed": .int(1)])
    }

    static func mechanism(causal: Bool) throws -> any AttentionMechanism {
        try MechanismRegistry.make(configuration(2048, causal: causal))
    }

    static func shape(_ length: Int) -> AttentionShape {
        AttentionShape(batch: 1, heads: 8, length: length, headDim: 64)
    }

    /// Runs the figures; `peakGflops` is the machine's sgemm rate (measured when nil).
    /// `longLength` is the length of the throughput figure (65536 by default).
    static func lines(repeats: Int = 3, peakGflops: Double? = nil, longLength: Int = 65536) throws -> [String] {
        var out: [String] = []
        func fmt(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)g", x) }
        let peak = peakGflops ?? Benchmarks.sgemmGflops(size: 4096, repeats: repeats).median
        if peakGflops == nil { out.append("sgemm_4096_gflops: \(fmt(peak))") }

        // Bidirectional forward throughput and scaling in L.
        let midLength = longLength / 4
        // On a shared machine the minimum over repeats is the least disturbed run: both are shown.
        let long = Benchmarks.attentionSeconds(try mechanism(causal: false), shape: shape(longLength), backward: false, repeats: repeats)
        let mid = Benchmarks.attentionSeconds(try mechanism(causal: false), shape: shape(midLength), backward: false, repeats: repeats)
        let long0 = try configuration(longLength)
        let flops = long0.descriptor.forwardFlops(long0)
        out.append("favor_bidirectional_forward_L\(longLength)_seconds: \(fmt(long.median, 4)) (min \(fmt(long.min, 4)))")
        out.append("favor_bidirectional_forward_L\(longLength)_gflops: \(fmt(flops / long.median / 1e9)) (\(fmt(100 * flops / long.median / 1e9 / peak))% of sgemm; best run \(fmt(100 * flops / long.min / 1e9 / peak))%)")
        out.append("favor_bidirectional_forward_L\(midLength)_seconds: \(fmt(mid.median, 4)) (min \(fmt(mid.min, 4)))")
        out.append("favor_forward_loglog_slope_L\(midLength)_to_L\(longLength): \(fmt(log(long.median / mid.median) / log(4.0))) (from minima \(fmt(log(long.min / mid.min) / log(4.0))))")
        TensorAllocator.drain()

        // FAVOR vs exact at L = 2048.
        for backward in [false, true] {
            let tag = backward ? "forward_backward" : "forward"
            let f = Benchmarks.attentionSeconds(try mechanism(causal: false), shape: shape(2048), backward: backward, repeats: repeats).median
            let e = Benchmarks.attentionSeconds(try MechanismRegistry.make(MechanismRegistry.configuration("exact", ["heads": .int(8), "head_dim": .int(64), "seq_len": .int(2048)])), shape: shape(2048), backward: backward, repeats: repeats).median
            out.append("favor_vs_exact_\(tag)_L2048_seconds: \(fmt(f, 4)) vs \(fmt(e, 4)) (exact/favor \(fmt(e / f)))")
        }
        TensorAllocator.drain()

        // Causal vs bidirectional, forward + backward, L = 16384.
        let tb = Benchmarks.attentionSeconds(try mechanism(causal: false), shape: shape(16384), backward: true, repeats: repeats).median
        let tc = Benchmarks.attentionSeconds(try mechanism(causal: true), shape: shape(16384), backward: true, repeats: repeats).median
        out.append("favor_forward_backward_L16384_seconds: bidirectional \(fmt(tb, 4)) causal \(fmt(tc, 4)) (causal/bidirectional \(fmt(tc / tb)))")

        // Peak extra bytes of causal forward + backward at two lengths (linear in L), and of
        // the bidirectional one at the longer length for comparison.
        for (length, causal) in [(4096, true), (16384, true), (16384, false)] {
            let mech = try mechanism(causal: causal)
            var rng = SeededGenerator(seed: 5)
            let s = shape(length)
            let q = Tensor.gaussian([1, 8, length, 64], rng: &rng), k = Tensor.gaussian([1, 8, length, 64], rng: &rng)
            let v = Tensor.gaussian([1, 8, length, 64], rng: &rng), g = Tensor.gaussian([1, 8, length, 64], rng: &rng)
            let peak = MemoryLedger.measure { () -> Void in
                let f = mech.forward(q: q, k: k, v: v)
                _ = mech.backward(dOutput: g, cache: f.cache)
            }.peakExtraBytes
            out.append("favor_\(causal ? "causal" : "bidirectional")_forward_backward_L\(length)_peak_bytes: \(peak) (predicted \(mech.predictedExtraBytes(s, backward: true)), bytes/token \(peak / length))")
        }
        TensorAllocator.drain()
        return out
    }
}
