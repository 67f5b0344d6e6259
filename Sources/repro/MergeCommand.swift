import ArgumentParser
import Experiments

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine results/NAME.shard-*-of-N.csv into results/NAME.csv (shard files are kept).")

    @Argument(help: "The spec name (as in results/NAME.shard-i-of-n.csv).")
    var name: String

    @OptionGroup var location: LocationOptions

    func run() throws {
        let o = try failing { try Merge.merge(specName: name, outDir: location.out) }
        print("\(o.csvPath): \(o.rowsAdded) rows added from \(o.shards.count) shard file(s)")
        if !o.missingShards.isEmpty {
            throw CommandFailure(message: "missing shard files: \(o.missingShards.joined(separator: ", ")); merged what exists, rerun merge when they are there")
        }
    }
}
