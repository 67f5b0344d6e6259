import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics
import PerformerTensor

/// The alpha-spending plan: its increments sum to alpha, and under the null a claim looked at
/// after every round and stopped at the first decision is decided wrongly at most alpha of
/// the time (simulation), while looking at 95% every round inflates it.
final class SequentialTests: XCTestCase {
    // MARK: rounds of seeds (Analysis/Report/SequentialRounds.swift)

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    let plan = RoundsPlan(spec: "proteins-attention", claims: ["relu-recovers-similarity", "relu-above-untrained"],
                          plannedSeeds: 3, seedsPerRound: 1, maxRounds: 3, capMinutes: 3, alpha: nil)

    func testPocockSpendingOverUnequalLooks() {
        // Looks at 3, 4, 5, 6 seeds: t = 1/2, 2/3, 5/6, 1 and a(t) = 0.05 ln(1 + (e - 1) t):
        // 0.0310057, 0.0381691, 0.0444337, 0.05 (python3: 0.05 * math.log(1 + (math.e - 1) * t)).
        XCTAssertEqual(plan.looks, 4)
        XCTAssertEqual(plan.increment(look: 1), 0.0310057, accuracy: 1e-7)
        XCTAssertEqual(plan.increment(look: 2), 0.0381691 - 0.0310057, accuracy: 1e-7)
        XCTAssertEqual(plan.increment(look: 4), 0.05 - 0.0444337, accuracy: 1e-7)
        XCTAssertEqual((1...4).reduce(0.0) { $0 + plan.increment(look: $1) }, 0.05, accuracy: 1e-12)
        XCTAssertEqual(Stats.normalQuantile(0.975), 1.959963985, accuracy: 1e-8)
        XCTAssertEqual(Stats.normalQuantile(0.8), 0.841621234, accuracy: 1e-8)
        XCTAssertEqual(plan.look(seeds: 5), 3)
        XCTAssertNil(plan.look(seeds: 2))
        XCTAssertNil(plan.look(seeds: 7))
        // Seeds that fit no look: the strictest look's level.
        XCTAssertEqual(plan.level(seeds: 7).level, 1 - plan.increment(look: 4), accuracy: 1e-12)
        XCTAssertNil(plan.problem(name: "proteins-attention"))
        XCTAssertNotNil(plan.problem(name: "other"))
        var bad = plan
        bad.plannedSeeds = 0
        XCTAssertNotNil(bad.problem(name: "proteins-attention"))
    }

    /// The whole procedure as `scripts/sequential.py` and the report run it: 3 planned seeds,
    /// then up to 3 rounds of 1 while undecided, each look at its spent level. H0 true (mean 0 =
    /// the threshold), so any decision is an error. 4000 trials: Monte Carlo s.e. of a rate near
    /// 0.05 is 0.0034; tolerance 3 of them.
    func testRoundsPlanErrorRateUnderTheNull() {
        let trials = 4000
        var rng = SeededGenerator(seed: 25)
        var spentErrors = 0, naiveErrors = 0
        for _ in 0..<trials {
            var x = (0..<plan.plannedSeeds).map { _ in rng.nextGaussian() }
            var spentStopped = false, naiveStopped = false
            for look in 1...plan.looks {
                if look > 1 { for _ in 0..<plan.seedsPerRound { x.append(rng.nextGaussian()) } }
                if !spentStopped, let i = Stats.tInterval(x, level: plan.level(seeds: x.count).level), !i.contains(0) { spentErrors += 1; spentStopped = true }
                if !naiveStopped, let i = Stats.tInterval(x, level: 0.95), !i.contains(0) { naiveErrors += 1; naiveStopped = true }
            }
        }
        let spentRate = Double(spentErrors) / Double(trials), naiveRate = Double(naiveErrors) / Double(trials)
        print("rounds plan null error rate: spent \(spentRate), four unadjusted looks \(naiveRate) over \(trials) trials")
        let tolerance = 3 * (0.05 * 0.95 / Double(trials)).squareRoot()
        XCTAssertLessThanOrEqual(spentRate, 0.05 + tolerance, "spent \(spentRate)")
        XCTAssertGreaterThan(naiveRate, 0.05 + tolerance, "naive \(naiveRate)")
    }

    /// A plan beside the results: the listed claims are decided at their look's level (here
    /// look 2, 99.28%, where 95% would call the claim "holds"), and the note says so.
    func testReportDecidesPlannedClaimsAtTheirLooksLevel() throws {
        let out = try temporaryDirectory()
        let results = (out as NSString).appendingPathComponent("results")
        let plans = (out as NSString).appendingPathComponent("experiments/sequential")
        try FileManager.default.createDirectory(atPath: results, withIntermediateDirectories: true)
        let path = (results as NSString).appendingPathComponent("proteins-attention.csv")
        let rho = [0.10, 0.20, 0.15, 0.05]
        try ProteinAttentionKindTests.csv(relu: rho, untrained: [0, 0, 0, 0], exact: [0.2, 0.2, 0.2, 0.2]).write(toFile: path, atomically: true, encoding: .utf8)
        let without = try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: path, provenance: "")
        XCTAssertEqual(without.claim("relu-recovers-similarity")?.verdict, .holds)

        try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
        try #"{"spec": "proteins-attention", "claims": ["relu-recovers-similarity"], "planned_seeds": 3, "seeds_per_round": 1, "max_rounds": 3, "cap_minutes": 3}"#
            .write(toFile: (plans as NSString).appendingPathComponent("proteins-attention.json"), atomically: true, encoding: .utf8)
        try #"{"rounds": [{"seeds_added": [4], "minutes": 0.5, "undecided": ["relu-recovers-similarity"]}]}"#
            .write(toFile: (results as NSString).appendingPathComponent("proteins-attention.rounds.json"), atomically: true, encoding: .utf8)
        let with = try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: path, provenance: "")
        let c = try XCTUnwrap(with.claim("relu-recovers-similarity"))
        XCTAssertEqual(c.verdict, .inconclusive, c.evidence)
        XCTAssertTrue(c.sequential)
        XCTAssertTrue(c.evidence.contains("look 2 of 4 (4 seeds: 3 planned + 1 round of 1), interval at 99.28%"), c.evidence)
        XCTAssertTrue(c.evidence.contains("1 round run here, 0.5 min"), c.evidence)
        XCTAssertTrue(c.evidence.contains("undecided: rounds left"), c.evidence)
        // Its p-value is the level's, for the figure's Holm step; the other claim is not planned.
        XCTAssertFalse(try XCTUnwrap(with.claim("relu-above-untrained")).sequential)
        XCTAssertNotNil(Multiplicity.statement(with.claims))

        // A plan that does not check throws, naming the file.
        try #"{"spec": "other", "claims": ["x"], "planned_seeds": 3, "seeds_per_round": 1, "max_rounds": 3, "cap_minutes": 3}"#
            .write(toFile: (plans as NSString).appendingPathComponent("proteins-attention.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ProteinAttentionClaims.section(name: "proteins-attention", title: "t", path: path, provenance: "")) {
            XCTAssertTrue("\($0)".contains("sequential/proteins-attention.json: names spec other"), "\($0)")
        }
    }

    /// Results of the rounds (the spec with its seed axis extended, the seeds recorded by the
    /// runs) are the current spec's when a plan exists, and stale otherwise.
    func testRoundsResultsAreNotStale() throws {
        let dir = try temporaryDirectory()
        let experiments = (dir as NSString).appendingPathComponent("experiments")
        try FileManager.default.createDirectory(atPath: experiments + "/sequential", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.root + "/experiments/proteins-attention.json", toPath: experiments + "/proteins-attention.json")
        let spec = try Catalog.load("proteins-attention", experimentsDir: experiments).spec
        let extended = try XCTUnwrap(Staleness.hash(spec, seeds: [1, 2, 3, 4]))
        XCTAssertEqual(Staleness.hash(spec, seeds: [1, 2, 3]), spec.hash)
        XCTAssertNotEqual(extended, spec.hash)
        let info = MachineInfo.current()
        func run(_ seeds: [Int], _ hash: String) -> ResultsMetadata.Run {
            .init(date: "d", commit: "unknown", machine: info, blasCore: "b", blasThreads: 1, seeds: seeds, shard: nil, configurations: 1, specHash: hash)
        }
        let meta = ResultsMetadata(specName: "proteins-attention", specHash: extended, specSource: "x", kind: "protein-attention",
                                   overrides: [], runs: [run([1, 2, 3], spec.hash), run([1, 2, 3, 4], extended)])
        let metaPath = dir + "/proteins-attention.meta.json"
        try meta.write(path: metaPath)
        let stale = Staleness.flags(name: "proteins-attention", metaPath: metaPath, experimentsDir: experiments, commit: "unknown")
        XCTAssertTrue(stale.joined().contains("spec hash"), "\(stale)")
        try "{}".write(toFile: experiments + "/sequential/proteins-attention.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(Staleness.flags(name: "proteins-attention", metaPath: metaPath, experimentsDir: experiments, commit: "unknown"), [])
        // Seeds beyond the spec's that are not what the runs recorded: stale.
        var other = meta
        other.specHash = try XCTUnwrap(Staleness.hash(spec, seeds: [1, 2, 3, 9]))
        try other.write(path: metaPath)
        XCTAssertFalse(Staleness.flags(name: "proteins-attention", metaPath: metaPath, experimentsDir: experiments, commit: "unknown").isEmpty)
    }

    /// scripts/sequential.py against a stand-in `repro` whose report calls one planned claim
    /// inconclusive: a dry run names the round it would run (the next seed, its measured cost);
    /// with a cap below that cost it stops and logs why.
    func testSequentialScriptPlansRoundsWithinTheCap() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { throw XCTSkip("no python3") }
        let out = try temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(atPath: out + "/results", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: out + "/experiments/sequential", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Self.root + "/experiments/proteins-attention.json", toPath: out + "/experiments/proteins-attention.json")
        // Three planned seeds, each two configurations of 15 s (rows repeat a configuration's time).
        var csv = "config_key,status,seed,config_seconds\n"
        for seed in 1...3 { for c in ["a", "b"] { for _ in 0..<3 { csv += "\(c)\(seed),ok,\(seed),15\n" } } }
        try csv.write(toFile: out + "/results/proteins-attention.csv", atomically: true, encoding: .utf8)
        let fake = out + "/repro"
        try """
        #!/bin/sh
        out=.; while [ $# -gt 0 ]; do case "$1" in --out) out="$2"; shift;; esac; shift; done
        printf '[{"section": "proteins-attention", "claim": "relu-recovers-similarity", "verdict": "inconclusive"}, {"section": "proteins-attention", "claim": "relu-above-untrained", "verdict": "holds"}]\\n' > "$out/results/verdicts.json"
        """.write(toFile: fake, atomically: true, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
        func run(cap: Double, dry: Bool) throws -> (status: Int32, stderr: String) {
            try #"{"spec": "proteins-attention", "claims": ["relu-recovers-similarity", "relu-above-untrained"], "planned_seeds": 3, "seeds_per_round": 1, "max_rounds": 3, "cap_minutes": \#(cap)}"#
                .write(toFile: out + "/experiments/sequential/proteins-attention.json", atomically: true, encoding: .utf8)
            let p = Process(), err = Pipe()
            p.executableURL = URL(fileURLWithPath: python)
            p.arguments = [Self.root + "/scripts/sequential.py", "--out", out, "--repro", fake] + (dry ? ["--dry-run"] : [])
            p.standardError = err
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return (p.terminationStatus, text)
        }
        let dry = try run(cap: 3, dry: true)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stderr.contains("round 1 of at most 3: seeds [4] for relu-recovers-similarity (about 0.5 min)"), dry.stderr)
        XCTAssertFalse(fm.fileExists(atPath: out + "/results/proteins-attention.rounds.json"))
        let capped = try run(cap: 0.2, dry: false)
        XCTAssertEqual(capped.status, 0, capped.stderr)
        XCTAssertTrue(capped.stderr.contains("proteins-attention: cap after 0 round(s)"), capped.stderr)
        let log = try XCTUnwrap(RoundsLog.load(csvPath: out + "/results/proteins-attention.csv", name: "proteins-attention"))
        XCTAssertEqual(log, RoundsLog(rounds: [], stopped: "cap"))
    }

    static let taskMechanisms = ["performer-softmax", "performer-relu", "local", "block-sparse", "linformer", "reformer"]

    /// Every shipped plan checks, names a shipped spec whose seed axis has its planned seeds,
    /// and lists claims that spec's report section makes (ids the report writes).
    func testShippedPlansMatchTheirSpecs() throws {
        let dir = Self.root + "/experiments/sequential"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }
        XCTAssertFalse(files.isEmpty)
        let known: [String: Set<String>] = [
            "proteins-attention": ["relu-recovers-similarity", "relu-above-untrained"],
            "fig5-backward-compat": ["pretrain-plateau", "initial-drop", "recovery", "trig-unstable", "redraw-beats-noredraw", "linformer-plateau", "redraw-matches-transformer"],
            "tasks-listops": Set(Self.taskMechanisms.map { "\($0) matches exact L=64" }),
            "tasks-text": Set(Self.taskMechanisms.map { "\($0) matches exact L=64" }),
            "fig4-confirmatory": ["orthogonal-below-iid"],
        ]
        for f in files {
            let name = (f as NSString).deletingPathExtension
            // RoundsPlan.load reads OUT/experiments/sequential/NAME.json for OUT/results/NAME.csv.
            let plan = try XCTUnwrap(try RoundsPlan.load(csvPath: Self.root + "/results/\(name).csv", name: name), f)
            let spec = try Catalog.load(name, experimentsDir: Self.root + "/experiments").spec
            XCTAssertEqual(spec.sweep.first { $0.name == "seed" }?.values.count, plan.plannedSeeds, f)
            let ids = try XCTUnwrap(known[name], "\(f): add its section's claim ids to this test")
            XCTAssertTrue(Set(plan.claims).isSubset(of: ids), "\(f): \(plan.claims)")
        }
    }
}
