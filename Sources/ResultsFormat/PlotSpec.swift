/// The plots section of a spec, as the harness decodes it and the analysis draws it.

/// One plot of a spec's `plots` section.
public struct PlotSpec: Equatable {
    /// Suffix of the output files: plots/SPEC-NAME.png ("" gives plots/SPEC.png).
    public var name: String
    /// Column on the x axis (numeric).
    public var x: String
    /// Column on the y axis (numeric).
    public var y: String
    /// Columns whose values form a line's label; one line per distinct combination.
    public var series: [String]
    /// Only rows whose column holds one of the listed values (as CSV text).
    public var filter: [String: [String]]
    /// One plot per distinct combination of these columns' values (file suffix col=value).
    public var facets: [String]
    public var logX: Bool
    public var logY: Bool
    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// Column holding the standard deviation of y, drawn as error bars.
    public var error: String?
    /// "mean-ci95": the ok rows sharing a line and an x (e.g. seeds) are drawn as their mean
    /// with a Student-t 95% confidence interval as error bars (PlotAggregate); nil: one row
    /// per point, the last one wins.
    public var aggregate: String? = nil
    /// Further y columns drawn as dashed lines in the colour of their series (e.g. the
    /// closed form `mse_theory` next to the measured `mse`); rows with an empty cell are left out.
    public var overlay: [String] = []
    /// Legend placement, gnuplot words: "top left" (default), "bottom right", "outside right", ...
    public var key: String = "top left"
    /// Dotted horizontal reference lines (e.g. a baseline's final accuracy).
    public var hlines: [HLine] = []
    /// Columns whose values name an x category: non-empty makes the x axis categorical (one
    /// tic per category, named; points with intervals, no lines between categories). The x
    /// column then only orders the categories. See `PlotCategories`.
    public var categories: [String] = []
    /// Column grouping rows into one point per line (e.g. "step"): the point's x is the mean
    /// of the x column over the group, its y aggregated as usual (nil: group by x itself).
    public var groupBy: String? = nil
    /// y drawn as a ratio of two values of one column (see `PlotRatio`); nil: y as written.
    public var ratio: PlotRatio? = nil
    /// Unit y is drawn in: "GiB" or "MiB" divide a bytes column by 2^30 or 2^20; "" as written.
    public var yUnit: String = ""
    /// Whether the spec's memory budget is drawn as a horizontal line (in `yUnit`).
    public var memoryBudgetLine: Bool = false
    /// "lines" (the default: y against x, one line per series) or "heatmap" (`z` coloured
    /// over the grid of x and y, one panel per value combination of `panels`; see `Heatmap`).
    public var style: String = "lines"
    /// Column coloured by a heatmap (numeric); nil for lines.
    public var z: String? = nil
    /// Columns whose value combinations are the panels of a heatmap: one column lays the
    /// panels in a row, two in a grid (rows by the first, columns by the second).
    public var panels: [String] = []

    /// The plot styles a spec may name.
    public static let styles = ["lines", "heatmap"]

    public init(name: String, x: String, y: String, series: [String], filter: [String: [String]], facets: [String],
                logX: Bool, logY: Bool, title: String, xLabel: String, yLabel: String, error: String?) {
        self.name = name; self.x = x; self.y = y; self.series = series; self.filter = filter; self.facets = facets
        self.logX = logX; self.logY = logY; self.title = title; self.xLabel = xLabel; self.yLabel = yLabel; self.error = error
    }
}

/// A horizontal reference line of a plot: the `y` column of one row picked from the ok rows
/// that pass `filter` (and the plot's facet): the one with the smallest (`at` = first) or
/// largest (`at` = last; among equal x the last in the file) value of the plot's x column. Spec form:
/// `{"label": "Transformer", "y": "accuracy", "filter": {"phase": "pretrain"}, "at": "last"}`
/// (`y` defaults to the plot's y, `at` to last; `"by": "step"` orders by another column than x).
public struct HLine: Equatable {
    public var label: String
    public var y: String
    public var filter: [String: [String]]
    public var atLast: Bool
    /// Column that orders the rows for first/last (nil: the plot's x).
    public var by: String?
    /// A fixed y (e.g. the chance level 1/pairs) instead of a value read from the rows.
    public var value: Double? = nil
    public init(label: String, y: String, filter: [String: [String]], atLast: Bool = true, by: String? = nil) {
        self.label = label; self.y = y; self.filter = filter; self.atLast = atLast; self.by = by
    }
}

/// y of a plot as a ratio: each row whose `column` holds `numerator`, divided by the row with
/// `denominator` that shares its x, facets and remaining series values. Spec form:
/// `{"column": "kernel", "numerator": "positive", "denominator": "trig"}`.
public struct PlotRatio: Equatable {
    public var column: String, numerator: String, denominator: String
    public init(column: String, numerator: String, denominator: String) {
        self.column = column; self.numerator = numerator; self.denominator = denominator
    }
}
