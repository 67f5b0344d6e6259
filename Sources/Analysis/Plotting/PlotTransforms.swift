import Foundation
import ResultsFormat

extension PlotRatio {
    /// `table` with y replaced by numerator / denominator: one row per numerator row that has
    /// a denominator row with the same x, facet values and remaining series columns (the
    /// error column, meaningless for a ratio, is dropped by the caller). Rows other than ok
    /// are left out; a pair whose denominator is 0 or not a number is left out.
    public func apply(_ table: CSVTable, _ plot: PlotSpec) -> CSVTable {
        let keyColumns = [plot.x] + plot.facets + plot.series.filter { $0 != column }
        func key(_ r: [String: String]) -> String { keyColumns.map { r[$0] ?? "" }.joined(separator: "\u{1}") }
        var denominators: [String: Double] = [:]
        for r in table.rows where r["status"] == "ok" && r[column] == denominator && PlotData.passesFilter(r, plot) {
            if let v = Double(r[plot.y] ?? "") { denominators[key(r)] = v }
        }
        var out = table
        out.rows = []; out.lineNumbers = []
        for (r, line) in zip(table.rows, table.lineNumbers) where r["status"] == "ok" && r[column] == numerator {
            guard let num = Double(r[plot.y] ?? ""), let den = denominators[key(r)], den != 0, den.isFinite else { continue }
            var row = r
            row[plot.y] = String(num / den)
            out.rows.append(row); out.lineNumbers.append(line)
        }
        return out
    }
}
