import Attention
import Foundation
import PerformerTensor

/// Plain Float64 references for the baseline mechanisms (local, block-sparse, Linformer),
/// written from the definitions with no blocking, for the tests to compare against.
enum BaselineReference {
    /// Seeded Gaussian q, k (std `std`) and v (std 1) of shape (b, h, l, d).
    static func inputs(_ b: Int, _ h: Int, _ l: Int, _ d: Int, seed: UInt64, std: Float = 1) -> (Tensor, Tensor, Tensor) {
        var rng = SeededGenerator(seed: seed)
        return (Tensor.gaussian([b, h, l, d], std: std, rng: &rng),
                Tensor.gaussian([b, h, l, d], std: std, rng: &rng),
                Tensor.gaussian([b, h, l, d], rng: &rng))
    }

    /// Masked softmax attention: out_i = sum_{j allowed} softmax_j(q_i . k_j / sqrt(d)) v_j,
    /// where `allowed(head, i, j)` says whether query i sees key j. Returns (B, H, L, dv).
    static func masked(q: Tensor, k: Tensor, v: Tensor, allowed: (Int, Int, Int) -> Bool) -> [Double] {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        var out = [Double](repeating: 0, count: s.batch * s.heads * L * dv)
        for bh in 0..<(s.batch * s.heads) {
            let h = bh % s.heads
            for i in 0..<L {
                let keys = (0..<L).filter { allowed(h, i, $0) }
                let scores = keys.map { j in
                    (0..<d).reduce(0.0) { $0 + Double(q.data[(bh * L + i) * d + $1]) * Double(k.data[(bh * L + j) * d + $1]) }
                        / Double(d).squareRoot()
                }
                let m = scores.max()!
                let w = scores.map { exp($0 - m) }
                let z = w.reduce(0, +)
                for (j, wj) in zip(keys, w) {
                    for t in 0..<dv { out[(bh * L + i) * dv + t] += wj / z * Double(v.data[(bh * L + j) * dv + t]) }
                }
            }
        }
        return out
    }

    /// Linformer by the definition: K' = E_h[:, :L] K, V' = F_h[:, :L] V, then
    /// softmax(Q K'^T / sqrt(d)) V', with E_h, F_h the rows of (P, k, maxLength) tensors
    /// (P = 1: shared by all heads). Returns (B, H, L, dv).
    static func linformer(q: Tensor, k: Tensor, v: Tensor, e: Tensor, f: Tensor) -> [Double] {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let (kk, lm) = (e.shape[1], e.shape[2])
        var out = [Double](repeating: 0, count: s.batch * s.heads * L * dv)
        for bh in 0..<(s.batch * s.heads) {
            let p = e.shape[0] == 1 ? 0 : bh % s.heads
            func proj(_ m: Tensor, _ x: Tensor, _ dim: Int) -> [[Double]] {
                (0..<kk).map { r in
                    (0..<dim).map { t in
                        (0..<L).reduce(0.0) { $0 + Double(m.data[(p * kk + r) * lm + $1]) * Double(x.data[(bh * L + $1) * dim + t]) }
                    }
                }
            }
            let kp = proj(e, k, d), vp = proj(f, v, dv)
            for i in 0..<L {
                let scores = (0..<kk).map { r in
                    (0..<d).reduce(0.0) { $0 + Double(q.data[(bh * L + i) * d + $1]) * kp[r][$1] } / Double(d).squareRoot()
                }
                let m = scores.max()!
                let w = scores.map { exp($0 - m) }
                let z = w.reduce(0, +)
                for r in 0..<kk {
                    for t in 0..<dv { out[(bh * L + i) * dv + t] += w[r] / z * vp[r][t] }
                }
            }
        }
        return out
    }

    /// Peak bytes a forward (and backward, with dOutput allocated inside the window as the
    /// prediction counts it) adds above what is live before: the measured side of
    /// `predictedExtraBytes`.
    static func measuredExtraBytes(_ mech: AttentionMechanism, q: Tensor, k: Tensor, v: Tensor, backward: Bool) -> Int {
        MemoryLedger.measure { () -> Int in
            let f = mech.forward(q: q, k: k, v: v)
            if backward {
                let g = Tensor(repeating: 1, shape: f.output.shape)
                _ = mech.backward(dOutput: g, cache: f.cache)
            }
            return 0
        }.peakExtraBytes
    }

    /// Causal check: changes q, k, v after position t (every batch and head) and returns the
    /// outputs before and after.
    static func perturbFuture(_ mech: AttentionMechanism, q: Tensor, k: Tensor, v: Tensor, after t: Int) -> (Tensor, Tensor) {
        let before = mech.forward(q: q, k: k, v: v).output
        let (b, h, l, d) = (q.shape[0], q.shape[1], q.shape[2], q.shape[3])
        for bi in 0..<b { for hi in 0..<h { for i in (t + 1)..<l { for j in 0..<d {
            k[bi, hi, i, j] += 3; v[bi, hi, i, j] -= 2; q[bi, hi, i, j] *= -1
        } } } }
        return (before, mech.forward(q: q, k: k, v: v).output)
    }
}
