import PerformerTensor
import Foundation

/// An experiment spec (experiments/NAME.json), decoded and validated. See README
/// "Experiment specs" for the file format.
public struct Spec {
    /// File-name-safe name: results/NAME.csv, plots/NAME*.png.
    public var name: String
    public var description: String
    /// Key into `KindRegistry` ("timing", "approximation", ...).
    public var kind: String
    /// Swept parameters in file order; the first varies slowest.
    public var sweep: [SweepAxis]
    /// Parameters held at one value (override presets and defaults; axes override them).
    public var fixed: [(name: String, value: ParamValue)]
    /// Untimed runs before the timed ones (timing).
    public var warmup: Int
    /// Timed runs per configuration and pass (timing).
    public var repeats: Int
    /// Independent draws per configuration (approximation).
    public var samples: Int
    /// Configurations predicted to need more bytes are written as `skipped_memory`.
    public var memoryBudgetBytes: Int
    /// Once a configuration of a line took longer (seconds), larger seq_len of that line are
    /// written as `skipped_time`; nil: no limit.
    public var timeBudgetSeconds: Double?
    /// The whole run's estimated seconds (`TimeEstimate`) may not exceed this; `repro run`
    /// refuses to start otherwise (`--ignore-total-budget` overrides). nil: no limit.
    public var totalTimeBudgetSeconds: Double? = nil
    /// The sweep may expand to at most this many configurations.
    public var maxConfigurations: Int
    /// Sweep points to leave out: a point whose fixed or swept values match every key of one
    /// entry (one of the listed values per key) is not run (e.g. causal Linformer).
    public var exclude: [ExcludeRule] = []
    public var plots: [PlotSpec]
    /// The file as read (overrides are applied to it and decoded again).
    public var raw: JSONValue
    /// Notes for the user from applying overrides (e.g. an exclude entry dropped).
    public var notes: [String] = []

    /// FNV-1a 64 of the canonical JSON (sorted keys, no whitespace) without its "plots"
    /// entry (plots are drawn from the CSV and never change a measurement), 16 hex digits.
    public var hash: String {
        guard case .object(let members) = raw.kind else { return Hashing.fnv1a64Hex(raw.canonical) }
        var measured = raw
        measured.kind = .object(members.filter { $0.key != "plots" })
        return Hashing.fnv1a64Hex(measured.canonical)
    }

    public static let defaultMemoryBudgetBytes = 2 << 30
    public static let defaultMaxConfigurations = 1000
}

/// One swept parameter and its values in order.
public struct SweepAxis: Equatable {
    public var name: String
    public var values: [ParamValue]
    public init(name: String, values: [ParamValue]) { self.name = name; self.values = values }
}

/// One entry of a spec's `exclude` list: parameter name -> the values it excludes.
public struct ExcludeRule: Equatable {
    public var values: [String: [ParamValue]]
    public init(_ values: [String: [ParamValue]]) { self.values = values }

    /// Whether a sweep point (its fixed and swept values) matches every key of the rule.
    public func matches(_ explicit: [String: ParamValue]) -> Bool {
        values.allSatisfy { name, allowed in explicit[name].map { allowed.contains($0) } ?? false }
    }

    /// `{mechanism=linformer, causal=true}` for messages.
    public var description: String {
        "{" + values.keys.sorted().map { k in "\(k)=" + values[k]!.map(\.description).joined(separator: "|") }.joined(separator: ", ") + "}"
    }
}

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

/// Hashes used for spec and configuration keys (stable across runs and machines).
public enum Hashing {
    public static func fnv1a64(_ text: String) -> UInt64 { FNV1a.hash64(text.utf8) }

    public static func fnv1a64Hex(_ text: String) -> String { FNV1a.hex(text) }
}

/// A spec that failed to load: every message found, with positions when known.
public struct SpecError: Error, CustomStringConvertible {
    public var source: String
    public var messages: [SpecMessage]
    public init(source: String, messages: [SpecMessage]) { self.source = source; self.messages = messages }
    public init(source: String, _ message: String, at position: SourcePosition? = nil) {
        self.init(source: source, messages: [SpecMessage(message, at: position)])
    }
    public var description: String {
        messages.map { m in
            m.position.flatMap { $0.line > 0 ? "\(source):\($0.line):\($0.column): \(m.message)" : nil } ?? "\(source): \(m.message)"
        }.joined(separator: "\n")
    }
}

/// Byte sizes written as integers or strings such as "16GiB", "512 MiB", "2GB", "1e9".
public enum ByteSize {
    public static func parse(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [
            ("KiB", 1024), ("MiB", 1024 * 1024), ("GiB", 1024 * 1024 * 1024), ("TiB", 1024 * 1024 * 1024 * 1024),
            ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("B", 1),
        ]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            let number = t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let x = Double(number), x >= 0, x * factor < 0x1p62 else { return nil }
            return Int(x * factor)
        }
        guard let x = Double(t), x >= 0, x < 0x1p62 else { return nil }
        return Int(x)
    }

    /// "1.5 GiB", "256 MiB", "12 KiB", "100 B".
    public static func format(_ bytes: Int) -> String {
        let b = Double(bytes)
        if b >= Double(1 << 30) { return String(format: "%.2f GiB", b / Double(1 << 30)) }
        if b >= Double(1 << 20) { return String(format: "%.1f MiB", b / Double(1 << 20)) }
        if b >= Double(1 << 10) { return String(format: "%.1f KiB", b / Double(1 << 10)) }
        return "\(bytes) B"
    }
}
