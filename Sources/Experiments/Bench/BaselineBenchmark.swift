import Attention
import Foundation
import PerformerTensor

/// Speed of the baseline mechanisms (local window, block-sparse, Linformer) at long lengths:
/// forward and forward+backward seconds per length, the log-log slope of time against L
/// between the first and last length (1 = linear), and the rate of their BLAS products at the
/// last length as GFLOP/s and as a percentage of the machine's sgemm rate. Only the flops of
/// the products are counted (`productFlops`, whole tiles as executed, masked corners included).
enum BaselineBenchmark {
    /// The presets at B = 1, H = 8, d = 64 with their defaults (block-sparse b = 64, w = 1,
    /// g = 2, r = 3) except local w = 256 and Linformer's projections: of the longest length,
    /// one pair shared by the heads (per-head pairs at L = 65536 would hold 1 GiB of E, F and
    /// another of their gradients; the products and their flops are the same either way).
    static func mechanisms(maxLength: Int, heads: Int = 8, headDim: Int = 64) throws -> [(AttentionMechanism, (AttentionShape, Bool) -> Double)] {
        func make(_ preset: String, _ values: [String: ParamValue]) throws -> any AttentionMechanism {
            var v = values
            v["heads"] = .int(heads); v["head_dim"] = .int(headDim); v["seq_len"] = .int(maxLength); v["seed"] = .int(1)
            return try MechanismRegistry.make(MechanismRegistry.configuration(preset, v))
        }
        guard let local = try make("local", ["window": .int(256)]) as? LocalAttention,
              let sparse = try make("block-sparse", [:]) as? BlockSparseAttention,
              let linformer = try make("linformer", ["sharing": .string("headwise")]) as? LinformerAttention else {
            throw MechanismError("a baseline preset no longer builds its Attention type")
        }
        return [(local, local.productFlops), (sparse, sparse.productFlops), (linformer, linformer.productFlops)]
    }

    /// Runs the figures and returns `key: value` lines (also passed to `emit` as they are
    /// measured, for progress). `sgemmGflops` is the machine's rate the percentages refer to.
    /// Times are medians (and minima) of `repeats` runs after one warm-up, wall clock; the
    /// slope and the rates use the minima, which other work on a shared machine disturbs least.
    static func lines(
        repeats: Int = 3, lengths: [Int] = [8192, 16384, 32768, 65536], sgemmGflops: Double,
        heads: Int = 8, headDim: Int = 64, emit: (String) -> Void = { _ in }
    ) throws -> [String] {
        precondition(lengths.count >= 2 && lengths == lengths.sorted(), "need >= 2 increasing lengths")
        var out = [String]()
        func put(_ key: String, _ value: String) { let l = "\(key): \(value)"; out.append(l); emit(l) }
        put("baselines_shape", "B=1 H=\(heads) d=\(headDim) bidirectional")
        for (mech, flops) in try mechanisms(maxLength: lengths.last!, heads: heads, headDim: headDim) {
            let tag = mech.name.replacingOccurrences(of: "-", with: "_")
            for backward in [false, true] {
                let pass = backward ? "forward_backward" : "forward"
                var seconds = [Double]()
                for L in lengths {
                    let shape = AttentionShape(batch: 1, heads: heads, length: L, headDim: headDim)
                    let t = Benchmarks.attentionSeconds(mech, shape: shape, backward: backward, repeats: repeats)
                    seconds.append(t.min)
                    put("\(tag)_\(pass)_L\(L)_seconds", format(t.median, digits: 4))
                    put("\(tag)_\(pass)_L\(L)_min_seconds", format(t.min, digits: 4))
                }
                let slope = log(seconds.last! / seconds.first!) / log(Double(lengths.last!) / Double(lengths.first!))
                put("\(tag)_\(pass)_slope_L\(lengths.first!)_L\(lengths.last!)", format(slope, digits: 3))
                let shape = AttentionShape(batch: 1, heads: heads, length: lengths.last!, headDim: headDim)
                let gflops = flops(shape, backward) / seconds.last! / 1e9
                put("\(tag)_\(pass)_L\(lengths.last!)_product_gflops", format(gflops))
                put("\(tag)_\(pass)_L\(lengths.last!)_percent_of_sgemm", format(100 * gflops / sgemmGflops))
                // The machine is shared: an sgemm rate measured right after the timing is the
                // fairer yardstick when other work comes and goes.
                let adjacent = Benchmarks.sgemmGflops(size: 4096, repeats: 3).median
                put("\(tag)_\(pass)_L\(lengths.last!)_percent_of_adjacent_sgemm",
                    "\(format(100 * gflops / adjacent)) (sgemm \(format(adjacent)) GFLOP/s)")
                put("\(tag)_\(pass)_L\(lengths.last!)_predicted_extra_mib",
                    format(Double(mech.predictedExtraBytes(shape, backward: backward)) / 1048576))
            }
        }
        return out
    }

    static func format(_ x: Double, digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
}
