import CKernels
import PerformerTensor

/// Local (sliding-window) softmax attention: query i attends to keys j with |i - j| <= window
/// (bidirectional) or i - window <= j <= i (causal), softmax scaled by 1/sqrt(d) and
/// stabilised by the row max.
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output: (B, H, L, dv).
///
/// Computed tile by tile: a block of `blockSize` query rows against the contiguous key band
/// that covers it (blockSize + 2 window keys, or blockSize + window causal), with two BLAS
/// products per tile and the band edges masked by `ck_band_softmax_rows`. Time is
/// O(L (blockSize + 2 window) d) and no L x L tensor exists. The cache keeps only the row
/// log-normalisers (B*H*L floats); backward recomputes each tile's probabilities from them
/// (one more product per tile), so memory stays O(L d) beyond the inputs.
public final class LocalAttention: AttentionMechanism {
    public let name = "local"
    public let isCausal: Bool
    /// Keys on each side of the query (only the past side when causal); window >= L - 1 is
    /// exact attention.
    public let window: Int
    /// Query rows per tile (a tile is blockSize x (blockSize + 2 window) floats of scratch).
    public let blockSize: Int

    /// - Parameters:
    ///   - window: half-width w of the band, >= 0 (spec name `window`).
    ///   - causal: keep only keys i - w ... i.
    ///   - blockSize: query rows per tile, >= 1; 64 keeps a tile in L2 at w = 256.
    public init(window: Int, causal: Bool = false, blockSize: Int = 64) {
        precondition(window >= 0, "window must be >= 0, got \(window)")
        precondition(blockSize >= 1, "blockSize must be >= 1, got \(blockSize)")
        self.window = window
        self.isCausal = causal
        self.blockSize = blockSize
    }

    typealias Cache = LogSumExpCache

    /// The key columns [start, end) that the query rows [r0, r0 + rows) need, and the band
    /// offsets (lo0, hi0) of `ck_band_softmax_rows` in that tile's coordinates.
    struct Tile {
        let keyStart: Int, keyEnd: Int, lo0: Int, hi0: Int
        var cols: Int { keyEnd - keyStart }
    }

    func tile(r0: Int, rows: Int, length L: Int) -> Tile {
        let start = max(0, r0 - window)
        let end = isCausal ? r0 + rows : min(L, r0 + rows + window)
        // Row r0 + t keeps keys [r0 + t - w, r0 + t + w] (or up to r0 + t causal).
        let hi = isCausal ? r0 + 1 : r0 + window + 1
        return Tile(keyStart: start, keyEnd: end, lo0: r0 - window - start, hi0: hi - start)
    }

    /// Widest key band of any tile: the leading dimension of the scratch tiles.
    func maxTileCols(length L: Int) -> Int {
        min(L, blockSize + window + (isCausal ? 0 : window))
    }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv, b) = (s.length, s.headDim, s.valueDim, blockSize)
        let out = Tensor(uninitialized: [s.batch, s.heads, L, dv])
        let lse = Tensor(uninitialized: [s.batch, s.heads, L])
        let scale = 1 / Float(d).squareRoot()
        let ld = maxTileCols(length: L)
        WorkerPool.run(s.batch * s.heads) { bh in
            let scores = Tensor(uninitialized: [min(b, L), ld])
            let qh = q.data + bh * L * d, kh = k.data + bh * L * d, vh = v.data + bh * L * dv
            let oh = out.data + bh * L * dv, lh = lse.data + bh * L
            for r0 in stride(from: 0, to: L, by: b) {
                let rows = min(b, L - r0)
                let t = tile(r0: r0, rows: rows, length: L)
                BLAS.gemm(transA: false, transB: true, m: rows, n: t.cols, k: d,
                          a: qh + r0 * d, lda: d, b: kh + t.keyStart * d, ldb: d,
                          c: scores.data, ldc: ld)
                ck_band_softmax_rows(scores.data, rows, t.cols, ld, scale, t.lo0, t.hi0, lh + r0)
                BLAS.gemm(transA: false, transB: false, m: rows, n: dv, k: t.cols,
                          a: scores.data, lda: ld, b: vh + t.keyStart * dv, ldb: dv,
                          c: oh + r0 * dv, ldc: dv)
            }
        }
        return AttentionForward(output: out, cache: Cache(q: q, k: k, v: v, output: out, lse: lse))
    }

    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let s = attentionShape(q: c.q, k: c.k, v: c.v)
        let (L, d, dv, b) = (s.length, s.headDim, s.valueDim, blockSize)
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let dQ = Tensor(uninitialized: c.q.shape), dK = Tensor(zeros: c.k.shape), dV = Tensor(zeros: c.v.shape)
        let scale = 1 / Float(d).squareRoot()
        let ld = maxTileCols(length: L)
        WorkerPool.run(s.batch * s.heads) { bh in
            let probs = Tensor(uninitialized: [min(b, L), ld])
            let dScores = Tensor(uninitialized: [min(b, L), ld])
            let rowDot = Tensor(uninitialized: [L])
            let qh = c.q.data + bh * L * d, kh = c.k.data + bh * L * d, vh = c.v.data + bh * L * dv
            let oh = c.output.data + bh * L * dv, doh = dOutput.data + bh * L * dv
            let lh = c.lse.data + bh * L
            let dqh = dQ.data + bh * L * d, dkh = dK.data + bh * L * d, dvh = dV.data + bh * L * dv
            // rowDot[i] = sum_j P[i,j] dP[i,j] = dO[i] . O[i]
            ck_row_dots(doh, oh, rowDot.data, L, dv, dv)
            for r0 in stride(from: 0, to: L, by: b) {
                let rows = min(b, L - r0)
                let t = tile(r0: r0, rows: rows, length: L)
                let k0 = kh + t.keyStart * d, v0 = vh + t.keyStart * dv
                // P of this tile, recomputed from the scores and the saved log-normalisers.
                BLAS.gemm(transA: false, transB: true, m: rows, n: t.cols, k: d,
                          a: qh + r0 * d, lda: d, b: k0, ldb: d, c: probs.data, ldc: ld)
                ck_band_probs_rows(probs.data, rows, t.cols, ld, scale, t.lo0, t.hi0, lh + r0)
                // dV[band] += P^T dO_blk;  dP = dO_blk V[band]^T;  dS = P * (dP - rowDot)
                BLAS.gemm(transA: true, transB: false, m: t.cols, n: dv, k: rows,
                          a: probs.data, lda: ld, b: doh + r0 * dv, ldb: dv,
                          beta: 1, c: dvh + t.keyStart * dv, ldc: dv)
                BLAS.gemm(transA: false, transB: true, m: rows, n: t.cols, k: dv,
                          a: doh + r0 * dv, lda: dv, b: v0, ldb: dv, c: dScores.data, ldc: ld)
                ck_softmax_backward_rows(dScores.data, probs.data, rowDot.data + r0, rows, t.cols, ld)
                // dQ_blk = scale dS K[band];  dK[band] += scale dS^T Q_blk
                BLAS.gemm(transA: false, transB: false, m: rows, n: d, k: t.cols, alpha: scale,
                          a: dScores.data, lda: ld, b: k0, ldb: d, c: dqh + r0 * d, ldc: d)
                BLAS.gemm(transA: true, transB: false, m: t.cols, n: d, k: rows, alpha: scale,
                          a: dScores.data, lda: ld, b: qh + r0 * d, ldb: d,
                          beta: 1, c: dkh + t.keyStart * d, ldc: d)
            }
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// Flops of the BLAS products of one forward (and backward) call: 2 m n k per product,
    /// counting the whole tiles (masked band corners included), as executed.
    public func productFlops(_ s: AttentionShape, backward: Bool) -> Double {
        var perHead = 0.0
        for r0 in stride(from: 0, to: s.length, by: blockSize) {
            let rows = min(blockSize, s.length - r0)
            let cols = Double(tile(r0: r0, rows: rows, length: s.length).cols)
            let fwd = 2 * Double(rows) * cols * Double(s.headDim + s.valueDim)
            // backward: scores again (d), P^T dO and dO V^T (2 dv), dS K and dS^T Q (2 d).
            let bwd = 2 * Double(rows) * cols * Double(3 * s.headDim + 2 * s.valueDim)
            perHead += fwd + (backward ? bwd : 0)
        }
        return perHead * Double(s.batch * s.heads)
    }

    /// Forward: output + log-normalisers + one scores tile per worker. With backward it adds
    /// dOutput, dQ, dK, dV, and per worker two tiles and an L-float row buffer (the forward
    /// tiles are freed by then).
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        TiledSoftmaxMemory.extraBytes(s, tileBytes: min(blockSize, s.length) * maxTileCols(length: s.length) * 4, backward: backward)
    }
}
