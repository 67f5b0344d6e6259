import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat

/// Heatmap plots: cells as means over rows, categorical and numeric axes, the panel grid,
/// the script, and the spec checks of the style.
final class HeatmapTests: XCTestCase {
    let header = ["config_key", "status", "variant", "seed", "layer", "head", "row_label", "col_label", "query", "key", "value"]

    func table(_ rows: [[String: String]]) throws -> CSVTable {
        let text = CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header)
            + rows.map { CSVWriter.line($0, header: header) }.joined()
        return try CSVReader.parse(text, source: "h.csv")
    }

    func plot(x: String, y: String, panels: [String], filter: [String: [String]] = [:]) -> PlotSpec {
        var p = PlotSpec(name: "h", x: x, y: y, series: [], filter: filter, facets: [], logX: false, logY: false,
                         title: "t", xLabel: "", yLabel: "", error: nil)
        p.style = "heatmap"; p.z = "value"; p.panels = panels
        return p
    }

    func testCategoricalCellsAreMeansOverSeedsInOrderOfAppearance() throws {
        var rows: [[String: String]] = []
        for (seed, shift) in [("1", 0.0), ("2", 2.0)] {
            for (a, b, v) in [("D", "D", 1.0), ("D", "E", 3.0), ("E", "D", 5.0), ("E", "E", 7.0)] {
                rows.append(["config_key": "k\(seed)", "status": "ok", "variant": "relu", "seed": seed, "row_label": a, "col_label": b, "value": String(v + shift)])
            }
        }
        rows.append(["config_key": "f", "status": "failed", "variant": "relu", "seed": "3", "row_label": "D", "col_label": "D", "value": "100"])
        rows.append(["config_key": "b", "status": "ok", "variant": "BLOSUM62", "seed": "1", "row_label": "D", "col_label": "E", "value": "2"])
        let panels = try Heatmap.panels(try table(rows), plot(x: "col_label", y: "row_label", panels: ["variant"]), source: "h.csv")
        XCTAssertEqual(panels.map(\.title), ["relu", "BLOSUM62"])
        XCTAssertEqual(panels.map(\.column), [0, 1])
        XCTAssertEqual(panels[0].xCategories, ["D", "E"])
        XCTAssertEqual(panels[0].yCategories, ["D", "E"])
        // (x, y, mean over the two seeds); the failed row is left out.
        XCTAssertEqual(panels[0].cells.map { [$0.x, $0.y, $0.z] }, [[0, 0, 2], [1, 0, 4], [0, 1, 6], [1, 1, 8]])
        XCTAssertEqual(panels[1].cells, [Heatmap.Panel.Cell(x: 0, y: 0, z: 2)])
    }

    func testTwoPanelColumnsMakeAGridAndNumericAxesKeepTheirValues() throws {
        var rows: [[String: String]] = []
        for layer in 1...2 { for head in 1...3 { for q in 0..<3 { for k in 0...q {
            rows.append(["config_key": "k", "status": "ok", "variant": "relu", "seed": "1", "layer": String(layer), "head": String(head),
                         "query": String(q), "key": String(k), "value": String(1.0 / Double(q + 1))])
        } } } }
        let p = plot(x: "key", y: "query", panels: ["layer", "head"])
        let panels = try Heatmap.panels(try table(rows), p, source: "h.csv")
        XCTAssertEqual(panels.count, 6)
        XCTAssertEqual(panels.map { [$0.row, $0.column] }, [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]])
        XCTAssertEqual(panels[4].title, "layer=2, head=2")
        XCTAssertTrue(panels[0].xCategories.isEmpty)
        XCTAssertEqual(panels[0].cells.count, 6)
        XCTAssertEqual(panels[0].cells.last, Heatmap.Panel.Cell(x: 2, y: 2, z: 1.0 / 3))
        let script = Heatmap.script(panels: panels, plot: p, stem: "s", source: "h.csv")
        XCTAssertTrue(script.contains("set multiplot layout 2,3 rowsfirst"), script)
        XCTAssertEqual(script.components(separatedBy: "with image").count - 1, 12, "6 panels, png and svg")
        XCTAssertTrue(script.contains("set yrange [2.5:-0.5]"), "first row on top: \(script)")
    }

    func testANonNumericZNamesTheLine() throws {
        let t = try table([["config_key": "k", "status": "ok", "variant": "relu", "seed": "1", "row_label": "A", "col_label": "A", "value": "abc"]])
        XCTAssertThrowsError(try Heatmap.panels(t, plot(x: "col_label", y: "row_label", panels: []), source: "h.csv")) {
            XCTAssertTrue("\($0)".contains("h.csv:2"), "\($0)")
        }
    }

    func testRendersWithGnuplot() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/gnuplot") else { throw XCTSkip("gnuplot not installed") }
        let dir = NSTemporaryDirectory() + "heatmap-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let csv = dir + "/h.csv"
        var text = CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header)
        for a in ["A", "R", "N"] { for b in ["A", "R", "N"] {
            text += CSVWriter.line(["config_key": "k", "status": "ok", "variant": "relu", "seed": "1", "row_label": a, "col_label": b, "value": a == b ? "2" : "0.5"], header: header)
        } }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try Gnuplot.plotAll(specName: "spec", plots: [plot(x: "col_label", y: "row_label", panels: ["variant"])], csvPath: csv, plotsDir: dir)
        XCTAssertEqual(result.outputs.count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/spec-h.png"))
    }

    func testSpecChecksTheStyle() {
        let unknown = specMessages { try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "style": "bars"}]"#)) }
        XCTAssertTrue(unknown.contains { $0.message.contains("style must be one of lines, heatmap") }, "\(unknown)")
        let noZ = specMessages { try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "style": "heatmap"}]"#)) }
        XCTAssertTrue(noZ.contains { $0.message.contains("a heatmap needs \"z\"") }, "\(noZ)")
        let stray = specMessages { try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "panels": ["pass"]}]"#)) }
        XCTAssertTrue(stray.contains { $0.message.contains("belong to \"style\": \"heatmap\"") }, "\(stray)")
        let column = specMessages { try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "style": "heatmap", "z": "nope"}]"#)) }
        XCTAssertTrue(column.contains { $0.message.contains("unknown column \"nope\"") }, "\(column)")
    }
}
