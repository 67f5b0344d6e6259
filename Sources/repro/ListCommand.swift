import ArgumentParser
import Experiments

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the experiment specs: name, kind, configurations, rough time (a cost model, not a measurement); --mechanisms: the parameter and preset tables.")

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
        let entries = Catalog.list(location.experiments)
        guard !entries.isEmpty else { throw CommandFailure(message: "no specs (*.json) in \(location.experiments)") }
        print("name\tkind\tconfigurations\trough_time")
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
