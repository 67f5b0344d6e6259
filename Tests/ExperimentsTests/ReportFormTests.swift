import Foundation
import XCTest
@testable import Analysis
@testable import Statistics

/// The form of REPORT.md on synthetic claims whose verdicts are fixed: "not testable" printed
/// and counted apart from "not measured"; one verdict per facet of a claim checked per facet;
/// per-cell tables in an appendix that each section links to.
final class ReportFormTests: XCTestCase {
    /// A proteins-lm-u section whose Transformer did not learn (its comparison not testable)
    /// and a proteins-lm-b section whose comparison was not measured at all.
    func proteinSections() -> [ReportSection] {
        var untestable = Claim(id: "relu-matches-exact", paper: "Performer-ReLU matches", verdict: .notMeasured, evidence: "not judged, measured: 0.1 [-1, 1]")
        untestable.notTestable = "the Transformer did not learn"
        return [
            ReportSection(name: "proteins-lm-u", title: "U", claims: [
                Claim(id: "exact-learns", paper: "exact learns", verdict: .doesNotHold, evidence: "exact − unigram 0.9"),
                untestable,
                Claim(id: "other", paper: "another claim", verdict: .holds, evidence: "fine"),
            ], details: [], provenance: "p"),
            ReportSection(name: "proteins-lm-b", title: "B", claims: [
                Claim(id: "relu-matches-exact", paper: "Performer-ReLU matches", verdict: .notMeasured, evidence: "performer-relu not run"),
            ], details: [], provenance: "p"),
        ]
    }

    /// Asserts that `text` contains every one of `parts` (each checked and reported on its own).
    private func assertContains(_ text: String, _ parts: [String], file: StaticString = #filePath, line: UInt = #line) {
        for part in parts { XCTAssertTrue(text.contains(part), "missing: \(part)\n\(text)", file: file, line: line) }
    }

    func testNotTestablePrintsAndCountsApartFromNotMeasured() throws {
        let sections = proteinSections()
        let c = try XCTUnwrap(sections[0].claim("relu-matches-exact"))
        XCTAssertEqual(c.outcome, .notTestable)
        XCTAssertEqual(c.verdict, .notMeasured, "the Verdict itself is unchanged")
        XCTAssertEqual(c.verdictText, "not testable (the Transformer did not learn)")
        XCTAssertEqual(sections[1].claims[0].outcome, .notMeasured)
        XCTAssertEqual(sections[1].claims[0].verdictText, "not measured")

        let md = Report.markdown(sections)
        // The figure's claims table and the headline table print the reason as the verdict.
        assertContains(md, ["| Performer-ReLU matches | **not testable (the Transformer did not learn)** |",
                            "| Protein LM (U): Performer-ReLU matches the Transformer | **not testable (the Transformer did not learn)** |",
                            "| Protein LM (B): Performer-ReLU matches the Transformer | **not measured** |"])
        // Claims per figure: a column of its own (holds, does not hold, inconclusive, not testable, not measured).
        assertContains(md, ["| figure | holds | does not hold | inconclusive | not testable | not measured |",
                            "| [U](#proteins-lm-u) | 1 | 1 | 0 | 1 | 0 |",
                            "| [B](#proteins-lm-b) | 0 | 0 | 0 | 0 | 1 |"])

        // The summary counts them apart and groups the headline claims apart, with the reason.
        let summary = Headline.summary(sections)
        XCTAssertTrue(summary.hasPrefix("Of 4 claims checked: 1 hold, 1 do not hold, 0 are undecided, 1 are not testable"), summary)
        assertContains(summary, ["1 are not measured",
                                 "- **Not testable**: Protein LM (U): Performer-ReLU matches the Transformer (the Transformer did not learn).",
                                 "- **Not measured**: Protein LM (B): Performer-ReLU matches the Transformer (run `repro run proteins-lm-b`)."])
        XCTAssertFalse(summary.contains("or not testable"), summary)
    }

    /// The protein sections mark the comparisons of a Transformer that did not learn as not
    /// testable through `notTestable`, never through the wording of the evidence.
    func testProteinGateSetsTheReason() throws {
        var learns = Claim(id: "exact-learns", paper: "p", verdict: .doesNotHold, evidence: "e")
        let compared = Claim(id: "relu-matches-exact", paper: "p", verdict: .holds, evidence: "performer-relu − exact (points): 0.1")
        var gated = ProteinClaims.gatedOnLearning([learns, compared])
        XCTAssertEqual(gated[1].outcome, .notTestable)
        XCTAssertTrue(gated[1].notTestable!.contains("exact-learns does not hold"), gated[1].notTestable!)
        XCTAssertTrue(gated[1].evidence.contains("performer-relu − exact (points): 0.1"), gated[1].evidence)
        // When the Transformer learned, the comparison keeps its verdict.
        learns.verdict = .holds
        gated = ProteinClaims.gatedOnLearning([learns, compared])
        XCTAssertEqual(gated[1].outcome, .holds)
        XCTAssertNil(gated[1].notTestable)
    }

    /// A decision with a fixed interval on one side of (or straddling) threshold 1.
    func check(_ label: String, _ lower: Double, _ upper: Double) -> Decision {
        Decision.decide(label, effect: Interval(estimate: (lower + upper) / 2, lower: lower, upper: upper, method: "m", n: 5), threshold: 1, side: .below)
    }

    func testMergedClaimGivesOneVerdictPerFacet() throws {
        // Facet a: two checks that hold; b: one inconclusive; c: one that does not hold.
        let c = Claim(id: "x", paper: "the claim", facetChecks: [
            ("a (causal=false)", check("a (causal=false) at 1", 0.1, 0.2)), ("a (causal=false)", check("a (causal=false) at 2", 0.3, 0.4)),
            ("b (causal=true)", check("b (causal=true) over 2^9..2^12", 0.6, 1.2)),
            ("c", check("c", 2, 3)),
        ], empty: "none")
        XCTAssertEqual(c.verdict, .doesNotHold, "the merged verdict is kept, as before")
        XCTAssertEqual(c.facets.map(\.name), ["a (causal=false)", "b (causal=true)", "c"])
        XCTAssertEqual(c.facets.map(\.verdict), [.holds, .inconclusive, .doesNotHold])
        XCTAssertEqual(c.outcomes, [.holds, .inconclusive, .doesNotHold])
        XCTAssertNotNil(c.facets[1].nNeeded)
        // A facet's evidence drops the facet's own name in front of each check.
        XCTAssertTrue(c.facets[0].evidence.hasPrefix("at 1: 0.15 [0.1, 0.2] (m) vs threshold < 1: holds; at 2: "), c.facets[0].evidence)
        XCTAssertTrue(c.facets[1].evidence.hasPrefix("over 2^9..2^12: 0.9 [0.6, 1.2]"), c.facets[1].evidence)

        let md = Report.markdown([ReportSection(name: "s", title: "S", claims: [c], details: [], provenance: "p")])
        XCTAssertTrue(md.contains("| the claim | **per facet: 1 holds, 1 does not hold, 1 inconclusive** | one verdict per facet below (all facets together: does not hold) |"), md)
        XCTAssertTrue(md.contains("| ↳ a (causal=false) | **holds** | at 1: "), md)
        XCTAssertTrue(md.contains("| ↳ b (causal=true) | **inconclusive (n needed: "), md)
        XCTAssertTrue(md.contains("| ↳ c | **does not hold** | 2.5 [2, 3] (m) vs threshold < 1: does not hold |"), md)
        // The figure's counts count the facets' verdicts.
        XCTAssertTrue(md.contains("| [S](#s) | 1 | 1 | 1 | 0 | 0 |"), md)
        // A claim with one facet prints as before.
        let one = Claim(id: "y", paper: "one", facetChecks: [("a", check("a", 0.1, 0.2))], empty: "none")
        XCTAssertFalse(one.isFaceted)
        XCTAssertTrue(Report.claimsTable([one]).contains("| one | **holds** | a: 0.15 [0.1, 0.2] (m) vs threshold < 1: holds |"))
    }

    /// Whole-model timing where the regular model is close to X (1.2x) and the small one is
    /// not (3x): the merged claim does not hold, the regular facet holds, and the headline row
    /// quotes the regular facet by name with the others counted beside it.
    func testWholeModelTimingPerFacetAndHeadlineQuote() throws {
        let dir = try temporaryDirectory()
        var text = "config_key,status,mechanism,kernel,model,causal,seq_len,pass,median_s\n"
        for (mechanism, model, factor) in [("performer-softmax", "regular", 1.2e-6), ("identity", "regular", 1e-6),
                                           ("performer-softmax", "small", 3e-6), ("identity", "small", 1e-6)] {
            for L in (9...13).map({ 1 << $0 }) {
                for pass in ["forward", "forward_backward"] { text += "k,ok,\(mechanism),\(withPresetColumns(mechanism, [:])["kernel"]!),\(model),false,\(L),\(pass),\(factor * Double(L))\n" }
            }
        }
        let results = (dir as NSString).appendingPathComponent("results")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        try text.write(toFile: (results as NSString).appendingPathComponent("fig3-timing-model.csv"), atomically: true, encoding: .utf8)
        let sections = try Report.sections(resultsDir: results)
        let s = try XCTUnwrap(sections.first { $0.name == "fig3-timing-model" })
        let c = try XCTUnwrap(s.claim("close-to-x"))
        XCTAssertEqual(c.verdict, .doesNotHold)
        let regular = try XCTUnwrap(c.facet("performer-softmax (model=regular, causal=false, pass=forward)"))
        XCTAssertEqual(regular.verdict, .holds)
        XCTAssertEqual(regular.evidence, "performer-softmax/X at 2^13 = 1.2")
        XCTAssertEqual(c.facet("performer-softmax (model=small, causal=false, pass=forward_backward)")?.verdict, .doesNotHold)
        XCTAssertEqual(c.facets.count, 4)
        // The slopes too: one facet per line.
        XCTAssertEqual(s.claim("favor-slope")?.facets.map(\.name).sorted(),
                       ["performer-softmax (model=regular, causal=false, pass=forward)", "performer-softmax (model=regular, causal=false, pass=forward_backward)",
                        "performer-softmax (model=small, causal=false, pass=forward)", "performer-softmax (model=small, causal=false, pass=forward_backward)"])

        let table = Headline.table(sections, plotPrefix: "plots/")
        XCTAssertTrue(table.contains("| A whole Performer runs close to the attention-free model X: performer-softmax (model=regular, causal=false, pass=forward) | **holds** | performer-softmax/X at 2^13 = 1.2 (other facets: 1 holds, 2 do not hold) |"), table)
        let summary = Headline.summary(sections)
        XCTAssertTrue(summary.contains("- **Holds**: A whole Performer runs close to the attention-free model X: performer-softmax (model=regular, causal=false, pass=forward) (other facets: 1 holds, 2 do not hold)"), summary)
    }

    func testPerCellTablesGoToAnAppendixThatSectionsLinkTo() throws {
        let claim = Claim(id: "c", paper: "p", verdict: .holds, evidence: "e")
        let withTable = ReportSection(name: "s1", title: "First", claims: [claim], details: [
            "Caption naming the method once.\n\n| a | b |\n|---|---|\n| CELL-1 | 2 |\n\nA short NOTE-1 after the table.\n",
            "NOTE-2 on its own.",
        ], provenance: "p")
        let notesOnly = ReportSection(name: "s2", title: "Second", claims: [claim], details: ["NOTE-3 only."], provenance: "p")
        let split = Report.splitDetails(withTable.details)
        XCTAssertEqual(split.tables, ["Caption naming the method once.\n\n| a | b |\n|---|---|\n| CELL-1 | 2 |"])
        XCTAssertEqual(split.notes, ["A short NOTE-1 after the table.", "NOTE-2 on its own."])

        let md = Report.markdown([withTable, notesOnly], peers: "\n## PEERS\n")
        let appendix = try XCTUnwrap(md.range(of: "\n## Appendix: per-cell tables\n"))
        func at(_ text: String) throws -> String.Index { try XCTUnwrap(md.range(of: text), text).lowerBound }
        // Sections keep their claims and notes; the tables come after every section and the peers.
        for text in ["<a id=\"s1\"></a>", "NOTE-1", "NOTE-2", "<a id=\"s2\"></a>", "NOTE-3", "## PEERS"] {
            XCTAssertLessThan(try at(text), appendix.lowerBound, text)
        }
        XCTAssertGreaterThan(try at("| CELL-1 | 2 |"), appendix.lowerBound)
        XCTAssertGreaterThan(try at("Caption naming the method once."), appendix.lowerBound)
        XCTAssertEqual(md.components(separatedBy: "CELL-1").count, 2, "the table is printed once, in the appendix")
        // The section links to its part of the appendix, which has the anchor and links back.
        XCTAssertLessThan(try at("Per-cell tables: [Appendix: First](#appendix-s1)."), appendix.lowerBound)
        XCTAssertGreaterThan(try at("<a id=\"appendix-s1\"></a>\n### Appendix: First"), appendix.lowerBound)
        XCTAssertTrue(md.contains("its claims: [First](#s1)."), md)
        // A section with notes only has no appendix part and no link.
        XCTAssertFalse(md.contains("appendix-s2"), md)
    }

    /// The written report from CSVs: every figure section comes before the appendix, and each
    /// section with per-cell tables links to an anchor that exists.
    func testWrittenReportLinksResolveToTheAppendix() throws {
        let dir = try temporaryDirectory()
        let results = (dir as NSString).appendingPathComponent("results")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        var csv = "config_key,status,mechanism,seed,variant,step,split,accuracy,perplexity,unigram_accuracy\n"
        for (m, values) in [("exact", [0.30, 0.31, 0.29]), ("performer-relu", [0.30, 0.29, 0.31])] {
            for (i, a) in values.enumerated() { csv += "\(m)\(i),ok,\(m),\(i),\(m),100,validation,\(a),18,0.08\n" }
        }
        try csv.write(toFile: (results as NSString).appendingPathComponent("proteins-lm-u.csv"), atomically: true, encoding: .utf8)
        let (path, _) = try Report.write(outDir: dir)
        let md = try String(contentsOfFile: path, encoding: .utf8)
        let appendix = try XCTUnwrap(md.range(of: "## Appendix: per-cell tables")).lowerBound
        XCTAssertLessThan(try XCTUnwrap(md.range(of: "<a id=\"proteins-lm-b\"></a>")).lowerBound, appendix)
        XCTAssertLessThan(try XCTUnwrap(md.range(of: "<a id=\"peers\"></a>")).lowerBound, appendix)
        XCTAssertTrue(md.contains("(#appendix-proteins-lm-u)"), md)
        XCTAssertGreaterThan(try XCTUnwrap(md.range(of: "<a id=\"appendix-proteins-lm-u\"></a>")).lowerBound, appendix)
        XCTAssertGreaterThan(try XCTUnwrap(md.range(of: "| performer-relu | 3 |")).lowerBound, appendix)
        // Every in-page link names an anchor of the page.
        let link = try NSRegularExpression(pattern: #"\]\(#([^)]+)\)"#)
        for m in link.matches(in: md, range: NSRange(md.startIndex..., in: md)) {
            let anchor = String(md[Range(m.range(at: 1), in: md)!])
            XCTAssertTrue(md.contains("<a id=\"\(anchor)\"></a>"), "link to missing anchor #\(anchor)")
        }
    }

    /// The headline's key number is the evidence's first clause, an interval's method whole.
    func testKeyNumberKeepsParenthesesWhole() {
        XCTAssertEqual(Headline.keyNumber("r: 0.8 [0.7, 0.9] (geometric mean; bootstrap); next"), "r: 0.8 [0.7, 0.9] (geometric mean; bootstrap)")
        XCTAssertEqual(Headline.keyNumber("a; b"), "a")
    }
}
