import Foundation
import ResultsFormat

/// The batch scripts of `repro submit --slurm`: one job array per spec (task i runs shard i
/// of n, the index from SLURM_ARRAY_TASK_ID through `Shard.fromEnvironment`) and one
/// finishing job, submitted with `--dependency=afterok` on every array, that merges each
/// spec's shards, plots and writes the report. Scripts only: submitting is the CLI's.
public struct SlurmJobs {
    public struct Settings {
        /// Absolute path of the repro binary the jobs run.
        var repro: String
        /// Absolute working directory of the jobs (holds experiments/ unless `experimentsDir` is absolute).
        var workDir: String
        var experimentsDir: String
        var outDir: String
        /// Array tasks per spec (shards).
        public var shards: Int
        var quick: Bool
        /// sbatch options added to every job ("--partition=x", "--time=01:00:00").
        var extraOptions: [String]
        var cpusPerTask: Int

        public init(repro: String, workDir: String, experimentsDir: String = "experiments", outDir: String = ".",
                    shards: Int, quick: Bool = false, extraOptions: [String] = [], cpusPerTask: Int = 1) {
            self.repro = repro; self.workDir = workDir; self.experimentsDir = experimentsDir; self.outDir = outDir
            self.shards = shards; self.quick = quick; self.extraOptions = extraOptions; self.cpusPerTask = cpusPerTask
        }
    }

    let settings: Settings
    public init(_ settings: Settings) { self.settings = settings }

    /// Shell-quoted for a bash script.
    static func q(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    var common: String {
        let s = settings
        return "--experiments \(Self.q(s.experimentsDir)) --out \(Self.q(s.outDir))"
    }

    func header(jobName: String, log: String) -> String {
        var text = "#!/bin/bash\n"
        text += "#SBATCH --job-name=\(jobName)\n"
        text += "#SBATCH --chdir=\(settings.workDir)\n"
        text += "#SBATCH --output=\(log)\n"
        text += "#SBATCH --cpus-per-task=\(settings.cpusPerTask)\n"
        for o in settings.extraOptions { text += "#SBATCH \(o)\n" }
        text += "set -euo pipefail\n"
        return text
    }

    /// The array job of `spec`: submit with `sbatch --array=1-N` (`arrayOption`).
    public func arrayScript(spec: String) -> String {
        var text = header(jobName: "repro-\(spec)", log: (settings.outDir as NSString).appendingPathComponent("slurm/\(spec)-%A_%a.log"))
        text += "# Task i of the array runs shard i of \(settings.shards) (the index from SLURM_ARRAY_TASK_ID).\n"
        text += "export OMP_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1} OPENBLAS_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1}\n"
        text += "exec \(Self.q(settings.repro)) run \(Self.q(spec)) --shard auto/\(settings.shards)\(settings.quick ? " --quick" : "") \(common)\n"
        return text
    }

    public var arrayOption: String { "--array=1-\(settings.shards)" }

    /// The finishing job: merge every spec, plot it, then the report.
    public func finishScript(specs: [String]) -> String {
        var text = header(jobName: "repro-finish", log: (settings.outDir as NSString).appendingPathComponent("slurm/finish-%j.log"))
        for spec in specs {
            text += "\(Self.q(settings.repro)) merge \(Self.q(spec))\(settings.quick ? " --quick" : "") \(common)\n"
            text += "\(Self.q(settings.repro)) plot \(Self.q(spec)) \(common)\n"
        }
        text += "\(Self.q(settings.repro)) report --out \(Self.q(settings.outDir))\n"
        return text
    }

    /// `--dependency=afterok:ID:ID...` on the array jobs.
    public static func dependency(on jobIDs: [String]) -> String { "--dependency=afterok:" + jobIDs.joined(separator: ":") }

    /// The job ID in `sbatch --parsable` output ("123" or "123;cluster").
    public static func jobID(fromParsable output: String) -> String? {
        let first = output.split(whereSeparator: \.isNewline).last.map(String.init)?.split(separator: ";").first.map(String.init)
        guard let id = first?.trimmingCharacters(in: .whitespaces), !id.isEmpty, id.allSatisfy(\.isNumber) else { return nil }
        return id
    }
}
