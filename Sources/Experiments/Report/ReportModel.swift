import Foundation

// How to add a claim (for the claim modules of every branch: timing, approximation, transfer,
// tasks, peers, flash crossover, fig5 numerics):
//
//  1. State the threshold as a `public static let` of your claim module, before any data.
//  2. Build the effect's interval with the engine in Stats/Inference.swift:
//     `Stats.tInterval(samples)` (independent samples), `Stats.bootstrap(groups) { stat }`
//     (percentile, seeded), `Stats.paired(a, b)` (common random numbers: say so),
//     `Stats.regression(points)` (slope, interval from the residuals), `Stats.quadraticFit`,
//     `Stats.normalInterval(estimate:se:n:)` (large-sample), `.exponentiated()` for log ratios.
//  3. Decide it: `Decision.decide(label, effect:, threshold:, side: .below/.above)` or
//     `Decision.within(label, effect:, low:, high:)`; `Decision.notMeasured(label, why)` for a
//     check that could not be made (e.g. a line ended by the time budget: "not reached").
//     An interval that straddles the threshold is inconclusive, with the n that would decide it
//     (`Stats.requiredN`, from the measured variance).
//  4. `Claim(id:paper:checks:empty:)` combines the checks (does not hold > inconclusive > holds;
//     not measured when nothing was measured) and carries the largest n needed.
//  5. Explanations: only via `Explanation.paragraph(_:premises:conclusion:)` (every premise a
//     checked condition printed with its numbers; the paragraph vanishes if one fails).
//  6. Tests: synthetic CSVs that make the claim hold, not hold and come out inconclusive.
//  `Precision(halfWidth:)` turns a claim's declared precision and a measured per-sample sd into
//  the samples (and, with a measured rate, the seconds) it costs.

/// The report's vocabulary: a paper claim, our verdict, and the numbers behind it.
public enum Verdict: String, Equatable, Sendable {
    case holds = "holds"
    case doesNotHold = "does not hold"
    /// The effect's interval straddles the threshold: more samples would decide it (the claim
    /// carries how many, `Claim.nNeeded`).
    case inconclusive = "inconclusive"
    case notMeasured = "not measured"

    /// Several checks of one claim: not measured if none was measured; does not hold if any
    /// measured check does not; else inconclusive if any is; else holds.
    public static func all(_ verdicts: [Verdict]) -> Verdict {
        let measured = verdicts.filter { $0 != .notMeasured }
        if measured.isEmpty { return .notMeasured }
        if measured.contains(.doesNotHold) { return .doesNotHold }
        return measured.contains(.inconclusive) ? .inconclusive : .holds
    }
}

/// One claim of the paper next to our evidence. `evidence` always carries the numbers that
/// decided the verdict (or says what is missing).
public struct Claim: Equatable {
    /// Short identifier used by tests ("exact-slope", "crossover", ...).
    public var id: String
    /// The paper's statement, with our threshold.
    public var paper: String
    public var verdict: Verdict
    public var evidence: String
    /// For an inconclusive verdict: the samples (of the unit named in the evidence) that the
    /// measured variance says would decide it.
    public var nNeeded: Int?

    public init(id: String, paper: String, verdict: Verdict, evidence: String, nNeeded: Int? = nil) {
        self.id = id; self.paper = paper; self.verdict = verdict; self.evidence = evidence; self.nNeeded = nNeeded
    }

    /// A claim from decided checks (`Decision`s): the combined verdict, every check's evidence
    /// and the largest n an inconclusive check needs.
    public init(id: String, paper: String, checks: [Decision], empty: String) {
        self.init(id: id, paper: paper, verdict: Verdict.all(checks.map(\.verdict)),
                  evidence: checks.isEmpty ? empty : checks.map(\.text).joined(separator: "; "),
                  nNeeded: checks.filter { $0.verdict == .inconclusive }.compactMap(\.nNeeded).max())
    }

    /// The verdict as the report prints it ("inconclusive (n needed: 240)").
    public var verdictText: String {
        verdict == .inconclusive ? "inconclusive" + (nNeeded.map { " (n needed: \($0))" } ?? "") : verdict.rawValue
    }
}

/// One figure's section of results/REPORT.md.
public struct ReportSection: Equatable {
    /// The results name (results/NAME.csv).
    public var name: String
    public var title: String
    public var claims: [Claim]
    /// Markdown tables and notes with the measured numbers.
    public var details: [String]
    /// Machine, BLAS core, threads, commit of the runs (from NAME.meta.json), or why unknown.
    public var provenance: String

    public func claim(_ id: String) -> Claim? { claims.first { $0.id == id } }
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

/// Small numerical helpers for the report.
enum Stats {
    /// Least-squares slope of y on x (nil with fewer than 2 distinct x).
    static func slope(_ points: [(x: Double, y: Double)]) -> Double? {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let mx = points.map(\.x).reduce(0, +) / n, my = points.map(\.y).reduce(0, +) / n
        let sxx = points.map { ($0.x - mx) * ($0.x - mx) }.reduce(0, +)
        guard sxx > 0 else { return nil }
        return points.map { ($0.x - mx) * ($0.y - my) }.reduce(0, +) / sxx
    }

    /// Log-log slope over the upper half of the x range (in log2): points with
    /// log2 x >= (log2 min + log2 max) / 2, but at least the `minPoints` largest x (a short
    /// line's slope from 2 points is mostly noise).
    static func upperHalfLogSlope(_ points: [(x: Double, y: Double)], minPoints: Int = 3) -> (slope: Double?, from: Double, used: Int) {
        let p = points.filter { $0.x > 0 && $0.y > 0 }.sorted { $0.x < $1.x }
        guard let lo = p.first?.x, let hi = p.last?.x else { return (nil, 0, 0) }
        let mid = (log2(lo) + log2(hi)) / 2
        var upper = p.filter { log2($0.x) >= mid - 1e-9 }
        if upper.count < minPoints { upper = Array(p.suffix(minPoints)) }
        return (slope(upper.map { (log2($0.x), log2($0.y)) }), upper.map(\.x).min() ?? lo, upper.count)
    }

    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Number formatting for the report.
enum Fmt {
    /// `digits` significant digits; whole numbers below 10^7 (steps, m) in full.
    static func g(_ x: Double, _ digits: Int = 3) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == x.rounded(), Swift.abs(x) < 1e7, Swift.abs(x) >= 1 { return String(Int(x)) }
        return String(format: "%.\(digits)g", x)
    }
    static func slope(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "n/a" }
    /// 16384 -> "2^14 (16384)"; other values plain.
    static func length(_ l: Double) -> String {
        let e = log2(l)
        return e == e.rounded() ? "2^\(Int(e))" : String(Int(l))
    }
    static func percent(_ x: Double) -> String { String(format: "%.0f%%", 100 * x) }
}
