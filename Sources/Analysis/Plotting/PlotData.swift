import ResultsFormat
import Statistics

/// The lines of one plot, computed from CSV rows only: rows with status ok that pass the
/// filters and facet values, grouped by the series columns, sorted by x. When several ok
/// rows share a line and an x (a rerun), the last one in the file wins.
struct PlotLine: Equatable {
    /// Legend text: string values alone, others as column=value, joined by ", ".
    var label: String
    /// (x, y, error) sorted by x; error is nil without an error column.
    var points: [(x: Double, y: Double, error: Double?)]
    /// Whether a larger x of this line was skipped for memory: the line ends at the memory
    /// limit (a marker is drawn at its last point).
    var endsAtMemoryLimit: Bool
    /// Whether a larger x of this line was skipped by the time budget (an open circle marks
    /// its last point, so a line cut short by time is not mistaken for the end of the sweep).
    var endsAtTimeLimit: Bool = false
    /// Asymmetric interval (low, high) of an aggregated point, by x (bounded aggregates);
    /// empty when the error is symmetric or absent.
    var bounds: [Double: (low: Double, high: Double)] = [:]
    /// The values an aggregated point summarises (e.g. one per seed), drawn as dots.
    var samples: [(x: Double, y: Double)] = []

    static func == (a: PlotLine, b: PlotLine) -> Bool {
        a.label == b.label && a.endsAtMemoryLimit == b.endsAtMemoryLimit && a.endsAtTimeLimit == b.endsAtTimeLimit && a.points.count == b.points.count
            && zip(a.points, b.points).allSatisfy { $0.x == $1.x && $0.y == $1.y && $0.error == $1.error }
    }
}

enum PlotData {
    /// Distinct value combinations of `plot.facets` among the filtered rows (one plot each);
    /// [[:]] without facets.
    static func facetValues(_ table: CSVTable, _ plot: PlotSpec) -> [[String: String]] {
        guard !plot.facets.isEmpty else { return [[:]] }
        var seen: [[String: String]] = []
        for r in table.rows where passesFilter(r, plot) {
            let v = Dictionary(uniqueKeysWithValues: plot.facets.map { ($0, r[$0] ?? "") })
            if !seen.contains(v) { seen.append(v) }
        }
        return seen
    }

    static func passesFilter(_ r: [String: String], _ plot: PlotSpec) -> Bool {
        plot.filter.allSatisfy { column, allowed in allowed.contains(r[column] ?? "") }
    }

    /// The lines of `plot` (restricted to `facet`), in order of first appearance.
    static func lines(_ table: CSVTable, _ plot: PlotSpec, facet: [String: String] = [:], source: String) throws -> [PlotLine] {
        try lines(table, plot, facet: facet, source: source, skipEmptyY: false)
    }

    /// The lines of each `plot.overlay` column (y replaced by it, no error bars), by column;
    /// rows whose overlay cell is empty are left out (e.g. a bound defined for some rows only).
    static func overlays(_ table: CSVTable, _ plot: PlotSpec, facet: [String: String] = [:], source: String) throws -> [(column: String, lines: [PlotLine])] {
        try plot.overlay.map { column in
            var p = plot
            p.y = column
            p.error = nil
            return (column, try lines(table, p, facet: facet, source: source, skipEmptyY: true))
        }
    }

    static func lines(_ table: CSVTable, _ plot: PlotSpec, facet: [String: String], source: String, skipEmptyY: Bool) throws -> [PlotLine] {
        var plot = plot
        var table = table
        if let ratio = plot.ratio { table = ratio.apply(table, plot); plot.error = nil }
        let categories = PlotCategories.ordered(table, plot, facet: facet)
        let scale = PlotUnits.divisor(plot.yUnit)
        var order: [String] = []
        var points: [String: [Double: (Double, Double?)]] = [:]
        var memoryX: [String: Double] = [:], timeX: [String: Double] = [:]
        var labels: [String: String] = [:]
        var samples: [String: [Double: [Double]]] = [:]
        var groupXs: [String: [Double: [Double]]] = [:]
        for (r, lineNumber) in zip(table.rows, table.lineNumbers) {
            guard passesFilter(r, plot), facet.allSatisfy({ r[$0.key] == $0.value }) else { continue }
            let id = plot.series.map { r[$0] ?? "" }.joined(separator: "\u{1}")
            let status = r["status"] ?? ""
            guard status == "ok" || status == "skipped_memory" || status == "skipped_time" else { continue }
            guard let rawX = Double(r[plot.x] ?? "") else {
                if status == "ok" { throw CSVError("\(source):\(lineNumber): \(plot.x) = \"\(r[plot.x] ?? "")\" is not a number") }
                continue
            }
            // The point's key: the category's position, the group value, or x itself.
            var x = rawX
            if !categories.isEmpty { x = Double((categories.firstIndex(of: PlotCategories.label(r, plot.categories)) ?? 0) + 1) }
            else if let g = plot.groupBy {
                guard let gv = Double(r[g] ?? "") else { continue }
                x = gv
            }
            if labels[id] == nil { labels[id] = label(r, plot.series); order.append(id) }
            if status == "skipped_memory" { memoryX[id] = min(memoryX[id] ?? .infinity, x); continue }
            if status == "skipped_time" { timeX[id] = min(timeX[id] ?? .infinity, x); continue }
            if skipEmptyY && (r[plot.y] ?? "").isEmpty { continue }
            guard let rawY = Double(r[plot.y] ?? "") else { throw CSVError("\(source):\(lineNumber): \(plot.y) = \"\(r[plot.y] ?? "")\" is not a number") }
            let y = rawY / scale
            var e: Double? = nil
            if let ec = plot.error {
                guard let v = Double(r[ec] ?? "") else { throw CSVError("\(source):\(lineNumber): \(ec) = \"\(r[ec] ?? "")\" is not a number") }
                e = v / scale
            }
            points[id, default: [:]][x] = (y, e)
            if plot.aggregate != nil { samples[id, default: [:]][x, default: []].append(y) }
            if plot.groupBy != nil && categories.isEmpty { groupXs[id, default: [:]][x, default: []].append(rawX) }
        }
        var bounds: [String: [Double: (low: Double, high: Double)]] = [:]
        if let aggregate = plot.aggregate {
            for (id, byX) in samples {
                for (x, ys) in byX {
                    if aggregate == "mean-bootstrap95" {
                        let m = PlotInterval.meanBootstrap95(ys)
                        points[id]![x] = (m.mean, nil)
                        bounds[id, default: [:]][x] = (m.low, m.high)
                    } else {
                        let m = PlotAggregate.meanCI95(ys); points[id]![x] = (m.mean, m.halfWidth)
                    }
                }
            }
        }
        return order.compactMap { id in
            guard let p = points[id], !p.isEmpty else { return nil }
            // A grouped point sits at the mean x of its group (e.g. mean seconds at a step).
            func shown(_ key: Double) -> Double {
                guard let xs = groupXs[id]?[key], !xs.isEmpty else { return key }
                return xs.reduce(0, +) / Double(xs.count)
            }
            let keys = p.keys.sorted()
            let sorted = keys.map { (x: shown($0), y: p[$0]!.0, error: p[$0]!.1) }
            let last = keys.last!
            // The line ended for the reason of the first skipped x after its last point.
            let nextMemory = memoryX[id].flatMap { $0 > last ? $0 : nil } ?? .infinity
            let nextTime = timeX[id].flatMap { $0 > last ? $0 : nil } ?? .infinity
            var line = PlotLine(label: labels[id]!, points: sorted, endsAtMemoryLimit: nextMemory < nextTime,
                                endsAtTimeLimit: nextTime < nextMemory)
            if let b = bounds[id] { line.bounds = Dictionary(uniqueKeysWithValues: keys.compactMap { k in b[k].map { (shown(k), $0) } }) }
            if let sm = samples[id] { line.samples = keys.flatMap { k in (sm[k] ?? []).map { (x: shown(k), y: $0) } } }
            return line
        }
    }

    /// The value of each of `plot.hlines` (restricted to `facet`): label and y (the mean of
    /// the matching rows at the first or last x, e.g. over seeds); lines whose
    /// filter matches no ok row with numeric x and y are left out. A fixed-value line whose
    /// filter names a facet column is drawn only in the facets its filter allows (the chance
    /// level 1/4 in the plot of pairs=4, not in that of pairs=8).
    static func hlines(_ table: CSVTable, _ plot: PlotSpec, facet: [String: String] = [:]) -> [(label: String, y: Double)] {
        plot.hlines.compactMap { h in
            if let v = h.value {
                let otherFacet = h.filter.contains { column, allowed in facet[column].map { !allowed.contains($0) } ?? false }
                if otherFacet { return nil }
                return (h.label, v)
            }
            // The rows at the first (last) x; several (one per seed) are averaged.
            var best: (x: Double, ys: [Double])?
            for r in table.rows where r["status"] == "ok" && facet.allSatisfy({ r[$0.key] == $0.value })
                && h.filter.allSatisfy({ $0.value.contains(r[$0.key] ?? "") }) {
                guard let x = Double(r[h.by ?? plot.x] ?? ""), let raw = Double(r[h.y] ?? ""), raw.isFinite else { continue }
                let y = raw / PlotUnits.divisor(plot.yUnit)
                if best == nil || (h.atLast ? x > best!.x : x < best!.x) { best = (x, [y]) } else if x == best!.x { best!.ys.append(y) }
            }
            return best.map { (h.label, $0.ys.reduce(0, +) / Double($0.ys.count)) }
        }
    }

    static func label(_ r: [String: String], _ series: [String]) -> String {
        guard !series.isEmpty else { return "all" }
        return series.map { c in
            let v = r[c] ?? ""
            if v.isEmpty { return "\(c)=-" }
            return (Double(v) != nil || v == "true" || v == "false") ? "\(c)=\(v)" : v
        }.joined(separator: ", ")
    }
}
