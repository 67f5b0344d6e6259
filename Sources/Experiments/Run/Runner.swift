import Foundation
import PerformerTensor
import ResultsFormat

/// Where and how a spec runs.
/// What a kind may know about the run it is part of (set by `Runner.run` around `measure`).
enum RunContext {
    /// The run's output folder (results/ lives under it): kinds that cache files (the
    /// transfer kind's pretrained checkpoint) put them in `outDir`/results.
    @TaskLocal static var outDir = "."
}

public struct RunOptions {
    /// Directory holding results/ (and plots/); default the current directory.
    var outDir: String
    /// Redo finished configurations (the old CSV is renamed aside first).
    var force: Bool
    public var shard: Shard?
    /// The --set overrides already applied to the spec (recorded in the metadata).
    public var overrides: [Override]
    /// Progress lines (stderr in the CLI).
    var log: (String) -> Void
    /// Run even when the estimate exceeds the spec's total_time_budget_seconds.
    public var ignoreTotalBudget = false
    /// The time estimator (nil: `TimeEstimate.load(outDir:)` when the run starts).
    var estimator: TimeEstimate? = nil

    public init(outDir: String = ".", force: Bool = false, shard: Shard? = nil, overrides: [Override] = [], log: @escaping (String) -> Void = { _ in }) {
        self.outDir = outDir; self.force = force; self.shard = shard; self.overrides = overrides; self.log = log
    }
}

/// What a run did.
public struct RunOutcome: Equatable {
    public var csvPath: String
    var metaPath: String
    public var configurations: Int
    public var alreadyFinished: Int
    public var counts: [String: Int]
}

/// Runs a spec's configurations in sweep order, one at a time: finished ones (from an earlier
/// run) are skipped; a configuration predicted over the memory budget is written as
/// `skipped_memory`; one with a larger seq_len than a configuration of its line that took
/// longer than the time budget is written as `skipped_time`; one that throws is `failed`
/// with the message (retried by the next run). Every configuration's rows are appended and
/// flushed as soon as it finishes.
public enum Runner {
    public static func paths(specName: String, outDir: String, shard: Shard?) -> (csv: String, meta: String) {
        let base = (outDir as NSString).appendingPathComponent("results/\(specName)\(shard?.suffix ?? "")")
        return (base + ".csv", base + ".meta.json")
    }

    public static func run(_ spec: Spec, source: String, options: RunOptions) throws -> RunOutcome {
        guard let kind = KindRegistry.kind(named: spec.kind) else { throw SpecError(source: source, "unknown kind \(spec.kind)") }
        var configurations = try Sweep.expand(spec, source: source)
        if let shard = options.shard { configurations = shard.select(configurations) }
        let (csvPath, metaPath) = paths(specName: spec.name, outDir: options.outDir, shard: options.shard)
        let estimator = options.estimator ?? TimeEstimate.load(outDir: options.outDir, measureRates: Calibration.read(outDir: options.outDir).kinds[kind.name] == nil, log: options.log)
        if let limit = spec.totalTimeBudgetSeconds, !options.ignoreTotalBudget {
            let estimate = estimator.total(configurations, spec: spec, kind: kind)
            if estimate > limit {
                throw SpecError(source: source, "estimated time \(formatDuration(estimate)) exceeds total_time_budget_seconds = \(formatDuration(limit)) (shrink the sweep, raise the budget, or pass --ignore-total-budget)")
            }
        }
        let store = try ResultsStore(path: csvPath, header: ResultColumns.all(kind: kind), force: options.force)
        store.notes.forEach(options.log)
        if let note = try store.dropIncompleteTail(rowsPerConfiguration: kind.rowLabels.count) { options.log(note) }

        // The budget never exceeds 80% of this machine's memory, whatever the spec says.
        var memoryBudget = spec.memoryBudgetBytes
        let machineCap = Int(Double(ProcessInfo.processInfo.physicalMemory) * 0.8)
        if spec.memoryBudgetBytes > machineCap {
            options.log("note: memory budget \(ByteSize.format(spec.memoryBudgetBytes)) exceeds 80% of this machine's memory; using \(ByteSize.format(machineCap))")
            memoryBudget = machineCap
        }
        let finished = store.finishedKeys(rowsPerConfiguration: kind.rowLabels.count)
        // Lines already stopped by the time budget: the smallest slow seq_len per line.
        var slowFrom: [String: Int] = [:]
        let byKey = Dictionary(configurations.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for row in store.existingRows where row["status"] == "ok" {
            if let budget = spec.timeBudgetSeconds, let s = Double(row["config_seconds"] ?? ""), s > budget,
               let c = byKey[row["config_key"] ?? ""] {
                slowFrom[c.lineKey] = min(slowFrom[c.lineKey] ?? .max, c.int("seq_len"))
            }
        }
        var outcome = RunOutcome(csvPath: csvPath, metaPath: metaPath, configurations: configurations.count,
                                 alreadyFinished: 0, counts: [:])
        let todo = configurations.filter { !finished.contains($0.key) }
        outcome.alreadyFinished = configurations.count - todo.count
        if outcome.alreadyFinished > 0 {
            options.log("\(spec.name): \(outcome.alreadyFinished) of \(configurations.count) configurations already in \(csvPath); running the other \(todo.count)")
        }
        // A run that measures nothing leaves the metadata as it was.
        if !todo.isEmpty || !FileManager.default.fileExists(atPath: metaPath) {
            try recordRun(spec, source: source, options: options, configurations: configurations, metaPath: metaPath)
        }
        // ETA: the remaining configurations' estimates (budgets simulated), scaled by how the
        // configurations measured so far compared with their estimates.
        let plan = estimator.plan(todo, spec: spec, kind: kind)
        var remaining = plan.reduce(0, +)
        var measuredSoFar = 0.0, estimatedSoFar = 0.0
        for (i, c) in todo.enumerated() {
            var status = ResultColumns.Status.ok
            var rows: [[String: String]] = []
            var predicted: Int? = nil
            var seconds: Double? = nil
            var message = ""
            // Memory first: a configuration over the memory budget is `skipped_memory` even on a
            // line the time budget already stopped, so plotted lines show where memory ends.
            do {
                predicted = try kind.predictedBytes(c, spec: spec)
                if predicted! > memoryBudget {
                    status = .skippedMemory
                    message = "predicted \(ByteSize.format(predicted!)) > budget \(ByteSize.format(memoryBudget))"
                } else if let budget = spec.timeBudgetSeconds, let from = slowFrom[c.lineKey], c.int("seq_len") > from {
                    status = .skippedTime
                    message = String(format: "seq_len %d of this line took longer than the time budget of %g s", from, budget)
                } else {
                    let t0 = Stopwatch.now()
                    rows = try RunContext.$outDir.withValue(options.outDir) { try kind.measure(c, spec: spec) }
                    seconds = Stopwatch.now() - t0
                    if let budget = spec.timeBudgetSeconds, seconds! > budget {
                        slowFrom[c.lineKey] = min(slowFrom[c.lineKey] ?? .max, c.int("seq_len"))
                    }
                }
            } catch {
                status = .failed
                message = "\(error)"
            }
            if status != .ok { rows = kind.rowLabels }
            let full = rows.map { cells -> [String: String] in
                var r = c.cells.merging(cells) { $1 }
                r["config_key"] = c.key
                r["status"] = status.rawValue
                r["predicted_bytes"] = cells["predicted_bytes"] ?? predicted.map(String.init) ?? ""  // a row may predict its own pass
                r["config_seconds"] = seconds.map { String(format: "%.6f", $0) } ?? ""
                r["error"] = message
                return r
            }
            try store.append(full)
            outcome.counts[status.rawValue, default: 0] += 1
            remaining -= plan[i]
            if let seconds, status == .ok {
                let model = estimator.modelSeconds(c, spec: spec, kind: kind)
                Calibration.record(kind: kind.name, modelSeconds: model, measuredSeconds: seconds, outDir: options.outDir)
                measuredSoFar += seconds; estimatedSoFar += plan[i]
            }
            // Trust the measured ratio in proportion to the work already seen.
            let ratio = estimatedSoFar > 0 && measuredSoFar > 0 ? measuredSoFar / estimatedSoFar : 1
            let eta = max(0, remaining) * ratio
            var line = "[\(i + 1 + outcome.alreadyFinished)/\(configurations.count)] \(c.label): \(status.rawValue)"
            if let seconds { line += String(format: " (%.3g s)", seconds) }
            if !message.isEmpty { line += ": \(message)" }
            line += ", ETA \(formatDuration(eta))"
            options.log(line)
        }
        return outcome
    }

    static func recordRun(_ spec: Spec, source: String, options: RunOptions, configurations: [Configuration], metaPath: String) throws {
        let (existing, note) = ResultsMetadata.read(path: metaPath)
        if let note { options.log(note) }
        if options.force, existing != nil {
            let backup = metaPath + ".bak-" + ResultsStore.stamp()
            try? FileManager.default.copyItem(atPath: metaPath, toPath: backup)
        }
        if let existing, existing.specHash != spec.hash, !options.force {
            options.log("note: \(spec.name): the spec changed since the results were written (hash \(existing.specHash) -> \(spec.hash)); configurations with the same parameters are kept, the rest run now")
        }
        var meta = (options.force ? nil : existing) ?? ResultsMetadata(
            specName: spec.name, specHash: spec.hash, specSource: source, kind: spec.kind,
            overrides: options.overrides.map(\.description), runs: [])
        meta.specHash = spec.hash
        let info = MachineInfo.current()
        meta.runs.append(ResultsMetadata.Run(
            date: ResultsMetadata.now(), commit: info.commit, machine: info, blasCore: info.blasCore,
            blasThreads: info.blasThreads, seeds: Array(Set(configurations.map { $0.int("seed") })).sorted(),
            shard: options.shard?.description, configurations: configurations.count, specHash: spec.hash))
        try meta.write(path: metaPath)
    }

    /// "42 s", "3.5 min", "2.1 h".
    public static func formatDuration(_ s: Double) -> String {
        if s < 90 { return String(format: "%.0f s", s) }
        if s < 5400 { return String(format: "%.1f min", s / 60) }
        return String(format: "%.1f h", s / 3600)
    }
}
