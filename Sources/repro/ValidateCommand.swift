import ArgumentParser
import Experiments

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check spec files (JSON, keys, types, ranges, mechanisms, combinations, sweep size) without running them.")

    @Argument(help: "Spec paths or names.")
    var specs: [String]

    @Option(name: .customLong("set"), help: "Overrides to check as well (as given to `repro run`).")
    var overrides: [String] = []

    @OptionGroup var location: LocationOptions

    func run() throws {
        var bad = 0
        for target in specs {
            do {
                let (loaded, path) = try Catalog.load(target, experimentsDir: location.experiments)
                let spec = try Override.apply(try overrides.map(Override.init(parsing:)), to: loaded, source: path)
                let n = try Sweep.expand(spec, source: path).count
                spec.notes.forEach(note)
                print("ok: \(path): \(spec.name) (\(spec.kind), \(n) configurations, \(spec.plots.count) plots)")
            } catch {
                note("\(error)")
                bad += 1
            }
        }
        if bad > 0 { throw CommandFailure(message: "\(bad) of \(specs.count) spec(s) invalid") }
    }
}
