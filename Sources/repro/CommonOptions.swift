import Analysis
import ArgumentParser
import Experiments
import Foundation

/// Options shared by the experiment commands.
struct LocationOptions: ParsableArguments {
    @Option(help: "Folder of the experiment specs (NAME resolves to DIR/NAME.json).")
    var experiments = "experiments"

    @Option(help: "Folder that holds results/ and plots/ (default: the current folder).")
    var out = "."

    var plotsDir: String { (out as NSString).appendingPathComponent("plots") }
}

/// A line on stderr (progress and notes; stdout carries the results of list/validate).
func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Errors from the library, printed as they are (they carry file, line and column).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ error: Error) { description = "\(error)" }
    init(message: String) { description = message }
}

/// Runs `body`, turning any thrown error into a CommandFailure (non-zero exit).
func failing<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as CommandFailure { throw e } catch let e as ValidationError { throw e } catch {
        throw CommandFailure(error)
    }
}

/// Renders the plots of `spec` from its CSV, printing what was written.
func renderPlots(_ spec: Spec, location: LocationOptions) throws {
    guard !spec.plots.isEmpty else { note("\(spec.name): no plots in the spec"); return }
    let csv = Runner.paths(specName: spec.name, outDir: location.out, shard: nil).csv
    let (outputs, skipped) = try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: csv, plotsDir: location.plotsDir)
    for o in outputs { print("plot: \(o.png) \(o.svg) (\(o.lines) lines; script \(o.script))") }
    for s in skipped { note("plot skipped: \(s)") }
}
