import ResultsFormat

/// Heatmap plots (`"style": "heatmap"` in a spec's plots): the column `z` coloured over the
/// grid of `x` (columns of a panel) and `y` (rows of a panel, first value at the top, as a
/// matrix is read), one panel per value combination of the plot's `panels` columns. A cell is
/// the mean of `z` over the ok rows that pass the filters and facet and share its panel, x and
/// y (for example the seeds of one mechanism). An axis whose values are all numbers is drawn
/// at those numbers; otherwise its values are categories in order of first appearance (one
/// tic each). Every panel has its own colour range and colour box, so a similarity in one
/// unit and a substitution score in another can stand side by side.
enum Heatmap {
    /// One panel: its title and its cells, (column index, row index, mean z) with the axis tics.
    struct Panel: Equatable {
        var title: String
        /// Panel position in the grid (0-based).
        var row: Int, column: Int
        /// Cells as (x position, y position, mean z); positions are the numeric values of x
        /// and y, or category indices (0-based) when the axis is categorical.
        var cells: [Cell]
        /// Category names of the x and y axes in position order; empty for a numeric axis.
        var xCategories: [String], yCategories: [String]

        struct Cell: Equatable { var x: Double, y: Double, z: Double }
    }

    /// The panels of `plot` (restricted to `facet`), in the order their values first appear.
    /// Throws when a z value of an ok row is not a number.
    static func panels(_ table: CSVTable, _ plot: PlotSpec, facet: [String: String] = [:], source: String) throws -> [Panel] {
        guard let zColumn = plot.z else { return [] }
        let rows = table.rows.enumerated().filter { _, r in
            r["status"] == "ok" && PlotData.passesFilter(r, plot) && facet.allSatisfy { r[$0.key] == $0.value }
        }
        var panelKeys: [[String]] = []
        var sums: [[String]: [Key: (sum: Double, n: Int)]] = [:]
        var xs: [[String]: [String]] = [:], ys: [[String]: [String]] = [:]
        for (i, r) in rows {
            let zText = r[zColumn] ?? ""
            if zText.isEmpty { continue }
            guard let z = Double(zText), z.isFinite else {
                throw CSVError("\(source):\(table.lineNumbers[i]): \(zColumn) = \"\(zText)\" is not a finite number (heatmap \(plot.name))")
            }
            let key = plot.panels.map { r[$0] ?? "" }
            if sums[key] == nil { panelKeys.append(key); sums[key] = [:]; xs[key] = []; ys[key] = [] }
            let x = r[plot.x] ?? "", y = r[plot.y] ?? ""
            if !xs[key]!.contains(x) { xs[key]!.append(x) }
            if !ys[key]!.contains(y) { ys[key]!.append(y) }
            let cell = Key(x: x, y: y)
            let old = sums[key]![cell] ?? (0, 0)
            sums[key]![cell] = (old.sum + z, old.n + 1)
        }
        let rowValues = plot.panels.count == 2 ? unique(panelKeys.map { $0[0] }) : []
        let columnValues = plot.panels.count == 2 ? unique(panelKeys.map { $0[1] }) : []
        return panelKeys.enumerated().map { index, key in
            let xNumeric = xs[key]!.allSatisfy { Double($0) != nil }, yNumeric = ys[key]!.allSatisfy { Double($0) != nil }
            func position(_ v: String, _ numeric: Bool, _ order: [String]) -> Double { numeric ? Double(v)! : Double(order.firstIndex(of: v)!) }
            let cells = sums[key]!.map { k, v in
                Panel.Cell(x: position(k.x, xNumeric, xs[key]!), y: position(k.y, yNumeric, ys[key]!), z: v.sum / Double(v.n))
            }.sorted { ($0.y, $0.x) < ($1.y, $1.x) }
            let title = plot.panels.isEmpty ? "" : zip(plot.panels, key).map { c, v in
                Double(v) != nil || v.isEmpty ? "\(c)=\(v.isEmpty ? "-" : v)" : v
            }.joined(separator: ", ")
            let (row, column) = plot.panels.count == 2
                ? (rowValues.firstIndex(of: key[0])!, columnValues.firstIndex(of: key[1])!)
                : (index / maxPerRow, index % maxPerRow)
            return Panel(title: title, row: row, column: column, cells: cells,
                         xCategories: xNumeric ? [] : xs[key]!, yCategories: yNumeric ? [] : ys[key]!)
        }
    }

    /// Panels per row when a single panel column lays them out.
    static let maxPerRow = 4

    struct Key: Hashable { var x: String, y: String }

    static func unique(_ values: [String]) -> [String] {
        var out: [String] = []
        for v in values where !out.contains(v) { out.append(v) }
        return out
    }

    /// The gnuplot script drawing `panels` into STEM.png and STEM.svg (multiplot, one image per panel).
    static func script(panels: [Panel], plot: PlotSpec, stem: String, source: String) -> String {
        let rows = (panels.map(\.row).max() ?? 0) + 1, columns = (panels.map(\.column).max() ?? 0) + 1
        let width = 80 + 330 * columns, height = 70 + 300 * rows
        var s = "# Written by `repro plot` from \(source); rerun it rather than editing this file.\n"
        for (i, p) in panels.enumerated() {
            // gnuplot's image needs every cell of the grid: cells without rows (e.g. the keys a
            // causal query never sees) are NaN, drawn in the background colour.
            let xs = Set(p.cells.map(\.x)).sorted(), ys = Set(p.cells.map(\.y)).sorted()
            var z: [Double: [Double: Double]] = [:]
            for c in p.cells { z[c.y, default: [:]][c.x] = c.z }
            s += "$panel\(i + 1) << EOD\n"
            for y in ys { for x in xs { s += "\(x) \(y) \(z[y]?[x].map { String($0) } ?? "NaN")\n" } }
            s += "EOD\n"
        }
        var body = "set multiplot layout \(rows),\(columns) rowsfirst title \(Gnuplot.quote(plot.title)) font \",12\"\n"
        body += "set palette defined (0 \"#440154\", 1 \"#3b528b\", 2 \"#21918c\", 3 \"#5ec962\", 4 \"#fde725\")\n"
        body += "set size ratio -1\nunset key\nset tics font \",8\"\nset colorbox\n"
        // Cells (row, column) not covered by a panel stay empty.
        var byPosition: [Int: Int] = [:]
        for (i, p) in panels.enumerated() { byPosition[p.row * columns + p.column] = i }
        for slot in 0..<(rows * columns) {
            guard let i = byPosition[slot] else { body += "set multiplot next\n"; continue }
            let p = panels[i]
            body += "set title \(Gnuplot.quote(p.title)) font \",10\"\n"
            body += axis("x", p.xCategories, label: plot.xLabel.isEmpty ? plot.x : plot.xLabel, cells: p.cells.map(\.x))
            body += axis("y", p.yCategories, label: plot.yLabel.isEmpty ? plot.y : plot.yLabel, cells: p.cells.map(\.y))
            body += "plot $panel\(i + 1) using 1:2:3 with image\n"
        }
        body += "unset multiplot\n"
        return s + Gnuplot.images(stem: stem, width: width, height: height, fontSize: 10, body: body)
    }

    /// The range of axis `a` from `lo` to `hi`; the y axis runs downwards (first row on top).
    static func range(_ a: String, _ lo: Double, _ hi: Double) -> String {
        a == "y" ? "set yrange [\(hi):\(lo)]\n" : "set \(a)range [\(lo):\(hi)]\n"
    }

    /// Tics, label and range of one axis: one named tic per category, or gnuplot's own tics
    /// over the numeric range (half a cell beyond the outer cells, so they are drawn whole).
    static func axis(_ a: String, _ categories: [String], label: String, cells: [Double]) -> String {
        var s = "set \(a)label \(Gnuplot.quote(label))\n"
        if categories.isEmpty {
            s += "set \(a)tics autofreq\n"
            if let lo = cells.min(), let hi = cells.max() { s += range(a, lo - 0.5, hi + 0.5) }
        } else {
            let tics = categories.enumerated().map { "\(Gnuplot.quote($0.element)) \($0.offset)" }.joined(separator: ", ")
            s += "set \(a)tics (\(tics))\n"
            s += range(a, -0.5, Double(categories.count) - 0.5)
        }
        return s
    }
}
