import Attention
import Model
import PerformerTensor

/// Speed of the Transformer LM: training throughput with exact attention, the share
/// of a step spent in the layers' matrix products and in the attention mechanism, and the
/// GFLOP/s of the layers' products in the regular model as a percentage of the sgemm rate.
enum ModelBenchmark {
    /// One measured training configuration.
    struct Throughput {
        var tokensPerSecond: Summary
        /// Fraction of step time in the layers' BLAS products (projections, MLP, output).
        var gemmShare: Double
        /// Fraction of step time inside the attention mechanisms' forward and backward.
        var attentionShare: Double
        /// GFLOP/s of the layers' products (their flops / their seconds).
        var gemmGflops: Double
        var stepSeconds: Summary
    }

    /// Times `repeats` full training steps (forward, loss, backward, Adam) after one warm-up,
    /// on random bytes, with exact attention; the GEMM meter is on during the timed steps.
    static func trainingThroughput(_ config: ModelConfig, length: Int, batch: Int, repeats: Int = 3) throws -> Throughput {
        let model = try TransformerLM(config: config) { _ in ExactAttention(causal: config.causal) }
        let trainer = Trainer(model: model)
        var rng = SeededGenerator(seed: 42)
        let bytes = (0..<(batch * (length + 1) * 4)).map { _ in UInt8(rng.nextInt(below: 256)) }
        var sampler = try BatchSampler(bytes: bytes, batch: batch, length: length, seed: 1)
        trainer.step(sampler.next())
        GemmMeter.reset()
        GemmMeter.enabled = true
        defer { GemmMeter.enabled = false }
        var seconds: [Double] = []
        for _ in 0..<repeats { seconds.append(trainer.step(sampler.next()).seconds) }
        let total = seconds.reduce(0, +)
        return Throughput(
            tokensPerSecond: Summary(seconds.map { Double(batch * length) / $0 }),
            gemmShare: GemmMeter.seconds / total, attentionShare: GemmMeter.attentionSeconds / total,
            gemmGflops: GemmMeter.flops / GemmMeter.seconds / 1e9, stepSeconds: Summary(seconds))
    }

    /// `key: value` lines of every figure.
    static func lines(repeats: Int = 3) throws -> [String] {
        var out: [String] = []
        let peak = Benchmarks.sgemmGflops(size: 2048, repeats: repeats).median
        out.append("model_sgemm_2048_gflops: \(f(peak))")
        let runs: [(String, ModelConfig, Int, Int)] = [
            ("small_L1024_b2", .small, 1024, 2),
            ("h4_l4_dff512_d128_L256_b8", ModelConfig(heads: 4, layers: 4, dFF: 512, dModel: 128), 256, 8),
            ("regular_L512_b1", .regular, 512, 1),
        ]
        for (tag, config, length, batch) in runs {
            let t = try trainingThroughput(config, length: length, batch: batch, repeats: repeats)
            out.append("model_\(tag)_exact_train_tokens_per_second: \(f(t.tokensPerSecond.median, 0))")
            out.append("model_\(tag)_exact_step_seconds: \(f(t.stepSeconds.median, 4))")
            out.append("model_\(tag)_gemm_share_percent: \(f(100 * t.gemmShare))")
            out.append("model_\(tag)_attention_share_percent: \(f(100 * t.attentionShare))")
            out.append("model_\(tag)_gemm_gflops: \(f(t.gemmGflops)) (\(f(100 * t.gemmGflops / peak))% of sgemm)")
        }
        return out
    }

    static func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
}
