import Foundation
import PerformerTensor
import ResultsFormat
import Statistics

/// `repro report`: results/REPORT.md from the CSVs in results/ alone (no measurement). For
/// each figure, the paper's claim next to our measured evidence, each marked holds / does
/// not hold / inconclusive / not testable (measured, a premise failed) / not measured
/// (missing CSV), with the numbers and the provenance of the runs.
public enum Report {
    /// The figures the report knows: results name, title, and how to read its CSV.
    static let figures: [(name: String, title: String, build: (String, String, String) throws -> ReportSection)] = [
        ("timing-attention", "Raw attention timing (Fig. 3 / App. E, attention alone)",
         { n, p, m in try TimingClaims.section(name: n, title: "Raw attention timing (Fig. 3 / App. E, attention alone)", path: p, provenance: m, exactSlope: false) }),
        ("timing-exact-length", "Raw exact attention time vs L on a fine grid of lengths",
         { n, p, m in try TimingClaims.exactLengthSection(name: n, title: "Raw exact attention time vs L on a fine grid of lengths", path: p, provenance: m) }),
        ("fig3-timing-model", "Fig. 3: whole-model timing (Transformer vs Performer vs X)",
         { n, p, m in try TimingClaims.section(name: n, title: "Fig. 3: whole-model timing (Transformer vs Performer vs X)", path: p, provenance: m) }),
        ("fig4-variance", "Fig. 4: MSE of the approximated attention vs m", { n, p, m in try ApproximationClaims.fig4(name: n, path: p, provenance: m) }),
        ("fig4-confirmatory", "Fig. 4, confirmatory run: orthogonal vs iid at input scales 0.75 and 1",
         { n, p, m in try ApproximationClaims.fig4(name: n, path: p, provenance: m, title: title(n), confirmatory: true) }),
        ("kernel-mse", "Lemma 2: kernel estimator MSE, measured vs theory", { n, p, m in try ApproximationClaims.kernelMSE(name: n, path: p, provenance: m) }),
        ("approximation-vs-length", "Approximation error vs sequence length", { n, p, m in try ApproximationClaims.versusLength(name: n, path: p, provenance: m) }),
        ("approximation-causal", "Causal FAVOR+: approximation error vs sequence length",
         { n, p, m in try ApproximationClaims.versusLength(name: n, path: p, provenance: m, title: title(n),
                                                          paper: "Causal FAVOR+ (prefix sums of the key features times the values, chunked, in float32) approximates causal softmax attention, each row from its own prefix, so its error does not grow with L: the prefix sums accumulate no error (beyond the paper; each facet's bidirectional twin ran on the same inputs)") }),
        ("fig5-backward-compat", "Fig. 5: backward compatibility (Transformer weights in a Performer)",
         { n, p, m in try TransferClaims.section(name: n, title: title(n), path: p, provenance: m,
                                                 only: ["pretrain-plateau", "initial-drop", "recovery", "trig-unstable", "redraw-beats-noredraw", "linformer-plateau"],
                                                 linformerElsewhere: "fig5-linformer-mlm") }),
        ("fig5-linformer-mlm", "Fig. 5 with Linformer: backward compatibility of a masked LM",
         { n, p, m in try TransferClaims.section(name: n, title: title(n), path: p, provenance: m,
                                                 only: ["pretrain-plateau", "initial-drop", "recovery", "linformer-plateau"]) }),
        ("transfer-features", "Beyond the paper: step-0 accuracy of transferred weights vs m",
         { n, p, m in try TransferClaims.featuresSection(name: n, title: title(n), path: p, provenance: m) }),
        ("timing-decoding", "Beyond the paper: time per generated token vs context (FAVOR+ recurrence, exact key-value cache)",
         { n, p, m in try DecodingClaims.section(name: n, title: title(n), path: p, provenance: m) }),
    ] + TaskClaims.figures + ProteinClaims.figures + ProteinAttentionClaims.figures + ProteinLongClaims.figures

    static var figureNames: [String] { figures.map(\.name) }

    /// The title of figure `name` in `figures`.
    static func title(_ name: String) -> String { figures.first { $0.name == name }?.title ?? name }

    /// One section per known figure, read from `resultsDir`. A missing CSV gives a section
    /// whose claim is "not measured"; a corrupt one throws (naming the file and line).
    /// With `staleness` (results name and its NAME.meta.json path -> why the current code
    /// would not produce it; the harness's `Staleness.flags`), each section's provenance also
    /// flags results that the current code did not produce.
    static func sections(resultsDir: String, staleness: ((_ name: String, _ metaPath: String) -> [String])? = nil) throws -> [ReportSection] {
        try figures.map { f in
            let csv = (resultsDir as NSString).appendingPathComponent("\(f.name).csv")
            let metaPath = (resultsDir as NSString).appendingPathComponent("\(f.name).meta.json")
            var meta = provenance(metaPath: metaPath)
            if let staleness, FileManager.default.fileExists(atPath: csv) {
                let flags = staleness(f.name, metaPath)
                if !flags.isEmpty { meta = "**STALE: " + flags.joined(separator: "; ") + ".** " + meta }
            }
            guard FileManager.default.fileExists(atPath: csv) else {
                return ReportSection(name: f.name, title: f.title,
                                     claims: [Claim(id: "missing", paper: "(every claim of this figure)", verdict: .notMeasured, evidence: "results/\(f.name).csv does not exist: run `repro run \(f.name)`")],
                                     details: [], provenance: meta)
            }
            return try f.build(f.name, csv, meta)
        }
    }

    /// Machine, BLAS core, threads, commit and date of each run recorded in NAME.meta.json.
    /// Read-only (a corrupt file is reported, not moved).
    static func provenance(metaPath: String) -> String {
        guard let data = FileManager.default.contents(atPath: metaPath) else { return "no \((metaPath as NSString).lastPathComponent): provenance unknown" }
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        guard let meta = try? d.decode(ResultsMetadata.self, from: data) else { return "\((metaPath as NSString).lastPathComponent) is not readable metadata: provenance unknown" }
        let runs = meta.runs.map { r in
            "\(r.date): \(r.machine.cpuModel), \(r.machine.cores) cores, \(ByteSize.format(r.machine.memoryBytes)); BLAS core \(r.blasCore), \(r.blasThreads) threads, SIMD \(r.machine.simd); commit \(r.commit)\(r.shard.map { ", shard \($0)" } ?? "")"
        }
        let overrides = meta.overrides.isEmpty ? "" : " (overrides: \(meta.overrides.joined(separator: " ")))"
        return "spec hash \(meta.specHash)\(overrides); runs: " + (runs.isEmpty ? "none recorded" : runs.joined(separator: " | "))
    }

    /// The report: summary, headline table, counts, one section per figure (claims and short
    /// notes), then `peers` (the PyTorch/JAX comparison section, if any), then the appendix of
    /// per-cell tables that each section links to.
    static func markdown(_ sections: [ReportSection], peers: String = "") -> String {
        var s = "# Reproduction report: \"Rethinking Attention with Performers\"\n\n"
        s += "Written by `repro report` from the CSVs in `results/` alone (no measurement). Each claim of the paper is marked **holds** (the effect's interval lies on the claim's side of its threshold), **does not hold** (on the other side), **inconclusive** (the interval straddles the threshold; the n at which a test would decide it with 80% power if the measured effect and variance are the truth is given), **not testable** (measured, but a premise the comparison rests on failed; the reason is given) or **not measured** (no results file, or no rows the claim reads); the evidence gives the effect, its interval and how the interval was made. A claim the paper makes for several facets (direction, pass, model size, kernel or mechanism) gets one verdict per facet, each on its own row (↳), and the counts below count those verdicts. Timings depend on the machine and its load at the time of the run (see each section's provenance).\n\n"
        s += "## Summary\n\n" + Headline.summary(sections) + "\n\n"
        s += Headline.table(sections, plotPrefix: "../plots/") + "\n"
        s += "## Claims per figure\n\nOne count per verdict printed: a claim checked per facet counts once per facet.\n\n"
        s += "| figure | " + Outcome.allCases.map(\.rawValue).joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: Outcome.allCases.count) + "\n"
        for sec in sections {
            let outcomes = sec.outcomes
            s += "| [\(sec.title)](#\(sec.name)) | " + Outcome.allCases.map { o in String(outcomes.filter { $0 == o }.count) }.joined(separator: " | ") + " |\n"
        }
        let allDecisions: [Decision] = sections.flatMap { $0.claims.flatMap(\.decisions) }
        let decided = allDecisions.filter { d in d.effect != nil && (d.verdict == .holds || d.verdict == .doesNotHold) }.count
        s += "\nMultiplicity: \(decided) interval checks are decided at 95% each across the report\(sections.contains { $0.claims.contains(where: \.sequential) } ? " (those of sequential claims at their look's stricter level)" : ""); were all their null hypotheses true, about \(Fmt.g(0.05 * Double(decided), 2)) would be decided by chance. Each figure's section states its family and how many of its decisions Holm's procedure at 5% within the figure retains.\n"
        for sec in sections {
            s += "\n<a id=\"\(sec.name)\"></a>\n### \(sec.title)\n\n`results/\(sec.name).csv`. Provenance: \(sec.provenance)\n\n"
            s += claimsTable(sec.claims)
            if let m = Multiplicity.statement(sec.claims) { s += "\n" + m + "\n" }
            let (notes, tables) = splitDetails(sec.details)
            for n in notes { s += "\n" + n + "\n" }
            if !tables.isEmpty { s += "\nPer-cell tables: [Appendix: \(sec.title)](#\(appendixAnchor(sec.name))).\n" }
        }
        return s + peers + appendix(sections)
    }

    /// Markdown table cell text (pipes escaped, no line breaks).
    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    /// Writes OUT/results/REPORT.md (sections flagged by `staleness` as in `sections`) and, when
    /// OUT is a replicate (OUT/replicate-of.json), OUT/results/REPLICATION.md; returns the
    /// report's path and the sections.
    @discardableResult
    public static func write(outDir: String, staleness: ((_ name: String, _ metaPath: String) -> [String])? = nil) throws -> (path: String, sections: [ReportSection]) {
        let results = (outDir as NSString).appendingPathComponent("results")
        let sections = try sections(resultsDir: results, staleness: staleness)
        try FileSystem.createDirectory(results)
        let path = (results as NSString).appendingPathComponent("REPORT.md")
        try AtomicFile.write(Data((markdown(sections, peers: try PeerClaims.markdown(resultsDir: results))).utf8), to: path)
        try writeVerdicts(sections, to: (results as NSString).appendingPathComponent("verdicts.json"))
        try updateReadme(outDir: outDir, sections: sections)
        try Replication.writeIfReplicate(outDir: outDir, sections: sections)
        return (path, sections)
    }

    /// OUT/results/verdicts.json: every claim's verdict for programs (`scripts/sequential.py`
    /// reads it to find the undecided claims): a list of {"section": results name, "claim": id,
    /// "verdict": "holds" | "does not hold" | "inconclusive" | "not testable" | "not measured",
    /// "n_needed": the seeds or samples that would decide it, when known; "undecided_facets":
    /// the facets still inconclusive, for a claim checked per facet whose merged verdict may
    /// read decided}.
    static func writeVerdicts(_ sections: [ReportSection], to path: String) throws {
        let rows: [[String: Any]] = sections.flatMap { s in
            s.claims.map { c -> [String: Any] in
                var row: [String: Any] = ["section": s.name, "claim": c.id,
                                          "verdict": c.notTestable == nil ? c.verdict.rawValue : "not testable"]
                if let n = c.nNeeded { row["n_needed"] = n }
                if c.isFaceted { row["undecided_facets"] = c.facets.filter { $0.verdict == .inconclusive }.map(\.name) }
                return row
            }
        }
        let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
        try AtomicFile.write(data + Data("\n".utf8), to: path)
    }

    /// Rewrites the headline block of OUT/README.md (between `Headline.begin` and `.end`) when
    /// the file exists and has the markers; leaves it alone otherwise.
    static func updateReadme(outDir: String, sections: [ReportSection]) throws {
        let path = (outDir as NSString).appendingPathComponent("README.md")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let updated = Headline.updating(readme: text, with: sections), updated != text else { return }
        try AtomicFile.write(Data(updated.utf8), to: path)
    }
}
