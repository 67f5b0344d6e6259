import Foundation
import Statistics

extension Report {
    /// One figure's claims table: a row per claim. A claim checked per facet gets a row that
    /// counts its facets' verdicts (the merged verdict only labelled "all facets together"),
    /// then one row per facet with its own verdict and evidence.
    static func claimsTable(_ claims: [Claim]) -> String {
        var s = "| paper's claim (our threshold) | verdict | measured evidence |\n|---|---|---|\n"
        for c in claims {
            guard c.isFaceted else {
                s += "| \(cell(c.paper)) | **\(c.verdictText)** | \(cell(c.evidence)) |\n"
                continue
            }
            s += "| \(cell(c.paper)) | **per facet: \(Outcome.counts(c.outcomes))** | one verdict per facet below (all facets together: \(c.verdictText))\(c.sequentialNote.map { "; " + cell($0) } ?? "") |\n"
            for f in c.facets { s += "| ↳ \(cell(f.name)) | **\(f.verdictText)** | \(cell(f.evidence)) |\n" }
        }
        return s
    }
}

extension Report {
    /// The anchor of a section's part of the appendix.
    static func appendixAnchor(_ name: String) -> String { "appendix-" + name }

    /// A section's details split into the short notes that stay in the section and the
    /// per-cell tables (each with the caption paragraph just above it) that go to the
    /// appendix. A paragraph is a table when its lines start with "|".
    static func splitDetails(_ details: [String]) -> (notes: [String], tables: [String]) {
        var notes: [String] = [], tables: [String] = []
        for d in details {
            let blocks = d.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
            let isTable = blocks.map { $0.hasPrefix("|") }
            var chunk: [String] = []
            for (i, b) in blocks.enumerated() {
                if isTable[i] || (i + 1 < blocks.count && isTable[i + 1]) { chunk.append(b) } else { notes.append(b) }
            }
            if !chunk.isEmpty { tables.append(chunk.joined(separator: "\n\n")) }
        }
        return (notes, tables)
    }

    /// "Appendix: per-cell tables": each section's tables under its own anchor, linked back.
    static func appendix(_ sections: [ReportSection]) -> String {
        let parts = sections.map { ($0, splitDetails($0.details).tables) }.filter { !$0.1.isEmpty }
        guard !parts.isEmpty else { return "" }
        var s = "\n## Appendix: per-cell tables\n\nEvery configuration or cell behind the claims above, one part per figure.\n"
        for (sec, tables) in parts {
            s += "\n<a id=\"\(appendixAnchor(sec.name))\"></a>\n### Appendix: \(sec.title)\n\n`results/\(sec.name).csv`; its claims: [\(sec.title)](#\(sec.name)).\n"
            for t in tables { s += "\n" + t + "\n" }
        }
        return s
    }
}

extension Stats {
    /// "m [lo, hi]": the mean and 95% t-interval of `x` (one value per replicate), each in
    /// printf format `f`; nil with fewer than 2 values (the caller says what one value means).
    static func meanInterval(_ x: [Double], _ f: String) -> String? {
        guard let i = tInterval(x) else { return nil }
        return String(format: "\(f) [\(f), \(f)]", i.estimate, i.lower, i.upper)
    }
}

extension Interval {
    /// "0.989 [0.971, 1.01]" (or "1 (no spread)"): the interval without its method, for a
    /// table that names the method once in its caption or header.
    var bracketed: String {
        isDeterministic ? "\(Fmt.g(estimate)) (no spread)" : "\(Fmt.g(estimate)) [\(Fmt.g(lower)), \(Fmt.g(upper))]"
    }
}
