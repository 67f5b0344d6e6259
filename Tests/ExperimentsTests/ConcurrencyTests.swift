import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics
import PerformerTensor

/// Two runs of one small spec started into the same folder, many times, with random
/// offsets and with one of them killed (SIGKILL) at a random moment: every configuration
/// ends in the CSV exactly once, and each run's exit status and message say what happened
/// (exit 0 only when the run's configurations are all in the file, or in the .bak of a later
/// --force run; otherwise "another run is writing this file", or the kill).
final class ConcurrencyTests: XCTestCase {
    var binary: URL { ReproBinary.url }

    /// 6 configurations of the kernel-variance kind (no timing column is judged), 1 row each.
    static let spec = """
        {"name": "c", "kind": "kernel-variance",
         "sweep": {"kernel": ["positive", "trig"], "pair_cos": [0.5, 0, -0.5]},
         "fixed": {"mechanism": "performer-softmax", "features": 4, "head_dim": 4, "seed": 5, "pair_norm": 1, "projection": "iid"},
         "samples": 64}
        """
    static let configurations = 6

    struct Started { var process: Process; var err: Pipe; var out: Pipe }

    func start(_ dir: String, _ extra: [String] = []) throws -> Started {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["run", "c", "--no-plot"] + extra
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["REPRO_COMMIT"] = "test"
        env["REPRO_BLAS_SELECT"] = "0"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        return Started(process: p, err: err, out: out)
    }

    struct Finished { var status: Int32; var killed: Bool; var stdout: String; var stderr: String }

    func finish(_ s: Started) -> Finished {
        let out = s.out.fileHandleForReading.readDataToEndOfFile(), err = s.err.fileHandleForReading.readDataToEndOfFile()
        s.process.waitUntilExit()
        return Finished(status: s.process.terminationStatus, killed: s.process.terminationReason == .uncaughtSignal,
                        stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    func testTwoRunsIntoOneFolderLoseAndDoubleNothing() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("no built binary at \(binary.path)") }
        var rng = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0..<1_000_000, using: &rng)
        var random = SeededGenerator(seed: seed)  // offsets drawn from a logged seed, so a failure can be replayed
        var starts = 0, lost = 0, doubled = 0, refused = 0, killedRuns = 0
        let attempts = 50
        // One measured run first: its time calibration, copied into every attempt's folder,
        // spares each start the machine-rate measurement (about 1.5 s), so runs take tens of
        // milliseconds and the random offsets below overlap them.
        let seedDir = try temporaryDirectory("concseed")
        defer { try? FileManager.default.removeItem(atPath: seedDir) }
        try FileManager.default.createDirectory(atPath: seedDir + "/experiments", withIntermediateDirectories: true)
        try Self.spec.write(toFile: seedDir + "/experiments/c.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(finish(try start(seedDir)).status, 0)
        let calibration = seedDir + "/results/time-calibration.json"
        for attempt in 0..<attempts {
            let dir = try temporaryDirectory("conc\(attempt)")
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try FileManager.default.createDirectory(atPath: dir + "/experiments", withIntermediateDirectories: true)
            try Self.spec.write(toFile: dir + "/experiments/c.json", atomically: true, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: dir + "/results", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: calibration, toPath: dir + "/results/time-calibration.json")
            // Even attempts: both run to the end; odd ones: one is killed at a random moment.
            // Every third attempt the second run passes --force (it must not move the file from under the first).
            let kill = attempt % 2 == 1
            let force = attempt % 3 == 2
            let a = try start(dir)
            usleep(UInt32.random(in: 0..<40_000, using: &random))
            let b = try start(dir, force ? ["--force"] : [])
            starts += 2
            if kill {
                usleep(UInt32.random(in: 0..<50_000, using: &random))
                let victim = Bool.random(using: &random) ? a : b
                Foundation.kill(victim.process.processIdentifier, SIGKILL)
            }
            let results = [finish(a), finish(b)]
            for r in results {
                if r.killed { killedRuns += 1; continue }
                if r.status == 0 {
                    XCTAssertTrue(r.stdout.contains("c: \(Self.configurations) configurations"), "attempt \(attempt): \(r.stdout) \(r.stderr)")
                } else {
                    refused += 1
                    XCTAssertTrue(r.stderr.contains("another run is writing this file"), "attempt \(attempt) (seed \(seed)): exit \(r.status): \(r.stderr)")
                }
            }
            let anyKilled = results.contains { $0.killed }
            let anyFinished = results.contains { !$0.killed && $0.status == 0 }
            if anyFinished {
                // A run that exited 0 claims every configuration is written: in the CSV, or in
                // the .bak a later --force run copied it to before it was killed.
                let l = try count(dir, withBackups: true).lost
                XCTAssertEqual(l, 0, "attempt \(attempt) (seed \(seed)): \(l) configuration(s) missing after a run exited 0")
                lost += l
            }
            if anyKilled || !anyFinished {
                // Resume: finishes what the killed run left, without doubling anything.
                let again = finish(try start(dir))
                XCTAssertEqual(again.status, 0, "attempt \(attempt): \(again.stderr)")
            }
            let final = try count(dir)
            XCTAssertEqual(final.lost, 0, "attempt \(attempt) (seed \(seed)): configuration(s) missing")
            XCTAssertEqual(final.doubled, 0, "attempt \(attempt) (seed \(seed)): a configuration written twice")
            lost += anyFinished ? 0 : final.lost
            doubled += final.doubled
        }
        print("concurrency: \(starts) starts (\(attempts) attempts, seed \(seed)), \(killedRuns) killed, \(refused) refused as busy; rows lost \(lost), rows doubled \(doubled)")
        XCTAssertEqual(lost, 0)
        XCTAssertEqual(doubled, 0)
    }

    /// Configurations missing from results/c.csv (with `withBackups`, from it and every
    /// results/c.csv.bak-*), and rows beyond one per configuration in results/c.csv.
    func count(_ dir: String, withBackups: Bool = false) throws -> (lost: Int, doubled: Int) {
        let rows = try okRows(dir + "/results/c.csv")
        let byKey = Dictionary(grouping: rows, by: { $0["config_key"]! }).mapValues(\.count)
        var present = Set(byKey.keys)
        if withBackups {
            for f in try FileManager.default.contentsOfDirectory(atPath: dir + "/results") where f.hasPrefix("c.csv.bak-") {
                present.formUnion(try okRows(dir + "/results/" + f).map { $0["config_key"]! })
            }
        }
        return (Self.configurations - present.count, byKey.values.reduce(0) { $0 + max(0, $1 - 1) })
    }

    /// The ok rows of a results file; none for an empty file, which a `--force` run leaves
    /// when it is killed after moving the old rows to its .bak and before writing the header
    /// (the next run writes the header; the rows are in the .bak).
    func okRows(_ path: String) throws -> [[String: String]] {
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        if size == 0 { return [] }
        return try CSVReader.read(path: path).rows.filter { $0["status"] == "ok" }
    }
}
