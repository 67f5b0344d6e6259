import CKernels
import PerformerTensor

/// FAVOR+ attention (Choromanski et al. 2021): softmax (or a generalized kernel) attention
/// through random features, Att ~= D^-1 (Q' (K'^T V)) with Q' = phi(Q), K' = phi(K), in
/// O(L r d) time and O(L r + r d) extra memory; no L x L tensor is ever formed.
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output (B, H, L, dv). r = features of phi (m, or 2m
/// for hyperbolic and trig, or d for generalized maps without projection). Bidirectional
/// products are whole-sequence BLAS products per (batch, head); causal ones use chunks of
/// `chunkSize` rows with a running r x (dv + 1) state (FavorCausal.swift). The projection W
/// (m x d) follows `projection` (kind, scaling, redraw, seed); backward holds the W of the
/// matching forward fixed.
public final class FavorAttention: AttentionMechanism {
    public let featureMap: FeatureMapKind
    /// Projection rows m.
    public let features: Int
    public let projectionPolicy: ProjectionPolicy
    public let isCausal: Bool
    /// Subtract maxima inside the exponentials (softmax-kernel maps; only with `renormalize`,
    /// where it cancels exactly).
    public let stabilizer: Bool
    /// D^-1 normalisation on; off gives Q'(K'^T V) (causal: its prefix form).
    public let renormalize: Bool
    /// How D is kept away from 0 (see `DenominatorGuard`).
    public let denominatorGuard: DenominatorGuard
    /// eps of generalized maps.
    public let epsilon: Float
    /// Whether generalized maps project (f(Wx) + eps) or not (f(x) + eps).
    public let useProjection: Bool
    /// Rows per chunk of the causal form.
    public let chunkSize: Int
    public var name: String { "favor-" + featureMap.rawValue }

    /// The current projection W (m x d), or nil before the first use (d is known at the first
    /// call) and for generalized maps without projection.
    public private(set) var projection: Tensor?
    private var step = 0
    private var calls = 0

    /// - featureMap: "positive", "hyperbolic", "trig", "relu", "exp", "elu", "abs", "gelu",
    ///   "cos", "tanh", "sigmoid" or "identity".
    /// - features: projection rows m (reference default 256).
    /// - projection: W's kind, scaling, redraw policy and seed.
    /// - seed: when given, replaces `projection.seed`.
    /// - useProjection: generalized maps only (reference default false); softmax maps always project.
    public init(featureMap: FeatureMapKind = .positive, features: Int = 256,
                projection: ProjectionPolicy = ProjectionPolicy(), causal: Bool = false,
                stabilizer: Bool = true, renormalize: Bool = true, epsilon: Float = 1e-3,
                useProjection: Bool = false, chunkSize: Int = 64, seed: UInt64? = nil,
                denominatorGuard: DenominatorGuard = .reference) {
        precondition(features > 0 && chunkSize > 0)
        self.featureMap = featureMap
        self.features = features
        var p = projection
        if let seed { p.seed = seed }
        self.projectionPolicy = p
        self.isCausal = causal
        self.stabilizer = stabilizer && renormalize
        self.renormalize = renormalize
        self.epsilon = epsilon
        self.useProjection = featureMap.isSoftmaxKernel || useProjection
        self.chunkSize = chunkSize
        self.denominatorGuard = denominatorGuard
    }

    /// Floats of scratch one worker of the causal forward holds: a row of ones, feature-map
    /// scratch, the [N | D] chunk and the C x C masked block.
    static func causalScratchFloats(length L: Int, rows: Int, dv: Int) -> Int {
        rows + FavorFeatureMap.forwardScratch(length: L) + rows * (dv + 1) + rows * rows
    }

    /// eps of the denominator guard for this feature map.
    var guardEps: Float { Float(denominatorGuard.eps(featureMap)) }

    func map(dim d: Int) -> FavorFeatureMap {
        FavorFeatureMap(kind: featureMap, m: features, d: d, useProjection: useProjection, epsilon: epsilon, stabilize: stabilizer)
    }

    /// Redraws W for step `step` under `.perStep` (the W of step s is a function of seed and s).
    public func beginStep(_ step: Int) {
        self.step = step
        if projectionPolicy.redraw == .perStep, let w = projection {
            projection = projectionPolicy.projection(step: step, rows: features, dim: w.shape[1])
        }
    }

    /// The W the next forward call uses (advancing the call counter under `.perCall`).
    func projectionForCall(dim d: Int) -> Tensor? {
        guard useProjection else { return nil }
        if projectionPolicy.redraw == .perCall {
            defer { calls += 1 }
            projection = projectionPolicy.projection(call: calls, rows: features, dim: d)
            return projection
        }
        if projection == nil || projection!.shape[1] != d {
            let s = projectionPolicy.redraw == .perStep ? step : 0
            projection = projectionPolicy.projection(step: s, rows: features, dim: d)
        }
        return projection
    }

    final class Cache: AttentionCache {
        let q: Tensor, k: Tensor, v: Tensor
        /// The projection used (hyperbolic: [W; -W]); nil without projection.
        let w: Tensor?
        /// Q', K': (B, H, L, r).
        let qf: Tensor, kf: Tensor
        let output: Tensor
        /// Guarded denominators D: (B, H, L).
        let den: Tensor
        /// [K'^T V | K'^T 1] over the whole sequence: (B, H, r, dv + 1).
        let state: Tensor
        init(q: Tensor, k: Tensor, v: Tensor, w: Tensor?, qf: Tensor, kf: Tensor, output: Tensor, den: Tensor, state: Tensor) {
            self.q = q; self.k = k; self.v = v; self.w = w; self.qf = qf; self.kf = kf
            self.output = output; self.den = den; self.state = state
        }
    }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let fm = map(dim: d)
        let w = fm.extendedProjection(projectionForCall(dim: d))
        let r = fm.r
        let qf = Tensor(uninitialized: [s.batch, s.heads, L, r])
        let kf = Tensor(uninitialized: [s.batch, s.heads, L, r])
        let out = Tensor(uninitialized: [s.batch, s.heads, L, dv])
        let den = Tensor(uninitialized: [s.batch, s.heads, L])
        let state = Tensor(zeros: [s.batch, s.heads, r, dv + 1])
        if !isCausal {
            bidirectionalForward(q: q, k: k, v: v, fm: fm, w: w, qf: qf, kf: kf, out: out, den: den, state: state)
        } else {
            // One (batch, head) slice per core, each on one OpenBLAS thread: the chunk products
            // (C x r x (dv + 1)) are far too small for OpenBLAS to thread.
            let rows = min(chunkSize, L)
            let featureScratch = FavorFeatureMap.forwardScratch(length: L)
            TileWorkers.run(s.batch * s.heads, scratchFloats: Self.causalScratchFloats(length: L, rows: rows, dv: dv)) { bh, buffer in
                let ones = buffer, scratch = ones + rows, na = scratch + featureScratch, block = na + rows * (dv + 1)
                ones.update(repeating: 1, count: rows)
                let qfh = qf.data + bh * L * r, kfh = kf.data + bh * L * r
                let vh = v.data + bh * L * dv, st = state.data + bh * r * (dv + 1)
                let oh = out.data + bh * L * dv, dh = den.data + bh * L
                fm.forward(x: q.data + bh * L * d, length: L, w: w, phi: qfh, isQuery: true, scratch: scratch)
                fm.forward(x: k.data + bh * L * d, length: L, w: w, phi: kfh, isQuery: false, scratch: scratch)
                causalForward(L: L, r: r, dv: dv, qf: qfh, kf: kfh, v: vh, state: st, out: oh, den: dh,
                              na: na, block: block, ones: ones)
            }
        }
        let cache = Cache(q: q, k: k, v: v, w: w, qf: qf, kf: kf, output: out, den: den, state: state)
        return AttentionForward(output: out, cache: cache)
    }

    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let s = attentionShape(q: c.q, k: c.k, v: c.v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let fm = map(dim: d)
        let r = fm.r
        let dQ = Tensor(uninitialized: c.q.shape), dK = Tensor(uninitialized: c.k.shape)
        let dV = Tensor(uninitialized: c.v.shape)
        let dqf = Tensor(uninitialized: [L, r]), dkf = Tensor(uninitialized: [L, r])
        let rows = isCausal ? min(chunkSize, L) : L
        let dna = Tensor(uninitialized: [rows, dv + 1])
        let ds = Tensor(uninitialized: [r, dv + 1])
        let ones = Tensor(repeating: 1, shape: [rows])
        let fscratch = Tensor(uninitialized: [max(1, fm.backwardScratch(length: L))])
        let causal = isCausal ? CausalScratch(rows: rows, r: r, dv: dv) : nil
        let renorm: Int32 = renormalize ? 1 : 0
        for bh in 0..<(s.batch * s.heads) {
            let qfh = c.qf.data + bh * L * r, kfh = c.kf.data + bh * L * r
            let vh = c.v.data + bh * L * dv, st = c.state.data + bh * r * (dv + 1)
            let oh = c.output.data + bh * L * dv, dh = c.den.data + bh * L
            let doh = dOutput.data + bh * L * dv, dvh = dV.data + bh * L * dv
            if let causal {
                causalBackward(L: L, r: r, dv: dv, qf: qfh, kf: kfh, v: vh, finalState: st, out: oh, den: dh,
                               dOut: doh, dqf: dqf.data, dkf: dkf.data, dv: dvh, scratch: causal, dna: dna.data, ones: ones.data)
            } else {
                Parallel.forEachChunk(L, minChunk: 256) { i0, i1 in
                    ck_favor_normalize_grad(doh + i0 * dv, oh + i0 * dv, dh + i0, dna.data + i0 * (dv + 1), i1 - i0, dv, renorm)
                }
                // dQ' = dNA state^T; dState = Q'^T dNA; dK' = [V | 1] dState^T; dV = K' dState[:, :dv]
                BLAS.gemm(transA: false, transB: true, m: L, n: r, k: dv + 1, a: dna.data, lda: dv + 1, b: st, ldb: dv + 1, c: dqf.data, ldc: r)
                BLAS.gemm(transA: true, transB: false, m: r, n: dv + 1, k: L, a: qfh, lda: r, b: dna.data, ldb: dv + 1, c: ds.data, ldc: dv + 1)
                BLAS.gemm(transA: false, transB: true, m: L, n: r, k: dv, a: vh, lda: dv, b: ds.data, ldb: dv + 1, c: dkf.data, ldc: r)
                BLAS.gemm(transA: false, transB: true, m: L, n: r, k: 1, a: ones.data, lda: 1, b: ds.data + dv, ldb: dv + 1,
                          beta: 1, c: dkf.data, ldc: r)
                BLAS.gemm(transA: false, transB: false, m: L, n: dv, k: r, a: kfh, lda: r, b: ds.data, ldb: dv + 1, c: dvh, ldc: dv)
            }
            fm.backward(x: c.q.data + bh * L * d, length: L, w: c.w, phi: qfh, dphi: dqf.data,
                        dx: dQ.data + bh * L * d, scratch: fscratch.data)
            fm.backward(x: c.k.data + bh * L * d, length: L, w: c.w, phi: kfh, dphi: dkf.data,
                        dx: dK.data + bh * L * d, scratch: fscratch.data)
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// Bytes of every tensor forward (and backward) allocates, beyond q, k, v: the cache
    /// (Q', K', output, D, states, W), forward scratch, and in backward the gradients and the
    /// per-(batch, head) scratch (dQ', dK', dNA, states, feature scratch).
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        let fm = map(dim: s.headDim)
        let (L, r, dv, bh) = (s.length, fm.r, s.valueDim, s.batch * s.heads)
        let rows = isCausal ? min(chunkSize, L) : L
        let fwdRows = isCausal ? rows : min(FavorFeatureMap.blockRows, L)
        func f(_ n: Int) -> Int { n * 4 }
        let wBytes = useProjection ? f(features * s.headDim) + (featureMap == .hyperbolic ? f(r * s.headDim) : 0) : 0
        let cache = 2 * f(bh * L * r) + f(bh * L * dv) + f(bh * L) + f(bh * r * (dv + 1)) + wBytes
        let fwdScratch = TileWorkers.workerCount(bh) * f(isCausal
            ? Self.causalScratchFloats(length: L, rows: fwdRows, dv: dv)
            : Self.bidirectionalScratchFloats(length: L, dv: dv))
        guard backward else { return cache + fwdScratch }
        let grads = 2 * f(bh * L * s.headDim) + f(bh * L * dv)
        var bwd = 2 * f(L * r) + f(rows * (dv + 1)) + f(r * (dv + 1)) + f(rows) + f(max(1, fm.backwardScratch(length: L)))
        if isCausal { bwd += CausalScratch.bytes(rows: rows, r: r, dv: dv) }
        return cache + max(fwdScratch, grads + bwd)
    }
}
