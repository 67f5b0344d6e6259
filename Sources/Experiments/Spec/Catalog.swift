import Foundation

/// The specs of a directory (experiments/ by default) and how names resolve to files.
public enum Catalog {
    /// `experiments/NAME.json` for a bare name; the argument itself for a path (contains "/"
    /// or ends in ".json").
    public static func resolve(_ nameOrPath: String, experimentsDir: String) -> String {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") { return nameOrPath }
        return (experimentsDir as NSString).appendingPathComponent("\(nameOrPath).json")
    }

    /// Loads a spec by name or path; a missing name lists the specs that exist.
    public static func load(_ nameOrPath: String, experimentsDir: String) throws -> (spec: Spec, path: String) {
        let path = resolve(nameOrPath, experimentsDir: experimentsDir)
        if !FileManager.default.fileExists(atPath: path) {
            let names = specPaths(experimentsDir).map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
            throw SpecError(source: path, "no such spec\(names.isEmpty ? "" : EditDistance.suggestion(nameOrPath, in: names) + "; specs: " + names.joined(separator: ", "))")
        }
        return (try SpecDecoder.load(path: path), path)
    }

    /// The *.json files of `dir`, sorted by name.
    public static func specPaths(_ dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { (dir as NSString).appendingPathComponent($0) }
    }

    /// One line of `repro list`.
    public struct Entry {
        public var name: String, kind: String, configurations: Int, estimatedSeconds: Double
        public var error: String?
    }

    /// Every spec of `dir` with its size and estimated time (`TimeEstimate`: calibrated on
    /// measurements); a spec that does not load is listed with its error.
    public static func list(_ dir: String, estimator: TimeEstimate = TimeEstimate()) -> [Entry] {
        specPaths(dir).map { path in
            let file = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            do {
                let spec = try SpecDecoder.load(path: path)
                let configurations = try Sweep.expand(spec, source: path)
                let kind = KindRegistry.kind(named: spec.kind)!
                let seconds = estimator.total(configurations, spec: spec, kind: kind)
                return Entry(name: spec.name, kind: spec.kind, configurations: configurations.count, estimatedSeconds: seconds)
            } catch {
                return Entry(name: file, kind: "?", configurations: 0, estimatedSeconds: 0, error: "\(error)")
            }
        }
    }
}
