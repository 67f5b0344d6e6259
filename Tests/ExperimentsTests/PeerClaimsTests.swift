import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The REPORT.md section from results/peers.csv (make compare): ratios with their spread and
/// speeds as fractions of the sgemm rate, read from the summary rows as written.
final class PeerClaimsTests: XCTestCase {
    let header = "config_key,row_type,round,seq_len,case,causal,pass,implementation,versus,status,median_s,min_s,max_s,gflops,sgemm_fraction,versus_median_s,versus_sgemm_fraction,ratio_median,ratio_min,ratio_max,rounds,note"

    func write(_ lines: [String]) throws -> String {
        let dir = try temporaryDirectory()
        try ([header] + lines).joined(separator: "\n").appending("\n")
            .write(toFile: (dir as NSString).appendingPathComponent("peers.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    func testSummaryRowsBecomeRatiosWithSpreadAndSgemmFractions() throws {
        let dir = try write([
            "k,round,1,1024,exact,false,forward,torch-sdpa,,ok,1.0e-02,,,,,,,,,,,",
            "k,round,1,1024,favor-softmax,true,forward_backward,performer-pytorch,,skipped,,,,,,,,,,,,needs 9 GiB",
            "k,summary,,1024,exact,false,forward,project:exact,torch-sdpa,ok,2.0e-02,,,100,0.4100,1.0e-02,0.8200,0.5000,0.4000,0.6000,3,",
            "k,summary,,1024,exact,false,forward_backward,project:exact,torch-sdpa,ok,3.0,,,100,0.3000,6.0,0.1500,2.0000,1.5000,2.5000,3,",
            "k,summary,,1024,favor-softmax,true,forward,project:performer-softmax,jax-reference,not measured,,,,,,,,,,,0,no round",
        ])
        let md = try PeerClaims.markdown(resultsDir: dir)
        XCTAssertTrue(md.contains("| 1024 | exact, bidirectional | project:exact | torch-sdpa | **0.50** [0.40-0.60, 3 rounds] | 41% / 82% (20 ms / 10 ms) | **2.00** [1.50-2.50, 3 rounds] | 30% / 15% (3.00 s / 6.00 s) |"), md)
        XCTAssertTrue(md.contains("| 1024 | FAVOR+ softmax, causal | project:performer-softmax | jax-reference | not measured |"), md)
        XCTAssertTrue(md.contains("performer-pytorch favor-softmax causal=true forward_backward at L = 1024: skipped needs 9 GiB"), md)
        XCTAssertTrue(md.contains("No readable peers.meta.json"), md)
    }

    func testReformerPeersFileGetsItsOwnTable() throws {
        let dir = try write(["k,summary,,1024,exact,false,forward,project:exact,torch-sdpa,ok,2.0e-02,,,100,0.4100,1.0e-02,0.8200,0.5000,0.4000,0.6000,3,"])
        try ([header, "k,summary,,4096,lsh,false,forward,project:reformer,reformer-pytorch,ok,1.0e-01,,,50,0.0500,4.0e-01,0.0125,4.0000,3.5000,4.5000,3,"])
            .joined(separator: "\n").appending("\n").write(toFile: (dir as NSString).appendingPathComponent("peers-reformer.csv"), atomically: true, encoding: .utf8)
        try #"{"peer_versions": {"reformer-pytorch": "1.4.4"}}"#.write(toFile: (dir as NSString).appendingPathComponent("peers-reformer.meta.json"), atomically: true, encoding: .utf8)
        let md = try PeerClaims.markdown(resultsDir: dir)
        XCTAssertTrue(md.contains("### LSH attention (Reformer) against reformer-pytorch"), md)
        XCTAssertTrue(md.contains("| 4096 | LSH attention (Reformer, 2 rounds), bidirectional | project:reformer | reformer-pytorch | **4.00** [3.50-4.50, 3 rounds] | 5% / 1% (100 ms / 400 ms) |"), md)
        XCTAssertTrue(md.contains("reformer-pytorch 1.4.4."), md)
    }

    func testMissingCSVSaysNotMeasured() throws {
        let md = try PeerClaims.markdown(resultsDir: try temporaryDirectory())
        XCTAssertTrue(md.contains("**not measured**: results/peers.csv does not exist"), md)
    }
}
