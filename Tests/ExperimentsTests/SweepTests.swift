import Attention
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Sweep expansion, presets, overrides, sharding and the mechanism factory.
final class SweepTests: XCTestCase {
    func testCartesianOrderFirstAxisSlowestAndSeqLenAscending() throws {
        let spec = try load(timingSpec(sweep: #""mechanism": ["identity", "exact"], "seq_len": [64, 32], "causal": [false, true]"#))
        let configs = try Sweep.expand(spec, source: "t")
        XCTAssertEqual(configs.map { "\($0.string("mechanism")) \($0.int("seq_len")) \($0.bool("causal"))" }, [
            "identity 32 false", "identity 32 true", "identity 64 false", "identity 64 true",
            "exact 32 false", "exact 32 true", "exact 64 false", "exact 64 true",
        ])
        XCTAssertEqual(configs.map(\.index), Array(0..<8))
        // Keys are stable text hashes: the same parameters give the same key in another spec.
        let again = try Sweep.expand(try load(timingSpec(name: "other", sweep: #""seq_len": [32], "mechanism": ["identity"], "causal": [true]"#)), source: "o")
        XCTAssertEqual(again[0].key, configs[1].key)
        XCTAssertEqual(Set(configs.map(\.key)).count, 8)
    }

    func testPresetsExpandAndExplicitValuesOverride() throws {
        let spec = try load(timingSpec(sweep: #""mechanism": ["performer-softmax", "performer-relu", "exact"], "features": [64]"#))
        let c = try Sweep.expand(spec, source: "t")
        XCTAssertEqual(c[0].family, "favor")
        XCTAssertEqual(c[0].string("kernel"), "positive")
        XCTAssertEqual(c[0].string("projection"), "orthogonal")
        XCTAssertEqual(c[0].int("features"), 64, "the axis overrides the preset's m = 256")
        XCTAssertEqual(c[0].bool("redraw"), true)
        XCTAssertEqual(c[1].string("kernel"), "relu")
        XCTAssertEqual(c[1].double("epsilon"), 1e-3)
        XCTAssertNil(c[1].values["features"], "no projection: m does not apply")
        XCTAssertNil(c[2].values["kernel"], "exact has no kernel column value")
        XCTAssertEqual(c[2].family, "exact")
        let fixed = try Sweep.expand(try load(timingSpec(sweep: #""mechanism": ["performer-softmax"]"#, fixed: #""redraw": false"#)), source: "t")
        XCTAssertEqual(fixed[0].bool("redraw"), false, "fixed overrides the preset")
    }

    func testIrrelevantAxisValuesCollapseToOneConfiguration() throws {
        // features does not apply to exact: three values give one configuration, not three.
        let spec = try load(timingSpec(sweep: #""mechanism": ["exact"], "features": [16, 32, 64]"#))
        XCTAssertEqual(try Sweep.expand(spec, source: "t").count, 1)
    }

    func testModelPresetDerivesHeadDim() throws {
        let spec = try SpecDecoder.decode(try JSONReader.parse(#"{"name": "m", "kind": "approximation", "fixed": {"model": "regular", "seq_len": 64}}"#), source: "m")
        XCTAssertThrowsError(try Sweep.expand(spec, source: "m"), "approximation rejects model != none")
        let resolved = try SpecValidation.resolve(["model": .string("regular")]).get()
        XCTAssertEqual(resolved.1["head_dim"], .int(64))
        XCTAssertEqual(resolved.1["heads"], .int(8))
    }

    func testOverridesReplaceAxesAndFixedAndRenameTheRun() throws {
        let spec = try load(timingSpec())
        let o = try Override.apply([try Override(parsing: "seq_len=16,48"), try Override(parsing: "mechanism=exact"), try Override(parsing: "repeats=2")], to: spec, source: "t")
        XCTAssertTrue(o.name.hasPrefix("t+") && o.name.count == 2 + 8, o.name)
        XCTAssertEqual(o.repeats, 2)
        let configs = try Sweep.expand(o, source: "t")
        XCTAssertEqual(configs.map { $0.int("seq_len") }, [16, 48])
        XCTAssertEqual(Set(configs.map { $0.string("mechanism") }), ["exact"])
        // Same overrides in another order: the same name.
        let o2 = try Override.apply([try Override(parsing: "repeats=2"), try Override(parsing: "mechanism=exact"), try Override(parsing: "seq_len=16,48")], to: spec, source: "t")
        XCTAssertEqual(o.name, o2.name)
        // Validated like the file.
        let bad = specMessages { try Override.apply([try Override(parsing: "seq_len=0")], to: spec, source: "t") }
        XCTAssertTrue(bad.contains { $0.message.contains("seq_len must be >= 1") }, "\(bad)")
        let unknown = specMessages { try Override.apply([try Override(parsing: "seqlen=8")], to: spec, source: "t") }
        XCTAssertTrue(unknown.contains { $0.message.contains("did you mean \"seq_len\"") }, "\(unknown)")
        let linformer = specMessages { try Override.apply([try Override(parsing: "mechanism=linformer"), try Override(parsing: "causal=true")], to: spec, source: "t") }
        XCTAssertTrue(linformer.contains { $0.message.contains("bidirectional only") }, "\(linformer)")
    }

    func testShardsPartitionWholeLines() throws {
        let spec = try load(timingSpec(sweep: #""mechanism": ["exact", "identity"], "heads": [1, 2, 3], "seq_len": [8, 16]"#))
        let all = try Sweep.expand(spec, source: "t")
        let shards = try (1...4).map { try Shard(index: $0, count: 4).select(all) }
        XCTAssertEqual(shards.map(\.count).reduce(0, +), all.count)
        XCTAssertEqual(Set(shards.flatMap { $0.map(\.key) }), Set(all.map(\.key)))
        for s in shards {
            for c in s { XCTAssertEqual(s.filter { $0.lineKey == c.lineKey }.count, 2, "both L of a line in one shard") }
        }
        XCTAssertThrowsError(try Shard(parsing: "0/4"))
        XCTAssertThrowsError(try Shard(parsing: "5/4"))
        XCTAssertThrowsError(try Shard(parsing: "two"))
    }

    func testFactoryBuildsEveryFamily() throws {
        let spec = try load(timingSpec(sweep: #""mechanism": ["exact", "identity", "performer-softmax", "performer-relu", "local", "block-sparse", "linformer"], "seq_len": [256]"#))
        let c = try Sweep.expand(spec, source: "t")
        XCTAssertTrue(try MechanismRegistry.make(c[0]) is ExactAttention)
        XCTAssertTrue(try MechanismRegistry.make(c[1]) is IdentityAttention)
        let favor = try XCTUnwrap(try MechanismRegistry.make(c[2]) as? FavorAttention)
        XCTAssertEqual(favor.featureMap, .positive)
        XCTAssertEqual(favor.features, 256)
        XCTAssertEqual(favor.projectionPolicy.kind, .orthogonal)
        XCTAssertEqual(favor.projectionPolicy.redraw, .perStep)
        let relu = try XCTUnwrap(try MechanismRegistry.make(c[3]) as? FavorAttention)
        XCTAssertEqual(relu.featureMap, .relu)
        XCTAssertFalse(relu.useProjection)
        XCTAssertEqual(relu.epsilon, 1e-3)
        XCTAssertEqual((try MechanismRegistry.make(c[4]) as? LocalAttention)?.window, 128)
        let sparse = try XCTUnwrap(try MechanismRegistry.make(c[5]) as? BlockSparseAttention)
        XCTAssertEqual([sparse.blockSize, sparse.windowBlocks, sparse.globalBlocks, sparse.randomBlocks], [64, 1, 2, 3])
        XCTAssertEqual((try MechanismRegistry.make(c[6]) as? LinformerAttention)?.projectedLength, 256)
        let causal = try Sweep.expand(try load(timingSpec(sweep: #""mechanism": ["exact"]"#, fixed: #""causal": true"#)), source: "t")
        XCTAssertTrue(try MechanismRegistry.make(causal[0]).isCausal)
    }

    func testEditDistance() {
        XCTAssertEqual(EditDistance.distance("kitten", "sitting"), 3)
        XCTAssertEqual(EditDistance.distance("", "abc"), 3)
        XCTAssertEqual(EditDistance.nearest("seqlen", in: Parameters.names), "seq_len")
    }

    func testCanonicalJSONIgnoresKeyOrderAndWhitespace() throws {
        let a = try JSONReader.parse(#"{"b": [1, 2.5, "x"], "a": true}"#)
        let b = try JSONReader.parse("{\n \"a\" : true ,\"b\":[1,2.5,\"x\"]}")
        XCTAssertEqual(a.canonical, b.canonical)
        XCTAssertEqual(a.canonical, #"{"a":true,"b":[1,2.5,"x"]}"#)
    }
}
