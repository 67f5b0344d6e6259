import Attention
import Foundation
import PerformerTensor
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The kernel-variance kind against Lemma 2 and Theorem 2, kind-scoped parameters, plot
/// overlays, and the committed figure specs (kernel-mse, fig4-variance, approximation-vs-length).
final class KernelVarianceTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let required = ["kernel", "projection", "features", "head_dim", "kernel_value", "samples", "mse", "mse_theory",
                           "mse_se", "bias", "relative_gap", "mse_ratio", "z_norm_sq"]

    /// |x| = |y| = 1 and cos = -0.5: |x + y|^2 = 1, where the positive estimator's squared
    /// error has a moderate fourth moment, so the sample MSE of 4000 draws is close to normal.
    func tinySpec(projections: String = #"["iid", "orthogonal"]"#) -> String {
        """
        {"name": "kv", "kind": "kernel-variance",
         "sweep": {"kernel": ["positive", "hyperbolic", "trig"], "projection": \(projections)},
         "fixed": {"mechanism": "performer-softmax", "features": 8, "head_dim": 8, "pair_norm": 1, "pair_cos": -0.5, "seed": 11},
         "samples": 4000,
         "plots": [{"x": "kernel_value", "y": "mse", "error": "mse_se", "overlay": ["mse_theory", "mse_bound_thm2"],
                    "series": ["kernel"], "log_x": true, "log_y": true, "key": "bottom right"}]}
        """
    }

    func testMeasuredMSEAgreesWithLemma2AndTheorem2() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let spec = try load(tinySpec())
        let o = try Runner.run(spec, source: "kv.json", options: RunOptions(outDir: dir))
        let table = try CSVReader.read(path: o.csvPath)
        XCTAssertEqual(table.rows.count, 6)
        for r in table.rows {
            XCTAssertEqual(r["status"], "ok", "\(r)")
            for c in Self.required { XCTAssertFalse((r[c] ?? "").isEmpty, "column \(c) empty in \(r)") }
            let sm = Double(r["kernel_value"]!)!, mse = Double(r["mse"]!)!, se = Double(r["mse_se"]!)!, theory = Double(r["mse_theory"]!)!
            // exp(x.y) with |x| = |y| = 1, cos = -0.5: the CSV keeps 10 significant digits.
            XCTAssertEqual(sm, Foundation.exp(-0.5), accuracy: 1e-9)
            XCTAssertEqual(Double(r["z_norm_sq"]!)!, 1, accuracy: 1e-9)
            // The standard error must be small against the value, or the test could not fail.
            XCTAssertLessThan(se, 0.1 * mse, "\(r)")
            if r["projection"] == "iid" {
                // Lemma 2 is the expectation of the sample MSE: 4 standard errors (a normal
                // deviation beyond it has probability 6e-5; the draws are seeded, so fixed).
                XCTAssertLessThan(abs(mse - theory), 4 * se, "\(r["kernel"]!) iid: mse \(mse) vs Lemma 2 \(theory)")
                XCTAssertEqual(r["mse_bound_thm2"], "")
            } else if r["kernel"] == "positive" {
                // Theorem 2 (m = 8 <= d = 8): orthogonal MSE <= the bound, up to 4 standard errors.
                let bound = Double(r["mse_bound_thm2"]!)!
                XCTAssertLessThan(bound, theory)
                XCTAssertLessThan(mse, bound + 4 * se, "positive orthogonal: mse \(mse) vs bound \(bound)")
            }
            // The estimators are unbiased: |bias| within 4 standard errors of the mean.
            XCTAssertLessThan(abs(Double(r["bias"]!)!), 4 * Double(r["bias_se"]!)!, "\(r)")
        }
        // Deterministic: the same seed gives the same cells.
        let again = try KernelVarianceKind().measure(try Sweep.expand(spec, source: "kv")[0], spec: spec)
        XCTAssertEqual(again[0]["mse"], table.rows[0]["mse"])
        // Plot with overlays: theory for every kernel, the bound only where defined, plus one
        // legend entry per overlay column (each plot command is written twice, for the png
        // and the svg terminal).
        let out = try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: o.csvPath, plotsDir: dir + "/plots", render: false)
        let script = try String(contentsOfFile: out.outputs[0].script, encoding: .utf8)
        XCTAssertEqual(script.components(separatedBy: "dashtype 2").count - 1, 2 * (3 + 1), script)
        XCTAssertEqual(script.components(separatedBy: "dashtype 3").count - 1, 2 * (1 + 1), script)
        XCTAssertTrue(script.contains("set key bottom right box opaque"))
    }

    /// The report's corollary of Theorem 2 (hyperbolic features, m > d in orthogonal blocks):
    /// equal to the kind's Theorem 2 bound where the theorem speaks (positive, m <= d), and
    /// checked by Monte Carlo beyond it, where plain draws are light-tailed (|x + y|^2 = 0.5).
    func testTheorem2CorollaryEqualsTheTheoremAndHoldsBeyondIt() throws {
        var pairRng = SeededGenerator(seed: 11)
        let d = 4, norm = 0.5
        let (x, y) = KernelVarianceKind.pair(norm: norm, cos: 0, dim: d, rng: &pairRng)
        let sm = Foundation.exp(zip(x, y).reduce(0) { $0 + $1.0 * $1.1 })
        func row(_ kernel: String, _ m: Int) -> [String: String] {
            ["kernel": kernel, "features": String(m), "head_dim": String(d), "pair_norm": String(norm), "kernel_value": String(sm)]
        }
        for m in 1...d {
            let bound = try XCTUnwrap(ApproximationClaims.theorem2Corollary(row("positive", m), iidMSE: Lemma2.positiveMSE(x: x, y: y, features: m)))
            XCTAssertEqual(bound.mse, KernelVarianceKind.theorem2Bound(x: x, y: y, features: m), accuracy: 1e-12 * bound.mse)
            XCTAssertEqual(bound.blocks, 1)
        }
        XCTAssertNil(ApproximationClaims.theorem2Corollary(row("trig", d), iidMSE: 1))
        // Beyond the theorem: hyperbolic m = d, and both kernels with m = 2d + 1 (three blocks,
        // the last of one row). Common random numbers: one W per draw for both kernels.
        let n = 20000
        for m in [d, 2 * d + 1] {
            var rng = SeededGenerator(seed: UInt64(100 + m))
            var sq: [FeatureMapKind: [Double]] = [.positive: [], .hyperbolic: []]
            for _ in 0..<n {
                let w = Projections.draw(kind: .orthogonal, scaling: .gaussianNorms, rows: m, dim: d, rng: &rng)
                for k in [FeatureMapKind.positive, .hyperbolic] {
                    let e = FeatureMaps.kernelEstimate(k, x: x, y: y, projection: w) - sm
                    sq[k]!.append(e * e)
                }
            }
            var gain: [FeatureMapKind: Double] = [:]
            for k in [FeatureMapKind.positive, .hyperbolic] {
                let theory = Lemma2.mse(k, x: x, y: y, features: m)
                let bound = try XCTUnwrap(ApproximationClaims.theorem2Corollary(row(k.rawValue, m), iidMSE: theory))
                XCTAssertEqual(bound.blocks, m == d ? 1 : 3)
                let mse = Stats.mean(sq[k]!), se = Stats.variance(sq[k]!).squareRoot() / Double(n).squareRoot()
                XCTAssertLessThan(se, 0.05 * mse)
                // The bound holds (4 standard errors). For hyperbolic features it is far below
                // the iid MSE (at small |x + y|^2 about a factor 1 - (d - 1)/(d + 2) for full
                // blocks), and the measured gain is at least half the bound's: not vacuous.
                XCTAssertLessThan(mse, bound.mse + 4 * se, "\(k) m=\(m): mse \(mse) vs bound \(bound.mse)")
                if k == .hyperbolic {
                    XCTAssertLessThan(mse + 4 * se, theory - 0.5 * (theory - bound.mse), "\(k) m=\(m): mse \(mse), iid \(theory), bound \(bound.mse)")
                }
                gain[k] = theory - mse
            }
            // The argument's core: orthogonality lowers both MSEs by the same amount (the rows'
            // covariance). Paired differences of the squared errors, 4 standard errors.
            let diff = zip(sq[.positive]!, sq[.hyperbolic]!).map { $0 - $1 }
            let diffSE = Stats.variance(diff).squareRoot() / Double(n).squareRoot()
            let iidDiff = Lemma2.positiveMSE(x: x, y: y, features: m) - Lemma2.mse(.hyperbolic, x: x, y: y, features: m)
            XCTAssertLessThan(abs((Stats.mean(diff) - iidDiff)), 4 * diffSE, "m=\(m): gains \(gain)")
        }
    }

    func testPairHasTheRequestedNormAndAngle() {
        var rng = SeededGenerator(seed: 5)
        let (x, y) = KernelVarianceKind.pair(norm: 1.5, cos: -0.3, dim: 6, rng: &rng)
        func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        // Orthonormal rows from Gram-Schmidt in Float64: rounding only.
        XCTAssertEqual(dot(x, x), 2.25, accuracy: 1e-12)
        XCTAssertEqual(dot(y, y), 2.25, accuracy: 1e-12)
        XCTAssertEqual(dot(x, y), -0.3 * 2.25, accuracy: 1e-12)
    }

    func testKindChecksAndKindScopedParameters() throws {
        let bad = specMessages { try load(self.tinySpec().replacingOccurrences(of: #""kernel": ["positive", "hyperbolic", "trig"]"#, with: #""kernel": ["relu"]"#)) }
        XCTAssertTrue(bad.contains { $0.message.contains("positive, hyperbolic or trig") }, "\(bad)")
        let smreg = specMessages { try load(self.tinySpec(projections: #"["smreg"]"#)) }
        XCTAssertTrue(smreg.contains { $0.message.contains("iid or orthogonal") }, "\(smreg)")
        // pair_norm belongs to kernel-variance: unknown in a timing spec, and no timing column.
        let timing = specMessages { try load(timingSpec(fixed: #""head_dim": 8, "pair_norm": 2"#)) }
        XCTAssertTrue(timing.contains { $0.message.contains("unknown key \"pair_norm\"") }, "\(timing)")
        XCTAssertFalse(ResultColumns.all(kind: KindRegistry.kind(named: "timing")).contains("pair_norm"))
        XCTAssertTrue(ResultColumns.all(kind: KindRegistry.kind(named: "kernel-variance")).contains("pair_cos"))
        let range = specMessages { try load(self.tinySpec().replacingOccurrences(of: #""pair_cos": -0.5"#, with: #""pair_cos": 1.5"#)) }
        XCTAssertTrue(range.contains { $0.message.contains("pair_cos must be <= 1") }, "\(range)")
    }

    func testFigureSpecsValidate() throws {
        for name in ["kernel-mse", "fig4-variance", "approximation-vs-length"] {
            let spec = try SpecDecoder.load(path: Self.root.appendingPathComponent("experiments/\(name).json").path)
            XCTAssertEqual(spec.name, name)
            XCTAssertFalse(spec.plots.isEmpty, name)
            XCTAssertFalse(try Sweep.expand(spec, source: name).isEmpty)
        }
    }

    func testFig4SweepHasThePapersAxes() throws {
        let spec = try SpecDecoder.load(path: Self.root.appendingPathComponent("experiments/fig4-variance.json").path)
        XCTAssertEqual(spec.kind, "approximation")
        XCTAssertEqual(spec.samples, 150)
        XCTAssertEqual(spec.sweep.map(\.name), ["input_scale", "kernel", "projection", "features"])
        XCTAssertEqual(spec.sweep[3].values, [16, 32, 64, 128, 256, 512].map { ParamValue.int($0) })
        XCTAssertEqual(Set(spec.sweep[1].values), [.string("positive"), .string("trig")])
        XCTAssertEqual(Set(spec.sweep[2].values), [.string("iid"), .string("orthogonal")])
        XCTAssertGreaterThan(spec.sweep[0].values.count, 1)
        let configurations = try Sweep.expand(spec, source: "fig4")
        XCTAssertEqual(configurations.count, spec.sweep.reduce(1) { $0 * $1.values.count })
        for c in configurations {
            XCTAssertEqual(c.int("seq_len"), 4096)
            XCTAssertEqual(c.int("head_dim"), 16)
            XCTAssertFalse(c.bool("causal"))
        }
        XCTAssertEqual(Set(spec.plots.flatMap(\.facets)), ["input_scale"])
        XCTAssertTrue(spec.plots.allSatisfy { ($0.error == "mse_std" || $0.y == "mse_median") && $0.logX && $0.logY })
    }
}
