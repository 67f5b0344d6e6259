import ArgumentParser
import Experiments

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Write plots/NAME*.gp and render .png and .svg from results/NAME.csv alone (no measurement).")

    @Argument(help: "A spec name or path (omit with --all).")
    var spec: String?

    @Flag(help: "Plot every spec of the experiments folder.")
    var all = false

    @Option(name: .customLong("set"), help: "The overrides of the run to plot (as given to `repro run`).")
    var overrides: [String] = []

    @OptionGroup var location: LocationOptions

    func validate() throws {
        guard (spec != nil) != all else { throw ValidationError("give a spec name or --all (not both)") }
    }

    func run() throws {
        let targets = all ? Catalog.specPaths(location.experiments) : [spec!]
        if all && targets.isEmpty { throw CommandFailure(message: "no specs (*.json) in \(location.experiments)") }
        var problems: [String] = []
        for target in targets {
            do {
                let (loaded, path) = try Catalog.load(target, experimentsDir: location.experiments)
                let effective = try Override.apply(try overrides.map(Override.init(parsing:)), to: loaded, source: path)
                try renderPlots(effective, location: location)
            } catch { problems.append("\(error)") }
        }
        if !problems.isEmpty { throw CommandFailure(message: problems.joined(separator: "\n")) }
    }
}
