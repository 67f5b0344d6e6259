import Foundation

/// The sidecar results/NAME.meta.json: which spec (hash of its canonical JSON) and which
/// machine, commit, BLAS core, threads and seeds produced the rows. One entry per run, so a
/// resumed or merged file records every session that wrote to it.
public struct ResultsMetadata: Codable, Equatable {
    var specName: String
    /// FNV-1a 64 of the canonical spec JSON (after overrides), 16 hex digits.
    public var specHash: String
    var specSource: String
    public var kind: String
    /// The --set overrides of this run ("key=value"), empty for the spec as written.
    public var overrides: [String]
    public var runs: [Run]

    public init(specName: String, specHash: String, specSource: String, kind: String, overrides: [String], runs: [Run]) {
        self.specName = specName; self.specHash = specHash; self.specSource = specSource; self.kind = kind
        self.overrides = overrides; self.runs = runs
    }

    public struct Run: Codable, Equatable {
        /// ISO 8601, UTC.
        public var date: String
        public var commit: String
        public var machine: MachineInfo
        public var blasCore: String
        public var blasThreads: Int
        /// Every seed value of the configurations of this run.
        var seeds: [Int]
        /// "i/n" for a shard run, nil otherwise.
        public var shard: String?
        public var configurations: Int
        public var specHash: String

        public init(date: String, commit: String, machine: MachineInfo, blasCore: String, blasThreads: Int, seeds: [Int],
                    shard: String?, configurations: Int, specHash: String) {
            self.date = date; self.commit = commit; self.machine = machine; self.blasCore = blasCore
            self.blasThreads = blasThreads; self.seeds = seeds; self.shard = shard
            self.configurations = configurations; self.specHash = specHash
        }
    }
}
