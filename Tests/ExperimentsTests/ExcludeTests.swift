import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The spec's `exclude` list: sweep points left out before validation (causal Linformer).
final class ExcludeTests: XCTestCase {
    func testExcludeDropsMatchingPointsBeforeValidation() throws {
        // Without the exclusion, causal Linformer fails validation and the spec is refused.
        let sweep = #""mechanism": ["exact", "linformer"], "causal": [false, true], "seq_len": [256, 512]"#
        XCTAssertFalse(specMessages { try load(timingSpec(sweep: sweep)) }.isEmpty)
        let spec = try load(timingSpec(sweep: sweep, extra: #""exclude": [{"mechanism": "linformer", "causal": true, "_note": "no causal form"}]"#))
        let cs = try Sweep.expand(spec, source: "t")
        // 2 exact causalities x 2 L + linformer bidirectional x 2 L.
        XCTAssertEqual(cs.count, 6)
        XCTAssertFalse(cs.contains { $0.string("mechanism") == "linformer" && $0.bool("causal") })
        XCTAssertEqual(cs.filter { $0.string("mechanism") == "linformer" }.count, 2)
    }

    func testExcludeListValuesMatchAnyOfThem() throws {
        let spec = try load(timingSpec(sweep: #""mechanism": ["exact", "identity"], "seq_len": [32, 64, 128]"#,
                                       extra: #""exclude": [{"mechanism": "exact", "seq_len": [64, 128]}]"#))
        let cs = try Sweep.expand(spec, source: "t")
        XCTAssertEqual(cs.map { "\($0.string("mechanism"))\($0.int("seq_len"))" }, ["exact32", "identity32", "identity64", "identity128"])
    }

    func testExcludeErrors() {
        // Unknown parameter, a parameter neither swept nor fixed, a wrong type, an entry matching nothing.
        let unknown = specMessages { try load(timingSpec(extra: #""exclude": [{"mechanizm": "exact"}]"#)) }
        XCTAssertTrue(unknown.contains { $0.message.contains("unknown key \"mechanizm\"") && $0.message.contains("mechanism") }, "\(unknown)")
        let unswept = specMessages { try load(timingSpec(extra: #""exclude": [{"window": 8}]"#)) }
        XCTAssertTrue(unswept.contains { $0.message.contains("window is neither swept nor fixed") }, "\(unswept)")
        let type = specMessages { try load(timingSpec(extra: #""exclude": [{"seq_len": "long"}]"#)) }
        XCTAssertFalse(type.isEmpty)
        let never = specMessages { try load(timingSpec(extra: #""exclude": [{"mechanism": "identity", "seq_len": 4096}]"#)) }
        XCTAssertTrue(never.contains { $0.message.contains("exclude entry 1") && $0.message.contains("matches no configuration") }, "\(never)")
        let notList = specMessages { try load(timingSpec(extra: #""exclude": {"mechanism": "exact"}"#)) }
        XCTAssertTrue(notList.contains { $0.message.contains("exclude must be a list") }, "\(notList)")
    }

    func testTimingAttentionSpecValidates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let spec = try SpecDecoder.load(path: root.appendingPathComponent("experiments/timing-attention.json").path)
        let cs = try Sweep.expand(spec, source: "timing-attention")
        XCTAssertEqual(cs.count, 11 * 2 * 9 - 9)   // 11 mechanisms (exact-flash, reformer, reformer-h8 included), causal Linformer excluded
    }
}
