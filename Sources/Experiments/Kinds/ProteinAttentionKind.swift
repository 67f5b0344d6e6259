import Attention
import Foundation
import ResultsFormat
import Statistics
import Model

/// `protein-attention` (paper Fig. 7): the amino-acid similarity a trained protein language
/// model's attention implies, against a substitution matrix (BLOSUM62 from Debian's
/// ncbi-data, `substitution_matrix`), and the attention maps of one protein (`map_accession`,
/// BPT1_BOVIN). One configuration = one mechanism (exact or performer-relu) and seed; the model
/// is the protein-lm kind's causal (U) model trained with the same settings
/// (ProteinTraining.train), read on the first `eval_examples` validation proteins
/// (ProteinAttention). Rows (long format, `table`):
/// - similarity: `row_label` a, `col_label` b (amino-acid letters), `value` the symmetrised
///   enrichment; `variant` the mechanism, `untrained` (the performer-relu model at its initial
///   weights, same seed) or `BLOSUM62` (`value` the matrix's score);
/// - summary: `row_label` spearman, spearman_lo, spearman_hi (95% percentile bootstrap over
///   proteins), rank_de, rank_fy (1 = most similar of the 190 pairs), proteins; per variant;
/// - map: `layer`, `head` (1-based), `query`, `key` (0-based positions, 0 the separator;
///   keys j <= query only), `value` the attention weight; trained performer-relu, seed `map_seed`.
struct ProteinAttentionKind: ExperimentKind {
    init() {}
    let name = "protein-attention"
    let summary = "paper Fig. 7: amino-acid similarity from a trained protein LM's attention vs BLOSUM62, and the attention maps of BPT1_BOVIN"
    let parameters = KindParameters.protein(evalExamplesDoc: "protein-attention: validation proteins whose attention is read") + [
        ParameterInfo("substitution_matrix", .string, .string(SubstitutionMatrix.blosum62Path),
                      "protein-attention: the substitution matrix file (NCBI format; Debian ncbi-data's BLOSUM62)"),
        ParameterInfo("map_accession", .string, .string("P00974"),
                      "protein-attention: accession of the protein whose attention maps are written (BPT1_BOVIN)"),
        ParameterInfo("map_seed", .int, .int(1), min: 0,
                      "protein-attention: the seed whose trained performer-relu model writes the attention maps"),
    ]
    let quickRule = "one seed, 20 steps, attention read on 8 proteins"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seed", keep: 1)
        q.lowerFixed("steps", to: 20)
        q.lowerFixed("eval_examples", to: 8)
        return q.overrides
    }
    var measurementColumns: [String] { ProteinAttention.columns }

    func check(_ c: Configuration) -> String? {
        if c.string("model") == "none" { return "kind protein-attention trains a model: set model (and its sizes)" }
        if c.int("steps") < 1 { return "kind protein-attention needs steps >= 1" }
        if !c.bool("causal") { return "kind protein-attention reads causal (U) models: set causal true" }
        if ProteinAttention.readableWeights(c) == nil { return "kind " + ProteinAttention.unreadable(c.string("mechanism")) }
        return nil
    }

    /// Training (as protein-lm); the Float64 weights of one protein (L x L per head) are small beside it.
    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let s = ProteinTraining.Settings(c)
        let mechanisms = try (0..<s.layers).map { try MechanismRegistry.make(c, seed: s.seed &+ UInt64($0)) }
        return ModelMemory.predictedBytes(s.model, batch: s.batch, length: s.length, mechanisms: mechanisms,
                                          backward: true, optimizer: true) + 3 * s.length * s.length * 8
    }

    /// Training steps as protein-lm (6 flops per weight and token plus 3 attention forwards
    /// per layer) at CostModel's rate, plus the Float64 weights: 2 L^2 d flops per head and
    /// protein (once, twice with the untrained control), at a tenth of that rate (scalar code).
    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let s = ProteinTraining.Settings(c)
        let tokens = Double(s.batch * s.length)
        let step = 6 * tokens * Double(s.model.weightCount) + 3 * Double(s.layers) * CostModel.forwardFlops(c)
        let reads: Double
        if case .relu = ProteinAttention.readableWeights(c) { reads = 2 } else { reads = 1 }
        let analysis = reads * Double(s.evalExamples * s.layers * s.heads) * 2 * Double(s.length * s.length) * Double(s.dModel / max(1, s.heads))
        return (Double(s.steps) * step + analysis * 10) / CostModel.flopsPerSecond
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let variant = c.string("mechanism")
        let log: (String) -> Void = { FileHandle.standardError.write(("  [protein-attention \(variant) seed \(c.int("seed"))] " + $0 + "\n").data(using: .utf8)!) }
        return try ProteinAttention.run(c, log: log).map { r in
            var r = r
            r["peak_bytes"] = ""
            return r
        }
    }
}
