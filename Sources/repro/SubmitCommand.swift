import ArgumentParser
import Experiments
import Foundation
import ResultsFormat
import PerformerTensor

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit specs to a cluster: one SLURM job array per spec (task i runs shard i), then a job that merges, plots and reports once they all succeed.",
        discussion: """
            Writes OUT/slurm/NAME.sbatch and OUT/slurm/finish.sbatch, submits each array with \
            `sbatch --parsable --array=1-N` and the finishing job with --dependency=afterok on \
            every array, and prints the job IDs. The jobs run this binary in this folder, so it \
            must be on a file system the compute nodes share. --dry-run writes the scripts only.
            """)

    @Argument(help: "Spec names (experiments/NAME.json).")
    var names: [String] = []

    @Flag(help: "Every spec in the experiments folder.")
    var all = false

    @Flag(help: "Submit to SLURM (sbatch); the only engine so far, and required.")
    var slurm = false

    @Option(help: "Array tasks (shards) per spec.")
    var shards = 4

    @Flag(help: "Run each spec's quick profile (use with --out).")
    var quick = false

    @Option(name: .customLong("sbatch"), help: "An option for every job (repeatable), e.g. --sbatch=--partition=short --sbatch=--time=02:00:00.")
    var sbatchOptions: [String] = []

    @Option(help: "CPUs per array task (also OPENBLAS_NUM_THREADS).")
    var cpusPerTask = 1

    @Flag(help: "Write the scripts, submit nothing.")
    var dryRun = false

    @OptionGroup var location: LocationOptions

    func validate() throws {
        guard slurm else { throw ValidationError("say which engine: --slurm (the only one supported)") }
        guard all != !names.isEmpty else { throw ValidationError("give spec names or --all (not both)") }
        guard shards >= 1 else { throw ValidationError("--shards must be >= 1") }
    }

    func run() throws {
        let specs = all ? Catalog.specPaths(location.experiments).map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } : names
        for name in specs { _ = try failing { try Catalog.load(name, experimentsDir: location.experiments) } }
        let cwd = FileManager.default.currentDirectoryPath
        let binary = URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: URL(fileURLWithPath: cwd)).standardizedFileURL.path
        let jobs = SlurmJobs(.init(repro: binary, workDir: cwd, experimentsDir: location.experiments, outDir: location.out,
                                   shards: shards, quick: quick, extraOptions: sbatchOptions, cpusPerTask: cpusPerTask))
        let folder = (location.out as NSString).appendingPathComponent("slurm")
        try failing { try FileSystem.createDirectory(folder) }
        var ids: [String] = []
        for name in specs {
            let path = (folder as NSString).appendingPathComponent("\(name).sbatch")
            try failing { try AtomicFile.write(Data(jobs.arrayScript(spec: name).utf8), to: path) }
            if dryRun { print("wrote \(path) (sbatch \(jobs.arrayOption) \(path))"); continue }
            let id = try sbatch([jobs.arrayOption, path])
            ids.append(id)
            print("\(name): job array \(id) (\(shards) tasks)")
        }
        let finish = (folder as NSString).appendingPathComponent("finish.sbatch")
        try failing { try AtomicFile.write(Data(jobs.finishScript(specs: specs).utf8), to: finish) }
        if dryRun { print("wrote \(finish) (sbatch --dependency=afterok:ARRAY_IDS \(finish))"); return }
        let id = try sbatch([SlurmJobs.dependency(on: ids), finish])
        print("finish: job \(id) (merge, plot, report after \(ids.joined(separator: ", ")) succeed)")
    }

    /// Runs `sbatch --parsable ARGS`; returns the job ID or throws with sbatch's message.
    func sbatch(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sbatch", "--parsable"] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        do { try p.run() } catch { throw CommandFailure(message: "cannot start sbatch: \((error as NSError).localizedDescription)") }
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus == 127 { throw CommandFailure(message: "sbatch not found on PATH: run this on a SLURM login node (or use --dry-run)") }
        guard p.terminationStatus == 0, let id = SlurmJobs.jobID(fromParsable: o) else {
            throw CommandFailure(message: "sbatch \(args.joined(separator: " ")) failed (status \(p.terminationStatus)): \(e.trimmingCharacters(in: .whitespacesAndNewlines))\(o)")
        }
        return id
    }
}
