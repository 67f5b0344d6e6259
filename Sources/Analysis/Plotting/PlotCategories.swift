import Foundation
import ResultsFormat
import Statistics

/// The categories of a plot with a categorical x axis (`PlotSpec.categories`): one per
/// distinct combination of the category columns among the ok rows of a facet, ordered by the
/// plot's x column (e.g. the arm number), then by the category values (numbers numerically).
/// Category k (0-based) is drawn at x = k + 1 and named on the axis by `label`.
enum PlotCategories {
    /// Category names in axis order; [] when the plot is not categorical.
    static func ordered(_ table: CSVTable, _ plot: PlotSpec, facet: [String: String]) -> [String] {
        guard !plot.categories.isEmpty else { return [] }
        var seen: [String: (x: Double, values: [String])] = [:]
        for r in table.rows where r["status"] == "ok" && PlotData.passesFilter(r, plot) && facet.allSatisfy({ r[$0.key] == $0.value }) {
            let name = label(r, plot.categories)
            let x = Double(r[plot.x] ?? "") ?? .infinity
            if let old = seen[name], old.x <= x { continue }
            seen[name] = (x, plot.categories.map { r[$0] ?? "" })
        }
        return seen.sorted { a, b in
            if a.value.x != b.value.x { return a.value.x < b.value.x }
            for (u, v) in zip(a.value.values, b.value.values) where u != v {
                if let p = Double(u), let q = Double(v) { return p < q }
                return u < v
            }
            return a.key < b.key
        }.map(\.key)
    }

    /// A category's name: its non-empty values, numbers as column=value, one per line of the
    /// tic label ("performer-softmax\nfeatures=16").
    static func label(_ r: [String: String], _ columns: [String]) -> String {
        columns.compactMap { c -> String? in
            let v = r[c] ?? ""
            if v.isEmpty { return nil }
            return Double(v) != nil ? "\(c)=\(v)" : v
        }.joined(separator: "\n")
    }
}
