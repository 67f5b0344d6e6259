import Foundation
import ResultsFormat

/// `repro bench --compare REF`: each figure of the current run beside the same figure of a
/// reference run from the history, with the noise threshold of `BenchHistory`'s rule.
public struct BenchComparison: Equatable {
    /// The reference run: "commit (date)".
    var reference: String
    /// One line per figure of the current run found in the reference, then a summary line.
    public var lines: [String]
    /// Figures slower than the noise allows (the machine's sgemm excluded).
    var slowdowns: [String]
    /// Slower machine figures (sgemm): a sign of load or of another machine state, not of the code.
    var warnings: [String]

    /// Whether `repro bench --compare` fails (exit status 1).
    public var failed: Bool { !slowdowns.isEmpty }

    /// The reference run of the history `rows`: REF = "last" (the most recent run) or a commit
    /// (the most recent run whose commit starts with REF), on `machine` only: figures of
    /// another machine are not comparable. Throws naming what the history holds.
    public static func referenceRun(_ rows: [BenchHistory.Row], ref: String, machine: String, path: String) throws -> [BenchHistory.Row] {
        let mine = rows.filter { $0.machine == machine }
        var runs: [String] = []
        for r in mine where runs.last != r.run && !runs.contains(r.run) { runs.append(r.run) }
        let candidates = ref == "last" ? runs : runs.filter { run in mine.first { $0.run == run }!.commit.hasPrefix(ref) }
        guard let run = candidates.last else {
            let commits = runs.suffix(8).compactMap { run in mine.first { $0.run == run }?.commit }
            let others = Set(rows.map(\.machine)).subtracting([machine]).sorted()
            throw CSVError("\(path): no bench run \(ref == "last" ? "" : "of commit \(ref) ")on this machine (\(machine))"
                           + (commits.isEmpty ? "" : "; its runs' commits: \(commits.joined(separator: ", "))")
                           + (others.isEmpty ? "" : "; other machines in the history: \(others.joined(separator: " | "))"))
        }
        return mine.filter { $0.run == run }
    }

    /// The threshold of a slowdown, as a log ratio: max(noiseMultiple s, ln(1 + minimumSlowdown))
    /// with s the two runs' pooled spread.
    static func threshold(_ a: Double?, _ b: Double?) -> Double {
        let s = (((a ?? 0) * (a ?? 0) + (b ?? 0) * (b ?? 0)) / 2).squareRoot()
        return max(BenchHistory.noiseMultiple * s, Foundation.log(1 + BenchHistory.minimumSlowdown))
    }

    public init(reference: String, lines: [String], slowdowns: [String], warnings: [String]) {
        self.reference = reference; self.lines = lines; self.slowdowns = slowdowns; self.warnings = warnings
    }

    /// Compares the figures of `current` with `reference` (one run each).
    public init(current: [BenchHistory.Row], reference ref: [BenchHistory.Row]) {
        let byName = Dictionary(ref.map { ($0.figure, $0) }, uniquingKeysWith: { _, last in last })
        reference = ref.first.map { "\($0.commit) (\($0.date))" } ?? "none"
        var lines = ["figure | reference | now | change | threshold | verdict"]
        var slow: [String] = [], warn: [String] = []
        for c in current {
            guard let r = byName[c.figure] else { continue }
            let change = r.value != 0 ? c.value / r.value - 1 : 0
            let cells = "\(c.figure) | \(Self.g(r.value)) | \(Self.g(c.value)) | \(Self.percent(change))"
            guard let better = c.better, c.value > 0, r.value > 0 else { lines.append(cells + " | - | not judged"); continue }
            let t = Self.threshold(c.relSpread, r.relSpread)
            // worse > 0: slower (seconds up, rates down), as a log ratio
            let worse = better == .lower ? Foundation.log(c.value / r.value) : Foundation.log(r.value / c.value)
            let verdict: String
            if worse > t {
                verdict = BenchHistory.isMachineFigure(c.figure) ? "slower (machine)" : "SLOWER"
                (BenchHistory.isMachineFigure(c.figure) ? { warn.append(c.figure) } : { slow.append(c.figure) })()
            } else {
                verdict = worse < -t ? "faster" : "within noise"
            }
            lines.append(cells + " | \(Self.percent(Foundation.exp(t) - 1)) | \(verdict)")
        }
        lines.append(slow.isEmpty ? "no slowdown beyond the noise against \(reference)"
                                  : "\(slow.count) slowdown(s) beyond the noise against \(reference): \(slow.joined(separator: ", "))")
        if !warn.isEmpty { lines.append("the machine's own sgemm is slower (\(warn.joined(separator: ", "))): the machine is loaded or in another state; the other verdicts are suspect") }
        self.lines = lines; slowdowns = slow; warnings = warn
    }

    static func g(_ x: Double) -> String { String(format: "%.4g", x) }
    static func percent(_ x: Double) -> String { String(format: "%+.1f%%", 100 * x) }
}
