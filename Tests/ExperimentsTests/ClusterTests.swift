import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The shard index from SLURM, Kubernetes and GNU parallel through one path, and the
/// scripts `repro submit --slurm` writes.
final class ClusterTests: XCTestCase {
    func testShardIndexFromEachEngine() throws {
        XCTAssertEqual(try Shard.parse("auto/4", environment: ["SLURM_ARRAY_TASK_ID": "3"]), try Shard(index: 3, count: 4))
        XCTAssertEqual(try Shard.parse("auto/4", environment: ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "0"]), try Shard(index: 3, count: 4))
        XCTAssertEqual(try Shard.parse("auto/4", environment: ["JOB_COMPLETION_INDEX": "0"]), try Shard(index: 1, count: 4))
        XCTAssertEqual(try Shard.parse("auto/4", environment: ["PARALLEL_SEQ": "4"]), try Shard(index: 4, count: 4))
        XCTAssertEqual(try Shard.parse("2/5", environment: ["PARALLEL_SEQ": "4"]), try Shard(index: 2, count: 5), "an explicit index wins")
        for (env, expected) in [([String: String](), "none of SLURM_ARRAY_TASK_ID"), (["JOB_COMPLETION_INDEX": "4"], "outside 1...4"),
                                (["PARALLEL_SEQ": "x"], "PARALLEL_SEQ=\"x\" is not an integer")] {
            XCTAssertThrowsError(try Shard.parse("auto/4", environment: env)) { XCTAssertTrue("\($0)".contains(expected), "\($0)") }
        }
    }

    func testSlurmScripts() {
        let jobs = SlurmJobs(.init(repro: "/opt/r/repro", workDir: "/home/u/p", outDir: "out", shards: 3, quick: true, extraOptions: ["--partition=short"]))
        let array = jobs.arrayScript(spec: "kernel-mse")
        XCTAssertTrue(array.contains("#SBATCH --chdir=/home/u/p\n") && array.contains("#SBATCH --partition=short\n"), array)
        XCTAssertTrue(array.contains("exec '/opt/r/repro' run 'kernel-mse' --shard auto/3 --quick --experiments 'experiments' --out 'out'"), array)
        XCTAssertEqual(jobs.arrayOption, "--array=1-3")
        let finish = jobs.finishScript(specs: ["a", "b"])
        XCTAssertTrue(finish.contains("merge 'a' --quick") && finish.contains("plot 'b'") && finish.hasSuffix("report --out 'out'\n"), finish)
        XCTAssertEqual(SlurmJobs.dependency(on: ["12", "13"]), "--dependency=afterok:12:13")
        XCTAssertEqual(SlurmJobs.jobID(fromParsable: "42\n"), "42")
        XCTAssertEqual(SlurmJobs.jobID(fromParsable: "42;cluster\n"), "42")
        XCTAssertNil(SlurmJobs.jobID(fromParsable: "sbatch: error\n"))
    }
}
