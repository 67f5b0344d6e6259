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
            s += "| \(cell(c.paper)) | **per facet: \(Outcome.counts(c.outcomes))** | one verdict per facet below (all facets together: \(c.verdictText)) |\n"
            for f in c.facets { s += "| ↳ \(cell(f.name)) | **\(f.verdictText)** | \(cell(f.evidence)) |\n" }
        }
        return s
    }
}
