import Attention
import Foundation
import ResultsFormat
import Statistics
import Model
import PerformerTensor

/// The `protein-attention` kind's work (paper Fig. 7): train the protein-lm model of one
/// (mechanism, seed) exactly as `ProteinTraining.run` does (same settings, data, initial
/// weights and steps; no evaluations), then read the attention weights of every layer and head
/// on the first `eval_examples` validation proteins and form the 20 x 20 amino-acid similarity
/// (AminoAcidSimilarity). The weights are the mechanism's own, recomputed in Float64 from the
/// model's queries and keys: exact, softmax(q k^T / sqrt(d)); performer-relu, the normalised
/// (relu(q) + eps)(relu(k) + eps)^T with the mechanism's own eps and no projection (anything
/// else is an error); causal rows. The performer-relu configuration also measures the same
/// model at its initial weights (variant `untrained`, the control), writes the substitution
/// matrix (variant `BLOSUM62`) and, for seed `map_seed`, the attention maps of protein
/// `map_accession` (BPT1_BOVIN by default).
enum ProteinAttention {
    static let columns = ["variant", "table", "row_label", "col_label", "value", "layer", "head", "query", "key"]

    /// Each protein as the model reads it in causal rows: the separator, then its residues,
    /// cut to `length` tokens.
    static func sequence(_ corpus: ProteinCorpus, _ entry: Int, length: Int) throws -> [Int32] {
        Array(([ProteinVocabulary.separator] + (try corpus.tokens(entry))).prefix(length))
    }

    /// How `mechanism`'s L x L weights are formed, if the analyses can write them out: exact
    /// softmax attention, or renormalised FAVOR+ with relu features and no projection; nil for
    /// every other mechanism.
    static func readableWeights(_ mechanism: any AttentionMechanism) -> AminoAcidSimilarity.Weights? {
        if mechanism is ExactAttention { return .softmax }
        if let f = mechanism as? FavorAttention, f.featureMap == .relu, !f.useProjection, f.renormalize {
            return .relu(epsilon: Double(f.epsilon))
        }
        return nil
    }

    /// `readableWeights` of configuration `c`'s mechanism (built for sizing, nothing drawn).
    static func readableWeights(_ c: Configuration) -> AminoAcidSimilarity.Weights? {
        (try? MechanismRegistry.sizing(c)).flatMap { readableWeights($0) }
    }

    /// How the weights of `model`'s attention are formed (every layer has the same mechanism).
    static func weightKind(_ model: TransformerLM) throws -> AminoAcidSimilarity.Weights {
        let m = model.mechanisms[0]
        guard let kind = readableWeights(m) else { throw MechanismError(unreadable(m.name)) }
        return kind
    }

    /// Why protein-attention cannot read `mechanism`.
    static func unreadable(_ mechanism: String) -> String {
        "protein-attention reads exact attention or FAVOR+ with relu features, no projection and renormalisation (performer-relu), not \(mechanism)"
    }

    /// Per layer and head (1-based), the L x L weights of `model` on `tokens`.
    static func heads(_ model: TransformerLM, tokens: [Int32], kind: AminoAcidSimilarity.Weights)
        -> [(layer: Int, head: Int, weights: [Double])] {
        let L = tokens.count, H = model.config.heads, d = model.config.dModel / H
        var out: [(Int, Int, [Double])] = []
        for (l, qk) in model.queriesAndKeys(tokens: tokens).enumerated() {
            let q = qk.q.array, k = qk.k.array
            for h in 0..<H {
                let range = (h * L * d)..<((h + 1) * L * d)
                let w = AminoAcidSimilarity.weights(q: q[range].map(Double.init), k: k[range].map(Double.init),
                                                    length: L, dim: d, kind: kind, causal: model.config.causal)
                out.append((l + 1, h + 1, w))
            }
        }
        return out
    }

    /// The largest |mechanism(q, k, v) - W v| over the layers, heads, positions and values of
    /// `model` on `tokens`, W the weights `heads` recomputes and v random: the check that the
    /// weights read are the mechanism's own (tests).
    static func deviationFromMechanism(_ model: TransformerLM, tokens: [Int32], seed: UInt64 = 1) throws -> Double {
        let L = tokens.count, H = model.config.heads, d = model.config.dModel / H
        let w = heads(model, tokens: tokens, kind: try weightKind(model))
        var rng = SeededGenerator(seed: seed)
        var worst = 0.0
        for (l, qk) in model.queriesAndKeys(tokens: tokens).enumerated() {
            let v = Tensor(uninitialized: [1, H, L, d])
            for t in 0..<v.count { v.data[t] = Float(rng.nextUniform() * 2 - 1) }
            let out = model.mechanisms[l].forward(q: qk.q, k: qk.k, v: v).output
            for h in 0..<H { let weights = w[l * H + h].weights
                for i in 0..<L { for t in 0..<d {
                    var y = 0.0
                    for j in 0..<L { y += weights[i * L + j] * Double(v.data[(h * L + j) * d + t]) }
                    worst = max(worst, abs(y - Double(out.data[(h * L + i) * d + t])))
                } }
            }
        }
        return worst
    }

    /// Per protein: the attention mass between residue types (all layers and heads) and the
    /// residue-type counts.
    static func perProtein(_ model: TransformerLM, proteins: [[Int32]], kind: AminoAcidSimilarity.Weights)
        -> [(mass: [Double], keys: [Double])] {
        proteins.map { tokens in
            var mass = [Double](repeating: 0, count: 400), keys = [Double](repeating: 0, count: 20)
            for h in heads(model, tokens: tokens, kind: kind) { AminoAcidSimilarity.accumulate(h.weights, tokens: tokens, into: &mass) }
            for t in tokens { if let b = AminoAcidSimilarity.standardIndex(t) { keys[b] += 1 } }
            return (mass, keys)
        }
    }

    /// A value, or "" when undefined (a residue type absent from the proteins read: no
    /// enrichment; a constant similarity: no Spearman).
    static func fmt(_ x: Double) -> String { x.isFinite ? String(format: "%.6g", x) : "" }

    static func matrixRows(_ variant: String, _ values: [Double]) -> [[String: String]] {
        let letters = ProteinVocabulary.standard
        return (0..<400).map { t in
            ["variant": variant, "table": "similarity", "row_label": String(letters[t / 20]), "col_label": String(letters[t % 20]),
             "value": fmt(values[t])]
        }
    }

    /// Similarity rows and summary rows (spearman with its bootstrap interval, ranks of (D, E)
    /// and (F, Y), proteins) of one model.
    static func analyse(_ variant: String, _ model: TransformerLM, proteins: [[Int32]], scores: [Double],
                        resamples: Int, log: (String) -> Void) throws -> [[String: String]] {
        let per = perProtein(model, proteins: proteins, kind: try weightKind(model))
        var mass = [Double](repeating: 0, count: 400), keys = [Double](repeating: 0, count: 20)
        for p in per { for t in 0..<400 { mass[t] += p.mass[t] }; for t in 0..<20 { keys[t] += p.keys[t] } }
        let sim = AminoAcidSimilarity.similarity(mass: mass, keys: keys)
        let rho = AminoAcidSimilarity.spearman(AminoAcidSimilarity.offDiagonal(sim), scores)
        let ci = AminoAcidSimilarity.correlation(perProtein: per, scores: scores, resamples: resamples)
        let de = AminoAcidSimilarity.rank("D", "E", in: sim), fy = AminoAcidSimilarity.rank("F", "Y", in: sim)
        log(variant + String(format: ": Spearman with the substitution matrix %.3f [%.3f, %.3f] over %d proteins; rank (D,E) %d, (F,Y) %d of 190",
                   rho, ci?.lower ?? .nan, ci?.upper ?? .nan, per.count, de, fy))
        let summary: [(String, String)] = [("spearman", fmt(rho)), ("spearman_lo", fmt(ci?.lower ?? .nan)),
                                           ("spearman_hi", fmt(ci?.upper ?? .nan)), ("rank_de", String(de)),
                                           ("rank_fy", String(fy)), ("proteins", String(per.count))]
        return matrixRows(variant, sim) + summary.map { ["variant": variant, "table": "summary", "row_label": $0.0, "value": $0.1] }
    }

    /// Map rows of `tokens` (query i, key j <= i: causal weights of later keys are 0 and not
    /// written), 1-based layer and head, 0-based positions (position 0 is the separator).
    static func mapRows(_ variant: String, _ model: TransformerLM, tokens: [Int32]) throws -> [[String: String]] {
        let L = tokens.count
        var rows: [[String: String]] = []
        for h in heads(model, tokens: tokens, kind: try weightKind(model)) {
            for i in 0..<L { for j in 0...(model.config.causal ? i : L - 1) {
                rows.append(["variant": variant, "table": "map", "layer": String(h.layer), "head": String(h.head),
                             "query": String(i), "key": String(j), "value": fmt(h.weights[i * L + j])])
            } }
        }
        return rows
    }

    static func run(_ c: Configuration, log: (String) -> Void) throws -> [[String: String]] {
        let s = ProteinTraining.Settings(c)
        let mechanism = c.string("mechanism")
        guard s.causal else { throw MechanismError("protein-attention reads causal (U) models: set causal true") }
        let corpus = try ProteinTraining.corpus(s)
        let matrixPath = c.string("substitution_matrix")
        let scores = try AminoAcidSimilarity.substitutionScores(try SubstitutionMatrix.read(path: matrixPath))
        let proteins = try corpus.indices[.validation]!.prefix(s.evalExamples).map { try sequence(corpus, $0, length: s.length) }
        guard proteins.count >= 2 else { throw MechanismError("protein-attention needs >= 2 validation proteins, the corpus has \(proteins.count)") }
        let resamples = 400
        let model = try ProteinTraining.makeModel(c, s)
        var rows: [[String: String]] = []
        guard let weights = readableWeights(c) else { throw MechanismError(unreadable(mechanism)) }
        // The random-feature arm also carries the untrained control, the substitution matrix
        // it is compared with, and the attention maps.
        let featureArm: Bool
        if case .relu = weights { featureArm = true } else { featureArm = false }
        if featureArm {
            rows += try analyse("untrained", model, proteins: proteins, scores: scores, resamples: resamples, log: log)
            let matrix = try SubstitutionMatrix.read(path: matrixPath)
            let letters = ProteinVocabulary.standard
            rows += matrixRows("BLOSUM62", (0..<400).map { Double(matrix.score(letters[$0 / 20], letters[$0 % 20])!) })
        }
        try ProteinTraining.train(model, c, s, corpus: corpus, log: log)
        rows += try analyse(mechanism, model, proteins: proteins, scores: scores, resamples: resamples, log: log)
        if featureArm && c.int("seed") == c.int("map_seed") {
            let accession = c.string("map_accession")
            if let entry = corpus.index(ofAccession: accession) {
                rows += try mapRows(mechanism, model, tokens: try sequence(corpus, entry, length: s.length))
            } else if s.corpus == "metastudent" {
                throw MechanismError("protein \(accession) (map_accession) is not in the metastudent corpus")
            } else {
                log("protein \(accession) is not in \(s.corpus): no attention maps")
            }
        }
        return rows
    }
}
