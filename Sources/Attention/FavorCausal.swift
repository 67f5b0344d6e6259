import CKernels
import PerformerTensor

/// Scratch of the causal backward for one (batch, head), reused across heads.
final class CausalScratch {
    /// State before the current chunk, S_<c = [sum_{j < c0} k'_j v_j^T | sum k'_j]: (r, dv + 1).
    let before: Tensor
    /// Suffix state R = sum_{i >= c0 + n} q'_i dNA_i^T: (r, dv + 1).
    let suffix: Tensor
    /// Masked intra-chunk blocks: A = tril(Q'_c K'_c^T) and B = tril(dNA_c [V_c | 1]^T): (C, C).
    let a: Tensor, b: Tensor
    init(rows: Int, r: Int, dv: Int) {
        before = Tensor(uninitialized: [r, dv + 1]); suffix = Tensor(uninitialized: [r, dv + 1])
        a = Tensor(uninitialized: [rows, rows]); b = Tensor(uninitialized: [rows, rows])
    }
    static func bytes(rows: Int, r: Int, dv: Int) -> Int { 4 * (2 * r * (dv + 1) + 2 * rows * rows) }
}

/// The causal (prefix-sum) form, chunked: row i of the output is
/// q'_i (sum_{j <= i} k'_j v_j^T) / q'_i (sum_{j <= i} k'_j). Rows are taken in chunks of C:
/// the part from earlier chunks comes from the running state (one product), the part inside
/// the chunk from the C x C masked block tril(Q'_c K'_c^T). No L x r x dv tensor of prefix
/// states exists: forward keeps the final state only, and backward walks the chunks in
/// reverse, subtracting each chunk's K'_c^T [V_c | 1] from the final state to rebuild the
/// state before it (as the reference's reverse scan does, in blocks).
extension FavorAttention {
    /// One (batch, head). qf, kf: (L, r); v, out: (L, dv); state: (r, dv + 1), zero on entry,
    /// the final state on exit; den: (L); na: (C, dv + 1) and block: (C, C) scratch; ones: C.
    func causalForward(L: Int, r: Int, dv: Int, qf: UnsafePointer<Float>, kf: UnsafePointer<Float>,
                       v: UnsafePointer<Float>, state: UnsafeMutablePointer<Float>,
                       out: UnsafeMutablePointer<Float>, den: UnsafeMutablePointer<Float>,
                       na: UnsafeMutablePointer<Float>, block: UnsafeMutablePointer<Float>,
                       ones: UnsafePointer<Float>) {
        let C = min(chunkSize, L), w = dv + 1
        let renorm: Int32 = renormalize ? 1 : 0
        for c0 in stride(from: 0, to: L, by: C) {
            let n = min(C, L - c0)
            let qc = qf + c0 * r, kc = kf + c0 * r, vc = v + c0 * dv
            // [N | D] from earlier chunks
            BLAS.gemm(transA: false, transB: false, m: n, n: w, k: r, a: qc, lda: r, b: state, ldb: w, c: na, ldc: w)
            // inside the chunk: tril(Q'_c K'_c^T) [V_c | 1]
            BLAS.gemm(transA: false, transB: true, m: n, n: n, k: r, a: qc, lda: r, b: kc, ldb: r, c: block, ldc: C)
            ck_favor_tril(block, n, C, na + dv, w)
            BLAS.gemm(transA: false, transB: false, m: n, n: dv, k: n, a: block, lda: C, b: vc, ldb: dv, beta: 1, c: na, ldc: w)
            ck_favor_normalize(na, n, dv, out + c0 * dv, den + c0, renorm, guardEps)
            // state += K'_c^T [V_c | 1]
            BLAS.gemm(transA: true, transB: false, m: r, n: dv, k: n, a: kc, lda: r, b: vc, ldb: dv, beta: 1, c: state, ldc: w)
            BLAS.gemm(transA: true, transB: false, m: r, n: 1, k: n, a: kc, lda: r, b: ones, ldb: 1, beta: 1, c: state + dv, ldc: w)
        }
    }

    /// One (batch, head) of the causal backward: dqf, dkf (L, r) and dV (L, dv) written;
    /// dna: (C, dv + 1) scratch.
    func causalBackward(L: Int, r: Int, dv: Int, qf: UnsafePointer<Float>, kf: UnsafePointer<Float>,
                        v: UnsafePointer<Float>, finalState: UnsafePointer<Float>,
                        out: UnsafePointer<Float>, den: UnsafePointer<Float>, dOut: UnsafePointer<Float>,
                        dqf: UnsafeMutablePointer<Float>, dkf: UnsafeMutablePointer<Float>,
                        dv dV: UnsafeMutablePointer<Float>, scratch: CausalScratch, dna: UnsafeMutablePointer<Float>,
                        ones: UnsafePointer<Float>) {
        let C = min(chunkSize, L), w = dv + 1
        let renorm: Int32 = renormalize ? 1 : 0
        let sb = scratch.before.data, rs = scratch.suffix.data
        let a = scratch.a.data, b = scratch.b.data
        sb.update(from: finalState, count: r * w)
        rs.update(repeating: 0, count: r * w)
        let lastStart = (L - 1) / C * C
        for c0 in stride(from: lastStart, through: 0, by: -C) {
            let n = min(C, L - c0)
            let qc = qf + c0 * r, kc = kf + c0 * r, vc = v + c0 * dv
            let dqc = dqf + c0 * r, dkc = dkf + c0 * r, dvc = dV + c0 * dv
            // state before this chunk
            BLAS.gemm(transA: true, transB: false, m: r, n: dv, k: n, alpha: -1, a: kc, lda: r, b: vc, ldb: dv, beta: 1, c: sb, ldc: w)
            BLAS.gemm(transA: true, transB: false, m: r, n: 1, k: n, alpha: -1, a: kc, lda: r, b: ones, ldb: 1, beta: 1, c: sb + dv, ldc: w)
            ck_favor_normalize_grad(dOut + c0 * dv, out + c0 * dv, den + c0, dna, n, dv, renorm)
            // dQ'_c = dNA_c S_<c^T + tril(dNA_c [V_c | 1]^T) K'_c
            BLAS.gemm(transA: false, transB: true, m: n, n: r, k: w, a: dna, lda: w, b: sb, ldb: w, c: dqc, ldc: r)
            BLAS.gemm(transA: false, transB: true, m: n, n: n, k: dv, a: dna, lda: w, b: vc, ldb: dv, c: b, ldc: C)
            ck_favor_tril_add(b, n, C, dna + dv, w)
            BLAS.gemm(transA: false, transB: false, m: n, n: r, k: n, a: b, lda: C, b: kc, ldb: r, beta: 1, c: dqc, ldc: r)
            // dK'_c = [V_c | 1] R^T + B^T Q'_c
            BLAS.gemm(transA: false, transB: true, m: n, n: r, k: dv, a: vc, lda: dv, b: rs, ldb: w, c: dkc, ldc: r)
            BLAS.gemm(transA: false, transB: true, m: n, n: r, k: 1, a: ones, lda: 1, b: rs + dv, ldb: w, beta: 1, c: dkc, ldc: r)
            BLAS.gemm(transA: true, transB: false, m: n, n: r, k: n, a: b, lda: C, b: qc, ldb: r, beta: 1, c: dkc, ldc: r)
            // dV_c = K'_c R[:, :dv] + tril(Q'_c K'_c^T)^T dN_c
            BLAS.gemm(transA: false, transB: true, m: n, n: n, k: r, a: qc, lda: r, b: kc, ldb: r, c: a, ldc: C)
            ck_favor_tril(a, n, C, nil, 0)
            BLAS.gemm(transA: false, transB: false, m: n, n: dv, k: r, a: kc, lda: r, b: rs, ldb: w, c: dvc, ldc: dv)
            BLAS.gemm(transA: true, transB: false, m: n, n: dv, k: n, a: a, lda: C, b: dna, ldb: w, beta: 1, c: dvc, ldc: dv)
            // R += Q'_c^T dNA_c
            BLAS.gemm(transA: true, transB: false, m: r, n: w, k: n, a: qc, lda: r, b: dna, ldb: w, beta: 1, c: rs, ldc: w)
        }
    }
}
