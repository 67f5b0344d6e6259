import Attention
import Foundation
import ResultsFormat
import Statistics
import Model

/// `protein-long` (the paper's last protein figure): causal protein language
/// models on proteins concatenated with the separator token into rows of `seq_len` (8192),
/// every mechanism trained for the same `train_seconds` of training time under the spec's
/// `memory_budget_bytes`. A configuration whose model does not fit the budget is shrunk
/// along ProteinLong.ladder (fewer layers, then fewer heads) until ModelMemory's prediction
/// fits; the rows record the trained size (fit_layers, fit_d_model, fit_heads, fit_d_ff) and
/// its prediction (fit_bytes). One configuration = one mechanism and seed; data and initial
/// weights depend on the seed only (paired by seed). Training stops on time, so the steps
/// reached, and the numbers, are not bit-reproducible.
struct ProteinLongKind: ExperimentKind {
    init() {}
    let name = "protein-long"
    let summary = "the paper's L = 8192 protein figure: protein LMs on concatenated proteins (L 8192), same training time, the model shrunk to the memory budget"
    let parameters = KindParameters.protein(evalExamplesDoc: "protein-long: rows of seq_len of each split's concatenated stream per evaluation") + [
        ParameterInfo("train_seconds", .double, .double(60), min: 0,
                      "protein-long: training time of every configuration (summed step times; training stops once it is spent)"),
        ParameterInfo("eval_seconds", .double, .double(15), min: 0.001,
                      "protein-long: training seconds between evaluations"),
    ]
    let quickRule = "one seed, 10 training seconds, evaluation every 5 on 1 row per split"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seed", keep: 1)
        q.lowerFixed("train_seconds", toNumber: 10)
        q.lowerFixed("eval_seconds", toNumber: 5)
        q.lowerFixed("eval_examples", to: 1)
        return q.overrides
    }
    let measurementColumns = ["variant", "step", "seconds", "split", "loss", "perplexity", "accuracy",
                                     "unigram_accuracy", "unigram_perplexity", "train_accuracy", "parameters", "arm", "diverged",
                                     "fit_layers", "fit_d_model", "fit_heads", "fit_d_ff", "fit_bytes"]

    func check(_ c: Configuration) -> String? {
        if c.string("model") == "none" { return "kind protein-long trains a model: set model (and its sizes)" }
        if !c.bool("causal") { return "kind protein-long is causal only: set causal true" }
        if c.double("train_seconds") <= 0 { return "kind protein-long needs train_seconds > 0" }
        return nil
    }

    /// The prediction of the fitted model (the runner skips only what no rung fits).
    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        try ProteinLong.fitted(c, budget: ProteinLong.budget(spec)).1
    }

    /// train_seconds plus evaluations (2 splits of eval_examples rows, forward only, at a
    /// third of a training step of the full model per row at CostModel's rate, every
    /// eval_seconds) plus a few seconds of set-up.
    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let s = ProteinTraining.Settings(c)
        let step = 6 * Double(s.batch * s.length) * Double(s.model.weightCount) + 3 * Double(s.layers) * CostModel.forwardFlops(c)
        let evaluations = (c.double("train_seconds") / max(1, c.double("eval_seconds"))).rounded(.up) + 1
        let evalRows = evaluations * 2 * Double(s.evalExamples)
        return c.double("train_seconds") + evalRows / Double(s.batch) * step / 3 / CostModel.flopsPerSecond + 5
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let variant = c.string("mechanism")
        let log: (String) -> Void = { FileHandle.standardError.write(("  [protein long \(variant)] " + $0 + "\n").data(using: .utf8)!) }
        return try ProteinLong.run(c, spec: spec, log: log).map { r in
            var r = r
            r["variant"] = variant
            r["peak_bytes"] = ""
            return r
        }
    }
}
