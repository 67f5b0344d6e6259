import Foundation
import XCTest
@testable import Analysis
@testable import Statistics

/// `make replicate`'s comparison: verdicts of two runs matched per claim, flips counted, and
/// REPLICATION.md written only in a folder that declares itself a replicate.
final class ReplicationTests: XCTestCase {
    private func section(_ name: String, _ claims: [(String, Verdict)]) -> ReportSection {
        ReportSection(name: name, title: name, claims: claims.map { Claim(id: $0.0, paper: "claim \($0.0)", verdict: $0.1, evidence: "evidence of \($0.0) \($0.1.rawValue)") },
                      details: [], provenance: "")
    }

    func testChangeClassifiesEveryPairOfVerdicts() {
        XCTAssertEqual(Replication.change(.holds, .holds), .same)
        XCTAssertEqual(Replication.change(.holds, .doesNotHold), .flip)
        XCTAssertEqual(Replication.change(.doesNotHold, .holds), .flip)
        XCTAssertEqual(Replication.change(.holds, .inconclusive), .undecided)
        XCTAssertEqual(Replication.change(.inconclusive, .doesNotHold), .decided)
        XCTAssertEqual(Replication.change(.notMeasured, .holds), .measuredOnce)
        XCTAssertEqual(Replication.change(.inconclusive, .notMeasured), .measuredOnce)
    }

    func testCompareMatchesClaimsByFigureIdAndOrderAndCountsFlips() {
        let first = [section("a", [("x", .holds), ("y", .inconclusive), ("y", .holds), ("only-first", .holds)]),
                     section("b", [("x", .doesNotHold)])]
        let second = [section("a", [("x", .doesNotHold), ("y", .holds), ("y", .holds)]),
                      section("b", [("x", .doesNotHold), ("new", .inconclusive)])]
        let (rows, unmatched) = Replication.compare(first: first, second: second)
        XCTAssertEqual(rows.map(\.change), [.flip, .decided, .same, .same])
        XCTAssertEqual(rows.map(\.section), ["a", "a", "a", "b"])
        XCTAssertEqual(Set(unmatched), ["a/only-first (first run only)", "b/new (replicate only)"])
        let md = Replication.markdown(rows: rows, unmatched: unmatched, firstLabel: "one", secondLabel: "two")
        XCTAssertTrue(md.contains("**Flips between holds and does not hold: 1.**"), md)
        XCTAssertTrue(md.contains("Inconclusive in the first run, decided in the replicate: 1."), md)
        XCTAssertTrue(md.contains("evidence of x holds"), "a flip shows the first run's evidence")
        XCTAssertTrue(md.contains("evidence of x does not hold"), "and the replicate's")
    }

    func testReportWritesReplicationOnlyInAReplicateFolder() throws {
        let root = try temporaryDirectory()
        let first = (root as NSString).appendingPathComponent("first"), rep = (root as NSString).appendingPathComponent("rep")
        for d in [first, rep] {
            try FileManager.default.createDirectory(atPath: (d as NSString).appendingPathComponent("results"), withIntermediateDirectories: true)
        }
        try Report.write(outDir: first)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(first)/results/REPLICATION.md"))

        try Data(#"{"first": "../first", "seed_offset": 1000}"#.utf8).write(to: URL(fileURLWithPath: "\(rep)/replicate-of.json"))
        try Report.write(outDir: rep)
        let text = try String(contentsOfFile: "\(rep)/results/REPLICATION.md", encoding: .utf8)
        XCTAssertTrue(text.contains("every seed + 1000"), text)
        XCTAssertTrue(text.contains("Flips between holds and does not hold: 0"), text)
        // Every figure is "not measured" in both empty folders: the same verdict, claim by claim.
        XCTAssertTrue(text.contains("Claims in both runs: \(Report.figureNames.count). Same verdict: \(Report.figureNames.count)."), text)

        try Data(#"{"first": 3}"#.utf8).write(to: URL(fileURLWithPath: "\(rep)/replicate-of.json"))
        XCTAssertThrowsError(try Report.write(outDir: rep)) { XCTAssertTrue("\($0)".contains("replicate-of.json"), "\($0)") }
        try Data(#"{"first": "../missing", "seed_offset": 1000}"#.utf8).write(to: URL(fileURLWithPath: "\(rep)/replicate-of.json"))
        XCTAssertThrowsError(try Report.write(outDir: rep)) { XCTAssertTrue("\($0)".contains("no results folder"), "\($0)") }
    }

    /// scripts/replicate.py --specs-only: every seed shifted, nothing else changed, ood_seed kept.
    func testReplicateScriptShiftsEverySeedOfTheShippedSpecs() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("no python3") }
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let root = try temporaryDirectory()
        let first = (root as NSString).appendingPathComponent("first"), out = (root as NSString).appendingPathComponent("rep")
        try FileManager.default.createDirectory(atPath: "\(first)/results", withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["\(repoRoot)/scripts/replicate.py", "--specs-only", "--first", first, "--out", out, "--offset", "1000",
                       "--repro", "/bin/true", "--experiments", "\(repoRoot)/experiments"]
        try p.run(); p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(repoRoot)/experiments").filter { $0.hasSuffix(".json") }
        XCTAssertFalse(names.isEmpty)
        func seeds(_ node: Any, _ acc: inout [String: [Int]], _ path: String = "") {
            if let d = node as? [String: Any] {
                for (k, v) in d {
                    if k == "seed" || k == "ood_seed" || k == "map_seed" {
                        // An integer, a list of integers, or (plot filters) the same as text.
                        let items = (v as? [Any]) ?? [v]
                        acc[path + "/" + k] = items.map { ($0 as? Int) ?? ($0 as? String).flatMap { Int($0) } ?? -1 }
                    } else { seeds(v, &acc, path + "/" + k) }
                }
            } else if let a = node as? [Any] { for (i, v) in a.enumerated() { seeds(v, &acc, path + "/\(i)") } }
        }
        var shiftedSpecs = 0
        for name in names {
            let a = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(repoRoot)/experiments/\(name)")))
            let b = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/experiments/\(name)")))
            var sa: [String: [Int]] = [:], sb: [String: [Int]] = [:]
            seeds(a, &sa); seeds(b, &sb)
            XCTAssertEqual(Set(sa.keys), Set(sb.keys), name)
            var shifted = 0
            for (k, v) in sa {
                XCTAssertFalse(v.contains(-1), "\(name) \(k): a seed that is not an integer")
                if k.hasSuffix("/ood_seed") { XCTAssertEqual(sb[k], v, "\(name) \(k) is kept") } else { XCTAssertEqual(sb[k], v.map { $0 + 1000 }, "\(name) \(k)"); shifted += 1 }
            }
            if shifted > 0 { shiftedSpecs += 1 }
            // Nothing but the seeds differs.
            let strip: (Any) -> String = { obj in
                var text = String(data: try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]), encoding: .utf8)!
                text = text.replacingOccurrences(of: #""(map_)?seed":\[?[0-9,"]*\]?"#, with: "\"seed\":X", options: .regularExpression)
                return text
            }
            XCTAssertEqual(strip(a), strip(b), name)
        }
        XCTAssertEqual(shiftedSpecs, names.count, "every shipped spec has a seed (fixed or swept)")
        // The sequential plans hold no seeds: copied as they are.
        for plan in try FileManager.default.contentsOfDirectory(atPath: "\(repoRoot)/experiments/sequential") {
            XCTAssertEqual(try String(contentsOfFile: "\(out)/experiments/sequential/\(plan)", encoding: .utf8),
                           try String(contentsOfFile: "\(repoRoot)/experiments/sequential/\(plan)", encoding: .utf8), plan)
        }
        let origin = try XCTUnwrap(Replication.origin(outDir: out))
        XCTAssertEqual(origin.offset, 1000)
        XCTAssertEqual(origin.first, (first as NSString).standardizingPath)
    }
}
