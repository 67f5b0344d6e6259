import CKernels
import PerformerTensor

/// Causal FAVOR+ generated token by token as a recurrence: per (batch, head) the prefix state
/// S = sum_{j <= t} k'_j [v_j | 1]^T, r x (dv + 1) floats, so one token costs its two feature
/// rows (O(r d)), one rank-1 update and one r x (dv + 1) product, whatever the context.
///
/// The semantics are the causal `FavorAttention`'s (FavorCausal.swift) with the same feature
/// map, projection and guard. Strict numerics store each feature row divided by exp(shift) of
/// its own row (qshift_t, kshift_j); the state is kept in units of exp(-M_t), M_t = max_{j <= t}
/// kshift_j, rescaled once by exp(M_old - M_new) <= 1 when a larger key shift arrives and each
/// new key entering with exp(kshift_t - M_t) <= 1, so no factor overflows. [N | D]_t = q'_t S
/// is in units of exp(-qshift_t - M_t), and the guard compares eps with the unstabilized
/// D_t = D exp(qshift_t + M_t) in log space, as the forward does. Without shifts (no
/// stabilizer, generalized maps) every factor is 1.
///
/// Reference numerics with a stabilizer have no decoder: their key maximum runs over the
/// whole sequence, so a row depends on later keys.
///
/// The projection W is the one the attention's next forward call would use (the current
/// step's; under per-call redraw a fresh draw), held fixed for the whole generation.
/// Memory: the state, its mark, and a block of 512 feature rows while prefilling.
public final class FavorDecoder: AttentionDecoder {
    public let batch: Int, heads: Int, headDim: Int, valueDim: Int
    public private(set) var position = 0
    let attention: FavorAttention
    let map: FavorFeatureMap
    let w: Tensor?
    /// Features per row.
    let r: Int
    let shifted: Bool
    /// (batch * heads, r, valueDim + 1): the state S of every slice, in units exp(-runMax).
    let state: Tensor
    /// (batch * heads): M, the running maximum of the key shifts (-inf before any key).
    let runMax: Tensor
    private var marked: (state: Tensor, runMax: Tensor, position: Int)?
    /// Per slice: q'_t, k'_t (r each), [v_t | 1] and [N | D] (dv + 1 each), the map's scratch
    /// for one row (3) and the two shifts (2).
    private let stepScratch: Tensor
    private var stepFloats: Int { 2 * r + 2 * (valueDim + 1) + 5 }

    /// Why `attention` cannot decode, or nil.
    static func unsupported(_ attention: FavorAttention) -> String? {
        guard attention.isCausal else { return "\(attention.name) is bidirectional: decoding needs causal = true" }
        if attention.numerics == .reference && attention.stabilizer && attention.featureMap.isSoftmaxKernel {
            return "\(attention.name) with reference numerics stabilizes keys by their maximum over the whole sequence, so its causal rows read later keys: decode with numerics = strict"
        }
        return nil
    }

    /// Bytes held for (batch, heads, headDim, valueDim): state and mark, step scratch, W, and
    /// the prefill's block of feature rows.
    static func predictedBytes(_ attention: FavorAttention, batch: Int, heads: Int, headDim: Int, valueDim: Int) -> Int {
        let fm = attention.map(dim: headDim)
        let slices = batch * heads, r = fm.r, block = FavorFeatureMap.blockRows
        let state = slices * (r * (valueDim + 1) + 1)
        let step = slices * (2 * r + 2 * (valueDim + 1) + 5)
        let prefill = block * r + FavorFeatureMap.forwardScratch(length: block) + 2 * block
        return 4 * (2 * state + step + prefill + fm.projectionRows * headDim)
    }

    /// A decoder for `attention` (causal; see `unsupported`) at (batch, heads, headDim, valueDim).
    public init(_ attention: FavorAttention, batch: Int, heads: Int, headDim: Int, valueDim: Int) {
        if let why = Self.unsupported(attention) { preconditionFailure(why) }
        precondition(batch > 0 && heads > 0 && headDim > 0 && valueDim > 0, "FavorDecoder: sizes must be positive")
        self.attention = attention
        self.batch = batch; self.heads = heads; self.headDim = headDim; self.valueDim = valueDim
        map = attention.map(dim: headDim).splitting(false)
        w = map.extendedProjection(attention.projectionForCall(dim: headDim))
        r = map.r
        shifted = attention.usesShifts
        state = Tensor(zeros: [batch * heads, r, valueDim + 1])
        runMax = Tensor(repeating: -.infinity, shape: [batch * heads])
        stepScratch = Tensor(uninitialized: [batch * heads, 2 * r + 2 * (valueDim + 1) + 5])
    }

    public func prefill(k: Tensor, v: Tensor) {
        let L = checkPrefill(k: k, v: v)
        if L == 0 { return }
        let (d, dv, w1) = (headDim, valueDim, valueDim + 1)
        let block = min(L, FavorFeatureMap.blockRows)
        let kf = Tensor(uninitialized: [block, r]), ks = Tensor(uninitialized: [block])
        let fs = Tensor(uninitialized: [FavorFeatureMap.forwardScratch(length: block)])
        let ones = Tensor(repeating: 1, shape: [block])
        for s in 0..<(batch * heads) {
            let st = state.data + s * r * w1
            for i0 in stride(from: 0, to: L, by: block) {
                let n = min(block, L - i0)
                let vb = v.data + (s * L + i0) * dv
                map.forward(x: k.data + (s * L + i0) * d, length: n, w: w, phi: kf.data, isQuery: false,
                            perRowKeys: true, shifts: ks.data, scratch: fs.data)
                if shifted {
                    var top = runMax.data[s]
                    for j in 0..<n { top = max(top, ks.data[j]) }
                    rescale(st, to: top, slice: s)
                    ck_favor_scale_rows_exp(kf.data, r, kf.data, r, n, r, ks.data, 1, top)
                }
                BLAS.gemm(transA: true, transB: false, m: r, n: dv, k: n, a: kf.data, lda: r, b: vb, ldb: dv,
                          beta: 1, c: st, ldc: w1)
                BLAS.gemm(transA: true, transB: false, m: r, n: 1, k: n, a: kf.data, lda: r, b: ones.data, ldb: 1,
                          beta: 1, c: st + dv, ldc: w1)
            }
        }
        position += L
    }

    /// State of slice s from units exp(-runMax[s]) to exp(-top), top >= runMax[s]: one factor
    /// exp(M_old - top) <= 1 (none while the state is empty).
    private func rescale(_ st: UnsafeMutablePointer<Float>, to top: Float, slice s: Int) {
        let old = runMax.data[s]
        if old != top && old > -.infinity {
            var f = old
            ck_favor_scale_rows_exp(st, r * (valueDim + 1), st, r * (valueDim + 1), 1, r * (valueDim + 1), &f, 1, top)
        }
        runMax.data[s] = top
    }

    public func step(q: Tensor, k: Tensor, v: Tensor, into out: Tensor) {
        checkStep(q: q, k: k, v: v, out: out)
        let (d, dv, w1) = (headDim, valueDim, valueDim + 1)
        let renorm: Int32 = attention.renormalize ? 1 : 0
        let eps = attention.guardEps, logEps = ScalarMath.logf(attention.guardEps)
        let floats = stepFloats
        forEachDecoderSlice(batch * heads) { s in
            let sc = stepScratch.data + s * floats
            let qf = sc, kf = sc + r, kv = sc + 2 * r, na = kv + w1, fs = na + w1, qs = fs + 3, ks = qs + 1
            let st = state.data + s * r * w1
            map.forward(x: q.data + s * d, length: 1, w: w, phi: qf, isQuery: true, shifts: qs, scratch: fs)
            map.forward(x: k.data + s * d, length: 1, w: w, phi: kf, isQuery: false, perRowKeys: true, shifts: ks, scratch: fs)
            // S <- S + k'_t [v_t | 1]^T (in units exp(-M_t) with shifts)
            kv.update(from: v.data + s * dv, count: dv)
            kv[dv] = 1
            if shifted {
                rescale(st, to: max(runMax.data[s], ks[0]), slice: s)
                ck_favor_scale_rows_exp(kf, r, kf, r, 1, r, ks, 1, runMax.data[s])
            }
            BLAS.ger(m: r, n: w1, x: kf, y: kv, a: st, lda: w1)
            // [N | D] = q'_t S; out = N / guard(D)
            BLAS.gemv(transA: true, m: r, n: w1, a: st, lda: w1, x: qf, y: na)
            var logScale = qs[0] + runMax.data[s]
            var den: Float = 0
            withUnsafeMutablePointer(to: &logScale) { ls in
                ck_favor_normalize_scaled(na, 1, dv, out.data + s * dv, &den, renorm, eps, logEps, shifted ? UnsafePointer(ls) : nil)
            }
        }
        position += 1
    }

    public func mark() { marked = (state.copy(), runMax.copy(), position) }

    public func rewind() {
        if let m = marked {
            state.data.update(from: m.state.data, count: state.count)
            runMax.data.update(from: m.runMax.data, count: runMax.count)
            position = m.position
        } else {
            state.data.update(repeating: 0, count: state.count)
            runMax.data.update(repeating: -.infinity, count: runMax.count)
            position = 0
        }
    }
}
