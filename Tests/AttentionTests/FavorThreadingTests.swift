@testable import Attention
import PerformerTensor
import TestSupport
import XCTest

/// FAVOR+ runs one (batch, head) slice per core (`FavorSlices.swift`), each slice's products one
/// single-threaded OpenBLAS call; the serial form (`threadedSlices = false`) runs the slices in
/// order. With every product one unsplit call in the serial form too (`WorkerPool.serially`),
/// a slice's arithmetic is the same in both (every elementwise pass is per row, so splitting
/// rows over cores changes nothing), so outputs and gradients must agree bit for bit; a slice
/// written to the wrong place, scratch shared between workers, or a race shows up as a
/// difference. The serial form with its products split over the pool (`BLAS.gemm` outside the
/// pool's tasks: what runs when there is a single slice) is not bit-identical: OpenBLAS's
/// kernels order a long summed index differently for another block shape (seen in the
/// bidirectional backward's dState = Q'^T dNA, summed over L rows), so it is compared with a
/// rounding-level tolerance instead.
final class FavorThreadingTests: XCTestCase {
    private func bits(_ t: Tensor) -> [UInt32] { t.array.map(\.bitPattern) }

    /// B = 2, H = 3 (6 slices over the workers, so each worker takes several and reuses its
    /// scratch), L = 1100 (crosses the 512-row blocks and ends in partial blocks and chunks;
    /// products big enough to be split over the pool in the serial form), std 1.5 so the
    /// causal stabilizer's running max grows inside and across chunks.
    func testThreadedEqualsSerialBitForBit() {
        let (b, h, l, d) = (2, 3, 1100, 16)
        for kind in [FeatureMapKind.positive, .hyperbolic, .trig, .relu] {
            for causal in [false, true] {
                func make(threaded: Bool) -> FavorAttention {
                    let m = FavorAttention(featureMap: kind, features: 64, projection: ProjectionPolicy(redraw: .never, seed: 5),
                                           causal: causal, useProjection: kind == .relu, chunkSize: 64)
                    m.threadedSlices = threaded
                    return m
                }
                let (q, k, v) = FavorAttentionTests.inputs(kind, b, h, l, d, seed: 31, std: kind == .trig ? 0.6 : 1.5)
                var rng = SeededGenerator(seed: 32)
                let g = Tensor.gaussian([b, h, l, d], rng: &rng)
                func run(threaded: Bool) -> [Tensor] {
                    let mech = make(threaded: threaded)
                    XCTAssertEqual(mech.sliceWorkers(b * h), threaded ? WorkerPool.workerCount(b * h) : 1)
                    let f = mech.forward(q: q, k: k, v: v)
                    let grads = mech.backward(dOutput: g, cache: f.cache)
                    return [f.output, grads.dQ, grads.dK, grads.dV]
                }
                let serial = WorkerPool.serially { run(threaded: false) }
                let threaded = run(threaded: true), poolSplit = run(threaded: false)
                let what = "\(kind) causal=\(causal)"
                XCTAssertTrue(serial[0].array.contains { $0 != 0 }, what)
                for (i, name) in ["output", "dQ", "dK", "dV"].enumerated() {
                    XCTAssertTrue(bits(serial[i]) == bits(threaded[i]), "\(what) \(name) differs between threaded and serial")
                    // Float32 sums of <= 1100 terms reordered: ~1e-6 relative; a wrong slice is O(1)
                    let ref = poolSplit[i].array.map(Double.init)
                    XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(threaded[i], ref), 1e-5, "\(what) \(name)")
                }
            }
        }
    }
}
