import ArgumentParser
import Experiments
import PerformerTensor
import ResultsFormat

struct EnvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "env",
        abstract: "Print machine facts as `key: value` lines, with the BLAS core in use and a measured sgemm rate.",
        discussion: "sgemm_spread is the fastest repeat's rate over the slowest's; above \(LoadCheck.spreadLimit) a warning on stderr says the machine looks loaded (timings measured now are not representative).")

    @Option(help: "Square matrix size for the sgemm measurement (>= 2048).")
    var sgemmSize = 2048

    @Option(help: "Timed sgemm runs (the median is printed).")
    var repeats = 5

    func validate() throws {
        guard sgemmSize >= 2048 else { throw ValidationError("--sgemm-size must be >= 2048, got \(sgemmSize)") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be >= 1, got \(repeats)") }
    }

    func run() throws {
        for line in MachineInfo.current().lines { print(line) }
        print("blas_check_relative_error: \(BLASRuntime.verify())")
        let g = Benchmarks.sgemmGflops(size: sgemmSize, repeats: repeats)
        print("sgemm_size: \(sgemmSize)")
        print("sgemm_gflops: \(format(g.median))")
        print("sgemm_gflops_min: \(format(g.min))")
        print("sgemm_gflops_max: \(format(g.max))")
        print("sgemm_spread: \(format(LoadCheck.spread([g.min, g.max]), digits: 2))")
        if let w = LoadCheck.warning([g.min, g.max], what: "sgemm") { note(w) }
    }
}

func format(_ x: Double, digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
