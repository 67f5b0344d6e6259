import Foundation
import PerformerTensor
import ResultsFormat

/// Wall-time estimates of specs and configurations, calibrated on measurements rather than
/// assumed rates.
///
/// Each kind's time model (`estimatedSeconds(_:spec:outDir:)`) is a flop model at a nominal rate (`CostModel`); its
/// absolute level is off by a roughly constant factor per kind (BLAS efficiency at the
/// kind's shapes, exponentials, overheads). This file turns it into seconds on this machine:
///
///     seconds(c) = model(c) x factor(kind) + overhead(kind)
///
/// (overhead: seconds per configuration that no flop count sees: building the model, loading
/// the corpus, the first BLAS calls), where factor(kind) is, in order of preference,
/// 1. the measured ratio sum(config_seconds) / sum(model) over every configuration of the kind
///    this results folder has run (`results/time-calibration.json`, updated by every run), or
/// 2. the built-in ratio fitted on the reference machine (the kind's `builtInTimeFactor`, from
///    the committed CSVs), scaled by how much faster the reference machine's sgemm and exp rates were than
///    this machine's, measured now (`MachineRates`, a few milliseconds).
///
/// A spec's estimate simulates the run: configurations over the memory budget cost nothing,
/// and once a configuration of a line is predicted slower than the time budget, the larger
/// seq_len of the line cost nothing (they are written as `skipped_time`).
///
/// Recalibrating after the spec set or the code changed: run the specs (any run updates
/// results/time-calibration.json), then `repro list --measured` prints, per kind, the ratio of
/// measured to modelled seconds over the committed CSVs: copy each into its kind's
/// `builtInTimeFactor`.
public struct TimeEstimate {
    /// The built-in factor of a kind that declares none (`ExperimentKind.builtInTimeFactor`).
    /// The kinds' factors were fitted on the reference machine (AMD EPYC Zen 4, 2 cores,
    /// OpenBLAS Cooperlake; the CSVs of measuring commit fe11c8e), chosen with
    /// `REPRO_MACHINE_SLOWDOWN=1 REPRO_TIME_FACTORS=... repro list --measured --uncalibrated`
    /// so that every shipped spec's estimate, budgets simulated, is within 2x of its measured
    /// time (the ratio over the configurations that ran, printed by the same command, differs
    /// where the time budget cuts lines).
    static let defaultFactor = 1.0
    /// Seconds per configuration beyond the model, per kind (fitted with the factors).
    static let builtInOverheads: [String: Double] = [:]
    /// The reference machine's rates (results/env.txt, results/bench.txt).
    static let reference = MachineRates(sgemmFlopsPerSecond: 201.2e9, expPerSecond: 4.35e9)

    /// Measured / modelled seconds per kind, from this results folder's runs.
    public var measured: [String: Calibration.Entry]
    /// This machine's rates (nil: assume the reference machine's).
    var rates: MachineRates?
    /// Where results/ is (the kinds' time models look up cached files there, e.g. pretrained
    /// checkpoints).
    var outDir: String
    /// Factor and overhead overrides, from REPRO_TIME_FACTORS="kind=factor[:overhead],..."
    /// (for recalibrating without rebuilding), and REPRO_MACHINE_SLOWDOWN=x.
    public var overrides: [String: (factor: Double, overhead: Double?)] = [:]
    var slowdownOverride: Double?

    public init(measured: [String: Calibration.Entry] = [:], rates: MachineRates? = nil, outDir: String = ".") {
        self.measured = measured; self.rates = rates; self.outDir = outDir
        let env = ProcessInfo.processInfo.environment
        for item in (env["REPRO_TIME_FACTORS"] ?? "").split(separator: ",") {
            let kv = item.split(separator: "=")
            guard kv.count == 2 else { continue }
            let parts = kv[1].split(separator: ":").compactMap { Double($0) }.filter { $0.isFinite && $0 >= 0 && $0 < 1e6 }
            if let f = parts.first { overrides[String(kv[0])] = (f, parts.count > 1 ? parts[1] : nil) }
        }
        if let x = env["REPRO_MACHINE_SLOWDOWN"].flatMap(Double.init), x > 0, x < 1e3 { slowdownOverride = x }
    }

    /// The estimator for runs writing into `outDir`/results: its stored calibration, and
    /// with `measureRates` this machine's rates (`MachineRatesCache`: cached, or measured now
    /// with a note to `log`).
    public static func load(outDir: String, measureRates: Bool = true, log: (String) -> Void = { _ in }) -> TimeEstimate {
        TimeEstimate(measured: Calibration.read(outDir: outDir).kinds,
                     rates: measureRates ? MachineRatesCache.rates(outDir: outDir, log: log) : nil, outDir: outDir)
    }

    /// How many times slower this machine is than the reference (geometric mean of the sgemm
    /// and exp ratios, clamped to [1/8, 8] so that one noisy measurement cannot dominate).
    public var machineSlowdown: Double {
        if let slowdownOverride { return slowdownOverride }
        guard let rates else { return 1 }
        let s = (Self.reference.sgemmFlopsPerSecond / rates.sgemmFlopsPerSecond * Self.reference.expPerSecond / rates.expPerSecond).squareRoot()
        return s.isFinite ? min(8, max(0.125, s)) : 1
    }

    /// Seconds per configuration beyond the model for `kind`, on this machine.
    func overhead(_ kind: String) -> Double {
        (overrides[kind]?.overhead ?? Self.builtInOverheads[kind] ?? 0) * machineSlowdown
    }

    /// Seconds per modelled second for `kind`: this folder's measured ratio when it has seen
    /// at least 3 configurations of the kind, else the built-in one scaled to this machine.
    func factor(_ kind: String) -> Double {
        if let o = overrides[kind] { return o.factor * machineSlowdown }
        if let m = measured[kind], m.modelSeconds > 0, m.configurations >= 3 {
            let f = (m.measuredSeconds - overhead(kind) * Double(m.configurations)) / m.modelSeconds
            if f > 0 && f.isFinite { return f }
        }
        return (KindRegistry.kind(named: kind)?.builtInTimeFactor ?? Self.defaultFactor) * machineSlowdown
    }

    /// The model's seconds of one configuration at the nominal rate (before the factor).
    /// The kind's time model (`ExperimentKind.estimatedSeconds(_:spec:outDir:)`).
    func modelSeconds(_ c: Configuration, spec: Spec, kind: any ExperimentKind) -> Double {
        let s = kind.estimatedSeconds(c, spec: spec, outDir: outDir)
        return s.isFinite && s > 0 ? s : 0
    }

    /// Estimated seconds of one configuration (when it runs).
    public func seconds(_ c: Configuration, spec: Spec, kind: any ExperimentKind) -> Double {
        modelSeconds(c, spec: spec, kind: kind) * factor(kind.name) + overhead(kind.name)
    }

    /// The memory budget a run uses: the spec's, at most 80% of this machine's memory.
    static func memoryBudget(_ spec: Spec) -> Int {
        min(spec.memoryBudgetBytes, Int(Double(ProcessInfo.processInfo.physicalMemory) * 0.8))
    }

    /// Estimated seconds of each configuration in a run of `configurations` (in sweep order),
    /// simulating the memory and time budgets (skipped configurations: 0).
    public func plan(_ configurations: [Configuration], spec: Spec, kind: any ExperimentKind) -> [Double] {
        let budget = Self.memoryBudget(spec)
        var slowFrom: [String: Int] = [:]
        return configurations.map { c in
            let bytes = (try? kind.predictedBytes(c, spec: spec)) ?? 0
            // Building a mechanism to ask its bytes may allocate its parameters (Linformer's
            // E and F): return them at once, or the allocator's pool would keep every one.
            TensorAllocator.drain()
            if bytes > budget { return 0 }
            if spec.timeBudgetSeconds != nil, let from = slowFrom[c.lineKey], c.int("seq_len") > from { return 0 }
            let s = seconds(c, spec: spec, kind: kind)
            if let t = spec.timeBudgetSeconds, s > t { slowFrom[c.lineKey] = min(slowFrom[c.lineKey] ?? .max, c.int("seq_len")) }
            return s
        }
    }

    /// Estimated seconds of a whole run of `configurations`.
    public func total(_ configurations: [Configuration], spec: Spec, kind: any ExperimentKind) -> Double {
        plan(configurations, spec: spec, kind: kind).reduce(0, +)
    }
}

/// Rates measured on this machine in a few milliseconds (best of a few, so that a busy
/// machine's noise biases them little).
public struct MachineRates: Codable, Equatable, Sendable {
    var sgemmFlopsPerSecond: Double
    var expPerSecond: Double
    public init(sgemmFlopsPerSecond: Double, expPerSecond: Double) {
        self.sgemmFlopsPerSecond = sgemmFlopsPerSecond; self.expPerSecond = expPerSecond
    }

    public static func measure() -> MachineRates {
        // At the reference's size (2048: the rate at smaller sizes is lower on any machine),
        // best of 2 (about 0.3 s on the reference machine).
        MachineRates(sgemmFlopsPerSecond: Benchmarks.sgemmGflops(size: 2048, repeats: 2).max * 1e9,
                     expPerSecond: Benchmarks.expPerSecond(repeats: 3).max)
    }
}

/// The per-kind record of modelled and measured seconds of the configurations run into one
/// results folder (results/time-calibration.json), updated after every configuration.
public enum Calibration {
    public struct Entry: Codable, Equatable, Sendable {
        /// Sum of the model's seconds (`ExperimentKind.estimatedSeconds`) of the configurations.
        var modelSeconds: Double
        /// Sum of their measured config_seconds.
        var measuredSeconds: Double
        public var configurations: Int
        public init(modelSeconds: Double = 0, measuredSeconds: Double = 0, configurations: Int = 0) {
            self.modelSeconds = modelSeconds; self.measuredSeconds = measuredSeconds; self.configurations = configurations
        }
    }
    public struct File: Codable, Equatable {
        var kinds: [String: Entry] = [:]
    }

    static func path(outDir: String) -> String {
        (outDir as NSString).appendingPathComponent("results/time-calibration.json")
    }

    /// The stored calibration; empty when the file is missing or unreadable (it is only a
    /// cache of measurements: nothing depends on it but the estimates).
    public static func read(outDir: String) -> File {
        guard let data = FileManager.default.contents(atPath: path(outDir: outDir)),
              let f = try? JSONDecoder().decode(File.self, from: data) else { return File() }
        // Range check: a hand-edited or corrupt entry is ignored rather than trusted.
        return File(kinds: f.kinds.filter { _, e in
            e.modelSeconds.isFinite && e.measuredSeconds.isFinite && e.modelSeconds > 0 && e.measuredSeconds > 0
                && e.configurations > 0 && e.measuredSeconds / e.modelSeconds < 1e6 && e.modelSeconds / e.measuredSeconds < 1e6
        })
    }

    /// Adds one measured configuration of `kind` (best effort: a failed write loses only
    /// the calibration, never results).
    public static func record(kind: String, modelSeconds: Double, measuredSeconds: Double, outDir: String) {
        guard modelSeconds > 0, measuredSeconds > 0, modelSeconds.isFinite, measuredSeconds.isFinite else { return }
        var f = read(outDir: outDir)
        var e = f.kinds[kind] ?? Entry()
        e.modelSeconds += modelSeconds; e.measuredSeconds += measuredSeconds; e.configurations += 1
        f.kinds[kind] = e
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        if let data = try? enc.encode(f) { try? AtomicFile.write(data, to: path(outDir: outDir)) }
    }
}

/// A spec's estimate next to what its committed CSV measured (for `repro list --measured`).
public enum EstimateCheck {
    public struct Row {
        public var name: String, kind: String
        /// Estimated seconds of the whole spec (as with results/ empty).
        public var estimated: Double
        /// Sum of config_seconds in results/NAME.csv (nil: no CSV).
        public var measured: Double?
        /// The kind's model seconds and measured seconds over the configurations that ran.
        public var modelOfMeasured: Double
        public var configurationsRun: Int
    }

    /// Every spec of `experimentsDir` whose CSV exists under `outDir`/results.
    public static func rows(experimentsDir: String, outDir: String, estimator: TimeEstimate) -> [Row] {
        Catalog.specPaths(experimentsDir).compactMap { path -> Row? in
            guard let spec = try? SpecDecoder.load(path: path), let kind = KindRegistry.kind(named: spec.kind),
                  let configurations = try? Sweep.expand(spec, source: path) else { return nil }
            let estimated = estimator.total(configurations, spec: spec, kind: kind)
            let csv = Runner.paths(specName: spec.name, outDir: outDir, shard: nil).csv
            guard let table = try? CSVReader.read(path: csv) else {
                return Row(name: spec.name, kind: spec.kind, estimated: estimated, measured: nil, modelOfMeasured: 0, configurationsRun: 0)
            }
            let byKey = Dictionary(configurations.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            var seen = Set<String>()
            var measured = 0.0, model = 0.0, configurationsRun = 0
            for r in table.rows {
                guard let k = r["config_key"], !seen.contains(k), let s = Double(r["config_seconds"] ?? ""), s.isFinite, s >= 0 else { continue }
                seen.insert(k)
                measured += s
                if let c = byKey[k] { model += estimator.modelSeconds(c, spec: spec, kind: kind); configurationsRun += 1 }
            }
            return Row(name: spec.name, kind: spec.kind, estimated: estimated, measured: measured, modelOfMeasured: model, configurationsRun: configurationsRun)
        }
    }

    /// Measured / modelled seconds per kind over `rows` (the values for the kinds'
    /// `builtInTimeFactor`).
    public static func fittedFactors(_ rows: [Row]) -> [String: Double] {
        var model: [String: Double] = [:], measured: [String: Double] = [:]
        for r in rows where r.modelOfMeasured > 0 {
            model[r.kind, default: 0] += r.modelOfMeasured
            measured[r.kind, default: 0] += r.measured ?? 0
        }
        return model.compactMapValues { $0 }.reduce(into: [:]) { out, kv in out[kv.key] = (measured[kv.key] ?? 0) / kv.value }
    }
}
