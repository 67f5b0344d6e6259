import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The built binary killed (SIGKILL, as `kill -9`) at each named write point through
/// REPRO_FAULT, then rerun: no finished row lost, none duplicated, no corrupt file. And a
/// full disk (RLIMIT_FSIZE in a child with SIGXFSZ ignored): a clear error, earlier results
/// intact.
final class FaultTests: XCTestCase {
    var binary: URL { ReproBinary.url }

    struct Outcome { var status: Int32, killed: Bool, stderr: String }

    /// Runs the binary (through bash when `shellPrefix` is given, e.g. "ulimit -f 4;").
    func repro(_ args: [String], in dir: String, fault: String? = nil, shellPrefix: String? = nil) throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("no built binary at \(binary.path)") }
        let p = Process()
        if let shellPrefix {
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", shellPrefix + " exec \"$0\" \"$@\"", binary.path] + args
        } else {
            p.executableURL = binary
            p.arguments = args
        }
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["REPRO_COMMIT"] = "test"
        env["REPRO_FAULT"] = fault
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return Outcome(status: p.terminationStatus, killed: p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGKILL, stderr: text)
    }

    func makeSpec(in dir: String) throws {
        let text = timingSpec(name: "f", sweep: #""mechanism": ["exact", "identity"], "seq_len": [16, 32, 64, 128]"#,
                              extra: #""plots": [{"x": "seq_len", "y": "median_s", "series": "mechanism", "filter": {"pass": "forward"}}]"#)
        try FileManager.default.createDirectory(atPath: dir + "/experiments", withIntermediateDirectories: true)
        try text.write(toFile: dir + "/experiments/f.json", atomically: true, encoding: .utf8)
    }

    /// The CSV parses, every configuration is finished exactly once (2 rows: the passes),
    /// the metadata decodes, and the plot is a whole PNG.
    func assertComplete(_ dir: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let table = try CSVReader.read(path: dir + "/results/f.csv")
        XCTAssertFalse(table.hadPartialLine, file: file, line: line)
        let byKey = Dictionary(grouping: table.rows.filter { $0["status"] == "ok" }, by: { $0["config_key"]! })
        XCTAssertEqual(byKey.count, 8, "every configuration finished", file: file, line: line)
        XCTAssertTrue(byKey.values.allSatisfy { $0.count == 2 }, "no configuration duplicated: \(byKey.mapValues(\.count))", file: file, line: line)
        XCTAssertNotNil(ResultsMetadata.read(path: dir + "/results/f.meta.json").0, file: file, line: line)
        let png = FileManager.default.contents(atPath: dir + "/plots/f.png") ?? Data()
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a whole PNG", file: file, line: line)
        XCTAssertEqual(Array(png.suffix(8)), [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "PNG ends with IEND", file: file, line: line)
    }

    func testKillAtEveryWritePointLosesNothing() throws {
        for fault in ["csv-append:3", "meta-write:1", "plot-render:1", "csv-append:1"] {
            let dir = try temporaryDirectory("kill\(fault)")
            try makeSpec(in: dir)
            let killed = try repro(["run", "f"], in: dir, fault: fault)
            XCTAssertTrue(killed.killed, "\(fault): status \(killed.status) \(killed.stderr)")
            let written = (try? CSVReader.read(path: dir + "/results/f.csv"))?.rows ?? []
            // The configurations whose rows were all written before the kill.
            let counts = Dictionary(grouping: written, by: { $0["config_key"]! }).mapValues(\.count)
            let before = written.filter { counts[$0["config_key"]!] == 2 }
            let rerun = try repro(["run", "f"], in: dir)
            XCTAssertEqual(rerun.status, 0, "\(fault): \(rerun.stderr)")
            try assertComplete(dir)
            // The rows finished before the kill are still there, first and unchanged.
            let after = try CSVReader.read(path: dir + "/results/f.csv").rows
            XCTAssertEqual(Array(after.prefix(before.count)), before, fault)
            if fault == "csv-append:3" {
                XCTAssertEqual(before.count, 4, "two whole configurations before the kill, the half line cut")
                XCTAssertTrue(rerun.stderr.contains("dropped an incomplete last line") && rerun.stderr.contains("dropped 1 row(s)"), rerun.stderr)
            }
            try? FileManager.default.removeItem(atPath: dir)
        }
    }

    func testKillDuringCheckpointSaveKeepsTheOldCheckpoint() throws {
        let dir = try temporaryDirectory()
        let corpus = (0..<400).map { "line \($0): the quick brown fox jumps over the lazy dog.\n" }.joined()
        try corpus.write(toFile: dir + "/corpus.txt", atomically: true, encoding: .utf8)
        let args = ["train", "--steps", "2", "--seq-len", "16", "--batch", "2", "--model", "1,1,16,16", "--corpus", "corpus.txt",
                    "--checkpoint", "m.ckpt", "--eval-batches", "1", "--progress-interval", "0"]
        let first = try repro(args, in: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        let saved = try XCTUnwrap(FileManager.default.contents(atPath: dir + "/m.ckpt"))
        let killed = try repro(args + ["--seed", "2"], in: dir, fault: "checkpoint-save:1")
        XCTAssertTrue(killed.killed, killed.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: dir + "/m.ckpt"), saved, "the old checkpoint is untouched")
        try? FileManager.default.removeItem(atPath: dir)
    }

    func testFullDiskGivesAClearErrorAndKeepsResults() throws {
        let dir = try temporaryDirectory()
        try makeSpec(in: dir)
        // Three configurations finished, then killed.
        XCTAssertTrue(try repro(["run", "f", "--no-plot"], in: dir, fault: "csv-append:4").killed)
        let csv = dir + "/results/f.csv"
        let before = try CSVReader.read(path: csv)
        XCTAssertEqual(before.rows.count, 7, "three configurations and one row of the fourth")
        let size = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0
        let metaBefore = FileManager.default.contents(atPath: dir + "/results/f.meta.json")
        // Files may grow to the CSV's size + 1 KiB (bash's ulimit -f counts KiB): the next
        // configurations' rows do not fit; SIGXFSZ is ignored so write() fails with EFBIG.
        let limitKiB = size / 1024 + 1
        let full = try repro(["run", "f", "--no-plot"], in: dir, shellPrefix: "ulimit -f \(limitKiB); trap '' XFSZ;")
        XCTAssertNotEqual(full.status, 0)
        XCTAssertFalse(full.killed)
        XCTAssertTrue(full.stderr.contains("cannot write") && full.stderr.contains("limit"), full.stderr)
        let after = try CSVReader.read(path: csv)
        XCTAssertFalse(after.hadPartialLine, "no partial line left by the failed write")
        XCTAssertEqual(Array(after.rows.prefix(6)), Array(before.rows.prefix(6)), "earlier results intact")
        if let metaBefore, let metaNow = FileManager.default.contents(atPath: dir + "/results/f.meta.json"), metaNow != metaBefore {
            XCTAssertNotNil(ResultsMetadata.read(path: dir + "/results/f.meta.json").0, "metadata replaced whole or not at all")
        }
        // With room again, the run completes.
        let rerun = try repro(["run", "f"], in: dir)
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        try assertComplete(dir)
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Inputs that once crashed the binary, through it: clear errors, exit status 1 (not a signal).
    func testIssueCrashesExitCleanly() throws {
        let dir = try temporaryDirectory()
        try makeSpec(in: dir)
        let spec = try String(contentsOfFile: dir + "/experiments/f.json", encoding: .utf8)
        try spec.replacingOccurrences(of: "\"repeats\": 1", with: "\"repeats\": 1, \"memory_budget_bytes\": 1e308")
            .write(toFile: dir + "/big.json", atomically: true, encoding: .utf8)
        let v = try repro(["validate", "big.json"], in: dir)
        XCTAssertEqual(v.status, 1, v.stderr)
        XCTAssertTrue(v.stderr.contains("memory_budget_bytes") && v.stderr.contains("limit"), v.stderr)
        let h = try repro(["run", "f", "--set", "heads=4611686018427387904"], in: dir)
        XCTAssertEqual(h.status, 1, h.stderr)
        XCTAssertTrue(h.stderr.contains("heads") && h.stderr.contains("limit"), h.stderr)
        let w = try repro(["run", "f", "--set", "warmup=1000000000"], in: dir)
        XCTAssertEqual(w.status, 1, w.stderr)
        XCTAssertTrue(w.stderr.contains("limit 1000"), w.stderr)
        try? FileManager.default.removeItem(atPath: dir)
    }
}

/// Merging a sweep narrowed with --set, and the total time budget.
final class OverrideRunTests: XCTestCase {
    func testMergeNamesHashedShardFiles() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/results", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/results/t+1234abcd.shard-1-of-2.csv", contents: Data("config_key,status\n".utf8))
        XCTAssertThrowsError(try Merge.merge(specName: "t", outDir: dir)) { error in
            XCTAssertTrue("\(error)".contains("t+1234abcd.shard-1-of-2.csv") && "\(error)".contains("--set"), "\(error)")
        }
        try? FileManager.default.removeItem(atPath: dir)
    }

    func testTotalTimeBudgetRefusesUnlessOverridden() throws {
        let dir = try temporaryDirectory()
        let spec = try load(timingSpec(extra: #""total_time_budget_seconds": 1"#))
        var options = RunOptions(outDir: dir)
        // An estimator that predicts an hour per configuration.
        options.estimator = TimeEstimate(measured: ["timing": Calibration.Entry(modelSeconds: 1e-9, measuredSeconds: 3600, configurations: 10)])
        XCTAssertThrowsError(try Runner.run(spec, source: "t.json", options: options)) { error in
            XCTAssertTrue("\(error)".contains("total_time_budget_seconds") && "\(error)".contains("--ignore-total-budget"), "\(error)")
        }
        options.ignoreTotalBudget = true
        XCTAssertEqual(try Runner.run(spec, source: "t.json", options: options).configurations, 4)
        try? FileManager.default.removeItem(atPath: dir)
    }
}
