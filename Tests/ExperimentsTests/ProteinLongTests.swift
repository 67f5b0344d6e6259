import Foundation
import PerformerTensor
import XCTest
@testable import Analysis
@testable import Experiments
@testable import Model
@testable import ResultsFormat
@testable import Statistics

/// The `protein-long` kind: the shrink ladder on the memory model, the
/// concatenated rows on a tiny FASTA of the test's own, a tiny run through the runner, and
/// the claim on synthetic rows. No Debian package needed.
final class ProteinLongTests: XCTestCase {
    /// 60 proteins of 5-20 residues with GO terms; returns the path and the sequences.
    func tinyFasta(_ dir: String) throws -> (String, [String]) {
        let written = try writeTinyFasta(dir, count: 60, lengths: 5...20, seed: 11)
        return (written.path, written.sequences)
    }

    func testLadderShrinksLayersThenHeads() {
        let full = ProteinLong.Size(layers: 4, dModel: 48, heads: 3, dFF: 128)
        let l = ProteinLong.ladder(full)
        XCTAssertEqual(l.first, full)
        XCTAssertEqual(l.map(\.layers), [4, 3, 2, 1, 1, 1])
        XCTAssertEqual(l.map(\.heads), [3, 3, 3, 3, 2, 1])
        XCTAssertEqual(l.map(\.dModel), [48, 48, 48, 48, 32, 16])
        XCTAssertEqual(l.last?.dFF, 43)
        // A prediction growing with layers x heads: the first rung under the budget.
        let predict = { (s: ProteinLong.Size) in s.layers * s.heads * 100 }
        XCTAssertEqual(ProteinLong.fit(full, budget: 1200, predict: predict)?.size, full)
        XCTAssertEqual(ProteinLong.fit(full, budget: 700, predict: predict)?.size.layers, 2)
        XCTAssertEqual(ProteinLong.fit(full, budget: 250, predict: predict)?.size, ProteinLong.Size(layers: 1, dModel: 32, heads: 2, dFF: 85))
        XCTAssertNil(ProteinLong.fit(full, budget: 50, predict: predict))
    }

    /// On the real memory model at L = 8192: the full-size exact model does not fit 2 GiB, a
    /// 2-layer one does, and the full-size Performer fits with room to spare.
    func testMemoryModelAtL8192() throws {
        func config(_ mechanism: String) throws -> Configuration {
            let spec = try load("""
            {"name": "t", "kind": "protein-long", "sweep": {"mechanism": ["\(mechanism)"]},
             "fixed": {"model": "small", "layers": 4, "d_model": 48, "heads": 3, "d_ff": 128, "vocab": 28, "causal": true,
                       "seq_len": 8192, "batch": 1, "features": 64, "train_seconds": 1}}
            """)
            return try Sweep.expand(spec, source: "t.json").first!
        }
        let budget = 2 << 30
        let exact = try config("exact"), relu = try config("performer-relu")
        XCTAssertGreaterThan(try ProteinLong.predictedBytes(exact), budget)
        let (fitted, bytes) = try ProteinLong.fitted(exact, budget: budget)
        XCTAssertEqual(fitted.int("layers"), 2)
        XCTAssertEqual(fitted.int("heads"), 3)
        XCTAssertLessThanOrEqual(bytes, budget)
        XCTAssertGreaterThan(try ProteinLong.predictedBytes(ProteinLong.configuration(exact, .init(layers: 3, dModel: 48, heads: 3, dFF: 128))), budget)
        let (r, rb) = try ProteinLong.fitted(relu, budget: budget)
        XCTAssertEqual(r.int("layers"), 4)
        XCTAssertLessThan(rb, budget / 4)
    }

    func testConcatenationKeepsEveryProtein() throws {
        let dir = try temporaryDirectory()
        let (path, _) = try tinyFasta(dir)
        let corpus = try ProteinCorpus(sources: [path], oodSeed: 1)
        let b = ConcatenatedProteinBatches(corpus: corpus, length: 16)
        let pool = corpus.indices[.train]!
        let expected = try pool.flatMap { [ProteinVocabulary.separator] + (try corpus.tokens($0)) }
        // Evaluation: the targets of consecutive rows are the stream after its first token,
        // every residue once, separators between proteins.
        let rows = expected.count / 16
        let batches = try b.evaluationBatches(.train, rows: rows, batchSize: 3)
        let targets = batches.flatMap(\.targets).filter { $0 >= 0 }
        XCTAssertEqual(targets, Array(expected[1 ... rows * 16]))
        XCTAssertEqual(batches.first?.inputs.first, ProteinVocabulary.separator)
        XCTAssertEqual(batches.reduce(0) { $0 + $1.batch }, rows)
        // Beyond the stream: pads, no targets.
        let long = try b.evaluationBatches(.train, rows: rows + 3, batchSize: 8)
        XCTAssertEqual(long.flatMap(\.targets).filter { $0 >= 0 }.count, expected.count - 1)
        // Training rows: full, start at a separator, the same for the same (seed, step).
        let t = try b.trainBatch(step: 3, batch: 2, seed: 5)
        XCTAssertEqual(t.inputs.count, 32)
        XCTAssertFalse(t.targets.contains(-1))
        XCTAssertEqual(t.inputs[0], ProteinVocabulary.separator)
        XCTAssertEqual(t.inputs[16], ProteinVocabulary.separator)
        XCTAssertEqual(try b.trainBatch(step: 3, batch: 2, seed: 5).inputs, t.inputs)
        XCTAssertTrue(t.inputs.filter { $0 == ProteinVocabulary.separator }.count > 2)
        // A train row is a window of the (wrapped) stream.
        let twice = expected + expected
        let row = Array(t.inputs[0..<16])
        XCTAssertTrue((0..<expected.count).contains { Array(twice[$0 ..< $0 + 16]) == row })
    }

    func testTinyRunThroughTheRunner() throws {
        let dir = try temporaryDirectory()
        let (fasta, _) = try tinyFasta(dir)
        let text = """
        {"name": "tiny-long", "kind": "protein-long",
         "sweep": {"mechanism": ["exact", "performer-relu"], "seed": [1]},
         "fixed": {"corpus": "\(fasta)", "model": "small", "layers": 2, "d_model": 12, "heads": 3, "d_ff": 16,
                   "vocab": 28, "seq_len": 32, "batch": 2, "causal": true, "train_seconds": 0.05, "eval_seconds": 0.02,
                   "eval_examples": 2, "learning_rate": 0.003}}
        """
        let o = try Runner.run(try load(text), source: "test.json", options: RunOptions(outDir: dir))
        let t = try CSVReader.read(path: o.csvPath)
        XCTAssertFalse(t.rows.isEmpty)
        for r in t.rows {
            XCTAssertEqual(r["status"], "ok", r["error"] ?? "")
            XCTAssertEqual(r["fit_layers"], "2")
        }
        XCTAssertEqual(Set(t.rows.map { $0["split"]! }), ["train", "validation"])
        let section = try ProteinLongClaims.section(name: "proteins-long", title: "t", path: o.csvPath, provenance: "")
        XCTAssertNotNil(section.claim("performer-relu-ahead-of-reduced-exact"))
    }

    func testClaimOnSyntheticRows() throws {
        func csv(_ relu: [Double], _ exact: [Double]) -> String {
            var s = "config_key,status,mechanism,seed,variant,step,seconds,split,accuracy,fit_layers,fit_d_model,fit_heads,fit_d_ff,fit_bytes,parameters\n"
            for (m, values, layers) in [("performer-relu", relu, 4), ("exact", exact, 2)] { for (i, a) in values.enumerated() {
                s += "\(m)\(i),ok,\(m),\(i),\(m),0,0,validation,0.03,\(layers),48,3,128,1000,5\n"
                s += "\(m)\(i),ok,\(m),\(i),\(m),\(layers == 4 ? 300 : 30),60,validation,\(a),\(layers),48,3,128,1000,5\n"
                s += "\(m)\(i),ok,\(m),\(i),\(m),\(layers == 4 ? 300 : 30),60,train,0.99,\(layers),48,3,128,1000,5\n"
            } }
            return s
        }
        let dir = try temporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("proteins-long.csv")
        func verdict(_ relu: [Double], _ exact: [Double]) throws -> Claim? {
            try csv(relu, exact).write(toFile: path, atomically: true, encoding: .utf8)
            return try ProteinLongClaims.section(name: "proteins-long", title: "t", path: path, provenance: "")
                .claim("performer-relu-ahead-of-reduced-exact")
        }
        let ahead = try verdict([0.20, 0.21, 0.22], [0.10, 0.105, 0.11])
        XCTAssertEqual(ahead?.verdict, .holds)
        XCTAssertTrue(ahead?.evidence.contains("2 layers") ?? false, ahead?.evidence ?? "")
        XCTAssertEqual(try verdict([0.10, 0.105, 0.11], [0.20, 0.21, 0.22])?.verdict, .doesNotHold)
        let undecided = try verdict([0.20, 0.10, 0.16], [0.15, 0.16, 0.14])
        XCTAssertEqual(undecided?.verdict, .inconclusive)
        XCTAssertEqual(try verdict([0.2], [0.1])?.verdict, .notMeasured)
    }
}
