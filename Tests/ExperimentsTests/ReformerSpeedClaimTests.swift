import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The FAVOR+-vs-Reformer speed claim on hand-written timing CSVs (medians, min and max of 3
/// repeats), one where it holds, one where it does not, one inconclusive.
final class ReformerSpeedClaimTests: XCTestCase {
    /// Rows of (mechanism, L, min, median, max) at causal = false, one pass.
    func csv(_ rows: [(String, Int, Double, Double, Double)], pass: String = "forward") throws -> String {
        let path = (try temporaryDirectory() as NSString).appendingPathComponent("timing.csv")
        var text = "config_key,mechanism,model,causal,pass,seq_len,status,repeats,median_s,min_s,max_s\n"
        for (m, L, lo, med, hi) in rows { text += "k,\(m),none,false,\(pass),\(L),ok,3,\(med),\(lo),\(hi)\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// LSH 3x FAVOR+ at 4096 and 8192 with repeats within 10%: the worst pairing is
    /// 2.7 / 1.1 = 2.45 > 2 at each L, so it holds; L = 2048 (below 4096) is not judged even
    /// though there LSH is slower by less than 2x.
    func testHolds() throws {
        let rows: [(String, Int, Double, Double, Double)] = [
            ("reformer", 2048, 1.5, 1.6, 1.7), ("performer-softmax", 2048, 0.9, 1.0, 1.1),
            ("reformer", 4096, 2.7, 3.0, 3.3), ("performer-softmax", 4096, 0.9, 1.0, 1.1),
            ("reformer", 8192, 5.4, 6.0, 6.6), ("performer-softmax", 8192, 1.8, 2.0, 2.2),
        ]
        let claim = try XCTUnwrap(try ReformerSpeedClaim.claim(path: csv(rows)))
        XCTAssertEqual(claim.verdict, .holds, claim.evidence)
        XCTAssertTrue(claim.evidence.contains("L = 2^12") && claim.evidence.contains("L = 2^13"), claim.evidence)
        XCTAssertFalse(claim.evidence.contains("L = 2^11"), claim.evidence)
    }

    /// LSH only 1.2x slower at 8192 (the best pairing 1.32 / 0.9 = 1.47 < 2): does not hold,
    /// although 4096 holds (every L must); a ratio of medians 2.1 whose range [1.6, 2.8]
    /// straddles 2 is inconclusive; without reformer rows there is no claim.
    func testDoesNotHoldAndInconclusive() throws {
        let fails = try XCTUnwrap(try ReformerSpeedClaim.claim(path: csv([
            ("reformer", 4096, 2.7, 3.0, 3.3), ("performer-softmax", 4096, 0.9, 1.0, 1.1),
            ("reformer", 8192, 1.1, 1.2, 1.32), ("performer-softmax", 8192, 0.9, 1.0, 1.1),
        ])))
        XCTAssertEqual(fails.verdict, .doesNotHold, fails.evidence)
        let unsure = try XCTUnwrap(try ReformerSpeedClaim.claim(path: csv([
            ("reformer", 4096, 1.8, 2.1, 2.5), ("performer-softmax", 4096, 0.9, 1.0, 1.1),
        ])))
        XCTAssertEqual(unsure.verdict, .inconclusive, unsure.evidence)
        XCTAssertNil(try ReformerSpeedClaim.claim(path: csv([("performer-softmax", 4096, 0.9, 1.0, 1.1)])))
    }
}
