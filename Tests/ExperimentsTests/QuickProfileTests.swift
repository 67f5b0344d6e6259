import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Every shipped spec's quick profile does less work than the spec: no more configurations,
/// a smaller estimated time (the kinds' own estimates), its own name (so `--out quick` keeps the committed CSVs), and it still validates.
final class QuickProfileTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func seconds(_ spec: Spec, source: String) throws -> (configurations: Int, seconds: Double) {
        let kind = try XCTUnwrap(KindRegistry.kind(named: spec.kind))
        let configurations = try Sweep.expand(spec, source: source)
        return (configurations.count, configurations.reduce(0) { $0 + kind.estimatedSeconds($1, spec: spec) })
    }

    func testQuickProfileOfEveryShippedSpecIsSmaller() throws {
        let dir = Self.root.appendingPathComponent("experiments").path
        let paths = Catalog.specPaths(dir)
        XCTAssertGreaterThan(paths.count, 3)
        var quickTotal = 0.0
        for path in paths {
            let spec = try SpecDecoder.load(path: path)
            let quick = try QuickProfile.apply(spec, source: path)
            XCTAssertEqual(quick.name, spec.name)
            XCTAssertFalse(QuickProfile.overrides(spec).isEmpty, "\(spec.name): the quick profile changes nothing")
            let full = try seconds(spec, source: path), small = try seconds(quick, source: path)
            XCTAssertLessThanOrEqual(small.configurations, full.configurations, spec.name)
            XCTAssertLessThan(small.seconds, full.seconds, spec.name)
            quickTotal += small.seconds
        }
        print("quick profile estimated seconds: \(quickTotal)")
    }
}
