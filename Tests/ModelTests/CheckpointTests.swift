import Attention
@testable import Model
import PerformerTensor
import XCTest

final class CheckpointTests: XCTestCase {
    var folder: String!

    override func setUp() {
        folder = NSTemporaryDirectory() + "ckpt-tests-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// Save, load into a differently seeded model: every tensor equal bit for bit, the file
    /// written again is byte-identical, and no temporary file is left in the folder.
    func testRoundTripBitForBit() throws {
        let a = try Tiny.model(seed: 1), b = try Tiny.model(seed: 2)
        let path = folder + "/model.ckpt"
        try Checkpoint.save(a, to: path, step: 7)
        let report = try Checkpoint.load(path, into: b)
        XCTAssertEqual(report.mapped, a.parameters.map(\.name))
        XCTAssertEqual(report.new, [])
        XCTAssertEqual(report.dropped, [])
        XCTAssertEqual(report.metadata.step, 7)
        XCTAssertEqual(report.metadata.mechanisms, ["exact", "exact"])
        for (p, q) in zip(a.parameters, b.parameters) {
            XCTAssertEqual(p.value.array.map(\.bitPattern), q.value.array.map(\.bitPattern), p.name)
        }
        let again = folder + "/again.ckpt"
        try Checkpoint.save(b, to: again, step: 7)
        // The seed differs in the JSON; compare the tensor part by re-encoding with a's metadata.
        let (metaA, _) = try Checkpoint.read(path)
        let bytesA = try Checkpoint.encode(metadata: metaA, tensors: a.parameters.map { ($0.name, $0.value) })
        let bytesB = try Checkpoint.encode(metadata: metaA, tensors: b.parameters.map { ($0.name, $0.value) })
        XCTAssertEqual(bytesA, bytesB)
        XCTAssertEqual(bytesA, [UInt8](FileManager.default.contents(atPath: path)!))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["again.ckpt", "model.ckpt"])
    }

    /// Exact-attention weights into a model whose mechanism has its own parameter: shared
    /// weights are mapped, the mechanism's tensors are new (kept as initialised), and the
    /// reverse direction reports them dropped.
    func testLoadIntoOtherMechanism() throws {
        let config = Tiny.config(causal: false)
        let exact = try TransformerLM(config: config) { _ in ExactAttention(causal: false) }
        let mixing = try TransformerLM(config: config) { i in MixingAttention(length: 8, seed: UInt64(i)) }
        let mixBefore = mixing.parameter("layers.1.attention.mix")!.value.copy()
        let path = folder + "/exact.ckpt"
        try Checkpoint.save(exact, to: path)
        let report = try Checkpoint.load(path, into: mixing)
        XCTAssertEqual(report.new, ["layers.0.attention.mix", "layers.1.attention.mix"])
        XCTAssertEqual(report.mapped.count, exact.parameters.count)
        XCTAssertEqual(report.dropped, [])
        XCTAssertEqual(mixing.parameter("layers.1.attention.mix")!.value.array, mixBefore.array)
        XCTAssertEqual(mixing.parameter("head.weight")!.value.array, exact.parameter("head.weight")!.value.array)
        let back = folder + "/mixing.ckpt"
        try Checkpoint.save(mixing, to: back)
        let reverse = try Checkpoint.load(back, into: exact)
        XCTAssertEqual(reverse.dropped, ["layers.0.attention.mix", "layers.1.attention.mix"])
        XCTAssertEqual(reverse.new, [])
    }

    func assertCheckpointError(_ body: @autoclosure () throws -> Any, contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertTrue("\(error)".contains(text), "\(error) does not mention \(text)", file: file, line: line)
        }
    }

    func testCorruptTruncatedAndMismatched() throws {
        let model = try Tiny.model()
        let path = folder + "/m.ckpt"
        try Checkpoint.save(model, to: path)
        let good = [UInt8](FileManager.default.contents(atPath: path)!)

        var flipped = good
        flipped[good.count - 100] ^= 0x10
        FileManager.default.createFile(atPath: path, contents: Data(flipped))
        assertCheckpointError(try Checkpoint.load(path, into: model), contains: "corrupt: checksum")

        FileManager.default.createFile(atPath: path, contents: Data(good[..<(good.count / 2)]))
        assertCheckpointError(try Checkpoint.load(path, into: model), contains: "truncated")
        FileManager.default.createFile(atPath: path, contents: Data(good.dropLast(3)))
        assertCheckpointError(try Checkpoint.load(path, into: model), contains: "truncated")

        var badMagic = good
        badMagic[0] = UInt8(ascii: "X")
        FileManager.default.createFile(atPath: path, contents: Data(badMagic))
        assertCheckpointError(try Checkpoint.load(path, into: model), contains: "not a checkpoint")

        FileManager.default.createFile(atPath: path, contents: Data(good))
        var other = Tiny.config()
        other.dFF = 48
        let wider = try TransformerLM(config: other) { _ in ExactAttention(causal: true) }
        assertCheckpointError(try Checkpoint.load(path, into: wider), contains: "dFF 32 != 48")

        // Same configuration, a mechanism tensor of another shape: a shape error naming it.
        let c = Tiny.config(causal: false)
        let m8 = try TransformerLM(config: c) { i in MixingAttention(length: 8, seed: UInt64(i)) }
        let m4 = try TransformerLM(config: c) { i in MixingAttention(length: 4, seed: UInt64(i)) }
        try Checkpoint.save(m8, to: path)
        assertCheckpointError(try Checkpoint.load(path, into: m4), contains: "layers.0.attention.mix has shape [8, 8]")
        assertCheckpointError(try Checkpoint.load(folder + "/missing.ckpt", into: m4), contains: "cannot read")
    }
}
