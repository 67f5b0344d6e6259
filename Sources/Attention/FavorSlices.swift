import PerformerTensor

/// FAVOR+ runs one (batch, head) slice per worker (`WorkerPool.run`): each core takes whole
/// slices and runs their products on one OpenBLAS thread and their elementwise passes
/// unsplit, instead of OpenBLAS threading every small product (a 512-row block, a 64-row
/// chunk) with serial passes in between. A slice's arithmetic is the same either way, so
/// the threaded and the serial forms give bit-identical results (a test checks it). The
/// scratch below is per worker, made before any slice runs and reused across slices.

/// One worker's scratch for the forward of a slice. Bidirectional: a column of ones and the
/// [N | D] block, (rows) and (rows, dv + 1) with rows = min(blockRows, L), the key shifts (L)
/// and the guard's log scales (rows); causal: `CausalScratch`. Both: the feature map's
/// scratch (3L) and the query shifts (L).
final class FavorForwardScratch {
    let features: Tensor, qshift: Tensor
    let ones: Tensor?, na: Tensor?, kshift: Tensor?, logScale: Tensor?
    let causal: CausalScratch?

    init(length L: Int, r: Int, dv: Int, causalChunk: Int?) {
        features = Tensor(uninitialized: [FavorFeatureMap.forwardScratch(length: L)])
        qshift = Tensor(uninitialized: [L])
        if let C = causalChunk {
            causal = CausalScratch(chunk: C, length: L, r: r, dv: dv)
            ones = nil; na = nil; kshift = nil; logScale = nil
        } else {
            let rows = min(FavorFeatureMap.blockRows, L)
            causal = nil
            ones = Tensor(repeating: 1, shape: [rows]); na = Tensor(uninitialized: [rows, dv + 1])
            kshift = Tensor(uninitialized: [L]); logScale = Tensor(uninitialized: [rows])
        }
    }

    static func bytes(length L: Int, r: Int, dv: Int, causalChunk: Int?) -> Int {
        let common = 4 * (FavorFeatureMap.forwardScratch(length: L) + L)
        if let C = causalChunk { return common + CausalScratch.bytes(chunk: C, length: L, r: r, dv: dv) }
        let rows = min(FavorFeatureMap.blockRows, L)
        return common + 4 * (rows + rows * (dv + 1) + L + rows)
    }
}

/// One worker's scratch for the backward of a slice: dQ', dK' (L, r) and the feature map's
/// backward scratch; bidirectional: dNA (L, dv + 1), dState (r, dv + 1) and ones (L);
/// causal: `CausalScratch`.
final class FavorBackwardScratch {
    let dqf: Tensor, dkf: Tensor, features: Tensor
    let dna: Tensor?, ds: Tensor?, ones: Tensor?
    let causal: CausalScratch?

    init(length L: Int, r: Int, dv: Int, featureFloats: Int, causalChunk: Int?) {
        dqf = Tensor(uninitialized: [L, r]); dkf = Tensor(uninitialized: [L, r])
        features = Tensor(uninitialized: [max(1, featureFloats)])
        if let C = causalChunk {
            causal = CausalScratch(chunk: C, length: L, r: r, dv: dv, backward: true)
            dna = nil; ds = nil; ones = nil
        } else {
            causal = nil
            dna = Tensor(uninitialized: [L, dv + 1]); ds = Tensor(uninitialized: [r, dv + 1])
            ones = Tensor(repeating: 1, shape: [L])
        }
    }

    static func bytes(length L: Int, r: Int, dv: Int, featureFloats: Int, causalChunk: Int?) -> Int {
        let common = 4 * (2 * L * r + max(1, featureFloats))
        if let C = causalChunk { return common + CausalScratch.bytes(chunk: C, length: L, r: r, dv: dv, backward: true) }
        return common + 4 * (L * (dv + 1) + r * (dv + 1) + L)
    }
}

extension FavorAttention {
    /// Workers a call over `slices` (batch x head) slices uses: one per core, or 1 (the serial
    /// form: slices in order, OpenBLAS and `WorkerPool.forEachChunk` threading inside each) when
    /// `threadedSlices` is off or there is a single slice.
    func sliceWorkers(_ slices: Int) -> Int { threadedSlices ? WorkerPool.workerCount(slices) : 1 }

    /// Rows per causal chunk for length L, nil when bidirectional.
    func causalChunk(length L: Int) -> Int? { isCausal ? min(chunkSize, L) : nil }
}
