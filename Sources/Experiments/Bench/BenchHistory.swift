import Foundation
import PerformerTensor
import ResultsFormat

/// The history of `repro bench` (results/bench-history.csv): every run appends one row per
/// figure with its commit and machine, so a change to a kernel can be compared with any
/// earlier run (`repro bench --compare REF`).
///
/// A figure is a bench line `name: value ...` whose value text holds a number (the first
/// number is the figure). Its direction comes from its name: `_seconds` and the profile
/// lines (`model_profile_*`, seconds) are better lower; `_gflops`, `_per_second` and
/// `_percent_of_*sgemm` better higher; anything else (bytes, slopes, shares, shapes) is
/// recorded but never judged. The machine's own sgemm rate (`sgemm_*`, `model_sgemm_*`)
/// measures OpenBLAS and the machine, not this code: it is judged, but only as a warning.
///
/// Noise: `rel_spread` is the pooled relative spread of the single timed repeats measured
/// for the figure (`RepeatLog.pooledRelativeSpread` over the repeats timed since the previous
/// figure with repeats; figures printed together after one measurement share it).
///
/// The rule of `--compare`: a figure is a slowdown when its change in the bad direction,
/// ln(now / ref) for seconds (ln(ref / now) for rates), exceeds max(3 s, ln 1.05), where
/// s = sqrt((s_now^2 + s_ref^2) / 2) pools the two runs' spreads (a missing spread counts as
/// 0): three standard deviations of a single repeat, which a median of repeats crosses by
/// chance far less than once in a hundred figures, and never less than 5%, because repeats
/// within one run do not see the drift between runs (other load, frequency, memory layout).
public enum BenchHistory {
    public static let defaultPath = "results/bench-history.csv"
    public static let header = ["date", "commit", "machine", "figure", "value", "better", "rel_spread"]
    /// The smallest slowdown ever reported: 5%.
    static let minimumSlowdown = 0.05
    /// Standard deviations of a single repeat a slowdown must exceed.
    static let noiseMultiple = 3.0

    public enum Better: String, Sendable { case lower, higher }

    /// One figure of one run.
    public struct Row: Equatable, Sendable {
        public var date: String, commit: String, machine: String, figure: String
        public var value: Double
        var better: Better?
        var relSpread: Double?
        public init(date: String, commit: String, machine: String, figure: String, value: Double, better: Better?, relSpread: Double?) {
            self.date = date; self.commit = commit; self.machine = machine; self.figure = figure
            self.value = value; self.better = better; self.relSpread = relSpread
        }
        /// The run this row belongs to.
        var run: String { date + " " + commit + " " + machine }
    }

    /// Name and value of a bench line, or nil when its value holds no number.
    public static func figure(line: String) -> (name: String, value: Double)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        let rest = line[line.index(after: colon)...]
        for token in rest.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == ";" }) {
            if let x = Double(token), x.isFinite { return (name, x) }
        }
        return nil
    }

    /// Which way is better for figure `name`, nil for figures that are not judged.
    static func better(_ name: String) -> Better? {
        if name.hasSuffix("_seconds") || name.hasPrefix("model_profile_") { return .lower }
        if name.hasSuffix("_gflops") || name.hasSuffix("_per_second") || name.hasSuffix("_per_second_one_core")
            || name.hasSuffix("_percent_of_sgemm") || name.hasSuffix("_percent_of_adjacent_sgemm") { return .higher }
        return nil
    }

    /// Whether figure `name` measures the machine (OpenBLAS's sgemm) rather than this code.
    static func isMachineFigure(_ name: String) -> Bool { name.hasPrefix("sgemm_") || name.hasPrefix("model_sgemm_") }

    /// Collects the figures of bench lines as they are emitted, each with the spread of the
    /// repeats `RepeatLog` recorded since the previous line that had repeats.
    public final class Recorder {
        public private(set) var rows: [Row] = []
        let date: String, commit: String, machine: String
        private var spread: Double?
        public init(date: String, commit: String, machine: String) {
            self.date = date; self.commit = commit; self.machine = Self.clean(machine)
        }
        public func add(line: String) {
            let sets = RepeatLog.take()
            if !sets.isEmpty { spread = RepeatLog.pooledRelativeSpread(sets) }
            guard let (name, value) = BenchHistory.figure(line: line) else { return }
            rows.append(Row(date: date, commit: commit, machine: machine, figure: name, value: value,
                            better: BenchHistory.better(name), relSpread: spread))
        }
        /// The machine text without the CSV's separators.
        static func clean(_ s: String) -> String { s.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "\n", with: " ") }
    }

    /// "cpu model, N cores, BLAS core": what makes two runs comparable.
    public static func machine(_ info: MachineInfo) -> String { Recorder.clean("\(info.cpuModel) / \(info.cores) cores / \(info.blasCore)") }

    /// Appends `rows` to the history at `path` (created with its header).
    public static func append(_ rows: [Row], path: String) throws {
        let fm = FileManager.default
        var text = fm.fileExists(atPath: path) ? "" : header.joined(separator: ",") + "\n"
        for r in rows {
            text += [r.date, r.commit, r.machine, r.figure, String(r.value), r.better?.rawValue ?? "",
                     r.relSpread.map { String(format: "%.5f", $0) } ?? ""].joined(separator: ",") + "\n"
        }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        if let h = FileHandle(forWritingAtPath: path) {
            defer { try? h.close() }
            try h.seekToEnd()
            try h.write(contentsOf: Data(text.utf8))
        } else {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// The rows of the history at `path` (empty when it does not exist); a malformed line is an
    /// error naming the file and line.
    public static func load(path: String) throws -> [Row] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CSVError("\(path): cannot read the bench history") }
        var rows: [Row] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i == 0 {
                guard line == header.joined(separator: ",") else { throw CSVError("\(path):1: not a bench history (header must be \(header.joined(separator: ",")))") }
                continue
            }
            if line.isEmpty { continue }
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == header.count, let value = Double(f[4]) else {
                throw CSVError("\(path):\(i + 1): malformed bench history line (\(header.count) fields, a numeric value)")
            }
            rows.append(Row(date: f[0], commit: f[1], machine: f[2], figure: f[3], value: value,
                            better: Better(rawValue: f[5]), relSpread: Double(f[6])))
        }
        return rows
    }
}
