import Foundation
import ResultsFormat

/// What `Merge.merge` checks before it appends a row: the shard files belong to one split
/// with indices 1...n, they were written by one version of the spec (its hash, from each
/// shard's .meta.json, equal to the spec given), and together they hold every expected
/// configuration exactly once.
enum MergeChecks {
    /// Shard files whose index is outside 1...n (`shard-0-of-3`, `shard-4-of-3`).
    static func outOfRange(_ shards: [(i: Int, n: Int, path: String)]) throws {
        let bad = shards.filter { $0.i < 1 || $0.i > $0.n }.map { ($0.path as NSString).lastPathComponent }
        guard bad.isEmpty else {
            throw CSVError("shard file(s) with an index outside 1...n: \(bad.sorted().joined(separator: ", ")); no `repro run --shard` writes these, so they were renamed or copied by hand: move them away and merge again")
        }
    }

    /// Refuses shards written by different spec versions, naming both hashes and a file of
    /// each; and shards whose hash differs from `expectedHash` (the spec as it is now).
    static func sameSpec(_ shards: [(i: Int, n: Int, path: String)], expectedHash: String?) throws {
        var byHash: [String: [String]] = [:]
        for s in shards {
            let meta = (s.path as NSString).deletingPathExtension + ".meta.json"
            guard let m = ResultsMetadata.read(path: meta).0 else {
                throw CSVError("\(meta): missing or unreadable, so the spec version of \((s.path as NSString).lastPathComponent) is unknown; rerun that shard")
            }
            byHash[m.specHash, default: []].append((s.path as NSString).lastPathComponent)
        }
        if byHash.count > 1 {
            let parts = byHash.sorted { $0.key < $1.key }.map { "\($0.value.sorted().joined(separator: ", ")) (spec hash \($0.key))" }
            throw CSVError("the shards were written by different versions of the spec: \(parts.joined(separator: " and ")); rerun the stale shards with the current spec, then merge")
        }
        if let expectedHash, let (hash, files) = byHash.first, hash != expectedHash {
            throw CSVError("the shards \(files.sorted().joined(separator: ", ")) were written by spec hash \(hash), but the spec now has hash \(expectedHash); rerun the shards (or merge with the spec they were run with)")
        }
    }

    /// The expected configurations missing from `finished` (labels) and the configuration
    /// keys finished in more than one shard file (with the files).
    static func coverage(expected: [Configuration]?, finishedBefore: Set<String>, perShard: [(path: String, keys: [String])]) -> (missing: [String], duplicated: [String]) {
        var seenIn: [String: [String]] = [:]
        for s in perShard { for k in s.keys { seenIn[k, default: []].append((s.path as NSString).lastPathComponent) } }
        let duplicated = seenIn.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { key, files in
            let label = expected?.first { $0.key == key }?.label ?? key
            return "\(label) in \(files.joined(separator: " and "))"
        }
        let missing = (expected ?? []).filter { seenIn[$0.key] == nil && !finishedBefore.contains($0.key) }.map(\.label)
        return (missing, duplicated)
    }

    /// The message for a merge refused for missing or duplicated configurations.
    static func refusal(missing: [String], duplicated: [String], csvPath: String) -> String {
        var parts: [String] = []
        if !missing.isEmpty { parts.append("\(missing.count) configuration(s) missing from every shard: \(Self.list(missing))") }
        if !duplicated.isEmpty { parts.append("\(duplicated.count) configuration(s) finished in more than one shard: \(Self.list(duplicated))") }
        return parts.joined(separator: "; ") + "; nothing was written to \(csvPath) (rerun the missing shards, move overlapping shard files away, or pass --partial to merge what is there)"
    }

    static func list(_ items: [String]) -> String {
        items.count <= 8 ? items.joined(separator: ", ") : items.prefix(8).joined(separator: ", ") + " and \(items.count - 8) more"
    }
}
