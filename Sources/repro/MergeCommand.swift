import ArgumentParser
import Experiments

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine results/NAME.shard-*-of-N.csv into results/NAME.csv (shard files are kept).")

    @Argument(help: "The spec name (as in results/NAME.shard-i-of-n.csv).")
    var name: String

    @Option(name: .customLong("set"), help: "The overrides the shards were run with (as given to `repro run`): merges results/NAME+HASH.shard-*.")
    var overrides: [String] = []

    @OptionGroup var location: LocationOptions

    func run() throws {
        var specName = name
        if !overrides.isEmpty {
            let (loaded, path) = try failing { try Catalog.load(name, experimentsDir: location.experiments) }
            let parsed = try failing { try overrides.map(Override.init(parsing:)) }
            let effective = try failing { try Override.apply(parsed, to: loaded, source: path) }
            effective.notes.forEach(note)
            specName = effective.name
        }
        let o = try failing { try Merge.merge(specName: specName, outDir: location.out) }
        print("\(o.csvPath): \(o.rowsAdded) rows added from \(o.shards.count) shard file(s)")
        if !o.missingShards.isEmpty {
            throw CommandFailure(message: "missing shard files: \(o.missingShards.joined(separator: ", ")); merged what exists, rerun merge when they are there")
        }
    }
}
