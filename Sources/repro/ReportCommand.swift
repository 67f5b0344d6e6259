import Analysis
import ArgumentParser
import Experiments
import Statistics

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write results/REPORT.md: each paper claim next to the measured evidence (from the CSVs alone).")

    @OptionGroup var location: LocationOptions

    func run() throws {
        let (path, sections) = try failing { try Report.write(outDir: location.out, staleness: Staleness.checker(outDir: location.out)) }
        for s in sections {
            let counts = [Verdict.holds, .doesNotHold, .inconclusive, .notMeasured].map { v in "\(s.claims.filter { $0.verdict == v }.count) \(v.rawValue)" }
            print("\(s.name): \(counts.joined(separator: ", "))")
        }
        print("report: \(path)")
    }
}
