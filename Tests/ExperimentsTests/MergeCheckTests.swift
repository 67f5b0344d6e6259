import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// `Merge.merge` refuses what it cannot merge honestly: shards of different spec versions,
/// missing shards or configurations, configurations in two shards, indices outside 1...n.
final class MergeCheckTests: XCTestCase {
    let sweep = #""mechanism": ["exact", "identity"], "seq_len": [16, 32], "causal": [false, true]"#

    /// Runs shards `indices` of 3 of the 8-configuration spec (seed `seed`) into `dir`.
    func runShards(_ indices: [Int], dir: String, seed: Int = 3) throws -> Spec {
        let spec = try load(timingSpec(sweep: sweep, fixed: #""head_dim": 8, "seed": \#(seed)"#))
        for i in indices {
            _ = try Runner.run(spec, source: "t", options: RunOptions(outDir: dir, shard: try Shard(index: i, count: 3)))
        }
        return spec
    }

    func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "" } catch { return "\(error)" }
    }

    func testShardsOfDifferentSpecVersionsAreRefusedNamingBoth() throws {
        let dir = try temporaryDirectory()
        let old = try runShards([1], dir: dir, seed: 3)
        let new = try runShards([2, 3], dir: dir, seed: 4)
        let m = message { try Merge.merge(specName: "t", outDir: dir, spec: new) }
        XCTAssertTrue(m.contains(old.hash) && m.contains(new.hash) && m.contains("t.shard-1-of-3.csv"), m)
        let mergedRows = (try? CSVReader.read(path: dir + "/results/t.csv"))?.rows.count ?? 0
        XCTAssertEqual(mergedRows, 0, "nothing merged")
        // Shards that agree with each other but not with the spec as it is now.
        let dir2 = try temporaryDirectory()
        _ = try runShards([1, 2, 3], dir: dir2, seed: 3)
        let m2 = message { try Merge.merge(specName: "t", outDir: dir2, spec: new) }
        XCTAssertTrue(m2.contains(old.hash) && m2.contains(new.hash), m2)
    }

    func testMissingShardOrConfigurationIsRefusedUnlessPartial() throws {
        let dir = try temporaryDirectory()
        let spec = try runShards([1, 2], dir: dir)
        let m = message { try Merge.merge(specName: "t", outDir: dir, spec: spec) }
        XCTAssertTrue(m.contains("t.shard-3-of-3.csv") && m.contains("--partial"), m)
        let partial = try Merge.merge(specName: "t", outDir: dir, spec: spec, partial: true)
        XCTAssertEqual(partial.missingShards, ["t.shard-3-of-3.csv"])
        // 8 configurations = 4 lines (mechanism x causal) of 2 seq_lens, dealt round-robin: shard 3 holds line 3, 2 configurations.
        XCTAssertEqual(partial.missingConfigurations.count, 2, "\(partial.missingConfigurations)")
        XCTAssertEqual(partial.rowsAdded, 12, "6 configurations x 2 passes")

        // All shard files there, but one lost its rows: the configurations are named.
        let dir2 = try temporaryDirectory()
        _ = try runShards([1, 2, 3], dir: dir2)
        let shard2 = dir2 + "/results/t.shard-2-of-3.csv"
        let header = try String(contentsOfFile: shard2, encoding: .utf8).components(separatedBy: "\n")[0]
        try (header + "\n").write(toFile: shard2, atomically: true, encoding: .utf8)
        let m2 = message { try Merge.merge(specName: "t", outDir: dir2, spec: spec) }
        XCTAssertTrue(m2.contains("2 configuration(s) missing") && m2.contains("seq_len"), m2)
    }

    func testConfigurationInTwoShardsIsRefusedNamingTheFiles() throws {
        let dir = try temporaryDirectory()
        let spec = try runShards([1, 2, 3], dir: dir)
        let one = try String(contentsOfFile: dir + "/results/t.shard-1-of-3.csv", encoding: .utf8).components(separatedBy: "\n")
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: dir + "/results/t.shard-2-of-3.csv"))
        handle.seekToEndOfFile()
        handle.write(Data((one[1...2].joined(separator: "\n") + "\n").utf8))  // one configuration (2 passes) of shard 1
        try handle.close()
        let m = message { try Merge.merge(specName: "t", outDir: dir, spec: spec) }
        XCTAssertTrue(m.contains("1 configuration(s) finished in more than one shard") && m.contains("t.shard-1-of-3.csv and t.shard-2-of-3.csv"), m)
        let partial = try Merge.merge(specName: "t", outDir: dir, spec: spec, partial: true)
        XCTAssertEqual(partial.rowsAdded, 16, "the copy in the second shard is skipped")
        XCTAssertEqual(partial.duplicatedConfigurations.count, 1)
    }

    func testShardIndexOutsideTheSplitIsRefused() throws {
        for name in ["t.shard-0-of-3.csv", "t.shard-4-of-3.csv"] {
            let dir = try temporaryDirectory()
            let spec = try runShards([1, 2, 3], dir: dir)
            try FileManager.default.copyItem(atPath: dir + "/results/t.shard-1-of-3.csv", toPath: dir + "/results/" + name)
            let m = message { try Merge.merge(specName: "t", outDir: dir, spec: spec, partial: true) }
            XCTAssertTrue(m.contains(name) && m.contains("outside 1...n"), m)
        }
    }

    func testCompleteShardsOfTheSpecMerge() throws {
        let dir = try temporaryDirectory()
        let spec = try runShards([1, 2, 3], dir: dir)
        let o = try Merge.merge(specName: "t", outDir: dir, spec: spec)
        XCTAssertEqual(o.rowsAdded, 16)
        XCTAssertEqual(o.missingConfigurations, [])
        XCTAssertEqual(o.duplicatedConfigurations, [])
    }
}
