import Foundation
import PerformerTensor
import Statistics

/// The second run of every spec with fresh seeds (`make replicate`, scripts/replicate.py) set
/// beside the first: OUT/results/REPLICATION.md, per claim the first run's verdict next to the
/// replicate's. A results folder is a replicate when OUT/replicate-of.json names the first
/// run's folder (relative to OUT) and the seed offset.
enum Replication {
    /// How a claim's verdict moved between the two runs.
    enum Change: String, Equatable, CaseIterable {
        /// The same verdict in both runs.
        case same = "same"
        /// "holds" in one run and "does not hold" in the other: the claim did not replicate.
        case flip = "flip"
        /// Decided (holds / does not hold) in the first run, inconclusive in the replicate.
        case undecided = "decided -> inconclusive"
        /// Inconclusive in the first run, decided in the replicate.
        case decided = "inconclusive -> decided"
        /// Measured in one run only (not measured in the other).
        case measuredOnce = "measured in one run only"
    }

    /// One claim in both runs: results name, claim id, the paper's statement and each run's
    /// verdict and evidence.
    struct Row: Equatable {
        var section: String, claim: String, paper: String
        var first: Claim, second: Claim
        var change: Change
    }

    /// The classification of a pair of verdicts.
    static func change(_ a: Verdict, _ b: Verdict) -> Change {
        if a == b { return .same }
        if a == .notMeasured || b == .notMeasured { return .measuredOnce }
        let decided: Set<Verdict> = [.holds, .doesNotHold]
        if decided.contains(a) && decided.contains(b) { return .flip }
        return decided.contains(a) ? .undecided : .decided
    }

    /// The claims found in both runs, matched by results name, claim id and, for repeated ids,
    /// their order within the section; claims of one run only are left out (`unmatched`).
    static func compare(first: [ReportSection], second: [ReportSection]) -> (rows: [Row], unmatched: [String]) {
        func keyed(_ sections: [ReportSection]) -> [(key: String, section: String, claim: Claim)] {
            sections.flatMap { s -> [(key: String, section: String, claim: Claim)] in
                var seen: [String: Int] = [:]
                return s.claims.map { c in
                    let n = seen[c.id, default: 0]; seen[c.id] = n + 1
                    return (key: "\(s.name)/\(c.id)#\(n)", section: s.name, claim: c)
                }
            }
        }
        let a = keyed(first), b = keyed(second)
        let bByKey = Dictionary(b.map { ($0.key, $0) }, uniquingKeysWith: { x, _ in x })
        var rows: [Row] = []
        for x in a {
            guard let y = bByKey[x.key] else { continue }
            rows.append(Row(section: x.section, claim: x.claim.id, paper: x.claim.paper, first: x.claim, second: y.claim,
                            change: change(x.claim.verdict, y.claim.verdict)))
        }
        let aKeys = Set(a.map(\.key)), bKeys = Set(b.map(\.key))
        let unmatched = a.filter { !bKeys.contains($0.key) }.map { "\($0.section)/\($0.claim.id) (first run only)" }
            + b.filter { !aKeys.contains($0.key) }.map { "\($0.section)/\($0.claim.id) (replicate only)" }
        return (rows, unmatched)
    }

    /// REPLICATION.md: counts per change, every flip with both runs' evidence, then the table of
    /// every claim. `firstLabel`/`secondLabel` name the two runs' folders and seeds.
    static func markdown(rows: [Row], unmatched: [String], firstLabel: String, secondLabel: String) -> String {
        func count(_ c: Change) -> Int { rows.filter { $0.change == c }.count }
        var s = "# Replication: the same specs with fresh seeds\n\n"
        s += "Written by `repro report` in a replicate folder (`make replicate`, scripts/replicate.py). First run: \(firstLabel). Replicate: \(secondLabel). "
        s += "Both reports decide every claim by the same code and thresholds; a flip is a claim that holds in one run and does not hold in the other.\n\n"
        s += "## Summary\n\n"
        s += "Claims in both runs: \(rows.count). Same verdict: \(count(.same)). "
        s += "**Flips between holds and does not hold: \(count(.flip)).** "
        s += "Decided in the first run, inconclusive in the replicate: \(count(.undecided)). Inconclusive in the first run, decided in the replicate: \(count(.decided)). "
        s += "Measured in one run only: \(count(.measuredOnce)).\n"
        if !unmatched.isEmpty { s += "\nClaims present in one run only (left out): " + unmatched.joined(separator: "; ") + ".\n" }
        let flips = rows.filter { $0.change == .flip }
        if !flips.isEmpty {
            s += "\n## Flips\n\n| figure | claim | first run | replicate |\n|---|---|---|---|\n"
            for r in flips {
                s += "| \(r.section) | \(Report.cell(r.paper)) | **\(r.first.verdictText)**: \(Report.cell(r.first.evidence)) | **\(r.second.verdictText)**: \(Report.cell(r.second.evidence)) |\n"
            }
        }
        s += "\n## Every claim\n\n| figure | claim id | first run | replicate | change |\n|---|---|---|---|---|\n"
        for r in rows {
            s += "| \(r.section) | \(r.claim) | \(r.first.verdictText) | \(r.second.verdictText) | \(r.change == .same ? "" : r.change.rawValue) |\n"
        }
        return s
    }

    /// What OUT/replicate-of.json says: the first run's folder (resolved against OUT) and the
    /// seed offset; nil when OUT is not a replicate. Throws for a file that is not such JSON.
    static func origin(outDir: String) throws -> (first: String, offset: Int)? {
        let path = (outDir as NSString).appendingPathComponent("replicate-of.json")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let first = obj["first"] as? String, let offset = obj["seed_offset"] as? Int else {
            throw ReplicationError(message: "\(path): not a replicate description (expected {\"first\": FOLDER, \"seed_offset\": N})")
        }
        let resolved = first.hasPrefix("/") ? first : (outDir as NSString).appendingPathComponent(first)
        return ((resolved as NSString).standardizingPath, offset)
    }

    /// When OUT is a replicate: compares its sections with the first run's (read from the
    /// first run's results folder) and writes OUT/results/REPLICATION.md; returns its path.
    @discardableResult
    static func writeIfReplicate(outDir: String, sections: [ReportSection]) throws -> String? {
        guard let (first, offset) = try origin(outDir: outDir) else { return nil }
        let firstResults = (first as NSString).appendingPathComponent("results")
        guard FileManager.default.fileExists(atPath: firstResults) else {
            throw ReplicationError(message: "\(outDir)/replicate-of.json names \(first), which has no results folder")
        }
        let firstSections = try Report.sections(resultsDir: firstResults)
        let (rows, unmatched) = compare(first: firstSections, second: sections)
        let text = markdown(rows: rows, unmatched: unmatched, firstLabel: "`\(firstResults)` (the specs' seeds)",
                            secondLabel: "`\((outDir as NSString).appendingPathComponent("results"))` (every seed + \(offset))")
        let path = ((outDir as NSString).appendingPathComponent("results") as NSString).appendingPathComponent("REPLICATION.md")
        try AtomicFile.write(Data(text.utf8), to: path)
        return path
    }
}

/// A replicate folder whose description is unreadable or names no first run.
struct ReplicationError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
