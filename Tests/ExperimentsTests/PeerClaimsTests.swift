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

    func testModelStepFileGetsItsOwnTableWithRoundsDecidingTheDirection() throws {
        let dir = try temporaryDirectory()
        let header = "config_key,row_type,round,case,spec,heads,layers,d_ff,d_model,seq_len,batch,causal,features,pass,implementation,versus,status,steps,median_s,min_s,max_s,tokens_per_second,gflops,sgemm_fraction,versus_median_s,versus_tokens_per_second,versus_sgemm_fraction,ratio_median,ratio_min,ratio_max,rounds,parameters,note"
        try ([header,
              "k,round,1,fig5-lm,fig5-backward-compat,2,3,256,64,128,16,true,128,train_step,performer-pytorch,,failed,,,,,,,,,,,,,,,,out of memory",
              "k,summary,,fig5-lm,fig5-backward-compat,2,3,256,64,128,16,true,128,train_step,project:exact,torch-sdpa,ok,,2.0e-02,,,102400,5.0,0.0500,3.0e-02,68267,0.0333,1.5000,1.2000,1.8000,3,123,",
              "k,summary,,proteins-u,proteins-lm-u,3,4,128,48,512,8,true,64,train_step,project:performer-softmax,performer-pytorch,ok,,4.0e-02,,,102400,5.0,0.0500,3.0e-02,136533,0.0667,0.7500,0.6000,0.9000,3,123,",
              "k,summary,,tasks,tasks-listops,2,2,128,64,64,32,false,64,train_step,project:exact,torch-sdpa,ok,,1.0e-02,,,204800,5.0,0.0500,1.0e-02,204800,0.0500,1.0000,0.9000,1.1000,3,123,",
             ]).joined(separator: "\n").appending("\n").write(toFile: (dir as NSString).appendingPathComponent("peers-model.csv"), atomically: true, encoding: .utf8)
        let md = try PeerClaims.markdown(resultsDir: dir)
        XCTAssertTrue(md.contains("**not measured**: results/peers.csv does not exist"), md)
        XCTAssertTrue(md.contains("### Whole training steps against PyTorch"), md)
        XCTAssertTrue(md.contains("| fig5-lm (causal) | 2, 3, 256, 64, 128, 16 | project:exact | torch-sdpa | **1.50** [1.20-1.80, 3 rounds] | project faster in every round | 102400 / 68267 | 20.00 ms / 30.00 ms | 5.0% / 3.3% |"), md)
        XCTAssertTrue(md.contains("| proteins-u (causal) | 3, 4, 128, 48, 512, 8 | project:performer-softmax | performer-pytorch | **0.75** [0.60-0.90, 3 rounds] | PyTorch faster in every round |"), md)
        XCTAssertTrue(md.contains("| tasks (bidirectional) | 2, 2, 128, 64, 64, 32 | project:exact | torch-sdpa | **1.00** [0.90-1.10, 3 rounds] | mixed |"), md)
        XCTAssertTrue(md.contains("Not timed: performer-pytorch fig5-lm round 1: failed out of memory."), md)
        XCTAssertTrue(md.contains("No readable peers-model.meta.json"), md)
    }

    func testMissingCSVSaysNotMeasured() throws {
        let md = try PeerClaims.markdown(resultsDir: try temporaryDirectory())
        XCTAssertTrue(md.contains("**not measured**: results/peers.csv does not exist"), md)
    }
}
