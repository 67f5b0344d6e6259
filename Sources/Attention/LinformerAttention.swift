import CKernels
import Foundation
import PerformerTensor

/// How Linformer's projections are shared (Wang et al., 2020, section 4).
public enum LinformerSharing: String, CaseIterable, Sendable {
    /// One pair E_h, F_h per head (spec "none").
    case none = "none"
    /// One pair E, F for all heads (spec "headwise").
    case headwise = "headwise"
    /// One matrix E = F for keys and values of all heads (spec "key-value").
    case keyValue = "key-value"
}

/// Why a Linformer cannot be built.
public enum LinformerError: Error, CustomStringConvertible, Equatable {
    /// Causal Linformer was asked for.
    case causalUnsupported
    /// A size is out of range; the text says which.
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .causalUnsupported:
            return "Linformer cannot be causal: its projection E (and F) is k x L and mixes all L positions, "
                + "including future ones, into every projected key and value, so no output row can be "
                + "kept from seeing the future. Use it bidirectionally, or pick a causal mechanism "
                + "(exact, local, block-sparse, favor)."
        case .invalidConfiguration(let why):
            return "invalid Linformer configuration: \(why)"
        }
    }
}

/// Linformer attention (Wang et al., 2020): keys and values are projected along the sequence,
/// K' = E K and V' = F V with E, F: (k, maxLength), and
///     Att = softmax(Q K'^T / sqrt(d)) V'   (row softmax, stabilised by the row max).
/// Bidirectional only (see `LinformerError.causalUnsupported`).
///
/// q, k: (B, H, L, d); v: (B, H, L, dv); output: (B, H, L, dv); L <= maxLength. A sequence
/// shorter than maxLength uses the first L columns of E and F (as the reference Linformer
/// does for padded inputs); the other columns get zero gradient.
///
/// E and F are trainable: `parameters` is [E, F] (or [E] with key-value sharing), each of
/// shape (P, k, maxLength) with P = heads (no sharing) or 1, initialised N(0, 1/k) from `seed`;
/// `backward` returns their gradients in the same order. The cache holds the probabilities
/// P: (B, H, L, k), so memory is O(L k) and time O(L k d).
public final class LinformerAttention: AttentionMechanism {
    public let name = "linformer"
    public let isCausal = false
    /// k, the projected length (spec `linformer_k`).
    public let projectedLength: Int
    /// Longest sequence the projections cover (their column count).
    let maxLength: Int
    public let heads: Int
    /// Spec `sharing`: "none", "headwise" or "key-value".
    let sharing: LinformerSharing
    public let seed: UInt64
    /// E: (P, k, maxLength), drawn on first use (so that sizing a configuration, which only
    /// needs the shapes, does not draw P k maxLength Gaussians).
    public var e: Tensor { projections.e }
    /// F: (P, k, maxLength); the same tensor as `e` with key-value sharing.
    public var f: Tensor { projections.f }

    private let lock = NSLock()
    private var drawn: (e: Tensor, f: Tensor)?
    /// E and F, drawn from `seed` on first access (thread-safe; the same values whenever drawn).
    private var projections: (e: Tensor, f: Tensor) {
        lock.lock(); defer { lock.unlock() }
        if let drawn { return drawn }
        let shape = [sharing == .none ? heads : 1, projectedLength, maxLength]
        let std = 1 / Float(projectedLength).squareRoot()
        let root = SeededGenerator(seed: seed)
        var rngE = root.derive("linformer/E"), rngF = root.derive("linformer/F")
        let e = Tensor.gaussian(shape, std: std, rng: &rngE)
        let pair = (e: e, f: sharing == .keyValue ? e : Tensor.gaussian(shape, std: std, rng: &rngF))
        drawn = pair
        return pair
    }

    /// - Throws: `LinformerError.causalUnsupported` when `causal` is true;
    ///   `.invalidConfiguration` for sizes < 1.
    public init(projectedLength: Int, maxLength: Int, heads: Int, sharing: LinformerSharing = .none,
                causal: Bool = false, seed: UInt64 = 0) throws {
        if causal { throw LinformerError.causalUnsupported }
        guard projectedLength >= 1, maxLength >= 1, heads >= 1 else {
            throw LinformerError.invalidConfiguration(
                "projectedLength \(projectedLength), maxLength \(maxLength), heads \(heads) must all be >= 1")
        }
        self.projectedLength = projectedLength
        self.maxLength = maxLength
        self.heads = heads
        self.sharing = sharing
        self.seed = seed
    }

    public var parameters: [NamedTensor] {
        sharing == .keyValue ? [NamedTensor("E", e)] : [NamedTensor("E", e), NamedTensor("F", f)]
    }

    final class Cache: AttentionCache {
        let q: Tensor, k: Tensor, v: Tensor, output: Tensor
        /// K' (B, H, k, d), V' (B, H, k, dv), P (B, H, L, k).
        let kp: Tensor, vp: Tensor, p: Tensor
        init(q: Tensor, k: Tensor, v: Tensor, output: Tensor, kp: Tensor, vp: Tensor, p: Tensor) {
            self.q = q; self.k = k; self.v = v; self.output = output; self.kp = kp; self.vp = vp; self.p = p
        }
    }

    /// Offset of head h's projection matrix in `e` / `f`.
    func projectionOffset(head h: Int) -> Int { sharing == .none ? h * projectedLength * maxLength : 0 }

    func checkShape(_ s: AttentionShape) {
        precondition(s.length <= maxLength, "Linformer: sequence length \(s.length) > maxLength \(maxLength)")
        precondition(sharing != .none || s.heads == heads, "Linformer: \(s.heads) heads, projections for \(heads)")
    }

    public func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward {
        let s = attentionShape(q: q, k: k, v: v)
        checkShape(s)
        let (L, d, dv, kk, lm) = (s.length, s.headDim, s.valueDim, projectedLength, maxLength)
        let out = Tensor(uninitialized: [s.batch, s.heads, L, dv])
        let kp = Tensor(uninitialized: [s.batch, s.heads, kk, d])
        let vp = Tensor(uninitialized: [s.batch, s.heads, kk, dv])
        let p = Tensor(uninitialized: [s.batch, s.heads, L, kk])
        let scale = 1 / Float(d).squareRoot()
        for bh in 0..<(s.batch * s.heads) {
            let eh = e.data + projectionOffset(head: bh % s.heads), fh = f.data + projectionOffset(head: bh % s.heads)
            let kph = kp.data + bh * kk * d, vph = vp.data + bh * kk * dv, ph = p.data + bh * L * kk
            // K' = E[:, :L] K,  V' = F[:, :L] V
            BLAS.gemm(transA: false, transB: false, m: kk, n: d, k: L, a: eh, lda: lm,
                      b: k.data + bh * L * d, ldb: d, c: kph, ldc: d)
            BLAS.gemm(transA: false, transB: false, m: kk, n: dv, k: L, a: fh, lda: lm,
                      b: v.data + bh * L * dv, ldb: dv, c: vph, ldc: dv)
            // P = softmax(Q K'^T / sqrt(d)),  O = P V'
            BLAS.gemm(transA: false, transB: true, m: L, n: kk, k: d, a: q.data + bh * L * d, lda: d,
                      b: kph, ldb: d, c: ph, ldc: kk)
            WorkerPool.forEachChunk(L, minChunk: 64) { _, i0, i1 in
                ck_softmax_rows(ph + i0 * kk, i1 - i0, kk, kk, scale, -1)
            }
            BLAS.gemm(transA: false, transB: false, m: L, n: dv, k: kk, a: ph, lda: kk, b: vph, ldb: dv,
                      c: out.data + bh * L * dv, ldc: dv)
        }
        return AttentionForward(output: out, cache: Cache(q: q, k: k, v: v, output: out, kp: kp, vp: vp, p: p))
    }

    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        let s = attentionShape(q: c.q, k: c.k, v: c.v)
        let (L, d, dv, kk, lm) = (s.length, s.headDim, s.valueDim, projectedLength, maxLength)
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let dQ = Tensor(uninitialized: c.q.shape), dK = Tensor(uninitialized: c.k.shape)
        let dV = Tensor(uninitialized: c.v.shape)
        let dE = Tensor(zeros: e.shape), dF = sharing == .keyValue ? dE : Tensor(zeros: f.shape)
        let dScores = Tensor(uninitialized: [L, kk]), rowDot = Tensor(uninitialized: [L])
        let dKp = Tensor(uninitialized: [kk, d]), dVp = Tensor(uninitialized: [kk, dv])
        let scale = 1 / Float(d).squareRoot()
        for bh in 0..<(s.batch * s.heads) {
            let off = projectionOffset(head: bh % s.heads)
            let qh = c.q.data + bh * L * d, kh = c.k.data + bh * L * d, vh = c.v.data + bh * L * dv
            let oh = c.output.data + bh * L * dv, doh = dOutput.data + bh * L * dv
            let ph = c.p.data + bh * L * kk, kph = c.kp.data + bh * kk * d, vph = c.vp.data + bh * kk * dv
            // dV' = P^T dO;  dP = dO V'^T;  dS = P * (dP - rowDot), rowDot_i = dO_i . O_i
            BLAS.gemm(transA: true, transB: false, m: kk, n: dv, k: L, a: ph, lda: kk, b: doh, ldb: dv,
                      c: dVp.data, ldc: dv)
            BLAS.gemm(transA: false, transB: true, m: L, n: kk, k: dv, a: doh, lda: dv, b: vph, ldb: dv,
                      c: dScores.data, ldc: kk)
            WorkerPool.forEachChunk(L, minChunk: 64) { _, i0, i1 in
                ck_row_dots(doh + i0 * dv, oh + i0 * dv, rowDot.data + i0, i1 - i0, dv, dv)
                ck_softmax_backward_rows(dScores.data + i0 * kk, ph + i0 * kk, rowDot.data + i0, i1 - i0, kk, kk)
            }
            // dQ = scale dS K';  dK' = scale dS^T Q
            BLAS.gemm(transA: false, transB: false, m: L, n: d, k: kk, alpha: scale, a: dScores.data, lda: kk,
                      b: kph, ldb: d, c: dQ.data + bh * L * d, ldc: d)
            BLAS.gemm(transA: true, transB: false, m: kk, n: d, k: L, alpha: scale, a: dScores.data, lda: kk,
                      b: qh, ldb: d, c: dKp.data, ldc: d)
            // dK = E[:, :L]^T dK';  dV = F[:, :L]^T dV'
            BLAS.gemm(transA: true, transB: false, m: L, n: d, k: kk, a: e.data + off, lda: lm,
                      b: dKp.data, ldb: d, c: dK.data + bh * L * d, ldc: d)
            BLAS.gemm(transA: true, transB: false, m: L, n: dv, k: kk, a: f.data + off, lda: lm,
                      b: dVp.data, ldb: dv, c: dV.data + bh * L * dv, ldc: dv)
            // dE[:, :L] += dK' K^T;  dF[:, :L] += dV' V^T (summed over batch and shared heads)
            BLAS.gemm(transA: false, transB: true, m: kk, n: L, k: d, a: dKp.data, lda: d, b: kh, ldb: d,
                      beta: 1, c: dE.data + off, ldc: lm)
            BLAS.gemm(transA: false, transB: true, m: kk, n: L, k: dv, a: dVp.data, lda: dv, b: vh, ldb: dv,
                      beta: 1, c: dF.data + off, ldc: lm)
        }
        let paramGrads = sharing == .keyValue ? [dE] : [dE, dF]
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV, parameters: paramGrads)
    }

    /// Flops of the BLAS products of one call: forward 2 L k (2 d + 2 dv) per head slice,
    /// backward 2 L k (4 d + 4 dv).
    public func productFlops(_ s: AttentionShape, backward: Bool) -> Double {
        let perSlice = 2 * Double(s.length) * Double(projectedLength) * Double(s.headDim + s.valueDim)
        return perSlice * (backward ? 6 : 2) * Double(s.batch * s.heads)
    }

    /// Forward: output, P (B H L k), K' and V'. With backward also dOutput, dQ, dK, dV, the
    /// projection gradients (the size of E and F), and scratch dS (L x k), dK', dV', rowDot.
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        let (bh, L, kk) = (s.batch * s.heads, s.length, projectedLength)
        let out = s.bytes(dim: s.valueDim)
        let cache = bh * (L * kk + kk * s.headDim + kk * s.valueDim) * 4
        guard backward else { return out + cache }
        let grads = 2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim)
        let paramGrads = (sharing == .keyValue ? 1 : 2) * (sharing == .none ? heads : 1) * kk * maxLength * 4
        let scratch = (L * kk + kk * s.headDim + kk * s.valueDim + L) * 4
        return 2 * out + cache + grads + paramGrads + scratch
    }
}
