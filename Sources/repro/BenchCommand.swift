import ArgumentParser
import Experiments
import Foundation
import PerformerTensor
import ResultsFormat

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

    @Option(help: "The bench history this run is appended to (commit, machine, each figure and the spread of its repeats).")
    var history = BenchHistory.defaultPath

    @Flag(help: "Do not append this run to the history.")
    var noHistory = false

    @Option(help: "Compare with a run of the history on this machine: 'last' or a commit (prefix). Exit status 1 when a figure is slower than max(3 x the pooled relative spread of the two runs' repeats, 5%).")
    var compare: String?

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be >= 1") }
        guard seqLen >= 1 else { throw ValidationError("--seq-len must be >= 1") }
    }

    func run() throws {
        let machine = BenchHistory.machine(MachineInfo.current())
        // the reference is found before the (long) bench runs
        let reference = try compare.map { try BenchComparison.referenceRun(BenchHistory.load(path: history), ref: $0, machine: machine, path: history) }
        let recorder = BenchHistory.Recorder(date: ISO8601DateFormatter().string(from: Date()), commit: MachineInfo.gitCommit(), machine: machine)
        RepeatLog.start()
        defer { RepeatLog.stop() }
        try suite.run(repeats: repeats, seqLen: seqLen) { print($0); recorder.add(line: $0) }
        let comparison = reference.map { BenchComparison(current: recorder.rows, reference: $0) }
        if let comparison { print(""); comparison.lines.forEach { print($0) } }
        if !noHistory {
            try BenchHistory.append(recorder.rows, path: history)
            print("appended \(recorder.rows.count) figures to \(history)")
        }
        if comparison?.failed == true { throw ExitCode(1) }
    }
}

extension BenchSuite: ExpressibleByArgument {}
