import CKernels
import PerformerTensor

/// FAVOR+ attention (Choromanski et al. 2021): softmax (or a generalized kernel) attention
/// through random features, Att ~= D^-1 (Q' (K'^T V)) with Q' = phi(Q), K' = phi(K), in
/// O(L r d) time and O(L r + r d) extra memory; no L x L tensor is ever formed.
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output (B, H, L, dv). r = features of phi (m, or 2m
/// for hyperbolic and trig, or d for generalized maps without projection). Bidirectional
/// products are whole-sequence BLAS products per (batch, head); causal ones use chunks of
/// `chunkSize` rows with a running r x (dv + 1) state (FavorCausal.swift). Slices run one per
/// core, each on one OpenBLAS thread (FavorSlices.swift). The projection W
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
    let stabilizer: Bool
    /// D^-1 normalisation on; off gives Q'(K'^T V) (causal: its prefix form).
    public let renormalize: Bool
    /// How D is kept away from 0 (see `DenominatorGuard`): the eps of the guard.
    let denominatorGuard: DenominatorGuard
    /// Stabilizer and guard placement (see `FavorNumerics`): strict (default) or the
    /// reference code's. Under `.reference` the guard is the reference's (eps 1e-6 on the
    /// stabilized D) whatever `denominatorGuard` says.
    let numerics: FavorNumerics
    /// eps of generalized maps.
    public let epsilon: Float
    /// Whether generalized maps project (f(Wx) + eps) or not (f(x) + eps).
    public let useProjection: Bool
    /// Rows per chunk of the causal form.
    let chunkSize: Int
    public var name: String { "favor-" + featureMap.rawValue }

    /// The current projection W (m x d), or nil before the first use (d is known at the first
    /// call) and for generalized maps without projection.
    public private(set) var projection: Tensor?
    /// Whether forward and backward run one (batch, head) slice per core (`FavorSlices.swift`);
    /// off gives the serial form (same results bit for bit; tests compare the two).
    var threadedSlices = true
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
                denominatorGuard: DenominatorGuard = .underflow, numerics: FavorNumerics = .strict) {
        precondition(features > 0 && chunkSize > 0)
        self.featureMap = featureMap
        self.features = features
        var p = projection
        if let seed { p.seed = seed }
        if numerics == .reference { p.signFix = false }   // the reference's orthogonal blocks
        self.projectionPolicy = p
        self.isCausal = causal
        self.stabilizer = stabilizer && renormalize
        self.renormalize = renormalize
        self.epsilon = epsilon
        self.useProjection = featureMap.isSoftmaxKernel || useProjection
        self.chunkSize = chunkSize
        self.denominatorGuard = denominatorGuard
        self.numerics = numerics
    }

    /// eps of the denominator guard for this feature map.
    var guardEps: Float {
        let strict = numerics == .strict || !stabilizer || !featureMap.isSoftmaxKernel
        return Float((strict ? denominatorGuard : .reference).eps(featureMap))
    }

    /// Whether rows carry stabilizer shifts that the causal form and the guard undo (strict
    /// numerics with a stabilizer on a softmax-kernel map).
    var usesShifts: Bool { numerics == .strict && stabilizer && featureMap.isSoftmaxKernel }

    func map(dim d: Int) -> FavorFeatureMap {
        FavorFeatureMap(kind: featureMap, m: features, d: d, useProjection: useProjection, epsilon: epsilon, stabilize: stabilizer,
                        numerics: numerics)
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
        /// Bidirectional: [K'^T V | K'^T 1] over the whole sequence, (B, H, r, dv + 1);
        /// causal: the key rows' stabilizer shifts, (B, H, L) (unused without `usesShifts`).
        let state: Tensor
        init(q: Tensor, k: Tensor, v: Tensor, w: Tensor?, qf: Tensor, kf: Tensor, output: Tensor, den: Tensor, state: Tensor) {
            self.q = q; self.k = k; self.v = v; self.w = w; self.qf = qf; self.kf = kf
            self.output = output; self.den = den; self.state = state
        }
    }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let fm0 = map(dim: d)
        let w = fm0.extendedProjection(projectionForCall(dim: d))
        let r = fm0.r
        let qf = Tensor(uninitialized: [s.batch, s.heads, L, r])
        let kf = Tensor(uninitialized: [s.batch, s.heads, L, r])
        let out = Tensor(uninitialized: [s.batch, s.heads, L, dv])
        let den = Tensor(uninitialized: [s.batch, s.heads, L])
        let state = isCausal ? Tensor(zeros: [s.batch, s.heads, L]) : Tensor(zeros: [s.batch, s.heads, r, dv + 1])
        let renorm: Int32 = renormalize ? 1 : 0
        let (eps, logEps) = (guardEps, ScalarMath.logf(guardEps))
        let shifted = usesShifts
        let slices = s.batch * s.heads, workers = sliceWorkers(slices)
        let fm = fm0.splitting(workers == 1)   // one slice per core: its elementwise passes unsplit
        let chunk = causalChunk(length: L)
        WorkerPool.run(slices, maxWorkers: workers,
                        makeScratch: { FavorForwardScratch(length: L, r: r, dv: dv, causalChunk: chunk) }) { bh, _, sc in
            let qfh = qf.data + bh * L * r, kfh = kf.data + bh * L * r
            let vh = v.data + bh * L * dv
            let oh = out.data + bh * L * dv, dh = den.data + bh * L
            let scratch = sc.features.data, qshift = sc.qshift.data
            if let causal = sc.causal {
                let ksh = state.data + bh * L
                fm.forward(x: q.data + bh * L * d, length: L, w: w, phi: qfh, isQuery: true, shifts: qshift, scratch: scratch)
                fm.forward(x: k.data + bh * L * d, length: L, w: w, phi: kfh, isQuery: false, perRowKeys: true, shifts: ksh,
                           scratch: scratch)
                causalForward(L: L, r: r, dv: dv, qf: qfh, kf: kfh, v: vh, qshift: shifted ? qshift : nil,
                              kshift: shifted ? ksh : nil, out: oh, den: dh, scratch: causal)
                return
            }
            let st = state.data + bh * r * (dv + 1)
            let ones = sc.ones!.data, na = sc.na!.data, kshift = sc.kshift!.data, ls = sc.logScale!.data
            // state = [K'^T V | K'^T 1], accumulated block by block while K'_b is in cache
            var keyShift: Float = 0
            fm.forward(x: k.data + bh * L * d, length: L, w: w, phi: kfh, isQuery: false, shifts: kshift,
                       scratch: scratch) { i0, n in
                if i0 == 0 { keyShift = kshift[0] }
                BLAS.gemm(transA: true, transB: false, m: r, n: dv, k: n, a: kfh + i0 * r, lda: r, b: vh + i0 * dv, ldb: dv,
                          beta: 1, c: st, ldc: dv + 1)
                BLAS.gemm(transA: true, transB: false, m: r, n: 1, k: n, a: kfh + i0 * r, lda: r, b: ones, ldb: 1,
                          beta: 1, c: st + dv, ldc: dv + 1)
            }
            // [N | D] = Q'_b state; out = N / guard(D), block by block while Q'_b is in cache
            fm.forward(x: q.data + bh * L * d, length: L, w: w, phi: qfh, isQuery: true, shifts: qshift,
                       scratch: scratch) { i0, n in
                BLAS.gemm(transA: false, transB: false, m: n, n: dv + 1, k: r, a: qfh + i0 * r, lda: r, b: st, ldb: dv + 1,
                          c: na, ldc: dv + 1)
                for i in 0..<n { ls[i] = qshift[i0 + i] + keyShift }
                fm.chunks(n, minChunk: 128) { a, b in
                    ck_favor_normalize_scaled(na + a * (dv + 1), b - a, dv, oh + (i0 + a) * dv, dh + i0 + a, renorm,
                                              eps, logEps, shifted ? UnsafePointer(ls + a) : nil)
                }
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
        let fm0 = map(dim: d)
        let r = fm0.r
        let dQ = Tensor(uninitialized: c.q.shape), dK = Tensor(uninitialized: c.k.shape)
        let dV = Tensor(uninitialized: c.v.shape)
        let renorm: Int32 = renormalize ? 1 : 0
        let shifted = usesShifts
        let slices = s.batch * s.heads, workers = sliceWorkers(slices)
        let fm = fm0.splitting(workers == 1)
        let chunk = causalChunk(length: L), featureFloats = fm.backwardScratch(length: L)
        WorkerPool.run(slices, maxWorkers: workers,
                        makeScratch: { FavorBackwardScratch(length: L, r: r, dv: dv, featureFloats: featureFloats, causalChunk: chunk) }) { bh, _, sc in
            let qfh = c.qf.data + bh * L * r, kfh = c.kf.data + bh * L * r
            let vh = c.v.data + bh * L * dv
            let oh = c.output.data + bh * L * dv, dh = c.den.data + bh * L
            let doh = dOutput.data + bh * L * dv, dvh = dV.data + bh * L * dv
            let dqf = sc.dqf.data, dkf = sc.dkf.data
            if let causal = sc.causal {
                causalBackward(L: L, r: r, dv: dv, qf: qfh, kf: kfh, v: vh, kshift: shifted ? c.state.data + bh * L : nil,
                               out: oh, den: dh, dOut: doh, dqf: dqf, dkf: dkf, dv: dvh, scratch: causal)
            } else {
                let st = c.state.data + bh * r * (dv + 1)
                let dna = sc.dna!.data, ds = sc.ds!.data, ones = sc.ones!.data
                fm.chunks(L, minChunk: 256) { i0, i1 in
                    ck_favor_normalize_grad(doh + i0 * dv, oh + i0 * dv, dh + i0, dna + i0 * (dv + 1), i1 - i0, dv, renorm)
                }
                // dQ' = dNA state^T; dState = Q'^T dNA; dK' = [V | 1] dState^T; dV = K' dState[:, :dv]
                BLAS.gemm(transA: false, transB: true, m: L, n: r, k: dv + 1, a: dna, lda: dv + 1, b: st, ldb: dv + 1, c: dqf, ldc: r)
                BLAS.gemm(transA: true, transB: false, m: r, n: dv + 1, k: L, a: qfh, lda: r, b: dna, ldb: dv + 1, c: ds, ldc: dv + 1)
                BLAS.gemm(transA: false, transB: true, m: L, n: r, k: dv, a: vh, lda: dv, b: ds, ldb: dv + 1, c: dkf, ldc: r)
                BLAS.gemm(transA: false, transB: true, m: L, n: r, k: 1, a: ones, lda: 1, b: ds + dv, ldb: dv + 1,
                          beta: 1, c: dkf, ldc: r)
                BLAS.gemm(transA: false, transB: false, m: L, n: dv, k: r, a: kfh, lda: r, b: ds, ldb: dv + 1, c: dvh, ldc: dv)
            }
            fm.backward(x: c.q.data + bh * L * d, length: L, w: c.w, phi: qfh, dphi: dqf,
                        dx: dQ.data + bh * L * d, scratch: sc.features.data)
            fm.backward(x: c.k.data + bh * L * d, length: L, w: c.w, phi: kfh, dphi: dkf,
                        dx: dK.data + bh * L * d, scratch: sc.features.data)
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// Bytes of every tensor forward (and backward) allocates, beyond q, k, v: the cache
    /// (Q', K', output, D, states, W), and the scratch of each worker (`sliceWorkers`):
    /// forward `FavorForwardScratch`, backward the gradients and `FavorBackwardScratch`
    /// (the forward's scratch is freed by then).
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        let fm = map(dim: s.headDim)
        let (L, r, dv, bh) = (s.length, fm.r, s.valueDim, s.batch * s.heads)
        let workers = sliceWorkers(bh), chunk = causalChunk(length: L)
        func f(_ n: Int) -> Int { n * 4 }
        let wBytes = useProjection ? f(features * s.headDim) + (featureMap == .hyperbolic ? f(r * s.headDim) : 0) : 0
        let stateBytes = isCausal ? f(bh * L) : f(bh * r * (dv + 1))
        let cache = 2 * f(bh * L * r) + f(bh * L * dv) + f(bh * L) + stateBytes + wBytes
        let fwdScratch = workers * FavorForwardScratch.bytes(length: L, r: r, dv: dv, causalChunk: chunk)
        guard backward else { return cache + fwdScratch }
        let grads = 2 * f(bh * L * s.headDim) + f(bh * L * dv)
        let bwd = workers * FavorBackwardScratch.bytes(length: L, r: r, dv: dv, featureFloats: fm.backwardScratch(length: L),
                                                       causalChunk: chunk)
        return cache + max(fwdScratch, grads + bwd)
    }
}
