import CKernels
import PerformerTensor

/// Scratch of the causal forward and backward for one (batch, head), reused across heads.
final class CausalScratch {
    /// Prefix state S (forward walk) or suffix state R (reverse walk): (r, dv + 1).
    let state: Tensor
    /// Masked intra-chunk block: (C, C).
    let a: Tensor
    /// Rescaled copy of a chunk of K' or Q': (C, r).
    let rows: Tensor
    /// [N | D] or its gradient for one chunk: (C, dv + 1).
    let na: Tensor
    /// Running maxima M_i of the key shifts and the guard's log scales: (L) each.
    let runMax: Tensor, logScale: Tensor
    let ones: Tensor
    /// Backward only: every chunk's masked block B (the forward walk's), (L, C), so that the
    /// reverse walk reads it instead of recomputing it.
    let gradBlocks: Tensor?
    init(chunk C: Int, length L: Int, r: Int, dv: Int, backward: Bool = false) {
        state = Tensor(uninitialized: [r, dv + 1])
        a = Tensor(uninitialized: [C, C])
        rows = Tensor(uninitialized: [C, r]); na = Tensor(uninitialized: [C, dv + 1])
        runMax = Tensor(uninitialized: [L]); logScale = Tensor(uninitialized: [L])
        ones = Tensor(repeating: 1, shape: [C])
        gradBlocks = backward ? Tensor(uninitialized: [L, C]) : nil
    }
    static func bytes(chunk C: Int, length L: Int, r: Int, dv: Int, backward: Bool = false) -> Int {
        4 * (r * (dv + 1) + C * C + C * r + C * (dv + 1) + 2 * L + C + (backward ? L * C : 0))
    }
}

/// The causal (prefix-sum) form, chunked and strictly causal: row i of the output is
/// N_i / guard(D_i), N_i = sum_{j <= i} (q'_i . k'_j) v_j, D_i = sum_{j <= i} q'_i . k'_j.
/// Stored features are divided by exp(shift) of their own row (qshift_i, kshift_j), so the
/// rows are combined with a running maximum M_i = max_{j <= i} kshift_j, as in online
/// softmax: row i is computed in units of exp(-qshift_i - M_i), where term j carries the
/// factor exp(kshift_j - M_i) <= 1. Rows are taken in chunks of C: earlier chunks come from
/// the running state S = sum_{j < c0} exp(kshift_j - M_{c0-1}) k'_j [v_j | 1] (rescaled by
/// exp(M_old - M_new) when the maximum grows), the chunk itself from the C x C block
/// Q'_c K'_c^T whose entry (i, j) is scaled by exp(kshift_j - M_i) after the product, so a
/// large later key in the same chunk never touches an earlier row. Without shifts (kshift
/// nil: no stabilizer, or reference numerics) every factor is 1 and this is the plain form.
/// Memory: the state (r x (dv + 1)), C x C and C x r blocks; never L x L or L x r x dv.
extension FavorAttention {
    /// M_i = max_{j <= i} kshift_j into runMax.
    static func runningMax(_ kshift: UnsafePointer<Float>, _ L: Int, _ out: UnsafeMutablePointer<Float>) {
        var m = -Float.infinity
        for i in 0..<L { m = max(m, kshift[i]); out[i] = m }
    }

    /// One (batch, head). qf, kf: (L, r); v, out: (L, dv); qshift, kshift: (L) or nil (no
    /// rescaling; the guard then looks at the stored D); den: (L) guarded D in stored units.
    func causalForward(L: Int, r: Int, dv: Int, qf: UnsafePointer<Float>, kf: UnsafePointer<Float>,
                       v: UnsafePointer<Float>, qshift: UnsafePointer<Float>?, kshift: UnsafePointer<Float>?,
                       out: UnsafeMutablePointer<Float>, den: UnsafeMutablePointer<Float>, scratch sc: CausalScratch) {
        let C = min(chunkSize, L), w = dv + 1
        let renorm: Int32 = renormalize ? 1 : 0
        let state = sc.state.data, na = sc.na.data, block = sc.a.data, scaled = sc.rows.data
        let M = sc.runMax.data, ls = sc.logScale.data
        state.update(repeating: 0, count: r * w)
        if let kshift, let qshift {
            Self.runningMax(kshift, L, M)
            for i in 0..<L { ls[i] = qshift[i] + M[i] }
        }
        let (eps, logEps) = (guardEps, ScalarMath.logf(guardEps))
        for c0 in stride(from: 0, to: L, by: C) {
            let n = min(C, L - c0)
            let qc = qf + c0 * r, kc = kf + c0 * r, vc = v + c0 * dv
            // [N | D] from earlier chunks, in units of exp(-M_i)
            BLAS.gemm(transA: false, transB: false, m: n, n: w, k: r, a: qc, lda: r, b: state, ldb: w, c: na, ldc: w)
            if kshift != nil, c0 > 0 { ck_favor_scale_rows_exp(na, w, na, w, n, w, M + c0, -1, M[c0 - 1]) }
            // inside the chunk: (Q'_c K'_c^T)_ij exp(kshift_j - M_i), j <= i, times [V_c | 1]
            BLAS.gemm(transA: false, transB: true, m: n, n: n, k: r, a: qc, lda: r, b: kc, ldb: r, c: block, ldc: C)
            ck_favor_tril_scaled(block, n, C, kshift.map { $0 + c0 }, M + c0, nil, 0, na + dv, w)
            BLAS.gemm(transA: false, transB: false, m: n, n: dv, k: n, a: block, lda: C, b: vc, ldb: dv, beta: 1, c: na, ldc: w)
            ck_favor_normalize_scaled(na, n, dv, out + c0 * dv, den + c0, renorm, eps, logEps, kshift == nil ? nil : ls + c0)
            addChunk(to: state, r: r, dv: dv, kc: kc, vc: vc, n: n, kshift: kshift, M: M, c0: c0, scaled: scaled, ones: sc.ones.data)
        }
    }

    /// state (units exp(-M_{c0-1})) <- state in units exp(-M_{c0+n-1}) + sum_{j in chunk}
    /// exp(kshift_j - M_{c0+n-1}) k'_j [v_j | 1].
    private func addChunk(to state: UnsafeMutablePointer<Float>, r: Int, dv: Int, kc: UnsafePointer<Float>,
                          vc: UnsafePointer<Float>, n: Int, kshift: UnsafePointer<Float>?, M: UnsafePointer<Float>,
                          c0: Int, scaled: UnsafeMutablePointer<Float>, ones: UnsafePointer<Float>) {
        let w = dv + 1
        var k: UnsafePointer<Float> = kc
        if let kshift {
            let top = M[c0 + n - 1]
            if c0 > 0 && M[c0 - 1] != top {
                var f = M[c0 - 1]   // one factor exp(M_old - top) <= 1 for the whole state
                ck_favor_scale_rows_exp(state, r * w, state, r * w, 1, r * w, &f, 1, top)
            }
            ck_favor_scale_rows_exp(kc, r, scaled, r, n, r, kshift + c0, 1, top)
            k = UnsafePointer(scaled)
        }
        BLAS.gemm(transA: true, transB: false, m: r, n: dv, k: n, a: k, lda: r, b: vc, ldb: dv, beta: 1, c: state, ldc: w)
        BLAS.gemm(transA: true, transB: false, m: r, n: 1, k: n, a: k, lda: r, b: ones, ldb: 1, beta: 1, c: state + dv, ldc: w)
    }

    /// One (batch, head) of the causal backward, exact for the function the forward computed
    /// (shifts are constants of it: N_true / guard(D_true) does not depend on them).
    /// Two walks, no subtraction of states: forward for dQ'_c = diag(exp(M_{c0-1} - M_i)) dNA_c S^T
    /// + B K'_c with B_ij = (dNA_i . [v_j | 1]) exp(kshift_j - M_i) (j <= i); reverse for
    /// dK'_c = diag(exp(kshift_j - T)) [V_c | 1] R^T + B^T Q'_c and dV_c = diag(exp(kshift_j - T))
    /// K'_c R[:, :dv] + A^T dN_c, where R = sum_{i in later chunks} exp(T - M_i) q'_i dNA_i^T
    /// and T = M at the first later row (so both factors are <= 1). B is made once, in the
    /// forward walk, and kept for the reverse walk (L x C floats of scratch).
    /// dqf, dkf: (L, r) and dV: (L, dv) written.
    func causalBackward(L: Int, r: Int, dv: Int, qf: UnsafePointer<Float>, kf: UnsafePointer<Float>,
                        v: UnsafePointer<Float>, kshift: UnsafePointer<Float>?,
                        out: UnsafePointer<Float>, den: UnsafePointer<Float>, dOut: UnsafePointer<Float>,
                        dqf: UnsafeMutablePointer<Float>, dkf: UnsafeMutablePointer<Float>,
                        dv dV: UnsafeMutablePointer<Float>, scratch sc: CausalScratch) {
        let C = min(chunkSize, L), w = dv + 1
        let renorm: Int32 = renormalize ? 1 : 0
        let st = sc.state.data, dna = sc.na.data, a = sc.a.data, scaled = sc.rows.data
        let M = sc.runMax.data, ones = sc.ones.data
        if let kshift { Self.runningMax(kshift, L, M) }
        let colShift: (Int) -> UnsafePointer<Float>? = { c0 in kshift.map { $0 + c0 } }
        // B = tril-scaled dNA_c [V_c | 1]^T, made once in the forward walk and kept (rows c0..<c0+n
        // of gradBlocks, leading dimension C) for the reverse walk
        let blocks = sc.gradBlocks!.data
        func gradBlock(_ c0: Int, _ n: Int) {
            let b = blocks + c0 * C
            BLAS.gemm(transA: false, transB: true, m: n, n: n, k: dv, a: dna, lda: w, b: v + c0 * dv, ldb: dv, c: b, ldc: C)
            ck_favor_tril_scaled(b, n, C, colShift(c0), M + c0, dna + dv, w, nil, 0)
        }
        // forward walk: dQ'
        st.update(repeating: 0, count: r * w)
        for c0 in stride(from: 0, to: L, by: C) {
            let n = min(C, L - c0)
            let kc = kf + c0 * r, vc = v + c0 * dv, dqc = dqf + c0 * r
            ck_favor_normalize_grad(dOut + c0 * dv, out + c0 * dv, den + c0, dna, n, dv, renorm)
            BLAS.gemm(transA: false, transB: true, m: n, n: r, k: w, a: dna, lda: w, b: st, ldb: w, c: dqc, ldc: r)
            if kshift != nil, c0 > 0 { ck_favor_scale_rows_exp(dqc, r, dqc, r, n, r, M + c0, -1, M[c0 - 1]) }
            gradBlock(c0, n)
            BLAS.gemm(transA: false, transB: false, m: n, n: r, k: n, a: blocks + c0 * C, lda: C, b: kc, ldb: r, beta: 1, c: dqc, ldc: r)
            addChunk(to: st, r: r, dv: dv, kc: kc, vc: vc, n: n, kshift: kshift, M: M, c0: c0, scaled: scaled, ones: ones)
        }
        // reverse walk: dK', dV with the suffix state R in units exp(-T)
        st.update(repeating: 0, count: r * w)
        var T = Float(0), empty = true
        let lastStart = (L - 1) / C * C
        for c0 in stride(from: lastStart, through: 0, by: -C) {
            let n = min(C, L - c0)
            let qc = qf + c0 * r, kc = kf + c0 * r, vc = v + c0 * dv
            let dkc = dkf + c0 * r, dvc = dV + c0 * dv
            ck_favor_normalize_grad(dOut + c0 * dv, out + c0 * dv, den + c0, dna, n, dv, renorm)
            if empty {
                dkc.update(repeating: 0, count: n * r); dvc.update(repeating: 0, count: n * dv)
            } else {
                BLAS.gemm(transA: false, transB: true, m: n, n: r, k: dv, a: vc, lda: dv, b: st, ldb: w, c: dkc, ldc: r)
                BLAS.gemm(transA: false, transB: true, m: n, n: r, k: 1, a: ones, lda: 1, b: st + dv, ldb: w, beta: 1, c: dkc, ldc: r)
                BLAS.gemm(transA: false, transB: false, m: n, n: dv, k: r, a: kc, lda: r, b: st, ldb: w, c: dvc, ldc: dv)
                if let kshift {
                    ck_favor_scale_rows_exp(dkc, r, dkc, r, n, r, kshift + c0, 1, T)
                    ck_favor_scale_rows_exp(dvc, dv, dvc, dv, n, dv, kshift + c0, 1, T)
                }
            }
            BLAS.gemm(transA: true, transB: false, m: n, n: r, k: n, a: blocks + c0 * C, lda: C, b: qc, ldb: r, beta: 1, c: dkc, ldc: r)
            BLAS.gemm(transA: false, transB: true, m: n, n: n, k: r, a: qc, lda: r, b: kc, ldb: r, c: a, ldc: C)
            ck_favor_tril_scaled(a, n, C, colShift(c0), M + c0, nil, 0, nil, 0)
            BLAS.gemm(transA: true, transB: false, m: n, n: dv, k: n, a: a, lda: C, b: dna, ldb: w, beta: 1, c: dvc, ldc: dv)
            // R <- R exp(T' - T) + sum_{i in chunk} exp(T' - M_i) q'_i dNA_i^T, T' = M_{c0}
            var q: UnsafePointer<Float> = qc
            if let _ = kshift {
                let t2 = M[c0]
                if !empty && t2 != T {   // one factor exp(T' - T) <= 1 for the whole state
                    var f = T
                    ck_favor_scale_rows_exp(st, r * w, st, r * w, 1, r * w, &f, -1, t2)
                }
                ck_favor_scale_rows_exp(qc, r, scaled, r, n, r, M + c0, -1, t2)
                q = UnsafePointer(scaled); T = t2
            }
            BLAS.gemm(transA: true, transB: false, m: r, n: w, k: n, a: q, lda: r, b: dna, ldb: w, beta: 1, c: st, ldc: w)
            empty = false
        }
    }
}
