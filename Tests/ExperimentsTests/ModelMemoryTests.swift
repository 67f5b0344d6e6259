import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// ModelMemory against MemoryLedger's measurement of the `model-timing` kind's own passes,
/// on shapes that are not in the committed fig3 table (held-out sizes, batch 2, lengths that
/// are not powers of two): every mechanism of the spec, both passes, within 15%.
final class ModelMemoryTests: XCTestCase {
    func spec(sizes: String, seqLens: String, batch: Int,
              mechanisms: String = #"["exact", "performer-softmax", "performer-relu", "identity"]"#) throws -> Spec {
        try load("""
        {"name": "mm", "kind": "model-timing",
         "sweep": {"mechanism": \(mechanisms), "seq_len": \(seqLens)},
         "fixed": {"model": "small", \(sizes), "batch": \(batch), "vocab": 256, "causal": false, "seed": 2},
         "warmup": 0, "repeats": 1}
        """)
    }

    func check(_ spec: Spec, file: StaticString = #filePath, line: UInt = #line) throws {
        let kind = ModelTimingKind()
        for c in try Sweep.expand(spec, source: "test.json") {
            let config = ModelTimingKind.modelConfig(c)
            let mechanisms = try ModelTimingKind.mechanisms(c, layers: config.layers)
            for row in try kind.measure(c, spec: spec) {
                let backward = row["pass"] == "forward_backward"
                let measured = Double(row["peak_bytes"]!)!
                let predicted = Double(ModelMemory.predictedBytes(config, batch: c.int("batch"), length: c.int("seq_len"),
                                                                  mechanisms: mechanisms, backward: backward))
                print(String(format: "memory %@ %@ predicted %d measured %d ratio %.3f", c.label, row["pass"]!, Int(predicted), Int(measured), predicted / measured))
                XCTAssertEqual(predicted / measured, 1, accuracy: 0.15,
                               "\(c.label) \(row["pass"]!): predicted \(Int(predicted)) measured \(Int(measured))", file: file, line: line)
            }
        }
    }

    func testHeldOutSmallShapes() throws {
        try check(spec(sizes: #""heads": 2, "layers": 2, "d_ff": 96, "d_model": 32"#, seqLens: "[96, 200]", batch: 2))
    }

    func testHeldOutWiderShapes() throws {
        try check(spec(sizes: #""heads": 4, "layers": 3, "d_ff": 256, "d_model": 128"#, seqLens: "[300, 700]", batch: 1))
    }

    /// exact-flash at small L, where its per-worker scratch (freed when each call returns) is
    /// comparable with everything it keeps: L = 300 runs 3 forward tasks on 2 workers but
    /// one backward task on 1 worker; L = 700 two of each; batch 2 with 2 heads 4 and 4 tasks.
    func testHeldOutFlashSmallLengths() throws {
        let flash = #"["exact-flash"]"#
        try check(spec(sizes: #""heads": 1, "layers": 6, "d_ff": 64, "d_model": 64"#, seqLens: "[300, 700]", batch: 1, mechanisms: flash))
        try check(spec(sizes: #""heads": 2, "layers": 2, "d_ff": 96, "d_model": 32"#, seqLens: "[96, 200]", batch: 2, mechanisms: flash))
    }

    func testCommittedSmallModelShape() throws {
        try check(spec(sizes: #""heads": 1, "layers": 6, "d_ff": 64, "d_model": 64"#, seqLens: "[512, 1024]", batch: 1))
    }
}
