import Attention
import Foundation
import PerformerTensor

/// A plain Float64 transcription of Reformer's LSH attention (see `ReformerAttention`), one
/// (batch, head) at a time, no blocking, no workers, written from the definition.
enum ReformerReference {
    /// Buckets of the L rows of slice `bh` under round r's rotation R_r (d x b/2):
    /// argmax of [q R ; -q R], first maximum winning, in Float64.
    static func buckets(q: Tensor, bh: Int, length L: Int, dim d: Int, rotations: Tensor, round r: Int, buckets b: Int) -> [Int] {
        let half = b / 2
        return (0..<L).map { i in
            let y = (0..<half).map { j in
                (0..<d).reduce(0.0) { $0 + Double(q.data[(bh * L + i) * d + $1]) * Double(rotations.data[(r * d + $1) * half + j]) }
            }
            let all = y + y.map { -$0 }
            var best = 0
            for j in 1..<all.count where all[j] > all[best] { best = j }
            return best
        }
    }

    /// Score of query i and key j: q_i . q_j / |q_j|, minus 1e5 when i == j.
    static func score(_ q: Tensor, _ bh: Int, _ L: Int, _ d: Int, _ i: Int, _ j: Int) -> Double {
        let qi = (0..<d).map { Double(q.data[(bh * L + i) * d + $0]) }
        let qj = (0..<d).map { Double(q.data[(bh * L + j) * d + $0]) }
        let norm = qj.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let dot = zip(qi, qj).reduce(0) { $0 + $1.0 * $1.1 } / (norm > 0 ? norm : .infinity)
        return dot - (i == j ? 1e5 : 0)
    }

    /// Softmax over `keys` of query i: (sum_j w_j v_j, log sum_j exp(s_ij)).
    static func attend(_ q: Tensor, _ v: Tensor, _ bh: Int, _ L: Int, _ d: Int, _ dv: Int, _ i: Int, _ keys: [Int]) -> ([Double], Double) {
        let s = keys.map { score(q, bh, L, d, i, $0) }
        let m = s.max()!
        let e = s.map { exp($0 - m) }
        let z = e.reduce(0, +)
        var o = [Double](repeating: 0, count: dv)
        for (j, w) in zip(keys, e) { for t in 0..<dv { o[t] += w / z * Double(v.data[(bh * L + j) * dv + t]) } }
        return (o, m + log(z))
    }

    /// LSH attention with the given rotations (hashes, d, b/2): per round, stable sort by
    /// (bucket, position), chunks of `chunk` sorted rows, chunk c's queries attend to the keys
    /// of chunks c - 1 (wrapping) and c (once when there is one chunk), later positions dropped
    /// when causal; rounds combined by their log-normalisers. Returns (B, H, L, dv).
    static func lsh(q: Tensor, v: Tensor, rotations: Tensor, buckets b: Int, chunk: Int, causal: Bool) -> [Double] {
        let (B, H, L, d, dv) = (q.shape[0], q.shape[1], q.shape[2], q.shape[3], v.shape[3])
        let nh = rotations.shape[0]
        var out = [Double](repeating: 0, count: B * H * L * dv)
        for bh in 0..<(B * H) {
            var outs = [[[Double]]](repeating: [], count: nh), lses = [[Double]](repeating: [], count: nh)
            for r in 0..<nh {
                let bk = buckets(q: q, bh: bh, length: L, dim: d, rotations: rotations, round: r, buckets: b)
                let sorted = (0..<L).sorted { (bk[$0], $0) < (bk[$1], $1) }
                let nChunks = (L + chunk - 1) / chunk
                func members(_ c: Int) -> [Int] { Array(sorted[(c * chunk)..<min(L, (c + 1) * chunk)]) }
                outs[r] = [[Double]](repeating: [], count: L)
                lses[r] = [Double](repeating: 0, count: L)
                for c in 0..<nChunks {
                    let keys = nChunks == 1 ? members(c) : members((c + nChunks - 1) % nChunks) + members(c)
                    for i in members(c) {
                        let (o, l) = attend(q, v, bh, L, d, dv, i, keys.filter { !causal || $0 <= i })
                        outs[r][i] = o; lses[r][i] = l
                    }
                }
            }
            for i in 0..<L {
                let m = (0..<nh).map { lses[$0][i] }.max()!
                let total = m + log((0..<nh).reduce(0.0) { $0 + exp(lses[$1][i] - m) })
                for r in 0..<nh {
                    let w = exp(lses[r][i] - total)
                    for t in 0..<dv { out[(bh * L + i) * dv + t] += w * outs[r][i][t] }
                }
            }
        }
        return out
    }

    /// Exact shared-QK attention: every key (j <= i when causal), same scores and self penalty.
    static func exactSharedQK(q: Tensor, v: Tensor, causal: Bool) -> [Double] {
        let (B, H, L, d, dv) = (q.shape[0], q.shape[1], q.shape[2], q.shape[3], v.shape[3])
        var out = [Double]()
        for bh in 0..<(B * H) {
            for i in 0..<L { out += attend(q, v, bh, L, d, dv, i, Array(0..<(causal ? i + 1 : L))).0 }
        }
        return out
    }
}
