import Attention
import Foundation
import PerformerTensor

/// The FAVOR+ speed figures of issue 3, as `key: value` lines (seconds, GFLOP/s, bytes).
///
/// Shape: B = 1, H = 8, d = dv = 64, m = 256, positive features, orthogonal projection
/// (redrawn per step, as in training). FLOPs of a bidirectional forward are counted as
/// 8 H L m d (the four products X W^T for Q and K, K'^T V and Q' S at 2 L m d each).
public enum FavorBenchmark {
    static func mechanism(causal: Bool) -> FavorAttention {
        FavorAttention(featureMap: .positive, features: 256, projection: ProjectionPolicy(kind: .orthogonal, redraw: .perStep, seed: 1), causal: causal)
    }

    static func shape(_ length: Int) -> AttentionShape {
        AttentionShape(batch: 1, heads: 8, length: length, headDim: 64)
    }

    /// Runs the figures; `peakGflops` is the machine's sgemm rate (measured when nil).
    /// `longLength` is the length of the throughput figure (65536 by default).
    public static func lines(repeats: Int = 3, peakGflops: Double? = nil, longLength: Int = 65536) -> [String] {
        var out: [String] = []
        func fmt(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)g", x) }
        let peak = peakGflops ?? Benchmarks.sgemmGflops(size: 4096, repeats: repeats).median
        if peakGflops == nil { out.append("sgemm_4096_gflops: \(fmt(peak))") }

        // Bidirectional forward throughput and scaling in L.
        let midLength = longLength / 4
        // On a shared machine the minimum over repeats is the least disturbed run: both are shown.
        let long = Benchmarks.attentionSeconds(mechanism(causal: false), shape: shape(longLength), backward: false, repeats: repeats)
        let mid = Benchmarks.attentionSeconds(mechanism(causal: false), shape: shape(midLength), backward: false, repeats: repeats)
        let flops = 8 * 8 * Double(longLength) * 256 * 64
        out.append("favor_bidirectional_forward_L\(longLength)_seconds: \(fmt(long.median, 4)) (min \(fmt(long.min, 4)))")
        out.append("favor_bidirectional_forward_L\(longLength)_gflops: \(fmt(flops / long.median / 1e9)) (\(fmt(100 * flops / long.median / 1e9 / peak))% of sgemm; best run \(fmt(100 * flops / long.min / 1e9 / peak))%)")
        out.append("favor_bidirectional_forward_L\(midLength)_seconds: \(fmt(mid.median, 4)) (min \(fmt(mid.min, 4)))")
        out.append("favor_forward_loglog_slope_L\(midLength)_to_L\(longLength): \(fmt(log(long.median / mid.median) / log(4.0))) (from minima \(fmt(log(long.min / mid.min) / log(4.0))))")
        TensorAllocator.drain()

        // FAVOR vs exact at L = 2048.
        for backward in [false, true] {
            let tag = backward ? "forward_backward" : "forward"
            let f = Benchmarks.attentionSeconds(mechanism(causal: false), shape: shape(2048), backward: backward, repeats: repeats).median
            let e = Benchmarks.attentionSeconds(ExactAttention(), shape: shape(2048), backward: backward, repeats: repeats).median
            out.append("favor_vs_exact_\(tag)_L2048_seconds: \(fmt(f, 4)) vs \(fmt(e, 4)) (exact/favor \(fmt(e / f)))")
        }
        TensorAllocator.drain()

        // Causal vs bidirectional, forward + backward, L = 16384.
        let tb = Benchmarks.attentionSeconds(mechanism(causal: false), shape: shape(16384), backward: true, repeats: repeats).median
        let tc = Benchmarks.attentionSeconds(mechanism(causal: true), shape: shape(16384), backward: true, repeats: repeats).median
        out.append("favor_forward_backward_L16384_seconds: bidirectional \(fmt(tb, 4)) causal \(fmt(tc, 4)) (causal/bidirectional \(fmt(tc / tb)))")

        // Peak extra bytes of causal forward + backward at two lengths (linear in L), and of
        // the bidirectional one at the longer length for comparison.
        for (length, causal) in [(4096, true), (16384, true), (16384, false)] {
            let mech = mechanism(causal: causal)
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
