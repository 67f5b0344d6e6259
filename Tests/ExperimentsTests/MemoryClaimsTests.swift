import Foundation
import XCTest
@testable import Analysis
@testable import Statistics

/// Peak-memory claims of the raw timing CSV on synthetic rows whose growth is known exactly.
final class MemoryClaimsTests: XCTestCase {
    /// Rows of one line: peak bytes = scale x L^power at L = 2^10 ... 2^(10 + count - 1).
    private func line(_ mechanism: String, power: Double, scale: Double, count: Int = 5, causal: String = "true",
                      features: String = "256") -> [[String: String]] {
        (0..<count).map { i in
            let L = pow(2, Double(10 + i))
            return withPresetColumns(mechanism, ["status": "ok", "causal": causal, "pass": "forward_backward", "model": "none",
                                                 "seq_len": "\(Int(L))", "peak_bytes": "\(scale * pow(L, power))", "features": features,
                                                 "head_dim": "64", "heads": "8", "batch": "1"])
        }
    }

    func testLinearMechanismsHoldAndExactIsQuadratic() throws {
        let rows = line("performer-softmax", power: 1, scale: 8 * 4 * 1000) + line("local", power: 1, scale: 4096)
            + line("exact", power: 2, scale: 32)
        let claims = MemoryClaims.claims(rows)
        let linear = try XCTUnwrap(claims.first { $0.id == "linear-memory" })
        XCTAssertEqual(linear.verdict, .holds, linear.evidence)
        XCTAssertEqual(linear.decisions.count, 2, "one check per line (facet)")
        XCTAssertTrue(linear.evidence.contains("deterministic"), linear.evidence)
        let exact = try XCTUnwrap(claims.first { $0.id == "exact-memory" })
        XCTAssertEqual(exact.verdict, .holds, exact.evidence)
        // 1000 Float32 values per token and head (8 heads x 4 bytes x 1000 per token) against m x d = 16384.
        let lmd = try XCTUnwrap(claims.first { $0.id == "favor-no-lmd" })
        XCTAssertEqual(lmd.verdict, .holds, lmd.evidence)
        XCTAssertTrue(lmd.evidence.contains("0.061"), lmd.evidence)
        XCTAssertTrue(claims.flatMap(\.decisions).allSatisfy { $0.effect == nil }, "single measurements are not interval checks")
    }

    func testQuadraticGrowthOfALinearMechanismDoesNotHold() throws {
        let rows = line("performer-relu", power: 1, scale: 4) + line("linformer", power: 2, scale: 4)
        let linear = try XCTUnwrap(MemoryClaims.claims(rows).first { $0.id == "linear-memory" })
        XCTAssertEqual(linear.verdict, .doesNotHold, linear.evidence)
        XCTAssertTrue(linear.evidence.contains("linformer (causal=true, pass=forward_backward) over 2^12..2^14: 2"), linear.evidence)
    }

    func testAnLxmxdPeakDoesNotHoldAndMissingFeaturesAreNotMeasured() throws {
        // 2 x m x d values per token and head: an L x m x d tensor is live.
        let big = line("performer-softmax", power: 1, scale: 2 * 256 * 64 * 4 * 8)
        XCTAssertEqual(MemoryClaims.claims(big).first { $0.id == "favor-no-lmd" }?.verdict, .doesNotHold)
        let unknown = line("performer-relu", power: 1, scale: 4, features: "")
        let c = try XCTUnwrap(MemoryClaims.claims(unknown).first { $0.id == "favor-no-lmd" })
        XCTAssertEqual(c.verdict, .notMeasured, c.evidence)
    }

    func testWholeModelRowsAndShortLinesAreLeftOut() {
        var rows = line("performer-softmax", power: 1, scale: 4)
        for i in rows.indices { rows[i]["model"] = "small" }
        XCTAssertTrue(MemoryClaims.claims(rows).isEmpty, "whole-model peaks include the model's own memory")
        let short = line("local", power: 1, scale: 4, count: 2)
        XCTAssertEqual(MemoryClaims.claims(short).first?.verdict, .notMeasured)
    }
}
