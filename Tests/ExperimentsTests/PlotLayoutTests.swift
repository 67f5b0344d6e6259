import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Categorical axes, bounded intervals, grouped x, ratios, line-end reasons and the load check.
final class PlotLayoutTests: XCTestCase {
    let task = ResultColumns.all(kind: KindRegistry.kind(named: "task"))
    let timing = ResultColumns.all(kind: KindRegistry.kind(named: "timing"))

    func table(_ header: [String], _ rows: [[String: String]]) throws -> CSVTable {
        try CSVReader.parse(CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header)
            + rows.map { CSVWriter.line($0, header: header) }.joined(), source: "t.csv")
    }

    func plot(x: String, y: String, series: [String]) -> PlotSpec {
        PlotSpec(name: "", x: x, y: y, series: series, filter: [:], facets: [], logX: false, logY: false, title: "", xLabel: "", yLabel: "", error: nil)
    }

    func testALineEndsForTheReasonOfItsFirstSkippedLength() throws {
        // Time budget at 1024, memory at 2048: the line ended by time, not by memory.
        let t = try table(timing, [
            ["config_key": "a", "status": "ok", "mechanism": "exact", "seq_len": "512", "median_s": "1"],
            ["config_key": "b", "status": "skipped_time", "mechanism": "exact", "seq_len": "1024"],
            ["config_key": "c", "status": "skipped_memory", "mechanism": "exact", "seq_len": "2048"],
        ])
        let lines = try PlotData.lines(t, plot(x: "seq_len", y: "median_s", series: ["mechanism"]), source: "t.csv")
        XCTAssertEqual(lines.map(\.endsAtTimeLimit), [true])
        XCTAssertEqual(lines.map(\.endsAtMemoryLimit), [false])
    }

    func testBootstrapIntervalIsExactForTwoValuesAndStaysInTheDataRange() {
        // n = 2: the 4 equally likely resample means are 0, 0.5, 0.5, 1; the 2.5% quantile by
        // linear interpolation sits at position 0.075 of 3 steps: 0.075 * 0.5 = 0.0375.
        let two = PlotInterval.meanBootstrap95([0, 1])
        XCTAssertEqual(two.mean, 0.5)
        XCTAssertEqual(two.low, 0.0375, accuracy: 1e-12)
        XCTAssertEqual(two.high, 0.9625, accuracy: 1e-12)
        // Three seeds near 1 and one outlier: a t-interval passes 1, the bootstrap cannot.
        let ys = [0.99, 1.0, 0.2]
        XCTAssertGreaterThan(PlotAggregate.meanCI95(ys).mean + PlotAggregate.meanCI95(ys).halfWidth, 1)
        let b = PlotInterval.meanBootstrap95(ys)
        XCTAssertGreaterThanOrEqual(b.low, 0.2)
        XCTAssertLessThanOrEqual(b.high, 1.0)
        XCTAssertLessThan(b.low, b.mean)
        // Beyond the exact limit the seeded resampling is repeatable.
        let many = (0..<9).map { Double($0) / 10 }
        XCTAssertEqual(PlotInterval.meanBootstrap95(many).low, PlotInterval.meanBootstrap95(many).low)
    }

    func taskRow(_ variant: String, _ arm: Int, _ features: String, seed: Int, step: Int, seconds: Double, accuracy: Double) -> [String: String] {
        ["config_key": "\(variant)\(features)\(seed)", "status": "ok", "variant": variant, "arm": String(arm), "features": features,
         "seed": String(seed), "step": String(step), "seconds": String(seconds), "accuracy": String(accuracy), "task": "mqar"]
    }

    func testCategoricalAxisNamesMechanismsAndDrawsNoLines() throws {
        let t = try table(task, [
            taskRow("performer-softmax", 2, "64", seed: 1, step: 10, seconds: 1, accuracy: 0.3),
            taskRow("exact", 1, "", seed: 1, step: 10, seconds: 1, accuracy: 0.9),
            taskRow("exact", 1, "", seed: 2, step: 10, seconds: 1, accuracy: 1.0),
            taskRow("performer-softmax", 2, "16", seed: 1, step: 10, seconds: 1, accuracy: 0.2),
        ])
        var p = plot(x: "arm", y: "accuracy", series: ["task"])
        p.categories = ["variant", "features"]
        p.aggregate = "mean-bootstrap95"
        XCTAssertEqual(PlotCategories.ordered(t, p, facet: [:]), ["exact", "performer-softmax\nfeatures=16", "performer-softmax\nfeatures=64"])
        let lines = try PlotData.lines(t, p, source: "t.csv")
        XCTAssertEqual(lines[0].points.map(\.x), [1, 2, 3])
        XCTAssertEqual(lines[0].points[0].y, 0.95, accuracy: 1e-12)
        XCTAssertEqual(lines[0].samples.count, 4)
        let script = Gnuplot.script(lines: lines, plot: p, stem: "s", facet: [:], source: "t.csv", categories: PlotCategories.ordered(t, p, facet: [:]))
        XCTAssertTrue(script.contains("set xtics (\"exact\" 1, \"performer-softmax\\nfeatures=16\" 2"), script)
        XCTAssertTrue(script.contains("with yerrorbars"))
        XCTAssertFalse(script.contains("yerrorlines") || script.contains("linespoints"))
        XCTAssertTrue(script.contains("$seeds1 << EOD"))
    }

    func testGroupedPointsSitAtTheMeanX() throws {
        let t = try table(task, [
            taskRow("exact", 1, "", seed: 1, step: 10, seconds: 1, accuracy: 0.4),
            taskRow("exact", 1, "", seed: 2, step: 10, seconds: 3, accuracy: 0.6),
        ])
        var p = plot(x: "seconds", y: "accuracy", series: ["variant"])
        p.groupBy = "step"
        p.aggregate = "mean-bootstrap95"
        let lines = try PlotData.lines(t, p, source: "t.csv")
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(lines[0].points.map(\.x), [2])
        XCTAssertEqual(lines[0].points[0].y, 0.5, accuracy: 1e-12)
    }

    func testRatioDividesMatchingRows() throws {
        let approx = ResultColumns.all(kind: KindRegistry.kind(named: "approximation"))
        var rows: [[String: String]] = []
        for (k, proj, m, v) in [("positive", "iid", 16, 1.0), ("trig", "iid", 16, 4.0), ("positive", "iid", 32, 1.0), ("trig", "iid", 32, 8.0),
                                ("positive", "orthogonal", 16, 3.0)] {
            rows.append(["config_key": "\(k)\(proj)\(m)", "status": "ok", "kernel": k, "projection": proj, "features": String(m), "mse_median": String(v)])
        }
        var p = plot(x: "features", y: "mse_median", series: ["projection"])
        p.ratio = PlotRatio(column: "kernel", numerator: "positive", denominator: "trig")
        let lines = try PlotData.lines(try table(approx, rows), p, source: "t.csv")
        XCTAssertEqual(lines.map(\.label), ["iid"], "orthogonal has no trig row to divide by")
        XCTAssertEqual(lines[0].points.map(\.y), [0.25, 0.125])
    }

    func testLoadCheckWarnsAboveTheSpreadLimit() {
        XCTAssertEqual(LoadCheck.spread([100, 120]), 1.2, accuracy: 1e-12)
        XCTAssertNotNil(LoadCheck.warning([100, 120], what: "sgemm"))
        XCTAssertNil(LoadCheck.warning([100, 110], what: "sgemm"))
        XCTAssertNil(LoadCheck.warning([100], what: "sgemm"))
    }
}
