import PerformerTensor
import Foundation
import ResultsFormat

/// An experiment spec (experiments/NAME.json), decoded and validated. See README
/// "Experiment specs" for the file format.
public struct Spec {
    /// File-name-safe name: results/NAME.csv, plots/NAME*.png.
    public var name: String
    public var description: String
    /// Key into `KindRegistry` ("timing", "approximation", ...).
    public var kind: String
    /// Swept parameters in file order; the first varies slowest.
    var sweep: [SweepAxis]
    /// Parameters held at one value (override presets and defaults; axes override them).
    public var fixed: [(name: String, value: ParamValue)]
    /// Untimed runs before the timed ones (timing).
    var warmup: Int
    /// Timed runs per configuration and pass (timing).
    var repeats: Int
    /// Independent draws per configuration (approximation).
    public var samples: Int
    /// Configurations predicted to need more bytes are written as `skipped_memory`.
    public var memoryBudgetBytes: Int
    /// Once a configuration of a line took longer (seconds), larger seq_len of that line are
    /// written as `skipped_time`; nil: no limit.
    var timeBudgetSeconds: Double?
    /// The whole run's estimated seconds (`TimeEstimate`) may not exceed this; `repro run`
    /// refuses to start otherwise (`--ignore-total-budget` overrides). nil: no limit.
    var totalTimeBudgetSeconds: Double? = nil
    /// The sweep may expand to at most this many configurations.
    var maxConfigurations: Int
    /// Sweep points to leave out: a point whose fixed or swept values match every key of one
    /// entry (one of the listed values per key) is not run (e.g. causal Linformer).
    var exclude: [ExcludeRule] = []
    public var plots: [PlotSpec]
    /// The file as read (overrides are applied to it and decoded again).
    var raw: JSONValue
    /// Notes for the user from applying overrides (e.g. an exclude entry dropped).
    public var notes: [String] = []

    /// FNV-1a 64 of the canonical JSON (sorted keys, no whitespace) without its "plots"
    /// entry (plots are drawn from the CSV and never change a measurement), 16 hex digits.
    var hash: String {
        guard case .object(let members) = raw.kind else { return Hashing.fnv1a64Hex(raw.canonical) }
        var measured = raw
        measured.kind = .object(members.filter { $0.key != "plots" })
        return Hashing.fnv1a64Hex(measured.canonical)
    }

    static let defaultMemoryBudgetBytes = 2 << 30
    static let defaultMaxConfigurations = 1000
}

/// One swept parameter and its values in order.
struct SweepAxis: Equatable {
    var name: String
    var values: [ParamValue]
    init(name: String, values: [ParamValue]) { self.name = name; self.values = values }
}

/// One entry of a spec's `exclude` list: parameter name -> the values it excludes.
struct ExcludeRule: Equatable {
    var values: [String: [ParamValue]]
    init(_ values: [String: [ParamValue]]) { self.values = values }

    /// Whether a sweep point (its fixed and swept values) matches every key of the rule.
    func matches(_ explicit: [String: ParamValue]) -> Bool {
        values.allSatisfy { name, allowed in explicit[name].map { allowed.contains($0) } ?? false }
    }

    /// `{mechanism=linformer, causal=true}` for messages.
    var description: String {
        "{" + values.keys.sorted().map { k in "\(k)=" + values[k]!.map(\.description).joined(separator: "|") }.joined(separator: ", ") + "}"
    }
}

/// Hashes used for spec and configuration keys (stable across runs and machines).
enum Hashing {
    static func fnv1a64(_ text: String) -> UInt64 { FNV1a.hash64(text.utf8) }

    static func fnv1a64Hex(_ text: String) -> String { FNV1a.hex(text) }
}

/// A spec that failed to load: every message found, with positions when known.
public struct SpecError: Error, CustomStringConvertible {
    var source: String
    var messages: [SpecMessage]
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
