import Foundation
import PerformerTensor
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The `protein-lm` kind end to end on a tiny synthetic FASTA corpus, and the Proteins
/// report section's verdicts on hand-written CSVs.
final class ProteinLMKindTests: XCTestCase {
    /// 200 proteins of 6-30 residues, each annotated with one of 20 GO terms (so the OOD
    /// split, a seeded tenth of the terms, is non-empty for most seeds).
    func tinyFasta(_ dir: String) throws -> String {
        try writeTinyFasta(dir, count: 200, lengths: 6...30, seed: 7).path
    }

    func testRowsPerSplitThroughTheRunner() throws {
        let dir = try temporaryDirectory()
        let fasta = try tinyFasta(dir)
        for causal in [true, false] {
            let mechanisms = causal ? "[\"exact\", \"performer-relu\"]" : "[\"exact\", \"linformer\"]"
            let text = """
            {"name": "tiny-proteins-\(causal)", "kind": "protein-lm",
             "sweep": {"mechanism": \(mechanisms), "seed": [1, 2]},
             "fixed": {"corpus": "\(fasta)", "ood_seed": 1, "model": "small", "layers": 1, "d_model": 12, "heads": 3, "d_ff": 16,
                       "vocab": 28, "seq_len": 16, "batch": 4, "causal": \(causal), "steps": 4, "eval_interval": 2, "eval_examples": 6,
                       "linformer_k": 8, "learning_rate": 0.003}}
            """
            let o = try Runner.run(try load(text), source: "test.json", options: RunOptions(outDir: dir))
            let t = try CSVReader.read(path: o.csvPath)
            for c in ["variant", "step", "seconds", "split", "loss", "perplexity", "accuracy", "unigram_accuracy", "arm", "corpus"] {
                XCTAssertTrue(t.header.contains(c), c)
            }
            let rows = t.rows.filter { $0["variant"] == "exact" && $0["seed"] == "1" }
            let splits = Set(rows.map { $0["split"]! })
            XCTAssertTrue(splits.isSuperset(of: ["train", "validation", "test"]), "\(splits)")
            XCTAssertEqual(Set(rows.map { $0["step"]! }), ["0", "2", "4"])
            for r in t.rows {
                XCTAssertEqual(r["status"], "ok", r["error"] ?? "")
                // Perplexity is exp(loss) (6 significant digits each: relative tolerance 1e-4).
                XCTAssertEqual(Double(r["perplexity"]!)!, exp(Double(r["loss"]!)!), accuracy: 1e-4 * Double(r["perplexity"]!)!)
            }
            // Paired by seed: both mechanisms of a seed see the same evaluation targets, so the same baseline.
            XCTAssertEqual(Set(t.rows.filter { $0["seed"] == "1" && $0["split"] == "validation" }.map { $0["unigram_accuracy"]! }).count, 1)
            let checkpoints = (dir as NSString).appendingPathComponent("results/protein-checkpoints")
            XCTAssertTrue(FileManager.default.fileExists(atPath: checkpoints + "/tiny-proteins-\(causal)-exact-seed2.ckpt"))
            XCTAssertFalse(FileManager.default.fileExists(atPath: checkpoints + "/tiny-proteins-false-linformer-seed1.ckpt"))
            let section = try ProteinClaims.section(name: "proteins-lm-u", title: "t", path: o.csvPath, provenance: "")
            XCTAssertNotNil(section.claims.first { $0.id == "exact-learns" })
        }
    }

    func testVerdictsOnSyntheticResults() throws {
        // As in real results, FAVOR+ rows carry their kernel and Linformer rows their k.
        var csv = "config_key,status,mechanism,kernel,linformer_k,seed,variant,step,split,accuracy,perplexity,unigram_accuracy\n"
        let columns = ["exact": ",", "performer-relu": "relu,", "performer-softmax": "positive,", "linformer": ",8"]
        // Accuracies (validation) per seed; unigram 0.08. exact learns (+12 points); relu within
        // noise 0.5 points of exact; softmax 5 points below (not within 2); linformer far below.
        let acc: [String: [Double]] = ["exact": [0.20, 0.21, 0.19], "performer-relu": [0.205, 0.21, 0.195],
                                       "performer-softmax": [0.15, 0.16, 0.14], "linformer": [0.10, 0.11, 0.09]]
        for (m, values) in acc { for (i, a) in values.enumerated() {
            csv += "\(m)\(i),ok,\(m),\(columns[m]!),\(i),\(m),0,validation,0.05,20,0.08\n"
            csv += "\(m)\(i),ok,\(m),\(columns[m]!),\(i),\(m),100,validation,\(a),15,0.08\n"
        } }
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("proteins-lm-b.csv")
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let s = try ProteinClaims.section(name: "proteins-lm-b", title: "t", path: path, provenance: "")
        XCTAssertEqual(s.claim("exact-learns")?.verdict, .holds)
        XCTAssertEqual(s.claim("relu-matches-exact")?.verdict, .holds)
        XCTAssertEqual(s.claim("softmax-converges")?.verdict, .doesNotHold)
        XCTAssertEqual(s.claim("performer-relu-ahead-of-linformer")?.verdict, .holds)
        // Every FAVOR+ arm (by its kernel column) against every other approximation, none against exact.
        XCTAssertEqual(s.claims.filter { $0.id.contains("-ahead-of-") }.map(\.id).sorted(),
                       ["performer-relu-ahead-of-linformer", "performer-softmax-ahead-of-linformer"])
        XCTAssertTrue(s.details[0].contains("| linformer | 3 |"), s.details[0])
        // A noisy relu arm straddles -2 points: inconclusive with the seeds needed.
        let noisy = csv.replacingOccurrences(of: "performer-relu,100,validation,0.205", with: "performer-relu,100,validation,0.12")
        try noisy.write(toFile: path, atomically: true, encoding: .utf8)
        let n = try ProteinClaims.section(name: "proteins-lm-b", title: "t", path: path, provenance: "")
        XCTAssertEqual(n.claim("relu-matches-exact")?.verdict, .inconclusive)
        XCTAssertNotNil(n.claim("relu-matches-exact")?.nNeeded)
    }

    /// When exact attention stays at the unigram level, a Performer "matching" it says nothing
    /// about learning: the comparisons are not testable, their numbers kept.
    func testComparisonsAreNotTestableWhenExactDidNotLearn() throws {
        // As in real results, FAVOR+ rows carry their kernel and Linformer rows their k.
        var csv = "config_key,status,mechanism,kernel,linformer_k,seed,variant,step,split,accuracy,perplexity,unigram_accuracy\n"
        let columns = ["exact": ",", "performer-relu": "relu,", "performer-softmax": "positive,", "linformer": ",8"]
        let acc: [String: [Double]] = ["exact": [0.081, 0.082, 0.080], "performer-relu": [0.081, 0.080, 0.082]]
        for (m, values) in acc { for (i, a) in values.enumerated() {
            csv += "\(m)\(i),ok,\(m),\(columns[m]!),\(i),\(m),100,validation,\(a),18,0.08\n"
        } }
        let path = (try temporaryDirectory() as NSString).appendingPathComponent("proteins-lm-u.csv")
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let s = try ProteinClaims.section(name: "proteins-lm-u", title: "t", path: path, provenance: "")
        XCTAssertEqual(s.claim("exact-learns")?.verdict, .doesNotHold)
        XCTAssertEqual(s.claim("relu-matches-exact")?.verdict, .notMeasured)
        XCTAssertEqual(s.claim("relu-matches-exact")?.outcome, .notTestable)
        XCTAssertEqual(s.claim("relu-matches-exact")?.notTestable, "the Transformer did not learn above the unigram baseline: exact-learns does not hold")
        XCTAssertTrue(s.claim("relu-matches-exact")!.evidence.contains("performer-relu − exact (points)"))
    }
}
