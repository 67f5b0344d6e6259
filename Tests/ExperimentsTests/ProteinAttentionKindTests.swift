import Foundation
import PerformerTensor
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The `protein-attention` kind end to end on a tiny FASTA corpus and a tiny BLOSUM-format
/// matrix written here (no Debian package needed), and the claims on hand-written CSVs.
final class ProteinAttentionKindTests: XCTestCase {
    /// 120 proteins of 6-20 residues; one of them has accession P00974 (the map protein).
    func tinyFasta(_ dir: String) throws -> String {
        try writeTinyFasta(dir, count: 120, lengths: 6...20, seed: 11) { $0 == 5 ? "P00974" : "Q\($0)" }.path
    }

    /// A BLOSUM-format matrix over the 20 letters and B Z X *: diagonal 5, off-diagonal
    /// (i * 7 + j * 7) % 9 - 4 (symmetric).
    func tinyMatrix(_ dir: String) throws -> String {
        let letters = Array("ACDEFGHIKLMNPQRSTVWYBZX*")
        var text = "#  tiny test matrix\n   " + letters.map(String.init).joined(separator: "  ") + "\n"
        for (i, a) in letters.enumerated() {
            text += String(a) + " " + letters.indices.map { j in String(i == j ? 5 : (i * 7 + j * 7) % 9 - 4) }.joined(separator: " ") + "\n"
        }
        let path = (dir as NSString).appendingPathComponent("BLOSUM62")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testRowsThroughTheRunner() throws {
        let dir = try temporaryDirectory()
        let fasta = try tinyFasta(dir), matrix = try tinyMatrix(dir)
        let text = """
        {"name": "tiny-attention", "kind": "protein-attention",
         "sweep": {"mechanism": ["performer-relu", "exact"], "seed": [1, 2]},
         "fixed": {"corpus": "\(fasta)", "ood_seed": 1, "model": "small", "layers": 2, "d_model": 12, "heads": 3, "d_ff": 16,
                   "vocab": 28, "seq_len": 16, "batch": 4, "causal": true, "steps": 3, "eval_interval": 3, "eval_examples": 6,
                   "learning_rate": 0.003, "substitution_matrix": "\(matrix)", "map_seed": 1}}
        """
        let o = try Runner.run(try load(text), source: "test.json", options: RunOptions(outDir: dir))
        let t = try CSVReader.read(path: o.csvPath)
        for c in ["variant", "table", "row_label", "col_label", "value", "layer", "head", "query", "key", "mechanism", "seed"] {
            XCTAssertTrue(t.header.contains(c), c)
        }
        for r in t.rows { XCTAssertEqual(r["status"], "ok", r["error"] ?? "") }
        for seed in ["1", "2"] {
            let mine = t.rows.filter { $0["seed"] == seed }
            for v in ["performer-relu", "exact", "untrained", "BLOSUM62"] {
                XCTAssertEqual(mine.filter { $0["variant"] == v && $0["table"] == "similarity" }.count, 400, "\(v) seed \(seed)")
            }
            for v in ["performer-relu", "exact", "untrained"] {
                let summary = mine.filter { $0["variant"] == v && $0["table"] == "summary" }
                XCTAssertEqual(Set(summary.map { $0["row_label"]! }), ["spearman", "spearman_lo", "spearman_hi", "rank_de", "rank_fy", "proteins"])
                XCTAssertEqual(summary.first { $0["row_label"] == "proteins" }?["value"], "6")
                let rho = Double(summary.first { $0["row_label"] == "spearman" }!["value"]!) ?? 0
                XCTAssertTrue(rho >= -1 && rho <= 1, "\(rho)")
            }
            // The matrix's own scores: E against D is (3 * 7 + 2 * 7) % 9 - 4 = 4; the diagonal 5.
            XCTAssertEqual(mine.first { $0["variant"] == "BLOSUM62" && $0["row_label"] == "E" && $0["col_label"] == "D" }?["value"], "4")
            XCTAssertEqual(mine.first { $0["variant"] == "BLOSUM62" && $0["row_label"] == "W" && $0["col_label"] == "W" }?["value"], "5")
            // Similarities are symmetric.
            let sim = mine.filter { $0["variant"] == "performer-relu" && $0["table"] == "similarity" }
            let de = sim.first { $0["row_label"] == "D" && $0["col_label"] == "E" }?["value"]
            XCTAssertEqual(de, sim.first { $0["row_label"] == "E" && $0["col_label"] == "D" }?["value"])
        }
        // Maps: trained performer-relu of seed 1 only, 2 layers x 3 heads, causal rows summing to 1.
        let maps = t.rows.filter { $0["table"] == "map" }
        XCTAssertFalse(maps.isEmpty)
        XCTAssertEqual(Set(maps.map { $0["seed"]! }), ["1"])
        XCTAssertEqual(Set(maps.map { $0["variant"]! }), ["performer-relu"])
        XCTAssertEqual(Set(maps.map { "\($0["layer"]!),\($0["head"]!)" }).count, 6)
        var sums: [String: Double] = [:]
        for r in maps {
            XCTAssertLessThanOrEqual(Int(r["key"]!)!, Int(r["query"]!)!)
            sums["\(r["layer"]!),\(r["head"]!),\(r["query"]!)", default: 0] += Double(r["value"]!)!
        }
        for (k, s) in sums { XCTAssertEqual(s, 1, accuracy: 1e-4, k) }
        let section = try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: o.csvPath, provenance: "")
        let claim = try XCTUnwrap(section.claim("relu-recovers-similarity"))
        XCTAssertNotEqual(claim.verdict, .notMeasured, claim.evidence)
        XCTAssertTrue(claim.evidence.contains("untrained control"), claim.evidence)
        XCTAssertNotNil(section.claim("relu-above-untrained"))
    }

    /// The weights read (Float64, from the model's queries and keys) are the mechanism's own:
    /// W v equals the mechanism's output on the same q, k and a random v (Float32 rounding).
    func testWeightsAreTheMechanismsOwn() throws {
        for mechanism in ["performer-relu", "exact"] {
            let text = """
            {"name": "tiny-attention-weights", "kind": "protein-attention", "sweep": {"mechanism": ["\(mechanism)"]},
             "fixed": {"corpus": "x.fasta", "model": "small", "layers": 2, "d_model": 12, "heads": 3, "d_ff": 16, "vocab": 28,
                       "seq_len": 16, "batch": 4, "causal": true, "steps": 3, "seed": 3}}
            """
            let c = try XCTUnwrap(try Sweep.expand(try load(text), source: "t").first)
            let model = try ProteinTraining.makeModel(c, ProteinTraining.Settings(c))
            let tokens: [Int32] = [2] + (0..<13).map { Int32(3 + ($0 * 7) % 20) }
            XCTAssertLessThan(try ProteinAttention.deviationFromMechanism(model, tokens: tokens), 1e-4, mechanism)
        }
    }

    /// The weights are read by what the mechanism computes, not by its preset name: exact
    /// softmax, and relu features without a projection under any name; not relu features
    /// through a projection, positive features, or local attention.
    func testReadableWeightsFollowTheMechanism() throws {
        let shape: [String: ParamValue] = ["heads": .int(2), "head_dim": .int(4), "seq_len": .int(16), "causal": .bool(true)]
        func read(_ name: String, _ extra: [String: ParamValue] = [:]) throws -> AminoAcidSimilarity.Weights? {
            ProteinAttention.readableWeights(try MechanismRegistry.configuration(name, shape.merging(extra) { $1 }))
        }
        guard case .softmax = try read("exact") else { return XCTFail("exact reads as softmax") }
        guard case .relu(let e) = try read("performer-relu") else { return XCTFail("performer-relu reads as relu") }
        XCTAssertEqual(e, Double(Float(1e-3)))  // the mechanism holds epsilon as a Float
        guard case .relu(let e0) = try read("performer-softmax", ["kernel": .string("relu"), "projection": .string("none")]) else {
            return XCTFail("relu features without a projection read as relu under another preset name")
        }
        XCTAssertEqual(e0, 0)
        XCTAssertNil(try read("performer-relu", ["projection": .string("orthogonal")]))
        XCTAssertNil(try read("performer-softmax"))
        XCTAssertNil(try read("local"))
    }

    /// A mechanism other than exact and performer-relu is refused by the kind's check.
    func testOnlyExactAndReluAreRead() throws {
        let text = """
        {"name": "tiny-attention-softmax", "kind": "protein-attention", "sweep": {"mechanism": ["performer-softmax"]},
         "fixed": {"corpus": "x.fasta", "model": "small", "layers": 1, "d_model": 12, "heads": 3, "d_ff": 16, "vocab": 28,
                   "seq_len": 16, "batch": 4, "causal": true, "steps": 3}}
        """
        XCTAssertThrowsError(try Sweep.expand(try load(text), source: "t")) { error in
            XCTAssertTrue("\(error)".contains("(performer-relu), not performer-softmax"), "\(error)")
        }
    }

    static func csv(relu: [Double], untrained: [Double], exact: [Double]) -> String {
        var csv = "config_key,status,mechanism,seed,variant,table,row_label,col_label,value\n"
        for (v, values) in [("performer-relu", relu), ("untrained", untrained), ("exact", exact)] {
            for (i, rho) in values.enumerated() {
                let m = v == "exact" ? "exact" : "performer-relu", seed = i + 1
                csv += "\(m)\(seed),ok,\(m),\(seed),\(v),summary,spearman,,\(rho)\n"
                csv += "\(m)\(seed),ok,\(m),\(seed),\(v),summary,spearman_lo,,\(rho - 0.05)\n"
                csv += "\(m)\(seed),ok,\(m),\(seed),\(v),summary,spearman_hi,,\(rho + 0.05)\n"
                csv += "\(m)\(seed),ok,\(m),\(seed),\(v),summary,rank_de,,\(3 + i)\n"
                csv += "\(m)\(seed),ok,\(m),\(seed),\(v),summary,rank_fy,,\(10 + i)\n"
                csv += "\(m)\(seed),ok,\(m),\(seed),\(v),summary,proteins,,64\n"
            }
        }
        // Seed-mean similarity of performer-relu: (D, E) the most similar pair, (F, Y) second, the rest 1.
        let letters = Array("ACDEFGHIKLMNPQRSTVWY")
        for seed in 1...3 { for a in letters { for b in letters {
            let pair = Set([a, b])
            let value = pair == ["D", "E"] ? 3.0 : pair == ["F", "Y"] ? 2.0 : 1.0
            csv += "r\(seed),ok,performer-relu,\(seed),performer-relu,similarity,\(a),\(b),\(value)\n"
        } } }
        return csv
    }

    func testVerdictsOnSyntheticResults() throws {
        let path = (try temporaryDirectory() as NSString).appendingPathComponent("proteins-attention.csv")
        try Self.csv(relu: [0.30, 0.35, 0.32], untrained: [0.01, -0.02, 0.0], exact: [0.2, 0.25, 0.22]).write(toFile: path, atomically: true, encoding: .utf8)
        let s = try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: path, provenance: "")
        let c = try XCTUnwrap(s.claim("relu-recovers-similarity"))
        XCTAssertEqual(c.verdict, .holds, c.evidence)
        XCTAssertTrue(c.evidence.contains("seed 1: 0.300 [0.250, 0.350], rank (D,E) 3, (F,Y) 10"), c.evidence)
        XCTAssertTrue(c.evidence.contains("seed-mean similarity: rank (D,E) 1, (F,Y) 2 of 190"), c.evidence)
        XCTAssertTrue(c.evidence.contains("exact: 0.223"), c.evidence)
        XCTAssertEqual(s.claim("relu-above-untrained")?.verdict, .holds)
        XCTAssertTrue(s.details[0].contains("| untrained | 2 | -0.020 [-0.070, 0.030] | 4 | 11 | 64 |"), s.details[0])

        // Seeds that disagree in sign: inconclusive; below 0 throughout: does not hold.
        try Self.csv(relu: [0.30, -0.2, 0.1], untrained: [0.0, 0.0, 0.0], exact: [0.2, 0.2, 0.2]).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: path, provenance: "").claim("relu-recovers-similarity")?.verdict, .inconclusive)
        try Self.csv(relu: [-0.30, -0.32, -0.31], untrained: [0.0, 0.01, 0.0], exact: [0.2, 0.2, 0.2]).write(toFile: path, atomically: true, encoding: .utf8)
        let n = try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: path, provenance: "")
        XCTAssertEqual(n.claim("relu-recovers-similarity")?.verdict, .doesNotHold)
        XCTAssertEqual(n.claim("relu-above-untrained")?.verdict, .doesNotHold)
    }
}
