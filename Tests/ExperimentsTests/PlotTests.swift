import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// CSV reading and writing, plot data from CSV rows only, gnuplot scripts and rendering.
final class PlotTests: XCTestCase {
    let header = ResultColumns.all(kind: KindRegistry.kind(named: "timing"))

    func row(_ mechanism: String, _ L: Int, _ pass: String, _ seconds: Double?, status: String = "ok", key: String? = nil) -> String {
        var cells = ["config_key": key ?? "\(mechanism)\(L)", "status": status, "mechanism": mechanism, "seq_len": String(L), "pass": pass]
        if let seconds { cells["median_s"] = String(seconds) }
        return CSVWriter.line(cells, header: header)
    }

    func table(_ rows: [String]) throws -> CSVTable {
        try CSVReader.parse(CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header) + rows.joined(), source: "t.csv")
    }

    func testCSVQuotingRoundTrips() throws {
        let cells = ["config_key": "k", "status": "failed", "error": "a, \"quoted\"\nmessage"]
        let t = try table([CSVWriter.line(cells, header: header)])
        XCTAssertEqual(t.rows[0]["error"], cells["error"])
        XCTAssertFalse(t.hadPartialLine)
    }

    func testLinesGroupFilterSortAndMarkTheMemoryLimit() throws {
        let t = try table([
            row("exact", 512, "forward", 0.4), row("exact", 256, "forward", 0.1), row("exact", 256, "forward_backward", 9),
            row("exact", 1024, "forward", nil, status: "skipped_memory"),
            row("identity", 256, "forward", 0.01), row("identity", 512, "forward", 0.02),
            row("identity", 256, "forward", 0.015, key: "rerun"),  // a later row for the same point wins
            row("identity", 1024, "forward", nil, status: "failed"),
        ])
        let plot = PlotSpec(name: "", x: "seq_len", y: "median_s", series: ["mechanism"], filter: ["pass": ["forward"]], facets: [],
                            logX: true, logY: true, title: "", xLabel: "", yLabel: "", error: nil)
        let lines = try PlotData.lines(t, plot, source: "t.csv")
        XCTAssertEqual(lines.map(\.label), ["exact", "identity"])
        XCTAssertEqual(lines[0].points.map(\.x), [256, 512])
        XCTAssertEqual(lines[0].points.map(\.y), [0.1, 0.4])
        XCTAssertTrue(lines[0].endsAtMemoryLimit)
        XCTAssertEqual(lines[1].points.map(\.y), [0.015, 0.02])
        XCTAssertFalse(lines[1].endsAtMemoryLimit, "a failed row is not a memory limit")
        let script = Gnuplot.script(lines: lines, plot: plot, stem: "s", facet: [:], source: "t.csv")
        XCTAssertTrue(script.contains("set logscale x 2"))
        XCTAssertTrue(script.contains("set logscale y 10"))
        XCTAssertTrue(script.contains("$memory_limit << EOD\n512.0 0.4\nEOD"), script)
        XCTAssertTrue(script.contains("title \"next L skipped: memory budget\""))
        XCTAssertTrue(script.contains("set xlabel \"sequence length L (tokens)\""))
        XCTAssertTrue(script.contains("set terminal pngcairo") && script.contains("set terminal svg"))
    }

    func testErrorBarsAndFacets() throws {
        let approx = ResultColumns.all(kind: KindRegistry.kind(named: "approximation"))
        var text = CSVWriter.line(Dictionary(uniqueKeysWithValues: approx.map { ($0, $0) }), header: approx)
        for (k, m, mse, std) in [("positive", 16, 0.5, 0.1), ("positive", 32, 0.25, 0.05), ("trig", 16, 2.0, 0.5)] {
            for causal in ["false", "true"] {
                text += CSVWriter.line(["config_key": "\(k)\(m)\(causal)", "status": "ok", "kernel": k, "features": String(m), "causal": causal,
                                        "mse": String(mse), "mse_std": String(std)], header: approx)
            }
        }
        let t = try CSVReader.parse(text, source: "a.csv")
        let plot = PlotSpec(name: "var", x: "features", y: "mse", series: ["kernel"], filter: [:], facets: ["causal"],
                            logX: false, logY: true, title: "MSE", xLabel: "", yLabel: "", error: "mse_std")
        XCTAssertEqual(PlotData.facetValues(t, plot), [["causal": "false"], ["causal": "true"]])
        let lines = try PlotData.lines(t, plot, facet: ["causal": "true"], source: "a.csv")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].points.map { $0.error }, [0.1, 0.05])
        let script = Gnuplot.script(lines: lines, plot: plot, stem: "a-var-causal=true", facet: ["causal": "true"], source: "a.csv")
        XCTAssertTrue(script.contains("using 1:2:3:4 with yerrorlines"))
        XCTAssertEqual(Gnuplot.stem(specName: "a", plot: plot, facet: ["causal": "true"]), "a-var-causal=true")
    }

    func testMissingAndCorruptCSVAreErrors() throws {
        let dir = try temporaryDirectory()
        let spec = try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "series": "mechanism"}]"#))
        XCTAssertThrowsError(try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: dir + "/none.csv", plotsDir: dir, render: false)) {
            XCTAssertTrue("\($0)".contains("no such results file"), "\($0)")
        }
        let corrupt = dir + "/corrupt.csv"
        try (CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header) + "abc,ok,exact\n").write(toFile: corrupt, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: corrupt, plotsDir: dir, render: false)) {
            XCTAssertTrue("\($0)".contains("corrupt.csv:2: corrupt row"), "\($0)")
        }
        let garbage = dir + "/garbage.csv"
        try Data([0xff, 0xfe, 0x00, 0x41]).write(to: URL(fileURLWithPath: garbage))
        XCTAssertThrowsError(try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: garbage, plotsDir: dir, render: false))
        let notResults = dir + "/other.csv"
        try "a,b\n1,2\n".write(toFile: notResults, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: notResults, plotsDir: dir, render: false)) {
            XCTAssertTrue("\($0)".contains("not a results file"), "\($0)")
        }
        let nonNumeric = dir + "/nan.csv"
        try (CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header)
             + CSVWriter.line(["config_key": "k", "status": "ok", "mechanism": "exact", "seq_len": "64", "median_s": "fast"], header: header))
            .write(toFile: nonNumeric, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: nonNumeric, plotsDir: dir, render: false)) {
            XCTAssertTrue("\($0)".contains("median_s = \"fast\" is not a number"), "\($0)")
        }
    }

    func testRendersPNGAndSVGWithGnuplot() throws {
        let dir = try temporaryDirectory()
        let spec = try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "series": "mechanism", "filter": {"pass": "forward"}, "log_x": true, "log_y": true}]"#))
        let o = try Runner.run(spec, source: "t", options: RunOptions(outDir: dir))
        let (outputs, skipped) = try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: o.csvPath, plotsDir: dir + "/plots")
        XCTAssertEqual(skipped, [])
        XCTAssertEqual(outputs.count, 1)
        let png = try Data(contentsOf: URL(fileURLWithPath: outputs[0].png))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47], "a PNG file")
        let svg = try String(contentsOfFile: outputs[0].svg, encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg"))
    }

    func testOutputFileNamesKeepUnderscores() {
        // Enhanced-text escapes belong in titles only: "forward\_backward" in `set output`
        // would name the file with a backslash.
        let plot = PlotSpec(name: "", x: "seq_len", y: "median_s", series: [], filter: [:], facets: ["pass"],
                            logX: false, logY: false, title: "", xLabel: "", yLabel: "", error: nil)
        let line = PlotLine(label: "all", points: [(x: 1, y: 2, error: nil)], endsAtMemoryLimit: false)
        let script = Gnuplot.script(lines: [line], plot: plot, stem: "t-pass=forward_backward", facet: ["pass": "forward_backward"], source: "t.csv")
        XCTAssertTrue(script.contains("set output \"t-pass=forward_backward.png\""), script)
        XCTAssertTrue(script.contains("set output \"t-pass=forward_backward.svg\""))
        XCTAssertTrue(script.contains("(pass=forward\\\\_backward)"), "the title keeps its escape")
    }

    func testLinesCutByTheTimeBudgetAreMarked() throws {
        let t = try table([
            row("exact", 256, "forward", 0.1), row("exact", 512, "forward", 0.4),
            row("exact", 1024, "forward", nil, status: "skipped_time"),
            row("identity", 256, "forward", 0.01), row("identity", 512, "forward", 0.02),
        ])
        let plot = PlotSpec(name: "", x: "seq_len", y: "median_s", series: ["mechanism"], filter: [:], facets: [],
                            logX: true, logY: true, title: "", xLabel: "", yLabel: "", error: nil)
        let lines = try PlotData.lines(t, plot, source: "t.csv")
        XCTAssertEqual(lines.map(\.endsAtTimeLimit), [true, false])
        XCTAssertEqual(lines.map(\.endsAtMemoryLimit), [false, false])
        let script = Gnuplot.script(lines: lines, plot: plot, stem: "s", facet: [:], source: "t.csv")
        XCTAssertTrue(script.contains("$time_limit << EOD\n512.0 0.4\nEOD"), script)
        XCTAssertTrue(script.contains("title \"next L skipped: time budget\""))
    }
}
