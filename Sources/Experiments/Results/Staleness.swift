import Foundation
import ResultsFormat

/// Whether a committed result is the current code's: `repro report` passes `flags` to the
/// analysis, which prints them in the section's provenance.
public enum Staleness {
    /// Source paths that never change a measurement (git pathspecs): the Analysis module,
    /// which only reads CSVs, the time estimates, which only predict, and this file, which
    /// only compares commits.
    static let notMeasuring = [":(exclude)Sources/Analysis", ":(exclude)Sources/Experiments/Estimate",
                               ":(exclude)Sources/Experiments/Results/Staleness.swift"]

    /// `flags` for the specs in OUT/experiments against the current commit.
    public static func checker(outDir: String) -> (_ name: String, _ metaPath: String) -> [String] {
        let experiments = (outDir as NSString).appendingPathComponent("experiments"), commit = MachineInfo.gitCommit()
        return { name, metaPath in flags(name: name, metaPath: metaPath, experimentsDir: experiments, commit: commit) }
    }

    /// Why results/NAME.csv may not come from the current code: its spec hash differs from
    /// experiments/NAME.json's, a run's commit is "-dirty" or differs from `commit` (the
    /// current HEAD), or it has no readable metadata. Empty when it matches.
    public static func flags(name: String, metaPath: String, experimentsDir: String, commit: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: metaPath) else { return ["no \(name).meta.json"] }
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        guard let meta = try? d.decode(ResultsMetadata.self, from: data) else { return ["unreadable \(name).meta.json"] }
        var flags: [String] = []
        if let spec = try? Catalog.load(name, experimentsDir: experimentsDir).spec, spec.hash != meta.specHash,
           !sequentialRounds(spec, metaData: data, specHash: meta.specHash, name: name, experimentsDir: experimentsDir) {
            flags.append("spec hash \(meta.specHash) != current experiments/\(name).json \(spec.hash)")
        }
        let dirty = meta.runs.filter { $0.commit.hasSuffix("-dirty") }.map(\.commit)
        if !dirty.isEmpty { flags.append("run from uncommitted code (\(Set(dirty).sorted().joined(separator: ", ")))") }
        let other = Set(meta.runs.map(\.commit)).subtracting([commit]).subtracting(dirty)
            .filter { !sameCode($0, commit) }
        if !other.isEmpty && commit != "unknown" { flags.append("run at commit \(other.sorted().joined(separator: ", ")), whose measuring code (Sources outside the Analysis module and Experiments/Estimate, Package.swift) differs from the current \(commit)") }
        return flags
    }

    /// Whether results that differ from the spec file are its sequential rounds: the spec has a
    /// plan (experiments/sequential/NAME.json, read by the report) and the results' spec is
    /// the file's with only its `seed` axis extended, by the seeds its runs recorded beyond the
    /// file's (`scripts/sequential.py` runs such a copy of the spec, kept in
    /// results/NAME.rounds-spec.json, so the file in experiments/ stays as committed).
    static func sequentialRounds(_ spec: Spec, metaData: Data, specHash: String, name: String, experimentsDir: String) -> Bool {
        let plan = ((experimentsDir as NSString).appendingPathComponent("sequential") as NSString).appendingPathComponent("\(name).json")
        guard FileManager.default.fileExists(atPath: plan),
              let axis = spec.sweep.first(where: { $0.name == "seed" }) else { return false }
        let planned = axis.values.compactMap { v -> Int? in if case .int(let i) = v { return i } else { return nil } }
        guard planned.count == axis.values.count else { return false }
        // Every seed the runs recorded (runs[].seeds of NAME.meta.json).
        let runs = ((try? JSONSerialization.jsonObject(with: metaData)) as? [String: Any])?["runs"] as? [[String: Any]] ?? []
        let recorded = runs.flatMap { (($0["seeds"] as? [Any]) ?? []).compactMap { ($0 as? Int) ?? ($0 as? NSNumber)?.intValue } }
        let added = Set(recorded).subtracting(planned).sorted()
        return !added.isEmpty && hash(spec, seeds: planned + added) == specHash
    }

    /// The hash of `spec` with its `seed` sweep axis replaced by `seeds`, or nil when the spec
    /// sweeps no seed.
    static func hash(_ spec: Spec, seeds: [Int]) -> String? {
        guard case .object(var members) = spec.raw.kind,
              let s = members.firstIndex(where: { $0.key == "sweep" }), case .object(var sweep) = members[s].value.kind,
              let a = sweep.firstIndex(where: { $0.key == "seed" }) else { return nil }
        sweep[a].value = JSONValue(.array(seeds.map { JSONValue(.number(Double($0), isInteger: true)) }))
        members[s].value = JSONValue(.object(sweep))
        var extended = spec
        extended.raw = JSONValue(.object(members))
        return extended.hash
    }

    /// Whether commits `a` and `b` hold the same measuring code (Sources/ and Package.swift
    /// except `notMeasuring`, compared line by line with comments and blank lines ignored), so
    /// that a result measured at `a` is the current code's even if later commits changed only
    /// the report, documents, results or comments. False when git cannot tell.
    static func sameCode(_ a: String, _ b: String) -> Bool {
        let clean = b.hasSuffix("-dirty") ? String(b.dropLast(6)) : b
        guard a.allSatisfy(\.isHexDigit), clean.allSatisfy(\.isHexDigit),
              let diff = MachineInfo.run(["git", "diff", "-U0", "--no-color", a, clean, "--", "Sources", "Package.swift"] + notMeasuring)
        else { return false }
        return onlyComments(diff)
    }

    /// Whether every line a unified diff adds or removes is blank or a whole-line comment:
    /// `//...`, or a one-line `/* ... */`. A changed line with code, a trailing comment on a
    /// code line, or a line inside a multi-line block comment counts as code (so such a change
    /// marks results stale: the safe side).
    static func onlyComments(_ diff: String) -> Bool {
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let mark = line.first, mark == "+" || mark == "-" else { continue }
            if line.hasPrefix("+++ ") || line.hasPrefix("--- ") { continue }
            let text = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("//") || (text.hasPrefix("/*") && text.hasSuffix("*/") && text.components(separatedBy: "*/").count == 2) { continue }
            return false
        }
        return true
    }
}
