import ArgumentParser
import Experiments
import Foundation
import PerformerTensor

@main
struct Repro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repro",
        abstract: "Reproduce and extend \"Rethinking Attention with Performers\" (FAVOR+) on this CPU.",
        discussion: """
            OpenBLAS kernels: if the library falls back to a generic core on a CPU with better \
            kernels, repro re-executes itself with OPENBLAS_CORETYPE set to the best one and \
            checks it against a naive product; an OPENBLAS_CORETYPE naming a generic core is \
            replaced the same way, so it is not an override. Set REPRO_BLAS_CORE=NAME (e.g. Haswell) to run on exactly that core, or \
            REPRO_BLAS_SELECT=0 to keep the library's own choice.
            """,
        subcommands: [EnvCommand.self, BenchCommand.self, ListCommand.self, RunCommand.self, ReproduceCommand.self,
                      PlotCommand.self, ValidateCommand.self, MergeCommand.self, SubmitCommand.self, ReportCommand.self, TrainCommand.self])

    static func main() {
        do {
            try BLASRuntime.startUp()
        } catch {
            FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
            Foundation.exit(3)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
