import Foundation
import XCTest
@testable import Experiments
@testable import ResultsFormat

/// Kinds describe themselves: their parameters (shared ones one column), quick rules and
/// time factors come from the kind, and the committed CSVs keep their parameter columns.
final class KindDescriptorTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The parameter columns of every committed CSV are the ones its kind declares, in order.
    func testCommittedCSVHeadersKeepTheirKindsParameterColumns() throws {
        let results = Self.root + "/results"
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: results).filter({ $0.hasSuffix(".csv") }).sorted() {
            let specPath = Self.root + "/experiments/\(file.dropLast(4)).json"
            guard FileManager.default.fileExists(atPath: specPath) else { continue }
            let kind = try SpecDecoder.load(path: specPath).kind
            let header = try CSVReader.read(path: results + "/" + file).header
            XCTAssertEqual(header.filter(Parameters.names.contains), Parameters.names(forKind: kind), file)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 10)
    }

    /// A parameter several kinds declare is one column scoped to all of them, its docs joined.
    func testSharedKindParametersAreOneColumn() throws {
        let p = try XCTUnwrap(Parameters.info("eval_examples"))
        guard case .kinds(let kinds) = p.scope else { return XCTFail("eval_examples is not kind-scoped") }
        XCTAssertEqual(kinds, ["task", "protein-lm", "protein-attention", "protein-long"])
        XCTAssertEqual(Parameters.names.filter { $0 == "eval_examples" }.count, 1)
        XCTAssertTrue(p.doc.hasPrefix("task kind: held-out test examples per evaluation; protein-lm: "), p.doc)
        XCTAssertEqual(Parameters.kindParameterConflicts(KindRegistry.builtIn), [])
    }

    struct ToyKind: ExperimentKind {
        var name: String
        var parameters: [ParameterInfo]
        let summary = "toy", measurementColumns = ["x"]
        func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int { 0 }
        func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double { 0 }
        func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] { [["x": "1", "peak_bytes": ""]] }
    }

    /// Two kinds declaring one name as different columns are reported; the same column with
    /// different docs is one parameter.
    func testConflictingKindParametersAreReported() {
        let a = ToyKind(name: "toy-a", parameters: [KindParameters.evalExamples.documented("toy-a: examples")])
        let b = ToyKind(name: "toy-b", parameters: [KindParameters.evalExamples.documented("toy-b: examples")])
        let c = ToyKind(name: "toy-c", parameters: [ParameterInfo("eval_examples", .int, .int(64), min: 1, "toy-c: other default")])
        XCTAssertEqual(Parameters.kindParameterConflicts([a, b]), [])
        let merged = Parameters.kindParameters([a, b])
        XCTAssertEqual(merged.map(\.name), ["eval_examples"])
        XCTAssertEqual(merged.first?.doc, "toy-a: examples; toy-b: examples")
        let conflicts = Parameters.kindParameterConflicts([a, c])
        XCTAssertEqual(conflicts.count, 1)
        XCTAssertTrue(conflicts.first?.contains("toy-c declares parameter eval_examples unlike kind toy-a") == true, "\(conflicts)")
    }

    /// The quick rules and time factors are the kinds' own; an unknown kind gets the defaults.
    func testQuickRulesAndTimeFactorsComeFromTheKinds() {
        let rules = QuickProfile.rules
        for kind in KindRegistry.builtIn { XCTAssertTrue(rules.contains("- \(kind.name): \(kind.quickRule)"), kind.name) }
        XCTAssertTrue(rules.hasSuffix("- any other kind: \(QuickRules.defaultRuleText)"))
        let estimator = TimeEstimate(rates: nil)
        XCTAssertEqual(estimator.factor("task"), TaskKind().builtInTimeFactor)
        XCTAssertEqual(estimator.factor("no-such-kind"), TimeEstimate.defaultFactor)
    }
}
