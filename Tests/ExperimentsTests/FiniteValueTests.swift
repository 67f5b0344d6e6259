import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// nan and inf in an ok row are refused with file:line by resume, plot and report, unless
/// the column is declared to allow them.
final class FiniteValueTests: XCTestCase {
    /// Runs the 4-configuration timing spec into `dir`, then writes `value` into `column`
    /// of the third line (the second data row, an ok row) of results/t.csv.
    func poisoned(_ value: String, column: String = "median_s") throws -> (dir: String, spec: Spec, csv: String) {
        let dir = try temporaryDirectory()
        let spec = try load(timingSpec(extra: #""plots": [{"x": "seq_len", "y": "median_s", "series": "mechanism", "filter": {"pass": "forward"}}]"#))
        let o = try Runner.run(spec, source: "t", options: RunOptions(outDir: dir))
        var lines = try String(contentsOfFile: o.csvPath, encoding: .utf8).components(separatedBy: "\n")
        let header = lines[0].components(separatedBy: ",")
        var cells = lines[2].components(separatedBy: ",")
        XCTAssertEqual(cells[header.firstIndex(of: "status")!], "ok")
        cells[header.firstIndex(of: column)!] = value
        lines[2] = cells.joined(separator: ",")
        try lines.joined(separator: "\n").write(toFile: o.csvPath, atomically: true, encoding: .utf8)
        return (dir, spec, o.csvPath)
    }

    func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "" } catch { return "\(error)" }
    }

    func testResumeRefusesNonFiniteValues() throws {
        for value in ["nan", "inf", "-inf", "Infinity"] {
            let (dir, spec, csv) = try poisoned(value)
            let m = message { try Runner.run(spec, source: "t", options: RunOptions(outDir: dir)) }
            XCTAssertTrue(m.contains("\(csv):3:") && m.contains("median_s = \"\(value)\""), m)
        }
    }

    func testPlotAndReportRefuseNonFiniteValues() throws {
        let (dir, spec, csv) = try poisoned("nan")
        let plot = message { try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, csvPath: csv, plotsDir: dir + "/plots", render: false) }
        XCTAssertTrue(plot.contains("\(csv):3:") && plot.contains("median_s"), plot)
        let report = message { try ResultRows(path: csv, required: ["median_s"]) }
        XCTAssertTrue(report.contains("\(csv):3:") && report.contains("median_s"), report)
    }

    func testDeclaredColumnsAndOtherRowsMayHoldThem() throws {
        let (_, _, csv) = try poisoned("inf")
        let table = try CSVReader.read(path: csv)
        XCTAssertNoThrow(try FiniteValues.check(table, source: csv, allowed: ["median_s"]))
        // A failed row's empty or text cells are not numbers: nothing to refuse.
        XCTAssertFalse(FiniteValues.isNonFinite(""))
        XCTAssertFalse(FiniteValues.isNonFinite("exact"))
        XCTAssertTrue(FiniteValues.isNonFinite("NaN"))
        XCTAssertFalse(FiniteValues.isNonFinite("1e308"))
        XCTAssertFalse(FiniteValues.isNonFinite("66472521280e8587"), "a config_key is not a number")
    }
}
