import Foundation
import ResultsFormat
import Statistics

// How to add a claim (for every claim module: timing, approximation, transfer,
// tasks, peers, flash crossover, fig5 numerics):
//
//  1. State the threshold as a `public static let` of your claim module, before any data.
//  2. Build the effect's interval with the engine in the Statistics module (Inference.swift):
//     `Stats.tInterval(samples)` (independent samples), `Stats.bootstrap(groups) { stat }`
//     (percentile, seeded), `Stats.paired(a, b)` (common random numbers: say so),
//     `Stats.regression(points)` (slope, interval from the residuals), `Stats.quadraticFit`,
//     `Stats.normalInterval(estimate:se:n:)` (large-sample), `.exponentiated()` for log ratios.
//  3. Decide it: `Decision.decide(label, effect:, threshold:, side: .below/.above)` or
//     `Decision.within(label, effect:, low:, high:)`; `Decision.notMeasured(label, why)` for a
//     check that could not be made (e.g. a line ended by the time budget: "not reached").
//     A claim that was measured but cannot be tested (a premise it rests on failed) keeps
//     verdict `.notMeasured` and says why in `Claim.notTestable`: it prints and counts as
//     "not testable (why)", apart from "not measured".
//     An interval that straddles the threshold is inconclusive, with the n that would decide it
//     (`Stats.requiredN`, from the measured variance).
//  4. `Claim(id:paper:checks:empty:)` combines the checks (does not hold > inconclusive > holds;
//     not measured when nothing was measured) and carries the largest n needed. Checks over
//     facets the paper distinguishes (direction, pass, model size, kernel or mechanism) go
//     through `Claim(id:paper:facetChecks:empty:)` (or set `facets`): the report then gives
//     one verdict per facet, never one merged verdict that hides a facet.
//  5. Explanations: only via `Explanation.paragraph(_:premises:conclusion:)` (every premise a
//     checked condition printed with its numbers; the paragraph vanishes if one fails).
//  6. Tests: synthetic CSVs that make the claim hold, not hold and come out inconclusive.
//  `Precision(halfWidth:)` turns a claim's declared precision and a measured per-sample sd into
//  the samples (and, with a measured rate, the seconds) it costs.

/// One claim of the paper next to our evidence. `evidence` always carries the numbers that
/// decided the verdict (or says what is missing).
public struct Claim: Equatable {
    /// Short identifier used by tests ("exact-slope", "crossover", ...).
    var id: String
    /// The paper's statement, with our threshold.
    var paper: String
    public var verdict: Verdict
    var evidence: String
    /// For an inconclusive verdict: the samples (of the unit named in the evidence) that the
    /// measured variance says would decide it.
    public var nNeeded: Int?
    /// Independent runs behind a training claim when fewer than a decision needs.
    public var runs: Int? = nil
    /// The checks behind the verdict when it was decided from intervals (Multiplicity.swift).
    var decisions: [Decision] = []
    /// Measured, but not testable: why (e.g. the reference did not learn, so matching it says
    /// nothing). Set only with verdict `.notMeasured`; the report prints "not testable (why)"
    /// and counts it apart from "not measured".
    var notTestable: String? = nil
    /// The claim's verdict per facet the paper distinguishes (Facets.swift), when it was
    /// checked over several; empty otherwise. The report prints one row per facet.
    public var facets: [Facet] = []
    /// Decided at the level of its look in a plan of sequential rounds (SequentialRounds.swift),
    /// not at 95%.
    var sequential = false
    /// The sentence on its look and rounds (`RoundsPlan.annotate`); a faceted claim shows it
    /// in its counting row, a plain one at the end of its evidence.
    var sequentialNote: String? = nil

    public init(id: String, paper: String, verdict: Verdict, evidence: String, nNeeded: Int? = nil) {
        self.id = id; self.paper = paper; self.verdict = verdict; self.evidence = evidence; self.nNeeded = nNeeded
    }

    /// A claim from decided checks (`Decision`s): the combined verdict, every check's evidence
    /// and the largest n an inconclusive check needs.
    public init(id: String, paper: String, checks: [Decision], empty: String) {
        self.init(id: id, paper: paper, verdict: Verdict.all(checks.map(\.verdict)),
                  evidence: checks.isEmpty ? empty : checks.map(\.text).joined(separator: "; "),
                  nNeeded: checks.filter { $0.verdict == .inconclusive }.compactMap(\.nNeeded).max())
        decisions = checks
    }

    /// The verdict as the report prints it ("inconclusive (n needed: 240)", "not testable (why)").
    var verdictText: String { Claim.verdictText(verdict, nNeeded: nNeeded, runs: runs, notTestable: notTestable) }
}

/// One figure's section of results/REPORT.md.
public struct ReportSection: Equatable {
    /// The results name (results/NAME.csv).
    public var name: String
    public var title: String
    public var claims: [Claim]
    /// Markdown tables and notes with the measured numbers.
    var details: [String]
    /// Machine, BLAS core, threads, commit of the runs (from NAME.meta.json), or why unknown.
    var provenance: String

    func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }
}

/// Rows of one results CSV with typed accessors; a missing required column is a clear error.
struct ResultRows {
    let path: String
    let table: CSVTable

    init(path: String, required: [String]) throws {
        table = try CSVReader.read(path: path)
        try FiniteValues.check(table, source: path)
        self.path = path
        let missing = required.filter { !table.header.contains($0) }
        if !missing.isEmpty {
            throw CSVError("\(path): missing column(s) \(missing.joined(separator: ", ")) (corrupt, or written by another kind)")
        }
    }

    var header: [String] { table.header }
    var ok: [[String: String]] { table.rows.filter { $0["status"] == "ok" } }

    /// A numeric cell; a non-numeric one in an ok row is a corrupt file.
    func number(_ row: [String: String], _ column: String) throws -> Double {
        let text = row[column] ?? ""
        if let x = Double(text) { return x }
        if ["nan", "-nan", "inf", "-inf", "+inf"].contains(text.lowercased()) { return Double(text.lowercased().replacingOccurrences(of: "+", with: "")) ?? .nan }
        let line = zip(table.rows, table.lineNumbers).first { $0.0 == row }?.1 ?? 0
        throw CSVError("\(path):\(line): \(column) = \"\(text)\" is not a number")
    }
}
