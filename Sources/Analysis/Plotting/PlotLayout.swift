import Foundation
import ResultsFormat

/// Layout decisions gnuplot does not make well by itself: balanced title lines, readable tics
/// on a log axis spanning about a decade, category names that fit their slot, the legend text
/// of overlay columns. Pure functions of the plot's text and data, so they are testable
/// without gnuplot. Sizes assume the 960 x 640 pngcairo terminal of `Gnuplot.script`.
enum PlotLayout {
    /// Width of the plot area in pixels (960 minus the y-axis labels and a little margin).
    static let plotAreaPixels = 840.0
    /// Average width of a character of the category tic font (sans, 9 pt) in pixels.
    static let ticCharPixels = 6.2

    /// `text` in the fewest lines of at most `width` characters (broken at spaces; a longer
    /// word stays whole), the lines as even as possible, so that no line holds a lone last
    /// word ("...; x: mean\nseconds)").
    static func wrap(_ text: String, width: Int) -> String {
        let greedy = wrapGreedy(text, width: width)
        let count = greedy.count
        guard count > 1 else { return greedy.joined(separator: "\n") }
        // The narrowest width that still needs no more lines than `width` does.
        var w = max(1, text.count / count)
        while w < width && wrapGreedy(text, width: w).count > count { w += 1 }
        return wrapGreedy(text, width: w).joined(separator: "\n")
    }

    static func wrapGreedy(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > width { lines.append(current); current = String(word) }
            else { current += (current.isEmpty ? "" : " ") + word }
        }
        lines.append(current)
        return lines
    }

    /// Whether the smallest or the largest of `xs` is a power of two: where gnuplot ends a log2
    /// axis, so that a point there sits on the frame.
    static func extremesArePowersOfTwo(_ xs: [Double]) -> Bool {
        [xs.min(), xs.max()].contains { x in x.map { $0 > 0 && log2($0) == log2($0).rounded() } ?? false }
    }

    /// Explicit tics for a log axis whose data span [low, high] less than `maxDecades`
    /// decades: gnuplot labels only powers of ten, so such an axis shows two labels or one
    /// (a ratio from 0.8 to 7 reads "10^0" and nothing else). Values m * 10^k with the
    /// mantissas of the first of 1-2-5, 1-2-3-5-7 and 1..9 that puts at least 3 tics in the
    /// range; nil when the span is wider (gnuplot's own tics are fine) or the range is not positive.
    static func narrowLogTics(low: Double, high: Double, maxDecades: Double = 2) -> [Double]? {
        guard low > 0, high > low, low.isFinite, high.isFinite, log10(high / low) < maxDecades else { return nil }
        let sets: [[Double]] = [[1, 2, 5], [1, 2, 3, 5, 7], [1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9]]
        var tics: [Double] = []
        for mantissas in sets {
            tics = []
            for k in Int(floor(log10(low)))...Int(ceil(log10(high))) {
                for m in mantissas {
                    // Rounded to 12 significant digits so that 3 * 10^-1 prints as 0.3.
                    let v = Double(String(format: "%.12g", m * pow(10, Double(k))))!
                    if v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9) { tics.append(v) }
                }
            }
            if tics.count >= 3 { break }
        }
        return tics
    }

    /// The gnuplot command for `tics` on the y axis.
    static func yticsCommand(_ tics: [Double]) -> String {
        "set ytics (" + tics.map { "\"\(ticText($0))\" \($0)" }.joined(separator: ", ") + ")\nset mytics 1\n"
    }

    /// A tic value as text: plain from 0.01 to 9999 ("0.5", "20"), else m×10^k in gnuplot's
    /// enhanced text ("5×10^{-6}", "10^{-7}"), like the powers of ten of the other log axes.
    static func ticText(_ v: Double) -> String {
        let k = Int(floor(log10(v) + 1e-9))
        if (-2...3).contains(k) { return String(format: "%g", v) }
        let m = String(format: "%g", v / pow(10, Double(k)))
        return (m == "1" ? "" : m + "×") + "10^{\(k)}"
    }

    /// A category's tic name fitted to its slot among `count` categories: a line longer than
    /// the slot is broken after a hyphen ("performer-\nsoftmax"), as often as needed.
    static func ticLabel(_ name: String, count: Int) -> String {
        let maxChars = max(6, Int(plotAreaPixels / Double(max(count, 1)) / ticCharPixels))
        return name.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var rest = String(line), out: [String] = []
            while rest.count > maxChars {
                // The last hyphen that keeps the first part within the slot (else the first hyphen).
                let hyphens = rest.indices.filter { rest[$0] == "-" && $0 != rest.startIndex && rest.index(after: $0) != rest.endIndex }
                guard let cut = hyphens.last(where: { rest.distance(from: rest.startIndex, to: $0) < maxChars }) ?? hyphens.first else { break }
                out.append(String(rest[...cut]))
                rest = String(rest[rest.index(after: cut)...])
            }
            out.append(rest)
            return out.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Lines of a (possibly multi-line) text.
    static func lineCount(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: false).count }

    /// Legend text of an overlay column: names for the columns plots overlay, else the axis label.
    static func overlayLabel(_ column: String) -> String {
        let known = ["train_accuracy": "train accuracy", "mse_q25": "25% quantile", "mse_q75": "75% quantile"]
        return known[column] ?? ColumnLabels.label(column)
    }

    /// Smallest and largest y drawn (points, their intervals, overlays, reference lines); on a
    /// log axis only positive values count. nil when nothing is drawn.
    static func yExtent(lines: [PlotLine], overlays: [(column: String, lines: [PlotLine])], hlines: [(label: String, y: Double)],
                        logY: Bool) -> (low: Double, high: Double)? {
        var ys: [Double] = hlines.map { $0.y }
        for line in lines + overlays.flatMap({ $0.lines }) {
            for p in line.points {
                ys.append(p.y)
                if let b = line.bounds[p.x] { ys += [b.low, b.high] }
                else if let e = p.error { ys += [logY && p.y - e <= 0 ? p.y / 10 : p.y - e, p.y + e] }
            }
        }
        let drawn = ys.filter { $0.isFinite && (!logY || $0 > 0) }
        guard let low = drawn.min(), let high = drawn.max() else { return nil }
        return (low, high)
    }
}
