import Foundation
import ResultsFormat

/// Whether a committed result is the current code's: `repro report` passes `flags` to the
/// analysis, which prints them in the section's provenance.
public enum Staleness {
    /// Source paths that never change a measurement (git pathspecs): the Analysis module,
    /// which only reads CSVs, and the time estimates, which only predict.
    static let notMeasuring = [":(exclude)Sources/Analysis", ":(exclude)Sources/Experiments/Estimate"]

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
        if let spec = try? Catalog.load(name, experimentsDir: experimentsDir).spec, spec.hash != meta.specHash {
            flags.append("spec hash \(meta.specHash) != current experiments/\(name).json \(spec.hash)")
        }
        let dirty = meta.runs.filter { $0.commit.hasSuffix("-dirty") }.map(\.commit)
        if !dirty.isEmpty { flags.append("run from uncommitted code (\(Set(dirty).sorted().joined(separator: ", ")))") }
        let other = Set(meta.runs.map(\.commit)).subtracting([commit]).subtracting(dirty)
            .filter { !sameCode($0, commit) }
        if !other.isEmpty && commit != "unknown" { flags.append("run at commit \(other.sorted().joined(separator: ", ")), whose measuring code (Sources outside the Analysis module and Experiments/Estimate, Package.swift) differs from the current \(commit)") }
        return flags
    }

    /// Whether commits `a` and `b` hold the same measuring code (Sources/ and Package.swift
    /// except `notMeasuring`), so
    /// that a result measured at `a` is the current code's even if later commits changed only
    /// the report, documents or results. False when git cannot tell.
    static func sameCode(_ a: String, _ b: String) -> Bool {
        let clean = b.hasSuffix("-dirty") ? String(b.dropLast(6)) : b
        guard a.allSatisfy(\.isHexDigit), clean.allSatisfy(\.isHexDigit) else { return false }
        return MachineInfo.run(["git", "diff", "--quiet", a, clean, "--", "Sources", "Package.swift"] + notMeasuring) != nil
    }
}
