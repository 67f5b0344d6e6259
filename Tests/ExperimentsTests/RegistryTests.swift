import Attention
import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// The mechanism registry against what users already have: the tables in docs/specs.md, the
/// committed CSVs (their keys and parameter cells), the smoke spec, plots and report.
final class RegistryTests: XCTestCase {
    /// The repository root (this file is Tests/ExperimentsTests/RegistryTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func testDocsTablesAreGeneratedFromTheDescriptors() throws {
        let doc = try String(contentsOfFile: Self.root + "/docs/specs.md", encoding: .utf8)
        for (name, text) in MechanismTables.readmeBlocks {
            let block = try XCTUnwrap(MechanismTables.block(name, in: doc), "docs/specs.md lacks the generated \(name) table markers")
            XCTAssertEqual(block, text, "docs/specs.md's \(name) table drifted from the descriptors: paste `repro list --mechanisms`")
        }
    }

    func testDescriptorsAreConsistentAndEveryPresetBuilds() throws {
        let families = MechanismRegistry.all.map(\.family)
        XCTAssertEqual(Set(families).count, families.count, "duplicate family")
        XCTAssertEqual(Set(MechanismRegistry.presetNames).count, MechanismRegistry.presetNames.count, "duplicate preset")
        XCTAssertEqual(Set(Parameters.names).count, Parameters.names.count, "duplicate parameter")
        for d in MechanismRegistry.all {
            let own = Set(d.parameters.map(\.name))
            for p in d.presets {
                for (k, v) in p.values {
                    XCTAssertTrue(own.contains(k), "preset \(p.name) sets \(k), not a \(d.family) parameter")
                    let info = try XCTUnwrap(Parameters.info(k))
                    XCTAssertNotEqual(info.defaultValue, v, "preset \(p.name) repeats the default of \(k): defaults live in one place")
                }
                let c = try MechanismRegistry.configuration(p.name, ["seq_len": .int(256), "head_dim": .int(16), "heads": .int(2)])
                XCTAssertEqual(c.family, d.family)
                let m = try MechanismRegistry.make(c)
                XCTAssertEqual(m.isCausal, false)
                XCTAssertGreaterThan(d.forwardFlops(c), 0)
            }
        }
    }

    func testBlockSparseDefaultsAreTheCommittedRuns() throws {
        // Every committed block-sparse row ran (block, window, global, random) = (64, 1, 2, 3).
        let c = try MechanismRegistry.configuration("block-sparse", ["seq_len": .int(256)])
        XCTAssertEqual(["block", "window_blocks", "global_blocks", "random_blocks"].map { c.int($0) }, [64, 1, 2, 3])
    }

    /// The flop counts the benchmarks used to type as literals, now derived from descriptors.
    func testFlopCountsMatchTheBenchFormulas() throws {
        let L = 4096
        let shape = AttentionShape(batch: 1, heads: 8, length: L, headDim: 64)
        XCTAssertEqual(try MechanismRegistry.forwardFlops("performer-softmax", shape), 8 * 8 * Double(L) * 256 * 64)
        XCTAssertEqual(try MechanismRegistry.forwardFlops("exact", shape), 4 * 8 * Double(L) * Double(L) * 64)
    }

    func testUnknownEnumNamesAreErrorsNotFallbacks() throws {
        var values = try MechanismRegistry.configuration("performer-softmax", ["seq_len": .int(64)]).values
        values["kernel"] = .string("softplus")
        let bad = Configuration(index: 0, family: "favor", values: values, swept: [])
        XCTAssertThrowsError(try MechanismRegistry.make(bad)) { XCTAssertTrue("\($0)".contains("valid: positive"), "\($0)") }
    }

    /// Every committed row's parameter cells resolve, through the registry, to the same
    /// configuration key and the same cells: the refactor changed no committed configuration.
    func testCommittedCSVRowsResolveToTheirKeys() throws {
        let results = Self.root + "/results"
        let csvs = try FileManager.default.contentsOfDirectory(atPath: results).filter { $0.hasSuffix(".csv") }.sorted()
        XCTAssertFalse(csvs.isEmpty)
        for file in csvs {
            let name = String(file.dropLast(4))
            let specPath = Self.root + "/experiments/\(name).json"
            guard FileManager.default.fileExists(atPath: specPath) else { continue }
            let kind = try SpecDecoder.load(path: specPath).kind
            let table = try CSVReader.read(path: results + "/" + file)
            var checked = Set<String>()
            for row in table.rows where checked.insert(row["config_key"] ?? "").inserted {
                var explicit: [String: ParamValue] = [:]
                for p in Parameters.all {
                    guard let cell = row[p.name], !cell.isEmpty else { continue }
                    switch p.type {
                    case .int: explicit[p.name] = .int(try XCTUnwrap(Int(cell)))
                    case .double: explicit[p.name] = .double(try XCTUnwrap(Double(cell)))
                    case .bool: explicit[p.name] = .bool(cell == "true")
                    case .string: explicit[p.name] = .string(cell)
                    }
                }
                guard case .success(let (family, values)) = SpecValidation.resolve(explicit, kind: kind) else {
                    XCTFail("\(file): row \(row["config_key"] ?? "?") no longer resolves"); continue
                }
                let c = Configuration(index: 0, family: family, values: values, swept: [])
                XCTAssertEqual(c.key, row["config_key"], "\(file): configuration key changed")
                for p in Parameters.names(forKind: kind) {
                    XCTAssertEqual(c.cells[p] ?? "", row[p] ?? "", "\(file) \(row["config_key"] ?? ""): cell \(p)")
                }
            }
        }
    }

    /// The smoke spec run now writes the committed CSV's non-timing columns unchanged.
    func testSmokeSpecNonTimingColumnsAreUnchanged() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = Self.root + "/experiments/smoke-timing.json"
        let spec = try SpecDecoder.load(path: source)
        let outcome = try Runner.run(spec, source: source, options: RunOptions(outDir: dir, force: true))
        let now = try CSVReader.read(path: outcome.csvPath), committed = try CSVReader.read(path: Self.root + "/results/smoke-timing.csv")
        XCTAssertEqual(now.header, committed.header)
        let timing: Set<String> = ["median_s", "min_s", "max_s", "peak_bytes", "config_seconds", "error"]
        let columns = now.header.filter { !timing.contains($0) }
        XCTAssertEqual(now.rows.map { r in columns.map { r[$0] ?? "" } }, committed.rows.map { r in columns.map { r[$0] ?? "" } })
    }

    /// `repro plot --all` and `repro report` on the committed CSVs (in a copy of the folders).
    func testCommittedCSVsStillPlotAndReport() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: Self.root + "/results", toPath: dir + "/results")
        var plotted = 0
        for path in Catalog.specPaths(Self.root + "/experiments") {
            let spec = try SpecDecoder.load(path: path)
            let csv = dir + "/results/\(spec.name).csv"
            guard fm.fileExists(atPath: csv), !spec.plots.isEmpty else { continue }
            let r = try Gnuplot.plotAll(specName: spec.name, plots: spec.plots, samples: spec.samples, memoryBudgetBytes: spec.memoryBudgetBytes, csvPath: csv, plotsDir: dir + "/plots")
            XCTAssertFalse(r.outputs.isEmpty, spec.name)
            plotted += 1
        }
        XCTAssertGreaterThanOrEqual(plotted, 5)
        let (path, sections) = try Report.write(outDir: dir)
        XCTAssertTrue(fm.fileExists(atPath: path))
        XCTAssertFalse(sections.isEmpty)
    }

    /// The fig5 specs' pretraining cache keys still name the committed checkpoints, so the
    /// final run reuses them instead of retraining (TransferTraining.Settings.trainingCodeVersion).
    func testCommittedPretrainedCheckpointsAreStillFound() throws {
        var found = 0
        for name in ["fig5-backward-compat", "fig5-linformer-mlm", "transfer-features"] {
            let path = Self.root + "/experiments/\(name).json"
            for c in try Sweep.expand(try SpecDecoder.load(path: path), source: path) {
                let s = TransferTraining.Settings(c)
                let stem = Self.root + "/results/pretrained-\(Hashing.fnv1a64Hex(s.pretrainKey))"
                let data = try XCTUnwrap(FileManager.default.contents(atPath: stem + ".json"), "\(name): no committed checkpoint for \(s.pretrainKey)")
                XCTAssertEqual(try JSONDecoder().decode(TransferTraining.Cached.self, from: data).key, s.pretrainKey)
                XCTAssertTrue(FileManager.default.fileExists(atPath: stem + ".ckpt"))
                found += 1
            }
        }
        XCTAssertGreaterThan(found, 0)
    }

    /// Every `import` of a package module in Sources/X is a declared dependency of target X.
    func testPackageDeclaresEveryImport() throws {
        let fm = FileManager.default
        let package = try String(contentsOfFile: Self.root + "/Package.swift", encoding: .utf8)
        let targets = try fm.contentsOfDirectory(atPath: Self.root + "/Sources").filter { !$0.hasPrefix(".") }
        for target in targets {
            // The target's own declaration: `name: "X"` followed by its dependency list
            // (the products also name targets).
            var declared: Substring?
            var from = package.startIndex
            while let r = package.range(of: "name: \"\(target)\"", range: from..<package.endIndex) {
                let after = package[r.upperBound...].drop { $0 == "," || $0.isWhitespace }
                if after.hasPrefix("dependencies: ["), let close = after.firstIndex(of: "]") { declared = after[..<close]; break }
                if after.hasPrefix("pkgConfig") || after.hasPrefix("cSettings") || after.hasPrefix(")") { declared = ""; break }
                from = r.upperBound
            }
            let body = try XCTUnwrap(declared, "no target \(target) in Package.swift")
            let files = fm.enumerator(atPath: Self.root + "/Sources/\(target)")?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            for file in files {
                let text = try String(contentsOfFile: Self.root + "/Sources/\(target)/\(file)", encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                    let module = String(line.dropFirst("import ".count)).trimmingCharacters(in: .whitespaces)
                    guard targets.contains(module) else { continue }
                    XCTAssertTrue(body.contains("\"\(module)\""), "Sources/\(target)/\(file) imports \(module), undeclared in Package.swift")
                }
            }
        }
    }
}
