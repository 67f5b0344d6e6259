import ArgumentParser
import Experiments

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the kernels against the machine's own sgemm peak (speed figures of the issues).")

    @Option(help: "Timed repeats per figure (the median is reported).")
    var repeats = 3

    @Option(help: "Sequence length for the exact attention figure.")
    var seqLen = 4096

    @Option(help: "Which figures to measure: \(BenchSuite.allCases.map(\.rawValue).joined(separator: ", ")).")
    var suite: BenchSuite = .all

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be >= 1") }
        guard seqLen >= 1 else { throw ValidationError("--seq-len must be >= 1") }
    }

    func run() throws {
        try suite.run(repeats: repeats, seqLen: seqLen) { print($0) }
    }
}

extension BenchSuite: ExpressibleByArgument {}
