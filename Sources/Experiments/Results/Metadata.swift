import Foundation
import PerformerTensor

/// The sidecar results/NAME.meta.json: which spec (hash of its canonical JSON) and which
/// machine, commit, BLAS core, threads and seeds produced the rows. One entry per run, so a
/// resumed or merged file records every session that wrote to it.
public struct ResultsMetadata: Codable, Equatable {
    public var specName: String
    /// FNV-1a 64 of the canonical spec JSON (after overrides), 16 hex digits.
    public var specHash: String
    public var specSource: String
    public var kind: String
    /// The --set overrides of this run ("key=value"), empty for the spec as written.
    public var overrides: [String]
    public var runs: [Run]

    public struct Run: Codable, Equatable {
        /// ISO 8601, UTC.
        public var date: String
        public var commit: String
        public var machine: MachineInfo
        public var blasCore: String
        public var blasThreads: Int
        /// Every seed value of the configurations of this run.
        public var seeds: [Int]
        /// "i/n" for a shard run, nil otherwise.
        public var shard: String?
        public var configurations: Int
        public var specHash: String
    }

    /// Reads `path`, or nil when it does not exist. A corrupt file is renamed aside (kept).
    public static func read(path: String) -> (ResultsMetadata?, note: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { return (nil, nil) }
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        if let m = try? d.decode(ResultsMetadata.self, from: data) { return (m, nil) }
        let aside = path + ".corrupt-" + ResultsStore.stamp()
        try? FileManager.default.moveItem(atPath: path, toPath: aside)
        return (nil, "\(path) was not readable metadata; kept it as \(aside)")
    }

    /// Writes atomically (a temporary file renamed over the old one).
    public func write(path: String) throws {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        e.keyEncodingStrategy = .convertToSnakeCase
        try AtomicFile.write(try e.encode(self), to: path, faultPoint: "meta-write")
    }

    public static func now() -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
