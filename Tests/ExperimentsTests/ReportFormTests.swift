import Foundation
import XCTest
@testable import Analysis
@testable import Statistics

/// The form of REPORT.md on synthetic claims whose verdicts are fixed: "not testable" printed
/// and counted apart from "not measured".
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
        XCTAssertTrue(md.contains("| Performer-ReLU matches | **not testable (the Transformer did not learn)** |"), md)
        XCTAssertTrue(md.contains("| Protein LM (U): Performer-ReLU matches the Transformer | **not testable (the Transformer did not learn)** |"), md)
        XCTAssertTrue(md.contains("| Protein LM (B): Performer-ReLU matches the Transformer | **not measured** |"), md)
        // Claims per figure: a column of its own (holds, does not hold, inconclusive, not testable, not measured).
        XCTAssertTrue(md.contains("| figure | holds | does not hold | inconclusive | not testable | not measured |"), md)
        XCTAssertTrue(md.contains("| [U](#proteins-lm-u) | 1 | 1 | 0 | 1 | 0 |"), md)
        XCTAssertTrue(md.contains("| [B](#proteins-lm-b) | 0 | 0 | 0 | 0 | 1 |"), md)

        // The summary counts them apart and groups the headline claims apart, with the reason.
        let summary = Headline.summary(sections)
        XCTAssertTrue(summary.hasPrefix("Of 4 claims checked: 1 hold, 1 do not hold, 0 are undecided, 1 are not testable"), summary)
        XCTAssertTrue(summary.contains("1 are not measured"), summary)
        XCTAssertTrue(summary.contains("- **Not testable**: Protein LM (U): Performer-ReLU matches the Transformer (the Transformer did not learn)."), summary)
        XCTAssertTrue(summary.contains("- **Not measured**: Protein LM (B): Performer-ReLU matches the Transformer (run `repro run proteins-lm-b`)."), summary)
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
}
