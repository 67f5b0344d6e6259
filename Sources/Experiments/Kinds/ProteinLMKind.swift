import Attention
import Foundation
import ResultsFormat
import Statistics
import Model

/// `protein-lm` (paper Fig. 6 and Table 2): protein language models trained from scratch on
/// UniProt sequences (Debian's metastudent-data, `corpus` "metastudent", or a FASTA file or
/// BLAST volume at a path), causal next-residue (U) or masked-residue (B). One
/// configuration = one mechanism and seed; the data and initial weights depend on `seed`
/// only, so the mechanisms of a seed are paired. Rows: one per evaluation and split
/// (ProteinTraining.run); `arm` is the mechanism's position in the spec's `mechanism` axis.
struct ProteinLMKind: ExperimentKind {
    init() {}
    let name = "protein-lm"
    let summary = "paper Fig. 6: protein language models (U next residue, B masked residue) on UniProt sequences, accuracy and perplexity per split"
    let parameters = KindParameters.protein(evalExamplesDoc: "protein-lm: proteins of each split per evaluation")
    let quickRule = "one seed, 20 steps, evaluation every 10 on 8 proteins per split"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seed", keep: 1)
        q.lowerFixed("steps", to: 20)
        q.lowerFixed("eval_interval", to: 10)
        q.lowerFixed("eval_examples", to: 8)
        return q.overrides
    }
    let measurementColumns = ["variant", "step", "seconds", "split", "loss", "perplexity", "accuracy",
                                     "unigram_accuracy", "unigram_perplexity", "train_accuracy", "parameters", "arm", "diverged"]

    func check(_ c: Configuration) -> String? {
        if c.string("model") == "none" { return "kind protein-lm trains a model: set model (and its sizes)" }
        if c.int("steps") < 1 { return "kind protein-lm needs steps >= 1" }
        return nil
    }

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let s = ProteinTraining.Settings(c)
        let mechanisms = try (0..<s.layers).map { try MechanismRegistry.make(c, seed: s.seed &+ UInt64($0)) }
        return ModelMemory.predictedBytes(s.model, batch: s.batch, length: s.length, mechanisms: mechanisms,
                                          backward: true, optimizer: true)
    }

    /// Training steps at 6 flops per weight and token plus 3 forward passes of every layer's
    /// attention, evaluations (4 splits of `eval_examples` proteins, forward only) at a third
    /// of a step per row, at CostModel's rate.
    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let s = ProteinTraining.Settings(c)
        let tokens = Double(s.batch * s.length)
        let step = 6 * tokens * Double(s.model.weightCount) + 3 * Double(s.layers) * CostModel.forwardFlops(c)
        let evaluations = (Double(s.steps) / Double(max(1, s.evalInterval))).rounded(.up) + 1
        let evalRows = evaluations * 4 * Double(s.evalExamples)
        return (Double(s.steps) * step + evalRows / Double(s.batch) * step / 3) / CostModel.flopsPerSecond
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let variant = c.string("mechanism")
        let log: (String) -> Void = { FileHandle.standardError.write(("  [protein \(c.bool("causal") ? "U" : "B") \(variant)] " + $0 + "\n").data(using: .utf8)!) }
        return try ProteinTraining.run(c, spec: spec, log: log).map { r in
            var r = r
            r["variant"] = variant
            r["peak_bytes"] = ""
            return r
        }
    }
}
