import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Every kind of bad spec gets a clear message (with position where the file has one).
final class SpecErrorTests: XCTestCase {
    func testValidSpecLoads() throws {
        let spec = try load(timingSpec())
        XCTAssertEqual(spec.name, "t")
        XCTAssertEqual(spec.kind, "timing")
        XCTAssertEqual(spec.sweep.map(\.name), ["mechanism", "seq_len"])
        XCTAssertEqual(try Sweep.expand(spec, source: "t").count, 4)
    }

    func testMalformedJSONGivesLineAndColumn() {
        // Line 3 lacks the comma after "timing"; the error is where the next key starts.
        let text = "{\n  \"name\": \"x\",\n  \"kind\": \"timing\"\n  \"sweep\": {}\n}"
        let m = specMessages { try load(text) }
        XCTAssertEqual(m.first?.position, SourcePosition(line: 4, column: 3))
        XCTAssertTrue(m.first?.message.contains("malformed JSON") ?? false, "\(m)")
        let unterminated = specMessages { try load("{\"name\": \"x") }
        XCTAssertEqual(unterminated.first?.position?.line, 1)
        XCTAssertTrue(unterminated.first?.message.contains("unterminated string") ?? false)
        let trailing = specMessages { try load("{\"name\": \"x\",\n \"kind\": \"timing\",\n}") }
        XCTAssertEqual(trailing.first?.position, SourcePosition(line: 3, column: 1))
    }

    func testDuplicateKey() {
        let m = specMessages { try load("{\"name\": \"a\", \"name\": \"b\", \"kind\": \"timing\"}") }
        XCTAssertTrue(m.first?.message.contains("duplicate key") ?? false, "\(m)")
    }

    func testUnknownKeysNameTheNearestValidKey() {
        let top = specMessages { try load(timingSpec(extra: #""repeets": 3"#)) }
        XCTAssertTrue(top.contains { $0.message.contains("unknown key \"repeets\"") && $0.message.contains("did you mean \"repeats\"") }, "\(top)")
        XCTAssertEqual(top.first?.position, SourcePosition(line: 8, column: 3))
        let param = specMessages { try load(timingSpec(fixed: #""head_dimm": 8"#)) }
        XCTAssertTrue(param.contains { $0.message.contains("did you mean \"head_dim\"") }, "\(param)")
        let plot = specMessages { try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "log_xx": true}]"#)) }
        XCTAssertTrue(plot.contains { $0.message.contains("did you mean \"log_x\"") }, "\(plot)")
    }

    func testWrongTypes() {
        let m = specMessages { try load(timingSpec(fixed: #""head_dim": "eight""#, extra: #""samples": 1.5"#)) }
        XCTAssertTrue(m.contains { $0.message.contains("head_dim must be an integer") }, "\(m)")
        XCTAssertTrue(m.contains { $0.message.contains("samples must be an integer") }, "\(m)")
        let causal = specMessages { try load(timingSpec(fixed: #""causal": 1"#)) }
        XCTAssertTrue(causal.contains { $0.message.contains("causal must be a boolean") }, "\(causal)")
        let sweep = specMessages { try load(timingSpec(sweep: #""seq_len": [64, {"a": 1}]"#)) }
        XCTAssertTrue(sweep.contains { $0.message.contains("seq_len must be an integer") }, "\(sweep)")
    }

    func testOutOfRangeValues() {
        for (fixed, expected) in [(#""seq_len": 0"#, "seq_len must be >= 1"), (#""features": 0"#, "features must be >= 1"),
                                  (#""window": 0"#, "window must be >= 1"), (#""head_dim": -2"#, "head_dim must be >= 1")] {
            let m = specMessages { try load(timingSpec(sweep: #""mechanism": ["exact"]"#, fixed: fixed)) }
            XCTAssertTrue(m.contains { $0.message.contains(expected) }, "\(fixed): \(m)")
        }
        let repeats = specMessages { try load(timingSpec(extra: #""memory_budget_bytes": "lots""#)) }
        XCTAssertTrue(repeats.contains { $0.message.contains("is not a size") }, "\(repeats)")
    }

    func testUnknownMechanismKernelAndKind() {
        let mech = specMessages { try load(timingSpec(sweep: #""mechanism": ["exact", "performer-sofmax"]"#)) }
        XCTAssertTrue(mech.contains { $0.message.contains("unknown mechanism \"performer-sofmax\"") && $0.message.contains("did you mean \"performer-softmax\"") }, "\(mech)")
        let kernel = specMessages { try load(timingSpec(sweep: #""mechanism": ["performer-softmax"]"#, fixed: #""kernel": "postive""#)) }
        XCTAssertTrue(kernel.contains { $0.message.contains("did you mean \"positive\"") }, "\(kernel)")
        let kind = specMessages { try load(#"{"name": "k", "kind": "timeing"}"#) }
        XCTAssertTrue(kind.contains { $0.message.contains("did you mean \"timing\"") }, "\(kind)")
    }

    func testInvalidCombinations() {
        let linformer = specMessages { try load(timingSpec(sweep: #""mechanism": ["linformer"], "seq_len": [512]"#, fixed: #""causal": true"#)) }
        XCTAssertTrue(linformer.contains { $0.message.contains("linformer is bidirectional only") }, "\(linformer)")
        let heads = specMessages { try load(#"{"name": "m", "kind": "timing", "fixed": {"model": "regular", "heads": 3}}"#) }
        XCTAssertTrue(heads.contains { $0.message.contains("does not divide d_model") }, "\(heads)")
        let noProjection = specMessages { try load(timingSpec(sweep: #""mechanism": ["performer-softmax"]"#, fixed: #""projection": "none""#)) }
        XCTAssertTrue(noProjection.contains { $0.message.contains("projection \"none\" is not valid") }, "\(noProjection)")
        let headDim = specMessages { try load(#"{"name": "m", "kind": "approximation", "fixed": {"model": "small", "head_dim": 32}}"#) }
        XCTAssertTrue(headDim.contains { $0.message.contains("is not d_model") }, "\(headDim)")
    }

    func testEmptyAndTooLargeSweeps() {
        let empty = specMessages { try load(timingSpec(sweep: #""seq_len": []"#)) }
        XCTAssertTrue(empty.contains { $0.message.contains("expand to nothing") }, "\(empty)")
        let emptyRange = specMessages { try load(timingSpec(sweep: #""seq_len": {"from": 512, "to": 256, "factor": 2}"#)) }
        XCTAssertTrue(emptyRange.contains { $0.message.contains("expand to nothing") }, "\(emptyRange)")
        let big = specMessages { try load(timingSpec(sweep: #""seq_len": [1, 2, 3], "heads": [1, 2]"#, extra: #""max_configurations": 5"#)) }
        XCTAssertTrue(big.contains { $0.message.contains("expands to 6 configurations, more than max_configurations = 5") }, "\(big)")
    }

    func testMissingRequiredKeysAndPlotColumns() {
        let missing = specMessages { try load(#"{"name": "x"}"#) }
        XCTAssertTrue(missing.contains { $0.message.contains("missing required key \"kind\"") }, "\(missing)")
        let column = specMessages { try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median", "series": "mechanism"}]"#)) }
        XCTAssertTrue(column.contains { $0.message.contains("unknown column \"median\"") && $0.message.contains("median_s") }, "\(column)")
    }

    func testByteSizes() {
        XCTAssertEqual(ByteSize.parse("16GiB"), 16 << 30)
        XCTAssertEqual(ByteSize.parse("512 MiB"), 512 << 20)
        XCTAssertEqual(ByteSize.parse("2GB"), 2_000_000_000)
        XCTAssertEqual(ByteSize.parse("1000"), 1000)
        XCTAssertNil(ByteSize.parse("lots"))
    }
}

/// The annotated example in docs/specs.md, with its `//` notes removed, is a valid spec.
final class ReadmeExampleTests: XCTestCase {
    func testReadmeExampleValidates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("docs/specs.md"), encoding: .utf8)
        guard let section = readme.range(of: "## Format"), let start = readme.range(of: "```json\n", range: section.upperBound..<readme.endIndex),
              let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex) else {
            return XCTFail("no ```json example under ## Format in docs/specs.md")
        }
        let text = readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let r = line.range(of: "  // ") else { return String(line) }
            return String(line[..<r.lowerBound])
        }.joined(separator: "\n")
        let spec = try SpecDecoder.load(text: text, source: "README example")
        XCTAssertEqual(spec.name, "my-attention-timing")
        XCTAssertEqual(spec.memoryBudgetBytes, 16 << 30)
        // 3 mechanisms x 2 causal x 8 L, less the excluded exact at L = 16384, 32768 (both causalities).
        XCTAssertEqual(try Sweep.expand(spec, source: "README").count, 3 * 2 * 8 - 4)
    }

    func testSmokeSpecValidates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let spec = try SpecDecoder.load(path: root.appendingPathComponent("experiments/smoke-timing.json").path)
        XCTAssertEqual(try Sweep.expand(spec, source: "smoke").count, 8)
    }
}
