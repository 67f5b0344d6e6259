import Attention
import PerformerTensor
import TestSupport
import XCTest

final class BlockSparseAttentionTests: XCTestCase {
    typealias Ref = BaselineReference

    /// With every block selected (all blocks global, or a window spanning all blocks) the
    /// result is exact attention: max |error| / max |ref| <= 1e-5 against the Float64
    /// definition (Float32 scores of d = 16 terms, sums of <= 70 weights: ~1e-6 rounding).
    /// L = 70 with blocks of 16 leaves a short last block.
    func testAllBlocksEqualsExact() {
        for causal in [false, true] {
            for (w, g) in [(0, 5), (5, 0)] {
                let (q, k, v) = Ref.inputs(2, 2, 70, 16, seed: 21, std: 1.5)
                let mech = BlockSparseAttention(blockSize: 16, windowBlocks: w, globalBlocks: g, randomBlocks: 0, causal: causal)
                let out = mech.forward(q: q, k: k, v: v).output
                let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: causal)
                XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "causal=\(causal) w=\(w) g=\(g)")
            }
            // Random blocks that cover everything the window and globals leave out: 5 blocks,
            // 1 global + 1 window each side leaves at most 2 others, drawn by r = 4.
            let (q, k, v) = Ref.inputs(1, 2, 70, 16, seed: 22, std: 1.5)
            let mech = BlockSparseAttention(blockSize: 16, windowBlocks: 1, globalBlocks: 1, randomBlocks: 4, causal: causal)
            let ref = NaiveAttention.exact(q: q, k: k, v: v, causal: causal)
            XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(mech.forward(q: q, k: k, v: v).output, ref), 1e-5)
        }
    }

    /// Sparse layout (13 blocks of 16, the last of 8; w = 1, g = 1, r = 2; each head its own
    /// random blocks) against a plain Float64 masked softmax built from the layout (plus
    /// j <= i when causal): 1e-5 relative, as above (<= 80 weights per non-global row).
    func testSparseMatchesFloat64Reference() {
        for causal in [false, true] {
            let (q, k, v) = Ref.inputs(2, 2, 200, 8, seed: 23, std: 1.5)
            let mech = BlockSparseAttention(blockSize: 16, windowBlocks: 1, globalBlocks: 1, randomBlocks: 2, causal: causal, seed: 5)
            let layout = mech.layout(length: 200, heads: 2)
            let out = mech.forward(q: q, k: k, v: v).output
            let ref = Ref.masked(q: q, k: k, v: v) { h, i, j in layout.allows(head: h, query: i, key: j) && (!causal || j <= i) }
            XCTAssertLessThanOrEqual(GradientCheck.maxRelativeError(out, ref), 1e-5, "causal=\(causal)")
            // The layout is really sparse here (so the comparison is not the exact case).
            XCTAssertLessThan(layout.keyBlocks[0][8].count, 13)
        }
    }

    /// Layout rules: globals attend to and are attended by all (earlier, when causal) blocks;
    /// sliding blocks i-w...i+w; exactly r random blocks, distinct from those, when enough
    /// remain; causal layouts hold no future block.
    func testLayoutRules() {
        let (nb, w, g, r) = (40, 2, 2, 3)
        for causal in [false, true] {
            let layout = BlockSparseLayout(length: nb * 8, heads: 3, blockSize: 8, windowBlocks: w, globalBlocks: g,
                                           randomBlocks: r, causal: causal, seed: 9)
            for h in 0..<3 {
                for i in 0..<nb {
                    let blocks = layout.keyBlocks[h][i]
                    let last = causal ? i : nb - 1
                    XCTAssertEqual(blocks, blocks.sorted())
                    XCTAssertEqual(Set(blocks).count, blocks.count)
                    XCTAssertTrue(blocks.allSatisfy { $0 <= last })
                    if i < g { XCTAssertEqual(blocks, Array(0...last)); continue }
                    let fixed = Set(0..<g).union(max(0, i - w)...min(last, i + w))
                    XCTAssertTrue(fixed.isSubset(of: blocks))
                    let randomCount = blocks.count - fixed.count
                    XCTAssertEqual(randomCount, min(r, last + 1 - fixed.count), "h=\(h) i=\(i) causal=\(causal)")
                }
            }
            // Heads draw different random blocks.
            XCTAssertNotEqual(layout.keyBlocks[0], layout.keyBlocks[1])
        }
    }

    /// The same seed gives the same random blocks (and the same outputs, bit for bit); another
    /// seed gives other blocks.
    func testSeedReproducible() {
        let make = { (seed: UInt64) in BlockSparseAttention(blockSize: 8, windowBlocks: 1, globalBlocks: 1, randomBlocks: 2, seed: seed) }
        XCTAssertEqual(make(3).layout(length: 400, heads: 2), make(3).layout(length: 400, heads: 2))
        XCTAssertNotEqual(make(3).layout(length: 400, heads: 2).keyBlocks, make(4).layout(length: 400, heads: 2).keyBlocks)
        let (q, k, v) = Ref.inputs(1, 2, 400, 8, seed: 24)
        XCTAssertEqual(make(3).forward(q: q, k: k, v: v).output.array, make(3).forward(q: q, k: k, v: v).output.array)
    }

    /// Central differences, eps = 1e-2, tolerance 2e-2 relative with floor 1e-2 (truncation
    /// and Float32 rounding are ~1e-4 of the gradient scale; see LocalAttentionTests). L = 22
    /// in blocks of 4 (the last of 2): global, window, random and the causal diagonal mask all
    /// appear; every element checked.
    func testGradients() {
        for causal in [false, true] {
            let (q, k, v) = Ref.inputs(1, 2, 22, 5, seed: 25)
            let mech = BlockSparseAttention(blockSize: 4, windowBlocks: 1, globalBlocks: 1, randomBlocks: 1, causal: causal, seed: 2)
            let reports = GradientCheck.attention(mech, q: q, k: k, v: v, samples: 300)
            for (name, r) in zip(["dQ", "dK", "dV"], reports) {
                XCTAssertLessThan(r.worstRelative, 2e-2, "causal=\(causal) \(name): \(r)")
            }
        }
    }

    /// Changing q, k, v after position t leaves causal outputs 0...t bit for bit unchanged.
    func testCausalIgnoresFuture() {
        let (q, k, v) = Ref.inputs(1, 2, 60, 8, seed: 26)
        let mech = BlockSparseAttention(blockSize: 8, windowBlocks: 1, globalBlocks: 1, randomBlocks: 2, causal: true)
        let t = 29
        let (before, after) = Ref.perturbFuture(mech, q: q, k: k, v: v, after: t)
        for h in 0..<2 { for i in 0...t { for j in 0..<8 { XCTAssertEqual(before[0, h, i, j], after[0, h, i, j]) } } }
        XCTAssertNotEqual(before[0, 0, 59, 0], after[0, 0, 59, 0])
    }

    /// predictedExtraBytes bounds what the MemoryLedger measures. With one (batch, head) slice
    /// there is one worker and the count is deterministic: within 1% (the same tensors are
    /// counted). With 6 slices two workers hold scratch tiles that may or may not be live at
    /// the same time in so small a call, so only the bound and 25% are asserted.
    func testPredictedBytesMatchMeasured() {
        for causal in [false, true] {
            for backward in [false, true] {
                for (b, h, slack) in [(1, 1, 1.01), (2, 3, 1.25)] {
                    let (q, k, v) = Ref.inputs(b, h, 300, 16, seed: 27)
                    let mech = BlockSparseAttention(blockSize: 16, windowBlocks: 1, globalBlocks: 1, randomBlocks: 2, causal: causal)
                    let measured = Ref.measuredExtraBytes(mech, q: q, k: k, v: v, backward: backward)
                    let predicted = mech.predictedExtraBytes(attentionShape(q: q, k: k, v: v), backward: backward)
                    let tag = "causal=\(causal) backward=\(backward) slices=\(b * h)"
                    XCTAssertGreaterThanOrEqual(predicted, measured, tag)
                    XCTAssertLessThanOrEqual(Double(predicted), slack * Double(measured), tag)
                }
            }
        }
    }
}
