import Analysis
import ArgumentParser
import Experiments

struct ReproduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reproduce",
        abstract: "Run every spec in the experiments folder (resuming), then render every plot.")

    @Flag(help: "Redo finished configurations (old CSVs are kept as .bak files).")
    var force = false

    @Flag(help: "Run every spec's quick profile (reduced sweeps, see QuickProfile); use with --out quick so the full results stay.")
    var quick = false

    @OptionGroup var location: LocationOptions

    func run() throws {
        let paths = Catalog.specPaths(location.experiments)
        guard !paths.isEmpty else { throw CommandFailure(message: "no specs (*.json) in \(location.experiments)") }
        var specs: [Spec] = [], problems: [String] = []
        for path in paths {
            do {
                let spec = try SpecDecoder.load(path: path)
                specs.append(quick ? try QuickProfile.apply(spec, source: path) : spec)
            } catch { problems.append("\(error)") }
        }
        problems.forEach(note)
        for (i, spec) in specs.enumerated() {
            note("== \(i + 1)/\(specs.count) \(spec.name) (\(spec.kind))")
            do {
                let o = try Runner.run(spec, source: Catalog.resolve(spec.name, experimentsDir: location.experiments), options: RunOptions(outDir: location.out, force: force, log: note))
                print("\(spec.name): \(o.configurations) configurations -> \(o.csvPath)")
                if (o.counts["failed"] ?? 0) > 0 { problems.append("\(spec.name): \(o.counts["failed"]!) configuration(s) failed") }
            } catch { problems.append("\(spec.name): \(error)") }
        }
        for spec in specs {
            do { try renderPlots(spec, location: location) } catch { problems.append("plot \(spec.name): \(error)") }
        }
        do {
            let (path, _) = try Report.write(outDir: location.out, staleness: Staleness.checker(outDir: location.out))
            print("report: \(path)")
        } catch { problems.append("report: \(error)") }
        if !problems.isEmpty {
            throw CommandFailure(message: "\(problems.count) problem(s):\n" + problems.joined(separator: "\n"))
        }
    }
}
