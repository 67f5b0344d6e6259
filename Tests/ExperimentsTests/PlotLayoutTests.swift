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

    func testTitleLinesAreBalancedAndWithinTheWidth() {
        let title = "Fortune categories: test accuracy vs training seconds (mean over seeds at each evaluation step; x: mean seconds)"
        let lines = PlotLayout.wrap(title, width: 105).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, "the fewest lines: the title is 112 characters")
        XCTAssertEqual(lines.joined(separator: " "), title, "only spaces become line breaks")
        // Balanced: the two lines differ by at most one word (the longest word here is 10 characters),
        // where the greedy wrap leaves "seconds)" alone on the second line.
        XCTAssertLessThanOrEqual(abs(lines[0].count - lines[1].count), 11, "\(lines)")
        XCTAssertEqual(PlotLayout.wrap("short title", width: 105), "short title")
    }

    func testALogAxisOverAboutADecadeGetsOneTwoFiveTics() throws {
        XCTAssertEqual(PlotLayout.narrowLogTics(low: 0.8, high: 7), [1, 2, 5])
        // Within 0.55..1 neither 1-2-5 nor 1-2-3-5-7 gives 3 tics: every tenth.
        XCTAssertEqual(PlotLayout.narrowLogTics(low: 0.55, high: 1.0), [0.6, 0.7, 0.8, 0.9, 1])
        XCTAssertNil(PlotLayout.narrowLogTics(low: 1e-5, high: 1), "five decades: gnuplot's powers of ten are enough")
        XCTAssertEqual([5e-6, 1e-7, 0.5, 20].map(PlotLayout.ticText), ["5×10^{-6}", "10^{-7}", "0.5", "20"])
        var p = plot(x: "features", y: "mse_median", series: ["projection"])
        p.logY = true
        let line = PlotLine(label: "iid", points: [(x: 16, y: 0.8, error: nil), (x: 32, y: 7, error: nil)], endsAtMemoryLimit: false)
        let script = Gnuplot.script(lines: [line], plot: p, stem: "s", facet: [:], source: "t.csv")
        XCTAssertTrue(script.contains("set ytics (\"1\" 1.0, \"2\" 2.0, \"5\" 5.0)"), script)
        XCTAssertFalse(script.contains("10^{%L}"), "a %L format would print 2 and 5 as 10^0")
        XCTAssertTrue(script.contains("set autoscale yfix"), "the range is the data's, not widened to 0.1..10")
    }

    func testCrowdedCategoryNamesBreakAfterHyphensAndTheAxisLabelMakesRoom() throws {
        // 8 categories share 840 px: 105 px, 16 characters of the 9 pt tic font each.
        XCTAssertEqual(PlotLayout.ticLabel("performer-softmax\nfeatures=16", count: 8), "performer-\nsoftmax\nfeatures=16")
        XCTAssertEqual(PlotLayout.ticLabel("performer-softmax", count: 3), "performer-softmax", "room enough: unchanged")
        XCTAssertEqual(PlotLayout.ticLabel("linformer", count: 40), "linformer", "no hyphen: left whole")
        let t = try table(task, (0..<8).map { taskRow("performer-softmax", $0, String(16 << $0), seed: 1, step: 10, seconds: 1, accuracy: 0.5) })
        var p = plot(x: "arm", y: "accuracy", series: ["task"])
        p.categories = ["variant", "features"]
        p.aggregate = "mean-bootstrap95"
        p.xLabel = "mechanism"
        p.key = "below"
        let script = Gnuplot.script(lines: try PlotData.lines(t, p, source: "t.csv"), plot: p, stem: "s", facet: [:], source: "t.csv",
                                    categories: PlotCategories.ordered(t, p, facet: [:]))
        XCTAssertTrue(script.contains("\"performer-\\nsoftmax\\nfeatures=16\" 1"), script)
        // Three-line tic names: two empty lines above the label; a key below: one empty line under it.
        XCTAssertTrue(script.contains("set xlabel \"\\n\\nmechanism\\n\""), script)
        XCTAssertFalse(script.contains("xlabel offset"))
    }

    func testAFixedReferenceLineIsDrawnOnlyInTheFacetsItsFilterAllows() throws {
        let t = try table(task, [taskRow("exact", 1, "", seed: 1, step: 10, seconds: 1, accuracy: 0.9)])
        var p = plot(x: "step", y: "accuracy", series: ["variant"])
        p.facets = ["pairs"]
        var four = HLine(label: "chance", y: "accuracy", filter: ["pairs": ["4"]]); four.value = 0.25
        var eight = HLine(label: "chance", y: "accuracy", filter: ["pairs": ["8"]]); eight.value = 0.125
        var everywhere = HLine(label: "perfect", y: "accuracy", filter: [:]); everywhere.value = 1
        p.hlines = [four, eight, everywhere]
        XCTAssertEqual(PlotData.hlines(t, p, facet: ["pairs": "8"]).map { $0.y }, [0.125, 1])
        XCTAssertEqual(PlotData.hlines(t, p, facet: ["pairs": "4"]).map { $0.y }, [0.25, 1])
        XCTAssertEqual(PlotData.hlines(t, p).map { $0.y }, [0.25, 0.125, 1], "without facets every line is drawn")
    }

    func testALineLeftOutBeforeTheOthersEndIsMarkedNotRun() throws {
        // exact-flash has no row at 1024 at all (left out by the spec): neither a budget nor the sweep's end.
        let t = try table(timing, [
            ["config_key": "a", "status": "ok", "mechanism": "exact", "seq_len": "512", "median_s": "1"],
            ["config_key": "b", "status": "ok", "mechanism": "exact", "seq_len": "1024", "median_s": "4"],
            ["config_key": "c", "status": "ok", "mechanism": "exact-flash", "seq_len": "512", "median_s": "0.5"],
        ])
        let p = plot(x: "seq_len", y: "median_s", series: ["mechanism"])
        let script = Gnuplot.script(lines: try PlotData.lines(t, p, source: "t.csv"), plot: p, stem: "s", facet: [:], source: "t.csv")
        XCTAssertTrue(script.contains("$not_run << EOD\n512.0 0.5\nEOD"), script)
        XCTAssertTrue(script.contains("title \"next L not run\""))
        XCTAssertTrue(script.contains("title \"no marker: end of the sweep\""))
        // Lines that all reach the last length carry no marker at all.
        let full = try table(timing, [["config_key": "a", "status": "ok", "mechanism": "exact", "seq_len": "512", "median_s": "1"]])
        XCTAssertFalse(Gnuplot.script(lines: try PlotData.lines(full, p, source: "t.csv"), plot: p, stem: "s", facet: [:], source: "t.csv").contains("not run"))
        // A measured x (a run that stops on time ends at its own seconds): no shared grid, no marker.
        let timed = try table(timing, [
            ["config_key": "a", "status": "ok", "mechanism": "exact", "seq_len": "0", "median_s": "1"],
            ["config_key": "b", "status": "ok", "mechanism": "exact", "seq_len": "50.5", "median_s": "4"],
            ["config_key": "c", "status": "ok", "mechanism": "exact-flash", "seq_len": "0", "median_s": "0.5"],
            ["config_key": "d", "status": "ok", "mechanism": "exact-flash", "seq_len": "50.1", "median_s": "3"],
        ])
        XCTAssertFalse(Gnuplot.script(lines: try PlotData.lines(timed, p, source: "t.csv"), plot: p, stem: "s", facet: [:], source: "t.csv").contains("not run"))
    }

    func testIntervalsKeepOffTheFrameAndOverlaysAreNamedInWords() throws {
        var p = plot(x: "features", y: "mse", series: ["kernel"])
        p.error = "mse_std"
        let line = PlotLine(label: "positive", points: [(x: 16, y: 1, error: 0.1), (x: 32, y: 2, error: 0.1)], endsAtMemoryLimit: false)
        XCTAssertTrue(Gnuplot.script(lines: [line], plot: p, stem: "s", facet: [:], source: "t.csv").contains("set offsets graph 0.05, graph 0.05"))
        // On a log2 axis gnuplot ends the range at powers of two: m = 16..32 needs the pad, kernel values 0.37..1.65 do not.
        p.logX = true
        XCTAssertTrue(Gnuplot.script(lines: [line], plot: p, stem: "s", facet: [:], source: "t.csv").contains("set offsets graph 0.05"))
        let kernel = PlotLine(label: "positive", points: [(x: 0.37, y: 1, error: 0.1), (x: 1.65, y: 2, error: 0.1)], endsAtMemoryLimit: false)
        XCTAssertFalse(Gnuplot.script(lines: [kernel], plot: p, stem: "s", facet: [:], source: "t.csv").contains("set offsets"))
        XCTAssertEqual(PlotLayout.overlayLabel("train_accuracy"), "train accuracy")
        XCTAssertEqual(PlotLayout.overlayLabel("mse_q75"), "75% quantile")
        XCTAssertEqual(PlotLayout.overlayLabel("mse_theory"), "Lemma 2 (iid)", "other columns keep their axis label")
    }

    func testLoadCheckWarnsAboveTheSpreadLimit() {
        XCTAssertEqual(LoadCheck.spread([100, 120]), 1.2, accuracy: 1e-12)
        XCTAssertNotNil(LoadCheck.warning([100, 120], what: "sgemm"))
        XCTAssertNil(LoadCheck.warning([100, 110], what: "sgemm"))
        XCTAssertNil(LoadCheck.warning([100], what: "sgemm"))
    }
}
