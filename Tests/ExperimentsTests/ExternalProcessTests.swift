import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// gnuplot hung or writing a cut image, temporary files of killed writes, I/O errors, and a
/// run that measures nothing: through the built binary.
final class ExternalProcessTests: XCTestCase {
    var binary: URL { ReproBinary.url }

    static let spec = """
        {"name": "c", "kind": "kernel-variance",
         "sweep": {"kernel": ["positive", "trig"], "pair_cos": [0.5, 0]},
         "fixed": {"mechanism": "performer-softmax", "features": 4, "head_dim": 4, "seed": 5, "pair_norm": 1, "projection": "iid"},
         "samples": 32,
         "plots": [{"x": "kernel_value", "y": "mse", "series": ["kernel"]}]}
        """

    struct Result { var status: Int32; var stdout: String; var stderr: String; var seconds: Double }

    /// Runs the binary in `dir`; `fakeGnuplot`: a shell script body installed as `gnuplot`
    /// first on PATH.
    func repro(_ args: [String], in dir: String, fakeGnuplot: String? = nil, env extra: [String: String] = [:]) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("no built binary at \(binary.path)") }
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["REPRO_COMMIT"] = "test"
        if let fakeGnuplot {
            let bin = dir + "/fakebin"
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            try ("#!/bin/sh\n" + fakeGnuplot + "\n").write(toFile: bin + "/gnuplot", atomically: true, encoding: .utf8)
            chmod(bin + "/gnuplot", 0o755)
            env["PATH"] = bin + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        }
        env.merge(extra) { $1 }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        let t0 = Date()
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                      seconds: Date().timeIntervalSince(t0))
    }

    func folder() throws -> String {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/experiments", withIntermediateDirectories: true)
        try Self.spec.write(toFile: dir + "/experiments/c.json", atomically: true, encoding: .utf8)
        return dir
    }

    func testHungGnuplotIsKilledAndTheRunExitsFour() throws {
        let dir = try folder()
        let r = try repro(["run", "c"], in: dir, fakeGnuplot: "sleep 60", env: ["REPRO_GNUPLOT_TIMEOUT": "1"])
        XCTAssertEqual(r.status, 4, "measurements saved, plotting failed: \(r.stderr)")
        XCTAssertTrue(r.stderr.contains("did not finish") && r.stderr.contains("within 1 s") && r.stderr.contains("repro plot c"), r.stderr)
        // Bounded by the timeout, not the 60 s sleep (generous slack for a loaded 2-core machine).
        XCTAssertLessThan(r.seconds, 30)
        XCTAssertEqual(try CSVReader.read(path: dir + "/results/c.csv").rows.count, 4, "the results are kept")
        let plot = try repro(["plot", "c"], in: dir, fakeGnuplot: "exit 3")
        XCTAssertEqual(plot.status, 1)
        XCTAssertTrue(plot.stderr.contains("gnuplot exited with status 3"), plot.stderr)
    }

    func testACutPngIsNeverReportedWritten() throws {
        let dir = try folder()
        // A gnuplot that writes only the PNG signature (a write stopped by a size limit) and a whole SVG.
        let fake = #"for f in $(sed -n 's/^set output "\(.*\)"$/\1/p' "$1"); do case "$f" in *.png) printf '\211PNG\r\n\032\n' > "$f";; *) echo '<svg></svg>' > "$f";; esac; done"#
        let r = try repro(["run", "c"], in: dir, fakeGnuplot: fake)
        XCTAssertEqual(r.status, 4, r.stderr)
        XCTAssertTrue(r.stderr.contains("incomplete c.png") && r.stderr.contains("no PNG end chunk"), r.stderr)
        XCTAssertFalse(r.stdout.contains("plot:"), "no plot reported written: \(r.stdout)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/plots/c.png"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir + "/plots").filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testTemporaryFilesOfKilledWritesAreSwept() throws {
        let dir = try folder()
        // 2147483000 exceeds any pid_max: no process has it.
        for f in ["results/.c.meta.json.tmp-2147483000", "plots/.c.tmp-2147483000.png"] {
            try FileManager.default.createDirectory(atPath: dir + "/" + (f as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: dir + "/" + f, contents: Data("cut".utf8))
        }
        let r = try repro(["run", "c"], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/results/.c.meta.json.tmp-2147483000"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/plots/.c.tmp-2147483000.png"))
        XCTAssertTrue(r.stderr.contains("temporary file of a killed write"), r.stderr)
    }

    func testARunThatMeasuresNothingLeavesTheMetadataAlone() throws {
        let dir = try folder()
        XCTAssertEqual(try repro(["run", "c", "--no-plot"], in: dir).status, 0)
        let meta = try Data(contentsOf: URL(fileURLWithPath: dir + "/results/c.meta.json"))
        let again = try repro(["run", "c", "--no-plot"], in: dir)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("4 already finished"), again.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/results/c.meta.json")), meta)
    }

    func testIOErrorsNameTheFileAndTheReason() throws {
        let dir = try folder()
        FileManager.default.createFile(atPath: dir + "/blocker", contents: Data())
        let r = try repro(["run", "c", "--out", "blocker/sub"], in: dir)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("cannot create the folder blocker") && r.stderr.contains("a file of that name is in the way"), r.stderr)
        XCTAssertFalse(r.stderr.contains("Error Domain") || r.stderr.contains("NSError"), r.stderr)
        try FileManager.default.createDirectory(atPath: dir + "/results", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/results/c.csv", contents: Data("config_key,status\n".utf8))
        chmod(dir + "/results/c.csv", 0o000)
        let p = try repro(["plot", "c"], in: dir)
        if getuid() != 0 {  // root reads any file
            XCTAssertTrue(p.stderr.contains("cannot read") && p.stderr.contains("Permission denied"), p.stderr)
        }
        XCTAssertNotEqual(p.status, 0)
        XCTAssertFalse(p.stderr.contains("Error Domain"), p.stderr)
    }
}
