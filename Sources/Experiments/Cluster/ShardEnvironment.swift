import Foundation
import ResultsFormat

/// The shard index of an array task, from whichever scheduler started it: `repro run NAME
/// --shard auto/N` runs shard i of N with i taken from the environment, one path for all:
/// - SLURM job arrays: i = SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN + 1 (any --array
///   base; without SLURM_ARRAY_TASK_MIN the ID is taken as 1-based, as `repro submit`
///   writes `--array=1-N`);
/// - Kubernetes Indexed Jobs: i = JOB_COMPLETION_INDEX + 1 (it counts from 0);
/// - GNU parallel: i = PARALLEL_SEQ (it counts from 1).
extension Shard {
    /// The variables read, in the order they are tried.
    static let environmentVariables = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "PARALLEL_SEQ"]

    /// Shard i of `count`, i from `environment` (see the type's doc); throws naming the
    /// variables when none is set, or the variable when its value is not an index in range.
    static func fromEnvironment(count: Int, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Shard {
        func integer(_ name: String) throws -> Int? {
            guard let text = environment[name], !text.isEmpty else { return nil }
            guard let v = Int(text) else { throw SpecError(source: "--shard auto/\(count)", "\(name)=\"\(text)\" is not an integer") }
            return v
        }
        let index: Int, from: String
        if let id = try integer("SLURM_ARRAY_TASK_ID") {
            index = id - (try integer("SLURM_ARRAY_TASK_MIN") ?? 1) + 1; from = "SLURM_ARRAY_TASK_ID"
        } else if let k = try integer("JOB_COMPLETION_INDEX") {
            index = k + 1; from = "JOB_COMPLETION_INDEX"
        } else if let p = try integer("PARALLEL_SEQ") {
            index = p; from = "PARALLEL_SEQ"
        } else {
            throw SpecError(source: "--shard auto/\(count)", "no shard index in the environment (none of \(environmentVariables.joined(separator: ", ")) is set); give --shard i/\(count)")
        }
        guard index >= 1, index <= count else {
            throw SpecError(source: "--shard auto/\(count)", "\(from) gives shard \(index), outside 1...\(count) (the array has more tasks than shards?)")
        }
        return try Shard(index: index, count: count)
    }

    /// "i/n", or "auto/n" for `fromEnvironment`.
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Shard {
        if text.hasPrefix("auto/") {
            guard let n = Int(text.dropFirst(5)), n >= 1 else { throw SpecError(source: "--shard", "expected auto/N with N >= 1, got \"\(text)\"") }
            return try fromEnvironment(count: n, environment: environment)
        }
        return try Shard(parsing: text)
    }
}
