import Attention
import Foundation
import PerformerTensor
import ResultsFormat
import Statistics

/// `approximation`: error of a mechanism's output against exact softmax attention
/// (ExactAttention, same causality; a mechanism conforming to `ExactCounterpart` names its
/// own exact target, e.g. Reformer's exact shared-QK attention) on the same Q, K, V.
/// `samples` outputs are drawn, each from a new mechanism with its own seed (new random
/// features), on `input_draws` independent Q, K, V draws (distribution: `input`,
/// `input_scale`): sample s uses input draw s mod input_draws, so mse_std is the spread over
/// feature draws and, with several input draws, over inputs too. Columns: mse (mean over
/// samples of the mean squared difference of the output entries) and its sample std;
/// rel_frobenius = |A - E|_F / |E|_F, mean and std; mse_median, mse_q25, mse_q75 (quartiles
/// over the samples: trig attention's denominator has positive density at 0, so its expected
/// MSE is infinite and only quantiles describe it); mse_samples and rel_frobenius_samples,
/// every sample's value in sample order separated by ";" (the report bootstraps over them).
///
/// **Random streams.** Input draw j comes from the seed, the input setting (input,
/// input_scale, seq_len, head_dim, batch, heads) and j, so different input scales get
/// independent Q, K, V, while the mechanisms compared at one input setting see the same
/// inputs. Sample s's mechanism seed comes from the seed, s and the configuration without
/// `mechanism`, `kernel` and `projection`: configurations that differ only in those share
/// their seeds (common random numbers: an orthogonal and an iid projection of one sample
/// are built from the same Gaussian draws), so the report compares them sample by sample;
/// configurations that differ in anything else (m, L, input scale) never share draws.
struct ApproximationKind: ExperimentKind {
    init() {}
    let name = "approximation"
    let summary = "output error (MSE, relative Frobenius) of a mechanism vs exact attention"
    /// How many inputs the samples are spread over.
    let parameters = [
        ParameterInfo("input_draws", .int, .int(1), min: 1, max: 1_000_000,
                      "approximation: independent Q, K, V draws; sample s uses draw s mod input_draws (at most `samples` draws)"),
    ]
    let builtInTimeFactor = 1.2
    let quickRule = "the first 2 lengths of a seq_len axis, features axes cut to 3 values, 2 samples"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seq_len", keep: 2)
        q.axis("features", keep: 3)
        q.setting("samples", 2, when: spec.samples)
        return q.overrides
    }
    let measurementColumns = ["samples", "mse", "mse_std", "rel_frobenius", "rel_frobenius_std",
                                     "mse_median", "mse_q25", "mse_q75", "mse_samples", "rel_frobenius_samples"]

    func check(_ c: Configuration) -> String? {
        c.string("model") == "none" ? nil : "kind approximation compares raw attention outputs; model must be \"none\""
    }

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let mechanism = try MechanismRegistry.sizing(c)
        let s = c.attentionShape
        let exact = try Self.reference(c)
        // Exact's P is freed before the mechanism runs, but its output is kept.
        return MemoryBudget.inputBytes(s, backward: false)
            + max(exact.predictedExtraBytes(s, backward: false), s.bytes(dim: s.valueDim) + mechanism.predictedExtraBytes(s, backward: false))
    }

    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        var exact = c.values
        exact["mechanism"] = .string(MechanismColumns.exact)
        let e = Configuration(index: 0, family: MechanismColumns.exact, values: exact, swept: [])
        let draws = Double(min(c.int("input_draws"), spec.samples))
        return (draws * CostModel.forwardFlops(e) + Double(spec.samples) * CostModel.forwardFlops(c)) / CostModel.flopsPerSecond
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let draws = c.int("input_draws")
        let mechanismStream = Self.mechanismStream(c)
        var mse = [Double](repeating: .nan, count: spec.samples), rel = mse
        let (_, peak) = try MemoryLedger.measure { () throws -> Void in
            for draw in 0..<min(draws, spec.samples) {
                var inputRng = Self.inputStream(c, draw: draw)
                let (q, k, v) = InputSampler.draw(c, rng: &inputRng)
                let exact = try Self.reference(c).forward(q: q, k: k, v: v).output
                for sample in stride(from: draw, to: spec.samples, by: draws) {
                    let mechanism = try MechanismRegistry.make(c, seed: mechanismStream.derive(UInt64(sample)).seed)
                    mechanism.beginStep(0)
                    let approx = mechanism.forward(q: q, k: k, v: v).output
                    (mse[sample], rel[sample]) = Self.errors(approx, exact)
                }
            }
        }
        return [[
            "samples": String(spec.samples),
            "mse": Self.number(Stats.mean(mse)), "mse_std": Self.number(Stats.variance(mse).squareRoot()),
            "rel_frobenius": Self.number(Stats.mean(rel)), "rel_frobenius_std": Self.number(Stats.variance(rel).squareRoot()),
            "mse_median": Self.number(Stats.quantile(mse, 0.5) ?? .nan), "mse_q25": Self.number(Stats.quantile(mse, 0.25) ?? .nan),
            "mse_q75": Self.number(Stats.quantile(mse, 0.75) ?? .nan),
            "mse_samples": mse.map { String(format: "%.6e", $0) }.joined(separator: ";"),
            "rel_frobenius_samples": rel.map { String(format: "%.6e", $0) }.joined(separator: ";"),
            "peak_bytes": String(peak),
        ]]
    }

    /// The exact attention the configuration's mechanism is compared with: its
    /// `ExactCounterpart` when it names one, else ExactAttention of the same causality.
    static func reference(_ c: Configuration) throws -> any AttentionMechanism {
        if let m = try MechanismRegistry.make(c) as? ExactCounterpart { return m.exactCounterpart(length: c.int("seq_len")) }
        return ExactAttention(causal: c.bool("causal"))
    }

    /// Mean squared difference and relative Frobenius error, accumulated in Float64.
    static func errors(_ approx: Tensor, _ exact: Tensor) -> (mse: Double, relFrobenius: Double) {
        precondition(approx.shape == exact.shape, "output \(approx.shape) != exact \(exact.shape)")
        var diff2 = 0.0, norm2 = 0.0
        for i in 0..<exact.count {
            let e = Double(exact.data[i]), d = Double(approx.data[i]) - e
            diff2 += d * d; norm2 += e * e
        }
        return (diff2 / Double(exact.count), norm2 > 0 ? (diff2 / norm2).squareRoot() : (diff2 > 0 ? .infinity : 0))
    }

    /// The random stream of input draw `draw`: the seed, the input setting, the draw index.
    static func inputStream(_ c: Configuration, draw: Int) -> SeededGenerator {
        SeededGenerator(seed: UInt64(c.int("seed"))).derive("approximation-inputs")
            .derive(label(c, ["input", "input_scale", "seq_len", "head_dim", "batch", "heads"]))
            .derive(UInt64(draw))
    }

    /// The parameters that do not enter the samples' mechanism seeds: configurations that
    /// differ only in these share their feature draws (common random numbers).
    static let pairedParameters: Set<String> = ["seed", "mechanism", "kernel", "projection"]

    /// The stream the samples' mechanism seeds derive from (sample s: `.derive(s)`).
    static func mechanismStream(_ c: Configuration) -> SeededGenerator {
        SeededGenerator(seed: UInt64(c.int("seed"))).derive("approximation-mechanism")
            .derive(label(c, c.values.keys.filter { !pairedParameters.contains($0) }.sorted()))
    }

    /// "k1=v1,k2=v2" of the given parameters (a random stream label).
    static func label(_ c: Configuration, _ keys: [String]) -> String {
        keys.map { "\($0)=\(c.values[$0].map { "\($0)" } ?? "")" }.joined(separator: ",")
    }

    static func number(_ x: Double) -> String { String(format: "%.9e", x) }
}
