import ArgumentParser
import Experiments

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the experiment specs: name, kind, configurations, estimated time (a flop model calibrated on this machine's measurements); --mechanisms: the parameter and preset tables.")

    @Flag(help: "Also print the time each spec's CSV in results/ measured (sum of config_seconds), the ratio, and the per-kind factors fitted from them (for each kind's builtInTimeFactor).")
    var measured = false

    @Flag(help: "Estimate as with an empty results/ folder (built-in factors and this machine's sgemm/exp rates; ignore results/time-calibration.json).")
    var uncalibrated = false

    @OptionGroup var location: LocationOptions

    @Flag(help: "Print the mechanisms' parameter and preset tables (Markdown, as in the README) instead of the specs.")
    var mechanisms = false

    func run() throws {
        if mechanisms {
            for (name, text) in MechanismTables.readmeBlocks {
                print(MechanismTables.begin(name)); print(text); print(MechanismTables.end(name)); print()
            }
            return
        }
        var estimator = TimeEstimate.load(outDir: location.out, log: note)
        if uncalibrated { estimator.measured = [:] }
        if measured {
            let rows = EstimateCheck.rows(experimentsDir: location.experiments, outDir: location.out, estimator: estimator)
            print("| spec | kind | estimate | measured | estimate / measured | model s (measured configs) | configs run |")
            print("| --- | --- | --- | --- | --- | --- | --- |")
            for r in rows {
                let m = r.measured.map { Runner.formatDuration($0) } ?? "-"
                let ratio = r.measured.flatMap { $0 > 0 ? String(format: "%.2f", r.estimated / $0) : nil } ?? "-"
                print("| \(r.name) | \(r.kind) | \(Runner.formatDuration(r.estimated)) | \(m) | \(ratio) | " + String(format: "%.4g", r.modelOfMeasured) + " | \(r.configurationsRun) |")
            }
            let factors = EstimateCheck.fittedFactors(rows).sorted { $0.key < $1.key }
            note("machine slowdown vs the reference (sgemm, exp): " + String(format: "%.2f", estimator.machineSlowdown))
            note("fitted factors (measured / model seconds; each kind's builtInTimeFactor): " + factors.map { "\"\($0.key)\": " + String(format: "%.4g", $0.value) }.joined(separator: ", "))
            return
        }
        let entries = Catalog.list(location.experiments, estimator: estimator)
        guard !entries.isEmpty else { throw CommandFailure(message: "no specs (*.json) in \(location.experiments)") }
        print("name\tkind\tconfigurations\testimated_time")
        var bad = 0
        for e in entries {
            if let error = e.error {
                print("\(e.name)\tinvalid\t-\t-")
                note(error)
                bad += 1
            } else {
                print("\(e.name)\t\(e.kind)\t\(e.configurations)\t\(Runner.formatDuration(e.estimatedSeconds))")
            }
        }
        if bad > 0 { throw CommandFailure(message: "\(bad) spec(s) in \(location.experiments) do not validate") }
    }
}
