import Foundation
import XCTest
@testable import Analysis
@testable import Statistics

/// The reader-facing documents against the code and the files they point to: README.md's
/// generated headline table is what `repro report` writes from the committed CSVs, and every
/// relative link in README.md, CONTRIBUTING.md and docs/*.md names a file that exists.
final class DocumentTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The report's sections from the committed results, built once for every test here (a
    /// build reads every CSV and bootstraps every interval: several seconds).
    static let sections = Result { try Report.sections(resultsDir: root + "/results") }

    func testReadmeHeadlineTableIsTheReportsOwn() throws {
        let readme = try String(contentsOfFile: Self.root + "/README.md", encoding: .utf8)
        let sections = try Self.sections.get()
        XCTAssertNotNil(readme.range(of: Headline.begin), "README.md lacks the headline markers")
        let updated = try XCTUnwrap(Headline.updating(readme: readme, with: sections), "README.md lacks the headline end marker")
        XCTAssertEqual(updated, readme, "README.md's headline table drifted from results/: run `repro report`")
    }

    func testHeadlineEntriesNameRealClaimsAndPlots() throws {
        let sections = try Self.sections.get()
        for e in Headline.entries {
            XCTAssertTrue(Report.figureNames.contains(e.section), "headline section \(e.section) is not a report figure")
            if let s = sections.first(where: { $0.name == e.section }), s.claim("missing") == nil {
                XCTAssertNotNil(s.claim(e.claim), "claim \(e.claim) not in section \(e.section)")
                // A claim checked per facet: the row quotes a facet the claim has, by name.
                if let c = s.claim(e.claim), c.isFaceted {
                    XCTAssertNotNil(e.facet.flatMap { c.facet($0) }, "headline \(e.claim) quotes facet \(e.facet ?? "none"), not among \(c.facets.map(\.name))")
                }
                XCTAssertTrue(FileManager.default.fileExists(atPath: Self.root + "/plots/" + e.plot), "plots/\(e.plot) is missing")
            }
        }
    }

    func testSummaryIsAtMostFifteenLines() throws {
        let sections = try Self.sections.get()
        XCTAssertLessThanOrEqual(Headline.summary(sections).split(separator: "\n", omittingEmptySubsequences: false).count, 15)
    }

    func testReadmeIsShort() throws {
        let readme = try String(contentsOfFile: Self.root + "/README.md", encoding: .utf8)
        XCTAssertLessThanOrEqual(readme.split(separator: "\n", omittingEmptySubsequences: false).count, 200)
    }

    /// Markdown links `[text](target)` whose target is a relative path (no scheme, no pure
    /// anchor) must name an existing file or folder, relative to the document.
    func testRelativeLinksResolve() throws {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: Self.root + "/docs")) ?? []
        let files = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md"] + docs.filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        let link = try NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        var missing: [String] = []
        for f in files {
            guard let text = try? String(contentsOfFile: Self.root + "/" + f, encoding: .utf8) else { continue }
            let dir = (f as NSString).deletingLastPathComponent
            for m in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                var target = String(text[Range(m.range(at: 1), in: text)!])
                if target.contains("://") || target.hasPrefix("#") || target.hasPrefix("mailto:") { continue }
                if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
                let path = ((Self.root + "/" + dir) as NSString).appendingPathComponent(target.removingPercentEncoding ?? target)
                if !FileManager.default.fileExists(atPath: path) { missing.append("\(f): \(target)") }
            }
        }
        XCTAssertEqual(missing, [], "links to missing files")
    }
}
