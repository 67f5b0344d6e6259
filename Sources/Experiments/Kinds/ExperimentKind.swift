import Foundation

/// An experiment kind: what one configuration measures, the parameters only its specs carry,
/// how its quick profile shrinks a spec, how long a configuration takes, and which columns
/// its rows carry.
///
/// To add a kind: write a struct conforming to `ExperimentKind` in its own file in Kinds/,
/// and add one instance to `KindRegistry.builtIn` below. Specs name it in "kind"; the
/// parameters, runner, memory budget, time estimate, quick profile, CSV, resume, sharding
/// and plots pick it up from there.
public protocol ExperimentKind: Sendable {
    /// The name specs use in "kind".
    var name: String { get }
    /// One line for `repro list` and the README.
    var summary: String { get }
    /// The parameters only specs of this kind carry (CSV columns after the common ones, in
    /// this order; `Parameters.all` gathers those of `KindRegistry.builtIn` in registry order,
    /// so a kind added with `register` uses the existing parameters only). A parameter several
    /// kinds share is declared once (`KindParameters`) and listed by each, with its own doc.
    var parameters: [ParameterInfo] { get }
    /// The `--set` overrides that turn `spec` into its quick profile (`QuickProfile`): only
    /// less work, never another experiment. Default: `QuickRules.defaultRule`.
    func quickOverrides(_ spec: Spec) -> [Override]
    /// One line for the list of quick rules (`QuickProfile.rules`).
    var quickRule: String { get }
    /// Measured / modelled seconds of this kind on the reference machine (`TimeEstimate`):
    /// fitted with `repro list --measured`; default `TimeEstimate.defaultFactor`.
    var builtInTimeFactor: Double { get }
    /// Measurement columns of a row, after the parameter columns (CSV order).
    var measurementColumns: [String] { get }
    /// The rows one configuration writes, each with the cells that tell them apart (e.g.
    /// `pass`); skipped and failed configurations write one row per entry.
    var rowLabels: [[String: String]] { get }
    /// A problem that makes `configuration` impossible for this kind, or nil.
    func check(_ configuration: Configuration) -> String?
    /// Predicted peak bytes of `measure` (inputs + mechanism.predictedExtraBytes). Throws when
    /// the configuration cannot be built (e.g. a mechanism not in this binary).
    func predictedBytes(_ configuration: Configuration, spec: Spec) throws -> Int
    /// Rough wall seconds of `measure` (for `repro list`).
    func estimatedSeconds(_ configuration: Configuration, spec: Spec) -> Double
    /// The time model `TimeEstimate` calibrates: modelled seconds of `measure` for a run
    /// writing into `outDir` (whose cached files may save work). Default: `estimatedSeconds`.
    func estimatedSeconds(_ configuration: Configuration, spec: Spec, outDir: String) -> Double
    /// Runs one configuration: one dictionary per entry of `rowLabels`, holding the
    /// `measurementColumns` cells and "peak_bytes" (measured with MemoryLedger).
    func measure(_ configuration: Configuration, spec: Spec) throws -> [[String: String]]
}

extension ExperimentKind {
    var rowLabels: [[String: String]] { [[:]] }
    public func check(_ configuration: Configuration) -> String? { nil }
    public var parameters: [ParameterInfo] { [] }
    func quickOverrides(_ spec: Spec) -> [Override] { QuickRules.defaultRule(spec) }
    var quickRule: String { QuickRules.defaultRuleText }
    var builtInTimeFactor: Double { TimeEstimate.defaultFactor }
    func estimatedSeconds(_ configuration: Configuration, spec: Spec, outDir: String) -> Double {
        estimatedSeconds(configuration, spec: spec)
    }
}

/// The kinds this binary knows, by name.
public enum KindRegistry {
    /// PLUGGING POINT for new kinds: add an instance here.
    static let builtIn: [any ExperimentKind] = [
        TimingKind(),
        ApproximationKind(),
        KernelVarianceKind(),
        ModelTimingKind(),
        TransferKind(),
        TaskKind(),
        DecodingKind(),
        ProteinLMKind(),
        ProteinAttentionKind(),
        ProteinLongKind(),
    ]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered: [any ExperimentKind] = []

    /// Adds a kind at run time (a library user's own kind, or a test's); it replaces a kind
    /// of the same name.
    static func register(_ kind: any ExperimentKind) {
        lock.lock(); defer { lock.unlock() }
        registered.removeAll { $0.name == kind.name }
        registered.append(kind)
    }

    /// Every kind: the built-in ones, then the registered ones.
    public static var all: [any ExperimentKind] {
        lock.lock(); defer { lock.unlock() }
        let extra = registered
        return builtIn.filter { k in !extra.contains { $0.name == k.name } } + extra
    }

    public static var names: [String] { all.map(\.name) }

    public static func kind(named name: String) -> (any ExperimentKind)? { all.first { $0.name == name } }
}

/// The CSV columns: key and status, every parameter, the kind's measurements, then the
/// bookkeeping columns.
enum ResultColumns {
    static let leading = ["config_key", "status"]
    static let trailing = ["predicted_bytes", "peak_bytes", "config_seconds", "error"]

    static func all(kind: (any ExperimentKind)?) -> [String] {
        leading + Parameters.names(forKind: kind?.name) + (kind?.measurementColumns ?? []) + trailing
    }

    /// Row status values.
    enum Status: String, CaseIterable, Sendable {
        case ok, skippedMemory = "skipped_memory", skippedTime = "skipped_time", failed
        /// Rows with this status finish their configuration (a rerun skips it); failed rows
        /// are retried.
        var isFinal: Bool { self != .failed }
    }
}
