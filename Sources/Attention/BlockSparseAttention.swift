import CKernels
import PerformerTensor

/// BigBird-style block-sparse softmax attention (Zaheer et al., 2020): blocks of `blockSize`
/// positions; each query block attends to its `windowBlocks` neighbouring blocks on each side,
/// to the first `globalBlocks` blocks (which in turn attend to everything), and to
/// `randomBlocks` random blocks drawn from `seed` (see `BlockSparseLayout`). Causal attention
/// drops future blocks and masks the diagonal block inside (key <= query position).
/// Softmax scaled by 1/sqrt(d) and stabilised by the row max.
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output: (B, H, L, dv). L need not be a multiple of
/// blockSize (the last block is short).
///
/// Per query block the selected key blocks are merged into contiguous runs and each run is a
/// BLAS product into one scores tile (blockSize x columns), so nothing is copied and no L x L
/// tensor exists: time O(L (2w + 1 + g + r) b d) plus O(g b L d) for the global rows. The
/// cache keeps the row log-normalisers only; backward recomputes each tile's probabilities.
public final class BlockSparseAttention: AttentionMechanism {
    public let name = "block-sparse"
    public let isCausal: Bool
    /// Positions per block (spec `block`).
    public let blockSize: Int
    /// Sliding blocks on each side of the query block (spec `window`).
    public let windowBlocks: Int
    /// The first `globalBlocks` blocks are global (spec `global_blocks`).
    public let globalBlocks: Int
    /// Random key blocks per non-global query block (spec `random_blocks`).
    public let randomBlocks: Int
    /// Seed of the random blocks.
    public let seed: UInt64

    private var lastLayout: BlockSparseLayout?

    public init(blockSize: Int, windowBlocks: Int, globalBlocks: Int, randomBlocks: Int,
                causal: Bool = false, seed: UInt64 = 0) {
        precondition(blockSize >= 1, "blockSize must be >= 1, got \(blockSize)")
        precondition(windowBlocks >= 0 && globalBlocks >= 0 && randomBlocks >= 0,
                     "block counts must be >= 0: window \(windowBlocks), global \(globalBlocks), random \(randomBlocks)")
        self.blockSize = blockSize
        self.windowBlocks = windowBlocks
        self.globalBlocks = globalBlocks
        self.randomBlocks = randomBlocks
        self.isCausal = causal
        self.seed = seed
    }

    /// The layout used for a call of `length` positions and `heads` heads (kept for the next
    /// call of the same shape). Not safe to call concurrently on one mechanism.
    public func layout(length: Int, heads: Int) -> BlockSparseLayout {
        if let l = lastLayout, l.length == length, l.heads == heads { return l }
        let l = BlockSparseLayout(length: length, heads: heads, blockSize: blockSize, windowBlocks: windowBlocks,
                                  globalBlocks: globalBlocks, randomBlocks: randomBlocks, causal: isCausal, seed: seed)
        lastLayout = l
        return l
    }

    final class Cache: AttentionCache {
        let q: Tensor, k: Tensor, v: Tensor, output: Tensor, layout: BlockSparseLayout
        /// (B, H, L): log sum_j exp(score_ij / sqrt(d)) over row i's keys.
        let lse: Tensor
        init(q: Tensor, k: Tensor, v: Tensor, output: Tensor, lse: Tensor, layout: BlockSparseLayout) {
            self.q = q; self.k = k; self.v = v; self.output = output; self.lse = lse; self.layout = layout
        }
    }

    /// ck_band_* band (lo0, hi0) for a tile of `cols` keys whose last `rows` keys are the
    /// diagonal block: row t keeps keys [0, cols - rows + 1 + t) when causal, else all.
    func band(cols: Int, rows: Int) -> (lo0: Int, hi0: Int) { (-rows, isCausal ? cols - rows + 1 : cols) }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv, b, H) = (s.length, s.headDim, s.valueDim, blockSize, s.heads)
        let lay = layout(length: L, heads: H)
        let out = Tensor(uninitialized: [s.batch, H, L, dv])
        let lse = Tensor(uninitialized: [s.batch, H, L])
        let scale = 1 / Float(d).squareRoot()
        WorkerPool.run(s.batch * H) { bh in
            let scores = Tensor(uninitialized: [min(b, L) * lay.maxColumns])
            let h = bh % H
            let qh = q.data + bh * L * d, kh = k.data + bh * L * d, vh = v.data + bh * L * dv
            let oh = out.data + bh * L * dv, lh = lse.data + bh * L
            for i in 0..<lay.numBlocks {
                let r0 = i * b, rows = min(b, L - r0)
                let cols = lay.columns[h][i], runs = lay.runs[h][i]
                var off = 0
                for run in runs {
                    BLAS.gemm(transA: false, transB: true, m: rows, n: run.count, k: d,
                              a: qh + r0 * d, lda: d, b: kh + run.start * d, ldb: d,
                              c: scores.data + off, ldc: cols)
                    off += run.count
                }
                let (lo0, hi0) = band(cols: cols, rows: rows)
                ck_band_softmax_rows(scores.data, rows, cols, cols, scale, lo0, hi0, lh + r0)
                off = 0
                for run in runs {
                    BLAS.gemm(transA: false, transB: false, m: rows, n: dv, k: run.count,
                              a: scores.data + off, lda: cols, b: vh + run.start * dv, ldb: dv,
                              beta: off == 0 ? 0 : 1, c: oh + r0 * dv, ldc: dv)
                    off += run.count
                }
            }
        }
        return AttentionForward(output: out, cache: Cache(q: q, k: k, v: v, output: out, lse: lse, layout: lay))
    }

    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let s = attentionShape(q: c.q, k: c.k, v: c.v)
        let (L, d, dv, b, H) = (s.length, s.headDim, s.valueDim, blockSize, s.heads)
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let lay = c.layout
        let dQ = Tensor(uninitialized: c.q.shape), dK = Tensor(zeros: c.k.shape), dV = Tensor(zeros: c.v.shape)
        let scale = 1 / Float(d).squareRoot()
        WorkerPool.run(s.batch * H) { bh in
            let probs = Tensor(uninitialized: [min(b, L) * lay.maxColumns])
            let dScores = Tensor(uninitialized: [min(b, L) * lay.maxColumns])
            let rowDot = Tensor(uninitialized: [L])
            let h = bh % H
            let qh = c.q.data + bh * L * d, kh = c.k.data + bh * L * d, vh = c.v.data + bh * L * dv
            let oh = c.output.data + bh * L * dv, doh = dOutput.data + bh * L * dv
            let lh = c.lse.data + bh * L
            let dqh = dQ.data + bh * L * d, dkh = dK.data + bh * L * d, dvh = dV.data + bh * L * dv
            ck_row_dots(doh, oh, rowDot.data, L, dv, dv)
            for i in 0..<lay.numBlocks {
                let r0 = i * b, rows = min(b, L - r0)
                let cols = lay.columns[h][i], runs = lay.runs[h][i]
                let qb = qh + r0 * d, dob = doh + r0 * dv
                // Scores and dP = dO_blk V_run^T, run by run, then P and dS on the whole tile.
                var off = 0
                for run in runs {
                    BLAS.gemm(transA: false, transB: true, m: rows, n: run.count, k: d,
                              a: qb, lda: d, b: kh + run.start * d, ldb: d, c: probs.data + off, ldc: cols)
                    BLAS.gemm(transA: false, transB: true, m: rows, n: run.count, k: dv,
                              a: dob, lda: dv, b: vh + run.start * dv, ldb: dv, c: dScores.data + off, ldc: cols)
                    off += run.count
                }
                let (lo0, hi0) = band(cols: cols, rows: rows)
                ck_band_probs_rows(probs.data, rows, cols, cols, scale, lo0, hi0, lh + r0)
                ck_softmax_backward_rows(dScores.data, probs.data, rowDot.data + r0, rows, cols, cols)
                // dV_run += P_run^T dO_blk;  dQ_blk += scale dS_run K_run;  dK_run += scale dS_run^T Q_blk
                off = 0
                for run in runs {
                    BLAS.gemm(transA: true, transB: false, m: run.count, n: dv, k: rows,
                              a: probs.data + off, lda: cols, b: dob, ldb: dv,
                              beta: 1, c: dvh + run.start * dv, ldc: dv)
                    BLAS.gemm(transA: false, transB: false, m: rows, n: d, k: run.count, alpha: scale,
                              a: dScores.data + off, lda: cols, b: kh + run.start * d, ldb: d,
                              beta: off == 0 ? 0 : 1, c: dqh + r0 * d, ldc: d)
                    BLAS.gemm(transA: true, transB: false, m: run.count, n: d, k: rows, alpha: scale,
                              a: dScores.data + off, lda: cols, b: qb, ldb: d,
                              beta: 1, c: dkh + run.start * d, ldc: d)
                    off += run.count
                }
            }
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// Flops of the BLAS products of one call (2 m n k each, whole tiles as executed).
    public func productFlops(_ s: AttentionShape, backward: Bool) -> Double {
        let lay = layout(length: s.length, heads: s.heads)
        var total = 0.0
        for h in 0..<s.heads {
            for i in 0..<lay.numBlocks {
                let rows = Double(min(blockSize, s.length - i * blockSize)), cols = Double(lay.columns[h][i])
                total += 2 * rows * cols * Double(s.headDim + s.valueDim)
                if backward { total += 2 * rows * cols * Double(3 * s.headDim + 2 * s.valueDim) }
            }
        }
        return total * Double(s.batch)
    }

    /// Forward: output + log-normalisers + one tile (blockSize x widest key set) per worker.
    /// With backward: dOutput, dQ, dK, dV, and per worker two tiles and an L-float buffer.
    /// The layout's index arrays (a few ints per block) are not counted.
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        TiledSoftmaxMemory.extraBytes(s, tileBytes: min(blockSize, s.length) * maxColumns(length: s.length) * 4, backward: backward)
    }

    /// Widest key set of any query block, from the sizes alone (no random draws): the global
    /// rows see all L keys (bidirectional); others at most 2w + 1 + g + r blocks
    /// (w + 1 + g + r causal), which also bounds the causal global rows.
    func maxColumns(length L: Int) -> Int {
        if !isCausal && globalBlocks > 0 { return L }
        let blocks = globalBlocks + windowBlocks + 1 + randomBlocks + (isCausal ? 0 : windowBlocks)
        return min(L, blocks * blockSize)
    }
}
