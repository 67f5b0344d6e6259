import ArgumentParser
import Experiments
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine results/NAME.shard-*-of-N.csv into results/NAME.csv (shard files are kept).")

    @Argument(help: "The spec name (as in results/NAME.shard-i-of-n.csv).")
    var name: String

    @Option(name: .customLong("set"), help: "The overrides the shards were run with (as given to `repro run`): merges results/NAME+HASH.shard-*.")
    var overrides: [String] = []

    @Flag(help: "The shards ran the spec's quick profile (`repro run --quick`).")
    var quick = false

    @Flag(help: "Merge what is there even when shard files or configurations are missing or a configuration is in two shards (the first one is kept); exit 0.")
    var partial = false

    @OptionGroup var location: LocationOptions

    func run() throws {
        var specName = name
        var spec: Spec? = nil
        if !overrides.isEmpty || FileManager.default.fileExists(atPath: Catalog.resolve(name, experimentsDir: location.experiments)) {
            var (loaded, path) = try failing { try Catalog.load(name, experimentsDir: location.experiments) }
            if quick { loaded = try failing { try QuickProfile.apply(loaded, source: path) } }
            let parsed = try failing { try overrides.map(Override.init(parsing:)) }
            let effective = try failing { try Override.apply(parsed, to: loaded, source: path) }
            effective.notes.forEach(note)
            specName = effective.name
            spec = effective
        } else {
            note("note: no spec \(name) in \(location.experiments): the shards are checked against each other only, not against the spec's configurations")
        }
        let o = try failing { try Merge.merge(specName: specName, outDir: location.out, spec: spec, partial: partial) }
        print("\(o.csvPath): \(o.rowsAdded) rows added from \(o.shards.count) shard file(s)")
        if !o.missingShards.isEmpty { note("--partial: missing shard files: \(o.missingShards.joined(separator: ", "))") }
        if !o.missingConfigurations.isEmpty { note("--partial: \(o.missingConfigurations.count) configuration(s) in no shard: \(o.missingConfigurations.prefix(8).joined(separator: ", "))") }
        if !o.duplicatedConfigurations.isEmpty { note("--partial: kept the first of configurations in two shards: \(o.duplicatedConfigurations.prefix(8).joined(separator: ", "))") }
    }
}
