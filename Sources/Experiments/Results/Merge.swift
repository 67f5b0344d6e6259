import Foundation
import ResultsFormat

/// Combines shard CSVs (results/NAME.shard-i-of-n.csv) into results/NAME.csv.
public enum Merge {
    public struct Outcome: Equatable {
        public var csvPath: String
        public var shards: [String]
        public var rowsAdded: Int
        public var missingShards: [String]
        /// Expected configurations (labels) in no shard (only with `partial`; otherwise a throw).
        public var missingConfigurations: [String] = []
        /// Configurations finished in more than one shard (only with `partial`).
        public var duplicatedConfigurations: [String] = []
    }

    /// Appends, in shard order, every row of a configuration not already finished in
    /// NAME.csv. The shard files are left as they are; nothing in NAME.csv is rewritten.
    /// Refuses (see `MergeChecks`) shard indices outside 1...n, shards of different spec
    /// versions or of another version than `spec`, and, unless `partial`, missing shards or
    /// configurations (of `spec`) and configurations finished in more than one shard.
    public static func merge(specName: String, outDir: String, spec: Spec? = nil, partial: Bool = false) throws -> Outcome {
        let dir = (outDir as NSString).appendingPathComponent("results")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
        let pattern = try NSRegularExpression(pattern: "^" + NSRegularExpression.escapedPattern(for: specName) + "\\.shard-([0-9]+)-of-([0-9]+)\\.csv$")
        var shards: [(i: Int, n: Int, path: String)] = []
        for f in files {
            let ns = f as NSString
            if let m = pattern.firstMatch(in: f, range: NSRange(location: 0, length: ns.length)),
               let i = Int(ns.substring(with: m.range(at: 1))), let n = Int(ns.substring(with: m.range(at: 2))), n <= 100_000 {
                shards.append((i, n, (dir as NSString).appendingPathComponent(f)))
            }
        }
        guard !shards.isEmpty else {
            // A sweep narrowed with --set writes NAME+HASH.shard-i-of-n.csv: name those files.
            let hashed = files.filter { $0.hasPrefix(specName + "+") && $0.contains(".shard-") && $0.hasSuffix(".csv") }.sorted()
            let names = Array(Set(hashed.compactMap { $0.components(separatedBy: ".shard-").first })).sorted()
            var message = "no shard files \(dir)/\(specName).shard-I-of-N.csv to merge"
            if !names.isEmpty {
                message += "; shard files of runs with --set overrides are there: \(hashed.joined(separator: ", ")) (merge them with `repro merge \(specName) --set ...` given the same overrides, or `repro merge \(names[0])`)"
            }
            throw CSVError(message)
        }
        try MergeChecks.outOfRange(shards)
        let counts = Set(shards.map(\.n))
        guard counts.count == 1 else { throw CSVError("shard files of different splits (of-\(counts.sorted().map(String.init).joined(separator: ", of-"))); merge one split at a time (move the others away)") }
        shards.sort { $0.i < $1.i }
        let n = counts.first!
        let missing = (1...n).filter { i in !shards.contains { $0.i == i } }.map { "\(specName).shard-\($0)-of-\(n).csv" }
        try MergeChecks.sameSpec(shards, expectedHash: spec?.hash)
        let tables = try shards.map { try CSVReader.read(path: $0.path) }
        let header = tables[0].header
        for (t, s) in zip(tables, shards) where t.header != header {
            throw CSVError("\(s.path) has other columns than \(shards[0].path)")
        }
        let (csvPath, metaPath) = Runner.paths(specName: specName, outDir: outDir, shard: nil)
        let store = try ResultsStore(path: csvPath, header: header, force: false)
        let rowsPerConfiguration = KindRegistry.builtIn.first { ResultColumns.all(kind: $0) == header }?.rowLabels.count ?? 1
        var done = store.finishedKeys(rowsPerConfiguration: rowsPerConfiguration)
        let finishedPerShard = zip(shards, tables).map { s, t -> (path: String, keys: [String]) in
            var counts: [String: Int] = [:]
            for r in t.rows where ResultColumns.Status(rawValue: r["status"] ?? "")?.isFinal ?? false { counts[r["config_key"] ?? "", default: 0] += 1 }
            return (s.path, counts.filter { $0.value >= rowsPerConfiguration }.map(\.key).sorted())
        }
        let expected = try spec.map { try Sweep.expand($0, source: specName) }
        let (missingConfigurations, duplicated) = MergeChecks.coverage(expected: expected, finishedBefore: done, perShard: finishedPerShard)
        if !partial && !missing.isEmpty {
            throw CSVError("missing shard files: \(missing.joined(separator: ", ")); nothing was written to \(csvPath) (run them first, or pass --partial to merge what is there)")
        }
        if !partial && (!missingConfigurations.isEmpty || !duplicated.isEmpty) {
            throw CSVError(MergeChecks.refusal(missing: missingConfigurations, duplicated: duplicated, csvPath: csvPath))
        }
        var added = 0
        for t in tables {
            var byKey: [String: [[String: String]]] = [:], order: [String] = []
            for r in t.rows {
                let k = r["config_key"] ?? ""
                if byKey[k] == nil { order.append(k) }
                byKey[k, default: []].append(r)
            }
            for k in order where !done.contains(k) {
                let final = byKey[k]!.filter { ResultColumns.Status(rawValue: $0["status"] ?? "")?.isFinal ?? false }
                guard final.count >= rowsPerConfiguration else { continue }
                try store.append(final)
                added += final.count
                done.insert(k)
            }
        }
        // Metadata: the runs of every shard, in one file.
        var meta = ResultsMetadata.read(path: metaPath).0
        for s in shards {
            let shardMeta = (s.path as NSString).deletingPathExtension + ".meta.json"
            guard let m = ResultsMetadata.read(path: shardMeta).0 else { continue }
            if meta == nil { meta = m; meta!.runs = [] }
            for r in m.runs where !meta!.runs.contains(r) { meta!.runs.append(r) }
        }
        try meta?.write(path: metaPath)
        return Outcome(csvPath: csvPath, shards: shards.map(\.path), rowsAdded: added, missingShards: missing,
                       missingConfigurations: missingConfigurations, duplicatedConfigurations: duplicated)
    }
}
