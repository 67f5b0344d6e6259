import ArgumentParser
import Experiments

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one spec into results/NAME.csv (resuming: finished configurations are skipped), then plot it.",
        discussion: """
            --set key=value or key=v1,v2,... replaces a fixed parameter, a sweep axis or a setting \
            (repeats, warmup, samples, memory_budget_bytes, time_budget_seconds, max_configurations) \
            for this run only; the results go to results/NAME+HASH.csv, never over the spec's own. \
            Exit status: 0 done; 1 bad input, a failed configuration or another run writing the \
            same file; 4 the measurements were saved but plotting failed (`repro plot NAME` retries).
            """)

    @Argument(help: "A spec name (experiments/NAME.json) or a path to a spec file.")
    var spec: String

    @Option(name: .customLong("set"), help: "Override key=value or key=v1,v2,... (repeatable).")
    var overrides: [String] = []

    @Option(help: "Run shard i of n (1-based) into results/NAME.shard-i-of-n.csv; auto/n takes i from SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX (+1) or PARALLEL_SEQ.")
    var shard: String?

    @Flag(help: "Redo finished configurations (the old CSV is kept as a .bak file).")
    var force = false

    @Flag(help: "Run the spec's quick profile (reduced sweeps; the results keep the spec's name: use --out).")
    var quick = false

    @Flag(help: "Do not render the plots after the run.")
    var noPlot = false

    @Flag(help: "Run even when the estimated time exceeds the spec's total_time_budget_seconds.")
    var ignoreTotalBudget = false

    @OptionGroup var location: LocationOptions

    /// Exit status of a run whose measurements were all saved but whose plots failed (1 is
    /// left for failed configurations and bad input).
    static let plotFailedExitCode: Int32 = 4

    func run() throws {
        var (loaded, path) = try failing { try Catalog.load(spec, experimentsDir: location.experiments) }
        if quick { loaded = try failing { try QuickProfile.apply(loaded, source: path) } }
        let parsed = try failing { try overrides.map(Override.init(parsing:)) }
        let effective = try failing { try Override.apply(parsed, to: loaded, source: path) }
        effective.notes.forEach(note)
        let shardValue = try failing { try shard.map { try Shard.parse($0) } }
        var options = RunOptions(outDir: location.out, force: force, shard: shardValue, overrides: parsed, log: note)
        options.ignoreTotalBudget = ignoreTotalBudget
        let outcome = try failing { try Runner.run(effective, source: path, options: options) }
        let counts = outcome.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        print("\(effective.name): \(outcome.configurations) configurations (\(outcome.alreadyFinished) already finished\(counts.isEmpty ? "" : ", " + counts)) -> \(outcome.csvPath)")
        var plotFailure: String? = nil
        if shardValue == nil && !noPlot {
            do { try renderPlots(effective, location: location) } catch { plotFailure = "\(error)" }
        }
        if let plotFailure {
            note("error: plotting \(effective.name) failed (the results are saved in \(outcome.csvPath); `repro plot \(effective.name)` retries): \(plotFailure)")
        }
        if (outcome.counts["failed"] ?? 0) > 0 {
            throw CommandFailure(message: "\(outcome.counts["failed"]!) configuration(s) failed (see the error column of \(outcome.csvPath)); a rerun retries them")
        }
        if plotFailure != nil { throw ExitCode(RunCommand.plotFailedExitCode) }
    }
}
