import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The built `repro` binary on hand-written specs in a temporary folder.
final class EndToEndTests: XCTestCase {
    var binary: URL { ReproBinary.url }

    struct Result { var status: Int32, stdout: String, stderr: String }

    func repro(_ args: [String], in dir: String) throws -> Result {
        let p = try start(args, in: dir)
        let out = p.out.fileHandleForReading.readDataToEndOfFile(), err = p.err.fileHandleForReading.readDataToEndOfFile()
        p.process.waitUntilExit()
        return Result(status: p.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    func start(_ args: [String], in dir: String) throws -> (process: Process, out: Pipe, err: Pipe) {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("no built binary at \(binary.path) (run swift build first)")
        }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["REPRO_COMMIT"] = "test"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        return (p, out, err)
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    func testListValidateRunPlot() throws {
        let dir = try temporaryDirectory()
        try write(timingSpec(name: "tiny", extra: #""plots": [{"x": "seq_len", "y": "median_s", "series": "mechanism", "filter": {"pass": "forward"}, "log_x": true}]"#),
                  to: dir + "/experiments/tiny.json")
        let list = try repro(["list"], in: dir)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("tiny\ttiming\t4\t"), list.stdout)
        let ok = try repro(["validate", "experiments/tiny.json"], in: dir)
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("4 configurations"))
        let run = try repro(["run", "tiny"], in: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("[4/4]") && run.stderr.contains("ETA"), run.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/plots/tiny.png"))
        try FileManager.default.removeItem(atPath: dir + "/plots/tiny.png")
        let plot = try repro(["plot", "tiny"], in: dir)
        XCTAssertEqual(plot.status, 0, plot.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/plots/tiny.png"))
        // Overrides write under their own name and leave the spec's results alone.
        let before = try String(contentsOfFile: dir + "/results/tiny.csv", encoding: .utf8)
        let over = try repro(["run", "tiny", "--set", "seq_len=16", "--no-plot"], in: dir)
        XCTAssertEqual(over.status, 0, over.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/results/tiny.csv", encoding: .utf8), before)
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: dir + "/results").contains { $0.hasPrefix("tiny+") && $0.hasSuffix(".csv") })
    }

    func testBadInputExitsNonZeroWithAClearMessage() throws {
        let dir = try temporaryDirectory()
        try write("{\n  \"name\": \"bad\",\n  \"kind\": \"timing\",\n  \"sweep\": {\"mechanism\": [\"exact\", \"linformr\"]}\n}", to: dir + "/bad.json")
        let r = try repro(["validate", "bad.json"], in: dir)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("did you mean \"linformer\""), r.stderr)
        try write("{\"name\": \"x\",\n \"kind\" \"timing\"}", to: dir + "/syntax.json")
        let s = try repro(["validate", "syntax.json"], in: dir)
        XCTAssertNotEqual(s.status, 0)
        XCTAssertTrue(s.stderr.contains("syntax.json:2:9: malformed JSON"), s.stderr)
        let missing = try repro(["plot", "nothing.json"], in: dir)
        XCTAssertNotEqual(missing.status, 0)
        let noCSV = try repro(["plot", "--experiments", ".", "--all"], in: dir)
        XCTAssertNotEqual(noCSV.status, 0)
        let override = try repro(["run", "bad.json", "--set", "causal=maybe"], in: dir)
        XCTAssertNotEqual(override.status, 0)
    }

    func testInterruptedRunResumesWithoutLosingRows() throws {
        let dir = try temporaryDirectory()
        // Exact attention at growing L with many repeats: seconds in all, rows every ~0.1 s.
        try write(timingSpec(name: "slow", sweep: #""seq_len": {"from": 64, "to": 1024, "step": 64}"#, fixed: #""head_dim": 32"#,
                             repeats: 12), to: dir + "/experiments/slow.json")
        let csv = dir + "/results/slow.csv"
        for signal in [SIGINT, SIGTERM] {
            let p = try start(["run", "slow", "--no-plot"], in: dir)
            // Wait until some rows are written (at most 60 s), then interrupt.
            let before = (try? CSVReader.read(path: csv).rows.count) ?? 0
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, p.process.isRunning, ((try? CSVReader.read(path: csv).rows.count) ?? 0) < before + 4 { usleep(20_000) }
            XCTAssertTrue(p.process.isRunning, "the run ended before it could be interrupted")
            kill(p.process.processIdentifier, signal)
            p.process.waitUntilExit()
            XCTAssertNotEqual(p.process.terminationStatus, 0)
        }
        let partial = try CSVReader.read(path: csv)
        XCTAssertGreaterThanOrEqual(partial.rows.count, 8)
        XCTAssertLessThan(partial.rows.count, 32, "the run was cut short")
        let r = try repro(["run", "slow", "--no-plot"], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        let full = try CSVReader.read(path: csv)
        // Every row written before the interruptions is still there, in place.
        XCTAssertEqual(Array(full.rows.prefix(partial.rows.count)), partial.rows)
        let okKeys = Dictionary(grouping: full.rows.filter { $0["status"] == "ok" }, by: { $0["config_key"]! })
        XCTAssertEqual(okKeys.count, 16, "all 16 configurations finished")
        XCTAssertTrue(okKeys.values.allSatisfy { $0.count == 2 || $0.count == 3 }, "no configuration measured twice in full")
    }
}
