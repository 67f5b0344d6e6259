import Foundation
import PerformerTensor
import ResultsFormat
import Statistics

/// gnuplot scripts from a spec's plots section and a results CSV: plots/NAME[-PLOT].gp with
/// the data inline (`$line1 << EOD`), rendered to .png (pngcairo) and .svg. Reads only the
/// CSV; the measurements are never needed again.
public enum Gnuplot {
    public struct Output: Equatable {
        public var script: String, png: String, svg: String
        public var lines: Int
    }

    /// File stem of one plot: NAME, NAME-PLOT, then -col=value per facet.
    static func stem(specName: String, plot: PlotSpec, facet: [String: String]) -> String {
        var s = plot.name.isEmpty ? specName : "\(specName)-\(plot.name)"
        for k in plot.facets { s += "-\(k)=\(facet[k] ?? "")" }
        return s.map { $0.isLetter || $0.isNumber || "-_.=+".contains($0) ? $0 : "_" }.map(String.init).joined()
    }

    /// The script of one plot. `stem` names the outputs (relative to the script's folder).
    ///
    /// With an error column each data line is `x y low high`: low = y - std, high = y + std;
    /// on a log y axis a low end <= 0 (std >= y) is drawn at y / 10 so the bar stays visible
    /// (it then means "the spread reaches zero"). `overlays` (from `PlotData.overlays`) are
    /// drawn as dashed lines in the colour of the measured line with the same label; `hlines`
    /// as dotted horizontal lines with their labels in the key.
    static func script(lines: [PlotLine], plot: PlotSpec, stem: String, facet: [String: String], source: String,
                              overlays: [(column: String, lines: [PlotLine])] = [],
                              hlines: [(label: String, y: Double)] = [], categories: [String] = []) -> String {
        var s = "# Written by `repro plot` from \(source); rerun it rather than editing this file.\n"
        // Series side by side within a category, so their intervals do not hide each other.
        func shift(_ i: Int) -> Double { categories.isEmpty ? 0 : (Double(i) - Double(lines.count - 1) / 2) * 0.14 }
        for (i, line) in lines.enumerated() {
            s += "$line\(i + 1) << EOD\n"
            for p in line.points {
                s += "\(p.x + shift(i)) \(p.y)"
                if let b = line.bounds[p.x] {
                    s += " \(b.low) \(b.high)"
                } else if let e = p.error {
                    let low = p.y - e
                    s += " \(plot.logY && low <= 0 ? p.y / 10 : low) \(p.y + e)"
                }
                s += "\n"
            }
            s += "EOD\n"
            if !categories.isEmpty && !line.samples.isEmpty {
                // Per-seed dots, spread a little sideways (deterministic) so equal values stay visible.
                var seen: [Double: Int] = [:]
                s += "$seeds\(i + 1) << EOD\n"
                for p in line.samples {
                    let k = seen[p.x, default: 0]; seen[p.x] = k + 1
                    s += "\(p.x + shift(i) + Double(k % 5 - 2) * 0.02) \(p.y)\n"
                }
                s += "EOD\n"
            }
        }
        var overlayItems: [String] = []
        for (o, overlay) in overlays.enumerated() {
            for (j, line) in overlay.lines.enumerated() {
                guard let parent = lines.firstIndex(where: { $0.label == line.label }) else { continue }
                let name = "$overlay\(o + 1)_\(j + 1)"
                s += "\(name) << EOD\n" + line.points.map { "\($0.x) \($0.y)\n" }.joined() + "EOD\n"
                overlayItems.append("\(name) using 1:2 with lines linestyle \(parent + 1) dashtype \(o + 2) notitle")
            }
            // One legend entry per overlay column (its dash), not one per line and column.
            if !overlay.lines.isEmpty {
                overlayItems.append("NaN with lines dashtype \(o + 2) linewidth 2 linecolor rgb \"black\" title \(quote(PlotLayout.overlayLabel(overlay.column)))")
            }
        }
        let limits = lines.filter(\.endsAtMemoryLimit).map { $0.points.last! }
        if !limits.isEmpty {
            s += "$memory_limit << EOD\n" + limits.map { "\($0.x) \($0.y)\n" }.joined() + "EOD\n"
        }
        let timeLimits = lines.filter(\.endsAtTimeLimit).map { $0.points.last! }
        if !timeLimits.isEmpty {
            s += "$time_limit << EOD\n" + timeLimits.map { "\($0.x) \($0.y)\n" }.joined() + "EOD\n"
        }
        // A line that stops before the others with no skipped row after it was not run there
        // (left out by the spec, or the run is unfinished): not the end of the sweep. Only on a
        // shared grid of x (a swept axis such as L): a line whose last x no other line has
        // (measured seconds, the steps a time-limited run reached) just ends where it ended.
        let sweepEnd = lines.compactMap { $0.points.last?.x }.max() ?? 0
        let notRun: [(x: Double, y: Double, error: Double?)] = !categories.isEmpty || plot.groupBy != nil ? [] : lines.enumerated().filter { i, line in
            let last = line.points.last!.x
            return !line.endsAtMemoryLimit && !line.endsAtTimeLimit && last < sweepEnd
                && lines.enumerated().contains { j, other in j != i && other.points.contains { $0.x == last } }
        }.map { $0.element.points.last! }
        if !notRun.isEmpty {
            s += "$not_run << EOD\n" + notRun.map { "\($0.x) \($0.y)\n" }.joined() + "EOD\n"
        }
        var title = plot.title
        if !facet.isEmpty { title += (title.isEmpty ? "" : " ") + "(" + plot.facets.map { "\($0)=\(facet[$0] ?? "")" }.joined(separator: ", ") + ")" }
        // A title wider than the plot area is clipped by gnuplot: wrap it (narrower beside a key outside).
        s += "set title \(quote(PlotLayout.wrap(title, width: plot.key.contains("outside") ? 72 : 105)))\n"
        // gnuplot sizes the bottom margin by the x label's lines, not by explicit multi-line tic
        // names: empty lines above the label make room for them, and one below keeps a key below
        // the plot off the label.
        let ticNames = categories.map { PlotLayout.ticLabel($0, count: categories.count) }
        let ticLines = ticNames.map(PlotLayout.lineCount).max() ?? 1
        let xLabel = String(repeating: "\n", count: ticLines - 1) + (plot.xLabel.isEmpty ? ColumnLabels.label(plot.x) : plot.xLabel)
            + (plot.key.contains("below") ? "\n" : "")
        s += "set xlabel \(quote(xLabel))\n"
        s += "set ylabel \(quote(plot.yLabel.isEmpty ? ColumnLabels.label(plot.y) : plot.yLabel))\n"
        if !categories.isEmpty {
            s += "set xtics (" + ticNames.enumerated().map { "\(quote($0.element)) \($0.offset + 1)" }.joined(separator: ", ") + ") font \",9\"\n"
            s += "set xrange [0.5:\(Double(categories.count) + 0.5)]\n"
        } else if plot.logX { s += "set logscale x 2\nset format x \"2^{%L}\"\n" }
        // A log axis over less than two decades gets 1-2-5 tics (powers of ten alone would label one or two).
        let narrowTics = plot.logY ? PlotLayout.yExtent(lines: lines, overlays: overlays, hlines: hlines, logY: true)
            .flatMap { PlotLayout.narrowLogTics(low: $0.low, high: $0.high) } : nil
        if plot.logY { s += "set logscale y 10\n" + (narrowTics.map(PlotLayout.yticsCommand) ?? "set format y \"10^{%L}\"\n") }
        s += (categories.isEmpty ? "set grid\n" : "set grid ytics\n") + "set key \(plot.key) \(plot.key.contains("below") ? "nobox" : "box opaque")\nset pointsize 1.2\n"
        // Points with intervals would sit on the frame, half hidden: pad the x range (a categorical
        // axis has its own; a log axis whose extremes are no powers of two ends beyond them anyway).
        // Reference lines at a data extreme (e.g. 1 for a ratio) would sit on the frame, and
        // explicit log tics must not be widened to the next power of ten: pad y.
        let onFrame = !plot.logX || PlotLayout.extremesArePowersOfTwo(lines.flatMap { $0.points.map { $0.x } })
        let xPad = (plot.aggregate != nil || (plot.error != nil && onFrame)) && categories.isEmpty ? "graph 0.05" : "0"
        let yPad = hlines.isEmpty && narrowTics == nil ? "0" : "graph 0.03"
        if xPad != "0" || yPad != "0" {
            // "fix": the padded range is the data's, not widened again to the next tic (-0.2..1.2 for an accuracy).
            s += "set offsets \(xPad), \(xPad), \(yPad), \(yPad)\n"
            if xPad != "0" { s += "set autoscale xfix\n" }
            if yPad != "0" { s += "set autoscale yfix\n" }
        }
        for (i, p) in limits.enumerated() {
            s += "set label \(i + 1) \"memory budget\" at first \(p.x), first \(p.y) offset character 1.5,-0.8 font \",9\"\n"
        }
        var items: [String] = []
        for (i, line) in lines.enumerated() {
            let hasError = plot.error != nil || plot.aggregate != nil
            let style = !categories.isEmpty ? (hasError ? "using 1:2:3:4 with yerrorbars" : "using 1:2 with points")
                : hasError ? "using 1:2:3:4 with yerrorlines" : "using 1:2 with linespoints"
            items.append("$line\(i + 1) \(style) linestyle \(i + 1) title \(quote(line.label))")
            if !categories.isEmpty && !line.samples.isEmpty {
                items.append("$seeds\(i + 1) using 1:2 with points pointtype 7 pointsize 0.6 linecolor \(colorOf(i)) notitle")
            }
        }
        if !categories.isEmpty && lines.contains(where: { !$0.samples.isEmpty }) {
            items.append("NaN with points pointtype 7 pointsize 0.6 linecolor rgb \"gray40\" title \"one dot per seed\"")
        }
        items += overlayItems
        for (i, h) in hlines.enumerated() {
            let gray = ["#000000", "#555555", "#999999"][i % 3]
            items.append("\(h.y) with lines dashtype 3 linewidth 2 linecolor rgb \"\(gray)\" title \(quote(h.label + String(format: " (%.3g)", h.y)))")
        }
        if !limits.isEmpty {
            items.append("$memory_limit using 1:2 with points pointtype 2 pointsize 3 linewidth 2 linecolor rgb \"black\" title \"next L skipped: memory budget\"")
        }
        if !timeLimits.isEmpty {
            items.append("$time_limit using 1:2 with points pointtype 6 pointsize 2.5 linewidth 2 linecolor rgb \"gray40\" title \"next L skipped: time budget\"")
        }
        if !notRun.isEmpty {
            items.append("$not_run using 1:2 with points pointtype 4 pointsize 2.5 linewidth 2 linecolor rgb \"gray40\" title \(quote("next \(plot.x == "seq_len" ? "L" : plot.x) not run"))")
        }
        if !limits.isEmpty || !timeLimits.isEmpty || !notRun.isEmpty {
            items.append("NaN with points pointtype -1 linecolor rgb \"white\" title \"no marker: end of the sweep\"")
        }
        for i in 0..<lines.count {
            s += "set linestyle \(i + 1) linecolor \(colorOf(i)) linewidth 2 pointtype \(5 + (i % 4) * 2)\n"
        }
        let plotCommand = "plot " + items.joined(separator: ", \\\n     ") + "\n"
        return s + images(stem: stem, width: 960, height: 640, fontSize: 11, body: plotCommand)
    }

    /// The script's tail: `body` drawn into STEM.png (pngcairo) and STEM.svg at one size and
    /// font (renderAtomically redirects these two `set output` lines).
    static func images(stem: String, width: Int, height: Int, fontSize: Int, body: String) -> String {
        var s = "set terminal pngcairo size \(width),\(height) enhanced font \"sans,\(fontSize)\"\n"
        s += "set output \(fileQuote(stem + ".png"))\n" + body
        s += "set terminal svg size \(width),\(height) enhanced font \"sans,\(fontSize)\" background \"white\"\n"
        s += "set output \(fileQuote(stem + ".svg"))\n" + body
        return s + "unset output\n"
    }

    /// The colour of line `i` (0-based) as a gnuplot colour spec.
    static func colorOf(_ i: Int) -> String {
        let colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
        return "rgb \"\(colors[i % colors.count])\""
    }

    /// gnuplot string literal of a file name: no enhanced-text escapes (a stem such as
    /// NAME-pass=forward_backward must name the file as written, not forward\_backward).
    static func fileQuote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// gnuplot string literal; enhanced-text specials (_ ^ @ & { }) escaped so that column
    /// names such as seq_len print as written.
    static func quote(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "_", "^", "@", "&", "{", "}", "~": out += "\\\\\(c)"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return "\"\(out)\""
    }

    /// Writes and (with `render`) renders every plot of spec `specName` (`plots`, its plots
    /// section) from `csvPath` into `plotsDir`. A plot with no ok rows is reported in
    /// `skipped` and not written. `samples` (the spec's samples per configuration) replaces
    /// "{samples}" in titles; `memoryBudgetBytes` is the line a plot with
    /// `memory_budget_line` draws (none when nil).
    public static func plotAll(specName: String, plots: [PlotSpec], samples: Int = 0, memoryBudgetBytes: Int? = nil,
                               csvPath: String, plotsDir: String, render: Bool = true) throws -> (outputs: [Output], skipped: [String]) {
        let table = try CSVReader.read(path: csvPath)
        try FiniteValues.check(table, source: csvPath)
        for plot in plots {
            for c in [plot.x, plot.y] + plot.series + plot.facets + Array(plot.filter.keys) + (plot.error.map { [$0] } ?? []) + plot.overlay
                + plot.hlines.flatMap({ [$0.y] + Array($0.filter.keys) })
                + plot.categories + (plot.ratio.map { [$0.column] } ?? []) + (plot.z.map { [$0] } ?? []) + plot.panels
                where !table.header.contains(c) {
                throw CSVError("\(csvPath): no column \"\(c)\" (needed by the plots of \(specName)); the file is corrupt or from another spec")
            }
        }
        try FileSystem.createDirectory(plotsDir)
        FileSystem.sweepStaleTemporaries(in: plotsDir)
        var outputs: [Output] = [], skipped: [String] = []
        for var plot in plots {
            // "{samples}" in a title is the spec's samples per configuration.
            plot.title = plot.title.replacingOccurrences(of: "{samples}", with: String(samples))
            for facet in PlotData.facetValues(table, plot) {
                let stem = stem(specName: specName, plot: plot, facet: facet)
                if plot.style == "heatmap" {
                    let panels = try Heatmap.panels(table, plot, facet: facet, source: csvPath)
                    guard !panels.isEmpty else { skipped.append("\(stem): no rows with status ok"); continue }
                    let text = Heatmap.script(panels: panels, plot: plot, stem: stem, source: csvPath)
                    let gp = (plotsDir as NSString).appendingPathComponent(stem + ".gp")
                    try AtomicFile.write(Data(text.utf8), to: gp)
                    if render { try renderAtomically(text: text, stem: stem, in: plotsDir) }
                    outputs.append(Output(script: gp, png: (plotsDir as NSString).appendingPathComponent(stem + ".png"),
                                          svg: (plotsDir as NSString).appendingPathComponent(stem + ".svg"), lines: panels.count))
                    continue
                }
                let lines = try PlotData.lines(table, plot, facet: facet, source: csvPath)
                guard !lines.isEmpty else { skipped.append("\(stem): no rows with status ok"); continue }
                let overlays = try PlotData.overlays(table, plot, facet: facet, source: csvPath)
                var hlines = PlotData.hlines(table, plot, facet: facet)
                if plot.memoryBudgetLine, let budget = memoryBudgetBytes {
                    hlines.append((label: "memory budget", y: Double(budget) / PlotUnits.divisor(plot.yUnit)))
                }
                let text = script(lines: lines, plot: plot, stem: stem, facet: facet, source: csvPath, overlays: overlays,
                                  hlines: hlines, categories: PlotCategories.ordered(table, plot, facet: facet))
                let gp = (plotsDir as NSString).appendingPathComponent(stem + ".gp")
                try AtomicFile.write(Data(text.utf8), to: gp)
                if render { try renderAtomically(text: text, stem: stem, in: plotsDir) }
                outputs.append(Output(script: gp, png: (plotsDir as NSString).appendingPathComponent(stem + ".png"),
                                      svg: (plotsDir as NSString).appendingPathComponent(stem + ".svg"), lines: lines.count))
            }
        }
        return (outputs, skipped)
    }

    /// Renders `text` (a script writing STEM.png and STEM.svg) into temporary files that are
    /// renamed over the images only when gnuplot succeeded, so a kill or a full disk mid-render
    /// never leaves a truncated image (fault point `plot-render`: after rendering, before the
    /// renames).
    static func renderAtomically(text: String, stem: String, in dir: String) throws {
        let tmpStem = ".\(stem).tmp-\(getpid())"
        var temp = text
        for ext in ["png", "svg"] {
            temp = temp.replacingOccurrences(of: "set output \(fileQuote(stem + "." + ext))", with: "set output \(fileQuote(tmpStem + "." + ext))")
        }
        let script = (dir as NSString).appendingPathComponent(tmpStem + ".gp")
        try AtomicFile.write(Data(temp.utf8), to: script)
        defer { unlink(script) }
        do { try run(script: script, in: dir) } catch {
            for ext in ["png", "svg"] { unlink((dir as NSString).appendingPathComponent(tmpStem + "." + ext)) }
            throw error
        }
        for ext in ["png", "svg"] {
            let path = (dir as NSString).appendingPathComponent(tmpStem + "." + ext)
            if let problem = GnuplotProcess.incompleteImage(path, ext: ext) {
                for e in ["png", "svg"] { unlink((dir as NSString).appendingPathComponent(tmpStem + "." + e)) }
                throw CSVError("gnuplot wrote an incomplete \(stem).\(ext) in \(dir) (\(problem)): a full disk or a file-size limit (ulimit -f)? The old image, if any, is kept")
            }
        }
        if FaultPoint.fires("plot-render") { FaultPoint.kill() }
        for ext in ["png", "svg"] {
            let from = (dir as NSString).appendingPathComponent(tmpStem + "." + ext)
            let to = (dir as NSString).appendingPathComponent(stem + "." + ext)
            guard rename(from, to) == 0 else { throw FileWriteError(path: to, errno: errno) }
        }
        AtomicFile.syncDirectory(dir)
    }

    /// Runs gnuplot on `script` with `dir` as working directory, under
    /// `GnuplotProcess.timeoutSeconds`; throws with gnuplot's stderr, or when it hangs.
    public static func run(script: String, in dir: String) throws {
        try GnuplotProcess.run(script: script, in: dir)
    }
}
